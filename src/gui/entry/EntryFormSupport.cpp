#include "EntryFormSupport.h"

#include "repo/ClosingRepository.h"

#include <QDateEdit>
#include <QLabel>

namespace EntryFormSupport {

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2099, 12, 31));
    return edit;
}

QLabel* makeWarningBox(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #6b4500; border: 1px solid #f0c36d; "
                       "border-radius: 3px; padding: 6px 8px; }"));
    label->hide();
    return label;
}

QLabel* makeNoteLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #4a5765; }"));
    return label;
}

Result<QDate> firstOpenDay(Database& database)
{
    auto latest = ClosingRepository(database).latest();
    if (!latest)
        return latest.error();
    if (!latest->isValid())
        return QDate();
    return latest->lastDay().addDays(1);
}

QDate clampToOpen(const QDate& day, const QDate& firstOpen)
{
    if (firstOpen.isValid() && (!day.isValid() || day < firstOpen))
        return firstOpen;
    return day;
}

} // namespace EntryFormSupport
