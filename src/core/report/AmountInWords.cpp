#include "AmountInWords.h"

#include <QStringList>

#include <array>

namespace {

constexpr quint64 kThousand = 1'000;
constexpr quint64 kMillion = 1'000'000;
constexpr quint64 kBillion = 1'000'000'000;

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

/// The magnitude of @p amount, unsigned so that the most negative amount, whose negation does not fit in a
/// signed 64-bit number, has one too.
quint64 magnitude(Money amount)
{
    const auto dong = static_cast<quint64>(amount.dong());
    return amount.isNegative() ? 0 - dong : dong;
}

// ---- Vietnamese
// ----------------------------------------------------------------------------------------------

constexpr std::array<QStringView, 10> kViDigits = {u"không", u"một", u"hai", u"ba",  u"bốn",
                                                   u"năm",   u"sáu", u"bảy", u"tám", u"chín"};

/// A group of three digits (0–999). @p full: the group follows a higher one, so its hundreds are read even
/// when they are zero ("không trăm") and a zero tens digit is read "linh".
void viTriple(int n, bool full, QStringList& words)
{
    const int hundreds = n / 100;
    const int tens = n / 10 % 10;
    const int units = n % 10;
    const bool readHundreds = hundreds > 0 || full;
    if (readHundreds) {
        words << kViDigits[static_cast<std::size_t>(hundreds)].toString() << QStringLiteral("trăm");
    }
    if (tens == 0) {
        if (units != 0 && readHundreds)
            words << QStringLiteral("linh");
    } else if (tens == 1) {
        words << QStringLiteral("mười");
    } else {
        words << kViDigits[static_cast<std::size_t>(tens)].toString() << QStringLiteral("mươi");
    }
    if (units == 0)
        return;
    if (units == 1 && tens >= 2)
        words << QStringLiteral("mốt");
    else if (units == 5 && tens >= 1)
        words << QStringLiteral("lăm");
    else
        words << kViDigits[static_cast<std::size_t>(units)].toString();
}

/// 0 < @p n < one billion; @p preceded: a higher group (billions) was read before.
void viBelowBillion(quint64 n, bool preceded, QStringList& words)
{
    const std::array<int, 3> groups = {static_cast<int>(n / kMillion), static_cast<int>(n / kThousand % 1000),
                                       static_cast<int>(n % 1000)};
    const std::array<QStringView, 3> scales = {u"triệu", u"nghìn", u""};
    bool any = preceded;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i] == 0)
            continue;
        viTriple(groups[i], any, words);
        if (!scales[i].isEmpty())
            words << scales[i].toString();
        any = true;
    }
}

/// @p n > 0. Above a billion the number of billions is read on its own and followed by "tỷ", so that
/// 10^12 is "một nghìn tỷ" and 10^15 "một triệu tỷ", as the bank writes them.
void viNumber(quint64 n, QStringList& words)
{
    if (n >= kBillion) {
        viNumber(n / kBillion, words);
        words << QStringLiteral("tỷ");
        if (const quint64 rest = n % kBillion; rest != 0)
            viBelowBillion(rest, true, words);
        return;
    }
    viBelowBillion(n, false, words);
}

// ---- English
// -------------------------------------------------------------------------------------------------

constexpr std::array<QStringView, 20> kEnSmall = {
    u"zero",     u"one",     u"two",     u"three",     u"four",     u"five",    u"six",
    u"seven",    u"eight",   u"nine",    u"ten",       u"eleven",   u"twelve",  u"thirteen",
    u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen"};
constexpr std::array<QStringView, 10> kEnTens = {u"",      u"",      u"twenty",  u"thirty", u"forty",
                                                 u"fifty", u"sixty", u"seventy", u"eighty", u"ninety"};

QString enBelowHundred(int n)
{
    if (n < 20)
        return kEnSmall[static_cast<std::size_t>(n)].toString();
    QString text = kEnTens[static_cast<std::size_t>(n / 10)].toString();
    if (n % 10 != 0)
        text += u'-' + kEnSmall[static_cast<std::size_t>(n % 10)].toString();
    return text;
}

QString enBelowThousand(int n)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 0)
        return enBelowHundred(rest);
    QString text = kEnSmall[static_cast<std::size_t>(hundreds)].toString() + QStringLiteral(" hundred");
    if (rest != 0)
        text += QStringLiteral(" and ") + enBelowHundred(rest);
    return text;
}

/// @p n > 0, short scale.
void enNumber(quint64 n, QStringList& words)
{
    struct Scale
    {
        quint64 value;
        QStringView name;
    };
    static constexpr std::array<Scale, 4> scales = {{{1'000'000'000'000ULL, u"trillion"},
                                                     {kBillion, u"billion"},
                                                     {kMillion, u"million"},
                                                     {kThousand, u"thousand"}}};
    bool preceded = false;
    for (const Scale& scale : scales) {
        const quint64 count = n / scale.value;
        if (count == 0)
            continue;
        if (count >= 1000) // only for trillions: one thousand trillion and more
            enNumber(count, words);
        else
            words << enBelowThousand(static_cast<int>(count));
        words << scale.name.toString();
        n %= scale.value;
        preceded = true;
    }
    if (n > 0) {
        if (preceded && n < 100)
            words << QStringLiteral("and");
        words << enBelowThousand(static_cast<int>(n));
    }
}

