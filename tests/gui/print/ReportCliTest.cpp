// loandesk-cli summary --format pdf|xlsx: the desktop program's document and workbook, without a window.
#include "PdfTools.h"
#include "TempDatabase.h"
#include "TestData.h"

#include "print/ReportDocument.h"
#include "service/PortfolioService.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class ReportCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(TestData::importFixture(m_temp.db(), QStringLiteral("portfolio-small")));
        ASSERT_TRUE(m_config.isValid());
    }

    /// Runs the CLI with no display and its own, empty settings folder (so the report settings are the
    /// defaults, whatever this machine's user has saved).
    int cli(const QStringList& arguments, QByteArray* err = nullptr)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(TestData::cliPath(), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (err)
            *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    QStringList summary(const QStringList& more) const
    {
        return QStringList{QStringLiteral("summary"), QStringLiteral("--db"), m_temp.path(),
                           QStringLiteral("--month"), QStringLiteral("2023-08")} +
               more;
    }

    TempDatabase m_temp;
    QTemporaryDir m_config;
};

} // namespace

TEST_F(ReportCliTest, PdfIsTheDesktopProgramsDocument)
{
    const QString fromCli = m_temp.filePath(QStringLiteral("cli.pdf"));
    QByteArray err;
    ASSERT_EQ(
        cli(summary({QStringLiteral("--by"), QStringLiteral("commune"), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--out"), fromCli, QStringLiteral("--unit"),
                     QStringLiteral("million"), QStringLiteral("--date"), QStringLiteral("2023-09-05")}),
            &err),
        0)
        << err.toStdString();
    EXPECT_TRUE(err.isEmpty()) << err.toStdString(); // nothing on standard error when all went well

    DisplayOptions options;
    options.unit = MoneyUnit::MillionDong;
    ReportRequest request;
    request.by = Breakdown::Commune;
    request.month = YearMonth(2023, 8);
    auto document = ReportDocument::build(m_temp.db(), request, options, ReportSettings{});
    ASSERT_TRUE(document.ok());
    document->setDate(QDate(2023, 9, 5));
    const QString inProcess = m_temp.filePath(QStringLiteral("desktop.pdf"));
    ASSERT_TRUE(document->writePdf(inProcess).ok());

    const QString text = PdfTools::text(fromCli);
    EXPECT_TRUE(text.contains(QStringLiteral("BÁO CÁO TỔNG HỢP DƯ NỢ THEO XÃ, PHƯỜNG")));
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị: triệu đồng")));
    EXPECT_EQ(text, PdfTools::text(inProcess));
}

TEST_F(ReportCliTest, EnglishPdf)
{
    const QString out = m_temp.filePath(QStringLiteral("en.pdf"));
    ASSERT_EQ(cli(summary({QStringLiteral("--format=pdf"), QStringLiteral("--out"), out,
                           QStringLiteral("--language"), QStringLiteral("en")})),
              0);
    const QString flat = PdfTools::flat(out);
    EXPECT_TRUE(flat.contains(QStringLiteral("SUMMARY OF OUTSTANDING LOANS BY CREDIT PROGRAM")));
    EXPECT_TRUE(flat.contains(QStringLiteral("5,762,334,854")));
}

TEST_F(ReportCliTest, XlsxIsTheWorkbook)
{
    const QString out = m_temp.filePath(QStringLiteral("cli.xlsx"));
    ASSERT_EQ(cli(summary({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out,
                           QStringLiteral("--by"), QStringLiteral("group"), QStringLiteral("--unit"),
                           QStringLiteral("million")})),
              0);
    const QByteArray workbook = PdfTools::run(QStringLiteral("unzip"),
                                              {QStringLiteral("-p"), out, QStringLiteral("xl/workbook.xml")});
    EXPECT_EQ(workbook.count("<sheet "), 4);
    EXPECT_TRUE(workbook.contains("activeTab=\"3\""));
    const QByteArray sheet = PdfTools::run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("xl/worksheets/sheet1.xml")});
    EXPECT_TRUE(sheet.contains("<v>5762334854</v>")); // the total outstanding, a number in đồng
    const QByteArray styles =
        PdfTools::run(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("xl/styles.xml")});
    EXPECT_TRUE(styles.contains("formatCode=\"#,##0.00,,\""));
}

