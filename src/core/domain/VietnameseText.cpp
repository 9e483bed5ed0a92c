#include "VietnameseText.h"

#include <QList>

#include <algorithm>
#include <tuple>

namespace {

constexpr char16_t kBreve = 0x0306;
constexpr char16_t kCircumflex = 0x0302;
constexpr char16_t kHorn = 0x031B;
constexpr char16_t kGrave = 0x0300;
constexpr char16_t kHook = 0x0309;
constexpr char16_t kTilde = 0x0303;
constexpr char16_t kAcute = 0x0301;
constexpr char16_t kDotBelow = 0x0323;

/// One letter as it sorts: its place in the alphabet, its tone, its case.
struct Letter
{
    int primary = 0;
    int tone = 0;
    int upper = 0;
};

int toneOf(char16_t mark)
{
    switch (mark) {
    case kGrave:
        return 1;
    case kHook:
        return 2;
    case kTilde:
        return 3;
    case kAcute:
        return 4;
    case kDotBelow:
        return 5;
    default:
        return 0;
    }
}

QList<Letter> lettersOf(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QList<Letter> letters;
    letters.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing) {
            if (letters.isEmpty())
                continue;
            Letter& last = letters.back();
            if (u == kBreve)
                last.primary += 1;
            else if (u == kCircumflex)
                last.primary += 2;
            else if (u == kHorn)
                last.primary += 3;
            else
                last.tone = std::max(last.tone, toneOf(u));
            continue;
        }
        Letter letter;
        letter.upper = c.isUpper() ? 0 : 1; // upper case first
        if (u == 0x0110 || u == 0x0111) {   // Đ đ: after d
            letter.primary = (u'd' << 2) + 1;
        } else {
            const QChar lower = c.toLower();
            letter.primary = static_cast<int>(lower.unicode()) << 2;
        }
        letters.append(letter);
    }
    return letters;
}

} // namespace

namespace VietnameseText {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() == 0x0110 || c.unicode() == 0x0111)
            folded.append(u'd');
        else
            folded.append(c.toCaseFolded());
    }
    return folded.simplified();
}

bool contains(const QString& haystack, const QString& needle)
{
    const QString folded = fold(needle);
    return folded.isEmpty() || fold(haystack).contains(folded);
}

int compare(const QString& a, const QString& b)
{
    const QList<Letter> x = lettersOf(a);
    const QList<Letter> y = lettersOf(b);
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i].primary != y[i].primary)
            return x[i].primary < y[i].primary ? -1 : 1;
    }
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i].tone != y[i].tone)
            return x[i].tone < y[i].tone ? -1 : 1;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i].upper != y[i].upper)
            return x[i].upper < y[i].upper ? -1 : 1;
    }
    return a.compare(b);
}

int comparePersonNames(const QString& a, const QString& b)
{
    const auto given = [](const QString& name) {
        const QString simple = name.simplified();
        const qsizetype space = simple.lastIndexOf(u' ');
        return space < 0 ? simple : simple.mid(space + 1);
    };
    if (const int byGiven = compare(given(a), given(b)); byGiven != 0)
        return byGiven;
    return compare(a.simplified(), b.simplified());
}

} // namespace VietnameseText
