#pragma once

#include "Result.h"
#include "domain/Catalogue.h"
#include "domain/OfficeSettings.h"

#include <QString>

class Database;

/// What the office writes on its printed reports: its name under the bank's, the place on the date line and
/// the three signatories, and whether the database holds demonstration data. Kept in the database (the
/// office's settings, OfficeSettings), so every computer and loandesk-cli print the same page. Before that
/// they were kept per user of each computer (QSettings "LoanDesk", group `report`): a database whose office
/// settings were never saved still shows those of this computer, until they are saved once.
struct ReportSettings
{
    QString officeName;         ///< empty: ReportText::defaultOfficeName of the report's language
    QString place;              ///< empty: ReportText::defaultPlace (Duy Tiên)
    QString preparerName;       ///< NGƯỜI LẬP BIỂU
    QString controllerName;     ///< KIỂM SOÁT
    QString directorName;       ///< GIÁM ĐỐC
    bool demonstration = false; ///< the database holds the demonstration portfolio

    /// The office line in @p language (the setting, or the default in that language).
    [[nodiscard]] QString office(Language language) const;
    /// The place of the date line.
    [[nodiscard]] QString placeName() const;

    /// The office's settings of @p database; where it has none of its texts, those this computer kept before
    /// they moved to the database.
    static ReportSettings load(Database& database);
    /// The settings this computer's user kept before they moved to the database (missing keys stay empty).
    static ReportSettings loadFromComputer();
    /// Saves the texts in @p database through the write path (one transaction, one audit row).
    Status save(Database& database) const;

    static ReportSettings fromOffice(const OfficeSettings& office);
    [[nodiscard]] OfficeSettings toOffice() const;

    bool operator==(const ReportSettings&) const = default;
};
