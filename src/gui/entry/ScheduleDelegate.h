#pragma once

#include <QStyledItemDelegate>

/// Edits the installment grid of the loan form: a date field for the due date (column 0, a QDate), an amount
/// field grouping its digits for the principal (column 1, whole đồng as a qlonglong); shows them in the
/// bank's form (31/08/2023, 5.000.000).
class ScheduleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
