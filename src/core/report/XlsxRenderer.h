#pragma once

#include "ReportTable.h"
#include "Result.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

class ReportBuilder;

/// How a workbook is written: the language of its texts, the unit its amounts are shown in, and the office
/// line.
struct XlsxOptions
{
    Language language = Language::Vietnamese;
    /// Amounts are always stored as whole đồng; the unit only chooses the number format (`#,##0.00,,` shows
    /// millions), so a sum in the spreadsheet stays exact.
    MoneyUnit unit = MoneyUnit::Dong;
    QString officeName; ///< empty: ReportText::defaultOfficeName
    QString scope;      ///< the commune / organisation the report is restricted to, if any
    qsizetype activeSheet = 0;
    /// The place and date line over the signatures, as on the printed report: the place (empty:
    /// ReportText::defaultPlace) and the date (invalid: today).
    QString placeName;
    QDate date;
    /// The signatories' names under their titles (NGƯỜI LẬP BIỂU, KIỂM SOÁT, GIÁM ĐỐC); empty: room to sign.
    QString preparerName;
    QString controllerName;
    QString directorName;
    /// Whether the figures are demonstration data: then every sheet says "Dữ liệu mẫu — không phải số liệu
    /// thật" under its title and in the header of its printed pages. Set by the caller, never guessed here.
    bool demonstration = false;
};

/// Writes report tables as an XLSX workbook with libxlsxwriter: one sheet per table (one per breakdown), the
/// bank's title rows above the table, a bold wrapped header that stays frozen, numbers stored as numbers with
/// thousand-separator formats, a bold totals row, column widths that fit, and A4 landscape print settings
/// with the header repeated on every printed page. The cells come from cellOf(), like every other rendering.
/// A sheet of a month that is not closed says "SỐ LIỆU TẠM TÍNH" under its period and in the header of its
/// printed pages (domain.md §8).
///
/// Rows are in the bank's order (ReportOrder), amounts stay exact đồng (the unit is a number format), and the
/// totals row holds SUM formulas over the rows with their values cached, except the borrowers, who are
/// counted once each in the total (a note says so when the rows add up to more). Under the table come the
/// notes, the total outstanding in figures and words (a summary), the place and date line and the three
/// signatures, as on the printed report; an ageing sheet has the total overdue and total outstanding columns
/// of the printed ageing table (printedColumnsOf).
namespace XlsxRenderer {

/// Writes @p tables to @p path (replacing it only once the workbook is complete).
Status write(const QList<ReportTable>& tables, const XlsxOptions& options, const QString& path);

/// The workbook of a month, as the Reports view exports it and `loandesk-cli summary --format xlsx` writes
/// it: one sheet per breakdown (program, commune, organisation, group) of the summary of @p month, or of the
/// ageing table at its last day, restricted to @p filter; the sheet of @p active opens first. Names come in
/// the builder's language, which should be @p options' language.
Status writeMonth(ReportBuilder& builder, ReportTable::Kind kind, YearMonth month, Breakdown active,
                  const PortfolioFilter& filter, XlsxOptions options, const QString& path);
/// The ageing workbook at the end of @p day (`loandesk-cli ageing --format xlsx`): one sheet per breakdown,
/// the sheet of @p active first.
Status writeAgeing(ReportBuilder& builder, const QDate& day, Breakdown active, const PortfolioFilter& filter,
                   XlsxOptions options, const QString& path);

/// The name of a spreadsheet column: 0 → `A`, 25 → `Z`, 26 → `AA`.
QString columnName(int column);

/// The Excel number format of an amount in @p unit: `#,##0`, `#,##0,`, `#,##0.00,,`, `#,##0.000,,,`.
QString moneyFormat(MoneyUnit unit);

} // namespace XlsxRenderer
