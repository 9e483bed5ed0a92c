// The printed monthly report: the PDF read back with poppler-utils, as the office will read it.
#include "PdfTools.h"
#include "TempDatabase.h"
#include "TestData.h"

#include "common/DisplayOptions.h"
#include "print/ReportDocument.h"
#include "report/ReportText.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace {

const QDate kReportDate(2023, 9, 5);

ReportSettings signatories()
{
    ReportSettings settings;
    settings.preparerName = QStringLiteral("Nguyễn Thị Hồng Nhung");
    settings.controllerName = QStringLiteral("Trần Văn Hưng");
    settings.directorName = QStringLiteral("Lê Đức Thắng");
    return settings;
}

class ReportDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const QString& tool :
             {QStringLiteral("pdftotext"), QStringLiteral("pdffonts"), QStringLiteral("pdfimages")})
            ASSERT_FALSE(QStandardPaths::findExecutable(tool).isEmpty())
                << tool.toStdString() << " (poppler-utils)";
        ASSERT_TRUE(TestData::importFixture(m_temp.db(), QStringLiteral("portfolio-small")));
    }

    ReportDocument build(const ReportRequest& request, const DisplayOptions& options,
                         const ReportSettings& settings = signatories())
    {
        auto document = ReportDocument::build(m_temp.db(), request, options, settings);
        EXPECT_TRUE(document.ok()) << (document.ok() ? std::string()
                                                     : document.error().message.toStdString());
        ReportDocument result = std::move(document).value();
        result.setDate(kReportDate);
        return result;
    }

    static ReportRequest august(Breakdown by = Breakdown::Program,
                                ReportTable::Kind kind = ReportTable::Kind::Summary)
    {
        ReportRequest request;
        request.kind = kind;
        request.by = by;
        request.month = YearMonth(2023, 8);
        return request;
    }

    QString pdf(const ReportDocument& document, const QString& name = QStringLiteral("report.pdf"))
    {
        const QString path = m_temp.filePath(name);
        const Status written = document.writePdf(path);
        EXPECT_TRUE(written.ok()) << (written.ok() ? std::string() : written.error().message.toStdString());
        return path;
    }

    TempDatabase m_temp;
};

} // namespace

TEST_F(ReportDocumentTest, PdfHoldsTitleMonthFiguresTotalsAndSignatures)
{
    DisplayOptions options;
    options.unit = MoneyUnit::MillionDong;
    const ReportDocument document = build(august(), options);
    const QString path = pdf(document);
    const QString text = PdfTools::text(path);
    const QString flat = PdfTools::flat(path);

    for (const QString& expected :
         {QStringLiteral("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI"),
          QStringLiteral("PHÒNG GIAO DỊCH THỊ XÃ DUY TIÊN"),
          QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
          QStringLiteral("BÁO CÁO TỔNG HỢP DƯ NỢ THEO CHƯƠNG TRÌNH TÍN DỤNG"),
          QStringLiteral("Tháng 08 năm 2023"),
          QStringLiteral("Đơn vị: triệu đồng"),
          QStringLiteral("STT"),
          QStringLiteral("Tổng cộng"),
          QStringLiteral("Tổng dư nợ cuối kỳ: 5.762.334.854 đồng"),
          QStringLiteral(
              "Bằng chữ: Năm tỷ bảy trăm sáu mươi hai triệu ba trăm ba mươi bốn nghìn tám trăm năm "
              "mươi bốn đồng."),
          QStringLiteral("Duy Tiên, ngày 05 tháng 09 năm 2023"),
          QStringLiteral("NGƯỜI LẬP BIỂU"),
          QStringLiteral("KIỂM SOÁT"),
          QStringLiteral("GIÁM ĐỐC"),
          QStringLiteral("(Ký, ghi rõ họ tên)"),
          QStringLiteral("(Ký tên, đóng dấu)"),
          QStringLiteral("Nguyễn Thị Hồng Nhung"),
          QStringLiteral("Trần Văn Hưng"),
          QStringLiteral("Lê Đức Thắng")}) {
        EXPECT_TRUE(flat.contains(expected)) << expected.toStdString();
    }

    // Every program on its line with its figures formatted as on screen (DisplayOptions), right of its name.
    const ReportTable& table = document.table();
    ASSERT_EQ(table.rows.size(), 12);
    for (const ReportRow& row : table.rows) {
        const QString line = PdfTools::lineWith(text, u' ' + row.key + u' ');
        ASSERT_FALSE(line.isEmpty()) << row.key.toStdString();
        EXPECT_TRUE(line.contains(row.name)) << line.toStdString();
        const QStringList figures = {
            options.money(row.figures.outstandingStart), options.money(row.figures.disbursed),
            options.money(row.figures.outstandingEnd),   options.money(row.figures.overdue),
            options.percent(row.figures.overdueRatio()), options.count(row.figures.loans)};
        for (const QString& figure : figures)
            EXPECT_TRUE(line.contains(figure)) << line.toStdString() << " lacks " << figure.toStdString();
        EXPECT_GT(line.indexOf(options.money(row.figures.outstandingEnd)), line.indexOf(row.name));
    }
    // The totals, bold on their own row.
    const QString totals = PdfTools::lineWith(text, QStringLiteral("Tổng cộng"));
    for (const QString& figure :
         {QStringLiteral("5.592,13"), QStringLiteral("281,50"), QStringLiteral("111,29"),
          QStringLiteral("5.762,33"), QStringLiteral("118,57"), QStringLiteral("72,75"),
          QStringLiteral("2,06"), QStringLiteral("112"), QStringLiteral("141")})
        EXPECT_TRUE(totals.contains(figure)) << totals.toStdString() << " lacks " << figure.toStdString();
    EXPECT_EQ(options.money(table.total.figures.outstandingEnd), QStringLiteral("5.762,33"));

    // Every page carries its number.
    const int pages = PdfTools::pageCount(path);
    EXPECT_EQ(pages, document.pageCount());
    EXPECT_EQ(pages, 2); // the table with its signatures, then the charts
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(PdfTools::text(path, page).contains(QStringLiteral("Trang %1/%2").arg(page).arg(pages)))
            << "page " << page;
}

