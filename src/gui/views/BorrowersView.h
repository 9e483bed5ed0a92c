#pragma once

#include "ListPageView.h"

#include <optional>

class BorrowerDialog;
class BorrowerListModel;
class Database;
class MoveBorrowerDialog;
class QAction;
class QPushButton;

/// The Borrowers page: the members of a group (or the borrowers of a commune, an organisation, a program),
/// each with their loans' figures of the month summed and their savings at its end. Loaded off the UI thread.
/// With a database to write to (setDatabase()), New borrower…, Edit borrower… and Move borrower… (buttons and
/// the table's context menu) open the registers' forms, which save through the write service.
class BorrowersView : public ListPageView
{
    Q_OBJECT

public:
    explicit BorrowersView(const QString& databasePath, QWidget* parent = nullptr);
    ~BorrowersView() override;

    [[nodiscard]] BorrowerListModel* model() const { return m_model; }
    /// The database the forms save to (nullptr: the page only reads, and the entry buttons are disabled).
    void setDatabase(Database* database);
    /// The customer code of the current row, empty when none.
    [[nodiscard]] QString currentBorrowerId() const;

public slots:
    /// Opens the form for a new borrower (window-modal); returns it (nullptr without a database).
    BorrowerDialog* newBorrower();
    /// Opens the form of the current row's borrower; returns it (nullptr without a database or a row).
    BorrowerDialog* editBorrower();
    /// Opens the move of the current row's borrower; returns it (nullptr without a database or a row).
    MoveBorrowerDialog* moveBorrower();
    /// Reads the lines shown again (after a change).
    void reload();
    /// Enables the entry buttons for the database, the current row and the role of the user signed in now
    /// (the window calls it when another user signs in).
    void updateEntryActions();

signals:
    /// A borrower was registered, changed or moved.
    void changed();
    /// A new borrower was registered (after changed()). Until they have a loan or savings they are listed
    /// only on their group's page (or their own): the window may open their ledger or their group.
    void borrowerRegistered(const QString& borrowerId);

protected:
    [[nodiscard]] QString title(const QString& monthEnd) const override;
    [[nodiscard]] QString hint() const override;
    [[nodiscard]] QString loadingText() const override;
    [[nodiscard]] QString errorText(const QString& error) const override;
    [[nodiscard]] QString countText(const QString& shown, const QString& total) const override;
    [[nodiscard]] QString borrowerAt(int row) const override;
    void startLoading(const Request& wanted) override;
    void changeEvent(QEvent* event) override;

private:
    explicit BorrowersView(const QString& databasePath, BorrowerListModel* model, QWidget* parent);
    void addEntryActions();
    void retranslateEntry();
    void saved();

    BorrowerListModel* m_model;
    Database* m_database = nullptr;
    std::optional<Request> m_lastRequest;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_moveAction = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_moveButton = nullptr;
};
