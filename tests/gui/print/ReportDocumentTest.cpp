// The printed monthly report: the PDF read back with poppler-utils, as the office will read it.
#include "PdfTools.h"
#include "TempDatabase.h"
#include "TestData.h"

#include "common/DisplayOptions.h"
#include "domain/Catalogue.h"
#include "print/ReportDocument.h"
#include "report/ReportText.h"
#include "service/PortfolioService.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace {

const QDate kReportDate(2023, 9, 5);

const QString kProvisional = QStringLiteral("SỐ LIỆU TẠM TÍNH");

/// Where @p word is first printed on @p page, in points from the paper's top left (null when it is not).
QRectF wordBox(const QString& pdf, int page, const QString& word)
{
    const QString xml = QString::fromUtf8(
        PdfTools::run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                       QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")}));
    static const QRegularExpression box(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    for (auto it = box.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(5) == word)
            return QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                          QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()));
    }
    return {};
}

/// The first line of @p pageText that holds anything: what is printed at the top of the page.
QString firstLine(const QString& pageText)
{
    for (const QString& line : pageText.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line;
    }
    return {};
}

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

    // Every program on its line, in the catalogue's order, with its figures formatted as on screen
    // (DisplayOptions), right of its name. In millions the amounts are footed (the rows add up to the printed
    // total): each one its own rounding or one hundredth next to it.
    const ReportTable& table = document.table();
    ASSERT_EQ(table.rows.size(), 12);
    auto hundredths = [](const QString& printed) {
        QString digits = printed;
        digits.remove(u'.').remove(u',');
        return digits.toLongLong();
    };
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const ReportRow& row = table.rows[i];
        EXPECT_EQ(row.key, Catalogue::programOrder().value(i));
        const QString line = PdfTools::lineWith(text, u' ' + row.key + u' ');
        ASSERT_FALSE(line.isEmpty()) << row.key.toStdString();
        EXPECT_TRUE(line.contains(row.name)) << line.toStdString();
        for (Column column : {Column::OutstandingStart, Column::Disbursed, Column::OutstandingEnd,
                              Column::Overdue, Column::OverdueRatio, Column::Loans}) {
            const QString figure = document.cellText(row, column);
            EXPECT_TRUE(line.contains(figure)) << line.toStdString() << " lacks " << figure.toStdString();
            const Cell exact = cellOf(row, column);
            if (const auto* amount = std::get_if<Money>(&exact)) {
                EXPECT_LE(std::abs(hundredths(figure) - hundredths(options.money(*amount))), 1);
            }
        }
        // Counts and ratios are never footed.
        EXPECT_EQ(document.cellText(row, Column::Loans), options.count(row.figures.loans));
        EXPECT_EQ(document.cellText(row, Column::OverdueRatio), options.percent(row.figures.overdueRatio()));
        EXPECT_GT(line.indexOf(document.cellText(row, Column::OutstandingEnd)), line.indexOf(row.name));
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

namespace {

/// A summary by group of 90 groups: several pages.
ReportTable ninetyGroups()
{
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
    return table;
}

} // namespace

TEST_F(ReportDocumentTest, LongReportRepeatsItsHeaderOnEveryPage)
{
    ReportDocument document(ninetyGroups(), DisplayOptions{}, signatories());
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

// domain.md §8: a report of a month that is not closed says so plainly on every printed page.
TEST_F(ReportDocumentTest, OpenMonthIsProvisionalOnEveryPage)
{
    // portfolio-small as imported: no month is closed.
    for (const ReportRequest& request :
         {august(), august(Breakdown::Group), august(Breakdown::Commune, ReportTable::Kind::Ageing)}) {
        SCOPED_TRACE(breakdownCode(request.by).toStdString());
        const ReportDocument document = build(request, DisplayOptions{});
        EXPECT_TRUE(document.isProvisional());
        const QString path = pdf(document);
        const int pages = PdfTools::pageCount(path);
        ASSERT_EQ(pages, document.pageCount());
        for (int page = 1; page <= pages; ++page) {
            const QString text = PdfTools::text(path, page);
            // In the page header, above everything else, on every page…
            EXPECT_TRUE(firstLine(text).contains(kProvisional)) << "page " << page << ":\n"
                                                                << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("Trang %1/%2").arg(page).arg(pages)));
        }
        // …and in bold under the title of page 1 and of the chart page, beside the period.
        const QString first = PdfTools::flat(path, 1);
        EXPECT_EQ(first.count(kProvisional), 2) << first.toStdString();
        const QString period = request.kind == ReportTable::Kind::Ageing
                                   ? QStringLiteral("Đến hết ngày 31/08/2023")
                                   : QStringLiteral("Tháng 08 năm 2023");
        EXPECT_TRUE(first.contains(period + QStringLiteral(" – ") + kProvisional)) << first.toStdString();
        if (document.hasChartPage()) {
            const QString charts = PdfTools::flat(path, pages);
            EXPECT_TRUE(charts.contains(QStringLiteral("BIỂU ĐỒ DƯ NỢ VÀ NỢ QUÁ HẠN")));
            EXPECT_EQ(charts.count(kProvisional), 2) << charts.toStdString();
        }
        // The PDF's own title says it too (a viewer shows it in its window).
        const QString info = QString::fromUtf8(PdfTools::run(QStringLiteral("pdfinfo"), {path}));
        EXPECT_TRUE(PdfTools::lineWith(info, QStringLiteral("Title:")).contains(kProvisional))
            << info.toStdString();
    }
}

