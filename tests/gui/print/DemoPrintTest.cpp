// The printed reports of the demonstration portfolio: every printed money column adds up to its printed
// total in every breakdown and unit, rows in the bank's order, a table that nearly fits its page ends on it,
// the totals row never alone and the signatures never split, and demonstration data watermarked on every
// page. The demonstration portfolio is built once per test program (or shared by CTest's fixture).
#include "DemoPortfolioSuite.h"
#include "PdfTools.h"
#include "TempDatabase.h"

#include "common/DisplayOptions.h"
#include "demo/DemoPortfolio.h"
#include "domain/Catalogue.h"
#include "print/ReportDocument.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"
#include "report/ReportText.h"
#include "report/XlsxRenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const YearMonth kAugust2023(2023, 8);
const QDate kReportDate(2023, 9, 5);

const Breakdown kBreakdowns[] = {Breakdown::Program, Breakdown::Commune, Breakdown::Organization,
                                 Breakdown::Group};
const MoneyUnit kUnits[] = {MoneyUnit::Dong, MoneyUnit::ThousandDong, MoneyUnit::MillionDong,
                            MoneyUnit::BillionDong};

/// A printed amount as a whole number of its last digit: `3.796,69` → 379669, `-1.200` → -1200.
qint64 printedUnits(const QString& text)
{
    qint64 value = 0;
    bool negative = false;
    for (const QChar c : text) {
        if (c == u'-' || c == QChar(0x2212))
            negative = true;
        else if (c.isDigit())
            value = value * 10 + c.digitValue();
    }
    return negative ? -value : value;
}

bool isMoney(Column column)
{
    switch (column) {
    case Column::Key:
    case Column::Name:
    case Column::Borrowers:
    case Column::Loans:
    case Column::OverdueRatio:
        return false;
    default:
        return true;
    }
}

QString withoutSpaces(QString text)
{
    return text.remove(u' ');
}

QByteArray unzip(const QString& zip, const QString& member)
{
    return PdfTools::run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
}

class DemoPrintTest : public DemoPortfolioSuite
{
protected:
    void SetUp() override { ASSERT_NE(s_database, nullptr); }

    static ReportDocument document(Breakdown by, MoneyUnit unit,
                                   ReportTable::Kind kind = ReportTable::Kind::Summary,
                                   Language language = Language::Vietnamese)
    {
        ReportRequest request;
        request.kind = kind;
        request.by = by;
        request.month = kAugust2023;
        DisplayOptions options;
        options.language = language;
        options.unit = unit;
        ReportSettings settings;
        settings.directorName = QStringLiteral("Lê Đức Thắng");
        auto built = ReportDocument::build(*s_database, request, options, settings);
        EXPECT_TRUE(built.ok()) << (built.ok() ? std::string() : built.error().message.toStdString());
        ReportDocument result = std::move(built).value();
        result.setDate(kReportDate);
        return result;
    }

    QString pdf(const ReportDocument& document, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const Status written = document.writePdf(path);
        EXPECT_TRUE(written.ok()) << (written.ok() ? std::string() : written.error().message.toStdString());
        return path;
    }

