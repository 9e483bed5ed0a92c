// A few thousand random operations through the one write path (entries, reversals the same day and later,
// moves, back-dated entries into open months, closings and reopenings, freezes, refused writes into closed
// months) on a small portfolio. After each batch: `check` finds nothing (the kept figures equal a
// recomputation from the raw rows), the summaries equal an independent computation from the raw rows written
// here from the definitions of domain.md §5, §6 and §8, and every closed month still shows the figures it had
// when it was closed.
#include "ServiceTestSupport.h"

#include "check/PortfolioCheck.h"
#include "domain/Membership.h"
#include "repo/BorrowerRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "report/ReportRenderers.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

namespace {

constexpr int kOperations = 3000;
constexpr int kBatch = 150;
const QDate kLastDay(2024, 12, 31); ///< writes are dated up to here

/// The portfolio as stored, read back raw.
struct Raw
{
    QHash<QString, Borrower> borrowers;
    QHash<QString, Group> groups;
    QList<Loan> loans;
    QHash<QString, QList<Installment>> schedules;
    QHash<QString, QList<Repayment>> repayments;
    QHash<QString, QList<SavingsEntry>> savings;
    QHash<QString, QList<Move>> moves;

    static Raw read(Database& database)
    {
        Raw raw;
        auto borrowers = BorrowerRepository(database).all();
        auto groups = GroupRepository(database).all();
        EXPECT_TRUE(borrowers.ok() && groups.ok());
        if (!borrowers || !groups)
            return raw;
        for (const Borrower& b : *borrowers)
            raw.borrowers.insert(b.id, b);
        for (const Group& g : *groups)
            raw.groups.insert(g.code, g);
        LoanRepository loans(database);
        EXPECT_TRUE(loans.forEachLoan([&](const Loan& l) { raw.loans.append(l); }).ok());
        EXPECT_TRUE(
            loans.forEachInstallment([&](const Installment& i) { raw.schedules[i.loanNo].append(i); }).ok());
        EXPECT_TRUE(RepaymentRepository(database)
                        .forEach([&](const Repayment& r) { raw.repayments[r.loanNo].append(r); })
                        .ok());
        EXPECT_TRUE(SavingsRepository(database)
                        .forEach([&](const SavingsEntry& e) { raw.savings[e.borrowerId].append(e); })
                        .ok());
        EXPECT_TRUE(
            MoveRepository(database).forEach([&](const Move& m) { raw.moves[m.borrowerId].append(m); }).ok());
        return raw;
    }

    /// The borrower's membership at the end of @p day: the last move dated on or before it, or the first one.
    [[nodiscard]] Membership membershipAt(const QString& id, const QDate& day) const
    {
        const Borrower& b = borrowers[id];
        Membership m{b.communeCode, b.groupCode};
        QDate latest;
        for (const Move& move : moves.value(id)) {
            if (move.on <= day && (!latest.isValid() || move.on > latest)) {
                latest = move.on;
                m = {move.groupCode.isEmpty() ? move.communeCode : groups[move.groupCode].communeCode,
                     move.groupCode};
            }
        }
        return m;
    }

    /// Principal repaid by the end of @p day: entries on or before it less reversals on or before it.
    [[nodiscard]] Money repaid(const Loan& loan, const QDate& day) const
    {
        Money total;
        for (const Repayment& r : repayments.value(loan.loanNo)) {
            if (r.paidOn <= day)
                total += r.isReversal() ? -r.principal : r.principal;
        }
        return total;
    }

    struct Position
    {
        Money outstanding;
        Money overdue;
        Money frozen;
    };
    [[nodiscard]] Position positionAt(const Loan& loan, const QDate& day) const
    {
        Position p;
        if (loan.disbursedOn > day)
            return p;
        const Money repaidThen = repaid(loan, day);
        p.outstanding = loan.amount - repaidThen;
        if (loan.frozenOn && *loan.frozenOn <= day) {
            p.frozen = p.outstanding;
            return p;
        }
        Money dueBefore;
        const QList<Installment> schedule = schedules.value(loan.loanNo);
        if (schedule.isEmpty()) {
            if (loan.maturityOn < day)
                dueBefore = loan.amount;
        } else {
            for (const Installment& i : schedule) {
                if (i.dueOn < day)
                    dueBefore += i.principal;
            }
        }
        p.overdue = Money::max(Money(), dueBefore - repaidThen);
        return p;
    }