TEST_F(ReportDocumentTest, ChartPageIsDrawnAsVectors)
{
    const ReportDocument document = build(august(), DisplayOptions{});
    ASSERT_TRUE(document.hasChartPage());
    const QString path = pdf(document);
    const QString charts = PdfTools::flat(path, PdfTools::pageCount(path));
    EXPECT_TRUE(charts.contains(QStringLiteral("BIỂU ĐỒ DƯ NỢ VÀ NỢ QUÁ HẠN")));
    EXPECT_TRUE(charts.contains(QStringLiteral("Dư nợ cuối kỳ theo chương trình tín dụng (đồng)")));
    EXPECT_TRUE(charts.contains(QStringLiteral("Nợ quá hạn theo xã, phường (đồng)")));
    // The bars' labels and the axes are text in the PDF (so vectors), with the figures as on screen.
    EXPECT_TRUE(charts.contains(QStringLiteral("Cho vay học sinh sinh viên")));
    EXPECT_TRUE(charts.contains(QStringLiteral("1.432.504.831")));
    EXPECT_TRUE(charts.contains(QStringLiteral("Xã Mộc Bắc")));
    // And no raster image anywhere: pdfimages lists only its two header lines.
    const QString images =
        QString::fromUtf8(PdfTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}));
    EXPECT_EQ(images.trimmed().split(u'\n').size(), 2) << images.toStdString();
}

