#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

class Database;
class FieldErrors;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

/// What the entry forms share: date fields in the bank's form, the yellow box of warnings, the open months.
namespace EntryFormSupport {

/// A date field written dd/MM/yyyy with a calendar to pick from.
QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName);
/// A label styled as a yellow box of warnings, hidden until it has something to say.
QLabel* makeWarningBox(QWidget* parent, const QString& objectName);
/// A label of quiet explanations (grey, wrapping).
QLabel* makeNoteLabel(QWidget* parent, const QString& objectName);

/// The captions of a form with their untranslated texts (QT_TR_NOOP), for the form's retranslate().
using Captions = QList<std::pair<QLabel*, const char*>>;

/// The rows of a short form: a caption on the left, the editor on the right with its red message under it,
/// registered with the form's FieldErrors under the write service's name of the field.
class FieldGrid
{
public:
    FieldGrid(QWidget* form, QGridLayout* grid, FieldErrors* errors, Captions* captions);

    /// Adds @p widget under @p caption; the message label is named @p errorName. @p focus (default: @p
    /// widget) is the caption's buddy and takes the focus when the field is refused. Returns the caption.
    QLabel* add(const char* caption, QWidget* widget, const QString& field, const QString& errorName,
                QWidget* focus = nullptr);
    /// Adds @p widget (a note) under the editors, in a row of its own.
    void addBelow(QWidget* widget);

private:
    QWidget* m_form;
    QGridLayout* m_grid;
    FieldErrors* m_errors;
    Captions* m_captions;
    int m_row = 0;
};

/// Save and Cancel at the bottom right of @p layout (named saveButton and cancelButton; Enter saves: the
/// short forms are checked whole by the write service).
std::pair<QPushButton*, QPushButton*> addSaveAndCancel(QWidget* form, QVBoxLayout* layout);

/// The first day after the latest closed month; an invalid date when no month is closed.
Result<QDate> firstOpenDay(Database& database);
/// @p day, or @p firstOpen when @p day falls in a closed month (before @p firstOpen).
QDate clampToOpen(const QDate& day, const QDate& firstOpen);

} // namespace EntryFormSupport
