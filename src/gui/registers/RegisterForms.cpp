#include "RegisterForms.h"

#include "entry/EntryFormSupport.h"
#include "repo/CommuneRepository.h"

#include <QComboBox>
#include <QDateEdit>

namespace RegisterForms {

QDateEdit* makeDateEdit(const DisplayOptions& options, QWidget* parent)
{
    QDateEdit* edit = EntryFormSupport::makeDateEdit(parent, QString());
    edit->setLocale(options.locale());
    edit->setMinimumDate(QDate(1990, 1, 1)); // groups and borrowers go back further than the loans on file
    return edit;
}

void fillCommunes(QComboBox* combo, Database& database)
{
    combo->clear();
    if (auto communes = CommuneRepository(database).all()) {
        for (const Commune& commune : std::as_const(*communes))
            combo->addItem(QStringLiteral("%1 (%2)").arg(commune.name, commune.code), commune.code);
    }
}

void fillGroups(QComboBox* combo, const QList<Group>& groups)
{
    for (const Group& group : groups)
        combo->addItem(QStringLiteral("%1 (%2)").arg(group.name, group.code), group.code);
}

void select(QComboBox* combo, const QString& code)
{
    combo->setCurrentIndex(combo->findData(code));
}

} // namespace RegisterForms