TEST_F(ReportDocumentTest, PdfEmbedsFontsThatCoverVietnamese)
{
    const QString path = pdf(build(august(Breakdown::Commune), DisplayOptions{}));
    const QString fonts = QString::fromUtf8(PdfTools::run(QStringLiteral("pdffonts"), {path}));
    const QStringList lines = fonts.trimmed().split(u'\n');
    ASSERT_GT(lines.size(), 2) << fonts.toStdString();
    for (qsizetype i = 2; i < lines.size(); ++i) {
        EXPECT_TRUE(lines[i].startsWith(QStringLiteral("DejaVuSans"))) << lines[i].toStdString();
        // name type encoding emb sub uni: every font embedded, with a Unicode map (so the text can be
        // copied).
        const QStringList fields = lines[i].simplified().split(u' ');
        ASSERT_GE(fields.size(), 7);
        EXPECT_EQ(fields[fields.size() - 5], QStringLiteral("yes")) << lines[i].toStdString();
        EXPECT_EQ(fields[fields.size() - 3], QStringLiteral("yes")) << lines[i].toStdString();
    }

    // The fonts the report draws with have a glyph for every character of its Vietnamese vocabulary (with no
    // font installed Qt prints nothing and draws empty boxes).
    QString vocabulary =
        QStringLiteral("ăâđêôơưĂÂĐÊÔƠƯ àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ "
                       "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ ₫–");
    for (Breakdown by : {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
        vocabulary += ReportText::title(ReportTable::Kind::Summary, by, Language::Vietnamese);
        for (Column column : columnsOf(build(august(by), DisplayOptions{}).table()))
            vocabulary += ReportText::columnHeading(column, by, Language::Vietnamese);
    }
    vocabulary += ReportText::inWordsLine(Money::fromDong(586'123'456'789), Language::Vietnamese);
    for (const QFont& font :
         {ReportDocument::font(9), ReportDocument::font(9, true), ReportDocument::font(9, false, true),
          ReportDocument::font(9, true, true), ReportDocument::font(9, false, false, true),
          ReportDocument::font(9, true, false, true)}) {
        const QFontMetrics metrics(font);
        EXPECT_TRUE(QFontInfo(font).family().startsWith(QStringLiteral("DejaVu Sans")))
            << QFontInfo(font).family().toStdString();
        for (const char32_t ucs4 : vocabulary.toUcs4()) {
            if (ucs4 != U' ') {
                EXPECT_TRUE(metrics.inFontUcs4(ucs4))
                    << "no glyph for U+" << std::hex << static_cast<unsigned>(ucs4);
            }
        }
    }
}

TEST_F(ReportDocumentTest, LongReportRepeatsItsHeaderOnEveryPage)
{
    // A summary by group of 90 groups: several pages.
    ReportTable table;
    table.kind = ReportTable::Kind::Summary;
    table.by = Breakdown::Group;
    table.month = YearMonth(2023, 8);
    table.asOf = table.month.lastDay();
    for (int i = 1; i <= 90; ++i) {
        ReportRow row;
        row.key = QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0'));
        row.name = QStringLiteral("Tổ HPN thôn Đồng Văn %1").arg(i);
        row.figures.borrowers = 20 + i % 7;
        row.figures.loans = 25 + i % 9;
        row.figures.outstandingStart = Money::fromDong(1'000'000'000 + i * 1'234'567);
        row.figures.outstandingEnd = Money::fromDong(1'000'000'000 + i * 1'200'000);
        row.figures.overdue = Money::fromDong(i % 10 == 0 ? 5'000'000 : 0);
        row.figures.savings = Money::fromDong(30'000'000 + i * 10'000);
        table.total.figures.addAmounts(row.figures);
        table.total.figures.borrowers += row.figures.borrowers;
        table.rows.append(row);
    }
    table.total.key = QStringLiteral("TOTAL");
    ReportDocument document(table, DisplayOptions{}, signatories());
    document.setDate(kReportDate);
    const QString path = pdf(document);
    const int pages = PdfTools::pageCount(path);
    ASSERT_GE(pages, 3);
    EXPECT_EQ(pages, document.pageCount());
    int lastRowSeen = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = PdfTools::text(path, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Trang %1/%2").arg(page).arg(pages)));
        if (!text.contains(QStringLiteral("Tổ HPN thôn")) && !text.contains(QStringLiteral("Tổng cộng")))
            continue; // a page without table rows
        // The header on every page of the table: its headings (wrapped in their cells) and the column
        // numbers.
        EXPECT_TRUE(text.contains(QStringLiteral("STT"))) << "page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Tổ tiết kiệm"))) << "page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Tiền gửi"))) << "page " << page;
        static const QRegularExpression columnNumbers(
            QStringLiteral("A +B +C +1 +2 +3 +4 +5 +6 +7 +8 +9 +10 +11"));
        EXPECT_TRUE(text.contains(columnNumbers)) << "page " << page;
        // The rows continue where the last page stopped.
        const QString firstRow = QStringLiteral("Tổ HPN thôn Đồng Văn %1 ").arg(lastRowSeen + 1);
        if (lastRowSeen < 90) {
            EXPECT_TRUE(text.contains(firstRow))
                << "page " << page << " does not start with row " << lastRowSeen + 1;
        }
        for (int i = lastRowSeen + 1;
             i <= 90 && text.contains(QStringLiteral("Tổ HPN thôn Đồng Văn %1 ").arg(i)); ++i)
            lastRowSeen = i;
    }
    EXPECT_EQ(lastRowSeen, 90);
    // The header is printed once per table page, the title once.
    const QString all = PdfTools::text(path);
    EXPECT_EQ(all.count(QStringLiteral("BÁO CÁO TỔNG HỢP DƯ NỢ THEO TỔ TIẾT KIỆM VÀ VAY VỐN")), 1);
    EXPECT_TRUE(all.contains(QStringLiteral("GIÁM ĐỐC")));
}

TEST_F(ReportDocumentTest, PrinterAndPdfWriterPaintTheSamePages)
{
    const ReportDocument document = build(august(Breakdown::Organization), DisplayOptions{});
    const QString viaWriter = pdf(document, QStringLiteral("writer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString viaPrinter = m_temp.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(viaPrinter);
    ASSERT_EQ(document.paint(printer), document.pageCount());
    EXPECT_EQ(PdfTools::text(viaPrinter), PdfTools::text(viaWriter));
    EXPECT_EQ(document.pageLayout().orientation(), QPageLayout::Landscape);
}

TEST_F(ReportDocumentTest, PrintPreviewShowsTheSamePages)
{
    // What QPrintPreviewDialog does: a preview widget asks for the pages through paintRequested.
    const ReportDocument document = build(august(Breakdown::Group), DisplayOptions{});
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    QPrintPreviewWidget preview(&printer);
    int requests = 0;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter* target) {
        ++requests;
        EXPECT_EQ(document.paint(*target), document.pageCount());
    });
    preview.updatePreview();
    EXPECT_EQ(requests, 1);
    EXPECT_EQ(preview.pageCount(), document.pageCount());
    EXPECT_EQ(preview.orientation(), QPageLayout::Landscape);
}

