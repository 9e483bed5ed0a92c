#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

class Database;
class QDateEdit;
class QLabel;
class QWidget;

/// What the entry forms share: date fields in the bank's form, the yellow box of warnings, the open months.
namespace EntryFormSupport {

/// A date field written dd/MM/yyyy with a calendar to pick from.
QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName);
/// A label styled as a yellow box of warnings, hidden until it has something to say.
QLabel* makeWarningBox(QWidget* parent, const QString& objectName);
/// A label of quiet explanations (grey, wrapping).
QLabel* makeNoteLabel(QWidget* parent, const QString& objectName);

/// The first day after the latest closed month; an invalid date when no month is closed.
Result<QDate> firstOpenDay(Database& database);
/// @p day, or @p firstOpen when @p day falls in a closed month (before @p firstOpen).
QDate clampToOpen(const QDate& day, const QDate& firstOpen);

} // namespace EntryFormSupport
