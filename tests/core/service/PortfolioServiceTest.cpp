// The one write path (domain.md §8): every operation of PortfolioService, its audit row, and the rules it
// refuses by.
#include "ServiceTestSupport.h"
#include "TestData.h"

#include "check/PortfolioCheck.h"
#include "db/TransactionGuard.h"
#include "io/Importer.h"
#include "repo/AuditRepository.h"
#include "repo/LoanRepository.h"
#include "repo/OfficeSettingsRepository.h"
#include "repo/RepaymentRepository.h"
#include "report/PortfolioBrowser.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

QList<AuditEntry> trail(Database& database, const AuditFilter& filter = {})
{
    auto found = AuditRepository(database).find(filter);
    EXPECT_TRUE(found.ok());
    return found ? *found : QList<AuditEntry>();
}

AuditFilter byRecord(const QString& record)
{
    AuditFilter filter;
    filter.record = record;
    return filter;
}

AuditFilter byBorrower(const QString& id)
{
    AuditFilter filter;
    filter.borrowerId = id;
    return filter;
}

Loan storedLoan(Database& database, const QString& loanNo)
{
    auto found = LoanRepository(database).find({loanNo});
    EXPECT_TRUE(found.ok());
    return found ? found->value(loanNo) : Loan();
}

Repayment repayment(const char* loanNo, const QDate& on, qint64 principal, qint64 interest = 0)
{
    return {QString::fromLatin1(loanNo), on, vnd(principal), vnd(interest)};
}

} // namespace

using PortfolioServiceTest = SmallBookTest;

TEST_F(PortfolioServiceTest, RegistersAndEditsWithOneAuditRowEach)
{
    const QList<AuditEntry> rows = trail(db());
    // 2 communes, 3 groups, 5 borrowers, 5 loans, newest first.
    ASSERT_EQ(rows.size(), 15);
    EXPECT_EQ(rows.back().operation, AuditOperation::kRegisterCommune);
    EXPECT_EQ(rows.back().recordKey, QStringLiteral("C1"));
    EXPECT_EQ(rows.back().user, QStringLiteral("tester"));
    EXPECT_EQ(rows.back().atUtc, QStringLiteral("2025-06-02T09:30:00Z"));
    EXPECT_EQ(rows.back().newValues, QStringLiteral("code: C1; name: Xã Một"));
    EXPECT_EQ(rows.front().operation, AuditOperation::kDisburseLoan);
    EXPECT_EQ(rows.front().borrowerId, QStringLiteral("O1"));
    EXPECT_TRUE(rows.front().newValues.contains(QStringLiteral("amount: 100000000")));

    ASSERT_TRUE(service().editCommune({QStringLiteral("C1"), QStringLiteral("Phường Một"), 1}).ok());
    Borrower b1{QStringLiteral("B1"),           BorrowerKind::Household,
                QStringLiteral("001100000001"), QStringLiteral("Lê Thị Hoa"),
                QStringLiteral("C1"),           QStringLiteral("G1"),
                QStringLiteral("Thôn 3"),       1};
    ASSERT_TRUE(service().editBorrower(b1).ok());
    b1.version = 2; // the edit raised it
    const QList<AuditEntry> after = trail(db(), byRecord(QStringLiteral("B1")));
    ASSERT_FALSE(after.isEmpty());
    EXPECT_EQ(after.front().operation, AuditOperation::kEditBorrower);
    EXPECT_EQ(after.front().oldValues, QStringLiteral("full_name: Hộ B1; village: "));
    EXPECT_EQ(after.front().newValues, QStringLiteral("full_name: Lê Thị Hoa; village: Thôn 3"));
    // Nothing changed: nothing written.
    const qsizetype count = trail(db()).size();
    ASSERT_TRUE(service().editBorrower(b1).ok());
    EXPECT_EQ(trail(db()).size(), count);
}

TEST_F(PortfolioServiceTest, MembershipAndKindChangeByMovesNotByEdits)
{
    Borrower b1{QStringLiteral("B1"),
                BorrowerKind::Household,
                QStringLiteral("001100000001"),
                QStringLiteral("Hộ B1"),
                QStringLiteral("C1"),
                QStringLiteral("G2"),
                QString(),
                1};
    EXPECT_TRUE(refusedWith(service().editBorrower(b1), QStringLiteral("move")));
    EXPECT_EQ(service().problems().front().field, QStringLiteral("group_code"));
    // A borrower with no loan, savings or move yet can still be corrected.
    ASSERT_TRUE(service()
                    .registerBorrower({QStringLiteral("B9"), BorrowerKind::Household,
                                       QStringLiteral("001100000009"), QStringLiteral("Hộ B9"),
                                       QStringLiteral("C1"), QStringLiteral("G1"), QString()})
                    .ok());
    EXPECT_TRUE(
        service()
            .editBorrower({QStringLiteral("B9"), BorrowerKind::Household, QStringLiteral("001100000009"),
                           QStringLiteral("Hộ B9"), QStringLiteral("C2"), QStringLiteral("G3"), QString(), 1})
            .ok());
    // Another borrower's ID number is refused.
    EXPECT_TRUE(
        refusedWith(service().editBorrower({QStringLiteral("B9"), BorrowerKind::Household,
                                            QStringLiteral("001100000001"), QStringLiteral("Hộ B9"),
                                            QStringLiteral("C2"), QStringLiteral("G3"), QString(), 2}),
                    QStringLiteral("B1")));
    // A group whose members are counted under its commune and organisation keeps them.
    Group g1{QStringLiteral("G1"),
             QStringLiteral("Tổ G1"),
             QStringLiteral("C1"),
             QStringLiteral("HND"),
             QString(),
             QStringLiteral("Nguyễn Thị Tổ Trưởng"),
             QDate(2010, 1, 1),
             1};
    EXPECT_TRUE(refusedWith(service().editGroup(g1), QStringLiteral("members")));
    g1.organizationCode = QStringLiteral("HPN");
    g1.leaderName = QStringLiteral("Phạm Thị Mai");
    EXPECT_TRUE(service().editGroup(g1).ok());
}

