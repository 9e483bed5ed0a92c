// Speed of the report core on the demonstration portfolio (or any database given by LOANDESK_BENCH_DB; see
// BenchDatabase). BM_Summary/B/M is the summary by breakdown B (0 program, 1 commune, 2 organisation, 3
// group) of month M (0 the first month with data, 1 the middle one, 2 the latest).
//
//   LOANDESK_BENCH_SCALE=670 build/bin/bench_reports     # about 100,000 loans with a balance
//   LOANDESK_BENCH_DB=big.loandesk build/bin/bench_reports  # reuse a database built earlier
#include "BenchDatabase.h"

#include "report/CollectionSheet.h"
#include "report/ReportBuilder.h"

#include <benchmark/benchmark.h>

#include <array>
#include <memory>

namespace {

std::unique_ptr<BenchDatabase> g_bench;
YearMonth kMonth(2023, 8);

YearMonth monthOf(std::int64_t which)
{
    const YearMonth first = g_bench->firstMonth();
    const YearMonth last = g_bench->latestMonth();
    if (which == 0)
        return first;
    if (which == 2)
        return last;
    return first.addMonths(first.monthsTo(last) / 2);
}

void BM_Summary(benchmark::State& state)
{
    const Breakdown by = std::array{Breakdown::Program, Breakdown::Commune, Breakdown::Organization,
                                    Breakdown::Group}[static_cast<std::size_t>(state.range(0))];
    const YearMonth month = monthOf(state.range(1));
    for (auto _ : state) {
        auto table = ReportBuilder(g_bench->db()).summary(month, by);
        if (!table) {
            state.SkipWithError(qPrintable(table.error().message));
            return;
        }
        benchmark::DoNotOptimize(table);
    }
    state.SetLabel(month.toIsoString().toStdString());
}
BENCHMARK(BM_Summary)->ArgsProduct({{0, 1, 2, 3}, {0, 1, 2}})->Unit(benchmark::kMillisecond);

// The commune transaction day's grid of Phường Đồng Văn (some 700 members on the demonstration portfolio):
// what the entry screen reads when a commune or a day is chosen.
void BM_CollectionSheetOfACommune(benchmark::State& state)
{
    for (auto _ : state) {
        CollectionSheetBuilder builder(g_bench->db());
        auto sheet = builder.build(QStringLiteral("13321"), kMonth.lastDay());
        benchmark::DoNotOptimize(sheet);
    }
}
BENCHMARK(BM_CollectionSheetOfACommune)->Unit(benchmark::kMillisecond);

void BM_AgeingAtMonthEnd(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(g_bench->db());
        auto table = builder.ageing(kMonth.lastDay(), Breakdown::Program);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_AgeingAtMonthEnd)->Unit(benchmark::kMillisecond);

void BM_AgeingMidMonth(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(g_bench->db());
        auto table = builder.ageing(QDate(kMonth.year(), kMonth.month(), 15), Breakdown::Program);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_AgeingMidMonth)->Unit(benchmark::kMillisecond);

void BM_TwentyFourMonthTrend(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(g_bench->db());
        auto totals = builder.monthTotals(kMonth.addMonths(-23), kMonth);
        benchmark::DoNotOptimize(totals);
    }
}
BENCHMARK(BM_TwentyFourMonthTrend)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    return BenchDatabase::runBenchmarks(argc, argv, g_bench, [](const BenchDatabase& bench) {
        kMonth = bench.latestMonth();
        return true;
    });
}
