#include "XlsxRenderer.h"

#include "AmountInWords.h"
#include "Footing.h"
#include "ReportBuilder.h"
#include "ReportOrder.h"
#include "ReportText.h"
#include "io/SafeFiles.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace {

constexpr lxw_color_t kHeaderFill = 0xE7E6E6;
constexpr uint8_t kPaperA4 = 9;
/// The provisional mark's colour, the printed report's dark red.
constexpr lxw_color_t kProvisionalColour = 0xB00000;

/// The formats of one workbook (owned by it).
struct Formats
{
    lxw_format* bank = nullptr;
    lxw_format* office = nullptr;
    lxw_format* country = nullptr;
    lxw_format* motto = nullptr;
    lxw_format* title = nullptr;
    lxw_format* period = nullptr;
    lxw_format* provisional = nullptr;
    lxw_format* unit = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* wrapText = nullptr;
    lxw_format* centred = nullptr;
    lxw_format* count = nullptr;
    lxw_format* money = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* totalLabel = nullptr;
    lxw_format* totalCount = nullptr;
    lxw_format* totalMoney = nullptr;
    lxw_format* totalPercent = nullptr;
    lxw_format* note = nullptr;
    lxw_format* words = nullptr;
    lxw_format* footnote = nullptr;
    lxw_format* demonstration = nullptr;
    lxw_format* place = nullptr;
    lxw_format* signatory = nullptr;
    lxw_format* hint = nullptr;
    lxw_format* signatoryName = nullptr;
};

lxw_format* cellFormat(lxw_workbook* workbook, bool bold, const char* numberFormat, uint8_t align)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    format_set_align(format, align);
    if (bold)
        format_set_bold(format);
    if (numberFormat)
        format_set_num_format(format, numberFormat);
    return format;
}

Formats makeFormats(lxw_workbook* workbook, MoneyUnit unit)
{
    Formats f;
    const QByteArray money = XlsxRenderer::moneyFormat(unit).toUtf8();

    f.bank = workbook_add_format(workbook);
    format_set_align(f.bank, LXW_ALIGN_CENTER);
    f.office = workbook_add_format(workbook);
    format_set_align(f.office, LXW_ALIGN_CENTER);
    format_set_bold(f.office);
    f.country = workbook_add_format(workbook);
    format_set_align(f.country, LXW_ALIGN_CENTER);
    format_set_bold(f.country);
    f.motto = workbook_add_format(workbook);
    format_set_align(f.motto, LXW_ALIGN_CENTER);
    format_set_bold(f.motto);
    format_set_underline(f.motto, LXW_UNDERLINE_SINGLE);
    f.title = workbook_add_format(workbook);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.period = workbook_add_format(workbook);
    format_set_align(f.period, LXW_ALIGN_CENTER);
    format_set_bold(f.period);
    format_set_italic(f.period);
    f.provisional = workbook_add_format(workbook);
    format_set_align(f.provisional, LXW_ALIGN_CENTER);
    format_set_bold(f.provisional);
    format_set_font_size(f.provisional, 12);
    format_set_font_color(f.provisional, kProvisionalColour);
    f.unit = workbook_add_format(workbook);
    format_set_align(f.unit, LXW_ALIGN_RIGHT);
    format_set_italic(f.unit);

    f.header = cellFormat(workbook, true, nullptr, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.header);
    format_set_pattern(f.header, LXW_PATTERN_SOLID);
    format_set_bg_color(f.header, kHeaderFill);
    f.text = cellFormat(workbook, false, nullptr, LXW_ALIGN_LEFT);
    f.wrapText = cellFormat(workbook, false, nullptr, LXW_ALIGN_LEFT);
    format_set_text_wrap(f.wrapText);
    f.centred = cellFormat(workbook, false, nullptr, LXW_ALIGN_CENTER);
    f.count = cellFormat(workbook, false, "#,##0", LXW_ALIGN_RIGHT);
    f.money = cellFormat(workbook, false, money.constData(), LXW_ALIGN_RIGHT);
    f.percent = cellFormat(workbook, false, "0.00", LXW_ALIGN_RIGHT);
    f.totalLabel = cellFormat(workbook, true, nullptr, LXW_ALIGN_CENTER);
    f.totalCount = cellFormat(workbook, true, "#,##0", LXW_ALIGN_RIGHT);
    f.totalMoney = cellFormat(workbook, true, money.constData(), LXW_ALIGN_RIGHT);
    f.totalPercent = cellFormat(workbook, true, "0.00", LXW_ALIGN_RIGHT);
    f.note = workbook_add_format(workbook);
    f.words = workbook_add_format(workbook);
    format_set_italic(f.words);
    f.footnote = workbook_add_format(workbook);
    format_set_italic(f.footnote);
    format_set_font_size(f.footnote, 9);
    f.demonstration = workbook_add_format(workbook);
    format_set_align(f.demonstration, LXW_ALIGN_CENTER);
    format_set_bold(f.demonstration);
    format_set_italic(f.demonstration);
    format_set_font_color(f.demonstration, kProvisionalColour);
    f.place = workbook_add_format(workbook);
    format_set_align(f.place, LXW_ALIGN_CENTER);
    format_set_italic(f.place);
    f.signatory = workbook_add_format(workbook);
    format_set_align(f.signatory, LXW_ALIGN_CENTER);
    format_set_bold(f.signatory);
    f.hint = workbook_add_format(workbook);
    format_set_align(f.hint, LXW_ALIGN_CENTER);
    format_set_italic(f.hint);
    f.signatoryName = workbook_add_format(workbook);
    format_set_align(f.signatoryName, LXW_ALIGN_CENTER);
    format_set_bold(f.signatoryName);
    return f;
}

