#pragma once

#include "common/DisplayOptions.h"
#include "domain/Entities.h"
#include "service/Actor.h"

#include <QDialog>
#include <QList>

#include <optional>

class Database;
class FieldProblemDisplay;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// The form of a borrower (a household or an organisation): registers a new one or edits one through
/// PortfolioService::registerBorrower / editBorrower. A new borrower is proposed the next free customer code;
/// a stored one keeps theirs. Once a borrower has loans, savings or moves their kind, commune and group are
/// locked (a change of group or commune is a dated move: Move borrower…). Refusals show next to the field.
class BorrowerDialog : public QDialog
{
    Q_OBJECT

public:
    /// A form for a new borrower (@p borrowerId empty) or for editing the stored borrower @p borrowerId.
    BorrowerDialog(Database& database, const DisplayOptions& options, const QString& borrowerId = {},
                   QWidget* parent = nullptr);
    ~BorrowerDialog() override;

    void setActor(const Actor& actor) { m_actor = actor; }
    [[nodiscard]] bool isNew() const { return !m_stored.has_value(); }
    /// Whether kind, commune and group are locked (the borrower has loans, savings or moves).
    [[nodiscard]] bool isMembershipLocked() const { return m_locked; }
    /// The borrower as the form would save them.
    [[nodiscard]] Borrower borrower() const;

public slots:
    /// Saves through the write service; closes the form when it accepts, else shows why next to the fields.
    void save();
    /// Reads the borrower again as stored, dropping what was typed: offered when a save was refused because
    /// someone changed the borrower since the form read it.
    void reload();

private:
    void fillGroups();
    void updateKind();

    Database& m_database;
    DisplayOptions m_options;
    std::optional<Borrower> m_stored;
    Actor m_actor;
    bool m_locked = false;
    QList<Group> m_groups;

    QComboBox* m_kindCombo;
    QLineEdit* m_idEdit;
    QLineEdit* m_idNumberEdit;
    QLineEdit* m_nameEdit;
    QComboBox* m_communeCombo;
    QComboBox* m_groupCombo;
    QLineEdit* m_villageEdit;
    QLabel* m_generalLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_reloadButton = nullptr;
    FieldProblemDisplay* m_problems;
};
