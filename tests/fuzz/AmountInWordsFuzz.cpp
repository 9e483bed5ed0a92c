// Fuzz target: an amount written out in words, in the three languages.
//
// The input is the amount: its first 8 bytes as a little-endian signed 64-bit number (any value, the
// extremes included), or, when shorter, its bytes as the digits of the CSV form.
//
// Properties: the words start with a capital, end with "đồng", say "minus" exactly for a negative amount,
// and stay short (no runaway repetition).
#include "FuzzSupport.h"

#include "report/AmountInWords.h"

#include <cstring>

namespace {

std::optional<Money> amountOf(const std::uint8_t* data, std::size_t size)
{
    if (size >= sizeof(qint64)) {
        quint64 raw = 0;
        for (std::size_t i = 0; i < sizeof(qint64); ++i)
            raw |= static_cast<quint64>(data[i]) << (8 * i);
        qint64 value = 0;
        std::memcpy(&value, &raw, sizeof value);
        return Money::fromDong(value);
    }
    return Money::parse(QString::fromUtf8(FuzzSupport::bytes(data, size)), true);
}

void checkWords(const QString& words, Money amount, QStringView minus)
{
    FUZZ_CHECK(!words.isEmpty() && words.front().isUpper(), words);
    FUZZ_CHECK(words.endsWith(QStringLiteral(" đồng")), words);
    FUZZ_CHECK(words.startsWith(minus, Qt::CaseInsensitive) == amount.isNegative(), words);
    FUZZ_CHECK(words.size() < 600, words);
    FUZZ_CHECK(!words.contains(QStringLiteral("  ")), words);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzSupport::ensureApplication();
    const std::optional<Money> amount = amountOf(data, size);
    if (!amount)
        return 0;
    checkWords(AmountInWords::vietnamese(*amount), *amount, u"âm ");
    checkWords(AmountInWords::english(*amount), *amount, u"minus ");
    checkWords(AmountInWords::french(*amount), *amount, u"moins ");
    FUZZ_CHECK(AmountInWords::inLanguage(*amount, Language::Vietnamese) ==
               AmountInWords::vietnamese(*amount));
    return 0;
}
