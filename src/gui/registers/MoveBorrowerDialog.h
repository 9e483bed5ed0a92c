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

/// Moves a borrower from a date (chuyển tổ, chuyển xã; domain.md §8) through PortfolioService::moveBorrower:
/// a grouped household to another group, a borrower without a group to another commune. The date must be in
/// an open month; figures of the months before it do not change. Refusals show next to the field.
class MoveBorrowerDialog : public QDialog
{
    Q_OBJECT

public:
    MoveBorrowerDialog(Database& database, const DisplayOptions& options, const QString& borrowerId,
                       QWidget* parent = nullptr);
    ~MoveBorrowerDialog() override;

    void setActor(const Actor& actor);
    /// The move as the form would post it.
    [[nodiscard]] Move move() const;
    /// Whether the borrower moves between groups (else between communes).
    [[nodiscard]] bool movesGroup() const { return m_movesGroup; }

public slots:
    /// Posts the move; closes the form when the write service accepts it, else shows why next to the fields.
    void save();

private:
    Database& m_database;
    QString m_borrowerId;
    Actor m_actor;
    bool m_movesGroup = true;

    QLabel* m_currentLabel;
    QDateEdit* m_dateEdit;
    QComboBox* m_targetCombo;
    QLabel* m_generalLabel;
    QDialogButtonBox* m_buttons;
    FieldProblemDisplay* m_problems;
};
