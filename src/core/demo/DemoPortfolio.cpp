// The Duy Tiên demonstration portfolio (cli.md, "The demonstration portfolio").
//
// What it is: the book of the VBSP transaction office of Duy Tiên town, Hà Nam, as it stands at the end of
// August 2023: the 16 communes, about 300 savings-and-loan groups run by the four mass organisations, about
// 11,000 households with a balance, some schools and firms borrowing directly, and a history of loans
// disbursed since 2013, most of the older ones repaid. The figures at the end of August 2023 are steered to
// those reported for the office (the constants below); everything else (who borrows, when, how much, names)
// is drawn from a small seeded PRNG, so that the same options always give the same portfolio.
//
// The history. No loan is older than January 2013, so the book ramps up over 2013–2015 under a steady flow of
// disbursements and is mature by 2018; from then on it grows by some 4 % a year (kBookPath), with steady
// monthly disbursements and collections. The loans with a balance in August 2023 alone would make a young
// book (most were disbursed in 2020–2023); the loans of the history, disbursed from 2013 and repaid by
// August 2023, fill the gap between them and kBookPath month by month. Before 2016 the households that were
// to escape poverty still borrowed as poor households (HN instead of HMTN). A little overdue debt runs
// through the whole history: installments paid a few months late in the few groups that slip at any one
// time (the group changes over the years), on top of the delinquent and frozen loans of today.
//
// How it is built, in phases:
//   A. a few frozen loans (khoanh nợ after a death or a disaster), after some missed installments;
//   B. delinquent loans in a handful of slipping groups, until the overdue target is met with every ageing
//      bucket represented at 2023-08-31;
//   C. live loans, interleaved over the programs, until each program's outstanding at 2023-08-31 reaches its
//      target; the last two loans of a program are sized to land on it;
//   D. loans of the history (disbursed 2013 on, repaid by August 2023), month after month for as long as
//      the book is below kBookPath in that month and they fit under it in every later month; a loan that
//      would not fit is repaid early, before it would;
//   E. late installments (cured delinquencies) in the groups slipping at the time, month after month until
//      the overdue ratio of the month reaches that of a slowly wandering path (kPastOverdueRatio…);
//   F. the monthly savings deposits of the group members who borrow;
//   G. codes (groups, borrowers, loans numbered in a natural order) and the records.
// Every loan's figures come from LoanCalculator, the calculator the reports use; phases D and E follow the
// book's month-end outstanding and overdue by the same definitions (domain.md §5).

#include "DemoPortfolio.h"

#include "DemoNames.h"
#include "calc/LoanCalculator.h"
#include "csv/CsvTable.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "io/DataSetWriter.h"
#include "io/SafeFiles.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "service/PortfolioService.h"

#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------------------
// The targets (cli.md). Amounts in millions of đồng, counts for scale 100; the seed moves each target a
// little inside its range.
// ---------------------------------------------------------------------------------------------------------

constexpr YearMonth kFirstMonth{2013, 1};                     ///< the book's first disbursements
constexpr YearMonth kLastMonth{2023, 8};                      ///< the data ends with this month
constexpr YearMonth kLastClosedMonth = kLastMonth.previous(); ///< every month up to it is closed (cli.md)
/// Month indexes of the history: 0 is kFirstMonth, kMonths − 1 is kLastMonth.
constexpr int kMonths = kFirstMonth.monthsTo(kLastMonth) + 1;

constexpr qint64 kMillion = 1'000'000;

/// Outstanding over the 12 programs at 2023-08-31: 586–587 billion.
constexpr int kTotalTarget = 586'500;
constexpr int kTotalJitter = 250;

/// Borrowers with a balance at 2023-08-31 (9,000–13,000).
constexpr int kLiveBorrowers = 11'000;
constexpr int kLiveBorrowersJitter = 500;

/// Savings-and-loan groups (250–350) and the members each can take in.
constexpr int kGroupsMin = 280;
constexpr int kGroupsMax = 320;
constexpr int kMembersMin = 30;
constexpr int kMembersMax = 45;

/// Overdue ÷ outstanding at 2023-08-31 in hundredths of a percent (0.02–0.50 %: aim at 0.15–0.28 %).
constexpr int kOverdueRatioMin = 15;
constexpr int kOverdueRatioMax = 28;
/// The overdue debt sits in a few slipping groups of a few communes.
constexpr int kSlippingCommunesMin = 2;
constexpr int kSlippingCommunesMax = 4;
constexpr int kSlippingGroupsMin = 5;
constexpr int kSlippingGroupsMax = 10;
/// A delinquent loan owes at most this much overdue (millions), so that no single loan dominates.
constexpr qint64 kMaxOverduePerLoan = 60;

/// Frozen loans (5–20).
constexpr int kFrozenMin = 8;
constexpr int kFrozenMax = 15;
/// Frozen loans were disbursed from this month on: a frozen balance stays in the book until it is written
/// off, so that the frozen debt of today has built up since 2017.
constexpr YearMonth kFrozenFrom{2016, 1};

/// Direct lending to organisations: private schools (CSGD) and firms or co-operatives (GQVL).
constexpr int kSchools = 14;
constexpr int kFirms = 10;
constexpr int kFirmLoanPercent = 10; ///< of GQVL loans while firms are still wanted

/// Live loans are disbursed evenly over the months in which they can still be running, with this share of
/// them drawn towards recent months (the book grows by some 4 % a year).
constexpr int kRecentPercent = 10;

