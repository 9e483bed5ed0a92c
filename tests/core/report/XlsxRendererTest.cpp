// The XLSX workbook read back from its XML: numbers as numeric cells, the bank's title rows, formats, frozen
// header.
#include "TempDatabase.h"
#include "TestData.h"

#include "report/ReportBuilder.h"
#include "report/XlsxRenderer.h"
#include "service/PortfolioService.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

/// One member of a zip file, through `unzip -p`.
QByteArray unzipMember(const QString& zip, const QString& member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

struct SheetCell
{
    QString type; ///< empty or "n" for a number, "s" for a shared string
    QString value;
};

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == u"t" && inItem) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == u"si") {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

/// Cell reference (`E9`) → its type and raw value.
QHash<QString, SheetCell> sheetCells(const QByteArray& xml)
{
    QHash<QString, SheetCell> cells;
    QXmlStreamReader reader(xml);
    QString ref;
    SheetCell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"c") {
            ref = reader.attributes().value(QStringLiteral("r")).toString();
            cell = {reader.attributes().value(QStringLiteral("t")).toString(), QString()};
        } else if (reader.isStartElement() && reader.name() == u"v") {
            cell.value = reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == u"c") {
            cells.insert(ref, cell);
        }
    }
    return cells;
}

/// The text of the page header of a sheet's printed pages (`&R&"-,Bold"SỐ LIỆU TẠM TÍNH`), or empty.
QString printedHeader(const QByteArray& sheetXml)
{
    QXmlStreamReader reader(sheetXml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"oddHeader")
            return reader.readElementText();
    }
    return {};
}

/// The cell reference (`A7`) of every string cell of a sheet that holds @p text.
QStringList cellsHolding(const QString& path, int sheet, const QString& text)
{
    const QStringList strings = sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
    const QHash<QString, SheetCell> cells =
        sheetCells(unzipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    QStringList found;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it->type == QStringLiteral("s") && strings.value(it->value.toInt()) == text)
            found.append(it.key());
    }
    found.sort();
    return found;
}

const QString kProvisional = QStringLiteral("SỐ LIỆU TẠM TÍNH");

class XlsxRendererTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            << "unzip is needed to read the workbook back (scripts/setup.sh installs it)";
        ASSERT_TRUE(TestData::importFixture(m_temp.db(), QStringLiteral("portfolio-small")));
        ReportBuilder builder(m_temp.db());
        for (Breakdown by :
             {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
            auto table = builder.summary(YearMonth(2023, 8), by);
            ASSERT_TRUE(table.ok());
            m_tables.append(*table);
        }
    }

    QString write(const XlsxOptions& options)
    {
        const QString path = m_temp.filePath(QStringLiteral("summary.xlsx"));
        const Status written = XlsxRenderer::write(m_tables, options, path);
        EXPECT_TRUE(written.ok()) << (written.ok() ? std::string() : written.error().message.toStdString());
        return path;
    }

    /// The row number (1-based) whose column B holds @p key as a shared string, or 0.
    static int rowOfKey(const QHash<QString, SheetCell>& cells, const QStringList& strings,
                        const QString& key)
    {
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (!it.key().startsWith(u'B') || it->type != QStringLiteral("s"))
                continue;
            if (strings.value(it->value.toInt()) == key)
                return it.key().mid(1).toInt();
        }
        return 0;
    }

    TempDatabase m_temp;
    QList<ReportTable> m_tables;
};

} // namespace

TEST_F(XlsxRendererTest, OneSheetPerBreakdownWithTheBanksTitleRows)
{
    const QString path = write({});
    const QByteArray workbook = unzipMember(path, QStringLiteral("xl/workbook.xml"));
    ASSERT_FALSE(workbook.isEmpty());
    EXPECT_EQ(workbook.count("<sheet "), 4);
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Theo chương trình\"").toUtf8()));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Theo tổ TK&amp;VV\"").toUtf8()));

    const QStringList strings = sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
    for (const QString& text :
         {QStringLiteral("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI"), QStringLiteral("PHÒNG GIAO DỊCH THỊ XÃ DUY TIÊN"),
          QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
          QStringLiteral("BÁO CÁO TỔNG HỢP DƯ NỢ THEO CHƯƠNG TRÌNH TÍN DỤNG"),
          QStringLiteral("BÁO CÁO TỔNG HỢP DƯ NỢ THEO XÃ, PHƯỜNG"), QStringLiteral("Tháng 08 năm 2023"),
          QStringLiteral("Đơn vị: đồng"), QStringLiteral("Dư nợ cuối kỳ"), QStringLiteral("Tổng cộng"),
          QStringLiteral("Cho vay hộ mới thoát nghèo"),
          QStringLiteral("Tổng dư nợ cuối kỳ: 5.762.334.854 đồng"),
          QStringLiteral(
              "Bằng chữ: Năm tỷ bảy trăm sáu mươi hai triệu ba trăm ba mươi bốn nghìn tám trăm năm mươi "
              "bốn đồng.")}) {
        EXPECT_TRUE(strings.contains(text)) << text.toStdString();
    }
}

