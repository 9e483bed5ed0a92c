#pragma once

#include "domain/Catalogue.h"

#include <QString>

/// What the office writes on its printed reports: its name under the bank's, the place on the date line and
/// the three signatories. Kept in the program's settings (QSettings organisation and application "LoanDesk",
/// group `report`), so the desktop program and loandesk-cli print the same page.
struct ReportSettings
{
    QString officeName;     ///< empty: ReportText::defaultOfficeName of the report's language
    QString place;          ///< empty: ReportText::defaultPlace (Duy Tiên)
    QString preparerName;   ///< NGƯỜI LẬP BIỂU
    QString controllerName; ///< KIỂM SOÁT
    QString directorName;   ///< GIÁM ĐỐC

    /// The office line in @p language (the setting, or the default in that language).
    [[nodiscard]] QString office(Language language) const;
    /// The place of the date line.
    [[nodiscard]] QString placeName() const;

    /// Reads the settings (missing keys stay empty).
    static ReportSettings load();
    /// Writes the settings.
    void save() const;

    bool operator==(const ReportSettings&) const = default;
};
