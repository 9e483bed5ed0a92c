#pragma once

#include "Breakdown.h"
#include "Figures.h"
#include "domain/Catalogue.h"
#include "domain/Dates.h"

#include <QList>
#include <QString>

#include <variant>

/// One row of a report: a key of the breakdown (or `TOTAL`), its name and its figures.
struct ReportRow
{
    QString key;
    QString name;
    Figures figures;
};

/// A report as a plain table: the monthly summary (domain.md §6) or the ageing table (§5), keyed by one
/// breakdown, every key listed in ascending order, and a TOTAL row. The CLI, the dashboard, the printed
/// report and the exports all render this same object.
struct ReportTable
{
    enum class Kind
    {
        Summary,
        Ageing,
    };

    Kind kind = Kind::Summary;
    Breakdown by = Breakdown::Program;
    YearMonth month; ///< the summary's month (for ageing: the month of asOf)
    QDate asOf;      ///< the day the balances are taken at (summary: the month's last day)
    PortfolioFilter filter;
    Language language = Language::Vietnamese;
    QList<ReportRow> rows;
    ReportRow total;
    /// Whether the month is closed (domain.md §8); a report of an open month is provisional
    /// ("SỐ LIỆU TẠM TÍNH") and says so wherever it is shown.
    bool closed = false;

    [[nodiscard]] bool hasSavings() const { return kind == Kind::Summary && by != Breakdown::Program; }
};

/// The columns of the CSV and JSON forms (cli.md), in order.
enum class Column
{
    Key,
    Name,
    Borrowers,
    Loans,
    OutstandingStart,
    Disbursed,
    CollectedPrincipal,
    CollectedInterest,
    OutstandingEnd,
    Overdue,
    Frozen,
    OverdueRatio,
    Savings,
    Current,
    Overdue1To30,
    Overdue31To90,
    Overdue91To180,
    Overdue181To360,
    OverdueOver360,
};

/// The value in one cell: text, a count, an amount or a percentage.
using Cell = std::variant<QString, qint64, Money, Percent>;

/// The columns of @p table in the order of its CSV form.
QList<Column> columnsOf(const ReportTable& table);
/// The columns of @p table as printed and in the workbook: those of the CSV form, and for an ageing table the
/// total overdue and the total outstanding as well (current, the five ages, total overdue, frozen, total
/// outstanding), which cli.md's ageing CSV does not have.
QList<Column> printedColumnsOf(const ReportTable& table);
/// The CSV header name of @p column (`outstanding_end`).
QString columnCode(Column column);
/// The value of @p column in @p row.
Cell cellOf(const ReportRow& row, Column column);
/// The canonical plain text of a cell (integers, `3.77`).
QString plainText(const Cell& cell);
