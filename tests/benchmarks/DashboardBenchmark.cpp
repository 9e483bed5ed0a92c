// Speed of loading the director's dashboard (DashboardBuilder: every summary of a month, the program ×
// organisation matrix and the 24-month trend) and of its drill-down lists. Target: under 300 ms at 100,000
// loans.
//
//   LOANDESK_BENCH_SCALE=670 build/bin/bench_dashboard        # about 100,000 loans with a balance (slow to
//   build) LOANDESK_BENCH_DB=big.loandesk build/bin/bench_dashboard  # reuse a database built earlier
#include "db/Database.h"
#include "demo/DemoPortfolio.h"
#include "report/DashboardBuilder.h"
#include "report/PortfolioBrowser.h"
#include "report/ReportBuilder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<Database> g_database;
QString g_path;
YearMonth g_month(2023, 8);

void BM_DashboardData(benchmark::State& state)
{
    qint64 loans = 0;
    for (auto _ : state) {
        auto data = DashboardBuilder(*g_database).build(g_month);
        if (!data) {
            state.SkipWithError(qPrintable(data.error().message));
            return;
        }
        loans = data->total.loans;
        benchmark::DoNotOptimize(data);
    }
    state.counters["loans"] = static_cast<double>(loans);
}
BENCHMARK(BM_DashboardData)->Unit(benchmark::kMillisecond);

void BM_DashboardDataFiltered(benchmark::State& state)
{
    for (auto _ : state) {
        auto data = DashboardBuilder(*g_database).build(g_month, {QString(), QStringLiteral("HPN")});
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_DashboardDataFiltered)->Unit(benchmark::kMillisecond);

/// What the window does on every change of month or filter: open a connection in the worker, then load.
void BM_DashboardDataWithNewConnection(benchmark::State& state)
{
    for (auto _ : state) {
        auto database = Database::open(g_path);
        auto data = DashboardBuilder(**database).build(g_month);
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_DashboardDataWithNewConnection)->Unit(benchmark::kMillisecond);

void BM_MonthSummaries(benchmark::State& state)
{
    for (auto _ : state) {
        auto summaries = ReportBuilder(*g_database).monthSummaries(g_month);
        benchmark::DoNotOptimize(summaries);
    }
}
BENCHMARK(BM_MonthSummaries)->Unit(benchmark::kMillisecond);

void BM_TwentyFourMonthTrend(benchmark::State& state)
{
    for (auto _ : state) {
        auto trend = ReportBuilder(*g_database).monthTotals(g_month.addMonths(-23), g_month);
        benchmark::DoNotOptimize(trend);
    }
}
BENCHMARK(BM_TwentyFourMonthTrend)->Unit(benchmark::kMillisecond);

void BM_AllLoansOfTheMonth(benchmark::State& state)
{
    for (auto _ : state) {
        auto loans = PortfolioBrowser(*g_database).loans(g_month, {});
        benchmark::DoNotOptimize(loans);
    }
}
BENCHMARK(BM_AllLoansOfTheMonth)->Unit(benchmark::kMillisecond);

void BM_AllBorrowersOfTheMonth(benchmark::State& state)
{
    for (auto _ : state) {
        auto borrowers = PortfolioBrowser(*g_database).borrowers(g_month, {});
        benchmark::DoNotOptimize(borrowers);
    }
}
BENCHMARK(BM_AllBorrowersOfTheMonth)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    std::unique_ptr<QTemporaryDir> dir;
    g_path = qEnvironmentVariable("LOANDESK_BENCH_DB");
    if (g_path.isEmpty() || !QFileInfo::exists(g_path)) {
        DemoOptions options;
        options.scalePercent = qEnvironmentVariableIntValue("LOANDESK_BENCH_SCALE");
        if (options.scalePercent <= 0)
            options.scalePercent = 100;
        if (g_path.isEmpty()) {
            dir = std::make_unique<QTemporaryDir>();
            g_path = dir->filePath(QStringLiteral("bench.loandesk"));
        }
        std::fprintf(stderr, "building the demonstration portfolio at %d%% in %s\n", options.scalePercent,
                     qPrintable(g_path));
        auto created = Database::create(g_path);
        if (!created || !DemoPortfolio::build(**created, options)) {
            std::fprintf(stderr, "cannot build the benchmark database\n");
            return 1;
        }
    }
    auto opened = Database::open(g_path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    g_database = std::move(opened).value();
    if (auto latest = ReportBuilder(*g_database).latestMonthWithData(); latest && latest->has_value())
        g_month = **latest;
    std::fprintf(stderr, "dashboard of %s\n", qPrintable(g_month.toIsoString()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_database.reset();
    return 0;
}
