#include "TempDatabase.h"

#include "domain/Dates.h"
#include "repo/ReferenceRepository.h"
#include "validation/RecordSet.h"

#include <gtest/gtest.h>

namespace {

Money m(qint64 dong)
{
    return Money::fromDong(dong);
}

QStringList fields(const FieldProblems& problems)
{
    QStringList names;
    for (const FieldProblem& p : problems)
        names.append(p.field);
    return names;
}

/// A small world: one commune with one group, a household in it, an organisation outside any group, one loan.
class ValidationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto catalogue = ReferenceRepository(m_temp.db()).catalogue();
        ASSERT_TRUE(catalogue.ok());
        m_records.setCatalogue(*catalogue);
        m_records.communes.insert(QStringLiteral("C1"), {QStringLiteral("C1"), QStringLiteral("Xã Một")});
        m_records.communes.insert(QStringLiteral("C2"), {QStringLiteral("C2"), QStringLiteral("Phường Hai")});
        m_records.groups.insert(QStringLiteral("G1"), group());
        m_records.borrowers.insert(QStringLiteral("B1"), household());
        Borrower org;
        org.id = QStringLiteral("B3");
        org.kind = BorrowerKind::Organization;
        org.idNumber = QStringLiteral("0101234567");
        org.fullName = QStringLiteral("HTX E");
        org.communeCode = QStringLiteral("C2");
        m_records.borrowers.insert(org.id, org);
        m_records.loans.insert(QStringLiteral("L1"), loan());
    }

    static Group group()
    {
        return {QStringLiteral("G1"),  QStringLiteral("Tổ Một"), QStringLiteral("C1"),
                QStringLiteral("HPN"), QStringLiteral("Thôn 1"), QStringLiteral("Nguyễn Thị A"),
                QDate(2010, 1, 1)};
    }
    static Borrower household()
    {
        Borrower b;
        b.id = QStringLiteral("B1");
        b.idNumber = QStringLiteral("035123456789");
        b.fullName = QStringLiteral("Lê Văn C");
        b.communeCode = QStringLiteral("C1");
        b.groupCode = QStringLiteral("G1");
        return b;
    }
    static Loan loan()
    {
        Loan l;
        l.loanNo = QStringLiteral("L1");
        l.borrowerId = QStringLiteral("B1");
        l.programCode = QStringLiteral("HN");
        l.amount = m(12'000'000);
        l.disbursedOn = QDate(2023, 1, 15);
        l.maturityOn = QDate(2024, 1, 15);
        return l;
    }

    TempDatabase m_temp;
    RecordSet m_records;
};

} // namespace

TEST_F(ValidationTest, AValidWorldHasNoProblems)
{
    EXPECT_TRUE(Validation::checkCommune(m_records.communes[QStringLiteral("C1")]).isEmpty());
    EXPECT_TRUE(Validation::checkGroup(group(), m_records).isEmpty());
    EXPECT_TRUE(Validation::checkBorrower(household(), m_records).isEmpty());
    EXPECT_TRUE(Validation::checkBorrower(m_records.borrowers[QStringLiteral("B3")], m_records).isEmpty());
    EXPECT_TRUE(Validation::checkLoan(loan(), m_records).isEmpty());
}

TEST_F(ValidationTest, NamesMustNotBeBlank)
{
    Commune c{QStringLiteral("C9"), QStringLiteral("   ")};
    EXPECT_EQ(fields(Validation::checkCommune(c)), QStringList({QStringLiteral("name")}));
    Group g = group();
    g.leaderName = QStringLiteral(" ");
    EXPECT_EQ(fields(Validation::checkGroup(g, m_records)), QStringList({QStringLiteral("leader_name")}));
}