/// The text a cell shows, for sizing its column.
QString displayText(const Cell& cell, const QLocale& locale, MoneyUnit unit)
{
    if (const auto* amount = std::get_if<Money>(&cell))
        return amount->format(locale, unit, ReportText::unitDecimals(unit));
    if (const auto* count = std::get_if<qint64>(&cell))
        return locale.toString(*count);
    if (const auto* percent = std::get_if<Percent>(&cell))
        return percent->format(locale);
    return std::get<QString>(cell);
}

/// The longest word of @p text, in characters.
qsizetype longestWord(const QString& text)
{
    qsizetype longest = 0;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
        longest = std::max(longest, word.size());
    return longest;
}

class SheetWriter
{
public:
    SheetWriter(lxw_workbook* workbook, const Formats& formats, const XlsxOptions& options)
        : m_workbook(workbook)
        , m_formats(formats)
        , m_options(options)
        , m_locale(ReportText::locale(options.language))
    {}

    lxw_worksheet* write(const ReportTable& unordered)
    {
        // The bank's order, not the CSV's (ReportOrder).
        const ReportTable table = ReportOrder::inBankOrder(unordered);
        const Language language = m_options.language;
        const QByteArray name = ReportText::sheetName(table.kind, table.by, language).left(31).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, name.constData());
        if (!sheet)
            return nullptr;
        m_sheet = sheet;

        const QList<Column> columns = printedColumnsOf(table);
        const auto lastColumn = static_cast<lxw_col_t>(columns.size()); // STT, then the table's columns
        const lxw_col_t leftBlockEnd = 2;
        const lxw_col_t rightBlockStart = lastColumn >= 8 ? lastColumn - 4 : leftBlockEnd + 1;

        // The bank's heading: the bank and the office on the left, the state and its motto on the right.
        const QString office =
            m_options.officeName.isEmpty() ? ReportText::defaultOfficeName(language) : m_options.officeName;
        merge(0, 0, leftBlockEnd, ReportText::bankName(language), m_formats.bank);
        merge(1, 0, leftBlockEnd, office, m_formats.office);
        merge(0, rightBlockStart, lastColumn, ReportText::countryName(language), m_formats.country);
        merge(1, rightBlockStart, lastColumn, ReportText::motto(language), m_formats.motto);

        lxw_row_t row = 3;
        merge(row++, 0, lastColumn, ReportText::title(table.kind, table.by, language), m_formats.title);
        if (const QString sub = ReportText::subtitle(table.kind, table.by, language); !sub.isEmpty())
            merge(row++, 0, lastColumn, sub, m_formats.period);
        merge(row++, 0, lastColumn, ReportText::period(table, language), m_formats.period);
        if (!m_options.scope.isEmpty())
            merge(row++, 0, lastColumn, ReportText::scopeLabel(language) + m_options.scope, m_formats.period);
        // A month that is not closed is provisional (domain.md §8): said under the period, and in the header
        // of every printed page.
        const bool provisional = !table.closed;
        if (provisional)
            merge(row++, 0, lastColumn, ReportText::provisionalMark(language), m_formats.provisional);
        // Demonstration data say so under the title of every sheet (and in its printed pages' header).
        if (m_options.demonstration)
            merge(row++, 0, lastColumn, ReportText::demonstrationLine(language), m_formats.demonstration);
        merge(row++, rightBlockStart, lastColumn, ReportText::unitLine(m_options.unit, language),
              m_formats.unit);

