#pragma once

#include "Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

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

    /// The bank's order of the programs (domain.md §2): HN, HCN, HMTN, HSSV, GQVL, XKLD, NSVS, NOXH, NOHN,
    /// SXKD, MTHT, CSGD, the order of the bank's own reports.
    static const QStringList& programOrder();
    /// The bank's order of the organisations: HPN, HND, CCB, DTN (direct lending comes after them all).
    static const QStringList& organizationOrder();
    /// The place of @p code in programOrder(); a program the catalogue gained later comes after the twelve.
    static qsizetype programRank(const QString& code);
    /// The place of @p code in organizationOrder(); another organisation after them, DIRECT last of all.
    static qsizetype organizationRank(const QString& code);

private:
    QList<Organization> m_organizations;
    QList<Program> m_programs;
    QHash<QString, qsizetype> m_programIndex;
    QHash<QString, qsizetype> m_organizationIndex;
};
