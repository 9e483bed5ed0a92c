#include "EntryFormSupport.h"

#include "FieldErrors.h"
#include "repo/ClosingRepository.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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

FieldGrid::FieldGrid(QWidget* form, QGridLayout* grid, FieldErrors* errors, Captions* captions)
    : m_form(form)
    , m_grid(grid)
    , m_errors(errors)
    , m_captions(captions)
{}

QLabel* FieldGrid::add(const char* caption, QWidget* widget, const QString& field, const QString& errorName,
                       QWidget* focus)
{
    if (!focus)
        focus = widget;
    auto* label = new QLabel(m_form);
    label->setBuddy(focus);
    m_captions->append({label, caption});
    m_grid->addWidget(label, m_row, 0, Qt::AlignRight | Qt::AlignTop);
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(widget);
    QLabel* error = FieldErrors::makeLabel(m_form, errorName);
    box->addWidget(error);
    m_grid->addLayout(box, m_row, 1);
    m_errors->addField(field, focus, error);
    ++m_row;
    return label;
}

void FieldGrid::addBelow(QWidget* widget)
{
    m_grid->addWidget(widget, m_row++, 1);
}

std::pair<QPushButton*, QPushButton*> addSaveAndCancel(QWidget* form, QVBoxLayout* layout)
{
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* save = new QPushButton(form);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setAutoDefault(false);
    // Enter saves: the form is short and every field is checked by the write service.
    save->setDefault(true);
    auto* cancel = new QPushButton(form);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    buttons->addWidget(save);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    return {save, cancel};
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