TEST_F(XlsxRendererTest, SummaryNumbersAreNumericCells)
{
    const QString path = write({});
    const QStringList strings = sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
    const QHash<QString, SheetCell> cells =
        sheetCells(unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    ASSERT_FALSE(cells.isEmpty());

    // Every figure of the expected CSV sits in its row as a number: key in B, the CSV's figures from D on.
    const QList<QByteArray> lines =
        TestData::normalizeLineEnds(TestData::readFile(TestData::fixture(QStringLiteral(
                                        "portfolio-small/expected/summary-2023-08-program.csv"))))
            .trimmed()
            .split('\n');
    ASSERT_EQ(lines.size(), 14);
    const QList<QByteArray> header = lines.front().split(',');
    int checked = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        const QString key = QString::fromUtf8(fields.front());
        int row = 0;
        if (key == QStringLiteral("TOTAL")) {
            // The total row is the one whose A cell says "Tổng cộng".
            for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                if (it.key().startsWith(u'A') && it->type == QStringLiteral("s") &&
                    strings.value(it->value.toInt()) == QStringLiteral("Tổng cộng"))
                    row = it.key().mid(1).toInt();
            }
        } else {
            row = rowOfKey(cells, strings, key);
        }
        ASSERT_GT(row, 0) << key.toStdString();
        // The CSV's last ten fields are the figures (borrowers … overdue_ratio_pct); sheet columns D … M.
        for (qsizetype f = 0; f < 10; ++f) {
            const QByteArray expected = fields[fields.size() - 10 + f];
            const QString ref = QString(QChar(static_cast<char16_t>(u'D' + f))) + QString::number(row);
            ASSERT_TRUE(cells.contains(ref)) << ref.toStdString();
            const SheetCell& cell = cells[ref];
            EXPECT_TRUE(cell.type.isEmpty() || cell.type == QStringLiteral("n"))
                << ref.toStdString() << " is not a number";
            if (header[header.size() - 10 + f] == "overdue_ratio_pct")
                EXPECT_EQ(QString::number(cell.value.toDouble(), 'f', 2), QString::fromUtf8(expected))
                    << ref.toStdString();
            else
                EXPECT_EQ(cell.value, QString::fromUtf8(expected)) << ref.toStdString();
            ++checked;
        }
    }
    EXPECT_EQ(checked, 130);
}

TEST_F(XlsxRendererTest, FrozenHeaderAndThousandSeparatorFormats)
{
    XlsxOptions options;
    options.unit = MoneyUnit::MillionDong;
    options.activeSheet = 1;
    const QString path = write(options);
    const QByteArray sheet = unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains("state=\"frozen\""));
    EXPECT_TRUE(sheet.contains("<pageSetup paperSize=\"9\""));
    EXPECT_TRUE(sheet.contains("orientation=\"landscape\""));
    EXPECT_TRUE(sheet.contains("<cols>"));
    const QByteArray styles = unzipMember(path, QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains("formatCode=\"#,##0.00,,\"")) << styles.toStdString();
    EXPECT_TRUE(styles.contains("<b/>"));
    // Shown in millions, stored in đồng: the total outstanding is still exact.
    EXPECT_TRUE(sheet.contains("<v>5762334854</v>"));
    const QStringList strings = sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Đơn vị: triệu đồng")));
    // The chosen breakdown's sheet opens first.
    EXPECT_TRUE(unzipMember(path, QStringLiteral("xl/workbook.xml")).contains("activeTab=\"1\""));
}

