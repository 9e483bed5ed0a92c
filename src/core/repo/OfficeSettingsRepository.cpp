#include "OfficeSettingsRepository.h"

#include "db/Database.h"
#include "db/Query.h"

namespace {

const QString kOfficeName = QStringLiteral("office_name");
const QString kPlace = QStringLiteral("place");
const QString kPreparer = QStringLiteral("preparer_name");
const QString kController = QStringLiteral("controller_name");
const QString kDirector = QStringLiteral("director_name");
const QString kDemonstration = QStringLiteral("demonstration");

} // namespace

Result<OfficeSettings> OfficeSettingsRepository::load()
{
    Query query(m_database, QStringLiteral("SELECT key, value FROM office_setting"),
                Database::tr("reading the office's settings"));
    if (Status s = query.exec(); !s)
        return s.error();
    OfficeSettings settings;
    while (query.next()) {
        const QString key = query.text(0);
        const QString value = query.text(1);
        if (key == kOfficeName)
            settings.officeName = value;
        else if (key == kPlace)
            settings.place = value;
        else if (key == kPreparer)
            settings.preparerName = value;
        else if (key == kController)
            settings.controllerName = value;
        else if (key == kDirector)
            settings.directorName = value;
        else if (key == kDemonstration)
            settings.demonstration = value == QStringLiteral("1");
    }
    if (Status s = query.status(); !s)
        return s.error();
    return settings;
}

Status OfficeSettingsRepository::put(const QString& key, const QString& value)
{
    if (value.isEmpty()) {
        Query query(m_database, QStringLiteral("DELETE FROM office_setting WHERE key = ?"),
                    Database::tr("saving the office's settings"));
        query.bind(key);
        return query.exec();
    }
    Query query(m_database,
                QStringLiteral("INSERT INTO office_setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                Database::tr("saving the office's settings"));
    query.bind(key).bind(value);
    return query.exec();
}

Status OfficeSettingsRepository::saveTexts(const OfficeSettings& settings)
{
    const std::pair<QString, QString> texts[] = {{kOfficeName, settings.officeName},
                                                 {kPlace, settings.place},
                                                 {kPreparer, settings.preparerName},
                                                 {kController, settings.controllerName},
                                                 {kDirector, settings.directorName}};
    for (const auto& [key, value] : texts) {
        if (Status s = put(key, value); !s)
            return s;
    }
    return {};
}

Status OfficeSettingsRepository::markDemonstration()
{
    return put(kDemonstration, QStringLiteral("1"));
}
