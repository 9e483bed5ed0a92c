#include "ReportSettings.h"

#include "db/Database.h"
#include "repo/OfficeSettingsRepository.h"
#include "report/ReportText.h"
#include "service/PortfolioService.h"

#include <QSettings>

namespace {

/// The desktop program's own settings file, also when read from loandesk-cli (which has another application
/// name).
QSettings storage()
{
    return QSettings(QStringLiteral("LoanDesk"), QStringLiteral("LoanDesk"));
}

const QString kOffice = QStringLiteral("report/officeName");
const QString kPlace = QStringLiteral("report/place");
const QString kPreparer = QStringLiteral("report/preparerName");
const QString kController = QStringLiteral("report/controllerName");
const QString kDirector = QStringLiteral("report/directorName");

} // namespace

QString ReportSettings::office(Language language) const
{
    const QString trimmed = officeName.trimmed();
    return trimmed.isEmpty() ? ReportText::defaultOfficeName(language) : trimmed;
}

QString ReportSettings::placeName() const
{
    const QString trimmed = place.trimmed();
    return trimmed.isEmpty() ? ReportText::defaultPlace() : trimmed;
}

ReportSettings ReportSettings::loadFromComputer()
{
    QSettings settings = storage();
    ReportSettings result;
    result.officeName = settings.value(kOffice).toString();
    result.place = settings.value(kPlace).toString();
    result.preparerName = settings.value(kPreparer).toString();
    result.controllerName = settings.value(kController).toString();
    result.directorName = settings.value(kDirector).toString();
    return result;
}

ReportSettings ReportSettings::load(Database& database)
{
    const ReportSettings computer = loadFromComputer();
    auto office = OfficeSettingsRepository(database).load();
    if (!office)
        return computer;
    return fromOffice(office->orTextsOf(computer.toOffice()));
}

Status ReportSettings::save(Database& database) const
{
    return PortfolioService(database).saveOfficeSettings(toOffice());
}

ReportSettings ReportSettings::fromOffice(const OfficeSettings& office)
{
    ReportSettings result;
    result.officeName = office.officeName;
    result.place = office.place;
    result.preparerName = office.preparerName;
    result.controllerName = office.controllerName;
    result.directorName = office.directorName;
    result.demonstration = office.demonstration;
    return result;
}

OfficeSettings ReportSettings::toOffice() const
{
    OfficeSettings office;
    office.officeName = officeName;
    office.place = place;
    office.preparerName = preparerName;
    office.controllerName = controllerName;
    office.directorName = directorName;
    office.demonstration = demonstration;
    return office;
}
