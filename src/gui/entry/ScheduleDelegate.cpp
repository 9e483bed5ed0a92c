#include "ScheduleDelegate.h"

#include "EntryFormSupport.h"
#include "common/MoneyEdit.h"

#include <QDateEdit>

QString ScheduleDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.typeId() == QMetaType::QDate)
        return locale.toString(value.toDate(), QStringLiteral("dd/MM/yyyy"));
    if (value.typeId() == QMetaType::LongLong) {
        // The view hands over its locale without group separators; amounts are always grouped.
        QLocale grouped = locale;
        grouped.setNumberOptions(QLocale::DefaultNumberOptions);
        return Money::fromDong(value.toLongLong()).format(grouped);
    }
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget* ScheduleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    Q_UNUSED(option)
    if (index.column() == 0) {
        QDateEdit* edit = EntryFormSupport::makeDateEdit(parent, QStringLiteral("dueOnEditor"));
        edit->setCalendarPopup(false);
        return edit;
    }
    auto* edit = new MoneyEdit(parent);
    edit->setObjectName(QStringLiteral("principalEditor"));
    return edit;
}

void ScheduleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(index.data(Qt::EditRole).toDate());
    } else if (auto* amount = qobject_cast<MoneyEdit*>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        if (value.isValid())
            amount->setValue(Money::fromDong(value.toLongLong()));
        amount->selectAll();
    }
}

void ScheduleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        model->setData(index, date->date(), Qt::EditRole);
    else if (auto* amount = qobject_cast<MoneyEdit*>(editor))
        model->setData(index, QVariant::fromValue<qlonglong>(amount->value().dong()), Qt::EditRole);
}
