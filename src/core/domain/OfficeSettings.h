#pragma once

#include <QString>

/// What belongs to the office rather than to one computer, kept in the database (table office_setting) so
/// that every PC and loandesk-cli print the same header: the office's name under the bank's, the place on the
/// date line, the three signatories, and whether the database holds the demonstration portfolio.
struct OfficeSettings
{
    QString officeName;     ///< empty: the report's default office line
    QString place;          ///< empty: the default place (Duy Tiên)
    QString preparerName;   ///< NGƯỜI LẬP BIỂU
    QString controllerName; ///< KIỂM SOÁT
    QString directorName;   ///< GIÁM ĐỐC
    /// Set once by the demonstration generator and never cleared: its reports say so on every page.
    bool demonstration = false;

    /// True when none of the office's texts is set (the demonstration mark aside).
    [[nodiscard]] bool isBlank() const
    {
        return officeName.isEmpty() && place.isEmpty() && preparerName.isEmpty() &&
               controllerName.isEmpty() && directorName.isEmpty();
    }

    /// These settings, or — when the database has none of the office's texts yet — the texts @p computer kept
    /// before they moved to the database, with this database's demonstration mark.
    [[nodiscard]] OfficeSettings orTextsOf(const OfficeSettings& computer) const
    {
        if (!isBlank())
            return *this;
        OfficeSettings result = computer;
        result.demonstration = demonstration;
        return result;
    }

    bool operator==(const OfficeSettings&) const = default;
};