TEST_F(ReportDocumentTest, AgeingReport)
{
    const ReportDocument document =
        build(august(Breakdown::Commune, ReportTable::Kind::Ageing), DisplayOptions{});
    EXPECT_FALSE(document.hasChartPage());
    const QString path = pdf(document);
    const QString flat = PdfTools::flat(path);
    EXPECT_TRUE(flat.contains(QStringLiteral("BÁO CÁO PHÂN LOẠI NỢ QUÁ HẠN THEO THỜI GIAN")));
    EXPECT_TRUE(flat.contains(QStringLiteral("(Theo xã, phường)")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Đến hết ngày 31/08/2023")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Dư nợ trong hạn")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Quá hạn trên 360 ngày")));
    EXPECT_TRUE(flat.contains(QStringLiteral("GIÁM ĐỐC")));
    EXPECT_FALSE(flat.contains(QStringLiteral("Bằng chữ")));
}

TEST_F(ReportDocumentTest, EnglishAndFrenchReports)
{
    DisplayOptions english;
    english.language = Language::English;
    english.unit = MoneyUnit::ThousandDong;
    const QString en = PdfTools::flat(pdf(build(august(), english), QStringLiteral("en.pdf")));
    for (const QString& expected :
         {QStringLiteral("VIETNAM BANK FOR SOCIAL POLICIES"), QStringLiteral("SOCIALIST REPUBLIC OF VIETNAM"),
          QStringLiteral("SUMMARY OF OUTSTANDING LOANS BY CREDIT PROGRAM"), QStringLiteral("August 2023"),
          QStringLiteral("Unit: thousand đồng"), QStringLiteral("Poor households"),
          QStringLiteral("5,762,335"),
          QStringLiteral(
              "In words: Five billion seven hundred and sixty-two million three hundred and thirty-four "
              "thousand eight hundred and fifty-four đồng."),
          QStringLiteral("Duy Tiên, 5 September 2023"), QStringLiteral("PREPARED BY"),
          QStringLiteral("DIRECTOR"), QStringLiteral("Page 1/")})
        EXPECT_TRUE(en.contains(expected)) << expected.toStdString();

    DisplayOptions french;
    french.language = Language::French;
    const QString frPath = pdf(build(august(), french), QStringLiteral("fr.pdf"));
    const QString fr = PdfTools::flat(frPath);
    for (const QString& expected :
         {QStringLiteral("SYNTHÈSE DES ENCOURS PAR PROGRAMME DE CRÉDIT"), QStringLiteral("Août 2023"),
          QStringLiteral("Unité : đồng"),
          QStringLiteral("En lettres : Cinq milliards sept cent soixante-deux "
                         "millions trois cent trente-quatre mille huit cent "
                         "cinquante-quatre đồng."),
          QStringLiteral("Duy Tiên, le 5 septembre 2023"), QStringLiteral("Page 1/")})
        EXPECT_TRUE(fr.contains(expected)) << expected.toStdString();
    const int pages = PdfTools::pageCount(frPath);
    EXPECT_TRUE(PdfTools::text(frPath, pages).contains(QStringLiteral("Page %1/%1").arg(pages)));
}

TEST_F(ReportDocumentTest, FilteredReportNamesItsScope)
{
    ReportRequest request = august();
    request.filter.organizationCode = QStringLiteral("HPN");
    const QString flat = PdfTools::flat(pdf(build(request, DisplayOptions{})));
    EXPECT_TRUE(flat.contains(QStringLiteral("Phạm vi: Hội Liên hiệp Phụ nữ")));
}

TEST_F(ReportDocumentTest, ReportVocabularyAgreesWithTheScreen)
{
    for (Language language : {Language::Vietnamese, Language::English, Language::French}) {
        for (MoneyUnit unit :
             {MoneyUnit::Dong, MoneyUnit::ThousandDong, MoneyUnit::MillionDong, MoneyUnit::BillionDong}) {
            DisplayOptions options;
            options.language = language;
            options.unit = unit;
            EXPECT_EQ(ReportText::unitName(unit, language), options.unitName());
            EXPECT_EQ(ReportText::locale(language), options.locale());
            EXPECT_EQ(ReportText::unitDecimals(unit), options.decimals());
        }
    }
}
