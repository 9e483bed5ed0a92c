#include "BenchDatabase.h"

#include "demo/DemoPortfolio.h"
#include "report/ReportBuilder.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <cstdio>

std::unique_ptr<BenchDatabase> BenchDatabase::open()
{
    auto bench = std::make_unique<BenchDatabase>();
    bench->m_path = qEnvironmentVariable("LOANDESK_BENCH_DB");
    if (bench->m_path.isEmpty() || !QFileInfo::exists(bench->m_path)) {
        DemoOptions options;
        options.scalePercent = qEnvironmentVariableIntValue("LOANDESK_BENCH_SCALE");
        if (options.scalePercent <= 0)
            options.scalePercent = 100;
        if (bench->m_path.isEmpty()) {
            bench->m_dir = std::make_unique<QTemporaryDir>();
            bench->m_path = bench->m_dir->filePath(QStringLiteral("bench.loandesk"));
        }
        std::fprintf(stderr, "building the demonstration portfolio at %d%% in %s\n", options.scalePercent,
                     qPrintable(bench->m_path));
        auto created = Database::create(bench->m_path);
        if (!created || !DemoPortfolio::build(**created, options)) {
            std::fprintf(stderr, "cannot build the benchmark database\n");
            return nullptr;
        }
    }
    auto opened = Database::open(bench->m_path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return nullptr;
    }
    bench->m_database = std::move(opened).value();
    ReportBuilder builder(*bench->m_database);
    if (auto span = builder.dataSpan(); span && !span->isEmpty()) {
        bench->m_first = span->firstMonth();
        bench->m_latest = span->lastMonth();
    }
    return bench;
}

int BenchDatabase::runBenchmarks(int argc, char** argv, std::unique_ptr<BenchDatabase>& bench,
                                 const std::function<bool(const BenchDatabase&)>& prepare)
{
    QCoreApplication app(argc, argv);
    const struct Close
    {
        std::unique_ptr<BenchDatabase>& database;
        ~Close() { database.reset(); }
    } close{bench};
    benchmark::Initialize(&argc, argv);
    bench = open();
    if (!bench || (prepare && !prepare(*bench)))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