TEST_F(ValidationTest, ReferencesMustExist)
{
    Group g = group();
    g.communeCode = QStringLiteral("C9");
    g.organizationCode = QStringLiteral("XYZ");
    EXPECT_EQ(fields(Validation::checkGroup(g, m_records)),
              QStringList({QStringLiteral("commune_code"), QStringLiteral("organization_code")}));
    Borrower b = household();
    b.groupCode = QStringLiteral("G9");
    EXPECT_EQ(fields(Validation::checkBorrower(b, m_records)), QStringList({QStringLiteral("group_code")}));
    Loan l = loan();
    l.borrowerId = QStringLiteral("B9");
    l.programCode = QStringLiteral("XX");
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)),
              QStringList({QStringLiteral("borrower_id"), QStringLiteral("program_code")}));
    Repayment r{QStringLiteral("L-00077"), QDate(2023, 2, 1), m(1), m(0)};
    const FieldProblems problems = Validation::checkRepayment(r, m_records);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message, QStringLiteral("no loan L-00077 in this import or the database"));
}

TEST_F(ValidationTest, AMissingReferenceIsNotBlamedWhenItsFileCouldNotBeRead)
{
    m_records.partial.insert(ValidationContext::Kind::Loan);
    Repayment r{QStringLiteral("L-00077"), QDate(2023, 2, 1), m(1), m(0)};
    EXPECT_TRUE(Validation::checkRepayment(r, m_records).isEmpty());
}

TEST_F(ValidationTest, IdNumbersFollowTheBorrowerKind)
{
    EXPECT_TRUE(Validation::isValidIdNumber(BorrowerKind::Household, QStringLiteral("035123456789")));
    EXPECT_TRUE(Validation::isValidIdNumber(BorrowerKind::Household, QStringLiteral("123456789")));
    EXPECT_FALSE(Validation::isValidIdNumber(BorrowerKind::Household, QStringLiteral("03512345678")));
    EXPECT_FALSE(Validation::isValidIdNumber(BorrowerKind::Household, QStringLiteral("0351234567890")));
    EXPECT_FALSE(Validation::isValidIdNumber(BorrowerKind::Household, QStringLiteral("03512345678a")));
    EXPECT_TRUE(Validation::isValidIdNumber(BorrowerKind::Organization, QStringLiteral("0101234567")));
    EXPECT_TRUE(Validation::isValidIdNumber(BorrowerKind::Organization, QStringLiteral("0101234567-001")));
    EXPECT_FALSE(Validation::isValidIdNumber(BorrowerKind::Organization, QStringLiteral("0101234567-01")));
    EXPECT_FALSE(Validation::isValidIdNumber(BorrowerKind::Organization, QStringLiteral("035123456789")));
}

TEST_F(ValidationTest, GroupedBorrowersLiveInTheGroupsCommuneAndOrganisationsAreInNoGroup)
{
    Borrower b = household();
    b.communeCode = QStringLiteral("C2");
    const FieldProblems problems = Validation::checkBorrower(b, m_records);
    ASSERT_EQ(fields(problems), QStringList({QStringLiteral("commune_code")}));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("G1")));
    Borrower org = m_records.borrowers[QStringLiteral("B3")];
    org.groupCode = QStringLiteral("G1");
    EXPECT_EQ(fields(Validation::checkBorrower(org, m_records)), QStringList({QStringLiteral("group_code")}));
}

TEST_F(ValidationTest, AmountWithinTheCapInForceOnTheDisbursementDate)
{
    Loan l = loan();
    l.programCode = QStringLiteral("HMTN");
    l.amount = m(120'000'000);
    l.disbursedOn = QDate(2023, 3, 2);
    l.maturityOn = QDate(2024, 3, 2);
    const FieldProblems problems = Validation::checkLoan(l, m_records);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("amount"));
    EXPECT_EQ(problems[0].message,
              QStringLiteral("120000000 is above the HMTN cap of 100000000 in force on 2023-03-02"));
    l.amount = m(100'000'000);
    EXPECT_TRUE(Validation::checkLoan(l, m_records).isEmpty());

    // SXKD: 50 million until 7 August 2023, 100 million from 8 August.
    l.programCode = QStringLiteral("SXKD");
    l.amount = m(80'000'000);
    l.disbursedOn = QDate(2023, 8, 7);
    l.maturityOn = QDate(2025, 8, 7);
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("amount")}));
    l.disbursedOn = QDate(2023, 8, 8);
    EXPECT_TRUE(Validation::checkLoan(l, m_records).isEmpty());

    l.amount = m(0);
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("amount")}));
}

