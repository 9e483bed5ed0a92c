// The office's settings (its name, place and signatories, and the mark of demonstration data) live in the
// database: saved once through the write path, every computer and loandesk-cli print the same header.
#include "TempDatabase.h"
#include "TestData.h"
#include "print/PdfTools.h"

#include "print/ReportSettings.h"
#include "print/ReportSettingsDialog.h"
#include "repo/AuditRepository.h"
#include "service/PortfolioService.h"

#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

/// The settings this computer kept before they moved to the database, removed again when the test ends.
class ComputerSettings
{
public:
    explicit ComputerSettings(const QString& office)
    {
        QSettings(QStringLiteral("LoanDesk"), QStringLiteral("LoanDesk"))
            .setValue(QStringLiteral("report/officeName"), office);
    }
    ~ComputerSettings()
    {
        QSettings(QStringLiteral("LoanDesk"), QStringLiteral("LoanDesk")).remove(QStringLiteral("report"));
    }
    ComputerSettings(const ComputerSettings&) = delete;
    ComputerSettings& operator=(const ComputerSettings&) = delete;
};

} // namespace

TEST(ReportSettings, SavedInTheDatabaseWithAnAuditRowAndReadBackByAnotherComputer)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("portfolio-small")));
    ReportSettings settings;
    settings.officeName = QStringLiteral("PHÒNG GIAO DỊCH HUYỆN KIM BẢNG");
    settings.place = QStringLiteral("Kim Bảng");
    settings.preparerName = QStringLiteral("Nguyễn Thị Lan");
    ASSERT_TRUE(settings.save(temp.db()).ok());

    // Another computer (no settings of its own) reads the same.
    EXPECT_EQ(ReportSettings::load(temp.db()), settings);
    AuditFilter filter;
    filter.record = QStringLiteral("office");
    auto rows = AuditRepository(temp.db()).find(filter);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->front().operation, AuditOperation::kEditOfficeSettings);
    EXPECT_TRUE(rows->front().newValues.contains(QStringLiteral("place: Kim Bảng")));

    // This computer's older settings no longer count once the database has its own.
    ComputerSettings older(QStringLiteral("PHÒNG GIAO DỊCH CŨ"));
    EXPECT_EQ(ReportSettings::load(temp.db()).officeName, settings.officeName);

    // loandesk-cli on a computer with no settings at all prints the database's office and place.
    temp.close();
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const QString pdf = config.filePath(QStringLiteral("summary.pdf"));
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(TestData::cliPath(),
              {QStringLiteral("summary"), QStringLiteral("--db"), temp.path(), QStringLiteral("--month"),
               QStringLiteral("2023-08"), QStringLiteral("--format"), QStringLiteral("pdf"),
               QStringLiteral("--out"), pdf, QStringLiteral("--date"), QStringLiteral("2023-09-05")});
    ASSERT_TRUE(cli.waitForFinished(120000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QString text = PdfTools::simplified(PdfTools::text(pdf, 1));
    EXPECT_TRUE(text.contains(QStringLiteral("PHÒNG GIAO DỊCH HUYỆN KIM BẢNG"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kim Bảng, ngày 05 tháng 09 năm 2023"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Thị Lan"))) << text.toStdString();

    // And its workbook.
    const QString xlsx = config.filePath(QStringLiteral("summary.xlsx"));
    QProcess workbook;
    workbook.setProcessEnvironment(environment);
    workbook.start(TestData::cliPath(),
                   {QStringLiteral("summary"), QStringLiteral("--db"), temp.path(), QStringLiteral("--month"),
                    QStringLiteral("2023-08"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                    QStringLiteral("--out"), xlsx});
    ASSERT_TRUE(workbook.waitForFinished(120000));
    ASSERT_EQ(workbook.exitCode(), 0) << workbook.readAllStandardError().toStdString();
    const QString strings = QString::fromUtf8(PdfTools::run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}));
    EXPECT_TRUE(strings.contains(QStringLiteral("PHÒNG GIAO DỊCH HUYỆN KIM BẢNG")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Nguyễn Thị Lan")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Kim Bảng")));
}

TEST(ReportSettings, ADatabaseWithoutSettingsShowsThoseThisComputerKeptBefore)
{
    TempDatabase temp;
    ComputerSettings older(QStringLiteral("PHÒNG GIAO DỊCH HUYỆN THANH LIÊM"));
    EXPECT_EQ(ReportSettings::load(temp.db()).officeName, QStringLiteral("PHÒNG GIAO DỊCH HUYỆN THANH LIÊM"));
    // Saved once, they are the database's.
    ReportSettings settings = ReportSettings::load(temp.db());
    ASSERT_TRUE(settings.save(temp.db()).ok());
    QSettings(QStringLiteral("LoanDesk"), QStringLiteral("LoanDesk")).remove(QStringLiteral("report"));
    EXPECT_EQ(ReportSettings::load(temp.db()).officeName, QStringLiteral("PHÒNG GIAO DỊCH HUYỆN THANH LIÊM"));
}

TEST(ReportSettings, TheDialogNeverChangesTheDemonstrationMark)
{
    TempDatabase temp;
    ASSERT_TRUE(PortfolioService(temp.db()).markDemonstration().ok());
    const ReportSettings loaded = ReportSettings::load(temp.db());
    ASSERT_TRUE(loaded.demonstration);
    ReportSettingsDialog dialog(loaded);
    auto* office = dialog.findChild<QLineEdit*>(QStringLiteral("officeNameLineEdit"));
    ASSERT_NE(office, nullptr);
    office->setText(QStringLiteral("  Phòng thử  "));
    const ReportSettings edited = dialog.settings();
    EXPECT_EQ(edited.officeName, QStringLiteral("Phòng thử"));
    EXPECT_TRUE(edited.demonstration);
    ASSERT_TRUE(edited.save(temp.db()).ok());
    EXPECT_TRUE(ReportSettings::load(temp.db()).demonstration);
}