    [[nodiscard]] Money savingsAt(const QString& id, const QDate& day) const
    {
        Money balance;
        for (const SavingsEntry& e : savings.value(id)) {
            if (e.on <= day)
                balance += e.isReversal() ? -e.amount : e.amount;
        }
        return balance;
    }

    /// The summary of @p month by group or commune computed from the definitions, row by key.
    [[nodiscard]] QMap<QString, Figures> summary(YearMonth month, Breakdown by) const
    {
        const QDate end = month.lastDay();
        const QDate before = month.previous().lastDay();
        const auto keyOf = [&](const QString& borrowerId) {
            const Membership m = membershipAt(borrowerId, end);
            if (by == Breakdown::Commune)
                return m.communeCode;
            return m.groupCode.isEmpty() ? kDirectKey : m.groupCode;
        };
        QMap<QString, Figures> rows;
        QMap<QString, QSet<QString>> withBalance;
        for (const Loan& loan : loans) {
            if (loan.disbursedOn > end)
                continue;
            Figures& f = rows[keyOf(loan.borrowerId)];
            const Position now = positionAt(loan, end);
            f.outstandingStart += positionAt(loan, before).outstanding;
            if (YearMonth::fromDate(loan.disbursedOn) == month)
                f.disbursed += loan.amount;
            for (const Repayment& r : repayments.value(loan.loanNo)) {
                if (YearMonth::fromDate(r.paidOn) != month)
                    continue;
                f.collectedPrincipal += r.isReversal() ? -r.principal : r.principal;
                f.collectedInterest += r.isReversal() ? -r.interest : r.interest;
            }
            f.outstandingEnd += now.outstanding;
            f.overdue += now.overdue;
            f.frozen += now.frozen;
            if (now.outstanding.isPositive()) {
                ++f.loans;
                withBalance[keyOf(loan.borrowerId)].insert(loan.borrowerId);
            }
        }
        for (auto it = withBalance.cbegin(); it != withBalance.cend(); ++it)
            rows[it.key()].borrowers = it.value().size();
        for (auto it = borrowers.cbegin(); it != borrowers.cend(); ++it) {
            const Money balance = savingsAt(it.key(), end);
            if (!balance.isZero())
                rows[keyOf(it.key())].savings += balance;
        }
        return rows;
    }
};

class WritePathPropertyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_service = std::make_unique<PortfolioService>(m_temp.db(), testActor());
        buildPortfolio();
    }

    QDate randomDay(const QDate& from, const QDate& to)
    {
        if (to <= from)
            return from;
        return from.addDays(static_cast<qint64>(m_random.bounded(static_cast<quint32>(from.daysTo(to) + 1))));
    }
    qint64 between(qint64 low, qint64 high)
    {
        return low + static_cast<qint64>(m_random.bounded(static_cast<quint32>(high - low + 1)));
    }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(list.size())))];
    }

    [[nodiscard]] QDate closedEnd() const
    {
        return m_closed.isValid() ? m_closed.lastDay() : QDate(2000, 1, 1);
    }
    /// A day on which a write is allowed: after the closed months and after @p from.
    QDate openDay(const QDate& from) { return randomDay(std::max(from, closedEnd().addDays(1)), kLastDay); }

    void buildPortfolio()
    {
        PostingBatch batch;
        batch.communes.append(BatchRow<Commune>{{QStringLiteral("C1"), QStringLiteral("Xã Một")}});
        batch.communes.append(BatchRow<Commune>{{QStringLiteral("C2"), QStringLiteral("Xã Hai")}});
        const QStringList organizations = {QStringLiteral("HPN"), QStringLiteral("HND"),
                                           QStringLiteral("CCB"), QStringLiteral("DTN")};
        for (int g = 0; g < 6; ++g) {
            const QString code = QStringLiteral("G%1").arg(g + 1);
            const QString commune = g < 3 ? QStringLiteral("C1") : QStringLiteral("C2");
            batch.groups.append(
                BatchRow<Group>{{code, QStringLiteral("Tổ ") + code, commune, organizations[g % 4], QString(),
                                 QStringLiteral("Tổ trưởng"), QDate(2010, 1, 1)}});
            m_groups.append(code);
        }
        for (int b = 0; b < 24; ++b) {
            Borrower borrower;
            borrower.id = QStringLiteral("B%1").arg(b + 1, 2, 10, QLatin1Char('0'));
            borrower.fullName = QStringLiteral("Hộ ") + borrower.id;
            if (b < 20) {
                borrower.groupCode = m_groups[b % 6];
                borrower.communeCode = (b % 6) < 3 ? QStringLiteral("C1") : QStringLiteral("C2");
                borrower.idNumber = QStringLiteral("0011000000%1").arg(b, 2, 10, QLatin1Char('0'));
                m_savers.append(borrower.id);
            } else if (b < 22) {
                borrower.communeCode = QStringLiteral("C1");
                borrower.idNumber = QStringLiteral("0011000000%1").arg(b, 2, 10, QLatin1Char('0'));
            } else {
                borrower.kind = BorrowerKind::Organization;
                borrower.communeCode = QStringLiteral("C2");
                borrower.idNumber = QStringLiteral("01000000%1").arg(b, 2, 10, QLatin1Char('0'));
            }
            m_borrowers.append(borrower.id);
            batch.borrowers.append({borrower});
        }
        for (int l = 0; l < 40; ++l) {
            Loan loan;
            loan.loanNo = QStringLiteral("L%1").arg(l + 1, 2, 10, QLatin1Char('0'));
            loan.borrowerId = m_borrowers[l % 24];
            const bool organization = l % 24 >= 22;
            loan.programCode = organization ? QStringLiteral("GQVL")
                                            : (l % 2 ? QStringLiteral("HN") : QStringLiteral("HCN"));
            loan.amount = vnd(between(10, 90) * 1'000'000);
            loan.disbursedOn = randomDay(QDate(2022, 1, 1), QDate(2023, 6, 30));
            loan.maturityOn = loan.disbursedOn.addMonths(static_cast<int>(between(12, 30)));
            batch.loans.append({loan});
            const int installments = static_cast<int>(between(0, 4));
            Money left = loan.amount;
            for (int i = 1; i <= installments; ++i) {
                const QDate due = i == installments
                                      ? loan.maturityOn
                                      : loan.disbursedOn.addDays(loan.disbursedOn.daysTo(loan.maturityOn) *
                                                                 i / installments);
                const Money part =
                    i == installments ? left : vnd(loan.amount.dong() / installments / 1000 * 1000);
                left -= part;
                batch.installments.append(BatchRow<Installment>{{loan.loanNo, due, part}});
            }
            Loan stored = loan;
            stored.version = 1; // a new record's first version
            m_loans.insert(loan.loanNo, stored);
        }
        auto posted = m_service->post(batch);
        ASSERT_TRUE(posted.ok()) << posted.error().message.toStdString();
    }

    /// One random operation; returns whether it was written.
    bool operate()
    {
        const int dice = static_cast<int>(m_random.bounded(100u));
        const QList<QString> loanNos = m_loans.keys();
        if (dice < 30) { // a repayment, sometimes back-dated, sometimes too much
            const Loan& loan = m_loans[pick(loanNos)];
            const qint64 principal =
                between(0, 6) * 1'000'000 + (m_random.bounded(10u) == 0 ? loan.amount.dong() : 0);
            auto posted = m_service->postRepayment({loan.loanNo, openDay(loan.disbursedOn), vnd(principal),
                                                    vnd(between(0, 3) * 50'000 + (principal ? 0 : 10'000))});
            if (posted)
                m_repayments.append(*posted);
            return count(QStringLiteral("repayment"), posted.ok());
        }
        if (dice < 45) { // savings
            const QString id = pick(m_savers);
            const qint64 amount = between(-3, 8) * 100'000;
            auto posted =
                m_service->postSavings({id, openDay(QDate(2022, 1, 1)), vnd(amount == 0 ? 100'000 : amount)});
            if (posted)
                m_savings.append(*posted);
            return count(QStringLiteral("savings"), posted.ok());
        }
        if (dice < 58 && !m_repayments.isEmpty()) { // a reversal: the same day or later
            const qint64 entryNo = pick(m_repayments);
            auto original = RepaymentRepository(m_temp.db()).byEntryNo({entryNo});
            const QDate from = original->value(entryNo).paidOn;
            const QDate on = m_random.bounded(3u) == 0 ? from : openDay(from);
            const bool done =
                m_service->reverseRepayment(entryNo, on, QStringLiteral("random correction")).ok();
            count(on == from ? QStringLiteral("same-day reversal") : QStringLiteral("later reversal"), done);
            return done;
        }
        if (dice < 64 && !m_savings.isEmpty()) {
            const qint64 entryNo = pick(m_savings);
            auto original = SavingsRepository(m_temp.db()).byEntryNo({entryNo});
            const QDate from = original->value(entryNo).on;
            const QDate on = m_random.bounded(3u) == 0 ? from : openDay(from);
            return count(QStringLiteral("savings reversal"),
                         m_service->reverseSavings(entryNo, on, QStringLiteral("random correction")).ok());
        }
        if (dice < 72) { // a move
            const QString id = pick(m_borrowers.mid(0, 22));
            Move move{id, openDay(QDate(2022, 1, 1)), QString(), QString()};
            if (m_savers.contains(id))
                move.groupCode = pick(m_groups);
            else
                move.communeCode = m_random.bounded(2u) ? QStringLiteral("C1") : QStringLiteral("C2");
            return count(QStringLiteral("move"), m_service->moveBorrower(move).ok());
        }
        if (dice < 76) { // freezing from an open month
            Loan loan = m_loans[pick(loanNos)];
            if (loan.frozenOn)
                return false;
            loan.frozenOn = openDay(loan.disbursedOn);
            if (!m_service->editLoan(loan).ok())
                return false;
            ++loan.version; // every edit raises it
            m_loans[loan.loanNo] = loan;
            return count(QStringLiteral("freeze"), true);
        }
        if (dice < 80) { // close the next month, up to mid-2024
            const YearMonth next = m_closed.isValid() ? m_closed.next() : YearMonth(2022, 1);
            if (next > YearMonth(2024, 6))
                return false;
            const Status closed = m_service->closeMonth(next);
            EXPECT_TRUE(closed.ok()) << closed.error().message.toStdString();
            if (!closed)
                return false;
            m_closed = next;
            m_snapshots.insert(next,
                               {summaryCsv(next, Breakdown::Group), summaryCsv(next, Breakdown::Commune)});
            return count(QStringLiteral("close"), true);
        }
        if (dice < 81 && m_closed.isValid()) { // reopen the latest
            const Status reopened = m_service->reopenMonth(m_closed, QStringLiteral("a late correction"));
            EXPECT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
            m_snapshots.remove(m_closed);
            m_closed = m_closed > YearMonth(2022, 1) ? m_closed.previous() : YearMonth();
            return count(QStringLiteral("reopen"), reopened.ok());
        }
        // A write dated in a closed month is always refused, whatever it is.
        if (!m_closed.isValid())
            return false;
        const QDate inClosed = randomDay(QDate(2022, 1, 1), closedEnd());
        Status refused;
        switch (m_random.bounded(5u)) {
        case 0:
            refused =
                Status(m_service->postRepayment({pick(loanNos), inClosed, vnd(1'000), vnd(1'000)}).error());
            break;
        case 1:
            refused = Status(m_service->postSavings({pick(m_savers), inClosed, vnd(100'000)}).error());
            break;
        case 2:
            if (m_repayments.isEmpty())
                return false;
            {
                auto result =
                    m_service->reverseRepayment(pick(m_repayments), inClosed, QStringLiteral("late"));
                if (result.ok()) {
                    ADD_FAILURE() << "a reversal dated " << inClosed.toString(Qt::ISODate).toStdString()
                                  << " in a closed month was written";
                    return true;
                }
                refused = Status(result.error());
            }
            break;
        case 3:
            refused = m_service->moveBorrower({pick(m_savers), inClosed, pick(m_groups), QString()});
            break;
        default: {
            Loan loan;
            loan.loanNo = QStringLiteral("LX%1").arg(m_random.generate() % 100000);
            loan.borrowerId = pick(m_savers);
            loan.programCode = QStringLiteral("HN");
            loan.amount = vnd(5'000'000);
            loan.disbursedOn = inClosed;
            loan.maturityOn = inClosed.addMonths(12);
            refused = m_service->disburseLoan(loan);
        }
        }
        EXPECT_FALSE(refused.ok()) << "a write dated " << inClosed.toString(Qt::ISODate).toStdString()
                                   << " in a closed month was written";
        if (!refused.ok()) {
            // Either the closed month is named, or the write was refused for another reason first (the entry
            // it names may not exist, a move may be the same membership…): then the closed month is among the
            // reasons unless nothing was dated there.
            EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
        }
        ++m_refusedInClosed;
        return false;
    }

    /// Counts the operations of each kind that were written.
    bool count(const QString& kind, bool written)
    {
        if (written)
            ++m_written[kind];
        return written;
    }

    QByteArray summaryCsv(YearMonth month, Breakdown by)
    {
        auto table = ReportBuilder(m_temp.db()).summary(month, by);
        EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
        return table ? ReportRenderers::toCsv(*table) : QByteArray();
    }

    void verify(int after)
    {
        SCOPED_TRACE(QStringLiteral("after %1 operations").arg(after).toStdString());
        auto outcome = PortfolioCheck::run(m_temp.db());
        ASSERT_TRUE(outcome.ok());
        ASSERT_TRUE(outcome->violations.isEmpty()) << outcome->violations.join(u'\n').toStdString();
        const Raw raw = Raw::read(m_temp.db());
        ReportBuilder builder(m_temp.db());
        auto span = builder.dataSpan();
        ASSERT_TRUE(span.ok());
        for (const YearMonth month : span->months()) {
            for (const Breakdown by : {Breakdown::Group, Breakdown::Commune}) {
                auto table = builder.summary(month, by);
                ASSERT_TRUE(table.ok());
                const QMap<QString, Figures> expected = raw.summary(month, by);
                for (const ReportRow& row : table->rows) {
                    SCOPED_TRACE(QString(month.toIsoString() + u' ' + breakdownCode(by) + u' ' + row.key)
                                     .toStdString());
                    Figures want = expected.value(row.key);
                    Figures got = row.figures;
                    got.ageing = {};
                    ASSERT_EQ(got, want);
                }
            }
        }
        for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it) {
            ASSERT_EQ(summaryCsv(it.key(), Breakdown::Group), it.value().first)
                << it.key().toIsoString().toStdString();
            ASSERT_EQ(summaryCsv(it.key(), Breakdown::Commune), it.value().second);
        }
    }

    TempDatabase m_temp;
    std::unique_ptr<PortfolioService> m_service;
    QRandomGenerator m_random{20231231};
    QStringList m_groups;
    QStringList m_borrowers;
    QStringList m_savers;
    QHash<QString, Loan> m_loans;
    QList<qint64> m_repayments;
    QList<qint64> m_savings;
    YearMonth m_closed;
    QMap<YearMonth, std::pair<QByteArray, QByteArray>> m_snapshots;
    int m_refusedInClosed = 0;
    QMap<QString, int> m_written;
};

} // namespace

TEST_F(WritePathPropertyTest, KeptFiguresFollowEveryOperation)
{
    int written = 0;
    for (int i = 1; i <= kOperations; ++i) {
        written += operate() ? 1 : 0;
        if (i % kBatch == 0) {
            verify(i);
            if (HasFatalFailure())
                return;
        }
    }
    // The operations did happen: every kind was written many times, and many writes into closed months were
    // refused.
    EXPECT_GT(written, kOperations / 2);
    EXPECT_GT(m_refusedInClosed, 50);
    for (const auto& [kind, least] : {std::pair{"repayment", 400},
                                      {"savings", 200},
                                      {"same-day reversal", 50},
                                      {"later reversal", 50},
                                      {"savings reversal", 50},
                                      {"move", 50},
                                      {"freeze", 10},
                                      {"close", 10},
                                      {"reopen", 3}})
        EXPECT_GE(m_written.value(QString::fromLatin1(kind)), least) << kind;
    EXPECT_TRUE(m_closed.isValid());
    for (auto it = m_written.cbegin(); it != m_written.cend(); ++it)
        RecordProperty(it.key().toStdString(), it.value());
}