/// The history: outstanding of the whole book at the end of some months, in ten-thousandths of its total at
/// the end of August 2023, straight in between. A ramp from nothing in January 2013 (a steady flow of new
/// loans while little is repaid yet), a mature book from 2018 on growing by some 4.3 % a year.
struct BookPoint
{
    YearMonth month;
    int perTenThousand;
};
constexpr BookPoint kBookPath[] = {
    {{2012, 12}, 0},     {{2013, 12}, 3'000}, {{2014, 12}, 5'450}, {{2015, 12}, 6'850},
    {{2016, 12}, 7'500}, {{2017, 12}, 7'850}, {{2018, 12}, 8'200}, {{2019, 12}, 8'560},
    {{2020, 12}, 8'930}, {{2021, 12}, 9'320}, {{2022, 12}, 9'720}, {kLastMonth, 10'000},
};
/// A loan of the history is made only if the book stays below kBookPath plus this (ten-thousandths of the
/// total) in every later month.
constexpr int kBookSlackPerTenThousand = 10;
/// A loan of the history that would not fit under the path is repaid early: not before this many months,
/// and at most kPayoffSpread months before the first month it would not fit in.
constexpr int kMinMonthsBeforePayoff = 6;
constexpr int kPayoffSpread = 12;
/// Loans of the history that could not be made before a month is given up (the book stays a little below).
constexpr int kHistoryMissesPerMonth = 200;
/// Share of the loans of the history made to a member already in the group (one who borrows today or an
/// earlier borrower of the history); the others to a household that has since left the group.
constexpr int kHistoryToMemberPercent = 70;
/// To keep the number of repayment rows (and the time of `init --demo`) down, the loans of the history paid
/// their interest every three months (and with any principal) until their group moved to monthly interest,
/// in a month of 2019 (the loans with a balance today always pay it monthly). Groups moving one by one
/// spread over the year the catch-up of the interest that quarterly payments paid in arrears.
constexpr YearMonth kMonthlyInterestFromMin{2019, 1};
constexpr YearMonth kMonthlyInterestFromMax{2019, 12};

/// Past overdue debt (cured delinquencies): from this month on, the overdue ratio at every month end follows
/// a path that wanders between these bounds (hundredths of a percent), with a new point every few months;
/// late installments in the groups slipping at the time make it up, on top of today's delinquent loans.
constexpr YearMonth kPastOverdueFrom{2014, 1};
constexpr int kPastOverdueRatioMin = 10;
constexpr int kPastOverdueRatioMax = 26;
constexpr int kPastOverdueRatioStep = 6; ///< months between the points of the path
/// Groups slipping at any one time, and for how many months each.
constexpr int kSlippingAtOnceMin = 10;
constexpr int kSlippingAtOnceMax = 14;
constexpr int kSlippingMonthsMin = 6;
constexpr int kSlippingMonthsMax = 18;
/// How late a late installment is paid: months after its due date, and their weights.
struct Lateness
{
    int months;
    int weight;
};
constexpr Lateness kLateness[] = {{1, 25}, {2, 25}, {3, 20}, {4, 12}, {5, 10}, {6, 8}};

/// Savings: monthly deposits (thousands of đồng), months skipped, withdrawals.
constexpr int kDepositsThousand[] = {20, 30, 50, 50, 50, 100, 100, 150, 200};
constexpr int kSkippedDepositPercent = 5;
constexpr int kWithdrawalPerMille = 15;

/// Share of households born before 1975 that still show their old 9-digit identity card.
constexpr int kLegacyIdPercent = 6;

enum class Lending
{
    Group,       ///< households in savings-and-loan groups
    Direct,      ///< households lent to directly (social housing)
    School,      ///< private schools, directly
    GroupOrFirm, ///< households in groups, and some firms and co-operatives directly
};

/// How a program lends: its target and the shape of its loans.
struct ProgramProfile
{
    const char16_t* code;
    int target;    ///< outstanding at 2023-08-31 in millions (scale 100)
    int jitter;    ///< the seed moves the target by up to this many millions
    bool flexible; ///< shares what the other programs leave of the total target (HN, GQVL)
    int minAmount; ///< millions, for loans of 2022 on
    int maxAmount; ///< millions
    int step;      ///< millions
    int in2013;    ///< per mille: loans of 2013 were this much of these amounts, growing to them by 2022
    int minTerm;   ///< months
    int maxTerm;   ///< months
    int minGrace;  ///< months to the first installment
    int maxGrace;  ///< months
    int frequency; ///< months between installments; 0: every 6 or 12 months
    Lending lending;
    int troubleWeight; ///< share among the delinquent and frozen loans
    bool poverty;      ///< HN, HCN, HMTN: a household has live loans in at most one of them
    /// Share of the program in the loans of the history, in percent of its share of today's targets; 0 for
    /// the long-term and the new programs (their history is that of their live loans). Clean-water loans were
    /// fewer before the cap rose to 20 million in 2014 and the program grew.
    int historyPercent;
    /// Before the program existed, its households borrowed in this one (the poor households of 2013–2015
    /// are the newly escaped of later).
    const char16_t* before;
};

// clang-format off
constexpr ProgramProfile kProfiles[] = {
    // code    target  jitter flexible amounts    in 2013  term      grace  freq lending          trouble poverty history before
    {u"HMTN", 230'500,   250, false,  50, 100,  5,  850,  36,  60, 12, 18,  0, Lending::Group,       35, true,   100, u"HN"},
    {u"NSVS", 108'500,   250, false,  15,  20,  1, 1000,  36,  60, 12, 24,  0, Lending::Group,       12, false,   50, nullptr},
    {u"HCN",   94'500,   250, false,  40, 100,  5,  800,  36,  60, 12, 18,  0, Lending::Group,       20, true,   100, nullptr},
    {u"NOXH",  43'500,   200, false, 250, 500, 10, 1000, 180, 300,  3,  3,  3, Lending::Direct,       0, false,    0, nullptr},
    {u"HSSV",  25'500,   250, false,  20,  80,  2,  600,  60, 120, 24, 60,  6, Lending::Group,        8, false,  100, nullptr},
    {u"HN",    25'000,     0, true,   30, 100,  5,  800,  36,  84, 12, 18,  0, Lending::Group,       15, true,   100, nullptr},
    {u"GQVL",  30'000,     0, true,   20, 100,  5,  800,  24,  60,  6, 12,  0, Lending::GroupOrFirm,  6, false,  100, nullptr},
    {u"SXKD",  12'000, 1'200, false,  20,  50,  5,  800,  24,  60,  6, 12,  0, Lending::Group,        4, false,  100, nullptr},
    {u"XKLD",   8'000,   800, false,  50, 150, 10,  700,  24,  48,  6, 12,  6, Lending::Group,        0, false,  100, nullptr},
    {u"NOHN",   5'000,   500, false,  15,  25,  5, 1000, 120, 180, 48, 60, 12, Lending::Group,        0, false,    0, nullptr},
    {u"CSGD",   3'000,   300, false,  80, 200, 10, 1000,  24,  36,  6,  6,  6, Lending::School,       0, false,    0, nullptr},
    {u"MTHT",   1'000,   100, false,   6,  10,  1, 1000,  24,  36,  6,  6,  6, Lending::Group,        0, false,    0, nullptr},
};
// clang-format on

/// The organisations that run the groups, by share of groups (Women's Union largest, Youth Union smallest),
/// with the share of women among their members and their members' years of birth.
struct OrganizationProfile
{
    const char16_t* code;
    int groupPercent;
    int femalePercent;
    int bornFrom;
    int bornTo;
};

constexpr OrganizationProfile kOrganizations[] = {
    {u"HPN", 40, 95, 1955, 1995},
    {u"HND", 30, 40, 1950, 1990},
    {u"CCB", 20, 10, 1948, 1972},
    {u"DTN", 10, 50, 1985, 2003},
};

/// Windows of days past due for the first unpaid installment of a delinquent loan, so that every ageing
/// bucket of domain.md §5 holds something at 2023-08-31.
struct AgeWindow
{
    int fromDays;
    int toDays;
    int weight;
};

constexpr AgeWindow kAgeWindows[] = {{1, 30, 3}, {31, 90, 3}, {91, 180, 2}, {181, 360, 2}, {361, 900, 1}};

QDate asOfDay()
{
    return kLastMonth.lastDay();
}

QDate dayOf(YearMonth month, int day)
{
    return QDate(month.year(), month.month(), std::min(day, month.firstDay().daysInMonth()));
}

// ---------------------------------------------------------------------------------------------------------
// Random numbers: xoshiro256** seeded through splitmix64. Only integer arithmetic, so the same seed gives the
// same portfolio with every compiler and standard library.
// ---------------------------------------------------------------------------------------------------------

class Random
{
public:
    explicit Random(quint64 seed)
    {
        quint64 x = seed;
        for (quint64& word : m_state)
            word = splitMix(x);
    }

    quint64 next()
    {
        const quint64 result = rotate(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotate(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n), n > 0, without modulo bias.
    qint64 below(qint64 n)
    {
        const auto range = static_cast<quint64>(n);
        const quint64 threshold = (0 - range) % range;
        quint64 x = next();
        while (x < threshold)
            x = next();
        return static_cast<qint64>(x % range);
    }

    /// Uniform in [low, high].
    int between(int low, int high) { return low + static_cast<int>(below(qint64(high) - low + 1)); }
    bool percent(int chance) { return below(100) < chance; }
    bool perMille(int chance) { return below(1000) < chance; }

    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<qint64>(items.size())))];
    }

    template <typename T>
    const T& pick(const QList<T>& items)
    {
        return items[below(items.size())];
    }

    /// An index into @p items (not empty), chosen in proportion to their weights.
    template <typename Weights, typename WeightOf>
    std::size_t weighted(const Weights& items, WeightOf weightOf)
    {
        qint64 total = 0;
        for (const auto& item : items)
            total += weightOf(item);
        if (total <= 0)
            return 0; // nothing is weighted (a catalogue without these programs): the first will do
        qint64 r = below(total);
        std::size_t index = 0;
        for (const auto& item : items) {
            r -= weightOf(item);
            if (r < 0)
                return index;
            ++index;
        }
        return index - 1;
    }

    QString pickName(std::span<const DemoNames::Weighted> names)
    {
        return QString::fromUtf16(
            names[weighted(names, [](const DemoNames::Weighted& n) { return qint64(n.weight); })].text);
    }

    QString pickName(std::span<const char16_t* const> names) { return QString::fromUtf16(pick(names)); }

    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<std::size_t>(below(static_cast<qint64>(i)))]);
    }

private:
    static quint64 rotate(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64& x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::array<quint64, 4> m_state{};
};

// ---------------------------------------------------------------------------------------------------------
// The portfolio being built, before it gets its codes.
// ---------------------------------------------------------------------------------------------------------

struct CommunePlan
{
    QString code;
    QString name;
    QString villagePrefix;   ///< "Thôn" in a commune, "Tổ dân phố" in a ward
    int transactionDay = 10; ///< the day of the month of the commune's transaction session
    int weight = 100;        ///< relative number of groups
    QStringList villages;    ///< e.g. "Giang 1", without the prefix
    QStringList places;      ///< the names the villages are numbered from, e.g. "Giang"
    QList<int> groups;
};

struct GroupPlan
{
    int commune = 0;
    int organization = 0; ///< index into kOrganizations
    QString village;      ///< with its prefix, e.g. "Thôn Giang 1"
    QString name;
    QString leader;
    QDate foundedOn;
    bool slipping = false;         ///< the overdue debt of the office sits in these groups
    YearMonth monthlyInterestFrom; ///< its loans of the history paid interest quarterly before
    QList<int> members;            ///< borrowers
};

struct BorrowerPlan
{
    BorrowerKind kind = BorrowerKind::Household;
    int commune = 0;
    int group = -1;
    QString idNumber;
    QString fullName;
    QString village;
    quint32 livePrograms = 0; ///< one bit per program with a live loan
    bool poverty = false;     ///< has a live loan in HN, HCN or HMTN
    int liveLoans = 0;        ///< loans with a balance at 2023-08-31
    YearMonth firstLive;      ///< disbursement month of the earliest live loan
    QList<int> loans;         ///< all of them, live and of the history
};

/// How a loan is repaid: every installment on its due date (or, for the late ones of LoanPlan::lateMonths,
/// some months later) with the monthly interest, or paid off early, or not any more from one installment on.
struct Behaviour
{
    enum class Kind
    {
        OnSchedule,
        PaidOffEarly,
        StopsPaying,
    };
    Kind kind = Kind::OnSchedule;
    QDate from; ///< PaidOffEarly: the payoff day; StopsPaying: the due date of the first unpaid installment
    bool keepsPayingInterest = false; ///< StopsPaying: interest is still paid every month
};

struct LoanPlan
{
    int borrower = -1; ///< -1 while the household is still to be created
    int program = 0;
    Money amount;
    QDate disbursedOn;
    QDate maturityOn;
    std::optional<QDate> frozenOn;
    QString purpose;
    QList<LoanFacts::Installment> schedule;
    QList<LoanFacts::Payment> payments;
    Behaviour behaviour;
    QList<int> lateMonths;            ///< per installment, months it was paid late; empty: none was
    bool history = false;             ///< a loan of the history, repaid by August 2023
    YearMonth quarterlyInterestUntil; ///< a loan of the history paid interest quarterly before this month

    /// The day the loan was settled (its last payment), or far in the future while it has a balance.
    QDate settledOn() const { return history ? payments.back().paidOn : QDate(9999, 12, 31); }
};

struct ProgramState
{
    const ProgramProfile* profile = nullptr;
    const Program* program = nullptr;
    quint32 bit = 0;
    Money target; ///< outstanding at 2023-08-31
    Money done;   ///< outstanding at 2023-08-31 of the loans so far
};

/// A loan's outstanding and overdue (domain.md §5) at the end of each month from its disbursement to
/// kLastMonth, in đồng.
struct LoanPath
{
    int first = 0; ///< month index of the disbursement
    std::vector<qint64> outstanding;
    std::vector<qint64> overdue;

    qint64 outstandingAt(int month) const { return month < first ? 0 : outstanding[month - first]; }
};

/// The month-end figures of the whole book so far, in đồng, per month index.
struct Book
{
    std::vector<qint64> outstanding = std::vector<qint64>(kMonths);
    std::vector<qint64> overdue = std::vector<qint64>(kMonths);
    std::vector<std::vector<qint64>> programs; ///< outstanding per program
};

/// The shape of a loan before it is made: when, for how long, how much.
struct Shape
{
    YearMonth month; ///< disbursed on the commune's transaction day of this month
    int term = 0;
    int grace = 0;
    int frequency = 6;
    Money amount;
};

/// Who is to borrow: a borrower already there, or one to be added once the loan is made.
struct Candidate
{
    enum class Kind
    {
        Existing,
        Member, ///< a new household in `group`
        Direct, ///< a new household outside any group
        School,
        Firm,
    };
    Kind kind = Kind::Existing;
    int borrower = -1;
    int group = -1;
    int commune = 0;
};

/// What the parts of a large portfolio share: identity numbers and organisation names are unique over the
/// whole portfolio, and codes are numbered on from one part to the next.
struct Shared
{
    /// Citizen IDs (12 digits from 035…, or 9 from 168…) and tax codes (10 digits from 07001…) never share a
    /// value once read as numbers: kept as numbers, they take a third of the memory.
    QSet<qint64> idNumbers;
    QSet<QString> organizationNames;
    int groups = 0;    ///< groups numbered so far
    int borrowers = 0; ///< borrowers numbered so far
    int loans = 0;     ///< loans numbered so far
};

/// One part of the portfolio: part 0 is the office itself with its communes; part k > 0 has copies of them
/// ("Xã Mộc Bắc 2", codes from 90001 on).
struct Part
{
    int index = 0;
    int scalePercent = 100;
    quint32 seed = 0;
    bool alone = true; ///< the only part: codes as narrow as its counts allow
};

class Generator
{
public:
    Generator(const Part& part, const Catalogue& catalogue, Shared& shared)
        : m_random(0x4C6F616E4465736BULL ^ part.seed) // "LoanDesk"
        , m_part(part)
        , m_scale(part.scalePercent)
        , m_catalogue(catalogue)
        , m_shared(shared)
        , m_idNumbers(shared.idNumbers)
        , m_organizationNames(shared.organizationNames)
    {
        for (int m = 0; m < kMonths; ++m)
            m_monthEnds.push_back(kFirstMonth.addMonths(m).lastDay());
    }

    PortfolioData run(const QList<Commune>& communes);

private:
    // Set-up
    void planPrograms();
    void planCommunes(const QList<Commune>& communes);
    void planGroups();
    void chooseSlippingGroups();

    // People
    QString personName(bool female);
    QString citizenId(bool female, int birthYear);
    QString taxCode();
    QString organizationName(bool school, int commune);
    int addHousehold(int group);
    int addDirectHousehold(int commune);
    int addOrganization(bool school, int commune);
    int nextMemberGroup();
    int randomCommune();
    bool eligible(const BorrowerPlan& borrower, const ProgramState& program) const;
    int reuseMember(int group, const ProgramState& program);
    int reuseLiveHousehold(const ProgramState& program);
    Candidate existing(int borrower) const;
    Candidate newMember(int group) const;
    /// A member of @p group for a loan in @p program: someone already there or, at @p newPercent, a new one.
    Candidate memberOf(int group, const ProgramState& program, int newPercent);
    int materialize(const Candidate& who);

    // Loans
    YearMonth earliestMonth(const ProgramState& program, int commune, int group) const;
    Shape drawTerms(const ProgramState& program);
    YearMonth drawMonth(YearMonth from, YearMonth to, int recentPercent);
    std::optional<Shape> liveShape(const ProgramState& program, int commune, int group);
    Money amountFor(const ProgramState& program, const QDate& disbursedOn);
    LoanPlan makeLoan(int programIndex, int commune, const Shape& shape);
    void repay(LoanPlan& loan, int commune) const;
    static LoanPosition positionOf(const LoanPlan& loan);
    /// The generator's own quick reckoning of a planned loan's month-end outstanding and overdue, to keep the
    /// book on kBookPath while thousands of loans a month are tried and reshaped. It steers the plan only:
    /// the figures the database keeps are LoanCalculator's, computed when the portfolio is written (and the
    /// demonstration tests check the book those give).
    LoanPath pathOf(const LoanPlan& loan) const;
    void addToBook(const LoanPlan& loan, const LoanPath& path, int sign);
    int transactionDay(int commune) const { return m_communes[commune].transactionDay; }
    void commitLive(LoanPlan loan, const Candidate& who, const LoanPosition& position);
    int pickTroubleProgram();

    // Phases
    void addFrozenLoans();
    void addDelinquentLoans();
    void fillPrograms();
    int programFurthestFromTarget(const std::vector<bool>& givenUp) const;
    Candidate liveBorrowerFor(const ProgramState& program, qint64 progressE4);
    std::optional<Shape> shapeTowards(const ProgramState& program, const Candidate& who);
    void recordBook();
    std::vector<qint64> bookPath() const;
    int historyProgram(int month, qint64 target);
    bool addHistoryLoan(int programIndex, int month, const std::vector<qint64>& target, qint64 slack);
    Candidate historyBorrower(int group, const LoanPlan& loan);
    bool overlaps(int borrower, const LoanPlan& loan) const;
    void addHistory();
    std::vector<qint64> pastOverdueRatio();
    void addPastDelinquency();
    PortfolioData output();
    void addSavings(const QList<QString>& borrowerCodes, PortfolioData& data);

    int scaled(int atHundred) const
    {
        return std::max(1, static_cast<int>((qint64(atHundred) * m_scale + 50) / 100));
    }
    Money scaledMillions(qint64 millions) const
    {
        return Money::fromDong(millions * kMillion * m_scale / 100);
    }

    Random m_random;
    Part m_part;
    int m_scale;
    const Catalogue& m_catalogue;
    Shared& m_shared;

    std::vector<ProgramState> m_programs;
    std::vector<CommunePlan> m_communes;
    std::vector<GroupPlan> m_groups;
    std::vector<BorrowerPlan> m_borrowers;
    std::vector<LoanPlan> m_loans;
    Book m_book;
    std::vector<QDate> m_monthEnds; ///< the last day of each month of the history
    std::vector<qint64> m_liveDisbursed = std::vector<qint64>(kMonths); ///< live loans, millions per month
    std::vector<qint64> m_liveDraws = std::vector<qint64>(kMonths);     ///< months drawn for them
    std::vector<int> m_memberSlots; ///< groups in the order new members join them
    std::size_t m_nextSlot = 0;
    std::vector<int> m_liveHouseholds; ///< grouped households with a live loan
    std::vector<int> m_slippingGroups;
    std::vector<int> m_schools;
    int m_firms = 0;
    int m_liveBorrowers = 0;
    int m_liveBorrowersTarget = 0;
    QSet<qint64>& m_idNumbers;
    QSet<QString>& m_organizationNames;
};

// ---------------------------------------------------------------------------------------------------------
// Set-up: targets, communes, groups
// ---------------------------------------------------------------------------------------------------------

void Generator::planPrograms()
{
    // Targets in millions at scale 100: the fixed programs move inside their ranges, the flexible ones share
    // the rest of the total.
    std::vector<qint64> targets;
    const qint64 total = kTotalTarget + m_random.between(-kTotalJitter, kTotalJitter);
    qint64 fixedSum = 0;
    qint64 flexibleWeights = 0;
    for (const ProgramProfile& profile : kProfiles) {
        const int jitter = profile.jitter;
        const qint64 target = profile.target + (jitter > 0 ? m_random.between(-jitter, jitter) : 0);
        targets.push_back(target);
        if (profile.flexible)
            flexibleWeights += profile.target;
        else
            fixedSum += target;
    }
    const qint64 flexibleTotal = total - fixedSum;
    qint64 flexibleLeft = flexibleTotal;
    for (std::size_t i = 0; i < std::size(kProfiles); ++i) {
        const ProgramProfile& profile = kProfiles[i];
        if (profile.flexible) {
            targets[i] = flexibleTotal * profile.target / flexibleWeights;
            flexibleLeft -= targets[i];
        }
    }
    for (std::size_t i = 0; i < std::size(kProfiles); ++i) {
        if (kProfiles[i].flexible) {
            targets[i] += flexibleLeft; // the rounding remainder goes to the first flexible program
            break;
        }
    }

    for (std::size_t i = 0; i < std::size(kProfiles); ++i) {
        const Program* program = m_catalogue.program(QString::fromUtf16(kProfiles[i].code));
        if (!program || program->terms.isEmpty())
            continue; // a catalogue without the program: nothing to lend in it
        ProgramState state;
        state.profile = &kProfiles[i];
        state.program = program;
        state.bit = 1U << m_programs.size();
        state.target = scaledMillions(targets[i]);
        m_programs.push_back(state);
    }
}

void Generator::planCommunes(const QList<Commune>& communes)
{
    // Part 0 is the office; the parts of a larger portfolio are copies of its communes ("Xã Mộc Bắc 2",
    // codes 90001 on).
    const int count = static_cast<int>(communes.size());
    std::vector<QString> pool;
    for (const char16_t* name : DemoNames::villageNames())
        pool.push_back(QString::fromUtf16(name));
    std::size_t nextName = pool.size();
    for (int i = 0; i < count; ++i) {
        CommunePlan commune;
        const Commune& real = communes[i];
        if (m_part.index == 0) {
            commune.code = real.code;
            commune.name = real.name;
        } else {
            commune.code = QString::number(90001 + (m_part.index - 1) * count + i);
            commune.name = real.name + u' ' + QString::number(m_part.index + 1);
        }
        const bool ward = real.name.startsWith(u"Phường");
        commune.villagePrefix = ward ? QStringLiteral("Tổ dân phố") : QStringLiteral("Thôn");
        commune.transactionDay = m_random.between(3, 26);
        commune.weight = m_random.between(70, 130);
        const int villages = m_random.between(6, 10);
        while (commune.villages.size() < villages) {
            if (nextName >= pool.size()) {
                m_random.shuffle(pool);
                nextName = 0;
            }
            const QString& base = pool[nextName++];
            commune.places.append(base);
            const int numbered = m_random.between(1, 3);
            if (numbered == 1) {
                commune.villages.append(base);
            } else {
                for (int n = 1; n <= numbered; ++n)
                    commune.villages.append(base + u' ' + QString::number(n));
            }
        }
        m_communes.push_back(commune);
    }
}

void Generator::planGroups()
{
    const int groupCount = scaled(m_random.between(kGroupsMin, kGroupsMax));
    const int communeCount = static_cast<int>(m_communes.size());

    // Groups per commune by weight, largest remainder first; every commune gets at least one when it can.
    qint64 weightSum = 0;
    for (const CommunePlan& commune : m_communes)
        weightSum += commune.weight;
    std::vector<int> perCommune(static_cast<std::size_t>(communeCount));
    std::vector<std::pair<qint64, int>> remainders;
    int assigned = 0;
    for (int c = 0; c < communeCount; ++c) {
        const qint64 share = qint64(groupCount) * m_communes[c].weight;
        perCommune[c] = static_cast<int>(share / weightSum);
        remainders.emplace_back(share % weightSum, c);
        assigned += perCommune[c];
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t i = 0; assigned < groupCount; i = (i + 1) % remainders.size(), ++assigned)
        ++perCommune[remainders[i].second];

    // Organisations by their share of the groups, shuffled over the groups.
    std::vector<int> organizations;
    for (std::size_t o = 1; o < std::size(kOrganizations); ++o) {
        const int n = (groupCount * kOrganizations[o].groupPercent + 50) / 100;
        organizations.insert(organizations.end(), static_cast<std::size_t>(n), static_cast<int>(o));
    }
    while (static_cast<int>(organizations.size()) < groupCount)
        organizations.push_back(0); // the Women's Union takes the rest
    organizations.resize(static_cast<std::size_t>(groupCount));
    m_random.shuffle(organizations);

    QHash<QString, int> sameName; // village and organisation → groups so far, for "Tổ HPN số 2 thôn …"
    for (int c = 0; c < communeCount; ++c) {
        CommunePlan& commune = m_communes[c];
        for (int k = 0; k < perCommune[c]; ++k) {
            GroupPlan group;
            group.commune = c;
            group.organization = organizations[m_groups.size()];
            const OrganizationProfile& organization = kOrganizations[group.organization];
            const QString village = m_random.pick(commune.villages);
            group.village = commune.villagePrefix + u' ' + village;
            const QString orgCode = QString::fromUtf16(organization.code);
            const int number = ++sameName[commune.code + u'|' + village + u'|' + orgCode];
            group.name = QStringLiteral("Tổ ") + orgCode +
                         (number > 1 ? QStringLiteral(" số ") + QString::number(number) : QString()) + u' ' +
                         commune.villagePrefix.toLower() + u' ' + village;
            group.leader = personName(m_random.percent(organization.femalePercent));
            // Most groups date from the bank's first years (2003 on); a few were founded up to 2016.
            const int year = 2003 + static_cast<int>(m_random.below(14) * m_random.below(14) / 13);
            // One draw per statement: the order of a call's arguments is unspecified (g++ and clang differ),
            // and the portfolio must not depend on the compiler. The day is drawn first, as it always was.
            const int day = m_random.between(1, 28);
            const int month = m_random.between(1, 12);
            group.foundedOn = QDate(year, month, day);
            commune.groups.append(static_cast<int>(m_groups.size()));
            const int capacity = m_random.between(kMembersMin, kMembersMax);
            m_memberSlots.insert(m_memberSlots.end(), static_cast<std::size_t>(capacity),
                                 static_cast<int>(m_groups.size()));
            m_groups.push_back(group);
        }
    }
    m_random.shuffle(m_memberSlots);
}

void Generator::chooseSlippingGroups()
{
    std::vector<int> candidates;
    for (int c = 0; c < static_cast<int>(m_communes.size()); ++c) {
        if (m_communes[c].groups.size() >= 2)
            candidates.push_back(c);
    }
    if (candidates.empty()) {
        for (int c = 0; c < static_cast<int>(m_communes.size()); ++c) {
            if (!m_communes[c].groups.isEmpty())
                candidates.push_back(c);
        }
    }
    m_random.shuffle(candidates);
    const int communeCount = std::min(static_cast<int>(candidates.size()),
                                      scaled(m_random.between(kSlippingCommunesMin, kSlippingCommunesMax)));
    int groupsWanted =
        std::max(communeCount, scaled(m_random.between(kSlippingGroupsMin, kSlippingGroupsMax)));
    int available = 0;
    for (int i = 0; i < communeCount; ++i)
        available += static_cast<int>(m_communes[candidates[i]].groups.size());
    groupsWanted = std::min(groupsWanted, available);
    for (int i = 0; groupsWanted > 0; i = (i + 1) % communeCount) {
        const QList<int>& groups = m_communes[candidates[i]].groups;
        std::vector<int> free;
        for (int g : groups) {
            if (!m_groups[g].slipping)
                free.push_back(g);
        }
        if (free.empty())
            continue;
        const int g = free[static_cast<std::size_t>(m_random.below(static_cast<qint64>(free.size())))];
        m_groups[g].slipping = true;
        m_slippingGroups.push_back(g);
        --groupsWanted;
    }
    std::sort(m_slippingGroups.begin(), m_slippingGroups.end());
}

// ---------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------

QString Generator::personName(bool female)
{
    const QString surname = m_random.pickName(DemoNames::surnames());
    const QString middle =
        m_random.pickName(female ? DemoNames::femaleMiddleNames() : DemoNames::maleMiddleNames());
    const QString given =
        m_random.pickName(female ? DemoNames::femaleGivenNames() : DemoNames::maleGivenNames());
    return surname + u' ' + middle + u' ' + given;
}

QString Generator::citizenId(bool female, int birthYear)
{
    // A 12-digit citizen ID: 035 (Hà Nam), century and sex (0/1 for men/women born in the 1900s, 2/3 in the
    // 2000s), two digits of the year of birth, six digits. Some older people still show a 9-digit card.
    for (;;) {
        QString id;
        if (birthYear < 1975 && m_random.percent(kLegacyIdPercent)) {
            id = QString::number(168'000'000 + m_random.below(1'000'000));
        } else {
            const int century = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
            id = QStringLiteral("035%1%2%3")
                     .arg(century)
                     .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
                     .arg(m_random.below(1'000'000), 6, 10, QLatin1Char('0'));
        }
        if (!m_idNumbers.contains(id.toLongLong())) {
            m_idNumbers.insert(id.toLongLong());
            return id;
        }
    }
}

QString Generator::taxCode()
{
    // Tax codes of Hà Nam begin with 0700.
    for (;;) {
        const QString code = QStringLiteral("07001%1").arg(m_random.below(100'000), 5, 10, QLatin1Char('0'));
        if (!m_idNumbers.contains(code.toLongLong())) {
            m_idNumbers.insert(code.toLongLong());
            return code;
        }
    }
}

QString Generator::organizationName(bool school, int commune)
{
    QString place = m_communes[commune].name;
    place.remove(QStringLiteral("Phường ")).remove(QStringLiteral("Xã "));
    QString name;
    for (int attempt = 0; attempt < 30; ++attempt) {
        if (school) {
            // One draw per statement (see planGroups): the school's name is drawn before its kind.
            const QString schoolName = m_random.pickName(DemoNames::schoolNames());
            const QString kind = m_random.pickName(DemoNames::schoolKinds());
            name = kind + u' ' + schoolName;
        } else {
            const QString where = m_random.percent(50) ? place : m_random.pick(m_communes[commune].places);
            name = m_random.pickName(DemoNames::firmPatterns()).arg(where);
        }
        if (!m_organizationNames.contains(name))
            break;
    }
    const QString base = name;
    for (int n = 2; m_organizationNames.contains(name); ++n)
        name = base + u' ' + QString::number(n);
    m_organizationNames.insert(name);
    return name;
}

int Generator::addHousehold(int group)
{
    GroupPlan& plan = m_groups[group];
    const OrganizationProfile& organization = kOrganizations[plan.organization];
    const bool female = m_random.percent(organization.femalePercent);
    const int born = m_random.between(organization.bornFrom, organization.bornTo);
    BorrowerPlan borrower;
    borrower.commune = plan.commune;
    borrower.group = group;
    borrower.fullName = personName(female);
    borrower.idNumber = citizenId(female, born);
    borrower.village = plan.village;
    const int index = static_cast<int>(m_borrowers.size());
    m_borrowers.push_back(borrower);
    plan.members.append(index);
    return index;
}

int Generator::addDirectHousehold(int commune)
{
    const bool female = m_random.percent(40);
    const int born = m_random.between(1965, 1995);
    BorrowerPlan borrower;
    borrower.commune = commune;
    borrower.fullName = personName(female);
    borrower.idNumber = citizenId(female, born);
    borrower.village = m_communes[commune].villagePrefix + u' ' + m_random.pick(m_communes[commune].villages);
    m_borrowers.push_back(borrower);
    return static_cast<int>(m_borrowers.size()) - 1;
}

int Generator::addOrganization(bool school, int commune)
{
    BorrowerPlan borrower;
    borrower.kind = BorrowerKind::Organization;
    borrower.commune = commune;
    borrower.fullName = organizationName(school, commune);
    borrower.idNumber = taxCode();
    borrower.village = m_communes[commune].villagePrefix + u' ' + m_random.pick(m_communes[commune].villages);
    m_borrowers.push_back(borrower);
    return static_cast<int>(m_borrowers.size()) - 1;
}

int Generator::nextMemberGroup()
{
    if (m_nextSlot >= m_memberSlots.size()) {
        // Every group is full: each takes a few more members.
        std::vector<int> more;
        for (int g = 0; g < static_cast<int>(m_groups.size()); ++g)
            more.insert(more.end(), 4, g);
        m_random.shuffle(more);
        m_memberSlots = std::move(more);
        m_nextSlot = 0;
    }
    return m_memberSlots[m_nextSlot++];
}

int Generator::randomCommune()
{
    return static_cast<int>(
        m_random.weighted(m_communes, [](const CommunePlan& c) { return qint64(c.weight); }));
}

bool Generator::eligible(const BorrowerPlan& borrower, const ProgramState& program) const
{
    if (borrower.livePrograms & program.bit)
        return false;
    return !(program.profile->poverty && borrower.poverty);
}

int Generator::reuseMember(int group, const ProgramState& program)
{
    const QList<int>& members = m_groups[group].members;
    if (members.isEmpty())
        return -1;
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int b = m_random.pick(members);
        if (eligible(m_borrowers[b], program))
            return b;
    }
    return -1;
}

int Generator::reuseLiveHousehold(const ProgramState& program)
{
    if (m_liveHouseholds.empty())
        return -1;
    for (int attempt = 0; attempt < 24; ++attempt) {
        const int b = m_liveHouseholds[static_cast<std::size_t>(
            m_random.below(static_cast<qint64>(m_liveHouseholds.size())))];
        if (eligible(m_borrowers[b], program))
            return b;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------------------
// Loans: shape, schedule, repayments
// ---------------------------------------------------------------------------------------------------------

YearMonth Generator::earliestMonth(const ProgramState& program, int commune, int group) const
{
    // Not before the program's first terms, nor before the group was founded.
    QDate notBefore = program.program->terms.front().effectiveFrom;
    if (group >= 0)
        notBefore = std::max(notBefore, m_groups[group].foundedOn.addDays(1));
    YearMonth month = std::max(kFirstMonth, YearMonth::fromDate(notBefore));
    if (dayOf(month, transactionDay(commune)) < notBefore)
        month = month.next();
    return month;
}

Shape Generator::drawTerms(const ProgramState& program)
{
    const ProgramProfile& profile = *program.profile;
    Shape shape;
    shape.grace = m_random.between(profile.minGrace, profile.maxGrace);
    shape.frequency = profile.frequency > 0 ? profile.frequency : (m_random.percent(60) ? 6 : 12);
    const int shortest = std::max(profile.minTerm, shape.grace + shape.frequency);
    const int longest = std::max(shortest, profile.maxTerm);
    shape.term = shortest + shape.frequency * m_random.between(0, (longest - shortest) / shape.frequency);
    return shape;
}

YearMonth Generator::drawMonth(YearMonth from, YearMonth to, int recentPercent)
{
    // Evenly over the months, except that some draws lean towards the later ones.
    const int span = from.monthsTo(to) + 1;
    int offset = static_cast<int>(m_random.below(span));
    if (m_random.percent(recentPercent))
        offset = std::max(offset, static_cast<int>(m_random.below(span)));
    return from.addMonths(offset);
}

std::optional<Shape> Generator::liveShape(const ProgramState& program, int commune, int group)
{
    // The term first, then a month late enough for the loan to be running at the end of August 2023.
    const YearMonth earliest = earliestMonth(program, commune, group);
    for (int attempt = 0; attempt < 8; ++attempt) {
        Shape shape = drawTerms(program);
        const YearMonth from = std::max(earliest, kLastMonth.addMonths(1 - shape.term));
        if (from > kLastMonth)
            continue;
        // Of two months drawn alike, the one that has had less disbursed so far for the number of times it
        // was drawn: the months keep their share of the loans, with a steadier flow from month to month.
        const YearMonth first = drawMonth(from, kLastMonth, kRecentPercent);
        const YearMonth second = drawMonth(from, kLastMonth, kRecentPercent);
        const auto a = static_cast<std::size_t>(kFirstMonth.monthsTo(first));
        const auto b = static_cast<std::size_t>(kFirstMonth.monthsTo(second));
        ++m_liveDraws[a];
        ++m_liveDraws[b];
        shape.month =
            m_liveDisbursed[a] * m_liveDraws[b] <= m_liveDisbursed[b] * m_liveDraws[a] ? first : second;
        return shape;
    }
    return std::nullopt;
}

Money Generator::amountFor(const ProgramState& program, const QDate& disbursedOn)
{
    const ProgramProfile& profile = *program.profile;
    // Amounts grew with the caps and the prices up to 2022.
    const int years = std::clamp(disbursedOn.year() - 2013, 0, 9);
    const int perMille = profile.in2013 + (1000 - profile.in2013) * years / 9;
    const int step = profile.step;
    const int low = std::max(step, profile.minAmount * perMille / 1000 / step * step);
    const int high = std::max(low, profile.maxAmount * perMille / 1000 / step * step);
    const qint64 millions = low + qint64(step) * m_random.between(0, (high - low) / step);
    Money amount = Money::fromDong(millions * kMillion);
    if (const ProgramTerms* terms = program.program->termsOn(disbursedOn); terms && amount > terms->maxAmount)
        amount = terms->maxAmount;
    return amount;
}

LoanPlan Generator::makeLoan(int programIndex, int commune, const Shape& shape)
{
    const ProgramState& program = m_programs[programIndex];
    LoanPlan loan;
    loan.program = programIndex;
    loan.disbursedOn = dayOf(shape.month, transactionDay(commune));
    const ProgramTerms* terms = program.program->termsOn(loan.disbursedOn);
    const int term = terms ? std::min(shape.term, terms->maxTermMonths) : shape.term;
    const int grace = std::clamp(shape.grace, 1, term);
    loan.amount = shape.amount.isPositive() ? shape.amount : amountFor(program, loan.disbursedOn);
    if (terms && loan.amount > terms->maxAmount)
        loan.amount = terms->maxAmount;
    loan.maturityOn = Dates::addMonthsClamped(loan.disbursedOn, term);

    // Installments every `frequency` months counted back from maturity, none within the grace period.
    QList<int> offsets;
    for (int offset = term; offset >= grace; offset -= shape.frequency)
        offsets.prepend(offset);
    const qint64 amount = loan.amount.dong();
    const qint64 n = offsets.size();
    const qint64 unit = amount / n >= kMillion ? 100'000 : 1'000;
    const qint64 each = amount / n / unit * unit;
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        const qint64 principal = i + 1 < n ? each : amount - each * (n - 1);
        loan.schedule.append(
            {Dates::addMonthsClamped(loan.disbursedOn, offsets[i]), Money::fromDong(principal)});
    }
    const auto purposes = DemoNames::loanPurposes(program.profile->code);
    if (!purposes.empty())
        loan.purpose = m_random.pickName(purposes);
    return loan;
}

void Generator::repay(LoanPlan& loan, int commune) const
{
    // Interest every month at the commune's session on the balance of the month (a loan of the history
    // before quarterlyInterestUntil: every three months, and with any principal); the principal of an
    // installment with it on its due date (the due dates fall on the session day), or as many months later
    // as lateMonths says.
    const Behaviour& behaviour = loan.behaviour;
    const ProgramTerms* terms = m_programs[loan.program].program->termsOn(loan.disbursedOn);
    const qint64 rate = terms ? terms->rate.tenThousandths() : 0; // ten-thousandths of a percent a month
    const int day = transactionDay(commune);
    const QDate lastDay = asOfDay();
    const YearMonth first = YearMonth::fromDate(loan.disbursedOn);
    const qsizetype count = loan.schedule.size();
    const bool late = !loan.lateMonths.isEmpty();
    std::vector<bool> paid(late ? static_cast<std::size_t>(count) : 0);
    Money outstanding = loan.amount;
    Money interest;
    qsizetype next = 0; // the first installment not yet paid
    loan.payments.clear();
    for (YearMonth month = first.next(); outstanding.isPositive(); month = month.next()) {
        const QDate on = dayOf(month, day);
        if (on > lastDay)
            break;
        Money principal;
        if (!late) {
            while (next < count && loan.schedule[next].dueOn <= on)
                principal += loan.schedule[next++].principal;
        } else {
            for (qsizetype i = next; i < count && loan.schedule[i].dueOn <= on; ++i) {
                const YearMonth payMonth =
                    YearMonth::fromDate(loan.schedule[i].dueOn).addMonths(loan.lateMonths[i]);
                if (!paid[i] && payMonth <= month) {
                    principal += loan.schedule[i].principal;
                    paid[i] = true;
                }
            }
            while (next < count && paid[next])
                ++next;
        }
        if (behaviour.kind == Behaviour::Kind::StopsPaying && on >= behaviour.from) {
            if (!behaviour.keepsPayingInterest)
                break;
            principal = Money();
        }
        if (behaviour.kind == Behaviour::Kind::PaidOffEarly && on >= behaviour.from)
            principal = outstanding;
        principal = Money::min(principal, outstanding);
        interest += Money::fromDong((outstanding.dong() * rate + 500'000) / 1'000'000);
        const bool quarterly = month < loan.quarterlyInterestUntil;
        if (principal.isPositive() || !quarterly || first.monthsTo(month) % 3 == 0) {
            if (principal.isPositive() || interest.isPositive())
                loan.payments.append({on, principal, interest});
            interest = Money();
        }
        outstanding -= principal;
    }
}

LoanPosition Generator::positionOf(const LoanPlan& loan)
{
    LoanFacts facts;
    facts.amount = loan.amount;
    facts.disbursedOn = loan.disbursedOn;
    facts.maturityOn = loan.maturityOn;
    facts.frozenOn = loan.frozenOn;
    facts.schedule = loan.schedule;
    facts.payments = loan.payments;
    return LoanCalculator(std::move(facts)).positionAt(asOfDay());
}

LoanPath Generator::pathOf(const LoanPlan& loan) const
{
    LoanPath path;
    path.first = kFirstMonth.monthsTo(YearMonth::fromDate(loan.disbursedOn));
    const std::size_t length = static_cast<std::size_t>(std::max(0, kMonths - path.first));
    path.outstanding.resize(length);
    path.overdue.resize(length);
    qsizetype payment = 0;
    qsizetype due = 0;
    qint64 repaid = 0;
    qint64 dueBefore = 0;
    for (std::size_t k = 0; k < length; ++k) {
        const QDate& end = m_monthEnds[path.first + k];
        while (payment < loan.payments.size() && loan.payments[payment].paidOn <= end)
            repaid += loan.payments[payment++].principal.dong();
        while (due < loan.schedule.size() && loan.schedule[due].dueOn < end)
            dueBefore += loan.schedule[due++].principal.dong();
        path.outstanding[k] = loan.amount.dong() - repaid;
        const bool frozen = loan.frozenOn && *loan.frozenOn <= end;
        path.overdue[k] = frozen ? 0 : std::max<qint64>(0, dueBefore - repaid);
    }
    return path;
}

void Generator::addToBook(const LoanPlan& loan, const LoanPath& path, int sign)
{
    std::vector<qint64>& program = m_book.programs[loan.program];
    for (std::size_t k = 0; k < path.outstanding.size(); ++k) {
        const std::size_t m = path.first + k;
        m_book.outstanding[m] += sign * path.outstanding[k];
        m_book.overdue[m] += sign * path.overdue[k];
        program[m] += sign * path.outstanding[k];
    }
}

void Generator::commitLive(LoanPlan loan, const Candidate& who, const LoanPosition& position)
{
    loan.borrower = materialize(who);
    ProgramState& program = m_programs[loan.program];
    program.done += position.outstanding;
    BorrowerPlan& borrower = m_borrowers[loan.borrower];
    borrower.loans.append(static_cast<int>(m_loans.size()));
    m_liveDisbursed[static_cast<std::size_t>(kFirstMonth.monthsTo(YearMonth::fromDate(loan.disbursedOn)))] +=
        loan.amount.dong() / kMillion;
    if (position.outstanding.isPositive()) {
        const YearMonth month = YearMonth::fromDate(loan.disbursedOn);
        if (borrower.liveLoans == 0) {
            ++m_liveBorrowers;
            borrower.firstLive = month;
            if (borrower.kind == BorrowerKind::Household && borrower.group >= 0)
                m_liveHouseholds.push_back(loan.borrower);
        }
        borrower.firstLive = std::min(borrower.firstLive, month);
        ++borrower.liveLoans;
        borrower.livePrograms |= program.bit;
        borrower.poverty = borrower.poverty || program.profile->poverty;
    }
    m_loans.push_back(std::move(loan));
}

int Generator::pickTroubleProgram()
{
    return static_cast<int>(m_random.weighted(
        m_programs, [](const ProgramState& p) { return qint64(p.profile->troubleWeight); }));
}

Candidate Generator::existing(int borrower) const
{
    const BorrowerPlan& plan = m_borrowers[borrower];
    return {Candidate::Kind::Existing, borrower, plan.group, plan.commune};
}

Candidate Generator::newMember(int group) const
{
    return {Candidate::Kind::Member, -1, group, m_groups[group].commune};
}

Candidate Generator::memberOf(int group, const ProgramState& program, int newPercent)
{
    const int borrower = m_random.percent(newPercent) ? -1 : reuseMember(group, program);
    return borrower >= 0 ? existing(borrower) : newMember(group);
}

int Generator::materialize(const Candidate& who)
{
    switch (who.kind) {
    case Candidate::Kind::Existing:
        return who.borrower;
    case Candidate::Kind::Member:
        return addHousehold(who.group);
    case Candidate::Kind::Direct:
        return addDirectHousehold(who.commune);
    case Candidate::Kind::School:
        m_schools.push_back(addOrganization(true, who.commune));
        return m_schools.back();
    case Candidate::Kind::Firm:
        ++m_firms;
        return addOrganization(false, who.commune);
    }
    return who.borrower;
}

// ---------------------------------------------------------------------------------------------------------
// Phases
// ---------------------------------------------------------------------------------------------------------

void Generator::addFrozenLoans()
{
    // After a death or a natural disaster the borrower stopped paying; some months later the balance was
    // frozen (khoanh nợ).
    const int wanted = scaled(m_random.between(kFrozenMin, kFrozenMax));
    int made = 0;
    for (int attempt = 0; made < wanted && attempt < wanted * 50; ++attempt) {
        const int p = pickTroubleProgram();
        const int group = static_cast<int>(m_random.below(static_cast<qint64>(m_groups.size())));
        const Candidate who = memberOf(group, m_programs[p], 50);
        const YearMonth earliest = std::max(kFrozenFrom, earliestMonth(m_programs[p], who.commune, group));
        if (earliest > kLastMonth)
            continue;
        Shape shape = drawTerms(m_programs[p]);
        shape.month = drawMonth(earliest, kLastMonth, 0);
        LoanPlan loan = makeLoan(p, who.commune, shape);
        QList<qsizetype> missable;
        for (qsizetype i = 0; i < loan.schedule.size(); ++i) {
            if (YearMonth::fromDate(loan.schedule[i].dueOn).monthsTo(kLastMonth) >= 2)
                missable.append(i);
        }
        if (missable.isEmpty())
            continue;
        // Frozen two to fourteen months after the first missed installment, before the data ends.
        const QDate stop = loan.schedule[m_random.pick(missable)].dueOn;
        const int latest = std::min(14, YearMonth::fromDate(stop).monthsTo(kLastMonth));
        const YearMonth frozenMonth = YearMonth::fromDate(stop).addMonths(m_random.between(2, latest));
        loan.frozenOn = dayOf(frozenMonth, m_random.between(1, 28));
        loan.behaviour = {Behaviour::Kind::StopsPaying, stop, false};
        repay(loan, who.commune);
        const LoanPosition position = positionOf(loan);
        commitLive(std::move(loan), who, position);
        ++made;
    }
}

void Generator::addDelinquentLoans()
{
    // Loans in the slipping groups that stopped paying their principal at some installment; some still pay
    // the interest. First one loan per ageing bucket, then more until the overdue target is reached.
    if (m_slippingGroups.empty())
        return;
    qint64 totalTarget = 0;
    for (const ProgramState& p : m_programs)
        totalTarget += p.target.dong();
    const Money overdueTarget =
        Money::fromDong(totalTarget / 10'000 * m_random.between(kOverdueRatioMin, kOverdueRatioMax));
    const QDate lastDay = asOfDay();
    std::array<bool, std::size(kAgeWindows)> covered{};
    Money overdue;
    for (int attempt = 0; attempt < 100'000; ++attempt) {
        const auto uncovered = std::find(covered.begin(), covered.end(), false);
        if (overdue >= overdueTarget && uncovered == covered.end())
            break;
        const AgeWindow& window = uncovered != covered.end()
                                      ? kAgeWindows[uncovered - covered.begin()]
                                      : kAgeWindows[m_random.weighted(kAgeWindows, [](const AgeWindow& w) {
                                            return qint64(w.weight);
                                        })];
        const int p = pickTroubleProgram();
        const int group = m_slippingGroups[static_cast<std::size_t>(
            m_random.below(static_cast<qint64>(m_slippingGroups.size())))];
        const Candidate who = memberOf(group, m_programs[p], 50);
        for (int draft = 0; draft < 40; ++draft) {
            const std::optional<Shape> shape = liveShape(m_programs[p], who.commune, group);
            if (!shape)
                break;
            LoanPlan loan = makeLoan(p, who.commune, *shape);
            QList<qsizetype> inWindow;
            for (qsizetype i = 0; i < loan.schedule.size(); ++i) {
                const qint64 days = loan.schedule[i].dueOn.daysTo(lastDay);
                if (days >= window.fromDays && days <= window.toDays)
                    inWindow.append(i);
            }
            if (inWindow.isEmpty())
                continue;
            const QDate stop = loan.schedule[m_random.pick(inWindow)].dueOn;
            loan.behaviour = {Behaviour::Kind::StopsPaying, stop, m_random.percent(50)};
            repay(loan, who.commune);
            const LoanPosition position = positionOf(loan);
            if (position.overdue > Money::fromDong(kMaxOverduePerLoan * kMillion))
                continue;
            for (std::size_t b = 0; b < covered.size(); ++b)
                covered[b] = covered[b] || position.ageing[b].isPositive();
            overdue += position.overdue;
            commitLive(std::move(loan), who, position);
            break;
        }
    }
}

int Generator::programFurthestFromTarget(const std::vector<bool>& givenUp) const
{
    int chosen = -1;
    qint64 chosenProgress = 0;
    for (int i = 0; i < static_cast<int>(m_programs.size()); ++i) {
        const ProgramState& p = m_programs[i];
        if (givenUp[i] || (p.target - p.done).dong() < kMillion)
            continue;
        const qint64 progress = p.done.dong() / std::max<qint64>(1, p.target.dong() / 10'000);
        if (chosen < 0 || progress < chosenProgress) {
            chosen = i;
            chosenProgress = progress;
        }
    }
    return chosen;
}

Candidate Generator::liveBorrowerFor(const ProgramState& program, qint64 progressE4)
{
    Candidate who;
    switch (program.profile->lending) {
    case Lending::Direct:
        who.kind = Candidate::Kind::Direct;
        who.commune = randomCommune();
        return who;
    case Lending::School:
        if (static_cast<int>(m_schools.size()) < scaled(kSchools)) {
            who.kind = Candidate::Kind::School;
            who.commune = randomCommune();
        } else {
            who.borrower =
                m_schools[static_cast<std::size_t>(m_random.below(static_cast<qint64>(m_schools.size())))];
            who.commune = m_borrowers[who.borrower].commune;
        }
        return who;
    case Lending::GroupOrFirm:
        if (m_firms < scaled(kFirms) && m_random.percent(kFirmLoanPercent)) {
            who.kind = Candidate::Kind::Firm;
            who.commune = randomCommune();
            return who;
        }
        break;
    case Lending::Group:
        break;
    }
    // A household in a group: a new one while the borrowers with a balance lag behind the progress towards
    // the targets, else one that already borrows (and has no live loan in this program).
    const bool wantNew = qint64(m_liveBorrowers) * 10'000 < qint64(m_liveBorrowersTarget) * progressE4;
    if (!wantNew)
        who.borrower = reuseLiveHousehold(program);
    if (who.borrower >= 0)
        return existing(who.borrower);
    return newMember(nextMemberGroup());
}

std::optional<Shape> Generator::shapeTowards(const ProgramState& program, const Candidate& who)
{
    // An ordinary loan while the program is far from its target; then two loans of the last months, not yet
    // repaid at all, sized to land on it.
    const ProgramProfile& profile = *program.profile;
    const Money gap = program.target - program.done;
    const ProgramTerms* termsNow = program.program->termsOn(asOfDay());
    const Money largest = Money::min(Money::fromDong(profile.maxAmount * kMillion),
                                     termsNow ? termsNow->maxAmount : Money::fromDong(kMillion));
    if (gap >= largest.multipliedBy(2)) {
        std::optional<Shape> shape = liveShape(program, who.commune, who.group);
        if (shape && who.kind == Candidate::Kind::Firm)
            shape->amount = Money::fromDong(qint64(m_random.between(5, 10)) * 10 * kMillion);
        return shape;
    }
    const YearMonth from = std::max(earliestMonth(program, who.commune, who.group), kLastMonth.addMonths(-2));
    if (from > kLastMonth)
        return std::nullopt;
    Shape shape = drawTerms(program);
    shape.month = drawMonth(from, kLastMonth, 0);
    const Money part = gap > largest ? gap.dividedBy(2, Rounding::TowardZero) : gap;
    shape.amount = Money::fromDong(part.dong() / kMillion * kMillion);
    shape.grace = std::max(shape.grace, 3); // nothing falls due before the end of August 2023
    return shape;
}

void Generator::fillPrograms()
{
    // Live loans, always for the program furthest from its target, until every program is on target. The
    // share of new households follows the progress, so that the borrowers with a balance come out right too.
    qint64 totalTarget = 0;
    for (const ProgramState& p : m_programs)
        totalTarget += p.target.dong();
    std::vector<bool> givenUp(m_programs.size(), false);
    std::vector<int> misses(m_programs.size(), 0);
    for (;;) {
        const int chosen = programFurthestFromTarget(givenUp);
        if (chosen < 0)
            break;
        const ProgramState& program = m_programs[chosen];
        qint64 totalDone = 0;
        for (const ProgramState& p : m_programs)
            totalDone += p.done.dong();
        const Candidate who = liveBorrowerFor(program, totalDone / std::max<qint64>(1, totalTarget / 10'000));
        const std::optional<Shape> shape = shapeTowards(program, who);
        if (!shape) {
            // The group was founded too late for the program: draw another borrower. A catalogue whose
            // program cannot lend at all in the data's years ends here.
            givenUp[chosen] = ++misses[chosen] > 10'000;
            continue;
        }
        LoanPlan loan = makeLoan(chosen, who.commune, *shape);
        if (who.kind == Candidate::Kind::Firm)
            loan.purpose = DemoNames::firmLoanPurpose().toString();
        repay(loan, who.commune);
        const LoanPosition position = positionOf(loan);
        if (position.outstanding > program.target - program.done)
            continue; // cannot happen with the sizes above: never overshoot the target
        commitLive(std::move(loan), who, position);
    }
}

void Generator::recordBook()
{
    m_book = Book();
    m_book.programs.assign(m_programs.size(), std::vector<qint64>(kMonths));
    for (const LoanPlan& loan : m_loans)
        addToBook(loan, pathOf(loan), 1);
}

std::vector<qint64> Generator::bookPath() const
{
    // kBookPath of the total target, straight between its points.
    qint64 total = 0;
    for (const ProgramState& p : m_programs)
        total += p.target.dong();
    const qint64 unit = total / 10'000;
    std::vector<qint64> path(kMonths);
    for (int m = 0; m < kMonths; ++m) {
        const YearMonth month = kFirstMonth.addMonths(m);
        const BookPoint* after = std::find_if(std::begin(kBookPath), std::end(kBookPath),
                                              [month](const BookPoint& p) { return p.month >= month; });
        const BookPoint* before = after - 1; // the path starts before kFirstMonth and ends with kLastMonth
        const int span = before->month.monthsTo(after->month);
        const int into = before->month.monthsTo(month);
        path[m] = unit * before->perTenThousand +
                  unit * (after->perTenThousand - before->perTenThousand) * into / span;
    }
    return path;
}

/// The weight of a program among the loans of the history.
qint64 historyShare(const ProgramState& program)
{
    return program.target.dong() / kMillion * program.profile->historyPercent / 100;
}

int Generator::historyProgram(int month, qint64 target)
{
    // Each program of the history wants its share (historyShare) of what the other programs leave of the
    // path, less what it already has; one is drawn in proportion to what they want. A program that does not
    // lend yet leaves its share to the one its households borrowed in before.
    const YearMonth when = kFirstMonth.addMonths(month);
    qint64 others = target;
    qint64 sharesTotal = 0;
    for (std::size_t i = 0; i < m_programs.size(); ++i) {
        if (m_programs[i].profile->historyPercent > 0)
            sharesTotal += historyShare(m_programs[i]);
        else
            others -= m_book.programs[i][month];
    }
    if (sharesTotal <= 0)
        return -1;
    std::vector<qint64> want(m_programs.size(), 0);
    std::vector<qint64> share(m_programs.size(), 0);
    for (std::size_t i = 0; i < m_programs.size(); ++i) {
        const ProgramState& program = m_programs[i];
        if (program.profile->historyPercent == 0)
            continue;
        const qint64 wanted = others / 1'000'000 * (historyShare(program) * 1'000'000 / sharesTotal) -
                              m_book.programs[i][month];
        const YearMonth opens = YearMonth::fromDate(program.program->terms.front().effectiveFrom).next();
        std::size_t to = i;
        if (when < opens) {
            to = m_programs.size();
            for (std::size_t k = 0; program.profile->before && k < m_programs.size(); ++k) {
                if (QStringView(m_programs[k].profile->code) == QStringView(program.profile->before))
                    to = k;
            }
            if (to == m_programs.size())
                continue;
        } else {
            share[i] = historyShare(program);
        }
        want[to] += wanted;
    }
    std::vector<qint64> weights(m_programs.size(), 0);
    qint64 sum = 0;
    for (std::size_t i = 0; i < m_programs.size(); ++i) {
        weights[i] = std::max<qint64>(0, want[i]);
        sum += weights[i];
    }
    if (sum == 0)
        weights = share; // every program has its share already: by the shares alone
    const std::size_t chosen = m_random.weighted(weights, [](qint64 w) { return w; });
    return weights[chosen] > 0 ? static_cast<int>(chosen) : -1;
}

bool Generator::overlaps(int borrower, const LoanPlan& loan) const
{
    // A household has one loan at a time in a program, and one at a time in the poverty programs.
    const bool poverty = m_programs[loan.program].profile->poverty;
    const QDate settled = loan.settledOn();
    for (int j : m_borrowers[borrower].loans) {
        const LoanPlan& other = m_loans[j];
        const bool rival =
            other.program == loan.program || (poverty && m_programs[other.program].profile->poverty);
        if (rival && other.disbursedOn <= settled && loan.disbursedOn <= other.settledOn())
            return true;
    }
    return false;
}

Candidate Generator::historyBorrower(int group, const LoanPlan& loan)
{
    const QList<int>& members = m_groups[group].members;
    if (!members.isEmpty() && m_random.percent(kHistoryToMemberPercent)) {
        for (int attempt = 0; attempt < 6; ++attempt) {
            const int b = m_random.pick(members);
            if (!overlaps(b, loan))
                return existing(b);
        }
    }
    return newMember(group); // a household that has left the group since
}

bool Generator::addHistoryLoan(int programIndex, int month, const std::vector<qint64>& target, qint64 slack)
{
    const ProgramState& program = m_programs[programIndex];
    const int group = static_cast<int>(m_random.below(static_cast<qint64>(m_groups.size())));
    const int commune = m_groups[group].commune;
    Shape shape = drawTerms(program);
    shape.month = kFirstMonth.addMonths(month);
    if (earliestMonth(program, commune, group) > shape.month)
        return false;
    LoanPlan loan = makeLoan(programIndex, commune, shape);
    loan.history = true;
    loan.quarterlyInterestUntil = m_groups[group].monthlyInterestFrom;
    repay(loan, commune);
    LoanPath path = pathOf(loan);

    // The first month in which the loan would take the book above the path, or still owe at the end: it is
    // repaid early, some months before, or not made when that is too soon.
    int over = -1;
    for (int m = month; m < kMonths; ++m) {
        const qint64 balance = path.outstandingAt(m);
        if (balance == 0)
            break;
        if (m == kMonths - 1 || m_book.outstanding[m] + balance > target[m] + slack) {
            over = m;
            break;
        }
    }
    if (over >= 0) {
        const int earliest = month + kMinMonthsBeforePayoff;
        if (over < earliest)
            return false;
        const int payoff = m_random.between(std::max(earliest, over - kPayoffSpread), over);
        loan.behaviour = {Behaviour::Kind::PaidOffEarly,
                          dayOf(kFirstMonth.addMonths(payoff), transactionDay(commune)), false};
        repay(loan, commune);
        path = pathOf(loan);
    }

    loan.borrower = materialize(historyBorrower(group, loan));
    m_borrowers[loan.borrower].loans.append(static_cast<int>(m_loans.size()));
    addToBook(loan, path, 1);
    m_loans.push_back(std::move(loan));
    return true;
}

void Generator::addHistory()
{
    // Month after month, loans of the history until the book reaches its path in that month.
    recordBook();
    if (m_groups.empty())
        return;
    const int switchMonths = kMonthlyInterestFromMin.monthsTo(kMonthlyInterestFromMax);
    for (GroupPlan& group : m_groups)
        group.monthlyInterestFrom = kMonthlyInterestFromMin.addMonths(m_random.between(0, switchMonths));
    const std::vector<qint64> target = bookPath();
    qint64 total = 0;
    for (const ProgramState& p : m_programs)
        total += p.target.dong();
    const qint64 slack = total / 10'000 * kBookSlackPerTenThousand;
    for (int m = 0; m < kMonths; ++m) {
        int misses = 0;
        while (m_book.outstanding[m] < target[m] && misses < kHistoryMissesPerMonth) {
            const int p = historyProgram(m, target[m]);
            if (p < 0)
                break;
            if (!addHistoryLoan(p, m, target, slack))
                ++misses;
        }
    }
}

std::vector<qint64> Generator::pastOverdueRatio()
{
    // Points every kPastOverdueRatioStep months, straight in between, those of the last year on today's
    // ratio (late installments of earlier months are still being cured); hundredths of a percent per month.
    const int from = kFirstMonth.monthsTo(kPastOverdueFrom);
    const int last = kMonths - 1;
    const qint64 today =
        m_book.outstanding[last] > 0 ? m_book.overdue[last] * 10'000 / m_book.outstanding[last] : 0;
    std::vector<qint64> ratio(kMonths, 0);
    int previous = from;
    qint64 previousValue = m_random.between(kPastOverdueRatioMin, kPastOverdueRatioMax);
    ratio[from] = previousValue;
    while (previous < last) {
        const int next = std::min(last, previous + kPastOverdueRatioStep);
        const qint64 value =
            next > last - 12 ? today : m_random.between(kPastOverdueRatioMin, kPastOverdueRatioMax);
        for (int m = previous + 1; m <= next; ++m)
            ratio[m] = previousValue + (value - previousValue) * (m - previous) / (next - previous);
        previous = next;
        previousValue = value;
    }
    return ratio;
}

void Generator::addPastDelinquency()
{
    // Month after month, some installments due in the groups slipping at the time are paid late, until the
    // book's overdue ratio at the month's end reaches its path. All are paid by August 2023.
    if (m_groups.empty())
        return;
    std::vector<std::vector<int>> loansOf(m_groups.size()); // those not delinquent or frozen today
    for (int j = 0; j < static_cast<int>(m_loans.size()); ++j) {
        const LoanPlan& loan = m_loans[j];
        const int group = m_borrowers[loan.borrower].group;
        if (group >= 0 && !loan.frozenOn && loan.behaviour.kind != Behaviour::Kind::StopsPaying)
            loansOf[group].push_back(j);
    }
    const std::vector<qint64> ratio = pastOverdueRatio();
    const int groupCount = static_cast<int>(m_groups.size());
    const int atOnce = std::min(groupCount, scaled(m_random.between(kSlippingAtOnceMin, kSlippingAtOnceMax)));
    std::vector<int> slippingUntil(m_groups.size(), -1); // the last month of the group's slipping spell
    std::vector<int> slipping;
    std::vector<std::pair<int, qsizetype>> due; // loan, installment
    for (int m = kFirstMonth.monthsTo(kPastOverdueFrom); m < kMonths - 1; ++m) {
        std::erase_if(slipping, [&](int g) { return slippingUntil[g] < m; });
        while (static_cast<int>(slipping.size()) < atOnce) {
            const int g = static_cast<int>(m_random.below(groupCount));
            if (slippingUntil[g] >= m)
                continue;
            slippingUntil[g] = m + m_random.between(kSlippingMonthsMin, kSlippingMonthsMax) - 1;
            slipping.push_back(g);
        }
        const qint64 wanted = m_book.outstanding[m] / 10'000 * ratio[m];
        if (m_book.overdue[m] >= wanted)
            continue;
        const YearMonth month = kFirstMonth.addMonths(m);
        due.clear();
        for (int g : slipping) {
            for (int j : loansOf[g]) {
                const LoanPlan& loan = m_loans[j];
                if (loan.disbursedOn > m_monthEnds[m] || loan.maturityOn < month.firstDay())
                    continue;
                // Not the last installment: the loan is settled when the household expects it.
                for (qsizetype i = 0; i + 1 < loan.schedule.size(); ++i) {
                    if (YearMonth::fromDate(loan.schedule[i].dueOn) == month)
                        due.emplace_back(j, i);
                }
            }
        }
        m_random.shuffle(due);
        for (const auto& [j, i] : due) {
            if (m_book.overdue[m] >= wanted)
                break;
            LoanPlan& loan = m_loans[j];
            const Lateness& lateness =
                kLateness[m_random.weighted(kLateness, [](const Lateness& l) { return qint64(l.weight); })];
            int late = std::min(lateness.months, kMonths - 1 - m); // paid by August 2023
            if (loan.behaviour.kind == Behaviour::Kind::PaidOffEarly)
                late = std::min(late, kFirstMonth.monthsTo(YearMonth::fromDate(loan.behaviour.from)) - m - 1);
            if (late < 1)
                continue;
            addToBook(loan, pathOf(loan), -1);
            if (loan.lateMonths.isEmpty())
                loan.lateMonths = QList<int>(loan.schedule.size(), 0);
            loan.lateMonths[i] = late;
            repay(loan, m_borrowers[loan.borrower].commune);
            addToBook(loan, pathOf(loan), 1);
        }
    }
}

void Generator::addSavings(const QList<QString>& borrowerCodes, PortfolioData& data)
{
    // Group members who borrow deposit every month at the session from their first live loan on; now and
    // then they take some out. The balance never goes below zero.
    for (int b = 0; b < static_cast<int>(m_borrowers.size()); ++b) {
        const BorrowerPlan& borrower = m_borrowers[b];
        if (borrower.kind != BorrowerKind::Household || borrower.group < 0 || borrower.liveLoans == 0)
            continue;
        const Money deposit =
            Money::fromDong(qint64(m_random.pick(std::span<const int>(kDepositsThousand))) * 1000);
        const int day = transactionDay(borrower.commune);
        Money balance;
        for (YearMonth month = borrower.firstLive; month <= kLastMonth; month = month.next()) {
            const QDate on = dayOf(month, day);
            const Money before = balance;
            if (!m_random.percent(kSkippedDepositPercent)) {
                data.savings.append({borrowerCodes[b], on, deposit});
                balance += deposit;
            }
            if (before >= Money::fromDong(100'000) && m_random.perMille(kWithdrawalPerMille)) {
                const qint64 share = m_random.between(30, 100);
                const Money out = Money::fromDong(before.dong() * share / 100 / 10'000 * 10'000);
                if (out.isPositive()) {
                    data.savings.append({borrowerCodes[b], on, -out});
                    balance -= out;
                }
            }
        }
    }
}

PortfolioData Generator::output()
{
    PortfolioData data;
    for (const CommunePlan& commune : m_communes)
        data.communes.append({commune.code, commune.name});

    // Groups are numbered commune by commune, as they were made.
    // The parts of a large portfolio number on from each other, in widths that hold any size.
    const auto width = [this](int least, std::size_t count) {
        return m_part.alone ? std::max(least, static_cast<int>(QString::number(count).size())) : least + 2;
    };
    const int groupWidth = width(4, m_groups.size());
    QList<QString> groupCodes;
    for (int g = 0; g < static_cast<int>(m_groups.size()); ++g) {
        const GroupPlan& plan = m_groups[g];
        const QString code =
            QStringLiteral("T%1").arg(m_shared.groups + g + 1, groupWidth, 10, QLatin1Char('0'));
        groupCodes.append(code);
        data.groups.append({code, plan.name, m_communes[plan.commune].code,
                            QString::fromUtf16(kOrganizations[plan.organization].code), plan.village,
                            plan.leader, plan.foundedOn});
    }

    // Borrowers by commune, then group (direct borrowers last), then the order they came in.
    std::vector<int> order(m_borrowers.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const BorrowerPlan& x = m_borrowers[a];
        const BorrowerPlan& y = m_borrowers[b];
        const int gx = x.group < 0 ? std::numeric_limits<int>::max() : x.group;
        const int gy = y.group < 0 ? std::numeric_limits<int>::max() : y.group;
        if (x.commune != y.commune)
            return x.commune < y.commune;
        if (gx != gy)
            return gx < gy;
        return a < b;
    });
    const int borrowerWidth = width(6, m_borrowers.size());
    QList<QString> borrowerCodes(static_cast<qsizetype>(m_borrowers.size()));
    std::vector<int> rank(m_borrowers.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const int b = order[k];
        rank[b] = static_cast<int>(k);
        const BorrowerPlan& plan = m_borrowers[b];
        borrowerCodes[b] =
            QStringLiteral("KH%1").arg(m_shared.borrowers + k + 1, borrowerWidth, 10, QLatin1Char('0'));
        data.borrowers.append({borrowerCodes[b], plan.kind, plan.idNumber, plan.fullName,
                               m_communes[plan.commune].code,
                               plan.group >= 0 ? groupCodes[plan.group] : QString(), plan.village});
    }

    // Loans numbered by disbursement date, as the office numbers its contracts.
    std::vector<int> loanOrder(m_loans.size());
    for (std::size_t i = 0; i < loanOrder.size(); ++i)
        loanOrder[i] = static_cast<int>(i);
    std::sort(loanOrder.begin(), loanOrder.end(), [this, &rank](int a, int b) {
        const LoanPlan& x = m_loans[a];
        const LoanPlan& y = m_loans[b];
        if (x.disbursedOn != y.disbursedOn)
            return x.disbursedOn < y.disbursedOn;
        if (rank[x.borrower] != rank[y.borrower])
            return rank[x.borrower] < rank[y.borrower];
        return a < b;
    });
    const int loanWidth = width(7, m_loans.size());
    for (std::size_t k = 0; k < loanOrder.size(); ++k) {
        LoanPlan& plan = m_loans[loanOrder[k]];
        const QString loanNo =
            QStringLiteral("L%1").arg(m_shared.loans + k + 1, loanWidth, 10, QLatin1Char('0'));
        Loan loan;
        loan.loanNo = loanNo;
        loan.borrowerId = borrowerCodes[plan.borrower];
        loan.programCode = m_programs[plan.program].program->code;
        loan.amount = plan.amount;
        loan.disbursedOn = plan.disbursedOn;
        loan.maturityOn = plan.maturityOn;
        loan.frozenOn = plan.frozenOn;
        loan.purpose = plan.purpose;
        data.loans.append(loan);
        for (const LoanFacts::Installment& installment : std::as_const(plan.schedule))
            data.installments.append({loanNo, installment.dueOn, installment.principal});
        for (const LoanFacts::Payment& payment : std::as_const(plan.payments))
            data.repayments.append({loanNo, payment.paidOn, payment.principal, payment.interest});
        plan.schedule = {};
        plan.payments = {};
    }

    addSavings(borrowerCodes, data);
    m_shared.groups += static_cast<int>(m_groups.size());
    m_shared.borrowers += static_cast<int>(m_borrowers.size());
    m_shared.loans += static_cast<int>(m_loans.size());
    return data;
}

PortfolioData Generator::run(const QList<Commune>& communes)
{
    planPrograms();
    if (communes.isEmpty() || m_programs.empty())
        return {};
    planCommunes(communes);
    planGroups();
    if (m_groups.empty())
        return output();
    chooseSlippingGroups();
    m_liveBorrowersTarget =
        scaled(kLiveBorrowers + m_random.between(-kLiveBorrowersJitter, kLiveBorrowersJitter));
    addFrozenLoans();
    addDelinquentLoans();
    fillPrograms();
    addHistory();
    addPastDelinquency();
    return output();
}

} // namespace

namespace {

/// A few corrections made in August 2023 as the credit staff make them (domain.md §8), so that the
/// demonstration shows the ledger's reversals and the History page: three July repayments entered with a
/// wrong amount are reversed and entered again, a July deposit entered in the wrong member's book is
/// reversed, and two members move to another group of their commune. July is closed: every correction is
/// dated in August.
Status correctAugust(Database& database, PortfolioService& service, const PortfolioData& data)
{
    QList<const Repayment*> july;
    for (const Repayment& r : data.repayments) {
        if (YearMonth::fromDate(r.paidOn) == kLastClosedMonth && r.principal > Money::fromDong(1'000'000))
            july.append(&r);
    }
    for (qsizetype i = 0; i < 3 && july.size() >= 6; ++i) {
        const Repayment& wrong = *july[july.size() * (2 * i + 1) / 6];
        auto posted = RepaymentRepository(database).of({wrong.loanNo});
        if (!posted)
            return posted.error();
        for (const Repayment& entry : std::as_const(*posted)) {
            if (entry.isReversal() || entry.paidOn != wrong.paidOn || entry.principal != wrong.principal)
                continue;
            const QDate day(2023, 8, static_cast<int>(7 + 7 * i));
            auto reversed = service.reverseRepayment(
                entry.entryNo, day, QStringLiteral("Nhập sai số tiền gốc, nhập lại số đúng"));
            if (!reversed)
                return reversed.error();
            Repayment right(entry.loanNo, day, entry.principal - Money::fromDong(100'000), entry.interest);
            if (auto again = service.postRepayment(right); !again)
                return again.error();
            break;
        }
    }
    for (const SavingsEntry& deposit : data.savings) {
        if (YearMonth::fromDate(deposit.on) != kLastClosedMonth || !deposit.amount.isPositive())
            continue;
        auto posted = SavingsRepository(database).of({deposit.borrowerId});
        if (!posted)
            return posted.error();
        qint64 entryNo = 0;
        for (const SavingsEntry& entry : std::as_const(*posted)) {
            if (!entry.isReversal() && entry.on == deposit.on && entry.amount == deposit.amount)
                entryNo = entry.entryNo;
        }
        // A member whose later withdrawals the deposit pays for cannot lose it: try the next one.
        if (service.reverseSavings(entryNo, QDate(2023, 8, 11),
                                   QStringLiteral("Nộp nhầm vào sổ của hộ khác")))
            break;
    }
    int moved = 0;
    for (qsizetype i = data.borrowers.size() / 3; i < data.borrowers.size() && moved < 2; ++i) {
        const Borrower& member = data.borrowers[i];
        if (member.groupCode.isEmpty())
            continue;
        for (const Group& group : data.groups) {
            if (group.communeCode == member.communeCode && group.code != member.groupCode) {
                if (Status s = service.moveBorrower({member.id, QDate(2023, 8, 15), group.code, QString()});
                    !s)
                    return s;
                ++moved;
                i += data.borrowers.size() / 3;
                break;
            }
        }
    }
    return {};
}

} // namespace

Result<QList<Commune>> DemoPortfolio::duyTienCommunes()
{
    const QString resource = QStringLiteral(":/loandesk/data/communes-duy-tien.csv");
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unusable(
            Database::tr("the reference data %1 is missing from the program").arg(resource));
    const CsvTable table = CsvTable::read(file.readAll(), {QStringLiteral("code"), QStringLiteral("name")});
    if (!table.problems.isEmpty())
        return Error::unusable(
            Database::tr("the reference data %1 is damaged: %2").arg(resource, table.problems.front()));
    QList<Commune> communes;
    for (const CsvRecord& record : table.records)
        communes.append({record.fields.value(0), record.fields.value(1)});
    return communes;
}

namespace {

/// The parts a portfolio is made of: the office alone up to scale 100, above it parts of at most
/// kPartScale percent (each a copy of the office's communes with a seed of its own), made and written one
/// after the other so that memory stays that of one part whatever the size.
constexpr int kPartScale = 50;

std::vector<Part> partsOf(const DemoOptions& options)
{
    if (options.scalePercent <= 100)
        return {Part{0, options.scalePercent, options.seed, true}};
    const int count = (options.scalePercent + kPartScale - 1) / kPartScale;
    std::vector<Part> parts;
    for (int i = 0; i < count; ++i) {
        const int scale = options.scalePercent / count + (i < options.scalePercent % count ? 1 : 0);
        parts.push_back(Part{i, scale, options.seed + static_cast<quint32>(i) * 7919U, false});
    }
    return parts;
}

PostingBatch batchOf(PortfolioData data)
{
    const auto rows = [](auto& values) {
        QList<BatchRow<std::decay_t<decltype(values.front())>>> list;
        list.reserve(values.size());
        for (auto& value : values)
            list.append({std::move(value)});
        values = {};
        return list;
    };
    PostingBatch batch;
    batch.communes = rows(data.communes);
    batch.groups = rows(data.groups);
    batch.borrowers = rows(data.borrowers);
    batch.moves = rows(data.moves);
    batch.loans = rows(data.loans);
    batch.installments = rows(data.installments);
    batch.repayments = rows(data.repayments);
    batch.savings = rows(data.savings);
    return batch;
}

} // namespace

Status DemoPortfolio::generateParts(const DemoOptions& options, const Catalogue& catalogue,
                                    const QList<Commune>& communes,
                                    const std::function<Status(PortfolioData&&)>& take)
{
    Shared shared;
    for (const Part& part : partsOf(options)) {
        PortfolioData data = Generator(part, catalogue, shared).run(communes);
        if (Status s = take(std::move(data)); !s)
            return s;
    }
    return {};
}

PortfolioData DemoPortfolio::generate(const DemoOptions& options, const Catalogue& catalogue,
                                      const QList<Commune>& communes)
{
    PortfolioData whole;
    // Gathering the parts cannot fail.
    [[maybe_unused]] const Status gathered =
        generateParts(options, catalogue, communes, [&whole](PortfolioData&& part) {
            whole.append(part);
            return Status();
        });
    return whole;
}

PortfolioData DemoPortfolio::generate(const DemoOptions& options, const Catalogue& catalogue)
{
    auto communes = duyTienCommunes();
    return generate(options, catalogue, communes ? *communes : QList<Commune>());
}

Status DemoPortfolio::build(Database& database, const DemoOptions& options)
{
    auto catalogue = ReferenceRepository(database).catalogue();
    if (!catalogue)
        return catalogue.error();
    auto communes = duyTienCommunes();
    if (!communes)
        return communes.error();
    // One transaction: the portfolio, checked and written through the write path like an import, part after
    // part, and every month up to July 2023 closed; August 2023 stays open. Each part is a savepoint inside
    // it, whose journal holds the former content of every page the part changes: on disk, not in memory.
    if (Status s = database.setTemporaryDataOnDisk(true); !s)
        return s;
    const auto restore = qScopeGuard(
        [&database] { [[maybe_unused]] const Status s = database.setTemporaryDataOnDisk(false); });
    TransactionGuard transaction(database);
    if (!transaction.isActive())
        return transaction.status();
    PortfolioService service(database);
    // Its reports, window and workbook say that it is demonstration data, never the office's own.
    if (Status s = service.markDemonstration(); !s)
        return s;
    const PortfolioService::ImportSource source{
        QStringLiteral("demonstration portfolio (seed %1, scale %2 %)")
            .arg(options.seed)
            .arg(options.scalePercent),
        {}};
    // What the corrections of August read of the first part (the office's communes): its groups and
    // borrowers, and its July repayments and deposits.
    PortfolioData office;
    Status written = generateParts(options, *catalogue, *communes, [&](PortfolioData&& data) {
        if (office.groups.isEmpty()) {
            office.groups = data.groups;
            office.borrowers = data.borrowers;
            for (const Repayment& r : std::as_const(data.repayments)) {
                if (YearMonth::fromDate(r.paidOn) == kLastClosedMonth)
                    office.repayments.append(r);
            }
            for (const SavingsEntry& e : std::as_const(data.savings)) {
                if (YearMonth::fromDate(e.on) == kLastClosedMonth)
                    office.savings.append(e);
            }
        }
        auto posted = service.post(batchOf(std::move(data)), source);
        return posted ? Status() : Status(posted.error());
    });
    if (!written)
        return written;
    if (Status s = service.closeMonthsThrough(kLastClosedMonth); !s)
        return s;
    if (Status s = correctAugust(database, service, office); !s)
        return s;
    return transaction.commit();
}

Status DemoPortfolio::writeCsv(const QString& directory, const DemoOptions& options)
{
    // The program catalogue is the reference data every new database is made with.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::io(Database::tr("cannot make a temporary folder: %1").arg(scratch.errorString()));
    Result<Catalogue> catalogue = [&scratch]() -> Result<Catalogue> {
        auto reference = Database::create(scratch.filePath(QStringLiteral("reference.sqlite")));
        if (!reference)
            return reference.error();
        return ReferenceRepository(**reference).catalogue();
    }();
    if (!catalogue)
        return catalogue.error();
    auto communes = duyTienCommunes();
    if (!communes)
        return communes.error();
    SafeFiles::StagingFolder staging(directory);
    if (Status s = staging.prepare(); !s)
        return s;
    {
        DataSetWriter files(staging.path());
        if (Status s = files.status(); !s)
            return s;
        // Each file gets the rows of every part in turn: a file is one stream of its own.
        Status written = generateParts(options, *catalogue, *communes, [&files](PortfolioData&& data) {
            files.write(data);
            return files.status();
        });
        if (!written)
            return written;
        if (Status s = files.commit(); !s)
            return s;
    }
    return staging.commit();
}
