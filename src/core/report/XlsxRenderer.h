#pragma once

#include "ReportTable.h"
#include "Result.h"
#include "domain/Money.h"

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
};

/// Writes report tables as an XLSX workbook with libxlsxwriter: one sheet per table (one per breakdown), the
/// bank's title rows above the table, a bold wrapped header that stays frozen, numbers stored as numbers with
/// thousand-separator formats, a bold totals row, column widths that fit, and A4 landscape print settings
/// with the header repeated on every printed page. The cells come from cellOf(), like every other rendering.
/// A sheet of a month that is not closed says "SỐ LIỆU TẠM TÍNH" under its period and in the header of its
/// printed pages (domain.md §8).
namespace XlsxRenderer {

/// Writes @p tables to @p path (replacing it only once the workbook is complete).
Status write(const QList<ReportTable>& tables, const XlsxOptions& options, const QString& path);

/// The workbook of a month, as the Reports view exports it and `loandesk-cli summary --format xlsx` writes
/// it: one sheet per breakdown (program, commune, organisation, group) of the summary of @p month, or of the
/// ageing table at its last day, restricted to @p filter; the sheet of @p active opens first. Names come in
/// the builder's language, which should be @p options' language.
Status writeMonth(ReportBuilder& builder, ReportTable::Kind kind, YearMonth month, Breakdown active,
                  const PortfolioFilter& filter, XlsxOptions options, const QString& path);

/// The Excel number format of an amount in @p unit: `#,##0`, `#,##0,`, `#,##0.00,,`, `#,##0.000,,,`.
QString moneyFormat(MoneyUnit unit);

} // namespace XlsxRenderer
