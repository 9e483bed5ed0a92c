// The Reports page: what it shows is what it prints and exports; its CSV is the CLI's.
#include "PdfTools.h"
#include "TempDatabase.h"
#include "TestData.h"

#include "print/ReportSettingsDialog.h"
#include "reports/ReportsView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class ReportsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(TestData::importFixture(m_temp.db(), QStringLiteral("portfolio-small")));
    }

    TempDatabase m_temp;
};

/// Lets the page finish reading its report off the UI thread.
bool waitUntilIdle(const ReportsView& view)
{
    QDeadlineTimer deadline(20000);
    while (view.isBusy() && !deadline.hasExpired())
        QTest::qWait(10);
    QCoreApplication::processEvents();
    return !view.isBusy();
}

} // namespace

TEST_F(ReportsViewTest, ExportCsvIsTheCliSummaryCsv)
{
    ReportsView view(m_temp.db());
    view.setMonth(YearMonth(2023, 8));
    DisplayOptions english; // the window's language and unit do not change the CSV
    english.language = Language::English;
    english.unit = MoneyUnit::MillionDong;
    view.setDisplayOptions(english);
    const QList<std::pair<Breakdown, QString>> breakdowns = {
        {Breakdown::Program, QStringLiteral("program")},
        {Breakdown::Commune, QStringLiteral("commune")},
        {Breakdown::Organization, QStringLiteral("organization")},
        {Breakdown::Group, QStringLiteral("group")}};
    for (const auto& [by, code] : breakdowns) {
        view.setReport(ReportTable::Kind::Summary, by);
        const QString path = m_temp.filePath(QStringLiteral("export-%1.csv").arg(code));
        ASSERT_TRUE(view.exportCsv(path).ok());
        const QByteArray expected = TestData::normalizeLineEnds(TestData::readFile(
            TestData::fixture(QStringLiteral("portfolio-small/expected/summary-2023-08-%1.csv").arg(code))));
        EXPECT_EQ(TestData::readFile(path), expected) << code.toStdString();
        QByteArray cli;
        ASSERT_EQ(TestData::runCli({QStringLiteral("summary"), QStringLiteral("--db"), m_temp.path(),
                                    QStringLiteral("--month"), QStringLiteral("2023-08"),
                                    QStringLiteral("--by"), code},
                                   &cli),
                  0);
        EXPECT_EQ(TestData::readFile(path), cli) << code.toStdString();
    }
}

