#include "RepaymentRepository.h"

#include "db/Query.h"

Result<QList<Repayment>> RepaymentRepository::of(const QStringList& loanNos)
{
    QList<Repayment> repayments;
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT l.loan_no, r.paid_on, r.principal, r.interest FROM repayment r "
                                   "JOIN loan l ON l.id = r.loan_id "
                                   "WHERE l.loan_no IN (%1) AND r.reversed_on IS NULL")
                        .arg(placeholders(chunk.size())),
                    Database::tr("reading repayments"));
        for (const QString& loanNo : chunk)
            query.bind(loanNo);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            repayments.append({query.text(0), query.date(1), query.money(2), query.money(3)});
        return {};
    });
    if (!status)
        return status.error();
    return repayments;
}

Status RepaymentRepository::forEach(const std::function<void(const Repayment&)>& visit)
{
    Query query(m_database,
                QStringLiteral("SELECT l.loan_no, r.paid_on, r.principal, r.interest FROM repayment r "
                               "JOIN loan l ON l.id = r.loan_id WHERE r.reversed_on IS NULL "
                               "ORDER BY l.loan_no, r.paid_on, r.principal, r.interest"),
                Database::tr("reading the repayments"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        visit({query.text(0), query.date(1), query.money(2), query.money(3)});
    return {};
}

Status RepaymentRepository::insert(const QList<Repayment>& repayments)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO repayment (loan_id, paid_on, principal, interest) "
                               "VALUES ((SELECT id FROM loan WHERE loan_no = ?), ?, ?, ?)"),
                Database::tr("saving a repayment"));
    for (const Repayment& repayment : repayments) {
        query.bind(repayment.loanNo)
            .bind(repayment.paidOn)
            .bind(repayment.principal)
            .bind(repayment.interest);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}
