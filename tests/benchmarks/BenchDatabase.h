#pragma once

#include "db/Database.h"
#include "domain/Dates.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

/// The database a benchmark program runs on: the file LOANDESK_BENCH_DB names when it exists, else the
/// demonstration portfolio at LOANDESK_BENCH_SCALE percent (100: the Duy Tiên office, about 41,000 loans)
/// built into LOANDESK_BENCH_DB or, when that is not set, into a temporary folder. scripts/bench builds its
/// data sets once and passes them in LOANDESK_BENCH_DB.
class BenchDatabase
{
public:
    /// Opens or builds the database; null after printing why to standard error.
    static std::unique_ptr<BenchDatabase> open();
    /// The main() of a benchmark program: the application object, the command line of Google Benchmark, the
    /// database in @p bench (closed before the application object goes, on every way out), then @p prepare
    /// (false: stop with status 1) and the benchmarks.
    static int runBenchmarks(int argc, char** argv, std::unique_ptr<BenchDatabase>& bench,
                             const std::function<bool(const BenchDatabase&)>& prepare = {});

    [[nodiscard]] Database& db() const { return *m_database; }
    [[nodiscard]] const QString& path() const { return m_path; }
    /// The latest month with data (August 2023 for the demonstration portfolio at any scale).
    [[nodiscard]] YearMonth latestMonth() const { return m_latest; }
    /// The earliest month with data.
    [[nodiscard]] YearMonth firstMonth() const { return m_first; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    YearMonth m_latest{2023, 8};
    YearMonth m_first{2023, 8};
};
