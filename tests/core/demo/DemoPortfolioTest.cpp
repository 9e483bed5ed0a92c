// The demonstration portfolio meets every figure cli.md lists for the Duy Tiên office at the end of August
// 2023, is deterministic, and obeys every rule of domain.md §4 (checked by the same code as `loandesk-cli
// check`).
#include "DemoPortfolioSuite.h"
#include "TempDatabase.h"

#include "calc/KeptTotals.h"
#include "check/PortfolioCheck.h"
#include "db/Backup.h"
#include "demo/DemoPortfolio.h"
#include "io/Importer.h"
#include "repo/AuditRepository.h"
#include "repo/BorrowerRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/OfficeSettingsRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "report/PortfolioBrowser.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"
#include "service/PortfolioService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

constexpr qint64 kBillion = 1'000'000'000;
const YearMonth kAugust2023(2023, 8);

Figures rowOf(const ReportTable& table, const QString& key)
{
    for (const ReportRow& row : table.rows) {
        if (row.key == key)
            return row.figures;
    }
    ADD_FAILURE() << "no row " << key.toStdString();
    return {};
}

/// A digest of everything generate() produces, to compare two runs.
QByteArray digest(const PortfolioData& data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& text) { hash.addData(QByteArray(text.toUtf8() + '\x1f')); };
    for (const Commune& c : data.communes)
        add(c.code + c.name);
    for (const Group& g : data.groups)
        add(g.code + g.name + g.communeCode + g.organizationCode + g.village + g.leaderName +
            g.foundedOn.toString());
    for (const Borrower& b : data.borrowers)
        add(b.id + b.idNumber + b.fullName + b.communeCode + b.groupCode + b.village);
    for (const Loan& l : data.loans)
        add(l.loanNo + l.borrowerId + l.programCode + l.amount.toPlainString() + l.disbursedOn.toString() +
            l.maturityOn.toString() + (l.frozenOn ? l.frozenOn->toString() : QString()) + l.purpose);
    for (const Installment& i : data.installments)
        add(i.loanNo + i.dueOn.toString() + i.principal.toPlainString());
    for (const Repayment& r : data.repayments)
        add(r.loanNo + r.paidOn.toString() + r.principal.toPlainString() + r.interest.toPlainString());
    for (const SavingsEntry& s : data.savings)
        add(s.borrowerId + s.on.toString() + s.amount.toPlainString());
    return hash.result();
}

class DemoPortfolioTest : public DemoPortfolioSuite
{
protected:
    static ReportTable summary(Breakdown by)
    {
        auto table = ReportBuilder(db()).summary(kAugust2023, by);
        EXPECT_TRUE(table.ok());
        return table.ok() ? *table : ReportTable();
    }
};

} // namespace

TEST_F(DemoPortfolioTest, OutstandingPerProgramAsReportedForTheOffice)
{
    const ReportTable programs = summary(Breakdown::Program);
    const Money total = programs.total.figures.outstandingEnd;
    EXPECT_GE(total.dong(), 586 * kBillion);
    EXPECT_LE(total.dong(), 587 * kBillion);
    const struct
    {
        const char* code;
        qint64 low;
        qint64 high;
    } ranges[] = {
        {"HMTN", 230, 231}, {"NSVS", 108, 109}, {"HCN", 94, 95}, {"NOXH", 43, 44}, {"HSSV", 25, 26}};
    for (const auto& range : ranges) {
        const Money outstanding = rowOf(programs, QString::fromLatin1(range.code)).outstandingEnd;
        EXPECT_GE(outstanding.dong(), range.low * kBillion) << range.code;
        EXPECT_LE(outstanding.dong(), range.high * kBillion) << range.code;
    }
    ASSERT_EQ(programs.rows.size(), 12);
    for (const ReportRow& row : programs.rows)
        EXPECT_TRUE(row.figures.outstandingEnd.isPositive()) << row.key.toStdString();
}

