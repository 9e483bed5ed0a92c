#pragma once

#include "common/DisplayOptions.h"

#include <QWidget>

class Database;
class GroupDialog;
class GroupRegisterModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class TableFilterProxyModel;

/// The groups register: every savings-and-loan group with its commune, organisation, village, leader,
/// founding date and members today, searchable (without regard to case or diacritics) and sortable, with
/// New group… and Edit group… (GroupDialog).
class GroupRegisterView : public QWidget
{
    Q_OBJECT

public:
    GroupRegisterView(Database& database, const DisplayOptions& options, QWidget* parent = nullptr);

    [[nodiscard]] GroupRegisterModel* model() const { return m_model; }
    [[nodiscard]] QTableView* tableView() const { return m_table; }
    /// The code of the group of the current row, empty when none.
    [[nodiscard]] QString currentGroupCode() const;

public slots:
    /// Reads the groups again.
    void reload();
    /// Opens the form for a new group (window-modal); returns it.
    GroupDialog* newGroup();
    /// Opens the form of the current row's group; returns it (nullptr when no row is current).
    GroupDialog* editGroup();

signals:
    /// A group was registered or changed.
    void changed();

private:
    GroupDialog* openDialog(GroupDialog* dialog);
    void updateCount();

    Database& m_database;
    DisplayOptions m_options;
    GroupRegisterModel* m_model;
    TableFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_table;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QLabel* m_countLabel;
};
