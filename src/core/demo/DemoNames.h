// Names for the demonstration portfolio: Vietnamese personal names as they are spread in the Red River
// delta, village names, private schools and small firms of Duy Tiên, and loan purposes per program. Plain
// data only: the generator (DemoPortfolio.cpp) picks from these lists with its own seeded random numbers.
#pragma once

#include <QStringView>

#include <span>

namespace DemoNames {

/// A name with its relative frequency.
struct Weighted
{
    const char16_t* text;
    int weight;
};

/// Family names (họ), weighted roughly as they occur in northern Vietnam.
std::span<const Weighted> surnames();
/// Middle names (tên đệm): Văn dominates for men, Thị for women.
std::span<const Weighted> maleMiddleNames();
std::span<const Weighted> femaleMiddleNames();
/// Given names (tên).
std::span<const char16_t* const> maleGivenNames();
std::span<const char16_t* const> femaleGivenNames();

/// Bases of village names (thôn in a commune, tổ dân phố in a ward), e.g. "Ngọc Động".
std::span<const char16_t* const> villageNames();

/// Proper names of private pre-schools, e.g. "Hoa Sen" for "Trường Mầm non tư thục Hoa Sen".
std::span<const char16_t* const> schoolNames();
/// Kinds of private schools with their weight, e.g. "Trường Mầm non tư thục".
std::span<const Weighted> schoolKinds();
/// Names of small firms and co-operatives with a %1 for a place name, e.g. "Công ty TNHH May %1".
std::span<const char16_t* const> firmPatterns();

/// Loan purposes of a program (by program code); empty for an unknown code.
std::span<const char16_t* const> loanPurposes(QStringView programCode);
/// The purpose of a loan to a firm or co-operative (job creation).
QStringView firmLoanPurpose();

} // namespace DemoNames
