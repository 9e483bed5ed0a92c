#pragma once

#include <QLineEdit>
#include <QLocale>
#include <QStyledItemDelegate>

/// A line edit for an amount in đồng that groups its digits as they are typed, in the locale's way
/// (Vietnamese: `1.500.000`), keeping the cursor after the same digit. A leading minus sign is kept when
/// negative amounts are allowed (a savings withdrawal). Anything but digits is dropped.
class AmountLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    AmountLineEdit(const QLocale& locale, bool allowNegative, QWidget* parent = nullptr);

    /// @p text with its digits grouped in @p locale (and its leading minus sign when allowed).
    static QString grouped(const QString& text, const QLocale& locale, bool allowNegative);

private:
    void regroup();

    QLocale m_locale;
    bool m_allowNegative = false;
};

/// The editor of the transaction day's collected amounts: an AmountLineEdit per cell, the savings column
/// taking a minus sign.
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
