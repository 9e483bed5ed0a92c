// Speed of the write path on a large portfolio: one repayment posted (what the repayment form does), and a
// commune's transaction day of 500 entries saved together (one PostingBatch). Each posting is real: the
// database grows with every iteration, so run it on a copy (scripts/bench does).
//
//   LOANDESK_BENCH_DB=copy.loandesk build/bin/bench_write
#include "BenchDatabase.h"

#include "report/PortfolioBrowser.h"
#include "service/PortfolioService.h"

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

std::unique_ptr<BenchDatabase> g_bench;
/// Loans with a balance at the end of the latest month, and the day entries are dated: its last day, which is
/// in an open month.
QList<LoanLine> g_live;
QDate g_day;
qsizetype g_next = 0;

const Money kPrincipal = Money::fromDong(10'000);

/// The next live loan, in turn (a loan is paid 10,000 đồng at a time, far less than any balance).
const LoanLine& nextLoan()
{
    const LoanLine& line = g_live[g_next % g_live.size()];
    ++g_next;
    return line;
}

Actor benchActor()
{
    Actor actor = Actor::operatingSystemUser();
    actor.clock = []() { return QDateTime(g_day.addDays(1), QTime(9, 0)); };
    return actor;
}

void BM_PostOneRepayment(benchmark::State& state)
{
    PortfolioService service(g_bench->db(), benchActor());
    for (auto _ : state) {
        const LoanLine& loan = nextLoan();
        auto posted = service.postRepayment(Repayment(loan.loanNo, g_day, kPrincipal, Money()));
        if (!posted) {
            state.SkipWithError(qPrintable(loan.loanNo + u": " + posted.error().message));
            return;
        }
    }
}
BENCHMARK(BM_PostOneRepayment)->Unit(benchmark::kMillisecond)->Iterations(50);

void BM_TransactionDayOf500Entries(benchmark::State& state)
{
    PortfolioService service(g_bench->db(), benchActor());
    for (auto _ : state) {
        PostingBatch batch;
        for (int i = 0; i < 500; ++i)
            batch.repayments.append({Repayment(nextLoan().loanNo, g_day, kPrincipal, Money())});
        auto posted = service.post(std::move(batch));
        if (!posted) {
            state.SkipWithError(qPrintable(posted.error().message));
            return;
        }
    }
}
BENCHMARK(BM_TransactionDayOf500Entries)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

/// The loans to post on: those with a balance at the end of the latest month.
static bool chooseLoans(const BenchDatabase& bench)
{
    const YearMonth month = bench.latestMonth();
    g_day = month.lastDay();
    auto lines = PortfolioBrowser(bench.db()).loans(month, {});
    if (!lines) {
        std::fprintf(stderr, "%s\n", qPrintable(lines.error().message));
        return false;
    }
    for (const LoanLine& line : *lines) {
        // Not frozen, and with more left than the few postings of 10,000 đồng each loan gets.
        if (!line.frozenOn && line.figures.outstandingEnd.dong() > 1'000'000 && line.disbursedOn <= g_day)
            g_live.append(line);
    }
    if (g_live.size() < 1000) {
        std::fprintf(stderr, "too few loans with a balance in %s\n", qPrintable(month.toIsoString()));
        return false;
    }
    std::fprintf(stderr, "posting on %s across %lld loans\n", qPrintable(g_day.toString(Qt::ISODate)),
                 static_cast<long long>(g_live.size()));
    return true;
}

int main(int argc, char** argv)
{
    return BenchDatabase::runBenchmarks(argc, argv, g_bench, chooseLoans);
}
