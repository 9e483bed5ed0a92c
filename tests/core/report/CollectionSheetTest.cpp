// The commune transaction day's sheet: every group of the commune with its members on the day, their loans
// with what is proposed to collect, and their savings; its group totals equal the independently computed
// summary by group of portfolio-small.
#include "TempDatabase.h"
#include "TestData.h"

#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "report/CollectionSheet.h"

#include <QHash>

#include <gtest/gtest.h>

namespace {

struct ExpectedGroup
{
    int borrowers = 0;
    int loans = 0;
    qint64 outstanding = 0;
    qint64 overdue = 0;
    qint64 savings = 0;
};

/// The rows of summary-2023-08-group.csv (computed independently from the spec).
QHash<QString, ExpectedGroup> expectedGroups()
{
    const QByteArray text = TestData::readFile(
        TestData::fixture(QStringLiteral("portfolio-small/expected/summary-2023-08-group.csv")));
    QHash<QString, ExpectedGroup> rows;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        if (f.size() < 13)
            continue;
        rows.insert(QString::fromUtf8(f[0]),
                    {f[2].toInt(), f[3].toInt(), f[8].toLongLong(), f[9].toLongLong(), f[12].toLongLong()});
    }
    return rows;
}

} // namespace

TEST(CollectionSheet, GroupTotalsEqualTheSummaryByGroupAtTheMonthsEnd)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("portfolio-small")));
    const QHash<QString, ExpectedGroup> expected = expectedGroups();
    ASSERT_FALSE(expected.isEmpty());
    auto communes = CommuneRepository(temp.db()).all();
    ASSERT_TRUE(communes.ok());
    int groupsSeen = 0;
    for (const Commune& commune : std::as_const(*communes)) {
        SCOPED_TRACE(commune.code.toStdString());
        auto sheet = CollectionSheetBuilder(temp.db()).build(commune.code, QDate(2023, 8, 31));
        ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
        EXPECT_EQ(sheet->communeName, commune.name);
        CollectionSheet::Totals sum;
        for (const CollectionSheet::GroupSheet& group : sheet->groups) {
            SCOPED_TRACE(group.group.code.toStdString());
            EXPECT_EQ(group.group.communeCode, commune.code);
            ++groupsSeen;
            const ExpectedGroup want = expected.value(group.group.code);
            int withLoans = 0;
            for (const CollectionSheet::Member& member : group.members) {
                if (!member.loans.isEmpty())
                    ++withLoans;
                EXPECT_TRUE(!member.loans.isEmpty() || member.savings != Money()) << "nothing to collect";
                for (const CollectionSheet::Loan& loan : member.loans) {
                    EXPECT_GT(loan.proposal.outstanding, Money());
                    EXPECT_LE(loan.proposal.principalDue, loan.proposal.outstanding);
                    EXPECT_GE(loan.proposal.principalDue, loan.proposal.overdue);
                    EXPECT_GT(loan.rate.tenThousandths(), 0);
                }
            }
            EXPECT_EQ(withLoans, want.borrowers);
            EXPECT_EQ(group.totals.loans, want.loans);
            EXPECT_EQ(group.totals.outstanding.dong(), want.outstanding);
            EXPECT_EQ(group.totals.overdue.dong(), want.overdue);
            EXPECT_EQ(group.totals.savings.dong(), want.savings);
            sum.add(group.totals);
        }
        EXPECT_EQ(sum.outstanding, sheet->totals.outstanding);
        EXPECT_EQ(sum.interest, sheet->totals.interest);
        EXPECT_EQ(sum.members, sheet->totals.members);
    }
    auto groups = GroupRepository(temp.db()).all();
    ASSERT_TRUE(groups.ok());
    EXPECT_EQ(groupsSeen, groups->size()); // every group once, in its own commune
}

TEST(CollectionSheet, RefusesAnUnknownCommuneOrNoDay)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("portfolio-small")));
    EXPECT_FALSE(CollectionSheetBuilder(temp.db()).build(QStringLiteral("99999"), QDate(2023, 8, 31)).ok());
    EXPECT_FALSE(CollectionSheetBuilder(temp.db()).build(QStringLiteral("13321"), QDate()).ok());
}
