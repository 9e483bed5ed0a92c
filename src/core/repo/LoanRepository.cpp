#include "LoanRepository.h"
#include "KeyIds.h"

#include "db/Query.h"

#include <utility>
#include <vector>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT l.loan_no, b.code, p.code, l.amount, l.disbursed_on, l.maturity_on, l.rate_e4, l.frozen_on, "
    "l.purpose, l.version "
    "FROM loan l JOIN borrower b ON b.id = l.borrower_id JOIN program p ON p.id = l.program_id ");

/// Binds a loan's fields after its number: borrower, program, amount, dates, rate, freezing date, purpose.
void bindFields(Query& query, const Loan& loan)
{
    query.bind(loan.borrowerId)
        .bind(loan.programCode)
        .bind(loan.amount)
        .bind(loan.disbursedOn)
        .bind(loan.maturityOn);
    if (loan.rate)
        query.bind(loan.rate->tenThousandths());
    else
        query.bindNull();
    query.bind(loan.frozenOn).bind(loan.purpose);
}

Loan readLoan(const Query& query)
{
    Loan loan;
    loan.loanNo = query.text(0);
    loan.borrowerId = query.text(1);
    loan.programCode = query.text(2);
    loan.amount = query.money(3);
    loan.disbursedOn = query.date(4);
    loan.maturityOn = query.date(5);
    if (!query.isNull(6))
        loan.rate = MonthlyRate::fromTenThousandths(query.integer(6));
    loan.frozenOn = query.optionalDate(7);
    loan.purpose = query.text(8);
    loan.version = query.integer(9);
    return loan;
}

} // namespace

Result<QHash<QString, Loan>> LoanRepository::find(const QStringList& loanNos)
{
    QHash<QString, Loan> found;
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    kSelect + QStringLiteral("WHERE l.loan_no IN (%1)").arg(placeholders(chunk.size())),
                    Database::tr("looking up loans"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next()) {
            Loan loan = readLoan(query);
            found.insert(loan.loanNo, loan);
        }
        return query.status();
    });
    if (!status)
        return status.error();
    return found;
}

Result<QList<Installment>> LoanRepository::installmentsOf(const QStringList& loanNos)
{
    QList<Installment> installments;
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT l.loan_no, i.due_on, i.principal FROM installment i "
                                   "JOIN loan l ON l.id = i.loan_id WHERE l.loan_no IN (%1) "
                                   "ORDER BY l.loan_no, i.due_on")
                        .arg(placeholders(chunk.size())),
                    Database::tr("reading schedules"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            installments.append({query.text(0), query.date(1), query.money(2)});
        return query.status();
    });
    if (!status)
        return status.error();
    return installments;
}

Result<QStringList> LoanRepository::allLoanNos()
{
    Query query(m_database, QStringLiteral("SELECT loan_no FROM loan ORDER BY loan_no"),
                Database::tr("listing the loans"));
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList loanNos;
    while (query.next())
        loanNos.append(query.text(0));
    if (Status s = query.status(); !s)
        return s.error();
    return loanNos;
}

Result<QStringList> LoanRepository::loanNosOfBorrowers(const QStringList& borrowerIds)
{
    QStringList loanNos;
    const Status status = forEachChunk(borrowerIds, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT l.loan_no FROM loan l JOIN borrower b ON b.id = l.borrower_id "
                                   "WHERE b.code IN (%1)")
                        .arg(placeholders(chunk.size())),
                    Database::tr("listing the loans of borrowers"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            loanNos.append(query.text(0));
        return query.status();
    });
    if (!status)
        return status.error();
    std::sort(loanNos.begin(), loanNos.end());
    return loanNos;
}

Result<QList<LoanRepository::BorrowerLoans>> LoanRepository::loansByBorrower(const QStringList& borrowerIds)
{
    QList<BorrowerLoans> result;
    const Status status = forEachChunk(borrowerIds, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT b.id, b.code, l.loan_no, l.program_id FROM borrower b "
                                   "LEFT JOIN loan l ON l.borrower_id = b.id WHERE b.code IN (%1) "
                                   "ORDER BY b.code, l.loan_no")
                        .arg(placeholders(chunk.size())),
                    Database::tr("listing the loans of borrowers"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next()) {
            if (result.isEmpty() || result.back().borrowerKey != query.integer(0))
                result.append({query.integer(0), query.text(1), {}});
            if (!query.isNull(2))
                result.back().loans.append({query.text(2), query.integer(3)});
        }
        return query.status();
    });
    if (!status)
        return status.error();
    return result;
}

