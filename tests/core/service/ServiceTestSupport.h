#pragma once

#include "TempDatabase.h"

#include "report/ReportBuilder.h"
#include "service/PortfolioService.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

/// Who writes in the tests: a fixed user and a fixed clock (09:30 UTC on @p today), so that "today" is after
/// the months the tests close.
Actor testActor(const QDate& today = QDate(2025, 6, 2));

inline Money vnd(qint64 dong)
{
    return Money::fromDong(dong);
}

/// A small portfolio written through the service: communes C1 and C2; groups G1 (C1, Women's Union), G2 (C1,
/// Farmers' Association) and G3 (C2, Veterans' Association); households B1 and B2 in G1, B3 in G2, B4 in G3
/// and the organisation O1 in C2 (direct lending); loans
/// - L1: B1, HN, 12,000,000 from 2023-01-10, four installments of 3,000,000 (2023-04-15 … 2024-01-15);
/// - L2: B2, HCN, 20,000,000 from 2023-02-01, due at maturity 2025-02-01;
/// - L3: B3, NSVS, 10,000,000 from 2023-03-05, 5,000,000 on 2023-09-05 and on 2024-03-05;
/// - L4: B4, HN, 30,000,000 from 2023-01-20, 10,000,000 on 2023-07-20, 2024-01-20 and 2024-07-20;
/// - L5: O1, GQVL, 100,000,000 from 2023-02-15, due 2026-02-15.
/// No repayment, no savings.
class SmallBookTest : public ::testing::Test
{
protected:
    void SetUp() override;

    Database& db() { return m_temp.db(); }
    PortfolioService& service() { return *m_service; }
    /// The TOTAL row of the summary of @p month (by program).
    Figures total(YearMonth month);
    /// The row of @p key in the summary of @p month by @p by.
    Figures row(YearMonth month, Breakdown by, const QString& key);
    /// The summary of @p month by @p by as its CSV text.
    QByteArray summaryCsv(YearMonth month, Breakdown by);
    /// The violations `check` finds.
    QStringList violations();
    /// Asserts that a write was refused and that its message names @p needle.
    static ::testing::AssertionResult refusedWith(const Status& status, const QString& needle);
    template <typename T>
    static ::testing::AssertionResult refusedWith(const Result<T>& result, const QString& needle)
    {
        if (result.ok())
            return ::testing::AssertionFailure() << "the write was not refused";
        return refusedWith(Status(result.error()), needle);
    }

    TempDatabase m_temp;
    std::unique_ptr<PortfolioService> m_service;
};