    /// Every money column of @p document: its printed rows add up to its printed total, and no row is more
    /// than one unit of its last digit away from its own rounding.
    static void expectFooted(const ReportDocument& document, const std::string& what)
    {
        const ReportTable& table = document.table();
        const int decimals = document.options().decimals();
        const QLocale locale = document.options().locale();
        for (Column column : document.columns()) {
            if (!isMoney(column))
                continue;
            qint64 rows = 0;
            for (const ReportRow& row : table.rows) {
                const qint64 printed = printedUnits(document.cellText(row, column));
                rows += printed;
                const qint64 alone = printedUnits(
                    std::get<Money>(cellOf(row, column)).format(locale, document.options().unit, decimals));
                EXPECT_LE(std::abs(printed - alone), 1) << what << " " << row.key.toStdString();
            }
            const qint64 total = printedUnits(document.cellText(table.total, column, true));
            EXPECT_EQ(rows, total) << what << " column " << columnCode(column).toStdString();
        }
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DemoPrintTest, PrintedRowsAddUpToThePrintedTotalInEveryBreakdownAndUnit)
{
    for (Breakdown by : kBreakdowns) {
        for (MoneyUnit unit : kUnits) {
            const ReportDocument doc = document(by, unit);
            const std::string what =
                breakdownCode(by).toStdString() + "/" + DisplayOptions::unitCode(unit).toStdString();
            expectFooted(doc, what);
            // The note says so in a unit; never in đồng, where nothing is rounded.
            EXPECT_EQ(doc.notes().contains(ReportText::roundingNote(Language::Vietnamese)),
                      unit != MoneyUnit::Dong)
                << what;
        }
    }
}

TEST_F(DemoPrintTest, AgeingTablesAreFootedToo)
{
    for (Breakdown by : {Breakdown::Program, Breakdown::Commune})
        expectFooted(document(by, MoneyUnit::MillionDong, ReportTable::Kind::Ageing),
                     "ageing/" + breakdownCode(by).toStdString());
}

TEST_F(DemoPrintTest, TheCommuneInterestColumnThatDidNotAddUp)
{
    // August 2023 by commune in million đồng: rounded one by one, the interest rows added up to 3.796,69
    // against a printed total of 3.796,67. Footed, the PDF's rows add up to the total it prints.
    const ReportDocument doc = document(Breakdown::Commune, MoneyUnit::MillionDong);
    const QString path = pdf(doc, QStringLiteral("commune-million.pdf"));
    const QString text = PdfTools::flat(path);
    const QString total = doc.cellText(doc.table().total, Column::CollectedInterest, true);
    EXPECT_TRUE(text.contains(total)) << total.toStdString();
    qint64 rows = 0;
    for (const ReportRow& row : doc.table().rows) {
        const QString printed = doc.cellText(row, Column::CollectedInterest);
        EXPECT_TRUE(text.contains(printed)) << printed.toStdString();
        rows += printedUnits(printed);
    }
    EXPECT_EQ(rows, printedUnits(total));
    EXPECT_TRUE(text.contains(QStringLiteral("Số liệu đã làm tròn theo đơn vị tính")));
}

TEST_F(DemoPrintTest, BorrowersNoteWhenTheRowsCountAHouseholdTwice)
{
    const ReportDocument doc = document(Breakdown::Program, MoneyUnit::Dong);
    qint64 rows = 0;
    for (const ReportRow& row : doc.table().rows)
        rows += row.figures.borrowers;
    EXPECT_GE(rows, doc.table().total.figures.borrowers);
    EXPECT_EQ(doc.notes().contains(ReportText::borrowersNote(Language::Vietnamese)),
              rows != doc.table().total.figures.borrowers);
}

TEST_F(DemoPrintTest, ProgramsAndOrganisationsInTheBanksOrderInPrint)
{
    const ReportDocument programs = document(Breakdown::Program, MoneyUnit::MillionDong);
    QStringList keys;
    for (const ReportRow& row : programs.table().rows)
        keys.append(row.key);
    EXPECT_EQ(keys, Catalogue::programOrder());
    const QString text = PdfTools::flat(pdf(programs, QStringLiteral("programs.pdf")), 1);
    for (qsizetype i = 0; i < keys.size(); ++i)
        EXPECT_TRUE(text.contains(QStringLiteral(" %1 %2 ").arg(i + 1).arg(keys[i])))
            << keys[i].toStdString();

    const ReportDocument organisations = document(Breakdown::Organization, MoneyUnit::MillionDong);
    const QString orgText = PdfTools::flat(pdf(organisations, QStringLiteral("organisations.pdf")), 1);
    const QStringList expected = QStringLiteral("HPN HND CCB DTN DIRECT").split(u' ');
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(orgText.contains(QStringLiteral(" %1 %2 ").arg(i + 1).arg(expected[i])))
            << expected[i].toStdString();

    const ReportDocument groups = document(Breakdown::Group, MoneyUnit::MillionDong);
    EXPECT_EQ(groups.table().rows.last().key, kDirectKey);
}

TEST_F(DemoPrintTest, CsvKeepsTheAscendingOrderOfCliMd)
{
    ReportBuilder builder(*s_database);
    for (Breakdown by : {Breakdown::Program, Breakdown::Organization}) {
        auto table = builder.summary(kAugust2023, by);
        ASSERT_TRUE(table.ok());
        QStringList keys;
        const QList<QByteArray> lines = ReportRenderers::toCsv(*table).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray key = lines[i].split(',').value(0);
            if (!key.isEmpty() && key != "TOTAL")
                keys.append(QString::fromUtf8(key));
        }
        QStringList sorted = keys;
        sorted.sort();
        EXPECT_EQ(keys, sorted) << breakdownCode(by).toStdString();
    }
}