TEST_F(DemoPortfolioTest, BorrowersCommunesGroupsAndOrganisations)
{
    const ReportTable programs = summary(Breakdown::Program);
    EXPECT_GE(programs.total.figures.borrowers, 9'000);
    EXPECT_LE(programs.total.figures.borrowers, 13'000);

    const ReportTable communes = summary(Breakdown::Commune);
    ASSERT_EQ(communes.rows.size(), 16);
    EXPECT_EQ(communes.rows.front().key, QStringLiteral("13321"));
    EXPECT_EQ(communes.rows.front().name, QStringLiteral("Phường Đồng Văn"));
    for (const ReportRow& row : communes.rows)
        EXPECT_TRUE(row.figures.outstandingEnd.isPositive()) << row.key.toStdString();

    const ReportTable groups = summary(Breakdown::Group);
    const qsizetype groupCount = groups.rows.size() - 1; // DIRECT is listed last
    EXPECT_GE(groupCount, 250);
    EXPECT_LE(groupCount, 350);

    const ReportTable organizations = summary(Breakdown::Organization);
    const Money hpn = rowOf(organizations, QStringLiteral("HPN")).outstandingEnd;
    const Money hnd = rowOf(organizations, QStringLiteral("HND")).outstandingEnd;
    const Money ccb = rowOf(organizations, QStringLiteral("CCB")).outstandingEnd;
    const Money dtn = rowOf(organizations, QStringLiteral("DTN")).outstandingEnd;
    EXPECT_GT(hpn, hnd);
    EXPECT_GT(hpn, ccb);
    EXPECT_LT(dtn, hnd);
    EXPECT_LT(dtn, ccb);
    EXPECT_TRUE(dtn.isPositive());

    // Organisations borrow directly, in the pre-school and job-creation programs.
    PortfolioFilter direct;
    direct.organizationCode = QStringLiteral("DIRECT");
    auto directPrograms = ReportBuilder(db()).summary(kAugust2023, Breakdown::Program, direct);
    ASSERT_TRUE(directPrograms.ok());
    EXPECT_TRUE(rowOf(*directPrograms, QStringLiteral("CSGD")).outstandingEnd.isPositive());
    EXPECT_TRUE(rowOf(*directPrograms, QStringLiteral("GQVL")).outstandingEnd.isPositive());

    // Savings of group members.
    EXPECT_TRUE(organizations.total.figures.savings.isPositive());
}

TEST_F(DemoPortfolioTest, ALittleOverdueDebtConcentratedInAFewGroupsAndSomeFrozenLoans)
{
    const ReportTable groups = summary(Breakdown::Group);
    const Figures& total = groups.total.figures;
    EXPECT_GE(total.overdueRatio().hundredths(), 2);  // 0.02 %
    EXPECT_LE(total.overdueRatio().hundredths(), 50); // 0.50 %
    EXPECT_TRUE(total.frozen.isPositive());

    QList<Money> overdueByGroup;
    for (const ReportRow& row : groups.rows)
        overdueByGroup.append(row.figures.overdue);
    std::sort(overdueByGroup.begin(), overdueByGroup.end(), std::greater<>());
    Money topTen;
    for (qsizetype i = 0; i < 10 && i < overdueByGroup.size(); ++i)
        topTen += overdueByGroup[i];
    EXPECT_GT(topTen.multipliedBy(2), total.overdue)
        << "the ten worst groups carry more than half the overdue debt";
    const auto withOverdue =
        std::count_if(overdueByGroup.cbegin(), overdueByGroup.cend(), [](Money m) { return m.isPositive(); });
    EXPECT_LT(withOverdue * 4, groups.rows.size()) << "overdue debt sits in a minority of groups";
}

TEST_F(DemoPortfolioTest, AMatureBookWithHistoryAndMonthlyActivity)
{
    ReportBuilder builder(db());
    auto latest = builder.latestMonthWithData();
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ(**latest, kAugust2023);
    // Loans were already outstanding in 2013 and the book did not start from zero.
    auto early = builder.summary(YearMonth(2013, 12), Breakdown::Program);
    ASSERT_TRUE(early.ok());
    EXPECT_TRUE(early->total.figures.outstandingEnd.isPositive());
    // Nothing before the first disbursement: that month is outside the months with data, and refused.
    auto span = builder.dataSpan();
    ASSERT_TRUE(span.ok());
    EXPECT_EQ(span->firstMonth(), YearMonth(2013, 1));
    EXPECT_FALSE(builder.summary(YearMonth(2012, 12), Breakdown::Program).ok());
    EXPECT_FALSE(builder.summary(YearMonth(2023, 9), Breakdown::Program).ok());
    // Every month repays principal and collects interest; loans are disbursed.
    const ReportTable august = summary(Breakdown::Program);
    EXPECT_TRUE(august.total.figures.collectedInterest.isPositive());
    EXPECT_TRUE(august.total.figures.collectedPrincipal.isPositive());
    EXPECT_TRUE(august.total.figures.disbursed.isPositive());
    // Every ageing bucket holds some overdue debt.
    for (std::size_t i = 0; i < kAgeBucketCount; ++i)
        EXPECT_TRUE(august.total.figures.ageing[i].isPositive()) << "bucket " << i;
}

TEST_F(DemoPortfolioTest, EveryMonthUpToJuly2023IsClosedAndAugustIsOpen)
{
    ReportBuilder builder(db());
    auto closed = builder.latestClosedMonth();
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(*closed, YearMonth(2023, 7));
    EXPECT_TRUE(builder.summary(YearMonth(2023, 7), Breakdown::Program)->closed);
    EXPECT_TRUE(builder.summary(YearMonth(2013, 1), Breakdown::Program)->closed);
    EXPECT_FALSE(summary(Breakdown::Program).closed); // August 2023: provisional
}

TEST_F(DemoPortfolioTest, IsMarkedAsDemonstrationData)
{
    auto settings = OfficeSettingsRepository(db()).load();
    ASSERT_TRUE(settings.ok());
    EXPECT_TRUE(settings->demonstration);
    EXPECT_TRUE(settings->isBlank()); // the office's own texts stay the defaults
}

TEST_F(DemoPortfolioTest, AHistoryOfAMatureBookGrowingSteadilyWithALittleOverdueDebt)
{
    // The dashboard's trend: from 2019 the book grows by a few percent a year without jumps, from 2016 the
    // overdue ratio stays low every month, and the office disburses and collects steadily.
    auto months = ReportBuilder(db()).monthTotals(YearMonth(2013, 1), kAugust2023);
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->size(), 128);
    QMap<YearMonth, Figures> byMonth;
    for (const auto& [month, figures] : *months)
        byMonth.insert(month, figures);
    for (YearMonth month(2016, 1); month <= kAugust2023; month = month.next()) {
        const Figures& figures = byMonth.value(month);
        const std::string when = month.toIsoString().toStdString();
        EXPECT_GE(figures.overdueRatio().hundredths(), 5) << when;  // 0.05 %
        EXPECT_LE(figures.overdueRatio().hundredths(), 40) << when; // 0.40 %
        if (month < YearMonth(2019, 8))
            continue;
        const qint64 now = figures.outstandingEnd.dong();
        const qint64 yearBefore = byMonth.value(month.addMonths(-12)).outstandingEnd.dong();
        const qint64 monthBefore = byMonth.value(month.previous()).outstandingEnd.dong();
        EXPECT_GT(now, yearBefore) << when;
        EXPECT_LT(now, yearBefore + yearBefore / 10) << when << ": more than 10 % in a year";
        EXPECT_GT(now, monthBefore - monthBefore / 100) << when << ": down 1 % in a month";
        EXPECT_LT(now, monthBefore + monthBefore / 100) << when << ": up 1 % in a month";
        if (month >= YearMonth(2021, 1)) {
            EXPECT_GE(figures.disbursed.dong(), 12 * kBillion) << when;
            EXPECT_LE(figures.disbursed.dong(), 30 * kBillion) << when;
            EXPECT_GE(figures.collectedPrincipal.dong(), 10 * kBillion) << when;
            EXPECT_LE(figures.collectedPrincipal.dong(), 30 * kBillion) << when;
        }
    }
    // Mature by 2018: the book of August 2019 is already some 85 % of today's.
    const qint64 today = byMonth.value(kAugust2023).outstandingEnd.dong();
    EXPECT_GT(byMonth.value(YearMonth(2019, 8)).outstandingEnd.dong(), today * 80 / 100);
    EXPECT_LT(byMonth.value(YearMonth(2019, 8)).outstandingEnd.dong(), today * 90 / 100);
}

TEST_F(DemoPortfolioTest, EveryRuleHoldsAsCheckSeesIt)
{
    auto outcome = PortfolioCheck::run(db());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_TRUE(outcome->violations.isEmpty()) << outcome->violations.mid(0, 20).join(u'\n').toStdString();
}

// The kept totals (KeptTotals, summed by ReportBuilder) against every loan's month computed on its own from
// its facts (PortfolioBrowser, LoanCalculator) and keyed by its borrower's membership read in SQL: every
// figure of every row of the four breakdowns, distinct borrowers included, in an early month, a month of
// moves and corrections, and the open month.
TEST_F(DemoPortfolioTest, TheKeptTotalsOfEveryBreakdownEqualTheLoansComputedOneByOne)
{
    for (const YearMonth month : {YearMonth(2016, 3), YearMonth(2021, 12), kAugust2023}) {
        auto lines = PortfolioBrowser(db()).loans(month, {});
        ASSERT_TRUE(lines.ok());
        ASSERT_GT(lines->size(), 1000);
        for (const Breakdown by :
             {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
            QHash<QString, Figures> expected;
            QHash<QString, QSet<QString>> borrowersOf;
            for (const LoanLine& line : std::as_const(*lines)) {
                const QString key = by == Breakdown::Program        ? line.programCode
                                    : by == Breakdown::Commune      ? line.communeCode
                                    : by == Breakdown::Organization ? line.organizationCode
                                                                    : line.groupCode;
                KeptTotals::addRow(expected[key], line.figures);
                if (line.figures.outstandingEnd.isPositive())
                    borrowersOf[key].insert(line.borrowerId);
            }
            auto table = ReportBuilder(db()).summary(month, by);
            ASSERT_TRUE(table.ok());
            for (const ReportRow& row : std::as_const(table->rows)) {
                Figures want = expected.value(row.key);
                want.borrowers = borrowersOf.value(row.key).size();
                want.savings = row.figures.savings;
                EXPECT_EQ(row.figures, want)
                    << month.toIsoString().toStdString() << ' ' << row.key.toStdString();
            }
        }
        // The month of the trend (the totals by commune and organisation): the whole office, one commune and
        // one organisation.
        const LoanLine& some = lines->at(lines->size() / 2);
        for (const PortfolioFilter& filter : {PortfolioFilter{}, PortfolioFilter{some.communeCode, QString()},
                                              PortfolioFilter{QString(), some.organizationCode}}) {
            Figures want;
            QSet<QString> borrowers;
            for (const LoanLine& line : std::as_const(*lines)) {
                if ((!filter.communeCode.isEmpty() && line.communeCode != filter.communeCode) ||
                    (!filter.organizationCode.isEmpty() && line.organizationCode != filter.organizationCode))
                    continue;
                KeptTotals::addRow(want, line.figures);
                if (line.figures.outstandingEnd.isPositive())
                    borrowers.insert(line.borrowerId);
            }
            want.borrowers = borrowers.size();
            auto trend = ReportBuilder(db()).monthTotals(month, month, filter);
            ASSERT_TRUE(trend.ok());
            ASSERT_EQ(trend->size(), 1);
            EXPECT_EQ(trend->front().second, want)
                << month.toIsoString().toStdString() << ' ' << filter.communeCode.toStdString() << ' '
                << filter.organizationCode.toStdString();
        }
    }
}

TEST(DemoPortfolioGeneration, IsDeterministicAndDependsOnTheSeed)
{
    TempDatabase temp;
    auto catalogue = ReferenceRepository(temp.db()).catalogue();
    ASSERT_TRUE(catalogue.ok());
    const PortfolioData first = DemoPortfolio::generate({}, *catalogue);
    const PortfolioData second = DemoPortfolio::generate({}, *catalogue);
    EXPECT_EQ(digest(first), digest(second));
    // The same portfolio whatever compiled it: this digest is what g++ and clang (the sanitized build) both
    // generate. A change of the generator changes it on purpose, and the user guide's examples with it.
    EXPECT_EQ(digest(first).toHex().toStdString(),
              "d387b1bc42a8ca7f711cb1ba4fc3e615906741b0427f21cacf6827358bf27a11");
    EXPECT_GT(first.loans.size(), 15'000);
    DemoOptions other;
    other.seed = 7;
    EXPECT_NE(digest(DemoPortfolio::generate(other, *catalogue)), digest(first));
}

TEST(DemoPortfolioGeneration, AnotherSeedMeetsTheSameFigures)
{
    TempDatabase temp;
    DemoOptions options;
    options.seed = 7;
    ASSERT_TRUE(DemoPortfolio::build(temp.db(), options).ok());
    auto programs = ReportBuilder(temp.db()).summary(kAugust2023, Breakdown::Program);
    ASSERT_TRUE(programs.ok());
    const Figures& total = programs->total.figures;
    EXPECT_GE(total.outstandingEnd.dong(), 586 * kBillion);
    EXPECT_LE(total.outstandingEnd.dong(), 587 * kBillion);
    EXPECT_GE(rowOf(*programs, QStringLiteral("HMTN")).outstandingEnd.dong(), 230 * kBillion);
    EXPECT_LE(rowOf(*programs, QStringLiteral("HMTN")).outstandingEnd.dong(), 231 * kBillion);
    EXPECT_GE(total.borrowers, 9'000);
    EXPECT_LE(total.borrowers, 13'000);
    EXPECT_GE(total.overdueRatio().hundredths(), 2);
    EXPECT_LE(total.overdueRatio().hundredths(), 50);
    // And the same kind of history.
    auto months = ReportBuilder(temp.db()).monthTotals(YearMonth(2016, 1), kAugust2023);
    ASSERT_TRUE(months.ok());
    for (const auto& [month, figures] : *months) {
        EXPECT_GE(figures.overdueRatio().hundredths(), 5) << month.toIsoString().toStdString();
        EXPECT_LE(figures.overdueRatio().hundredths(), 40) << month.toIsoString().toStdString();
        if (month == YearMonth(2021, 8)) {
            EXPECT_GE(figures.outstandingEnd.dong(), 525 * kBillion);
            EXPECT_LE(figures.outstandingEnd.dong(), 555 * kBillion);
        }
    }
}

TEST(DemoPortfolioGeneration, ScalesDown)
{
    TempDatabase temp;
    auto catalogue = ReferenceRepository(temp.db()).catalogue();
    ASSERT_TRUE(catalogue.ok());
    DemoOptions small;
    small.scalePercent = 5;
    const PortfolioData data = DemoPortfolio::generate(small, *catalogue);
    EXPECT_GT(data.loans.size(), 100);
    EXPECT_LT(data.loans.size(), 5'000);
    ASSERT_TRUE(DemoPortfolio::build(temp.db(), small).ok());
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->violations.isEmpty()) << outcome->violations.mid(0, 10).join(u'\n').toStdString();
}

TEST(DemoPortfolioGeneration, ALargePortfolioIsMadeOfPartsWithCodesOfTheirOwn)
{
    // Above scale 100 the portfolio comes in parts of at most 50 %, each a copy of the office's communes
    // with a seed of its own, so that a million loans are made in the memory of one part.
    TempDatabase temp;
    auto catalogue = ReferenceRepository(temp.db()).catalogue();
    ASSERT_TRUE(catalogue.ok());
    auto communes = DemoPortfolio::duyTienCommunes();
    ASSERT_TRUE(communes.ok());
    DemoOptions large;
    large.scalePercent = 120;
    QList<PortfolioData> parts;
    ASSERT_TRUE(DemoPortfolio::generateParts(large, *catalogue, *communes, [&parts](PortfolioData&& part) {
                    parts.append(std::move(part));
                    return Status();
                }).ok());
    ASSERT_EQ(parts.size(), 3); // 40 % each
    QSet<QString> communeCodes, groupCodes, borrowerIds, idNumbers, loanNos;
    qsizetype groups = 0, borrowers = 0, loans = 0;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const PortfolioData& part = parts[p];
        ASSERT_EQ(part.communes.size(), communes->size());
        // Part 0 is the office itself; part 2 has the copies "… 3" coded from 90033 on.
        EXPECT_EQ(part.communes.front().code,
                  p == 0 ? communes->front().code : QString::number(90001 + (p - 1) * communes->size()));
        EXPECT_EQ(part.communes.front().name,
                  p == 0 ? communes->front().name : communes->front().name + u' ' + QString::number(p + 1));
        EXPECT_GT(part.loans.size(), 10'000);
        EXPECT_LT(part.loans.size(), 25'000);
        QSet<QString> ownBorrowers;
        for (const Commune& c : part.communes)
            communeCodes.insert(c.code);
        for (const Group& g : part.groups)
            groupCodes.insert(g.code);
        for (const Borrower& b : part.borrowers) {
            borrowerIds.insert(b.id);
            idNumbers.insert(b.idNumber);
            ownBorrowers.insert(b.id);
        }
        for (const Loan& l : part.loans) {
            loanNos.insert(l.loanNo);
            EXPECT_TRUE(ownBorrowers.contains(l.borrowerId)) << l.loanNo.toStdString();
        }
        groups += part.groups.size();
        borrowers += part.borrowers.size();
        loans += part.loans.size();
    }
    // Every key and identity number is unique over the whole portfolio; codes are numbered on.
    EXPECT_EQ(communeCodes.size(), 3 * communes->size());
    EXPECT_EQ(groupCodes.size(), groups);
    EXPECT_EQ(borrowerIds.size(), borrowers);
    EXPECT_EQ(idNumbers.size(), borrowers);
    EXPECT_EQ(loanNos.size(), loans);
    EXPECT_EQ(parts[1].loans.front().loanNo,
              QStringLiteral("L%1").arg(parts[0].loans.size() + 1, 9, 10, QLatin1Char('0')));
    EXPECT_EQ(parts[2].borrowers.last().id, QStringLiteral("KH%1").arg(borrowers, 8, 10, QLatin1Char('0')));
}

TEST(DemoPortfolioGeneration, TheImportFolderHoldsTheRecordsTheDatabaseIsBuiltFrom)
{
    // init --demo --csv DIR: the same records as an import folder. Imported into an empty database they give
    // the figures of the database init --demo builds, up to July 2023 (August holds the corrections the
    // staff make through the write service, which the folder leaves out).
    DemoOptions small;
    small.scalePercent = 5;
    TempDatabase built;
    ASSERT_TRUE(DemoPortfolio::build(built.db(), small).ok());
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("demo"));
    ASSERT_TRUE(DemoPortfolio::writeCsv(folder, small).ok());
    TempDatabase imported;
    auto counts = Importer(imported.db()).importFolder(folder);
    ASSERT_TRUE(counts.ok()) << counts.error().message.left(2000).toStdString();
    EXPECT_GT(counts->loans, 100);
    auto catalogue = ReferenceRepository(built.db()).catalogue();
    ASSERT_TRUE(catalogue.ok());
    EXPECT_EQ(counts->loans, DemoPortfolio::generate(small, *catalogue).loans.size());
    for (const YearMonth month : {YearMonth(2016, 3), YearMonth(2023, 7)}) {
        for (const Breakdown by : {Breakdown::Program, Breakdown::Group}) {
            auto expected = ReportBuilder(built.db()).summary(month, by);
            auto actual = ReportBuilder(imported.db()).summary(month, by);
            ASSERT_TRUE(expected.ok());
            ASSERT_TRUE(actual.ok());
            ASSERT_EQ(actual->rows.size(), expected->rows.size());
            for (qsizetype i = 0; i < expected->rows.size(); ++i) {
                EXPECT_EQ(actual->rows[i].key, expected->rows[i].key);
                EXPECT_EQ(actual->rows[i].figures, expected->rows[i].figures)
                    << month.toIsoString().toStdString() << ' ' << expected->rows[i].key.toStdString();
            }
            EXPECT_EQ(actual->total.figures, expected->total.figures);
        }
    }
    // A folder that cannot be made leaves nothing behind.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EXPECT_FALSE(DemoPortfolio::writeCsv(dir.filePath(QStringLiteral("file/demo")), small).ok());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("demo"), QStringLiteral("file")}));
}

TEST_F(DemoPortfolioTest, AugustHoldsCorrectionsAsTheStaffMakeThem)
{
    // Three July repayments reversed and entered again, a July deposit reversed, two members moved: all dated
    // in August (July is closed), each with its row in the audit trail after the import and the closings.
    auto trail = AuditRepository(db()).find({});
    ASSERT_TRUE(trail.ok());
    QMap<QString, int> operations;
    for (const AuditEntry& entry : *trail)
        ++operations[entry.operation];
    EXPECT_EQ(operations.value(AuditOperation::kImport), 1);
    EXPECT_EQ(operations.value(AuditOperation::kCloseMonth), 127); // 01/2013 … 07/2023
    EXPECT_EQ(operations.value(AuditOperation::kReverseRepayment), 3);
    EXPECT_EQ(operations.value(AuditOperation::kPostRepayment), 3);
    EXPECT_EQ(operations.value(AuditOperation::kReverseSavings), 1);
    EXPECT_EQ(operations.value(AuditOperation::kMoveBorrower), 2);
    for (const AuditEntry& entry : *trail) {
        if (entry.operation == AuditOperation::kReverseRepayment) {
            EXPECT_FALSE(entry.reason.isEmpty());
            EXPECT_TRUE(entry.newValues.contains(QStringLiteral("paid_on: 2023-08-")));
        }
    }
}

TEST_F(DemoPortfolioTest, AClosedMonthKeepsItsFiguresThroughADayOfCorrections)
{
    // On a copy of the demonstration portfolio (July 2023 closed, August open), the credit officer corrects
    // July's mistakes on 28 August: three July repayments and a July deposit reversed, two borrowers moved to
    // another group, a loan frozen, new repayments posted. July's report, signed at its closing, stays true.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.loandesk"));
    ASSERT_TRUE(backupDatabase(db(), path).ok());
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok());
    Database& copy = **opened;
    const YearMonth july(2023, 7);
    ReportBuilder reports(copy);
    QMap<Breakdown, QByteArray> before;
    for (const Breakdown by :
         {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group})
        before.insert(by, ReportRenderers::toCsv(*reports.summary(july, by)));
    const QByteArray ageingBefore = ReportRenderers::toCsv(*reports.ageing(july.lastDay(), Breakdown::Group));
    const Figures augustBefore = reports.summary(kAugust2023, Breakdown::Program)->total.figures;

    // Three loans repaid in July, one repayment of each reversed; a July deposit reversed.
    auto lines = PortfolioBrowser(copy).loans(july, {});
    ASSERT_TRUE(lines.ok());
    QStringList repaidInJuly;
    for (const LoanLine& line : *lines) {
        if (line.figures.collectedPrincipal.isPositive() && repaidInJuly.size() < 3)
            repaidInJuly.append(line.loanNo);
    }
    ASSERT_EQ(repaidInJuly.size(), 3);
    auto posted = RepaymentRepository(copy).of(repaidInJuly);
    ASSERT_TRUE(posted.ok());
    PortfolioService service(copy);
    const QDate day(2023, 8, 28);
    Money reversedPrincipal;
    QSet<QString> reversedLoans;
    for (const Repayment& r : *posted) {
        if (YearMonth::fromDate(r.paidOn) != july || r.principal.isZero() || reversedLoans.contains(r.loanNo))
            continue;
        // A reversal dated in the closed month is refused, naming it; dated in August it is taken.
        auto refused = service.reverseRepayment(r.entryNo, QDate(2023, 7, 31), QStringLiteral("wrong loan"));
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("07/2023, a closed month")));
        auto reversal = service.reverseRepayment(r.entryNo, day, QStringLiteral("posted to the wrong loan"));
        ASSERT_TRUE(reversal.ok()) << reversal.error().message.toStdString();
        reversedPrincipal += r.principal;
        reversedLoans.insert(r.loanNo);
    }
    ASSERT_EQ(reversedLoans.size(), 3);
    auto groups = GroupRepository(copy).all();
    ASSERT_TRUE(groups.ok());
    auto members = BorrowerRepository(copy).membersEver({groups->front().code});
    ASSERT_TRUE(members.ok() && members->size() >= 2);
    auto savings = SavingsRepository(copy).of(*members);
    ASSERT_TRUE(savings.ok());
    for (const SavingsEntry& e : *savings) {
        if (YearMonth::fromDate(e.on) == july && e.amount.isPositive()) {
            ASSERT_TRUE(
                service.reverseSavings(e.entryNo, day, QStringLiteral("deposit of another member")).ok());
            break;
        }
    }
    // Two members move to another group of the same commune.
    QString otherGroup;
    for (const Group& g : *groups) {
        if (g.code != groups->front().code && g.communeCode == groups->front().communeCode)
            otherGroup = g.code;
    }
    ASSERT_FALSE(otherGroup.isEmpty());
    for (const QString& id : members->mid(0, 2))
        ASSERT_TRUE(service.moveBorrower({id, day, otherGroup, QString()}).ok());
    // A loan frozen from the day, and two repayments.
    Loan frozen = LoanRepository(copy).find({lines->back().loanNo})->value(lines->back().loanNo);
    if (!frozen.frozenOn) {
        frozen.frozenOn = day;
        ASSERT_TRUE(service.editLoan(frozen).ok());
    }
    ASSERT_TRUE(
        service.postRepayment({repaidInJuly[0], day, Money::fromDong(100'000), Money::fromDong(5'000)}).ok());

    for (const Breakdown by :
         {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group})
        EXPECT_EQ(ReportRenderers::toCsv(*reports.summary(july, by)), before.value(by))
            << breakdownCode(by).toStdString();
    EXPECT_EQ(ReportRenderers::toCsv(*reports.ageing(july.lastDay(), Breakdown::Group)), ageingBefore);
    const Figures augustAfter = reports.summary(kAugust2023, Breakdown::Program)->total.figures;
    EXPECT_EQ(augustAfter.collectedPrincipal,
              augustBefore.collectedPrincipal - reversedPrincipal + Money::fromDong(100'000));
    EXPECT_EQ(augustAfter.outstandingStart, augustBefore.outstandingStart);
    auto outcome = PortfolioCheck::run(copy);
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->violations.isEmpty()) << outcome->violations.join(u'\n').toStdString();
}