TEST_F(ValidationTest, NoTermsBeforeTheProgramBegan)
{
    Loan l = loan();
    l.programCode = QStringLiteral("MTHT");
    l.amount = m(5'000'000);
    l.disbursedOn = QDate(2022, 4, 7);
    l.maturityOn = QDate(2023, 4, 7);
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("disbursed_on")}));
    l.disbursedOn = QDate(2022, 4, 8);
    l.maturityOn = QDate(2023, 4, 8);
    EXPECT_TRUE(Validation::checkLoan(l, m_records).isEmpty());
}

TEST_F(ValidationTest, MaturityWithinTheMaximumTermCountedAsACalendarDoes)
{
    Loan l = loan();
    l.programCode = QStringLiteral("MTHT"); // 36 months
    l.amount = m(5'000'000);
    l.disbursedOn = QDate(2023, 1, 31);
    l.maturityOn = QDate(2026, 1, 31);
    EXPECT_TRUE(Validation::checkLoan(l, m_records).isEmpty());
    l.maturityOn = QDate(2026, 2, 1);
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("maturity_on")}));
    l.maturityOn = l.disbursedOn;
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("maturity_on")}));

    // 36 months from 30 November 2022 is 30 November 2025; from 29 February 2024, 28 February 2027.
    l.disbursedOn = QDate(2024, 2, 29);
    l.maturityOn = QDate(2027, 2, 28);
    EXPECT_TRUE(Validation::checkLoan(l, m_records).isEmpty());
    l.maturityOn = QDate(2027, 3, 1);
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("maturity_on")}));
}

TEST_F(ValidationTest, FrozenNotBeforeDisbursement)
{
    Loan l = loan();
    l.frozenOn = QDate(2023, 1, 14);
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("frozen_on")}));
    l.frozenOn = QDate(2023, 1, 15);
    EXPECT_TRUE(Validation::checkLoan(l, m_records).isEmpty());
}

TEST_F(ValidationTest, InstallmentsLieBetweenDisbursementAndMaturity)
{
    EXPECT_TRUE(
        Validation::checkInstallment({QStringLiteral("L1"), QDate(2024, 1, 15), m(1)}, m_records).isEmpty());
    EXPECT_EQ(
        fields(Validation::checkInstallment({QStringLiteral("L1"), QDate(2023, 1, 15), m(1)}, m_records)),
        QStringList({QStringLiteral("due_on")}));
    EXPECT_EQ(
        fields(Validation::checkInstallment({QStringLiteral("L1"), QDate(2024, 1, 16), m(1)}, m_records)),
        QStringList({QStringLiteral("due_on")}));
    EXPECT_EQ(
        fields(Validation::checkInstallment({QStringLiteral("L1"), QDate(2023, 6, 1), m(0)}, m_records)),
        QStringList({QStringLiteral("principal")}));
}

TEST_F(ValidationTest, ScheduleAddsUpToTheAmountAndEndsAtMaturity)
{
    const Loan l = loan();
    QList<Installment> rows = {{QStringLiteral("L1"), QDate(2023, 7, 15), m(6'000'000)},
                               {QStringLiteral("L1"), QDate(2024, 1, 15), m(6'000'000)}};
    EXPECT_TRUE(Validation::checkSchedule(l, rows).isEmpty());
    rows[1].principal = m(5'000'000);
    auto problems = Validation::checkSchedule(l, rows);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].index, 1);
    EXPECT_EQ(problems[0].problem.field, QStringLiteral("principal"));
    rows[1] = {QStringLiteral("L1"), QDate(2023, 12, 15), m(6'000'000)};
    problems = Validation::checkSchedule(l, rows);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].problem.field, QStringLiteral("due_on"));
    // The blame falls on a new row, never on one that is stored already.
    rows[1].dueOn = QDate(2024, 1, 15);
    rows[1].principal = m(1);
    problems = Validation::checkSchedule(l, rows, {true, false});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].index, 0);
}