TEST_F(DemoPrintTest, WorkbookInTheBanksOrderWithSumsAndSignatures)
{
    ReportBuilder builder(*s_database);
    XlsxOptions options;
    options.unit = MoneyUnit::MillionDong;
    options.date = kReportDate;
    options.directorName = QStringLiteral("Lê Đức Thắng");
    const QString path = m_dir.filePath(QStringLiteral("august.xlsx"));
    ASSERT_TRUE(XlsxRenderer::writeMonth(builder, ReportTable::Kind::Summary, kAugust2023, Breakdown::Program,
                                         {}, options, path)
                    .ok());
    // The codes are written row by row, so their shared strings come in the rows' order.
    const QString strings = QString::fromUtf8(unzip(path, QStringLiteral("xl/sharedStrings.xml")));
    qsizetype previous = -1;
    for (const QString& code : Catalogue::programOrder()) {
        const qsizetype at = strings.indexOf(QStringLiteral("<t>%1</t>").arg(code));
        ASSERT_GE(at, 0) << code.toStdString();
        EXPECT_GT(at, previous) << code.toStdString();
        previous = at;
    }
    EXPECT_TRUE(strings.contains(QStringLiteral("Duy Tiên, ngày 05 tháng 09 năm 2023")));
    EXPECT_TRUE(strings.contains(QStringLiteral("GIÁM ĐỐC")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Lê Đức Thắng")));
    EXPECT_FALSE(strings.contains(ReportText::demonstrationLine(Language::Vietnamese)));
    const QByteArray sheet = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains("<f>SUM("));
}

TEST_F(DemoPrintTest, DemonstrationWorkbookSaysSoUnderItsTitle)
{
    ReportBuilder builder(*s_database);
    XlsxOptions options;
    options.demonstration = true;
    const QString path = m_dir.filePath(QStringLiteral("demo.xlsx"));
    ASSERT_TRUE(XlsxRenderer::writeMonth(builder, ReportTable::Kind::Summary, kAugust2023, Breakdown::Commune,
                                         {}, options, path)
                    .ok());
    const QString strings = QString::fromUtf8(unzip(path, QStringLiteral("xl/sharedStrings.xml")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Dữ liệu mẫu — không phải số liệu thật")));
    for (int sheet = 1; sheet <= 4; ++sheet) {
        const QString xml =
            QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        EXPECT_TRUE(xml.contains(QStringLiteral("Dữ liệu mẫu — không phải số liệu thật")))
            << sheet; // page header
    }
}

TEST_F(DemoPrintTest, WatermarkOnEveryPageOfADemonstrationPdfOnly)
{
    for (Language language : {Language::Vietnamese, Language::English, Language::French}) {
        ReportDocument doc =
            document(Breakdown::Group, MoneyUnit::MillionDong, ReportTable::Kind::Summary, language);
        doc.setDemonstration(true);
        const QString path = pdf(doc, QStringLiteral("demo-%1.pdf").arg(static_cast<int>(language)));
        const int pages = PdfTools::pageCount(path);
        ASSERT_EQ(pages, doc.pageCount());
        ASSERT_GT(pages, 2); // the group report runs over several pages, then the charts
        const QString mark = ReportText::demonstrationMark(language);
        const QString line = ReportText::demonstrationLine(language);
        for (int page = 1; page <= pages; ++page) {
            const QString text = PdfTools::flat(path, page);
            // Drawn diagonally, the mark comes out of pdftotext with a space here and there ("M ẪU").
            EXPECT_TRUE(withoutSpaces(text).contains(withoutSpaces(mark))) << "page " << page;
            EXPECT_TRUE(text.contains(line)) << "page " << page;
        }
    }
    const QString real = pdf(document(Breakdown::Group, MoneyUnit::MillionDong), QStringLiteral("real.pdf"));
    for (int page = 1; page <= PdfTools::pageCount(real); ++page) {
        const QString text = PdfTools::flat(real, page);
        EXPECT_FALSE(withoutSpaces(text).contains(QStringLiteral("DỮLIỆUMẪU"))) << "page " << page;
        EXPECT_FALSE(text.contains(QStringLiteral("Dữ liệu mẫu"))) << "page " << page;
    }
}

TEST_F(DemoPrintTest, TheTwelveProgramsPrintOnOnePage)
{
    for (Language language : {Language::Vietnamese, Language::English, Language::French}) {
        for (MoneyUnit unit : {MoneyUnit::Dong, MoneyUnit::MillionDong}) {
            ReportDocument doc = document(Breakdown::Program, unit, ReportTable::Kind::Summary, language);
            // One page of table, totals and signatures, then the page of charts; in Vietnamese also with the
            // demonstration line under the title. (In English and French in đồng, names wrap in the narrower
            // name column and that line tips the table over: its last rows, the totals and the signatures go
            // to a second page together, as TotalsKeepThreeRowsAndTheSignaturesStayWhole checks.)
            EXPECT_EQ(doc.pageCount(), 2) << static_cast<int>(language) << " " << static_cast<int>(unit);
            doc.setDemonstration(true);
            if (language == Language::Vietnamese)
                EXPECT_EQ(doc.pageCount(), 2) << static_cast<int>(unit);
            else
                EXPECT_LE(doc.pageCount(), 3) << static_cast<int>(language) << " " << static_cast<int>(unit);
        }
    }
    const ReportDocument doc = document(Breakdown::Program, MoneyUnit::Dong);
    const QString path = pdf(doc, QStringLiteral("programs-dong.pdf"));
    ASSERT_EQ(PdfTools::pageCount(path), 2);
    const QString first = PdfTools::flat(path, 1);
    EXPECT_TRUE(first.contains(QStringLiteral("12 CSGD")));
    EXPECT_TRUE(first.contains(QStringLiteral("Tổng cộng")));
    EXPECT_TRUE(first.contains(QStringLiteral("GIÁM ĐỐC")));
    EXPECT_TRUE(first.contains(QStringLiteral("Lê Đức Thắng")));
}

TEST_F(DemoPrintTest, TotalsKeepThreeRowsAndTheSignaturesStayWhole)
{
    // Every report of the month: the page that prints the totals row prints at least three rows of the table
    // above it, and the whole closing block (date line, the three titles, the director's name) with it.
    static const QRegularExpression rowStart(QStringLiteral("^\\s*(\\d+)\\s+\\S"));
    for (ReportTable::Kind kind : {ReportTable::Kind::Summary, ReportTable::Kind::Ageing}) {
        for (Breakdown by : kBreakdowns) {
            const ReportDocument doc = document(by, MoneyUnit::MillionDong, kind);
            const QString path = pdf(doc, QStringLiteral("layout.pdf"));
            const int pages = PdfTools::pageCount(path);
            const std::string what =
                std::to_string(static_cast<int>(kind)) + "/" + breakdownCode(by).toStdString();
            int totalsPage = 0;
            for (int page = 1; page <= pages; ++page) {
                if (PdfTools::flat(path, page).contains(QStringLiteral("Tổng cộng")))
                    totalsPage = page;
            }
            ASSERT_GT(totalsPage, 0) << what;
            const QString flat = PdfTools::flat(path, totalsPage);
            for (const QString& part :
                 {QStringLiteral("Duy Tiên, ngày 05 tháng 09 năm 2023"), QStringLiteral("NGƯỜI LẬP BIỂU"),
                  QStringLiteral("KIỂM SOÁT"), QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Lê Đức Thắng")})
                EXPECT_TRUE(flat.contains(part)) << what << " " << part.toStdString();
            int rows = 0;
            for (const QString& line : PdfTools::text(path, totalsPage).split(u'\n')) {
                const auto match = rowStart.match(line);
                if (match.hasMatch() && match.captured(1).toInt() >= 1 &&
                    match.captured(1).toInt() <= doc.table().rows.size())
                    ++rows;
            }
            EXPECT_GE(rows, std::min<int>(3, static_cast<int>(doc.table().rows.size()))) << what;
            // Nothing of the table or its closing after that page but the charts.
            const int expectedPages = totalsPage + (doc.hasChartPage() ? 1 : 0);
            EXPECT_EQ(pages, expectedPages) << what;
        }
    }
}

TEST_F(DemoPrintTest, ATableThatSpillsTakesItsLastRowsWithTheTotalsAndSignatures)
{
    // The English program report in đồng of demonstration data does not fit one page: its last three rows,
    // the totals row and the whole closing block go to the second page together, then the charts.
    ReportDocument doc =
        document(Breakdown::Program, MoneyUnit::Dong, ReportTable::Kind::Summary, Language::English);
    doc.setDemonstration(true);
    if (doc.pageCount() == 2)
        GTEST_SKIP() << "fits one page: nothing spills";
    const QString path = pdf(doc, QStringLiteral("spill.pdf"));
    ASSERT_EQ(PdfTools::pageCount(path), 3);
    const QString second = PdfTools::flat(path, 2);
    for (const QString& part :
         {QStringLiteral("10 SXKD"), QStringLiteral("11 MTHT"), QStringLiteral("12 CSGD"),
          QStringLiteral("Total"), QStringLiteral("PREPARED BY"), QStringLiteral("CHECKED BY"),
          QStringLiteral("DIRECTOR"), QStringLiteral("Lê Đức Thắng")})
        EXPECT_TRUE(second.contains(part)) << part.toStdString();
    EXPECT_FALSE(PdfTools::flat(path, 1).contains(QStringLiteral("DIRECTOR")));
}