TEST_F(PortfolioServiceTest, EntriesAreNumberedInOrderAndNeverReused)
{
    auto first = service().postRepayment(repayment("L1", QDate(2023, 4, 15), 3'000'000, 50'000));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(*first, 1);
    auto second = service().postRepayment(repayment("L4", QDate(2023, 7, 20), 10'000'000));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*second, 2);
    auto reversal =
        service().reverseRepayment(2, QDate(2023, 7, 21), QStringLiteral("posted to the wrong loan"));
    ASSERT_TRUE(reversal.ok()) << reversal.error().message.toStdString();
    EXPECT_EQ(*reversal, 3);
    // Savings are numbered on their own.
    auto deposit = service().postSavings({QStringLiteral("B1"), QDate(2023, 3, 1), vnd(500'000)});
    ASSERT_TRUE(deposit.ok());
    EXPECT_EQ(*deposit, 1);
    // A given number is kept; one in use is refused.
    auto given =
        service().postRepayment({QStringLiteral("L3"), QDate(2023, 9, 5), vnd(5'000'000), vnd(0), 40});
    ASSERT_TRUE(given.ok());
    EXPECT_EQ(*given, 40);
    EXPECT_TRUE(
        refusedWith(service().postRepayment({QStringLiteral("L3"), QDate(2023, 9, 6), vnd(1), vnd(0), 40}),
                    QStringLiteral("no. 40 is already in the database")));
    EXPECT_EQ(*service().postRepayment(repayment("L3", QDate(2023, 9, 6), 1)), 41);
}

TEST(PortfolioServiceWorkedExample, AReversalCountsFromItsOwnDate)
{
    // domain.md §8: a loan of 10,000,000 disbursed 2023-01-10; repayment no. 5 of 1,000,000 principal on
    // 2023-03-15, reversed on 2023-04-02 ("wrong loan").
    for (const bool sameDay : {false, true}) {
        SCOPED_TRACE(sameDay ? "reversed the same day" : "reversed on 2023-04-02");
        TempDatabase temp;
        PortfolioService service(temp.db(), testActor());
        ASSERT_TRUE(service.registerCommune({QStringLiteral("C1"), QStringLiteral("Xã Một")}).ok());
        ASSERT_TRUE(service
                        .registerGroup({QStringLiteral("G1"), QStringLiteral("Tổ 1"), QStringLiteral("C1"),
                                        QStringLiteral("HPN"), QString(), QStringLiteral("Trần Thị Lan"),
                                        QDate(2010, 1, 1)})
                        .ok());
        ASSERT_TRUE(service
                        .registerBorrower({QStringLiteral("B1"), BorrowerKind::Household,
                                           QStringLiteral("001234567890"), QStringLiteral("Lê Văn Cường"),
                                           QStringLiteral("C1"), QStringLiteral("G1"), QString()})
                        .ok());
        Loan loan;
        loan.loanNo = QStringLiteral("L1");
        loan.borrowerId = QStringLiteral("B1");
        loan.programCode = QStringLiteral("HN");
        loan.amount = vnd(10'000'000);
        loan.disbursedOn = QDate(2023, 1, 10);
        loan.maturityOn = QDate(2026, 1, 10);
        ASSERT_TRUE(service.disburseLoan(loan).ok());
        auto posted =
            service.postRepayment({QStringLiteral("L1"), QDate(2023, 3, 15), vnd(1'000'000), vnd(0), 5});
        ASSERT_TRUE(posted.ok());
        const QDate reversedOn = sameDay ? QDate(2023, 3, 15) : QDate(2023, 4, 2);
        auto reversal = service.reverseRepayment(5, reversedOn, QStringLiteral("wrong loan"));
        ASSERT_TRUE(reversal.ok()) << reversal.error().message.toStdString();
        // Interest paid in April, so that April is a month with data in both cases.
        ASSERT_TRUE(
            service.postRepayment({QStringLiteral("L1"), QDate(2023, 4, 20), vnd(0), vnd(100'000)}).ok());

        PortfolioBrowser browser(temp.db());
        auto march = browser.ledger(QStringLiteral("B1"), QDate(2023, 3, 31));
        auto april = browser.ledger(QStringLiteral("B1"), QDate(2023, 4, 30));
        ASSERT_TRUE(march.ok() && april.ok());
        EXPECT_EQ(march->total.repaid, vnd(sameDay ? 0 : 1'000'000));
        EXPECT_EQ(april->total.repaid, vnd(0));

        ReportBuilder reports(temp.db());
        const Figures m = reports.summary(YearMonth(2023, 3), Breakdown::Program)->total.figures;
        const Figures a = reports.summary(YearMonth(2023, 4), Breakdown::Program)->total.figures;
        EXPECT_EQ(m.collectedPrincipal, vnd(sameDay ? 0 : 1'000'000));
        EXPECT_EQ(m.outstandingEnd, vnd(sameDay ? 10'000'000 : 9'000'000));
        EXPECT_EQ(a.collectedPrincipal, vnd(sameDay ? 0 : -1'000'000));
        EXPECT_EQ(a.outstandingStart, vnd(sameDay ? 10'000'000 : 9'000'000));
        EXPECT_EQ(a.outstandingEnd, vnd(10'000'000));

        // The ledger keeps both lines: the entry marked reversed, the reversal naming it, with the reason.
        const auto& lines = april->loans.front().repayments;
        ASSERT_EQ(lines.size(), 3);
        EXPECT_EQ(lines[0].marks.entryNo, 5);
        EXPECT_EQ(lines[0].marks.reversedBy, *reversal);
        EXPECT_EQ(lines[0].marks.reversedOn, reversedOn);
        EXPECT_EQ(lines[0].marks.reason, QStringLiteral("wrong loan"));
        EXPECT_EQ(lines[0].outstandingAfter, vnd(9'000'000));
        EXPECT_EQ(lines[1].marks.reverses, 5);
        EXPECT_EQ(lines[1].principal, vnd(1'000'000));
        EXPECT_EQ(lines[1].outstandingAfter, vnd(10'000'000));
        // At the end of March (before the reversal) the entry is not marked reversed yet.
        if (!sameDay) {
            ASSERT_EQ(march->loans.front().repayments.size(), 1);
            EXPECT_FALSE(march->loans.front().repayments.front().marks.isReversed());
        }
        auto outcome = PortfolioCheck::run(temp.db());
        ASSERT_TRUE(outcome.ok());
        EXPECT_TRUE(outcome->violations.isEmpty()) << outcome->violations.join(u'\n').toStdString();
    }
}

TEST_F(PortfolioServiceTest, ReversalsFollowTheirRules)
{
    ASSERT_TRUE(
        service().postRepayment(repayment("L1", QDate(2023, 4, 15), 3'000'000, 50'000)).ok()); // no. 1
    EXPECT_TRUE(refusedWith(service().reverseRepayment(9, QDate(2023, 5, 1), QStringLiteral("x")),
                            QStringLiteral("no repayment no. 9")));
    EXPECT_TRUE(refusedWith(service().reverseRepayment(1, QDate(2023, 4, 14), QStringLiteral("typo")),
                            QStringLiteral("before 2023-04-15")));
    EXPECT_TRUE(refusedWith(service().reverseRepayment(1, QDate(2023, 5, 1), QStringLiteral("  ")),
                            QStringLiteral("required")));
    EXPECT_EQ(service().problems().front().field, QStringLiteral("reason"));
    ASSERT_TRUE(service().reverseRepayment(1, QDate(2023, 5, 1), QStringLiteral("typo")).ok()); // no. 2
    EXPECT_TRUE(refusedWith(service().reverseRepayment(1, QDate(2023, 5, 2), QStringLiteral("again")),
                            QStringLiteral("reversed already, by no. 2")));
    EXPECT_TRUE(refusedWith(service().reverseRepayment(2, QDate(2023, 5, 2), QStringLiteral("undo")),
                            QStringLiteral("itself a reversal")));
    // A reversal names an entry of its own loan with its own amounts.
    PostingBatch batch;
    batch.repayments.append({Repayment(QStringLiteral("L3"), QDate(2023, 6, 1), vnd(3'000'000), vnd(50'000),
                                       0, 1, QStringLiteral("wrong"))});
    EXPECT_TRUE(refusedWith(service().post(batch), QStringLiteral("repayment of L1, not of L3")));
    // A reversal cannot take the savings balance below 0 on a later day.
    ASSERT_TRUE(
        service().postSavings({QStringLiteral("B1"), QDate(2023, 3, 1), vnd(1'000'000)}).ok()); // no. 1
    ASSERT_TRUE(
        service().postSavings({QStringLiteral("B1"), QDate(2023, 5, 1), vnd(-800'000)}).ok()); // no. 2
    EXPECT_TRUE(refusedWith(service().reverseSavings(1, QDate(2023, 4, 1), QStringLiteral("not hers")),
                            QStringLiteral("-800000 at the end of 2023-05-01")));
    // Reversing the withdrawal (on or after its own date) first makes it possible.
    EXPECT_TRUE(refusedWith(service().reverseSavings(2, QDate(2023, 4, 30), QStringLiteral("not hers")),
                            QStringLiteral("before 2023-05-01")));
    ASSERT_TRUE(service().reverseSavings(2, QDate(2023, 5, 1), QStringLiteral("not hers")).ok());
    ASSERT_TRUE(service().reverseSavings(1, QDate(2023, 4, 1), QStringLiteral("not hers")).ok());
    EXPECT_TRUE(violations().isEmpty()) << violations().join(u'\n').toStdString();
    // Repaid principal never goes above the amount, reversals counted.
    EXPECT_TRUE(refusedWith(service().postRepayment(repayment("L1", QDate(2023, 6, 1), 12'000'001)),
                            QStringLiteral("more than its amount")));
    EXPECT_TRUE(service().postRepayment(repayment("L1", QDate(2023, 6, 1), 12'000'000)).ok());
}

TEST_F(PortfolioServiceTest, AMoveChangesTheMonthsFromItsDateOnly)
{
    ASSERT_TRUE(
        service().postRepayment(repayment("L5", QDate(2023, 8, 1), 0, 500'000)).ok()); // data to August
    ASSERT_TRUE(service().postSavings({QStringLiteral("B1"), QDate(2023, 3, 1), vnd(1'000'000)}).ok());
    ASSERT_TRUE(service().postSavings({QStringLiteral("B3"), QDate(2023, 3, 1), vnd(200'000)}).ok());
    const QByteArray aprilByGroup = summaryCsv(YearMonth(2023, 4), Breakdown::Group);
    const QByteArray aprilByCommune = summaryCsv(YearMonth(2023, 4), Breakdown::Commune);
    // B1 (L1, 12,000,000) moves from G1 (C1, Women's Union) to G3 (C2, Veterans' Association) on 10 May.
    ASSERT_TRUE(service()
                    .moveBorrower({QStringLiteral("B1"), QDate(2023, 5, 10), QStringLiteral("G3"), QString()})
                    .ok());
    EXPECT_EQ(summaryCsv(YearMonth(2023, 4), Breakdown::Group), aprilByGroup);
    EXPECT_EQ(summaryCsv(YearMonth(2023, 4), Breakdown::Commune), aprilByCommune);
    const Figures g1April = row(YearMonth(2023, 4), Breakdown::Group, QStringLiteral("G1"));
    const Figures g1May = row(YearMonth(2023, 5), Breakdown::Group, QStringLiteral("G1"));
    const Figures g3May = row(YearMonth(2023, 5), Breakdown::Group, QStringLiteral("G3"));
    EXPECT_EQ(g1April.outstandingEnd, vnd(32'000'000));
    EXPECT_EQ(g1April.savings, vnd(1'000'000));
    // Every column of May follows the membership at its last day: G1's start is not April's end.
    EXPECT_EQ(g1May.outstandingStart, vnd(20'000'000));
    EXPECT_EQ(g1May.outstandingEnd, vnd(20'000'000));
    EXPECT_EQ(g1May.savings, vnd(0));
    EXPECT_EQ(g1May.borrowers, 1);
    EXPECT_EQ(g3May.outstandingStart, vnd(42'000'000));
    EXPECT_EQ(g3May.savings, vnd(1'000'000));
    EXPECT_EQ(g3May.borrowers, 2);
    EXPECT_EQ(row(YearMonth(2023, 5), Breakdown::Commune, QStringLiteral("C2")).outstandingEnd,
              vnd(142'000'000));
    EXPECT_EQ(row(YearMonth(2023, 5), Breakdown::Organization, QStringLiteral("CCB")).outstandingEnd,
              vnd(42'000'000));
    EXPECT_EQ(total(YearMonth(2023, 5)).outstandingEnd, vnd(172'000'000));
    // The trend of commune C2 takes L1 from May on.
    auto trend =
        ReportBuilder(db()).monthTotals(YearMonth(2023, 4), YearMonth(2023, 6), {QStringLiteral("C2"), {}});
    ASSERT_TRUE(trend.ok());
    EXPECT_EQ((*trend)[0].second.outstandingEnd, vnd(130'000'000));
    EXPECT_EQ((*trend)[1].second.outstandingEnd, vnd(142'000'000));
    EXPECT_EQ((*trend)[2].second.outstandingEnd, vnd(142'000'000));
    // The ledger names both memberships.
    auto ledger = PortfolioBrowser(db()).ledger(QStringLiteral("B1"), QDate(2023, 5, 31));
    ASSERT_TRUE(ledger.ok());
    ASSERT_EQ(ledger->memberships.size(), 2);
    EXPECT_EQ(ledger->memberships[1].groupCode, QStringLiteral("G3"));
    EXPECT_EQ(ledger->memberships[1].communeCode, QStringLiteral("C2"));
    EXPECT_EQ(ledger->borrower.groupCode, QStringLiteral("G3"));
    EXPECT_TRUE(violations().isEmpty()) << violations().join(u'\n').toStdString();
    const QList<AuditEntry> moves = trail(db(), byBorrower(QStringLiteral("B1")));
    ASSERT_FALSE(moves.isEmpty());
    EXPECT_EQ(moves.front().operation, AuditOperation::kMoveBorrower);
    EXPECT_EQ(moves.front().oldValues, QStringLiteral("commune_code: C1; group_code: G1"));
    EXPECT_EQ(moves.front().newValues, QStringLiteral("on: 2023-05-10; commune_code: C2; group_code: G3"));

    // Moves follow each other in date order, once a day, to another membership.
    EXPECT_TRUE(refusedWith(
        service().moveBorrower({QStringLiteral("B1"), QDate(2023, 5, 1), QStringLiteral("G1"), QString()}),
        QStringLiteral("not after 2023-05-10")));
    EXPECT_TRUE(refusedWith(
        service().moveBorrower({QStringLiteral("B1"), QDate(2023, 6, 1), QStringLiteral("G3"), QString()}),
        QStringLiteral("already in G3")));
    EXPECT_TRUE(refusedWith(
        service().moveBorrower({QStringLiteral("O1"), QDate(2023, 6, 1), QStringLiteral("G3"), QString()}),
        QStringLiteral("never in a group")));
    EXPECT_TRUE(service()
                    .moveBorrower({QStringLiteral("O1"), QDate(2023, 6, 1), QString(), QStringLiteral("C1")})
                    .ok());
    EXPECT_EQ(row(YearMonth(2023, 6), Breakdown::Commune, QStringLiteral("C1")).outstandingEnd,
              vnd(130'000'000));
    EXPECT_TRUE(violations().isEmpty()) << violations().join(u'\n').toStdString();
}

TEST_F(PortfolioServiceTest, ALoanIsEditedOnlyWhereNoClosedMonthIsTouched)
{
    ASSERT_TRUE(service().postRepayment(repayment("L2", QDate(2023, 8, 1), 1'000'000)).ok());
    ASSERT_TRUE(service().closeMonthsThrough(YearMonth(2023, 6)).ok());
    const QByteArray june = summaryCsv(YearMonth(2023, 6), Breakdown::Group);
    auto stored = [&](const char* no) { return storedLoan(db(), QString::fromLatin1(no)); };

    Loan l1 = stored("L1");
    l1.amount = vnd(15'000'000);
    EXPECT_TRUE(refusedWith(service().editLoan(l1), QStringLiteral("disbursed in 01/2023, a closed month")));
    l1 = stored("L1");
    l1.frozenOn = QDate(2023, 5, 1);
    EXPECT_TRUE(refusedWith(service().editLoan(l1), QStringLiteral("05/2023, a closed month")));
    l1.frozenOn = QDate(2023, 8, 1); // freezing from an open month is a normal act
    EXPECT_TRUE(service().editLoan(l1).ok());
    // A schedule change that moves an installment due in a closed month is refused; one in open months is
    // not.
    l1 = stored("L1");
    EXPECT_TRUE(refusedWith(
        service().editLoan(l1, QList<Installment>{{QString(), QDate(2023, 4, 30), vnd(3'000'000)},
                                                  {QString(), QDate(2023, 7, 15), vnd(3'000'000)},
                                                  {QString(), QDate(2023, 10, 15), vnd(3'000'000)},
                                                  {QString(), QDate(2024, 1, 15), vnd(3'000'000)}}),
        QStringLiteral("2023-04-15 falls in 04/2023")));
    Loan l2 = stored("L2");
    l2.maturityOn = QDate(2025, 8, 1);
    EXPECT_TRUE(service()
                    .editLoan(l2, QList<Installment>{{QString(), QDate(2024, 8, 1), vnd(10'000'000)},
                                                     {QString(), QDate(2025, 8, 1), vnd(10'000'000)}})
                    .ok());
    // Rules still hold: the new schedule adds up to the amount.
    l2 = stored("L2");
    l2.maturityOn = QDate(2025, 9, 1);
    EXPECT_TRUE(
        refusedWith(service().editLoan(l2, QList<Installment>{{QString(), QDate(2025, 9, 1), vnd(1)}}),
                    QStringLiteral("add up to 1")));
    EXPECT_EQ(summaryCsv(YearMonth(2023, 6), Breakdown::Group), june);
    EXPECT_TRUE(violations().isEmpty()) << violations().join(u'\n').toStdString();
    const QList<AuditEntry> edits = trail(db(), byRecord(QStringLiteral("L2")));
    ASSERT_FALSE(edits.isEmpty());
    EXPECT_EQ(edits.front().operation, AuditOperation::kEditLoan);
    EXPECT_TRUE(edits.front().oldValues.startsWith(QStringLiteral("maturity_on: 2025-02-01; schedule: ")));
    EXPECT_EQ(edits.front().newValues,
              QStringLiteral("maturity_on: 2025-08-01; schedule: 2024-08-01 10000000, 2025-08-01 10000000"));
}

TEST_F(PortfolioServiceTest, AClosedMonthRefusesEveryKindOfWrite)
{
    ASSERT_TRUE(
        service().postRepayment(repayment("L1", QDate(2023, 4, 15), 3'000'000, 40'000)).ok());        // no. 1
    ASSERT_TRUE(service().postSavings({QStringLiteral("B1"), QDate(2023, 5, 2), vnd(600'000)}).ok()); // no. 1
    ASSERT_TRUE(service().postRepayment(repayment("L2", QDate(2023, 8, 1), 1'000'000)).ok());         // no. 2
    ASSERT_TRUE(service().closeMonthsThrough(YearMonth(2023, 6)).ok());
    const QByteArray juneByGroup = summaryCsv(YearMonth(2023, 6), Breakdown::Group);
    const QByteArray juneByCommune = summaryCsv(YearMonth(2023, 6), Breakdown::Commune);

    const QString advice = QStringLiteral("post a reversal or a new entry dated in an open month instead");
    const auto refusedInJune = [&](const auto& status) {
        return refusedWith(status, QStringLiteral("falls in 06/2023, a closed month")) &&
               refusedWith(status, advice);
    };
    EXPECT_TRUE(refusedInJune(service().postRepayment(repayment("L1", QDate(2023, 6, 30), 1'000'000))));
    EXPECT_TRUE(refusedInJune(service().postSavings({QStringLiteral("B1"), QDate(2023, 6, 1), vnd(1)})));
    EXPECT_TRUE(refusedInJune(service().reverseRepayment(1, QDate(2023, 6, 15), QStringLiteral("typo"))));
    EXPECT_TRUE(refusedInJune(service().reverseSavings(1, QDate(2023, 6, 15), QStringLiteral("typo"))));
    EXPECT_TRUE(refusedInJune(
        service().moveBorrower({QStringLiteral("B1"), QDate(2023, 6, 1), QStringLiteral("G2"), QString()})));
    Loan late;
    late.loanNo = QStringLiteral("L9");
    late.borrowerId = QStringLiteral("B2");
    late.programCode = QStringLiteral("HN");
    late.amount = vnd(5'000'000);
    late.disbursedOn = QDate(2023, 6, 10);
    late.maturityOn = QDate(2024, 6, 10);
    EXPECT_TRUE(refusedInJune(service().disburseLoan(late)));
    Loan l2 = storedLoan(db(), QStringLiteral("L2"));
    l2.disbursedOn = QDate(2023, 7, 1);
    EXPECT_TRUE(refusedWith(service().editLoan(l2), QStringLiteral("02/2023, a closed month")));
    // An import with rows in closed months is refused whole, each row named.
    QTemporaryDir folder;
    const auto write = [&](const char* name, const QByteArray& text) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("loans.csv", "loan_no,borrower_id,program_code,amount,disbursed_on,maturity_on\n"
                       "L10,B2,HN,5000000,2023-05-10,2024-05-10\nL11,B2,HN,5000000,2023-07-10,2024-07-10\n");
    write("schedule.csv", "loan_no,due_on,principal\nL10,2024-05-10,5000000\n");
    write("repayments.csv", "loan_no,paid_on,principal,interest,entry_no,reverses,reason\n"
                            "L1,2023-07-15,3000000,0,,,\nL4,2023-06-20,1000000,0,,,\n"
                            "L1,2023-05-01,3000000,40000,,1,wrong day\n");
    write("moves.csv", "borrower_id,on,group_code,commune_code\nB3,2023-01-31,G1,\n");
    Importer importer(db(), testActor());
    auto imported = importer.importFolder(folder.path());
    ASSERT_FALSE(imported.ok());
    QStringList named;
    for (const RecordProblem& problem : importer.problems())
        named.append(problem.file + u':' + QString::number(problem.line) + u':' + problem.field);
    EXPECT_EQ(
        named,
        QStringList({QStringLiteral("moves.csv:2:on"), QStringLiteral("loans.csv:2:disbursed_on"),
                     QStringLiteral("schedule.csv:2:loan_no"), QStringLiteral("repayments.csv:3:paid_on"),
                     QStringLiteral("repayments.csv:4:paid_on")}));

    // Corrections dated in an open month are accepted, and the closed month's figures stay as they were.
    EXPECT_TRUE(service().reverseRepayment(1, QDate(2023, 7, 3), QStringLiteral("paid by B2, not B1")).ok());
    EXPECT_TRUE(service().reverseSavings(1, QDate(2023, 7, 3), QStringLiteral("not hers")).ok());
    EXPECT_TRUE(service()
                    .moveBorrower({QStringLiteral("B1"), QDate(2023, 7, 1), QStringLiteral("G2"), QString()})
                    .ok());
    EXPECT_TRUE(service().postRepayment(repayment("L1", QDate(2023, 7, 15), 3'000'000)).ok());
    EXPECT_EQ(summaryCsv(YearMonth(2023, 6), Breakdown::Group), juneByGroup);
    EXPECT_EQ(summaryCsv(YearMonth(2023, 6), Breakdown::Commune), juneByCommune);
    EXPECT_EQ(total(YearMonth(2023, 7)).collectedPrincipal, vnd(0)); // 3,000,000 taken back, 3,000,000 posted
    EXPECT_TRUE(violations().isEmpty()) << violations().join(u'\n').toStdString();
}

TEST_F(PortfolioServiceTest, ARefusedWriteLeavesTheFileByteForByte)
{
    ASSERT_TRUE(service().postRepayment(repayment("L2", QDate(2023, 8, 1), 1'000'000)).ok());
    ASSERT_TRUE(service().closeMonthsThrough(YearMonth(2023, 6)).ok());
    m_service.reset();
    m_temp.close();
    const auto bytes = [this]() {
        QFile file(m_temp.path());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QByteArray before = bytes();
    m_temp.reopen();
    {
        PortfolioService service(db(), testActor());
        EXPECT_FALSE(service.postRepayment(repayment("L1", QDate(2023, 6, 30), 1'000'000)).ok());
        EXPECT_FALSE(service.postRepayment(repayment("L1", QDate(2023, 7, 30), 13'000'000)).ok());
        EXPECT_FALSE(service.reopenMonth(YearMonth(2023, 6), QString()).ok());
    }
    m_temp.close();
    EXPECT_EQ(bytes(), before);
    m_temp.reopen();
}

TEST_F(PortfolioServiceTest, MonthsCloseInOrderAndOnlyTheLatestReopens)
{
    ASSERT_TRUE(service().postRepayment(repayment("L2", QDate(2023, 9, 1), 1'000'000)).ok());
    EXPECT_TRUE(refusedWith(service().closeMonth(YearMonth(2023, 2)),
                            QStringLiteral("02/2023 cannot be closed yet: close 01/2023 first")));
    EXPECT_TRUE(
        refusedWith(service().closeMonth(YearMonth(2022, 12)), QStringLiteral("not a month with data")));
    EXPECT_TRUE(
        refusedWith(service().closeMonth(YearMonth(2023, 10)), QStringLiteral("not a month with data")));
    ASSERT_TRUE(service().closeMonth(YearMonth(2023, 1)).ok());
    EXPECT_TRUE(refusedWith(service().closeMonth(YearMonth(2023, 1)), QStringLiteral("closed already")));
    ASSERT_TRUE(service().closeMonth(YearMonth(2023, 2)).ok());
    EXPECT_TRUE(refusedWith(service().reopenMonth(YearMonth(2023, 1), QStringLiteral("x")),
                            QStringLiteral("only the latest closed month, 02/2023")));
    EXPECT_TRUE(refusedWith(service().reopenMonth(YearMonth(2023, 2), QStringLiteral(" ")),
                            QStringLiteral("say why")));
    ASSERT_TRUE(
        service().reopenMonth(YearMonth(2023, 2), QStringLiteral("a repayment of February was missed")).ok());
    EXPECT_EQ(*ReportBuilder(db()).latestClosedMonth(), YearMonth(2023, 1));
    // A month is closed only once it is over: on 2023-09-30 September is still open for postings.
    PortfolioService early(db(), testActor(QDate(2023, 9, 30)));
    ASSERT_TRUE(early.closeMonthsThrough(YearMonth(2023, 8)).ok());
    EXPECT_TRUE(
        refusedWith(early.closeMonth(YearMonth(2023, 9)), QStringLiteral("can be closed from 01/10/2023")));
    // A portfolio that does not pass check cannot be closed.
    QSqlQuery tamper(db().connection());
    ASSERT_TRUE(tamper.exec(
        QStringLiteral("UPDATE group_total SET overdue = overdue + 1 WHERE carried = 0 AND ym = 202309")));
    EXPECT_TRUE(refusedWith(service().closeMonth(YearMonth(2023, 9)), QStringLiteral("does not pass check")));

    const QList<AuditEntry> months = trail(db(), byRecord(QStringLiteral("month")));
    // Newest first: 08 … 02 closed again, 02 reopened, 02 and 01 closed.
    ASSERT_EQ(months.size(), 10);
    EXPECT_EQ(months[0].operation, AuditOperation::kCloseMonth);
    EXPECT_EQ(months[0].recordKey, QStringLiteral("2023-08"));
    EXPECT_TRUE(months[0].newValues.contains(QStringLiteral("outstanding_end: 172000000")));
    EXPECT_EQ(months[7].operation, AuditOperation::kReopenMonth);
    EXPECT_EQ(months[7].recordKey, QStringLiteral("2023-02"));
    EXPECT_EQ(months[7].reason, QStringLiteral("a repayment of February was missed"));
    EXPECT_EQ(months[9].recordKey, QStringLiteral("2023-01"));
}

TEST_F(PortfolioServiceTest, TheAuditTrailRefusesUpdateAndDelete)
{
    QSqlQuery query(db().connection());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else'")));
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("append-only")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("append-only")));
    EXPECT_EQ(trail(db()).size(), 15);
    EXPECT_EQ(trail(db()).back().user, QStringLiteral("tester"));
}

TEST_F(PortfolioServiceTest, AnImportIsOneAuditRow)
{
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("repayments.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("loan_no,paid_on,principal,interest\nL1,2023-04-15,3000000,60000\nL4,2023-07-20,10000000,0\n");
    file.close();
    const qsizetype before = trail(db()).size();
    auto imported = Importer(db(), testActor()).importFolder(folder.path());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    const QList<AuditEntry> rows = trail(db());
    ASSERT_EQ(rows.size(), before + 1);
    EXPECT_EQ(rows.front().operation, AuditOperation::kImport);
    EXPECT_TRUE(rows.front().newValues.contains(QStringLiteral("files: repayments.csv")));
    EXPECT_TRUE(rows.front().newValues.contains(QStringLiteral("repayments: 2")));
}

TEST_F(PortfolioServiceTest, OperationsNestInACallersTransaction)
{
    {
        TransactionGuard outer(db());
        ASSERT_TRUE(outer.isActive());
        ASSERT_TRUE(service().postRepayment(repayment("L1", QDate(2023, 4, 15), 3'000'000)).ok());
        // A refused operation inside undoes only itself.
        EXPECT_FALSE(service().postRepayment(repayment("L1", QDate(2023, 4, 16), 20'000'000)).ok());
        ASSERT_TRUE(service().postRepayment(repayment("L4", QDate(2023, 7, 20), 10'000'000)).ok());
        EXPECT_EQ(total(YearMonth(2023, 7)).outstandingEnd, vnd(159'000'000));
        outer.rollback();
    }
    EXPECT_EQ(ReportBuilder(db()).dataSpan()->lastDay, QDate(2023, 3, 5)); // nothing of it is left
    EXPECT_EQ(trail(db()).size(), 15);
    {
        TransactionGuard outer(db());
        ASSERT_TRUE(service().postRepayment(repayment("L1", QDate(2023, 4, 15), 3'000'000)).ok());
        ASSERT_TRUE(service().postRepayment(repayment("L4", QDate(2023, 7, 20), 10'000'000)).ok());
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(total(YearMonth(2023, 7)).outstandingEnd, vnd(159'000'000));
    EXPECT_TRUE(violations().isEmpty()) << violations().join(u'\n').toStdString();
}

TEST_F(PortfolioServiceTest, TheOfficesSettingsLiveInTheDatabaseWithAnAuditRow)
{
    OfficeSettingsRepository repository(db());
    ASSERT_TRUE(repository.load().ok());
    EXPECT_TRUE(repository.load()->isBlank());
    EXPECT_FALSE(repository.load()->demonstration);

    OfficeSettings settings;
    settings.officeName = QStringLiteral("  PHÒNG GIAO DỊCH   HUYỆN LÝ NHÂN ");
    settings.place = QStringLiteral("Lý Nhân");
    settings.directorName = QStringLiteral("Trần Văn Minh");
    const qsizetype before = trail(db()).size();
    ASSERT_TRUE(service().saveOfficeSettings(settings, QStringLiteral("new director")).ok());
    OfficeSettings stored = *repository.load();
    EXPECT_EQ(stored.officeName, QStringLiteral("PHÒNG GIAO DỊCH HUYỆN LÝ NHÂN"));
    EXPECT_EQ(stored.place, QStringLiteral("Lý Nhân"));
    EXPECT_EQ(stored.directorName, QStringLiteral("Trần Văn Minh"));
    EXPECT_TRUE(stored.preparerName.isEmpty());
    QList<AuditEntry> rows = trail(db());
    ASSERT_EQ(rows.size(), before + 1);
    EXPECT_EQ(rows.front().operation, AuditOperation::kEditOfficeSettings);
    EXPECT_EQ(rows.front().reason, QStringLiteral("new director"));
    EXPECT_TRUE(rows.front().newValues.contains(QStringLiteral("director_name: Trần Văn Minh")))
        << rows.front().newValues.toStdString();

    // Saving the same values again writes nothing; clearing a text removes it and says what it was.
    ASSERT_TRUE(service().saveOfficeSettings(stored).ok());
    EXPECT_EQ(trail(db()).size(), before + 1);
    stored.place.clear();
    ASSERT_TRUE(service().saveOfficeSettings(stored).ok());
    EXPECT_TRUE(repository.load()->place.isEmpty());
    rows = trail(db());
    ASSERT_EQ(rows.size(), before + 2);
    EXPECT_TRUE(rows.front().oldValues.contains(QStringLiteral("place: Lý Nhân")));

    // The demonstration mark is set once, never by the settings, and never cleared by them.
    OfficeSettings claim = *repository.load();
    claim.demonstration = true;
    ASSERT_TRUE(service().saveOfficeSettings(claim).ok());
    EXPECT_FALSE(repository.load()->demonstration);
    ASSERT_TRUE(service().markDemonstration().ok());
    ASSERT_TRUE(service().markDemonstration().ok());
    EXPECT_TRUE(repository.load()->demonstration);
    EXPECT_EQ(trail(db()).size(), before + 3);
    claim.demonstration = false;
    ASSERT_TRUE(service().saveOfficeSettings(claim).ok());
    EXPECT_TRUE(repository.load()->demonstration);
}

TEST_F(PortfolioServiceTest, EveryWriteRefusesFieldsBeyondTheirLimits)
{
    const QString longName(FieldLimits::kName + 1, u'A');
    const QString longText(FieldLimits::kText + 1, u'x');
    const QString tooLong = QStringLiteral("characters long; at most");
    const qsizetype before = trail(db()).size();

    EXPECT_TRUE(refusedWith(service().registerCommune({QStringLiteral("13399"), longName}),
                            QStringLiteral("name: is 201 characters long; at most 200 are allowed")));
    Repayment entry = repayment("L2", QDate(2023, 9, 1), 1'000'000);
    ASSERT_TRUE(service().postRepayment(entry).ok());
    const qint64 entryNo = *RepaymentRepository(db()).maxEntryNo();
    EXPECT_TRUE(refusedWith(service().reverseRepayment(entryNo, QDate(2023, 9, 2), longText),
                            QStringLiteral("reason: is 1001 characters long; at most 1000 are allowed")));
    ASSERT_TRUE(service().closeMonth(YearMonth(2023, 1)).ok());
    EXPECT_TRUE(refusedWith(service().reopenMonth(YearMonth(2023, 1), longText), tooLong));
    OfficeSettings settings;
    settings.directorName = longName;
    EXPECT_TRUE(refusedWith(service().saveOfficeSettings(settings),
                            QStringLiteral("director_name: is 201 characters long")));
    settings.directorName = QStringLiteral("Trần Văn Minh");
    EXPECT_TRUE(refusedWith(service().saveOfficeSettings(settings, longText), tooLong));
    // Only the repayment and the closing were written.
    EXPECT_EQ(trail(db()).size(), before + 2);
}

// Two windows (or two computers) edit the same loan: the save based on the version both read after the other
// one saved is refused inside its transaction, naming who changed the loan and when; nothing of it is
// written.
TEST_F(PortfolioServiceTest, AnEditBasedOnAStaleVersionIsRefusedWithWhoAndWhen)
{
    Loan mine = storedLoan(db(), QStringLiteral("L2"));
    Loan theirs = mine;
    EXPECT_EQ(mine.version, 1);
    const QDateTime lanSaved(QDate(2025, 6, 2), QTime(7, 32), QTimeZone::utc());
    PortfolioService lan(db(), Actor{QStringLiteral("lan"), [lanSaved]() { return lanSaved; }});
    theirs.purpose = QStringLiteral("Chăn nuôi bò");
    ASSERT_TRUE(lan.editLoan(theirs).ok());
    EXPECT_EQ(storedLoan(db(), QStringLiteral("L2")).version, 2);

    mine.amount = vnd(25'000'000);
    const Status refused = service().editLoan(mine);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
    EXPECT_EQ(refused.error().cause, Error::Cause::Stale);
    const QString at = lanSaved.toLocalTime().toString(QStringLiteral("HH:mm"));
    EXPECT_EQ(refused.error().message, QStringLiteral("Loan L2 was changed by lan at %1 — reload").arg(at));
    const Loan kept = storedLoan(db(), QStringLiteral("L2"));
    EXPECT_EQ(kept.amount, vnd(20'000'000));
    EXPECT_EQ(kept.purpose, QStringLiteral("Chăn nuôi bò"));
    EXPECT_EQ(kept.version, 2);

    // Reloaded, the same change goes through and raises the version again.
    Loan reloaded = kept;
    reloaded.amount = vnd(25'000'000);
    ASSERT_TRUE(service().editLoan(reloaded).ok());
    EXPECT_EQ(storedLoan(db(), QStringLiteral("L2")).version, 3);

    // The same for a commune, a group and a borrower.
    ASSERT_TRUE(lan.editCommune({QStringLiteral("C1"), QStringLiteral("Phường Một"), 1}).ok());
    EXPECT_TRUE(refusedWith(service().editCommune({QStringLiteral("C1"), QStringLiteral("Xã Khác"), 1}),
                            QStringLiteral("Commune C1 was changed by lan at %1 — reload").arg(at)));
    Group g3{
        QStringLiteral("G3"),     QStringLiteral("Tổ G3"),       QStringLiteral("C2"), QStringLiteral("CCB"),
        QStringLiteral("Thôn 1"), QStringLiteral("Trần Văn Ba"), QDate(2012, 3, 1),    1};
    ASSERT_TRUE(lan.editGroup(g3).ok());
    g3.village = QStringLiteral("Thôn 2");
    EXPECT_TRUE(refusedWith(service().editGroup(g3), QStringLiteral("Group G3 was changed by lan")));
    Borrower b3{QStringLiteral("B3"),
                BorrowerKind::Household,
                QStringLiteral("001100000003"),
                QStringLiteral("Hộ B3 mới"),
                QStringLiteral("C1"),
                QStringLiteral("G2"),
                QString(),
                1};
    ASSERT_TRUE(lan.editBorrower(b3).ok());
    b3.village = QStringLiteral("Thôn 9");
    EXPECT_TRUE(refusedWith(service().editBorrower(b3), QStringLiteral("Borrower B3 was changed by lan")));
}