TEST_F(ValidationTest, RepaymentRules)
{
    EXPECT_TRUE(Validation::checkRepayment({QStringLiteral("L1"), QDate(2023, 1, 15), m(0), m(5)}, m_records)
                    .isEmpty());
    EXPECT_EQ(
        fields(Validation::checkRepayment({QStringLiteral("L1"), QDate(2023, 1, 14), m(1), m(0)}, m_records)),
        QStringList({QStringLiteral("paid_on")}));
    EXPECT_EQ(
        fields(Validation::checkRepayment({QStringLiteral("L1"), QDate(2023, 2, 1), m(0), m(0)}, m_records)),
        QStringList({QStringLiteral("principal")}));
    EXPECT_EQ(
        fields(Validation::checkRepayment({QStringLiteral("L1"), QDate(2023, 2, 1), m(-5), m(0)}, m_records)),
        QStringList({QStringLiteral("principal")}));
}

TEST_F(ValidationTest, RepaidPrincipalNeverExceedsTheAmountAtADayEnd)
{
    const Loan l = loan();
    QList<Repayment> rows = {{QStringLiteral("L1"), QDate(2023, 4, 15), m(3'000'000), m(0)},
                             {QStringLiteral("L1"), QDate(2023, 8, 10), m(9'000'000), m(0)}};
    EXPECT_TRUE(Validation::checkRepaymentTotals(l, rows).isEmpty());
    rows.append({QStringLiteral("L1"), QDate(2023, 9, 1), m(1), m(0)});
    auto problems = Validation::checkRepaymentTotals(l, rows);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].index, 2);
    // Within one day the order does not matter, only the day's end.
    QList<Repayment> sameDay = {{QStringLiteral("L1"), QDate(2023, 4, 15), m(12'000'000), m(0)},
                                {QStringLiteral("L1"), QDate(2023, 4, 15), m(1), m(0)}};
    EXPECT_EQ(Validation::checkRepaymentTotals(l, sameDay).size(), 1);
}

