#include "TempDatabase.h"
#include "TestData.h"

#include "domain/FieldLimits.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"
#include "service/PortfolioService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

#include <gtest/gtest.h>

namespace {

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
}

bool mentions(const QList<ImportProblem>& problems, const QString& fileLine)
{
    for (const ImportProblem& problem : problems) {
        if (problem.toString().startsWith(fileLine + u':'))
            return true;
    }
    return false;
}

} // namespace

TEST(Importer, ImportsTheWorkedExample)
{
    TempDatabase temp;
    Importer importer(temp.db());
    auto counts = importer.importFolder(TestData::fixture(QStringLiteral("worked-example/data")));
    ASSERT_TRUE(counts.ok()) << counts.error().message.toStdString();
    EXPECT_EQ(counts->communes, 2);
    EXPECT_EQ(counts->groups, 2);
    EXPECT_EQ(counts->borrowers, 3);
    EXPECT_EQ(counts->loans, 4);
    EXPECT_EQ(counts->installments, 6);
    EXPECT_EQ(counts->repayments, 5);
    EXPECT_EQ(counts->savings, 3);
    EXPECT_TRUE(importer.problems().isEmpty());
}

// Every broken data set is refused whole, names the expected FILE:LINE, and leaves the database as it was.
TEST(Importer, RefusesEveryInvalidSetAndChangesNothing)
{
    const QStringList sets = TestData::invalidSets();
    ASSERT_FALSE(sets.isEmpty());
    for (const QString& set : sets) {
        SCOPED_TRACE(set.toStdString());
        TempDatabase temp;
        ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
        const QByteArray before = TestData::exportOf(temp.db());
        const QString expected =
            QString::fromUtf8(TestData::readFile(set + QStringLiteral("/expect"))).trimmed();
        ASSERT_FALSE(expected.isEmpty());

        Importer importer(temp.db());
        auto counts = importer.importFolder(set);
        ASSERT_FALSE(counts.ok());
        EXPECT_EQ(counts.error().kind, Error::Kind::Refused);
        EXPECT_TRUE(mentions(importer.problems(), expected))
            << "expected " << expected.toStdString() << " in:\n"
            << counts.error().message.toStdString();
        // One line per problem, each FILE:LINE: column: message.
        EXPECT_EQ(counts.error().message.split(u'\n').size(), importer.problems().size());
        EXPECT_EQ(TestData::exportOf(temp.db()), before);
    }
}

TEST(Importer, ImportingTheSameFolderTwiceIsRefusedAndChangesNothing)
{
    TempDatabase temp;
    const QString folder = TestData::fixture(QStringLiteral("portfolio-small/data"));
    ASSERT_TRUE(Importer(temp.db()).importFolder(folder).ok());
    const QByteArray before = TestData::exportOf(temp.db());
    Importer again(temp.db());
    auto counts = again.importFolder(folder);
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(counts.error().message.contains(
        QStringLiteral("communes.csv:2: code: 13321 is already in the database")))
        << counts.error().message.left(2000).toStdString();
    EXPECT_TRUE(mentions(again.problems(), QStringLiteral("loans.csv:2")));
    EXPECT_EQ(TestData::exportOf(temp.db()), before);
}

TEST(Importer, AMisnamedCsvFileIsAnError)
{
    QTemporaryDir dir;
    copyFolder(TestData::fixture(QStringLiteral("worked-example/data")), dir.path());
    QFile::rename(dir.filePath(QStringLiteral("loans.csv")), dir.filePath(QStringLiteral("loan.csv")));
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("ignored\n");
    notes.close();
    TempDatabase temp;
    Importer importer(temp.db());
    auto counts = importer.importFolder(dir.path());
    ASSERT_FALSE(counts.ok());
    EXPECT_TRUE(counts.error().message.startsWith(QStringLiteral("loan.csv: is not a LoanDesk data file")))
        << counts.error().message.toStdString();
    EXPECT_FALSE(counts.error().message.contains(QStringLiteral("notes.txt")));
}