        // The header.
        const lxw_row_t headerRow = row++;
        QList<qsizetype> widths(columns.size() + 1, 0);
        QList<qsizetype> headingLengths(columns.size() + 1, 0);
        writeText(headerRow, 0, ReportText::serialHeading(language), m_formats.header);
        widths[0] = 5;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString heading = ReportText::columnHeading(columns[c], table.kind, table.by, language);
            writeText(headerRow, static_cast<lxw_col_t>(c + 1), heading, m_formats.header);
            widths[c + 1] = std::max<qsizetype>(longestWord(heading) + 2, isFigure(columns[c]) ? 12 : 6);
            headingLengths[c + 1] = heading.size();
        }

        // The rows, then the total.
        const lxw_row_t firstDataRow = row;
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            writeNumber(row, 0, static_cast<double>(r + 1), m_formats.centred);
            writeRow(row++, table.rows[r], columns, widths, false);
        }
        const lxw_row_t totalRow = row++;
        writeRow(totalRow, table.total, columns, widths, true);
        writeSums(table, columns, firstDataRow, totalRow);
        // The total's label spans STT, key and name.
        worksheet_merge_range(m_sheet, totalRow, 0, totalRow, 2,
                              ReportText::totalLabel(language).toUtf8().constData(), m_formats.totalLabel);

        // The notes on the table, right under it.
        if (m_options.unit != MoneyUnit::Dong)
            writeText(row++, 0, QStringLiteral("(*) ") + ReportText::exactAmountsNote(language),
                      m_formats.footnote);
        if (table.kind == ReportTable::Kind::Summary && Footing::borrowersOverlap(table))
            writeText(row++, 0, QStringLiteral("(*) ") + ReportText::borrowersNote(language),
                      m_formats.footnote);
        if (table.kind == ReportTable::Kind::Summary) {
            ++row;
            const Money total = table.total.figures.outstandingEnd;
            writeText(row++, 0, ReportText::totalOutstandingLine(total, language), m_formats.note);
            writeText(row++, 0, ReportText::inWordsLine(total, language), m_formats.words);
        }
        row = writeSignatures(row + 1, leftBlockEnd, rightBlockStart, lastColumn);

        // Column widths that fit the content; the header wraps within them.
        qsizetype headerLines = 1;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const qsizetype width = c == 2 ? std::min<qsizetype>(widths[c], 58) : widths[c];
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 static_cast<double>(width), nullptr);
            if (headingLengths[c] > 0)
                headerLines = std::max(headerLines, (headingLengths[c] + width - 3) / (width - 2));
        }
        worksheet_set_row(m_sheet, headerRow, 15.0 * static_cast<double>(std::min<qsizetype>(headerLines, 4)),
                          nullptr);

        // Header and the key columns stay in view; printed on A4 landscape, one page wide, the header on
        // every page.
        worksheet_freeze_panes(m_sheet, firstDataRow, 3);
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, kPaperA4);
        worksheet_set_margins(m_sheet, 0.6, 0.4, 0.5, 0.6);
        worksheet_fit_to_pages(m_sheet, 1, 0);
        worksheet_repeat_rows(m_sheet, headerRow, headerRow);
        QString footerText = QStringLiteral("&C") + ReportText::pageNumber(1, 1, language);
        footerText.replace(QStringLiteral("1/1"), QStringLiteral("&P/&N"));
        const QByteArray footer = footerText.toUtf8();
        worksheet_set_footer(m_sheet, footer.constData());
        if (provisional || m_options.demonstration) {
            // Excel's header codes: &L left-, &R right-aligned, &"-,Bold" the sheet's font in bold.
            QString header;
            if (m_options.demonstration)
                header += QStringLiteral("&L&\"-,Bold Italic\"") + ReportText::demonstrationLine(language);
            if (provisional)
                header += QStringLiteral("&R&\"-,Bold\"") + ReportText::provisionalMark(language);
            const QByteArray bytes = header.toUtf8();
            worksheet_set_header(m_sheet, bytes.constData());
        }
        return m_sheet;
    }

