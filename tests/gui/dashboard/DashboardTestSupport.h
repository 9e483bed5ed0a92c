#pragma once

#include "MainWindow.h"
#include "TempDatabase.h"

#include "csv/CsvTable.h"

#include <QString>

#include <memory>

/// Shared by the dashboard's widget tests: the portfolio-small fixture imported once per test program, a main
/// window over it that remembers nothing, and the CLI's summary of a month read back as a table.
namespace DashboardTestSupport {

/// The imported fixture (created on first use, removed at exit).
TempDatabase& portfolio();
/// A main window over @p path in @p language, 1440×900, shown offscreen, with its figures loaded.
std::unique_ptr<MainWindow> openWindow(const QString& path, Language language = Language::English,
                                       MoneyUnit unit = MoneyUnit::Dong);
/// `loandesk-cli summary --month @p month --by @p by` of @p path, parsed.
CsvTable cliSummary(const QString& path, YearMonth month, Breakdown by);
/// The CSV record of @p key (`TOTAL` for the total).
const CsvRecord* recordOf(const CsvTable& table, const QString& key);
/// The value of @p column in @p record.
QString fieldOf(const CsvTable& table, const CsvRecord& record, const QString& column);

} // namespace DashboardTestSupport
