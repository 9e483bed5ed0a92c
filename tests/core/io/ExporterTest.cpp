#include "TempDatabase.h"
#include "TestData.h"

#include "io/Exporter.h"
#include "io/Importer.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(Exporter, WritesAllSevenFilesInTheCanonicalForm)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("portfolio-small")));
    QTemporaryDir dir;
    ASSERT_TRUE(Exporter(temp.db()).exportTo(dir.path()).ok());
    for (const QString& name : Importer::fileNames())
        EXPECT_TRUE(QFileInfo::exists(QDir(dir.path()).filePath(name))) << name.toStdString();

    const QByteArray groups = TestData::readFile(QDir(dir.path()).filePath(QStringLiteral("groups.csv")));
    EXPECT_TRUE(
        groups.startsWith("code,name,commune_code,organization_code,village,leader_name,founded_on\n"));
    EXPECT_FALSE(groups.contains('\r'));
    EXPECT_FALSE(groups.startsWith("\xEF\xBB\xBF"));
    // 02/02/2006 in the source is written the canonical way.
    EXPECT_TRUE(groups.contains("T0002,Tổ HND thôn Quân 2,13324,HND,Thôn 2,Võ Thị Tiến,2006-02-02\n"));

    // Loans by key, the purpose quoted because it holds a comma, the rate as given.
    const QByteArray loans = TestData::readFile(QDir(dir.path()).filePath(QStringLiteral("loans.csv")));
    EXPECT_TRUE(
        loans.startsWith("loan_no,borrower_id,program_code,amount,disbursed_on,maturity_on,rate_pct_month,"
                         "frozen_on,purpose\nL0000001,KH000001,HMTN,97000000,2024-05-31,2028-08-31,"))
        << loans.left(300).toStdString();

    // Repayments ordered by loan, date, then amount.
    const QByteArray repayments =
        TestData::readFile(QDir(dir.path()).filePath(QStringLiteral("repayments.csv")));
    const QList<QByteArray> lines = repayments.split('\n');
    for (qsizetype i = 2; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> a = lines[i - 1].split(',');
        const QList<QByteArray> b = lines[i].split(',');
        ASSERT_TRUE(a[0] < b[0] || (a[0] == b[0] && a[1] <= b[1])) << lines[i].toStdString();
    }
}
