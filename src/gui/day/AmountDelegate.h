#pragma once

#include <QLocale>
#include <QStyledItemDelegate>

/// The editor of the transaction day's collected amounts: a MoneyEdit per cell, grouping the digits as they
/// are typed in the locale (Vietnamese: `1.500.000`), the savings column taking a minus sign (a withdrawal).
class AmountDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    AmountDelegate(const QLocale& locale, int negativeColumn, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QLocale m_locale;
    int m_negativeColumn = -1;
};