Result<QStringList> LoanRepository::borrowersOfLoans(const QStringList& loanNos)
{
    QStringList borrowers;
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query query(
            m_database,
            QStringLiteral("SELECT DISTINCT b.code FROM loan l JOIN borrower b ON b.id = l.borrower_id "
                           "WHERE l.loan_no IN (%1)")
                .arg(placeholders(chunk.size())),
            Database::tr("listing the borrowers of loans"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            borrowers.append(query.text(0));
        return query.status();
    });
    if (!status)
        return status.error();
    std::sort(borrowers.begin(), borrowers.end());
    borrowers.erase(std::unique(borrowers.begin(), borrowers.end()), borrowers.end());
    return borrowers;
}

Result<QStringList> LoanRepository::borrowersWithLoans()
{
    Query query(m_database,
                QStringLiteral("SELECT b.code FROM borrower b WHERE EXISTS (SELECT 1 FROM loan l "
                               "WHERE l.borrower_id = b.id) ORDER BY b.code"),
                Database::tr("listing the borrowers"));
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList borrowers;
    while (query.next())
        borrowers.append(query.text(0));
    if (Status s = query.status(); !s)
        return s.error();
    return borrowers;
}

Result<QStringList> LoanRepository::borrowersWithLoansIn(const QList<qint64>& communeIds)
{
    QStringList borrowers;
    const Status status = forEachChunk(communeIds, 400, [&](const QList<qint64>& chunk) -> Status {
        const QString in = placeholders(chunk.size());
        Query query(
            m_database,
            QStringLiteral("SELECT b.code FROM borrower b WHERE EXISTS (SELECT 1 FROM loan l "
                           "WHERE l.borrower_id = b.id) AND (b.commune_id IN (%1) OR EXISTS (SELECT 1 "
                           "FROM borrower_move m WHERE m.borrower_id = b.id AND m.commune_id IN (%1)))")
                .arg(in),
            Database::tr("listing the borrowers"));
        for (int pass = 0; pass < 2; ++pass) {
            query.bindEach(chunk);
        }
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            borrowers.append(query.text(0));
        return query.status();
    });
    if (!status)
        return status.error();
    std::sort(borrowers.begin(), borrowers.end());
    borrowers.erase(std::unique(borrowers.begin(), borrowers.end()), borrowers.end());
    return borrowers;
}

