#include "ServiceTestSupport.h"

#include "check/PortfolioCheck.h"
#include "report/ReportRenderers.h"

#include <QTimeZone>

Actor testActor(const QDate& today)
{
    return {
        QStringLiteral("tester"), [today]() { return QDateTime(today, QTime(9, 30), QTimeZone::utc()); }, {}};
}

void SmallBookTest::SetUp()
{
    m_service = std::make_unique<PortfolioService>(m_temp.db(), testActor());
    PortfolioService& s = *m_service;
    ASSERT_TRUE(s.registerCommune({QStringLiteral("C1"), QStringLiteral("Xã Một")}).ok());
    ASSERT_TRUE(s.registerCommune({QStringLiteral("C2"), QStringLiteral("Xã Hai")}).ok());
    const auto group = [&](const char* code, const char* commune, const char* organization) {
        return s.registerGroup({QString::fromLatin1(code), QStringLiteral("Tổ ") + QString::fromLatin1(code),
                                QString::fromLatin1(commune), QString::fromLatin1(organization), QString(),
                                QStringLiteral("Nguyễn Thị Tổ Trưởng"), QDate(2010, 1, 1)});
    };
    ASSERT_TRUE(group("G1", "C1", "HPN").ok());
    ASSERT_TRUE(group("G2", "C1", "HND").ok());
    ASSERT_TRUE(group("G3", "C2", "CCB").ok());
    const auto household = [&](const char* id, const char* idNumber, const char* commune,
                               const char* groupCode) {
        return s.registerBorrower({QString::fromLatin1(id), BorrowerKind::Household,
                                   QString::fromLatin1(idNumber),
                                   QStringLiteral("Hộ ") + QString::fromLatin1(id),
                                   QString::fromLatin1(commune), QString::fromLatin1(groupCode), QString()});
    };
    ASSERT_TRUE(household("B1", "001100000001", "C1", "G1").ok());
    ASSERT_TRUE(household("B2", "001100000002", "C1", "G1").ok());
    ASSERT_TRUE(household("B3", "001100000003", "C1", "G2").ok());
    ASSERT_TRUE(household("B4", "001100000004", "C2", "G3").ok());
    ASSERT_TRUE(s.registerBorrower({QStringLiteral("O1"), BorrowerKind::Organization,
                                    QStringLiteral("0100000001"), QStringLiteral("Trường mầm non Hoa Sen"),
                                    QStringLiteral("C2"), QString(), QString()})
                    .ok());
    const auto loan = [&](const char* no, const char* borrower, const char* program, qint64 amount,
                          const QDate& disbursed, const QDate& maturity, const QList<Installment>& schedule) {
        Loan l;
        l.loanNo = QString::fromLatin1(no);
        l.borrowerId = QString::fromLatin1(borrower);
        l.programCode = QString::fromLatin1(program);
        l.amount = vnd(amount);
        l.disbursedOn = disbursed;
        l.maturityOn = maturity;
        const Status status = s.disburseLoan(l, schedule);
        EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    };
    loan("L1", "B1", "HN", 12'000'000, QDate(2023, 1, 10), QDate(2024, 1, 15),
         {{QString(), QDate(2023, 4, 15), vnd(3'000'000)},
          {QString(), QDate(2023, 7, 15), vnd(3'000'000)},
          {QString(), QDate(2023, 10, 15), vnd(3'000'000)},
          {QString(), QDate(2024, 1, 15), vnd(3'000'000)}});
    loan("L2", "B2", "HCN", 20'000'000, QDate(2023, 2, 1), QDate(2025, 2, 1), {});
    loan("L3", "B3", "NSVS", 10'000'000, QDate(2023, 3, 5), QDate(2024, 3, 5),
         {{QString(), QDate(2023, 9, 5), vnd(5'000'000)}, {QString(), QDate(2024, 3, 5), vnd(5'000'000)}});
    loan("L4", "B4", "HN", 30'000'000, QDate(2023, 1, 20), QDate(2024, 7, 20),
         {{QString(), QDate(2023, 7, 20), vnd(10'000'000)},
          {QString(), QDate(2024, 1, 20), vnd(10'000'000)},
          {QString(), QDate(2024, 7, 20), vnd(10'000'000)}});
    loan("L5", "O1", "GQVL", 100'000'000, QDate(2023, 2, 15), QDate(2026, 2, 15), {});
}

Figures SmallBookTest::total(YearMonth month)
{
    auto table = ReportBuilder(db()).summary(month, Breakdown::Program);
    EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
    return table ? table->total.figures : Figures();
}

Figures SmallBookTest::row(YearMonth month, Breakdown by, const QString& key)
{
    auto table = ReportBuilder(db()).summary(month, by);
    EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
    if (!table)
        return {};
    for (const ReportRow& r : table->rows) {
        if (r.key == key)
            return r.figures;
    }
    ADD_FAILURE() << "no row " << key.toStdString();
    return {};
}

QByteArray SmallBookTest::summaryCsv(YearMonth month, Breakdown by)
{
    auto table = ReportBuilder(db()).summary(month, by);
    EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
    return table ? ReportRenderers::toCsv(*table) : QByteArray();
}

QStringList SmallBookTest::violations()
{
    auto outcome = PortfolioCheck::run(db());
    EXPECT_TRUE(outcome.ok());
    return outcome ? outcome->violations : QStringList{QStringLiteral("check failed")};
}

::testing::AssertionResult SmallBookTest::refusedWith(const Status& status, const QString& needle)
{
    if (status.ok())
        return ::testing::AssertionFailure() << "the write was not refused";
    if (status.error().kind != Error::Kind::Refused)
        return ::testing::AssertionFailure() << "not a refusal: " << status.error().message.toStdString();
    if (!status.error().message.contains(needle))
        return ::testing::AssertionFailure() << "the refusal \"" << status.error().message.toStdString()
                                             << "\" does not name \"" << needle.toStdString() << '"';
    return ::testing::AssertionSuccess();
}
