#include "AppSettings.h"

#include "Translations.h"
#include "db/BackupRotation.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kLanguage = QStringLiteral("display/language");
const QString kUnit = QStringLiteral("display/unit");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kMonth = QStringLiteral("dashboard/month");
const QString kLatestThen = QStringLiteral("dashboard/latestMonthThen");
const QString kBackupKeep = QStringLiteral("backup/keep");
const QString kBackupFolder = QStringLiteral("backup/folder");
const QString kAdminOfferDeclined = QStringLiteral("users/adminOfferDeclined");

} // namespace

Language AppSettings::language()
{
    const QString code = QSettings().value(kLanguage).toString();
    if (code.isEmpty())
        return Translations::systemDefault();
    return DisplayOptions::languageFromCode(code);
}

void AppSettings::setLanguage(Language language)
{
    QSettings().setValue(kLanguage, DisplayOptions::languageCode(language));
}

MoneyUnit AppSettings::unit()
{
    const QString code = QSettings().value(kUnit).toString();
    if (code.isEmpty())
        return MoneyUnit::MillionDong;
    return DisplayOptions::unitFromCode(code);
}

void AppSettings::setUnit(MoneyUnit unit)
{
    QSettings().setValue(kUnit, DisplayOptions::unitCode(unit));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

std::optional<YearMonth> AppSettings::lastMonth()
{
    return YearMonth::parse(QSettings().value(kMonth).toString());
}

void AppSettings::setLastMonth(YearMonth month)
{
    QSettings().setValue(kMonth, month.toIsoString());
}

std::optional<YearMonth> AppSettings::latestMonthThen()
{
    return YearMonth::parse(QSettings().value(kLatestThen).toString());
}

void AppSettings::setLatestMonthThen(YearMonth month)
{
    QSettings().setValue(kLatestThen, month.toIsoString());
}

int AppSettings::backupKeep()
{
    const int keep = QSettings().value(kBackupKeep, BackupRotation::kDefaultKeep).toInt();
    return keep < 1 ? BackupRotation::kDefaultKeep : keep;
}

void AppSettings::setBackupKeep(int keep)
{
    QSettings().setValue(kBackupKeep, keep);
}

QString AppSettings::backupFolder()
{
    return QSettings().value(kBackupFolder).toString();
}

void AppSettings::setBackupFolder(const QString& folder)
{
    QSettings().setValue(kBackupFolder, folder);
}

bool AppSettings::adminOfferDeclined(const QString& path)
{
    return QSettings().value(kAdminOfferDeclined).toStringList().contains(QFileInfo(path).absoluteFilePath());
}

void AppSettings::setAdminOfferDeclined(const QString& path, bool declined)
{
    QStringList paths = QSettings().value(kAdminOfferDeclined).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    if (declined)
        paths.append(absolute);
    QSettings().setValue(kAdminOfferDeclined, paths);
}