private:
    /// The totals row as formulas: each amount and the loans are the SUM of the rows above, its value cached
    /// (a reader that does not calculate shows it too). The borrowers are counted once each in the total and
    /// the ratio is not a sum: they stay values, as does any column whose rows do not add up to the total.
    void writeSums(const ReportTable& table, const QList<Column>& columns, lxw_row_t firstDataRow,
                   lxw_row_t totalRow)
    {
        if (table.rows.isEmpty())
            return;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Cell total = cellOf(table.total, columns[c]);
            const auto* amount = std::get_if<Money>(&total);
            const auto* count = std::get_if<qint64>(&total);
            if ((!amount && !count) || columns[c] == Column::Borrowers)
                continue;
            qint64 sum = 0;
            for (const ReportRow& row : table.rows) {
                const Cell cell = cellOf(row, columns[c]);
                sum += amount ? std::get<Money>(cell).dong() : std::get<qint64>(cell);
            }
            const qint64 value = amount ? amount->dong() : *count;
            if (sum != value)
                continue;
            const auto column = static_cast<lxw_col_t>(c + 1);
            const QString letters = XlsxRenderer::columnName(column);
            const QByteArray formula =
                QStringLiteral("=SUM(%1%2:%1%3)").arg(letters).arg(firstDataRow + 1).arg(totalRow).toUtf8();
            worksheet_write_formula_num(m_sheet, totalRow, column, formula.constData(),
                                        amount ? m_formats.totalMoney : m_formats.totalCount,
                                        static_cast<double>(value));
        }
    }

    /// The place and date line and the three signatures from @p row, as on the printed report: the preparer
    /// under the left block, the controller in the middle, the director under the place and date on the
    /// right. Returns the row after them.
    lxw_row_t writeSignatures(lxw_row_t row, lxw_col_t leftEnd, lxw_col_t rightStart, lxw_col_t last)
    {
        const Language language = m_options.language;
        const QString place =
            m_options.placeName.isEmpty() ? ReportText::defaultPlace() : m_options.placeName;
        const QDate date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
        merge(row++, rightStart, last, ReportText::placeAndDate(place, date, language), m_formats.place);
        const lxw_col_t middleStart = leftEnd + 1;
        const lxw_col_t middleEnd = rightStart > middleStart ? rightStart - 1 : middleStart;
        const struct
        {
            lxw_col_t first;
            lxw_col_t last;
            ReportText::Signatory who;
            QString name;
        } blocks[] = {{0, leftEnd, ReportText::Signatory::Preparer, m_options.preparerName},
                      {middleStart, middleEnd, ReportText::Signatory::Controller, m_options.controllerName},
                      {rightStart, last, ReportText::Signatory::Director, m_options.directorName}};
        for (const auto& block : blocks)
            merge(row, block.first, block.last, ReportText::signatoryTitle(block.who, language),
                  m_formats.signatory);
        ++row;
        for (const auto& block : blocks)
            merge(row, block.first, block.last, ReportText::signatoryHint(block.who, language),
                  m_formats.hint);
        // Room to sign (and stamp), then the names.
        row += 5;
        for (const auto& block : blocks) {
            if (!block.name.trimmed().isEmpty())
                merge(row, block.first, block.last, block.name.trimmed(), m_formats.signatoryName);
        }
        return row + 1;
    }

    static bool isFigure(Column column) { return column != Column::Key && column != Column::Name; }

    void merge(lxw_row_t row, lxw_col_t first, lxw_col_t last, const QString& text, lxw_format* format)
    {
        const QByteArray bytes = text.toUtf8();
        if (first == last)
            worksheet_write_string(m_sheet, row, first, bytes.constData(), format);
        else
            worksheet_merge_range(m_sheet, row, first, row, last, bytes.constData(), format);
    }

    void writeText(lxw_row_t row, lxw_col_t column, const QString& text, lxw_format* format)
    {
        worksheet_write_string(m_sheet, row, column, text.toUtf8().constData(), format);
    }

    void writeNumber(lxw_row_t row, lxw_col_t column, double value, lxw_format* format)
    {
        worksheet_write_number(m_sheet, row, column, value, format);
    }

    void writeRow(lxw_row_t row, const ReportRow& reportRow, const QList<Column>& columns,
                  QList<qsizetype>& widths, bool total)
    {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c + 1);
            const Cell cell = cellOf(reportRow, columns[c]);
            widths[c + 1] = std::max(widths[c + 1], displayText(cell, m_locale, m_options.unit).size() + 2);
            if (const auto* amount = std::get_if<Money>(&cell)) {
                // Whole đồng, exact in a double far beyond any portfolio (2^53).
                writeNumber(row, column, static_cast<double>(amount->dong()),
                            total ? m_formats.totalMoney : m_formats.money);
            } else if (const auto* count = std::get_if<qint64>(&cell)) {
                writeNumber(row, column, static_cast<double>(*count),
                            total ? m_formats.totalCount : m_formats.count);
            } else if (const auto* percent = std::get_if<Percent>(&cell)) {
                writeNumber(row, column, static_cast<double>(percent->hundredths()) / 100.0,
                            total ? m_formats.totalPercent : m_formats.percent);
            } else if (!total) {
                writeText(row, column, std::get<QString>(cell),
                          columns[c] == Column::Name ? m_formats.wrapText : m_formats.text);
            }
        }
    }

    lxw_workbook* m_workbook;
    const Formats& m_formats;
    const XlsxOptions& m_options;
    QLocale m_locale;
    lxw_worksheet* m_sheet = nullptr;
};

} // namespace

