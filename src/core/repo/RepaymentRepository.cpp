#include "RepaymentRepository.h"
#include "KeyIds.h"

#include "EntrySql.h"
#include "db/Query.h"

namespace {

const QString kSelect = QStringLiteral("SELECT l.loan_no, r.paid_on, r.principal, r.interest, r.entry_no, "
                                       "COALESCE(r.reverses, 0), r.reason FROM repayment r "
                                       "JOIN loan l ON l.id = r.loan_id ");

Repayment readRepayment(const Query& query)
{
    return {query.text(0),    query.date(1),    query.money(2), query.money(3),
            query.integer(4), query.integer(5), query.text(6)};
}

} // namespace

Result<QList<Repayment>> RepaymentRepository::of(const QStringList& loanNos)
{
    QList<Repayment> repayments;
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    kSelect +
                        QStringLiteral("WHERE l.loan_no IN (%1) ORDER BY l.loan_no, r.paid_on, r.entry_no")
                            .arg(placeholders(chunk.size())),
                    Database::tr("reading repayments"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            repayments.append(readRepayment(query));
        return query.status();
    });
    if (!status)
        return status.error();
    return repayments;
}

Result<QHash<qint64, Repayment>> RepaymentRepository::byEntryNo(const QList<qint64>& entryNos)
{
    return EntrySql::byEntryNo<Repayment>(m_database, kSelect, QStringLiteral("r.entry_no"), entryNos,
                                          Database::tr("looking up repayments"), readRepayment);
}

Result<QHash<qint64, qint64>> RepaymentRepository::reversalsOf(const QList<qint64>& entryNos)
{
    return EntrySql::reversalsOf(m_database, QStringLiteral("repayment"), entryNos);
}

Result<qint64> RepaymentRepository::maxEntryNo()
{
    return EntrySql::maxEntryNo(m_database, QStringLiteral("repayment"));
}

Status RepaymentRepository::forEach(const std::function<void(const Repayment&)>& visit)
{
    Query query(m_database,
                kSelect +
                    QStringLiteral("ORDER BY l.loan_no, r.paid_on, r.principal, r.interest, r.entry_no"),
                Database::tr("reading the repayments"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        visit(readRepayment(query));
    return query.status();
}

Status RepaymentRepository::insert(const QList<Repayment>& repayments)
{
    Query query(
        m_database,
        QStringLiteral("INSERT INTO repayment (entry_no, loan_id, paid_on, principal, interest, reverses, "
                       "reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        Database::tr("saving a repayment"));
    KeyIds loans(m_database, QStringLiteral("SELECT id FROM loan WHERE loan_no = ?"),
                 Database::tr("saving a repayment"));
    for (const Repayment& repayment : repayments) {
        auto loanId = loans.of(repayment.loanNo);
        if (!loanId)
            return loanId.error();
        query.bind(repayment.entryNo);
        if (*loanId)
            query.bind(**loanId);
        else
            query.bindNull();
        query.bind(repayment.paidOn).bind(repayment.principal).bind(repayment.interest);
        if (repayment.isReversal())
            query.bind(repayment.reverses);
        else
            query.bindNull();
        query.bind(repayment.reason);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}
