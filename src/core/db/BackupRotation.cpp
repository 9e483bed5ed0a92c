#include "BackupRotation.h"

#include "Backup.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

constexpr auto kStampFormat = "yyyy-MM-dd-HHmmss";

/// The file name stem of the automatic backups: the database's name without its suffix.
QString stemOf(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QRegularExpression namePattern(const QString& stem)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.loandesk$")
                                  .arg(QRegularExpression::escape(stem)));
}

} // namespace

BackupRotation::BackupRotation(QString databasePath, QString folder, int keep)
    : m_databasePath(std::move(databasePath))
    , m_folder(folder.isEmpty() ? defaultFolder(m_databasePath) : std::move(folder))
    , m_keep(keep < 1 ? 1 : keep)
{}

QString BackupRotation::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QList<QFileInfo> BackupRotation::backups() const
{
    const QRegularExpression pattern = namePattern(stemOf(m_databasePath));
    QList<QFileInfo> found;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& entry : entries) {
        if (pattern.match(entry.fileName()).hasMatch())
            found.append(entry);
    }
    return found; // the stamp sorts like the time it names
}

bool BackupRotation::isDue(const QDateTime& now) const
{
    const QList<QFileInfo> existing = backups();
    if (existing.isEmpty())
        return true;
    const QString newest = namePattern(stemOf(m_databasePath)).match(existing.front().fileName()).captured(1);
    const QDateTime stamp = QDateTime::fromString(newest, QString::fromLatin1(kStampFormat));
    return !stamp.isValid() || stamp.date() != now.date();
}

Result<QString> BackupRotation::runIfDue(Database& database, const QDateTime& now)
{
    if (!isDue(now))
        return QString();
    return backupNow(database, now);
}

Result<QString> BackupRotation::backupNow(Database& database, const QDateTime& now)
{
    if (!QDir().mkpath(m_folder))
        return Error::io(tr("cannot create the backup folder %1").arg(m_folder));
    QString target = QDir(m_folder).filePath(
        QStringLiteral("%1-%2.loandesk")
            .arg(stemOf(m_databasePath), now.toString(QString::fromLatin1(kStampFormat))));
    if (Status s = backupDatabase(database, target); !s)
        return s.error();
    prune();
    return target;
}

void BackupRotation::prune() const
{
    const QList<QFileInfo> existing = backups();
    for (qsizetype i = m_keep; i < existing.size(); ++i)
        QFile::remove(existing[i].absoluteFilePath());
}