TEST_F(ReportsViewTest, ShowsTheReportAsPrinted)
{
    ReportsView view(m_temp.db());
    view.setMonth(YearMonth(2023, 8));
    DisplayOptions options;
    options.unit = MoneyUnit::MillionDong;
    view.setDisplayOptions(options);
    view.setReport(ReportTable::Kind::Summary, Breakdown::Program);
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(waitUntilIdle(view));

    auto* table = view.findChild<QTableWidget*>(QStringLiteral("reportTableWidget"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 13);
    ASSERT_EQ(table->columnCount(), 13);
    EXPECT_EQ(table->horizontalHeaderItem(0)->text(), QStringLiteral("STT"));
    // Headings as printed, in two lines on screen.
    EXPECT_EQ(table->horizontalHeaderItem(9)->text(), QStringLiteral("Dư nợ\ncuối kỳ"));
    EXPECT_EQ(table->item(12, 2)->text(), QStringLiteral("Tổng cộng"));
    EXPECT_EQ(table->item(12, 9)->text(), QStringLiteral("5.762,33"));
    EXPECT_TRUE(table->item(12, 9)->font().bold());
    EXPECT_EQ(table->item(12, 9)->textAlignment() & Qt::AlignRight, Qt::AlignRight);

    // The same texts in the PDF.
    const QString pdf = m_temp.filePath(QStringLiteral("view.pdf"));
    ASSERT_TRUE(view.savePdf(pdf).ok());
    const QString text = PdfTools::text(pdf);
    for (int row = 0; row < table->rowCount() - 1; ++row) {
        const QString line = PdfTools::lineWith(text, u' ' + table->item(row, 1)->text() + u' ');
        EXPECT_TRUE(line.contains(table->item(row, 9)->text())) << line.toStdString();
    }

    // Choosing the ageing table through the combo box.
    auto* combo = view.findChild<QComboBox*>(QStringLiteral("reportComboBox"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 8);
    combo->setCurrentIndex(5);
    EXPECT_EQ(view.request().kind, ReportTable::Kind::Ageing);
    EXPECT_EQ(view.request().by, Breakdown::Commune);
    ASSERT_TRUE(waitUntilIdle(view));
    EXPECT_EQ(table->horizontalHeaderItem(2)->text(), QStringLiteral("Xã, phường"));
    // STT, code, name, current, the five ages, total overdue, frozen, total outstanding (as printed).
    EXPECT_EQ(table->columnCount(), 12);
    EXPECT_EQ(table->horizontalHeaderItem(9)->text().simplified(), QStringLiteral("Tổng nợ quá hạn"));
    EXPECT_EQ(table->horizontalHeaderItem(11)->text().simplified(), QStringLiteral("Tổng dư nợ"));
}

TEST_F(ReportsViewTest, MonthChosenInTheViewIsAnnounced)
{
    ReportsView view(m_temp.db());
    view.setMonth(YearMonth(2023, 8));
    QList<YearMonth> chosen;
    QObject::connect(&view, &ReportsView::monthChosen, [&chosen](YearMonth month) { chosen.append(month); });
    view.setMonth(YearMonth(2023, 7)); // from the window: not announced back
    EXPECT_TRUE(chosen.isEmpty());
    auto* edit = view.findChild<QDateEdit*>(QStringLiteral("monthEdit"));
    ASSERT_NE(edit, nullptr);
    edit->setDate(QDate(2024, 2, 1));
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.front(), YearMonth(2024, 2));
    EXPECT_EQ(view.request().month, YearMonth(2024, 2));
}

TEST_F(ReportsViewTest, ReadsTheReportOffTheUiThread)
{
    ReportsView view(m_temp.db());
    view.setMonth(YearMonth(2023, 8));
    view.show();
    ASSERT_TRUE(waitUntilIdle(view));
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("reportTableWidget"));
    auto* preview = view.findChild<QPushButton*>(QStringLiteral("previewButton"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isEnabled());
    // Another month: the call returns at once, the buttons wait for the new report, then it shows.
    view.setMonth(YearMonth(2023, 2));
    EXPECT_TRUE(view.isBusy());
    EXPECT_FALSE(preview->isEnabled());
    ASSERT_TRUE(waitUntilIdle(view));
    EXPECT_TRUE(preview->isEnabled());
    auto expected = ReportDocument::build(m_temp.db(), view.request(), {}, view.reportSettings());
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(table->rowCount(), static_cast<int>(expected->table().rows.size()) + 1);
    const int last = table->rowCount() - 1;
    const QList<Column> columns = columnsOf(expected->table());
    for (int c = 0; c < static_cast<int>(columns.size()); ++c)
        EXPECT_EQ(table->item(last, c + 1)->text(),
                  expected->cellText(expected->table().total, columns[c], true));
    // Asking for the document while it is being read gives it at once, the same as the page then shows.
    view.setMonth(YearMonth(2023, 5));
    ASSERT_TRUE(view.isBusy());
    auto document = view.document();
    ASSERT_TRUE(document.ok());
    EXPECT_FALSE(view.isBusy());
    EXPECT_EQ(document->table().month, YearMonth(2023, 5));
    EXPECT_TRUE(preview->isEnabled());
}

TEST_F(ReportsViewTest, ExportsWorkbookAndPdfOfTheChosenMonth)
{
    ReportsView view(m_temp.db());
    view.setMonth(YearMonth(2023, 2));
    view.setReport(ReportTable::Kind::Summary, Breakdown::Commune);
    view.setReportDate(QDate(2023, 3, 3));
    const QString xlsx = m_temp.filePath(QStringLiteral("view.xlsx"));
    ASSERT_TRUE(view.exportXlsx(xlsx).ok());
    const QByteArray workbook = PdfTools::run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")});
    EXPECT_EQ(workbook.count("<sheet "), 4);
    EXPECT_TRUE(workbook.contains("activeTab=\"1\""));
    const QString pdf = m_temp.filePath(QStringLiteral("view.pdf"));
    ASSERT_TRUE(view.savePdf(pdf).ok());
    const QString flat = PdfTools::flat(pdf);
    EXPECT_TRUE(flat.contains(QStringLiteral("BÁO CÁO TỔNG HỢP DƯ NỢ THEO XÃ, PHƯỜNG")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Tháng 02 năm 2023")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Duy Tiên, ngày 03 tháng 03 năm 2023")));
}

TEST_F(ReportsViewTest, SettingsReachThePage)
{
    ReportsView view(m_temp.db());
    view.setMonth(YearMonth(2023, 8));
    ReportSettings settings;
    settings.officeName = QStringLiteral("PHÒNG GIAO DỊCH HUYỆN KIM BẢNG");
    settings.place = QStringLiteral("Kim Bảng");
    settings.directorName = QStringLiteral("Phạm Thị Lan");
    view.setReportSettings(settings);
    view.setReportDate(QDate(2023, 9, 4));
    const QString pdf = m_temp.filePath(QStringLiteral("settings.pdf"));
    ASSERT_TRUE(view.savePdf(pdf).ok());
    const QString flat = PdfTools::flat(pdf);
    EXPECT_TRUE(flat.contains(QStringLiteral("PHÒNG GIAO DỊCH HUYỆN KIM BẢNG")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Kim Bảng, ngày 04 tháng 09 năm 2023")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Phạm Thị Lan")));

    // The dialog edits the same fields.
    ReportSettingsDialog dialog(settings);
    EXPECT_EQ(dialog.settings(), settings);
    auto* director = dialog.findChild<QLineEdit*>(QStringLiteral("directorNameLineEdit"));
    ASSERT_NE(director, nullptr);
    director->setText(QStringLiteral("  Đỗ Văn Minh "));
    EXPECT_EQ(dialog.settings().directorName, QStringLiteral("Đỗ Văn Minh"));
}

TEST_F(ReportsViewTest, EmptyDatabaseStillOpens)
{
    TempDatabase empty;
    ReportsView view(empty.db());
    view.show();
    ASSERT_TRUE(waitUntilIdle(view));
    auto* preview = view.findChild<QPushButton*>(QStringLiteral("previewButton"));
    ASSERT_NE(preview, nullptr);
    // No data, so no month to report on: the page says so, and nothing can be printed as if it were a report.
    EXPECT_FALSE(preview->isEnabled());
    auto* status = view.findChild<QLabel*>(QStringLiteral("statusLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("no loan yet"))) << status->text().toStdString();
    const QString pdf = empty.filePath(QStringLiteral("empty.pdf"));
    EXPECT_FALSE(view.savePdf(pdf).ok());
    EXPECT_FALSE(QFileInfo::exists(pdf));
}