TEST_F(ReportCliTest, PrintedOptionsAreCheckedAsUsage)
{
    const QString out = m_temp.filePath(QStringLiteral("x.pdf"));
    EXPECT_EQ(cli(summary({QStringLiteral("--unit"), QStringLiteral("million")})), 1); // csv is always đồng
    EXPECT_EQ(cli(summary({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--language"),
                           QStringLiteral("en")})),
              1);
    EXPECT_EQ(cli(summary({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out,
                           QStringLiteral("--language"), QStringLiteral("de")})),
              1);
    EXPECT_EQ(cli(summary({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out,
                           QStringLiteral("--unit"), QStringLiteral("lakh")})),
              1);
    EXPECT_EQ(cli(summary({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out,
                           QStringLiteral("--date"), QStringLiteral("2023-02-30")})),
              1);
    EXPECT_EQ(cli(summary({QStringLiteral("--format"), QStringLiteral("xlsx")})), 1); // needs --out
    EXPECT_FALSE(QFile::exists(out));
    // A missing database is exit 3, also for the printed forms.
    EXPECT_EQ(cli({QStringLiteral("summary"), QStringLiteral("--db"),
                   m_temp.filePath(QStringLiteral("none.loandesk")), QStringLiteral("--month"),
                   QStringLiteral("2023-08"), QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--out"), out}),
              3);
}

// domain.md §8: the console program's PDF and workbook of an open month say "SỐ LIỆU TẠM TÍNH" on every
// page and in every sheet; of a closed month nowhere.
TEST_F(ReportCliTest, PdfAndWorkbookSayWhetherTheMonthIsProvisional)
{
    const QString mark = QStringLiteral("SỐ LIỆU TẠM TÍNH");
    auto printed = [&](const QString& month, const QString& format, const QString& name) {
        const QString out = m_temp.filePath(name);
        QByteArray err;
        EXPECT_EQ(
            cli({QStringLiteral("summary"), QStringLiteral("--db"), m_temp.path(), QStringLiteral("--month"),
                 month, QStringLiteral("--format"), format, QStringLiteral("--out"), out},
                &err),
            0)
            << err.toStdString();
        return out;
    };
    auto sharedStrings = [](const QString& xlsx) {
        return QString::fromUtf8(PdfTools::run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}));
    };

    // Nothing closed yet: August 2023 is provisional.
    const QString open =
        printed(QStringLiteral("2023-08"), QStringLiteral("pdf"), QStringLiteral("open.pdf"));
    const int pages = PdfTools::pageCount(open);
    ASSERT_GE(pages, 2);
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(PdfTools::text(open, page).contains(mark)) << "page " << page;
    EXPECT_TRUE(
        sharedStrings(printed(QStringLiteral("2023-08"), QStringLiteral("xlsx"), QStringLiteral("open.xlsx")))
            .contains(mark));

    // Closed through August 2023: no mark for August, the mark again for September.
    const Status closed = PortfolioService(m_temp.db()).closeMonthsThrough(YearMonth(2023, 8));
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    const QString closedPdf =
        printed(QStringLiteral("2023-08"), QStringLiteral("pdf"), QStringLiteral("closed.pdf"));
    EXPECT_FALSE(PdfTools::text(closedPdf).contains(QStringLiteral("TẠM TÍNH")));
    EXPECT_EQ(PdfTools::pageCount(closedPdf), pages);
    EXPECT_FALSE(sharedStrings(printed(QStringLiteral("2023-08"), QStringLiteral("xlsx"),
                                       QStringLiteral("closed.xlsx")))
                     .contains(QStringLiteral("TẠM TÍNH")));
    const QString september =
        printed(QStringLiteral("2023-09"), QStringLiteral("pdf"), QStringLiteral("september.pdf"));
    for (int page = 1; page <= PdfTools::pageCount(september); ++page)
        EXPECT_TRUE(PdfTools::text(september, page).contains(mark)) << "page " << page;
}

// loandesk-cli ageing --format pdf|xlsx: the printed ageing table (with its total overdue and outstanding)
// and its workbook, like summary's; the CSV stays cli.md's.
TEST_F(ReportCliTest, AgeingWritesPdfAndWorkbook)
{
    auto ageing = [&](const QStringList& more) {
        return QStringList{QStringLiteral("ageing"), QStringLiteral("--db"), m_temp.path(),
                           QStringLiteral("--as-of"), QStringLiteral("2023-08-31")} +
               more;
    };
    const QString pdf = m_temp.filePath(QStringLiteral("ageing.pdf"));
    QByteArray err;
    ASSERT_EQ(cli(ageing({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                          QStringLiteral("--by"), QStringLiteral("commune"), QStringLiteral("--date"),
                          QStringLiteral("2023-09-05")}),
                  &err),
              0)
        << err.toStdString();
    const QString flat = PdfTools::flat(pdf);
    EXPECT_TRUE(flat.contains(QStringLiteral("BÁO CÁO PHÂN LOẠI NỢ QUÁ HẠN THEO THỜI GIAN")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Đến hết ngày 31/08/2023")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Tổng nợ quá hạn")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Tổng dư nợ")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Duy Tiên, ngày 05 tháng 09 năm 2023")));
    EXPECT_TRUE(flat.contains(QStringLiteral("GIÁM ĐỐC")));

    const QString xlsx = m_temp.filePath(QStringLiteral("ageing.xlsx"));
    ASSERT_EQ(cli(ageing({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx,
                          QStringLiteral("--date"), QStringLiteral("2023-09-05"), QStringLiteral("--unit"),
                          QStringLiteral("million")}),
                  &err),
              0)
        << err.toStdString();
    const QByteArray sheet = PdfTools::run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    EXPECT_TRUE(sheet.contains("<f>SUM(")) << sheet.left(2000).toStdString();
    const QString strings = QString::fromUtf8(PdfTools::run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}));
    EXPECT_TRUE(strings.contains(QStringLiteral("Duy Tiên, ngày 05 tháng 09 năm 2023")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Tổng nợ quá hạn")));
    EXPECT_TRUE(strings.contains(QStringLiteral("NGƯỜI LẬP BIỂU")));

    // The CSV keeps cli.md's columns; the printed options stay for pdf and xlsx only.
    const QString csv = m_temp.filePath(QStringLiteral("ageing.csv"));
    ASSERT_EQ(cli(ageing({QStringLiteral("--out"), csv})), 0);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readLine().trimmed(),
              QByteArray("key,name,current,overdue_1_30,overdue_31_90,overdue_91_180,"
                         "overdue_181_360,overdue_over_360,frozen"));
    EXPECT_EQ(cli(ageing({QStringLiteral("--unit"), QStringLiteral("million")})), 1);
    EXPECT_EQ(cli(ageing({QStringLiteral("--format"), QStringLiteral("xlsx")})), 1); // needs --out
    EXPECT_EQ(cli(ageing({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), csv})),
              1);
}
