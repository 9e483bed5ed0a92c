#include "ReferenceRepository.h"

#include "db/Query.h"

Result<Catalogue> ReferenceRepository::catalogue()
{
    QList<Organization> organizations;
    Query orgs(m_database,
               QStringLiteral("SELECT code, name_vi, name_en, name_fr FROM organization ORDER BY code"),
               Database::tr("reading the organisations"));
    if (Status s = orgs.exec(); !s)
        return s.error();
    while (orgs.next())
        organizations.append({orgs.text(0), orgs.text(1), orgs.text(2), orgs.text(3)});

    QList<Program> programs;
    Query progs(
        m_database,
        QStringLiteral("SELECT code, name_vi, name_en, name_fr, legal_basis FROM program ORDER BY code"),
        Database::tr("reading the programs"));
    if (Status s = progs.exec(); !s)
        return s.error();
    while (progs.next())
        programs.append({progs.text(0), progs.text(1), progs.text(2), progs.text(3), progs.text(4), {}});

    Query terms(m_database,
                QStringLiteral("SELECT p.code, t.effective_from, t.rate_e4, t.max_amount, t.max_term_months "
                               "FROM program_terms t JOIN program p ON p.id = t.program_id "
                               "ORDER BY p.code, t.effective_from"),
                Database::tr("reading the program terms"));
    if (Status s = terms.exec(); !s)
        return s.error();
    while (terms.next()) {
        for (Program& program : programs) {
            if (program.code == terms.text(0)) {
                program.terms.append({terms.date(1), MonthlyRate::fromTenThousandths(terms.integer(2)),
                                      terms.money(3), static_cast<int>(terms.integer(4))});
                break;
            }
        }
    }
    return Catalogue(std::move(organizations), std::move(programs));
}
