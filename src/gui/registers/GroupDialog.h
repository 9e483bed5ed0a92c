#pragma once

#include "common/DisplayOptions.h"
#include "domain/Entities.h"
#include "service/Actor.h"

#include <QDialog>

#include <optional>

class Database;
class FieldProblemDisplay;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// The form of a savings-and-loan group (Tổ TK&VV): registers a new group or edits one through
/// PortfolioService::registerGroup / editGroup. Its commune and organisation are locked once anyone was ever
/// a member (their figures are counted under them); the code never changes. Refusals show next to the field.
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    /// A form for a new group (@p existing empty) or for editing @p existing.
    GroupDialog(Database& database, const DisplayOptions& options, const std::optional<Group>& existing = {},
                QWidget* parent = nullptr);
    ~GroupDialog() override;

    /// Who the saves are recorded under (default: this computer's user).
    void setActor(const Actor& actor) { m_actor = actor; }
    /// The group as the form holds it.
    [[nodiscard]] Group group() const;
    [[nodiscard]] bool isNew() const { return !m_existing.has_value(); }
    /// Whether the commune and organisation are locked (the group has had members).
    [[nodiscard]] bool isMembershipLocked() const { return m_locked; }

public slots:
    /// Saves through the write service; closes the form when it accepts, else shows why next to the fields.
    void save();
    /// Reads the group again as stored, dropping what was typed: offered when a save was refused because
    /// someone changed the group since the form read it.
    void reload();

private:
    /// Registers a new commune (CommuneDialog) and chooses it.
    void registerCommune();

    Database& m_database;
    DisplayOptions m_options;
    std::optional<Group> m_existing;
    Actor m_actor;
    bool m_locked = false;

    QLineEdit* m_codeEdit;
    QLineEdit* m_nameEdit;
    QComboBox* m_communeCombo;
    QComboBox* m_organizationCombo;
    QLineEdit* m_villageEdit;
    QLineEdit* m_leaderEdit;
    QDateEdit* m_foundedEdit;
    QLabel* m_generalLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_reloadButton = nullptr;
    FieldProblemDisplay* m_problems;
};
