#pragma once

#include <QMenu>

class MainWindow;
class QAction;
class QDialog;

/// The Entry menu of the main window: what credit staff open to enter records — a new commune, the groups
/// register, a new borrower, a new loan, a repayment and the commune transaction day. Every form saves
/// through the write service on the window's database; once one has saved, the window reads everything again
/// (MainWindow::reloadAll) so the dashboard, the lists, the reports and the History page show the change.
/// Savings entries, corrections (reversals) and the moves of a borrower are made from the borrower's ledger
/// and the Borrowers page, where the borrower is already chosen.
class EntryMenu : public QMenu
{
    Q_OBJECT

public:
    explicit EntryMenu(MainWindow* window);

    [[nodiscard]] QAction* newCommuneAction() const { return m_newCommune; }
    [[nodiscard]] QAction* groupsAction() const { return m_groups; }
    [[nodiscard]] QAction* newBorrowerAction() const { return m_newBorrower; }
    [[nodiscard]] QAction* newLoanAction() const { return m_newLoan; }
    [[nodiscard]] QAction* repaymentAction() const { return m_repayment; }
    [[nodiscard]] QAction* transactionDayAction() const { return m_transactionDay; }

    /// The form or window opened last by an action (nullptr once it is closed), for tests.
    [[nodiscard]] QDialog* openedDialog() const;

public slots:
    void openGroups();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /// Opens @p dialog window-modal over the main window; the window reloads once @p dialog accepted.
    void show(QDialog* dialog, bool reloadWhenAccepted = true);

    MainWindow* m_window;
    QAction* m_newCommune;
    QAction* m_groups;
    QAction* m_newBorrower;
    QAction* m_newLoan;
    QAction* m_repayment;
    QAction* m_transactionDay;
    QDialog* m_opened = nullptr;
};
