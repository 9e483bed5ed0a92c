// Export then import into an empty database keeps everything (csv.md, issue "one write path" point 6): every
// entry with its number, reversed or not, every reversal with its reason, every move; so every figure of
// every month and every borrower's ledger come out the same.
#include "ServiceTestSupport.h"
#include "TestData.h"

#include "io/Exporter.h"
#include "io/Importer.h"
#include "report/PortfolioBrowser.h"
#include "report/ReportRenderers.h"

#include <QDir>
#include <QTemporaryDir>

namespace {

QMap<QString, QByteArray> filesOf(const QString& folder)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        files.insert(name, TestData::readFile(QDir(folder).filePath(name)));
    return files;
}

/// The ledger of a borrower as text: every line with its marks.
QString ledgerText(Database& database, const QString& borrowerId, const QDate& asOf)
{
    auto ledger = PortfolioBrowser(database).ledger(borrowerId, asOf);
    EXPECT_TRUE(ledger.ok());
    if (!ledger)
        return {};
    QStringList lines;
    for (const auto& membership : ledger->memberships)
        lines.append(QStringLiteral("member %1 %2 %3")
                         .arg(Dates::toIso(membership.from), membership.communeCode, membership.groupCode));
    for (const auto& loan : ledger->loans) {
        lines.append(
            QStringLiteral("loan %1 %2").arg(loan.loan.loanNo, loan.position.outstanding.toPlainString()));
        for (const auto& r : loan.repayments)
            lines.append(QStringLiteral("  %1 %2 %3 %4 no.%5 rev.%6 by.%7 %8")
                             .arg(Dates::toIso(r.paidOn), r.principal.toPlainString(),
                                  r.interest.toPlainString(), r.outstandingAfter.toPlainString())
                             .arg(r.marks.entryNo)
                             .arg(r.marks.reverses)
                             .arg(r.marks.reversedBy)
                             .arg(r.marks.reason));
    }
    for (const auto& s : ledger->savings)
        lines.append(QStringLiteral("  savings %1 %2 %3 no.%4 rev.%5 by.%6 %7")
                         .arg(Dates::toIso(s.on), s.amount.toPlainString(), s.balanceAfter.toPlainString())
                         .arg(s.marks.entryNo)
                         .arg(s.marks.reverses)
                         .arg(s.marks.reversedBy)
                         .arg(s.marks.reason));
    return lines.join(u'\n');
}

} // namespace

using ExportRoundTripTest = SmallBookTest;