Status LoanRepository::forEachLoan(const std::function<void(const Loan&)>& visit)
{
    Query query(m_database, kSelect + QStringLiteral("ORDER BY l.loan_no"),
                Database::tr("reading the loans"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        visit(readLoan(query));
    return query.status();
}

Status LoanRepository::forEachInstallment(const std::function<void(const Installment&)>& visit)
{
    Query query(m_database,
                QStringLiteral("SELECT l.loan_no, i.due_on, i.principal FROM installment i "
                               "JOIN loan l ON l.id = i.loan_id ORDER BY l.loan_no, i.due_on"),
                Database::tr("reading the schedules"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        visit({query.text(0), query.date(1), query.money(2)});
    return query.status();
}

Result<QHash<QString, LoanFacts>> LoanRepository::facts(const QStringList& loanNos)
{
    QHash<QString, LoanFacts> facts;
    facts.reserve(loanNos.size());
    // The loans of a chunk are found by number once; their schedules, entries and moves are then read by row
    // id, with no join and no loan number per row (an ageing or a check reads millions of them).
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query loans(
            m_database,
            QStringLiteral("SELECT id, loan_no, amount, disbursed_on, maturity_on, frozen_on, borrower_id "
                           "FROM loan WHERE loan_no IN (%1)")
                .arg(placeholders(chunk.size())),
            Database::tr("reading loans"));
        loans.bindEach(chunk);
        if (Status s = loans.exec(); !s)
            return s;
        // The chunk's facts stay in one list until it is read whole: the rows below find theirs by index.
        std::vector<std::pair<QString, LoanFacts>> read;
        QHash<qint64, qsizetype> byId;              // loan row id → its index in read
        QHash<qint64, QList<qsizetype>> byBorrower; // borrower row id → the indexes of their loans
        while (loans.next()) {
            auto& [loanNo, f] = read.emplace_back(loans.text(1), LoanFacts{});
            f.amount = loans.money(2);
            f.disbursedOn = loans.date(3);
            f.maturityOn = loans.date(4);
            f.frozenOn = loans.optionalDate(5);
            const auto index = static_cast<qsizetype>(read.size()) - 1;
            byId.insert(loans.integer(0), index);
            byBorrower[loans.integer(6)].append(index);
        }
        if (Status s = loans.status(); !s)
            return s;
        if (read.empty())
            return {};
        const QList<qint64> ids = byId.keys();
        const QString in = placeholders(ids.size());
        Query schedule(
            m_database,
            QStringLiteral("SELECT loan_id, due_on, principal FROM installment WHERE loan_id IN (%1)")
                .arg(in),
            Database::tr("reading schedules"));
        schedule.bindEach(ids);
        if (Status s = schedule.exec(); !s)
            return s;
        while (schedule.next())
            read[byId.value(schedule.integer(0))].second.schedule.append(
                {schedule.date(1), schedule.money(2)});
        if (Status s = schedule.status(); !s)
            return s;
        Query payments(m_database,
                       QStringLiteral("SELECT loan_id, paid_on, principal, interest, COALESCE(reverses, 0) "
                                      "FROM repayment WHERE loan_id IN (%1)")
                           .arg(in),
                       Database::tr("reading repayments"));
        payments.bindEach(ids);
        if (Status s = payments.exec(); !s)
            return s;
        while (payments.next()) {
            Repayment repayment;
            repayment.paidOn = payments.date(1);
            repayment.principal = payments.money(2);
            repayment.interest = payments.money(3);
            repayment.reverses = payments.integer(4);
            read[byId.value(payments.integer(0))].second.payments.append(LoanFacts::Payment::of(repayment));
        }
        if (Status s = payments.status(); !s)
            return s;
        Query moves(m_database,
                    QStringLiteral("SELECT borrower_id, MAX(on_date) FROM borrower_move "
                                   "WHERE borrower_id IN (%1) GROUP BY borrower_id")
                        .arg(placeholders(byBorrower.size())),
                    Database::tr("reading the moves of borrowers"));
        moves.bindEach(byBorrower.keys());
        if (Status s = moves.exec(); !s)
            return s;
        while (moves.next()) {
            const QDate lastMoveOn = moves.date(1);
            for (const qsizetype index : byBorrower.value(moves.integer(0)))
                read[index].second.lastMoveOn = lastMoveOn;
        }
        if (Status s = moves.status(); !s)
            return s;
        for (auto& [loanNo, f] : read)
            facts.insert(loanNo, std::move(f));
        return {};
    });
    if (!status)
        return status.error();
    return facts;
}

Status LoanRepository::insert(const QList<Loan>& loans)
{
    Query query(m_database,
                QStringLiteral(
                    "INSERT INTO loan (loan_no, borrower_id, program_id, amount, disbursed_on, maturity_on, "
                    "rate_e4, frozen_on, purpose) VALUES (?, (SELECT id FROM borrower WHERE code = ?), "
                    "(SELECT id FROM program WHERE code = ?), ?, ?, ?, ?, ?, ?)"),
                Database::tr("saving a loan"));
    for (const Loan& loan : loans) {
        query.bind(loan.loanNo);
        bindFields(query, loan);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}

Status LoanRepository::insertInstallments(const QList<Installment>& installments)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO installment (loan_id, due_on, principal) VALUES (?, ?, ?)"),
                Database::tr("saving a schedule"));
    KeyIds loans(m_database, QStringLiteral("SELECT id FROM loan WHERE loan_no = ?"),
                 Database::tr("saving a schedule"));
    for (const Installment& installment : installments) {
        auto loanId = loans.of(installment.loanNo);
        if (!loanId)
            return loanId.error();
        if (*loanId)
            query.bind(**loanId);
        else
            query.bindNull();
        query.bind(installment.dueOn).bind(installment.principal);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}

Status LoanRepository::update(const Loan& loan)
{
    Query query(
        m_database,
        QStringLiteral("UPDATE loan SET borrower_id = (SELECT id FROM borrower WHERE code = ?), "
                       "program_id = (SELECT id FROM program WHERE code = ?), amount = ?, disbursed_on = ?, "
                       "maturity_on = ?, rate_e4 = ?, frozen_on = ?, purpose = ?, version = version + 1 "
                       "WHERE loan_no = ?"),
        Database::tr("saving a loan"));
    bindFields(query, loan);
    query.bind(loan.loanNo);
    return query.exec();
}

Status LoanRepository::replaceInstallments(const QString& loanNo, const QList<Installment>& installments)
{
    Query remove(
        m_database,
        QStringLiteral("DELETE FROM installment WHERE loan_id = (SELECT id FROM loan WHERE loan_no = ?)"),
        Database::tr("saving a schedule"));
    remove.bind(loanNo);
    if (Status s = remove.exec(); !s)
        return s;
    return insertInstallments(installments);
}