// ---- French
// --------------------------------------------------------------------------------------------------

constexpr std::array<QStringView, 20> kFrSmall = {u"zéro",   u"un",    u"deux",     u"trois",    u"quatre",
                                                  u"cinq",   u"six",   u"sept",     u"huit",     u"neuf",
                                                  u"dix",    u"onze",  u"douze",    u"treize",   u"quatorze",
                                                  u"quinze", u"seize", u"dix-sept", u"dix-huit", u"dix-neuf"};
constexpr std::array<QStringView, 7> kFrTens = {u"",         u"",          u"vingt",   u"trente",
                                                u"quarante", u"cinquante", u"soixante"};

/// @p plural: "quatre-vingts" takes its s here (the number ends with it, or a noun such as "millions"
/// follows).
QString frBelowHundred(int n, bool plural)
{
    if (n < 20)
        return kFrSmall[static_cast<std::size_t>(n)].toString();
    if (n < 70) {
        const QString tens = kFrTens[static_cast<std::size_t>(n / 10)].toString();
        const int units = n % 10;
        if (units == 0)
            return tens;
        if (units == 1)
            return tens + QStringLiteral(" et un");
        return tens + u'-' + kFrSmall[static_cast<std::size_t>(units)].toString();
    }
    if (n < 80) {
        if (n == 71)
            return QStringLiteral("soixante et onze");
        return QStringLiteral("soixante-") + kFrSmall[static_cast<std::size_t>(n - 60)].toString();
    }
    if (n == 80)
        return plural ? QStringLiteral("quatre-vingts") : QStringLiteral("quatre-vingt");
    return QStringLiteral("quatre-vingt-") + kFrSmall[static_cast<std::size_t>(n - 80)].toString();
}

/// @p plural: "cents" and "quatre-vingts" may take their s (not before "mille").
QString frBelowThousand(int n, bool plural)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 0)
        return frBelowHundred(rest, plural);
    QString text = hundreds == 1
                       ? QStringLiteral("cent")
                       : kFrSmall[static_cast<std::size_t>(hundreds)].toString() + QStringLiteral(" cent");
    if (rest == 0) {
        if (hundreds > 1 && plural)
            text += u's';
        return text;
    }
    return text + u' ' + frBelowHundred(rest, plural);
}

/// 0 < @p n < one billion.
void frBelowBillion(quint64 n, QStringList& words)
{
    const int millions = static_cast<int>(n / kMillion);
    const int thousands = static_cast<int>(n / kThousand % 1000);
    const int units = static_cast<int>(n % 1000);
    if (millions > 0)
        words << frBelowThousand(millions, true)
              << (millions > 1 ? QStringLiteral("millions") : QStringLiteral("million"));
    if (thousands == 1)
        words << QStringLiteral("mille");
    else if (thousands > 1)
        words << frBelowThousand(thousands, false) << QStringLiteral("mille");
    if (units > 0)
        words << frBelowThousand(units, true);
}

void frNumber(quint64 n, QStringList& words)
{
    if (n >= kBillion) {
        const quint64 billions = n / kBillion;
        frNumber(billions, words);
        words << (billions > 1 ? QStringLiteral("milliards") : QStringLiteral("milliard"));
        if (const quint64 rest = n % kBillion; rest != 0)
            frBelowBillion(rest, words);
        return;
    }
    frBelowBillion(n, words);
}

} // namespace

namespace AmountInWords {

QString vietnamese(Money amount)
{
    const quint64 n = magnitude(amount);
    QStringList words;
    if (amount.isNegative())
        words << QStringLiteral("âm");
    if (n == 0)
        words << QStringLiteral("không");
    else
        viNumber(n, words);
    words << QStringLiteral("đồng");
    return capitalised(words.join(u' '));
}

QString english(Money amount)
{
    const quint64 n = magnitude(amount);
    QStringList words;
    if (amount.isNegative())
        words << QStringLiteral("minus");
    if (n == 0)
        words << QStringLiteral("zero");
    else
        enNumber(n, words);
    words << QStringLiteral("đồng");
    return capitalised(words.join(u' '));
}

QString french(Money amount)
{
    const quint64 n = magnitude(amount);
    QStringList words;
    if (amount.isNegative())
        words << QStringLiteral("moins");
    if (n == 0)
        words << QStringLiteral("zéro");
    else
        frNumber(n, words);
    // "deux millions de đồng", but "deux millions cinq đồng".
    if (words.last().startsWith(QStringLiteral("million")) ||
        words.last().startsWith(QStringLiteral("milliard")))
        words << QStringLiteral("de");
    words << QStringLiteral("đồng");
    return capitalised(words.join(u' '));
}

QString inLanguage(Money amount, Language language)
{
    switch (language) {
    case Language::English:
        return english(amount);
    case Language::French:
        return french(amount);
    case Language::Vietnamese:
        break;
    }
    return vietnamese(amount);
}

} // namespace AmountInWords
