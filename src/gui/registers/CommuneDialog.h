#pragma once

#include "domain/Entities.h"
#include "service/Actor.h"

#include <QDialog>

#include <optional>

class Database;
class FieldProblemDisplay;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// The form of a commune (xã, phường): registers a new one, with its GSO code and name, or renames one
/// through PortfolioService::registerCommune / editCommune. A commune's code never changes. Refusals show
/// next to the field. An empty database starts here: groups and borrowers belong to a commune.
class CommuneDialog : public QDialog
{
    Q_OBJECT

public:
    /// A form for a new commune (@p existing empty) or for renaming @p existing.
    CommuneDialog(Database& database, const std::optional<Commune>& existing = {}, QWidget* parent = nullptr);
    ~CommuneDialog() override;

    void setActor(const Actor& actor) { m_actor = actor; }
    /// The commune as the form holds it.
    [[nodiscard]] Commune commune() const;

public slots:
    /// Saves through the write service; closes the form when it accepts, else shows why next to the fields.
    void save();
    /// Reads the commune again as stored (offered when a save was refused because someone changed it since
    /// the form read it).
    void reload();

private:
    Database& m_database;
    std::optional<Commune> m_existing;
    Actor m_actor;
    QLineEdit* m_codeEdit;
    QLineEdit* m_nameEdit;
    QLabel* m_generalLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_reloadButton;
    FieldProblemDisplay* m_problems;
};
