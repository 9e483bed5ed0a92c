#pragma once

#include "DisplayOptions.h"
#include "domain/Dates.h"

#include <QByteArray>

#include <optional>

/// What the desktop program remembers between runs (QSettings): language, unit, window geometry and the month
/// last looked at.
class AppSettings
{
public:
    /// The remembered language, or the system default (Vietnamese on a Vietnamese system, else English).
    static Language language();
    static void setLanguage(Language language);
    /// The remembered unit; million đồng the first time.
    static MoneyUnit unit();
    static void setUnit(MoneyUnit unit);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static std::optional<YearMonth> lastMonth();
    static void setLastMonth(YearMonth month);
    /// The latest month with data when the last month was remembered: when newer data has arrived since, the
    /// window opens on the latest month instead.
    static std::optional<YearMonth> latestMonthThen();
    static void setLatestMonthThen(YearMonth month);
    /// How many automatic backups are kept (BackupRotation; 10 the first time).
    static int backupKeep();
    static void setBackupKeep(int keep);
    /// The folder of the automatic backups; empty: beside the database (`<database>.backups`).
    static QString backupFolder();
    static void setBackupFolder(const QString& folder);
    /// Whether the offer to create the admin account was declined for good for the database at @p path
    /// (AdminSetupDialog's "Do not ask again"); User → Users… still creates it.
    static bool adminOfferDeclined(const QString& path);
    static void setAdminOfferDeclined(const QString& path, bool declined);
};
