// Speed of the report core on the demonstration portfolio (or any database given by LOANDESK_BENCH_DB).
//
//   LOANDESK_BENCH_SCALE=670 build/bin/bench_reports     # about 100,000 loans with a balance
//   LOANDESK_BENCH_DB=big.loandesk build/bin/bench_reports  # reuse a database built earlier
#include "db/Database.h"
#include "demo/DemoPortfolio.h"
#include "io/Importer.h"
#include "report/CollectionSheet.h"
#include "report/ReportBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<Database> g_database;
QTemporaryDir* g_dir = nullptr;
const YearMonth kMonth(2023, 8);

void BM_SummaryByProgram(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(*g_database);
        auto table = builder.summary(kMonth, Breakdown::Program);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_SummaryByProgram)->Unit(benchmark::kMillisecond);

void BM_SummaryByGroup(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(*g_database);
        auto table = builder.summary(kMonth, Breakdown::Group);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_SummaryByGroup)->Unit(benchmark::kMillisecond);

// The commune transaction day's grid of Phường Đồng Văn (some 700 members on the demonstration portfolio):
// what the entry screen reads when a commune or a day is chosen.
void BM_CollectionSheetOfACommune(benchmark::State& state)
{
    for (auto _ : state) {
        CollectionSheetBuilder builder(*g_database);
        auto sheet = builder.build(QStringLiteral("13321"), kMonth.lastDay());
        benchmark::DoNotOptimize(sheet);
    }
}
BENCHMARK(BM_CollectionSheetOfACommune)->Unit(benchmark::kMillisecond);

void BM_AgeingAtMonthEnd(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(*g_database);
        auto table = builder.ageing(kMonth.lastDay(), Breakdown::Program);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_AgeingAtMonthEnd)->Unit(benchmark::kMillisecond);

void BM_AgeingMidMonth(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(*g_database);
        auto table = builder.ageing(QDate(2023, 8, 15), Breakdown::Program);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_AgeingMidMonth)->Unit(benchmark::kMillisecond);

void BM_TwentyFourMonthTrend(benchmark::State& state)
{
    for (auto _ : state) {
        ReportBuilder builder(*g_database);
        auto totals = builder.monthTotals(kMonth.addMonths(-23), kMonth);
        benchmark::DoNotOptimize(totals);
    }
}
BENCHMARK(BM_TwentyFourMonthTrend)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    QString path = qEnvironmentVariable("LOANDESK_BENCH_DB");
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        DemoOptions options;
        options.scalePercent = qEnvironmentVariableIntValue("LOANDESK_BENCH_SCALE");
        if (options.scalePercent <= 0)
            options.scalePercent = 100;
        if (path.isEmpty()) {
            g_dir = new QTemporaryDir;
            path = g_dir->filePath(QStringLiteral("bench.loandesk"));
        }
        std::fprintf(stderr, "building the demonstration portfolio at %d%% in %s\n", options.scalePercent,
                     qPrintable(path));
        auto created = Database::create(path);
        if (!created || !DemoPortfolio::build(**created, options)) {
            std::fprintf(stderr, "cannot build the benchmark database\n");
            return 1;
        }
    }
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    g_database = std::move(opened).value();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_database.reset();
    delete g_dir;
    return 0;
}
