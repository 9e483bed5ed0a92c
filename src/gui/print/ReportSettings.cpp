#include "ReportSettings.h"

#include "report/ReportText.h"

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

ReportSettings ReportSettings::load()
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

void ReportSettings::save() const
{
    QSettings settings = storage();
    settings.setValue(kOffice, officeName.trimmed());
    settings.setValue(kPlace, place.trimmed());
    settings.setValue(kPreparer, preparerName.trimmed());
    settings.setValue(kController, controllerName.trimmed());
    settings.setValue(kDirector, directorName.trimmed());
}