TEST(Importer, ReportsEveryProblemNotOnlyTheFirst)
{
    QTemporaryDir dir;
    copyFolder(TestData::fixture(QStringLiteral("worked-example/data")), dir.path());
    QFile loans(dir.filePath(QStringLiteral("loans.csv")));
    ASSERT_TRUE(loans.open(QIODevice::WriteOnly | QIODevice::Truncate));
    loans.write(
        "loan_no,borrower_id,program_code,amount,disbursed_on,maturity_on,rate_pct_month,frozen_on,purpose\n"
        "L1,B1,HN,12000000,2023-01-15,2024-01-15,,,\n"
        "L2,B1,NSVS,25000000,2023-03-31,2025-03-31,,,\n"          // above the 20,000,000 cap
        "L3,B2,HCN,30000000,2022-06-10,2023-06-10,,2022-06-09,\n" // frozen before disbursement
        "L4,B9,GQVL,100000000,2023-08-01,2024-08-01,abc,,\n");    // unknown borrower, bad rate
    loans.close();
    TempDatabase temp;
    Importer importer(temp.db());
    auto counts = importer.importFolder(dir.path());
    ASSERT_FALSE(counts.ok());
    const QString message = counts.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral(
        "loans.csv:3: amount: 25000000 is above the NSVS cap of 20000000 in force on 2023-03-31")))
        << message.toStdString();
    EXPECT_TRUE(mentions(importer.problems(), QStringLiteral("loans.csv:4")));
    EXPECT_TRUE(message.contains(QStringLiteral("loans.csv:5: rate_pct_month:"))) << message.toStdString();
    EXPECT_TRUE(TestData::exportOf(temp.db()).contains("communes.csv\ncode,name\ngroups.csv"));
}

TEST(Importer, AddsToWhatIsStoredAndChecksBothTogether)
{
    // First the people and loans, then the repayments and savings in a second run.
    QTemporaryDir first;
    QTemporaryDir second;
    const QString source = TestData::fixture(QStringLiteral("worked-example/data"));
    for (const QString& name :
         {QStringLiteral("communes.csv"), QStringLiteral("groups.csv"), QStringLiteral("borrowers.csv"),
          QStringLiteral("loans.csv"), QStringLiteral("schedule.csv")})
        QFile::copy(QDir(source).filePath(name), QDir(first.path()).filePath(name));
    for (const QString& name : {QStringLiteral("repayments.csv"), QStringLiteral("savings.csv")})
        QFile::copy(QDir(source).filePath(name), QDir(second.path()).filePath(name));

    TempDatabase temp;
    ASSERT_TRUE(Importer(temp.db()).importFolder(first.path()).ok());
    auto counts = Importer(temp.db()).importFolder(second.path());
    ASSERT_TRUE(counts.ok()) << counts.error().message.toStdString();
    auto table = ReportBuilder(temp.db()).summary(YearMonth(2023, 8), Breakdown::Program);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(ReportRenderers::toCsv(*table), TestData::readFile(TestData::fixture(QStringLiteral(
                                                  "worked-example/expected/summary-2023-08-program.csv"))));

    // A later repayment that would take L1 beyond its amount, together with what is stored, is refused.
    QTemporaryDir third;
    QFile extra(QDir(third.path()).filePath(QStringLiteral("repayments.csv")));
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly));
    extra.write("loan_no,paid_on,principal,interest\nL1,2023-09-15,8000001,0\n");
    extra.close();
    Importer importer(temp.db());
    auto refused = importer.importFolder(third.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(mentions(importer.problems(), QStringLiteral("repayments.csv:2")))
        << refused.error().message.toStdString();
}

