#include "MoneyEdit.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLocale>

namespace {

/// The most digits an amount may have: Money::parse stops below 10^18.
constexpr int kMaxDigits = 15;

} // namespace

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhDigitsOnly);
    connect(this, &QLineEdit::textEdited, this, [this]() { regroup(true); });
}

QString MoneyEdit::digitsOf(const QString& text) const
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.digitValue() >= 0)
            digits.append(QChar(u'0' + c.digitValue()));
    }
    // Leading zeros mean nothing in an amount.
    while (digits.size() > 1 && digits.front() == u'0')
        digits.remove(0, 1);
    if (digits.size() > kMaxDigits)
        digits.truncate(kMaxDigits);
    const QString trimmed = text.trimmed();
    if (m_allowNegative && (trimmed.startsWith(u'-') || trimmed.startsWith(QChar(0x2212))))
        digits.prepend(u'-');
    return digits;
}

QString MoneyEdit::grouped(const QString& digits) const
{
    if (digits.isEmpty())
        return {};
    if (digits == QStringLiteral("-"))
        return digits;
    const auto value = Money::parse(digits, m_allowNegative);
    if (!value)
        return digits;
    return value->format(locale());
}

Money MoneyEdit::value() const
{
    const QString digits = digitsOf(text());
    if (digits.isEmpty() || digits == QStringLiteral("-"))
        return Money();
    return Money::parse(digits, m_allowNegative).value_or(Money());
}

bool MoneyEdit::isEmpty() const
{
    const QString digits = digitsOf(text());
    return digits.isEmpty() || digits == QStringLiteral("-");
}

void MoneyEdit::setValue(Money value)
{
    if (value.isNegative() && !m_allowNegative)
        value = -value;
    setText(value.format(locale()));
    regroup(false);
}

void MoneyEdit::clearValue()
{
    clear();
    regroup(false);
}

void MoneyEdit::setAllowNegative(bool allow)
{
    m_allowNegative = allow;
    regroup(false);
}

void MoneyEdit::keyPressEvent(QKeyEvent* event)
{
    // Backspace or Delete next to a separator takes the digit beyond it (a separator alone would come back).
    if (!hasSelectedText() && event->modifiers() == Qt::NoModifier) {
        const QString current = text();
        const int caret = cursorPosition();
        const auto isSeparator = [&current](int i) {
            return i >= 0 && i < current.size() && !current[i].isDigit() && current[i] != u'-';
        };
        if (event->key() == Qt::Key_Backspace && isSeparator(caret - 1))
            setCursorPosition(caret - 1);
        else if (event->key() == Qt::Key_Delete && isSeparator(caret))
            setCursorPosition(caret + 1);
    }
    QLineEdit::keyPressEvent(event);
}

void MoneyEdit::changeEvent(QEvent* event)
{
    // Another language groups with other separators: regroup the amount shown.
    if (event->type() == QEvent::LocaleChange && !isEmpty()) {
        const Money amount = m_lastValue;
        setText(amount.format(locale()));
    }
    QLineEdit::changeEvent(event);
}

namespace {

/// The number of digits in @p text before @p position.
int digitsBefore(const QString& text, int position)
{
    int count = 0;
    for (int i = 0; i < position && i < text.size(); ++i)
        count += text[i].isDigit() ? 1 : 0;
    return count;
}

/// The position in @p text just after its @p digits first digits (after a leading minus at least).
int positionAfterDigits(const QString& text, int digits)
{
    int position = text.startsWith(u'-') ? 1 : 0;
    int placed = 0;
    while (position < text.size() && placed < digits) {
        if (text[position].isDigit())
            ++placed;
        ++position;
    }
    return position;
}

} // namespace

void MoneyEdit::regroup(bool edited)
{
    const QString current = text();
    int digits = digitsBefore(current, cursorPosition());
    const QString plain = digitsOf(current);
    // Leading zeros are dropped: they no longer stand before the caret.
    int zeros = 0;
    for (const QChar c : current) {
        if (c == u'0')
            ++zeros;
        else if (c.isDigit())
            break;
    }
    if (plain != QStringLiteral("0") && plain != QStringLiteral("-0"))
        digits = qMax(0, digits - qMin(zeros, digits));
    const QString regrouped = grouped(plain);
    if (regrouped != current) {
        const QSignalBlocker blocker(this);
        setText(regrouped);
        setCursorPosition(edited ? positionAfterDigits(regrouped, digits)
                                 : static_cast<int>(regrouped.size()));
    }
    const Money amount = value();
    const bool empty = isEmpty();
    if (amount != m_lastValue || empty != m_lastEmpty) {
        m_lastValue = amount;
        m_lastEmpty = empty;
        emit valueChanged(amount);
    }
}