TEST_F(ReportDocumentTest, LongProvisionalReportIsMarkedOnEveryPage)
{
    ReportTable table = ninetyGroups();
    table.closed = false;
    ReportDocument provisional(table, DisplayOptions{}, signatories());
    provisional.setDate(kReportDate);
    const QString path = pdf(provisional, QStringLiteral("provisional.pdf"));
    const int pages = PdfTools::pageCount(path);
    ASSERT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(firstLine(PdfTools::text(path, page)).contains(kProvisional)) << "page " << page;

    // The same report of a closed month: no mark anywhere, and the same pages, broken at the same rows (the
    // mark takes no room from the table: it is in the top margin and beside the period).
    table.closed = true;
    ReportDocument closed(table, DisplayOptions{}, signatories());
    closed.setDate(kReportDate);
    EXPECT_FALSE(closed.isProvisional());
    const QString closedPath = pdf(closed, QStringLiteral("closed.pdf"));
    EXPECT_FALSE(PdfTools::text(closedPath).contains(QStringLiteral("TẠM TÍNH")));
    EXPECT_EQ(closed.pageCount(), provisional.pageCount());
    EXPECT_EQ(PdfTools::pageCount(closedPath), pages);
    for (int page = 1; page <= pages; ++page) {
        QString withoutMark = PdfTools::flat(path, page);
        withoutMark.remove(QStringLiteral(" – ") + kProvisional);
        withoutMark.remove(kProvisional + u' ');
        // Compared as a whole (not printed: a failure would print pages of figures).
        EXPECT_TRUE(withoutMark == PdfTools::flat(closedPath, page)) << "page " << page << " differs";
        // And in the same place on the paper: the mark's band comes out of the top margin.
        for (const QString& word : {QStringLiteral("STT"), QStringLiteral("Trang")}) {
            const QRectF open = wordBox(path, page, word);
            const QRectF shut = wordBox(closedPath, page, word);
            ASSERT_FALSE(open.isNull()) << word.toStdString() << " on page " << page;
            EXPECT_NEAR(open.top(), shut.top(), 0.1) << word.toStdString() << " on page " << page;
            EXPECT_NEAR(open.left(), shut.left(), 0.1) << word.toStdString() << " on page " << page;
        }
    }
    // The mark sits in the band above the content, inside the page's printable area (7 mm from the top),
    // right-aligned with the table.
    const QRectF mark = wordBox(path, 2, QStringLiteral("SỐ"));
    const QRectF stt = wordBox(path, 2, QStringLiteral("STT"));
    const double millimetre = 72 / 25.4;
    EXPECT_GT(mark.top(), 7 * millimetre);
    EXPECT_LT(mark.bottom(), stt.top());
    EXPECT_EQ(provisional.pageLayout().margins().top(), 7);
    EXPECT_EQ(closed.pageLayout().margins().top(), 15);
}

TEST_F(ReportDocumentTest, ClosedMonthIsNotProvisional)
{
    PortfolioService service(m_temp.db());
    const Status closed = service.closeMonthsThrough(YearMonth(2023, 8));
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();

    for (const ReportRequest& request :
         {august(), august(Breakdown::Organization), august(Breakdown::Program, ReportTable::Kind::Ageing)}) {
        SCOPED_TRACE(breakdownCode(request.by).toStdString());
        const ReportDocument document = build(request, DisplayOptions{});
        EXPECT_FALSE(document.isProvisional());
        const QString path = pdf(document);
        const QString text = PdfTools::text(path);
        EXPECT_FALSE(text.contains(QStringLiteral("TẠM TÍNH"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Trang 1/")));
        // Page 1 starts with the bank's heading, as before months were closed.
        EXPECT_TRUE(
            firstLine(PdfTools::text(path, 1)).contains(QStringLiteral("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI")));
        const QString info = QString::fromUtf8(PdfTools::run(QStringLiteral("pdfinfo"), {path}));
        EXPECT_FALSE(info.contains(QStringLiteral("TẠM TÍNH"))) << info.toStdString();
    }

    // The month after the closed ones is open again: provisional on every page.
    ReportRequest september = august();
    september.month = YearMonth(2023, 9);
    const QString path = pdf(build(september, DisplayOptions{}), QStringLiteral("september.pdf"));
    const int pages = PdfTools::pageCount(path);
    ASSERT_GE(pages, 2);
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(PdfTools::text(path, page).contains(kProvisional)) << "page " << page;
}

TEST_F(ReportDocumentTest, ProvisionalMarkInEnglishAndFrench)
{
    const struct
    {
        Language language;
        QString mark;
    } cases[] = {{Language::English, QStringLiteral("Provisional figures")},
                 {Language::French, QStringLiteral("Chiffres provisoires")},
                 {Language::Vietnamese, kProvisional}};
    for (const auto& c : cases) {
        EXPECT_EQ(ReportText::provisionalMark(c.language), c.mark);
        DisplayOptions options;
        options.language = c.language;
        const QString path = pdf(build(august(), options), c.mark + QStringLiteral(".pdf"));
        const int pages = PdfTools::pageCount(path);
        ASSERT_GE(pages, 2);
        for (int page = 1; page <= pages; ++page) {
            const QString text = PdfTools::flat(path, page);
            EXPECT_TRUE(text.contains(c.mark)) << c.mark.toStdString() << ", page " << page;
            // One language per report: no Vietnamese mark in an English or French one.
            if (c.language != Language::Vietnamese) {
                EXPECT_FALSE(text.contains(kProvisional)) << text.toStdString();
            }
        }
    }
}
