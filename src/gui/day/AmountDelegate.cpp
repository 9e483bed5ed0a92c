#include "AmountDelegate.h"

#include "common/MoneyEdit.h"

AmountDelegate::AmountDelegate(const QLocale& locale, int negativeColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_locale(locale)
    , m_negativeColumn(negativeColumn)
{}

QWidget* AmountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* editor = new MoneyEdit(parent);
    editor->setObjectName(QStringLiteral("amountLineEdit"));
    editor->setLocale(m_locale);
    editor->setAllowNegative(index.column() == m_negativeColumn);
    editor->setFrame(false);
    return editor;
}

void AmountDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* line = qobject_cast<MoneyEdit*>(editor))
        line->setText(index.data(Qt::EditRole).toString());
}

void AmountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* line = qobject_cast<MoneyEdit*>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}