TEST_F(XlsxRendererTest, EnglishWorkbook)
{
    XlsxOptions options;
    options.language = Language::English;
    const QString path = write(options);
    const QStringList strings = sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
    EXPECT_TRUE(strings.contains(QStringLiteral("SUMMARY OF OUTSTANDING LOANS BY CREDIT PROGRAM")));
    EXPECT_TRUE(strings.contains(QStringLiteral("August 2023")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Unit: đồng")));
}

TEST_F(XlsxRendererTest, MoneyFormats)
{
    EXPECT_EQ(XlsxRenderer::moneyFormat(MoneyUnit::Dong), QStringLiteral("#,##0"));
    EXPECT_EQ(XlsxRenderer::moneyFormat(MoneyUnit::ThousandDong), QStringLiteral("#,##0,"));
    EXPECT_EQ(XlsxRenderer::moneyFormat(MoneyUnit::MillionDong), QStringLiteral("#,##0.00,,"));
    EXPECT_EQ(XlsxRenderer::moneyFormat(MoneyUnit::BillionDong), QStringLiteral("#,##0.000,,,"));
}

TEST_F(XlsxRendererTest, UnwritablePathIsAnError)
{
    const Status written = XlsxRenderer::write(m_tables, {}, QStringLiteral("/nonexistent-folder/x.xlsx"));
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(QFile::exists(QStringLiteral("/nonexistent-folder/x.xlsx.part")));
}

// domain.md §8: a workbook of a month that is not closed says so in every sheet.
TEST_F(XlsxRendererTest, OpenMonthIsProvisionalInEverySheet)
{
    // portfolio-small as imported: no month is closed.
    for (const ReportTable& table : m_tables)
        ASSERT_FALSE(table.closed);
    const QString path = write({});
    for (int sheet = 1; sheet <= 4; ++sheet) {
        SCOPED_TRACE(sheet);
        // In the heading, right under the period, across the table's width…
        const QStringList marks = cellsHolding(path, sheet, kProvisional);
        ASSERT_EQ(marks.size(), 1);
        const QStringList periods = cellsHolding(path, sheet, QStringLiteral("Tháng 08 năm 2023"));
        ASSERT_EQ(periods.size(), 1);
        EXPECT_EQ(marks.front(), QStringLiteral("A%1").arg(periods.front().mid(1).toInt() + 1));
        const QByteArray xml = unzipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
        EXPECT_TRUE(xml.contains(QStringLiteral("<mergeCell ref=\"%1:").arg(marks.front()).toUtf8()));
        // …and at the top of every printed page.
        EXPECT_TRUE(printedHeader(xml).contains(kProvisional)) << xml.toStdString();
    }
    // In the language of the workbook.
    for (const auto& [language, mark] :
         {std::pair{Language::English, QStringLiteral("Provisional figures")},
          std::pair{Language::French, QStringLiteral("Chiffres provisoires")}}) {
        XlsxOptions options;
        options.language = language;
        const QString translated = write(options);
        for (int sheet = 1; sheet <= 4; ++sheet) {
            EXPECT_EQ(cellsHolding(translated, sheet, mark).size(), 1) << mark.toStdString();
            EXPECT_TRUE(cellsHolding(translated, sheet, kProvisional).isEmpty());
            EXPECT_TRUE(
                printedHeader(unzipMember(translated, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)))
                    .contains(mark));
        }
    }
}

TEST_F(XlsxRendererTest, ClosedMonthIsNotProvisional)
{
    const Status closed = PortfolioService(m_temp.db()).closeMonthsThrough(YearMonth(2023, 8));
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    ReportBuilder builder(m_temp.db());
    const QString august = m_temp.filePath(QStringLiteral("august.xlsx"));
    ASSERT_TRUE(XlsxRenderer::writeMonth(builder, ReportTable::Kind::Summary, YearMonth(2023, 8),
                                         Breakdown::Program, {}, {}, august)
                    .ok());
    const QStringList strings = sharedStrings(unzipMember(august, QStringLiteral("xl/sharedStrings.xml")));
    ASSERT_TRUE(strings.contains(QStringLiteral("Tháng 08 năm 2023")));
    for (const QString& text : strings)
        EXPECT_FALSE(text.contains(QStringLiteral("TẠM TÍNH"))) << text.toStdString();
    for (int sheet = 1; sheet <= 4; ++sheet)
        EXPECT_TRUE(printedHeader(unzipMember(august, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)))
                        .isEmpty());
    // The figures are the same as while the month was open; only the mark is gone (one row less above
    // the table).
    EXPECT_TRUE(
        unzipMember(august, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<v>5762334854</v>"));

    // The month after is open: its workbook and its ageing workbook say so in every sheet.
    for (const ReportTable::Kind kind : {ReportTable::Kind::Summary, ReportTable::Kind::Ageing}) {
        const QString september = m_temp.filePath(QStringLiteral("september.xlsx"));
        ASSERT_TRUE(
            XlsxRenderer::writeMonth(builder, kind, YearMonth(2023, 9), Breakdown::Group, {}, {}, september)
                .ok());
        for (int sheet = 1; sheet <= 4; ++sheet)
            EXPECT_EQ(cellsHolding(september, sheet, kProvisional).size(), 1) << "sheet " << sheet;
    }
}
