#pragma once

#include "common/DisplayOptions.h"
#include "domain/Entities.h"

#include <QList>
#include <QString>

class Database;
class QComboBox;
class QDateEdit;
class QWidget;

/// What the registers' forms share: their date fields and their lists of communes and groups.
namespace RegisterForms {

/// A date field in the language's short form (31/08/2023) with a calendar to pick from.
QDateEdit* makeDateEdit(const DisplayOptions& options, QWidget* parent);
/// Fills @p combo with every commune (name, code as data), ascending by code.
void fillCommunes(QComboBox* combo, Database& database);
/// Fills @p combo with @p groups (`name (code)`, code as data).
void fillGroups(QComboBox* combo, const QList<Group>& groups);
/// Makes the item whose data is @p code current (none when no item has it).
void select(QComboBox* combo, const QString& code);

} // namespace RegisterForms
