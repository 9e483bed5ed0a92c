// A folder read in parts (Importer::setPartBytes below the folder's size, PortfolioService::postInParts)
// gives the same database, the same figures and the same problems as the same folder read into one batch.
#include "TempDatabase.h"
#include "TestData.h"

#include "check/PortfolioCheck.h"
#include "db/TransactionGuard.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "repo/AuditRepository.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

/// Every summary of every month with data, in every breakdown.
QByteArray summariesOf(Database& db)
{
    ReportBuilder builder(db);
    auto span = builder.dataSpan();
    if (!span)
        return "no span: " + span.error().message.toUtf8();
    QByteArray all;
    for (const YearMonth month : span->months()) {
        for (const Breakdown by :
             {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
            auto table = builder.summary(month, by);
            all += table ? ReportRenderers::toCsv(*table) : table.error().message.toUtf8();
        }
    }
    return all;
}

void writeFile(const QString& folder, const QString& name, const QByteArray& text)
{
    QFile file(QDir(folder).filePath(name));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void copyFolder(const QString& from, const QString& to)
{
    for (const QString& name : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
}

struct Outcome
{
    bool ok = false;
    QString message;
    QStringList problems;
    QByteArray content;
};

/// Imports @p folder into @p db in parts of @p partBytes (0: as one batch).
Outcome importInto(Database& db, const QString& folder, qint64 partBytes)
{
    Importer importer(db);
    if (partBytes > 0)
        importer.setPartBytes(partBytes);
    auto counts = importer.importFolder(folder);
    Outcome outcome;
    outcome.ok = counts.ok();
    outcome.message = counts.ok() ? QString() : counts.error().message;
    for (const ImportProblem& problem : importer.problems())
        outcome.problems.append(problem.toString());
    outcome.content = TestData::exportOf(db);
    return outcome;
}

/// Part sizes from one part per row up to a few rows per part.
const QList<qint64> kPartSizes = {1, 150, 2000};

/// A folder based on the worked example with problems that the parts must find as one batch does, several
/// of them between rows far apart: a repeated borrower id, ID number, loan number and entry numbers, an
/// unknown borrower and loan, a withdrawal beyond the balance, a reversal of an entry that is not there,
/// and unnumbered entries among numbered ones.
void writeTroubledFolder(const QString& folder)
{
    copyFolder(TestData::fixture(QStringLiteral("worked-example/data")), folder);
    writeFile(folder, QStringLiteral("borrowers.csv"),
              "id,kind,id_number,full_name,commune_code,group_code,village\n"
              "B1,household,035123456789,Lê Văn C,C1,G1,Thôn 1\n"
              "B2,,123456789,Phạm Thị D,C2,G2,\n"
              "B3,organization,0101234567,HTX E,C2,,\n"
              "B4,household,035123456789,Vũ Văn F,C1,G1,Thôn 1\n"
              "B5,household,035000000005,Đỗ Thị G,C1,G1,Thôn 2\n"
              "B1,household,035000000006,Ngô Văn H,C2,G2,\n"
              "B6,household,035000000007,Hà Thị I,C9,G1,\n"
              "B4,household,035000000005,Lý Văn K,C1,G1,\n");
    writeFile(folder, QStringLiteral("moves.csv"),
              "borrower_id,on,group_code,commune_code\nB5,2023-06-01,G2,\n");
    writeFile(
        folder, QStringLiteral("loans.csv"),
        "loan_no,borrower_id,program_code,amount,disbursed_on,maturity_on,rate_pct_month,frozen_on,purpose\n"
        "L1,B1,HN,12000000,2023-01-15,2024-01-15,,,\n"
        "L2,B1,NSVS,20000000,2023-03-31,2025-03-31,,,\n"
        "L3,B2,HCN,30000000,2022-06-10,2023-06-10,,2023-07-20,\n"
        "L4,B3,GQVL,100000000,2023-08-01,2024-08-01,,,\n"
        "L5,B5,HN,15000000,2023-02-01,2024-02-01,,,\n"
        "L1,B4,HN,10000000,2023-02-01,2024-02-01,,,\n"
        "L6,B9,HN,10000000,2023-02-01,2024-02-01,,,\n");
    writeFile(folder, QStringLiteral("repayments.csv"),
              "loan_no,paid_on,principal,interest,entry_no,reverses,reason\n"
              "L1,2023-04-15,3000000,100000,7,,\n"
              "L1,2023-08-10,1000000,50000,,,\n"
              "L2,2023-08-31,0,10000,,,\n"
              "L3,2023-05-05,5000000,0,8,,\n"
              "L4,2023-08-20,100000000,20000,,,\n"
              "L5,2023-05-01,1000000,50000,7,,\n"
              "L5,2023-06-01,1000000,50000,9,,\n"
              "L5,2023-06-02,1000000,50000,,9,sai số tiền\n"
              "L5,2023-06-03,1000000,50000,,99,sai\n"
              "L7,2023-06-03,1000000,50000,,,\n"
              "L3,2023-06-05,1000000,0,8,,\n");
    writeFile(folder, QStringLiteral("savings.csv"),
              "borrower_id,on,amount,entry_no,reverses,reason\n"
              "B1,2023-01-20,500000,,,\n"
              "B1,2023-08-31,-200000,,,\n"
              "B2,2023-09-01,100000,3,,\n"
              "B5,2023-03-01,300000,3,,\n"
              "B5,2023-04-01,-400000,,,\n");
}

/// The troubled folder with every line ending in a carriage return alone: several records share a line
/// number.
void writeCarriageReturnFolder(const QString& folder)
{
    writeTroubledFolder(folder);
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace('\n', '\r');
        writeFile(folder, name, text);
    }
}

} // namespace

TEST(ImportInParts, GivesTheSameDatabaseAndFiguresAsOneBatch)
{
    for (const char* set : {"worked-example", "portfolio-small"}) {
        const QString folder = TestData::fixture(QString::fromLatin1(set) + QStringLiteral("/data"));
        TempDatabase whole;
        const Outcome expected = importInto(whole.db(), folder, 0);
        ASSERT_TRUE(expected.ok) << expected.message.toStdString();
        const QByteArray expectedSummaries = summariesOf(whole.db());
        for (const qint64 partBytes : kPartSizes) {
            SCOPED_TRACE(std::string(set) + " in parts of " + std::to_string(partBytes));
            TempDatabase parts;
            const Outcome outcome = importInto(parts.db(), folder, partBytes);
            ASSERT_TRUE(outcome.ok) << outcome.message.toStdString();
            EXPECT_EQ(outcome.content, expected.content);
            EXPECT_EQ(summariesOf(parts.db()), expectedSummaries);
            // The kept figures (month totals, group savings, days with data) equal the facts.
            auto check = PortfolioCheck::run(parts.db());
            ASSERT_TRUE(check.ok());
            EXPECT_TRUE(check->violations.isEmpty()) << check->violations.join(u'\n').toStdString();
        }
    }
}

TEST(ImportInParts, NumbersUnnumberedEntriesAsOneBatchDoes)
{
    // Entries without a number among numbered ones: each gets the next number above every number given, in
    // file order, whatever part it falls in.
    QTemporaryDir folder;
    copyFolder(TestData::fixture(QStringLiteral("worked-example/data")), folder.path());
    writeFile(folder.path(), QStringLiteral("repayments.csv"),
              "loan_no,paid_on,principal,interest,entry_no\n"
              "L4,2023-08-20,100000000,20000,\n"
              "L1,2023-04-15,3000000,100000,40\n"
              "L3,2023-05-05,5000000,0,\n"
              "L1,2023-08-10,1000000,50000,12\n"
              "L2,2023-08-31,0,10000,\n");
    QTemporaryDir people;
    copyFolder(TestData::fixture(QStringLiteral("worked-example/data")), people.path());
    QFile::remove(QDir(people.path()).filePath(QStringLiteral("repayments.csv")));
    TempDatabase a;
    TempDatabase b;
    ASSERT_TRUE(importInto(a.db(), people.path(), 0).ok);
    ASSERT_TRUE(importInto(b.db(), people.path(), 0).ok);
    for (const QString& name :
         {QStringLiteral("communes.csv"), QStringLiteral("groups.csv"), QStringLiteral("borrowers.csv"),
          QStringLiteral("loans.csv"), QStringLiteral("schedule.csv"), QStringLiteral("savings.csv")})
        QFile::remove(QDir(folder.path()).filePath(name));
    const Outcome one = importInto(a.db(), folder.path(), 0);
    ASSERT_TRUE(one.ok) << one.message.toStdString();
    const Outcome inParts = importInto(b.db(), folder.path(), 1);
    ASSERT_TRUE(inParts.ok) << inParts.message.toStdString();
    EXPECT_EQ(inParts.content, one.content);
    // Given: 40 and 12; the others count on from 40 in file order.
    EXPECT_TRUE(one.content.contains("L4,2023-08-20,100000000,20000,41,,")) << one.content.toStdString();
    EXPECT_TRUE(one.content.contains("L3,2023-05-05,5000000,0,42,,"));
    EXPECT_TRUE(one.content.contains("L2,2023-08-31,0,10000,43,,"));
}

TEST(ImportInParts, ReportsTheSameProblemsAsOneBatchAndWritesNothing)
{
    QTemporaryDir troubled;
    writeTroubledFolder(troubled.path());
    QTemporaryDir carriageReturns;
    writeCarriageReturnFolder(carriageReturns.path());
    QStringList folders = TestData::invalidSets();
    folders.append(troubled.path());
    folders.append(carriageReturns.path());
    for (const QString& folder : std::as_const(folders)) {
        TempDatabase whole;
        ASSERT_TRUE(TestData::importFixture(whole.db(), QStringLiteral("portfolio-small")));
        const QByteArray before = TestData::exportOf(whole.db());
        const Outcome expected = importInto(whole.db(), folder, 0);
        ASSERT_FALSE(expected.ok) << folder.toStdString();
        ASSERT_FALSE(expected.problems.isEmpty());
        for (const qint64 partBytes : kPartSizes) {
            SCOPED_TRACE(folder.toStdString() + " in parts of " + std::to_string(partBytes));
            TempDatabase parts;
            ASSERT_TRUE(TestData::importFixture(parts.db(), QStringLiteral("portfolio-small")));
            const Outcome outcome = importInto(parts.db(), folder, partBytes);
            EXPECT_FALSE(outcome.ok);
            if (folder == carriageReturns.path()) {
                // Rows that share a line number may be listed in another order; the problems are the same.
                QStringList sorted = outcome.problems;
                QStringList sortedExpected = expected.problems;
                sorted.sort();
                sortedExpected.sort();
                EXPECT_EQ(sorted, sortedExpected);
            } else {
                EXPECT_EQ(outcome.problems, expected.problems);
                EXPECT_EQ(outcome.message, expected.message);
            }
            EXPECT_EQ(outcome.content, before);
        }
    }
    // The troubled folder's problems, as one batch names them.
    TempDatabase empty;
    const Outcome troubles = importInto(empty.db(), troubled.path(), 1);
    const QString all = troubles.problems.join(u'\n');
    for (const char* expected :
         {"borrowers.csv:5: id_number: 035123456789 appears again (first on line 2)",
          "borrowers.csv:7: id: B1 appears again (first on line 2)",
          "borrowers.csv:8: commune_code:", "loans.csv:7: loan_no: L1 appears again (first on line 2)",
          "loans.csv:8: borrower_id:", "repayments.csv:7: entry_no: no. 7 appears again (first on line 2)",
          "repayments.csv:10: reverses:", "repayments.csv:11: loan_no:",
          "repayments.csv:12: entry_no: no. 8 appears again (first on line 5)",
          "savings.csv:5: entry_no: no. 3 appears again (first on line 4)", "savings.csv:6:"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << " not in:\n"
                                                               << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("repayments.csv:9:"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("already in the database"))) << all.toStdString();
}

TEST(ImportInParts, ARepeatedIdNumberAlreadyStoredIsStoredForEveryRow)
{
    // The ID number of a stored borrower given twice in the folder: both rows are "already in the database",
    // wherever they fall, as one batch says.
    QTemporaryDir folder;
    writeFile(folder.path(), QStringLiteral("borrowers.csv"),
              "id,kind,id_number,full_name,commune_code,group_code,village\n"
              "B7,household,035123456789,Vũ Văn F,C1,G1,Thôn 1\n"
              "B8,household,035000000005,Đỗ Thị G,C1,G1,Thôn 2\n"
              "B9,household,035123456789,Ngô Văn H,C2,G2,\n");
    TempDatabase whole;
    ASSERT_TRUE(TestData::importFixture(whole.db(), QStringLiteral("worked-example")));
    const Outcome expected = importInto(whole.db(), folder.path(), 0);
    ASSERT_EQ(
        expected.problems,
        QStringList({QStringLiteral("borrowers.csv:2: id_number: 035123456789 is already in the database"),
                     QStringLiteral("borrowers.csv:4: id_number: 035123456789 is already in the database")}));
    TempDatabase parts;
    ASSERT_TRUE(TestData::importFixture(parts.db(), QStringLiteral("worked-example")));
    EXPECT_EQ(importInto(parts.db(), folder.path(), 1).problems, expected.problems);
}

TEST(ImportInParts, CancellingLeavesTheDatabaseAsItWas)
{
    for (const int cancelAt : {3, 8, 9, 10, 11}) {
        SCOPED_TRACE(cancelAt);
        TempDatabase temp;
        ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
        const QByteArray before = TestData::exportOf(temp.db());
        QTemporaryDir folder;
        copyFolder(TestData::fixture(QStringLiteral("portfolio-small/data")), folder.path());
        Importer importer(temp.db());
        importer.setPartBytes(4000);
        importer.setProgress([cancelAt](int done, int) { return done < cancelAt; });
        auto counts = importer.importFolder(folder.path());
        ASSERT_FALSE(counts.ok());
        EXPECT_TRUE(importer.wasCancelled());
        EXPECT_EQ(TestData::exportOf(temp.db()), before);
    }
}

TEST(ImportInParts, TheAuditTrailGetsOneRowWithTheCounts)
{
    TempDatabase temp;
    Importer importer(temp.db());
    importer.setPartBytes(2000);
    auto counts = importer.importFolder(TestData::fixture(QStringLiteral("portfolio-small/data")));
    ASSERT_TRUE(counts.ok()) << counts.error().message.toStdString();
    auto rows = AuditRepository(temp.db()).find({});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_TRUE(rows->front().newValues.contains(QStringLiteral("loans: %1").arg(counts->loans)))
        << rows->front().newValues.toStdString();
    EXPECT_GT(counts->repayments, 1000);
}

TEST(ImportInParts, TheFolderIsReadBeforeTheWriteLockIsTaken)
{
    // While the files are read, another connection can still write; the parts are written under the lock.
    TempDatabase temp;
    Importer importer(temp.db());
    importer.setPartBytes(2000);
    bool wroteWhileReading = false;
    importer.setProgress([&](int done, int) {
        if (done == 5) {
            auto other = Database::open(temp.path());
            if (other) {
                TransactionGuard guard(**other);
                wroteWhileReading = guard.isActive() && guard.commit().ok();
            }
        }
        return true;
    });
    auto counts = importer.importFolder(TestData::fixture(QStringLiteral("portfolio-small/data")));
    ASSERT_TRUE(counts.ok()) << counts.error().message.toStdString();
    EXPECT_TRUE(wroteWhileReading);
}
