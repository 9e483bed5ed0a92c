#pragma once

#include "MainWindow.h"
#include "TempDatabase.h"
#include "TestData.h"

#include "service/Actor.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

/// Shared by the widget tests of the write path (Month menu, History page, ledger marks): a fresh copy of
/// portfolio-small per test, imported and changed by named users at fixed times, and a main window over it
/// that remembers nothing.
namespace WritePathTestSupport {

/// Someone who changes the portfolio at a fixed local time.
Actor actor(const QString& user, const QDateTime& at);
/// A new database with portfolio-small imported by `importer` at 01/07/2024 08:00 local time.
std::unique_ptr<TempDatabase> importedPortfolio();
/// A main window over @p path in @p language, 1440×900, shown offscreen, with its figures loaded; @p access
/// ReadOnly opens the file as one that cannot be written.
std::unique_ptr<MainWindow> openWindow(const QString& path, Language language = Language::English,
                                       Database::Access access = Database::Access::Detect);
/// Runs the event loop until @p done answers true (or @p timeoutMs passed); returns its last answer.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000);
/// Writes a picture of @p widget to $LOANDESK_TEST_SCREENSHOTS/@p name.png when that variable names a folder
/// (for looking at the pages; nothing is written otherwise).
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace WritePathTestSupport
