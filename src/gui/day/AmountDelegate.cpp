#include "AmountDelegate.h"

AmountLineEdit::AmountLineEdit(const QLocale& locale, bool allowNegative, QWidget* parent)
    : QLineEdit(parent)
    , m_locale(locale)
    , m_allowNegative(allowNegative)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QLineEdit::textEdited, this, &AmountLineEdit::regroup);
}

QString AmountLineEdit::grouped(const QString& text, const QLocale& locale, bool allowNegative)
{
    QString digits;
    bool negative = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (allowNegative && digits.isEmpty() && (c == u'-' || c == u'\u2212'))
            negative = true;
    }
    // No leading zeros, except a lone 0.
    while (digits.size() > 1 && digits.front() == u'0')
        digits.remove(0, 1);
    const QString separator = locale.groupSeparator();
    QString result;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            result.append(separator);
        result.append(digits.at(i));
    }
    return negative ? QStringLiteral("-") + result : result;
}

void AmountLineEdit::regroup()
{
    const QString before = text();
    // Where the cursor is, counted in digits (and the sign) before it.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < cursorPosition() && i < before.size(); ++i) {
        if (before.at(i).isDigit() || (i == 0 && m_allowNegative && before.at(i) == u'-'))
            ++kept;
    }
    const QString after = grouped(before, m_locale, m_allowNegative);
    if (after == before)
        return;
    setText(after);
    qsizetype position = 0;
    for (qsizetype seen = 0; position < after.size() && seen < kept; ++position) {
        if (after.at(position).isDigit() || after.at(position) == u'-')
            ++seen;
    }
    setCursorPosition(static_cast<int>(position));
}

AmountDelegate::AmountDelegate(const QLocale& locale, int negativeColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_locale(locale)
    , m_negativeColumn(negativeColumn)
{}

QWidget* AmountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* editor = new AmountLineEdit(m_locale, index.column() == m_negativeColumn, parent);
    editor->setObjectName(QStringLiteral("amountLineEdit"));
    editor->setFrame(false);
    return editor;
}

void AmountDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* line = qobject_cast<AmountLineEdit*>(editor))
        line->setText(index.data(Qt::EditRole).toString());
}

void AmountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* line = qobject_cast<AmountLineEdit*>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}
