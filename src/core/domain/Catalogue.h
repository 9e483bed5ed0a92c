#pragma once

#include "Entities.h"

#include <QHash>
#include <QList>

/// The language a name or a report is given in. Vietnamese is the bank's language and the CLI's.
enum class Language
{
    Vietnamese,
    English,
    French,
};

/// The reference data: the four organisations and the program catalogue with its effective-dated terms.
class Catalogue
{
public:
    Catalogue() = default;
    Catalogue(QList<Organization> organizations, QList<Program> programs);

    [[nodiscard]] const QList<Organization>& organizations() const { return m_organizations; }
    [[nodiscard]] const QList<Program>& programs() const { return m_programs; }
    [[nodiscard]] const Program* program(const QString& code) const;
    [[nodiscard]] const Organization* organization(const QString& code) const;

    [[nodiscard]] QString programName(const QString& code, Language language) const;
    [[nodiscard]] QString organizationName(const QString& code, Language language) const;
    /// The name of the DIRECT key (Cho vay trực tiếp).
    static QString directLendingName(Language language);

private:
    QList<Organization> m_organizations;
    QList<Program> m_programs;
    QHash<QString, qsizetype> m_programIndex;
    QHash<QString, qsizetype> m_organizationIndex;
};