TEST_F(ValidationTest, SavingsBelongToGroupMembersAndNeverGoNegative)
{
    EXPECT_TRUE(
        Validation::checkSavingsEntry({QStringLiteral("B1"), QDate(2023, 1, 20), m(500'000)}, m_records)
            .isEmpty());
    EXPECT_EQ(fields(Validation::checkSavingsEntry({QStringLiteral("B3"), QDate(2023, 1, 20), m(500'000)},
                                                   m_records)),
              QStringList({QStringLiteral("borrower_id")}));
    EXPECT_EQ(
        fields(Validation::checkSavingsEntry({QStringLiteral("B1"), QDate(2023, 1, 20), m(0)}, m_records)),
        QStringList({QStringLiteral("amount")}));
    QList<SavingsEntry> entries = {{QStringLiteral("B1"), QDate(2023, 1, 20), m(500'000)},
                                   {QStringLiteral("B1"), QDate(2023, 8, 31), m(-200'000)},
                                   {QStringLiteral("B1"), QDate(2023, 9, 1), m(-300'000)}};
    EXPECT_TRUE(Validation::checkSavingsBalance(entries).isEmpty());
    // A withdrawal and a deposit on the same day: only the day's end counts.
    entries.append({QStringLiteral("B1"), QDate(2023, 10, 1), m(-100'000)});
    entries.append({QStringLiteral("B1"), QDate(2023, 10, 1), m(100'000)});
    EXPECT_TRUE(Validation::checkSavingsBalance(entries).isEmpty());
    entries.append({QStringLiteral("B1"), QDate(2023, 10, 2), m(-1)});
    const auto problems = Validation::checkSavingsBalance(entries);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].index, 5);
}

TEST_F(ValidationTest, FieldsAtTheirLimitsAreAccepted)
{
    Commune c{QString(FieldLimits::kCode, u'7'), QString(FieldLimits::kName, u'ư')};
    EXPECT_TRUE(Validation::checkCommune(c).isEmpty());
    Loan l = loan();
    l.purpose = QString(FieldLimits::kText, u'x');
    EXPECT_TRUE(Validation::checkLoan(l, m_records).isEmpty());
}

TEST_F(ValidationTest, FieldsBeyondTheirLimitsAreRefusedByName)
{
    Commune c{QString(FieldLimits::kCode + 1, u'7'), QString(FieldLimits::kName + 1, u'ư')};
    const FieldProblems communeProblems = Validation::checkCommune(c);
    EXPECT_EQ(fields(communeProblems), QStringList({QStringLiteral("code"), QStringLiteral("name")}));
    EXPECT_EQ(communeProblems[1].message, QStringLiteral("is 201 characters long; at most 200 are allowed"));

    Group g = group();
    g.leaderName = QString(FieldLimits::kName + 1, u'A');
    g.village = QString(FieldLimits::kName + 1, u'A');
    EXPECT_EQ(fields(Validation::checkGroup(g, m_records)),
              QStringList({QStringLiteral("village"), QStringLiteral("leader_name")}));

    Borrower b = household();
    b.fullName = QString(FieldLimits::kName + 1, u'A');
    EXPECT_EQ(fields(Validation::checkBorrower(b, m_records)), QStringList({QStringLiteral("full_name")}));

    Loan l = loan();
    l.purpose = QString(FieldLimits::kText + 1, u'x');
    EXPECT_EQ(fields(Validation::checkLoan(l, m_records)), QStringList({QStringLiteral("purpose")}));

    Repayment r(QStringLiteral("L1"), QDate(2023, 2, 1), m(1'000'000), m(0));
    r.reason = QString(FieldLimits::kText + 1, u'x');
    EXPECT_EQ(fields(Validation::checkRepayment(r, m_records)), QStringList({QStringLiteral("reason")}));

    SavingsEntry s(QStringLiteral("B1"), QDate(2023, 2, 1), m(50'000));
    s.reason = QString(FieldLimits::kText + 1, u'x');
    EXPECT_EQ(fields(Validation::checkSavingsEntry(s, m_records)), QStringList({QStringLiteral("reason")}));
}

TEST_F(ValidationTest, AMessageNeverEchoesAHugeValue)
{
    // A 10 MB reference to a commune: too long, unknown, and named by its first 40 characters only.
    Group g = group();
    g.communeCode = QString(10 * 1024 * 1024, u'9');
    const FieldProblems problems = Validation::checkGroup(g, m_records);
    ASSERT_EQ(fields(problems),
              QStringList({QStringLiteral("commune_code"), QStringLiteral("commune_code")}));
    EXPECT_EQ(problems[0].message, QStringLiteral("is 10485760 characters long; at most 50 are allowed"));
    EXPECT_EQ(problems[1].message, QStringLiteral("no commune ") + QString(40, u'9') +
                                       QStringLiteral("… in this import or the database"));
}

TEST(FieldLimits, ShortenedKeepsShortValuesAndCutsLongOnes)
{
    EXPECT_EQ(FieldLimits::shortened(QStringLiteral("13324")), QStringLiteral("13324"));
    EXPECT_EQ(FieldLimits::shortened(QString(40, u'a')), QString(40, u'a'));
    EXPECT_EQ(FieldLimits::shortened(QString(41, u'a')), QString(40, u'a') + u'…');
    // A character outside the BMP is not cut in half.
    const QString emoji = QString(39, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("tail");
    EXPECT_EQ(FieldLimits::shortened(emoji), QString(39, u'a') + u'…');
}
