// Speed of loading the director's dashboard (DashboardBuilder: every summary of a month, the program ×
// organisation matrix and the 24-month trend) and of its drill-down lists. Target: under 300 ms at 100,000
// loans.
//
// BM_MonthSwitch is what the window does when another month is chosen: a new connection in the worker, then
// the dashboard of that month (alternating between the latest month and the one before).
//
//   LOANDESK_BENCH_SCALE=670 build/bin/bench_dashboard        # about 100,000 loans with a balance (slow)
//   LOANDESK_BENCH_DB=big.loandesk build/bin/bench_dashboard  # reuse a database built earlier
#include "BenchDatabase.h"

#include "report/DashboardBuilder.h"
#include "report/PortfolioBrowser.h"
#include "report/ReportBuilder.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<BenchDatabase> g_bench;
YearMonth g_month(2023, 8);

void BM_DashboardData(benchmark::State& state)
{
    qint64 loans = 0;
    for (auto _ : state) {
        auto data = DashboardBuilder(g_bench->db()).build(g_month);
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
        auto data = DashboardBuilder(g_bench->db()).build(g_month, {QString(), QStringLiteral("HPN")});
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_DashboardDataFiltered)->Unit(benchmark::kMillisecond);

/// What the window does on every change of month or filter: open a connection in the worker, then load.
void BM_DashboardDataWithNewConnection(benchmark::State& state)
{
    for (auto _ : state) {
        auto database = Database::open(g_bench->path());
        auto data = DashboardBuilder(**database).build(g_month);
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_DashboardDataWithNewConnection)->Unit(benchmark::kMillisecond);

void BM_MonthSummaries(benchmark::State& state)
{
    for (auto _ : state) {
        auto summaries = ReportBuilder(g_bench->db()).monthSummaries(g_month);
        benchmark::DoNotOptimize(summaries);
    }
}
BENCHMARK(BM_MonthSummaries)->Unit(benchmark::kMillisecond);

void BM_TwentyFourMonthTrend(benchmark::State& state)
{
    for (auto _ : state) {
        auto trend = ReportBuilder(g_bench->db()).monthTotals(g_month.addMonths(-23), g_month);
        benchmark::DoNotOptimize(trend);
    }
}
BENCHMARK(BM_TwentyFourMonthTrend)->Unit(benchmark::kMillisecond);

void BM_AllLoansOfTheMonth(benchmark::State& state)
{
    for (auto _ : state) {
        auto loans = PortfolioBrowser(g_bench->db()).loans(g_month, {});
        benchmark::DoNotOptimize(loans);
    }
}
BENCHMARK(BM_AllLoansOfTheMonth)->Unit(benchmark::kMillisecond);

void BM_MonthSwitch(benchmark::State& state)
{
    bool previous = false;
    for (auto _ : state) {
        auto database = Database::open(g_bench->path(), Database::Access::Detect, Database::Check::None);
        auto data = DashboardBuilder(**database).build(previous ? g_month.previous() : g_month);
        benchmark::DoNotOptimize(data);
        previous = !previous;
    }
}
BENCHMARK(BM_MonthSwitch)->Unit(benchmark::kMillisecond);

/// The Loans page of one commune (Phường Đồng Văn at every scale), as the window loads it.
void BM_LoansOfACommune(benchmark::State& state)
{
    PortfolioSelection selection;
    selection.communeCode = QStringLiteral("13321");
    qsizetype count = 0;
    for (auto _ : state) {
        auto loans = PortfolioBrowser(g_bench->db()).loans(g_month, selection);
        count = loans ? loans->size() : 0;
        benchmark::DoNotOptimize(loans);
    }
    state.counters["loans"] = static_cast<double>(count);
}
BENCHMARK(BM_LoansOfACommune)->Unit(benchmark::kMillisecond);

void BM_AllBorrowersOfTheMonth(benchmark::State& state)
{
    for (auto _ : state) {
        auto borrowers = PortfolioBrowser(g_bench->db()).borrowers(g_month, {});
        benchmark::DoNotOptimize(borrowers);
    }
}
BENCHMARK(BM_AllBorrowersOfTheMonth)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    return BenchDatabase::runBenchmarks(argc, argv, g_bench, [](const BenchDatabase& bench) {
        g_month = bench.latestMonth();
        std::fprintf(stderr, "dashboard of %s\n", qPrintable(g_month.toIsoString()));
        return true;
    });
}
