#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QString>

class Database;

/// The automatic backups of one database: at most one a day, written by backupDatabase() into a folder
/// (by default `<database>.backups` beside it) as `<name>-YYYY-MM-DD-HHMMSS.loandesk`, keeping the latest
/// few and removing older ones. Other files in the folder (a copy kept before a restore, anything a person
/// put there) are never removed.
class BackupRotation
{
    Q_DECLARE_TR_FUNCTIONS(BackupRotation)

public:
    static constexpr int kDefaultKeep = 10;

    /// @p folder empty: defaultFolder(); @p keep at least 1.
    BackupRotation(QString databasePath, QString folder = {}, int keep = kDefaultKeep);

    /// `<database>.backups`, beside the database.
    [[nodiscard]] static QString defaultFolder(const QString& databasePath);
    [[nodiscard]] const QString& folder() const { return m_folder; }
    [[nodiscard]] int keep() const { return m_keep; }

    /// The automatic backups in the folder, newest first.
    [[nodiscard]] QList<QFileInfo> backups() const;
    /// Whether no automatic backup was written on @p now's day yet.
    [[nodiscard]] bool isDue(const QDateTime& now) const;
    /// Writes a backup when one is due (isDue()), then keeps the latest keep(); returns the file written, or
    /// an empty name when none was due.
    Result<QString> runIfDue(Database& database, const QDateTime& now);
    /// Writes a backup now (creating the folder when needed), then keeps the latest keep().
    Result<QString> backupNow(Database& database, const QDateTime& now);

private:
    /// Removes the automatic backups beyond the latest keep().
    void prune() const;

    QString m_databasePath;
    QString m_folder;
    int m_keep;
};