namespace XlsxRenderer {

namespace {

/// The workbook of the four breakdowns of one report.
Status writeBreakdowns(ReportBuilder& builder, ReportTable::Kind kind, YearMonth month, const QDate& day,
                       Breakdown active, const PortfolioFilter& filter, XlsxOptions options,
                       const QString& path)
{
    QList<ReportTable> tables;
    const Breakdown breakdowns[] = {Breakdown::Program, Breakdown::Commune, Breakdown::Organization,
                                    Breakdown::Group};
    for (Breakdown by : breakdowns) {
        auto table = kind == ReportTable::Kind::Ageing ? builder.ageing(day, by, filter)
                                                       : builder.summary(month, by, filter);
        if (!table)
            return table.error();
        if (by == active)
            options.activeSheet = tables.size();
        tables.append(std::move(table).value());
    }
    return write(tables, options, path);
}

} // namespace

Status writeMonth(ReportBuilder& builder, ReportTable::Kind kind, YearMonth month, Breakdown active,
                  const PortfolioFilter& filter, XlsxOptions options, const QString& path)
{
    return writeBreakdowns(builder, kind, month, month.lastDay(), active, filter, std::move(options), path);
}

Status writeAgeing(ReportBuilder& builder, const QDate& day, Breakdown active, const PortfolioFilter& filter,
                   XlsxOptions options, const QString& path)
{
    return writeBreakdowns(builder, ReportTable::Kind::Ageing, YearMonth::fromDate(day), day, active, filter,
                           std::move(options), path);
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(static_cast<char16_t>(u'A' + (n - 1) % 26)));
    return name;
}

QString moneyFormat(MoneyUnit unit)
{
    switch (unit) {
    case MoneyUnit::ThousandDong:
        return QStringLiteral("#,##0,");
    case MoneyUnit::MillionDong:
        return QStringLiteral("#,##0.00,,");
    case MoneyUnit::BillionDong:
        return QStringLiteral("#,##0.000,,,");
    case MoneyUnit::Dong:
        break;
    }
    return QStringLiteral("#,##0");
}

Status write(const QList<ReportTable>& tables, const XlsxOptions& options, const QString& path)
{
    if (tables.isEmpty())
        return Error::usage(QStringLiteral("no report to write"));
    // Written beside the target and renamed at the end, so that a failed export leaves no half a workbook.
    const QString partial = SafeFiles::partialName(path);
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook* workbook = workbook_new(partialName.constData());
    if (!workbook)
        return Error::io(QStringLiteral("cannot write %1").arg(path));

    const Language language = options.language;
    const QByteArray title = ReportText::shortName(tables.front().kind, tables.front().by, language).toUtf8();
    const QByteArray company = ReportText::bankName(language).toUtf8();
    QByteArray author = QByteArrayLiteral("LoanDesk");
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.company = const_cast<char*>(company.constData());
    properties.author = author.data();
    workbook_set_properties(workbook, &properties);

    const Formats formats = makeFormats(workbook, options.unit);
    SheetWriter writer(workbook, formats, options);
    bool ok = true;
    for (qsizetype i = 0; i < tables.size() && ok; ++i) {
        lxw_worksheet* sheet = writer.write(tables[i]);
        ok = sheet != nullptr;
        if (ok && i == options.activeSheet)
            worksheet_activate(sheet);
    }
    const lxw_error closed = workbook_close(workbook);
    if (!ok || closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error::io(QStringLiteral("cannot write %1: %2")
                             .arg(path, closed != LXW_NO_ERROR
                                            ? QString::fromUtf8(lxw_strerror(closed))
                                            : QStringLiteral("a sheet could not be added")));
    }
    Status placed = SafeFiles::syncFile(partial);
    if (placed)
        placed = SafeFiles::replace(partial, path);
    if (!placed)
        QFile::remove(partial);
    return placed;
}

} // namespace XlsxRenderer