TEST(Importer, ChecksScheduleAndSavingsTogetherWithWhatIsStored)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    const QByteArray before = TestData::exportOf(temp.db());

    // L2's stored schedule already adds up to its amount; B1's stored savings leave 300,000 at the end of
    // August after a withdrawal of 200,000 on the 31st, so 400,000 taken out on the 15th leaves -100,000 that
    // day.
    QTemporaryDir dir;
    QFile schedule(dir.filePath(QStringLiteral("schedule.csv")));
    ASSERT_TRUE(schedule.open(QIODevice::WriteOnly));
    schedule.write("loan_no,due_on,principal\nL2,2024-03-31,1000000\n");
    schedule.close();
    QFile savings(dir.filePath(QStringLiteral("savings.csv")));
    ASSERT_TRUE(savings.open(QIODevice::WriteOnly));
    savings.write("borrower_id,on,amount\nB2,2023-09-02,50000\nB1,2023-08-15,-400000\n");
    savings.close();

    Importer importer(temp.db());
    auto refused = importer.importFolder(dir.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(mentions(importer.problems(), QStringLiteral("schedule.csv:2")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(mentions(importer.problems(), QStringLiteral("savings.csv:3")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(mentions(importer.problems(), QStringLiteral("savings.csv:2")))
        << refused.error().message.toStdString();
    EXPECT_EQ(TestData::exportOf(temp.db()), before);
}

TEST(Importer, DuplicateKeysWithinOneImport)
{
    QTemporaryDir dir;
    QFile communes(dir.filePath(QStringLiteral("communes.csv")));
    ASSERT_TRUE(communes.open(QIODevice::WriteOnly));
    communes.write("code,name\n1,A\n2,B\n1,C\n");
    communes.close();
    TempDatabase temp;
    Importer importer(temp.db());
    auto counts = importer.importFolder(dir.path());
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().message,
              QStringLiteral("communes.csv:4: code: 1 appears again (first on line 2)"));
}

TEST(Importer, ExportThenImportReproducesEveryFigure)
{
    TempDatabase original;
    ASSERT_TRUE(TestData::importFixture(original.db(), QStringLiteral("portfolio-small")));
    QTemporaryDir exported;
    ASSERT_TRUE(Exporter(original.db()).exportTo(exported.path()).ok());

    TempDatabase copy;
    auto counts = Importer(copy.db()).importFolder(exported.path());
    ASSERT_TRUE(counts.ok()) << counts.error().message.toStdString();
    EXPECT_EQ(TestData::exportOf(copy.db()), TestData::exportOf(original.db()));

    ReportBuilder a(original.db());
    ReportBuilder b(copy.db());
    auto span = a.dataSpan();
    ASSERT_TRUE(span.ok());
    ASSERT_EQ(span->months().size(), 42);
    for (const YearMonth month : span->months()) {
        for (const Breakdown by :
             {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
            auto left = a.summary(month, by);
            auto right = b.summary(month, by);
            ASSERT_TRUE(left.ok() && right.ok());
            ASSERT_EQ(ReportRenderers::toCsv(*left), ReportRenderers::toCsv(*right))
                << month.toIsoString().toStdString() << ' ' << breakdownCode(by).toStdString();
        }
    }
}

TEST(Importer, AFieldThatCannotBeReadHasOneMessageOnly)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    // Entry no. 1 is L1's repayment of 3,000,000 + 100,000 on 15/04/2023. Written negative, its reversal's
    // principal cannot be read: that is said once, not followed by "0 is not 3000000".
    QTemporaryDir dir;
    QFile repayments(dir.filePath(QStringLiteral("repayments.csv")));
    ASSERT_TRUE(repayments.open(QIODevice::WriteOnly));
    repayments.write("loan_no,paid_on,principal,interest,entry_no,reverses,reason\n"
                     "L1,2023-09-01,-3000000,100001,,1,typed twice\n");
    repayments.close();
    Importer importer(temp.db());
    auto refused = importer.importFolder(dir.path());
    ASSERT_FALSE(refused.ok());
    QStringList messages;
    for (const ImportProblem& problem : importer.problems())
        messages.append(problem.toString());
    ASSERT_EQ(messages.size(), 2) << messages.join(u'\n').toStdString();
    EXPECT_TRUE(messages[0].startsWith(QStringLiteral("repayments.csv:2: principal: -3000000 is negative")))
        << messages[0].toStdString();
    // A field that was read is still checked against the entry it reverses.
    EXPECT_EQ(messages[1], QStringLiteral("repayments.csv:2: interest: 100001 is not 100000, the interest of "
                                          "entry no. 1"));
}

// The import reports each step in order, and a cancel at any step — reading a file, checking, writing, just
// before committing — rolls the one transaction back: the database is as it was.
TEST(Importer, ReportsProgressAndACancelAtAnyStepWritesNothing)
{
    const QString folder = TestData::fixture(QStringLiteral("portfolio-small/data"));
    const int steps = Importer::stepCount();
    ASSERT_EQ(steps, Importer::fileNames().size() + PortfolioService::kPostSteps);
    for (int stop = 1; stop < steps; ++stop) {
        SCOPED_TRACE(stop);
        TempDatabase temp;
        ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
        const QByteArray before = TestData::exportOf(temp.db());
        Importer importer(temp.db());
        QList<int> seen;
        importer.setProgress([&seen, stop, steps](int done, int total) {
            EXPECT_EQ(total, steps);
            seen.append(done);
            return done < stop;
        });
        auto counts = importer.importFolder(folder);
        ASSERT_FALSE(counts.ok());
        EXPECT_TRUE(importer.wasCancelled());
        EXPECT_TRUE(importer.problems().isEmpty());
        EXPECT_EQ(seen.back(), stop);
        EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend()));
        EXPECT_EQ(TestData::exportOf(temp.db()), before);
    }

    // Never cancelled: every step up to the last, and the data is written.
    TempDatabase temp;
    Importer importer(temp.db());
    QList<int> seen;
    importer.setProgress([&seen](int done, int) {
        seen.append(done);
        return true;
    });
    ASSERT_TRUE(importer.importFolder(folder).ok());
    EXPECT_FALSE(importer.wasCancelled());
    EXPECT_EQ(seen.back(), steps);
    EXPECT_EQ(seen.size(), steps + 1); // the files, then 0 … kPostSteps of posting
}

TEST(Importer, AHugeOrTooLongNameIsRefusedWithItsFileAndLine)
{
    // The probe: a commune name of 10 MB used to import, and then a PDF took more than five minutes.
    QTemporaryDir dir;
    QFile communes(dir.filePath(QStringLiteral("communes.csv")));
    ASSERT_TRUE(communes.open(QIODevice::WriteOnly));
    communes.write("code,name\n13321,Phường Đồng Văn\n13324," + QByteArray(10 * 1024 * 1024, 'A') +
                   "\n13327," + QByteArray(FieldLimits::kName + 1, 'B') + "\n13330," +
                   QByteArray(FieldLimits::kName, 'C') + "\n");
    communes.close();
    TempDatabase temp;
    Importer importer(temp.db());
    auto counts = importer.importFolder(dir.path());
    ASSERT_FALSE(counts.ok());
    const QString message = counts.error().message;
    EXPECT_EQ(message,
              QStringLiteral("communes.csv:3: the record is larger than 64 KB; no record of a data file "
                             "needs that much, so it is not read\n"
                             "communes.csv:4: name: is 201 characters long; at most 200 are allowed"));
    EXPECT_TRUE(TestData::exportOf(temp.db()).contains("communes.csv\ncode,name\ngroups.csv"));
}

TEST(Importer, AProblemNeverEchoesAHugeValue)
{
    QTemporaryDir dir;
    QFile groups(dir.filePath(QStringLiteral("groups.csv")));
    ASSERT_TRUE(groups.open(QIODevice::WriteOnly));
    const QByteArray huge(30 * 1024, '9'); // two of them stay below the 64 KB of a record
    groups.write("code,name,commune_code,organization_code,leader_name,founded_on\n"
                 "G1,Tổ 1," +
                 huge + "," + huge + ",Lê Thị A,2010-01-01\n");
    groups.close();
    TempDatabase temp;
    Importer importer(temp.db());
    auto counts = importer.importFolder(dir.path());
    ASSERT_FALSE(counts.ok());
    const QString shown = QString(40, u'9') + u'…';
    EXPECT_EQ(
        counts.error().message,
        QStringLiteral("groups.csv:2: commune_code: is 30720 characters long; at most 50 are allowed\n"
                       "groups.csv:2: organization_code: is 30720 characters long; at most 50 are allowed\n"
                       "groups.csv:2: commune_code: no commune %1 in this import or the database\n"
                       "groups.csv:2: organization_code: %1 is not an organisation; use HPN, HND, CCB or DTN")
            .arg(shown));
}
