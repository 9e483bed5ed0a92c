#pragma once

#include <QString>

#include <optional>

/// The dimension a report's rows are keyed by (domain.md §6).
enum class Breakdown
{
    Program,
    Commune,
    Organization,
    Group,
};

/// `program`, `commune`, `organization`, `group`.
QString breakdownCode(Breakdown breakdown);
std::optional<Breakdown> parseBreakdown(QStringView text);

/// Restricts a report to one commune and/or one organisation (`DIRECT` for loans outside any group). Empty
/// members mean no restriction.
struct PortfolioFilter
{
    QString communeCode;
    QString organizationCode;

    [[nodiscard]] bool isEmpty() const { return communeCode.isEmpty() && organizationCode.isEmpty(); }
    bool operator==(const PortfolioFilter&) const = default;
};
