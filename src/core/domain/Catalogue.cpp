#include "Catalogue.h"

Catalogue::Catalogue(QList<Organization> organizations, QList<Program> programs)
    : m_organizations(std::move(organizations))
    , m_programs(std::move(programs))
{
    for (qsizetype i = 0; i < m_programs.size(); ++i)
        m_programIndex.insert(m_programs[i].code, i);
    for (qsizetype i = 0; i < m_organizations.size(); ++i)
        m_organizationIndex.insert(m_organizations[i].code, i);
}

const Program* Catalogue::program(const QString& code) const
{
    const auto it = m_programIndex.constFind(code);
    return it == m_programIndex.cend() ? nullptr : &m_programs[*it];
}

const Organization* Catalogue::organization(const QString& code) const
{
    const auto it = m_organizationIndex.constFind(code);
    return it == m_organizationIndex.cend() ? nullptr : &m_organizations[*it];
}

QString Catalogue::programName(const QString& code, Language language) const
{
    const Program* p = program(code);
    if (!p)
        return code;
    switch (language) {
    case Language::English:
        return p->nameEn;
    case Language::French:
        return p->nameFr;
    case Language::Vietnamese:
        break;
    }
    return p->nameVi;
}

QString Catalogue::organizationName(const QString& code, Language language) const
{
    if (code == kDirectKey)
        return directLendingName(language);
    const Organization* o = organization(code);
    if (!o)
        return code;
    switch (language) {
    case Language::English:
        return o->nameEn;
    case Language::French:
        return o->nameFr;
    case Language::Vietnamese:
        break;
    }
    return o->nameVi;
}

QString Catalogue::directLendingName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("Direct lending");
    case Language::French:
        return QStringLiteral("Prêts directs");
    case Language::Vietnamese:
        break;
    }
    return QStringLiteral("Cho vay trực tiếp");
}

const QStringList& Catalogue::programOrder()
{
    static const QStringList order = {QStringLiteral("HN"),   QStringLiteral("HCN"),  QStringLiteral("HMTN"),
                                      QStringLiteral("HSSV"), QStringLiteral("GQVL"), QStringLiteral("XKLD"),
                                      QStringLiteral("NSVS"), QStringLiteral("NOXH"), QStringLiteral("NOHN"),
                                      QStringLiteral("SXKD"), QStringLiteral("MTHT"), QStringLiteral("CSGD")};
    return order;
}

const QStringList& Catalogue::organizationOrder()
{
    static const QStringList order = {QStringLiteral("HPN"), QStringLiteral("HND"), QStringLiteral("CCB"),
                                      QStringLiteral("DTN")};
    return order;
}

qsizetype Catalogue::programRank(const QString& code)
{
    const qsizetype rank = programOrder().indexOf(code);
    return rank < 0 ? programOrder().size() : rank;
}

qsizetype Catalogue::organizationRank(const QString& code)
{
    if (code == kDirectKey)
        return organizationOrder().size() + 1;
    const qsizetype rank = organizationOrder().indexOf(code);
    return rank < 0 ? organizationOrder().size() : rank;
}