TEST_F(ExportRoundTripTest, KeepsEveryEntryReversalAndMove)
{
    PortfolioService& s = service();
    ASSERT_TRUE(
        s.postRepayment({QStringLiteral("L1"), QDate(2023, 4, 15), vnd(3'000'000), vnd(60'000)}).ok());
    ASSERT_TRUE(s.postRepayment({QStringLiteral("L1"), QDate(2023, 4, 16), vnd(3'000'000), vnd(0)}).ok());
    ASSERT_TRUE(s.reverseRepayment(2, QDate(2023, 5, 3), QStringLiteral("posted twice")).ok());
    ASSERT_TRUE(
        s.postRepayment({QStringLiteral("L4"), QDate(2023, 7, 20), vnd(10'000'000), vnd(120'000)}).ok());
    ASSERT_TRUE(s.reverseRepayment(4, QDate(2023, 7, 20), QStringLiteral("wrong borrower, same day")).ok());
    ASSERT_TRUE(s.postSavings({QStringLiteral("B1"), QDate(2023, 3, 1), vnd(500'000)}).ok());
    ASSERT_TRUE(s.postSavings({QStringLiteral("B1"), QDate(2023, 6, 1), vnd(-200'000)}).ok());
    ASSERT_TRUE(s.reverseSavings(2, QDate(2023, 6, 9), QStringLiteral("she did not withdraw")).ok());
    ASSERT_TRUE(
        s.moveBorrower({QStringLiteral("B1"), QDate(2023, 5, 10), QStringLiteral("G2"), QString()}).ok());
    ASSERT_TRUE(
        s.moveBorrower({QStringLiteral("B1"), QDate(2023, 8, 1), QStringLiteral("G3"), QString()}).ok());
    ASSERT_TRUE(
        s.moveBorrower({QStringLiteral("O1"), QDate(2023, 6, 15), QString(), QStringLiteral("C1")}).ok());
    ASSERT_TRUE(s.closeMonthsThrough(YearMonth(2023, 5)).ok());

    QTemporaryDir first;
    ASSERT_TRUE(Exporter(db()).exportTo(first.path()).ok());
    const QMap<QString, QByteArray> exported = filesOf(first.path());
    ASSERT_EQ(exported.keys(), QStringList({QStringLiteral("borrowers.csv"), QStringLiteral("communes.csv"),
                                            QStringLiteral("groups.csv"), QStringLiteral("loans.csv"),
                                            QStringLiteral("moves.csv"), QStringLiteral("repayments.csv"),
                                            QStringLiteral("savings.csv"), QStringLiteral("schedule.csv")}));
    EXPECT_EQ(
        exported[QStringLiteral("moves.csv")],
        "borrower_id,on,group_code,commune_code\nB1,2023-05-10,G2,\nB1,2023-08-01,G3,\nO1,2023-06-15,,C1\n");
    EXPECT_EQ(exported[QStringLiteral("repayments.csv")],
              "loan_no,paid_on,principal,interest,entry_no,reverses,reason\n"
              "L1,2023-04-15,3000000,60000,1,,\n"
              "L1,2023-04-16,3000000,0,2,,\n"
              "L1,2023-05-03,3000000,0,3,2,posted twice\n"
              "L4,2023-07-20,10000000,120000,4,,\n"
              "L4,2023-07-20,10000000,120000,5,4,\"wrong borrower, same day\"\n");
    EXPECT_EQ(exported[QStringLiteral("savings.csv")], "borrower_id,on,amount,entry_no,reverses,reason\n"
                                                       "B1,2023-03-01,500000,1,,\n"
                                                       "B1,2023-06-01,-200000,2,,\n"
                                                       "B1,2023-06-09,-200000,3,2,she did not withdraw\n");
    // The first membership stays in borrowers.csv.
    EXPECT_TRUE(exported[QStringLiteral("borrowers.csv")].contains("B1,household,001100000001,Hộ B1,C1,G1,"));

    TempDatabase copy;
    auto imported = Importer(copy.db(), testActor()).importFolder(first.path());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    QTemporaryDir second;
    ASSERT_TRUE(Exporter(copy.db()).exportTo(second.path()).ok());
    EXPECT_EQ(filesOf(second.path()), exported);

    ReportBuilder a(db());
    ReportBuilder b(copy.db());
    auto span = a.dataSpan();
    ASSERT_TRUE(span.ok());
    EXPECT_EQ(span->lastDay, QDate(2023, 8, 1));
    for (const YearMonth month : span->months()) {
        for (const Breakdown by :
             {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
            SCOPED_TRACE(QString(month.toIsoString() + u' ' + breakdownCode(by)).toStdString());
            auto left = a.summary(month, by);
            auto right = b.summary(month, by);
            ASSERT_TRUE(left.ok() && right.ok());
            EXPECT_EQ(ReportRenderers::toCsv(*left), ReportRenderers::toCsv(*right));
            EXPECT_EQ(ReportRenderers::toCsv(*a.ageing(month.lastDay(), by)),
                      ReportRenderers::toCsv(*b.ageing(month.lastDay(), by)));
        }
    }
    for (const QString& id : {QStringLiteral("B1"), QStringLiteral("B4"), QStringLiteral("O1")}) {
        for (const QDate& day : {QDate(2023, 4, 30), QDate(2023, 6, 30), QDate(2023, 8, 1)}) {
            const QString ledger = ledgerText(db(), id, day);
            EXPECT_FALSE(ledger.isEmpty());
            EXPECT_EQ(ledgerText(copy.db(), id, day), ledger) << id.toStdString();
        }
    }
    EXPECT_TRUE(ledgerText(db(), QStringLiteral("B1"), QDate(2023, 8, 1))
                    .contains(QStringLiteral("2023-04-16 3000000 0 6000000 no.2 rev.0 by.3 posted twice")));
}
