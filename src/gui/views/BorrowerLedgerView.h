#pragma once

#include "common/ViewState.h"
#include "report/BorrowerLedger.h"
#include "service/Actor.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class BorrowerLedgerView;
}
class BackgroundLoader;
class CellTableModel;
class Database;
class QDialog;
class TableFilterProxyModel;
class QTableView;

/// A borrower's ledger at the end of the month: their loans; for the loan selected, each installment with its
/// state (paid, unpaid, overdue with days past due, frozen) and each repayment with the outstanding after it;
/// their savings with the balance after each movement; and their memberships (the first one and every move).
/// Every repayment and savings entry shows its number; a reversed entry is struck through and says by which
/// entry, when and why; a reversal says what it takes back, with a minus sign. Loaded off the UI thread.
class BorrowerLedgerView : public QWidget
{
    Q_OBJECT

public:
    explicit BorrowerLedgerView(const QString& databasePath, QWidget* parent = nullptr);
    ~BorrowerLedgerView() override;

    void setState(const ViewState& state);
    void setBorrower(const QString& borrowerId);
    [[nodiscard]] const QString& borrowerId() const { return m_borrowerId; }
    [[nodiscard]] const std::optional<BorrowerLedger>& ledger() const { return m_ledger; }
    /// Shows the installments and repayments of the loan at @p row of the loans table.
    void selectLoan(int row);
    /// Reads the ledger again (after a change to the portfolio).
    void reload();

    /// The database the entry forms write to through the write service; while none is set the buttons that
    /// open them are disabled.
    void setDatabase(Database* database);
    /// Who the entry forms write as (the computer's user unless set).
    void setActor(const Actor& actor);
    /// Opens the loan form for this borrower.
    void newLoan();
    /// Opens the loan form on the selected loan to correct it (LoanDialog::editExisting).
    void editLoan();
    /// Opens the repayment form for the loan selected (with a loan picker when none is).
    void newRepayment();
    /// Opens the savings form for this borrower.
    void newSavingsEntry();
    /// Opens the reversal form for the entry selected in the table of the current tab (repayments or
    /// savings), when it can be reversed.
    void reverseSelectedEntry();
    /// Opens the reversal form for repayment (@p savings false) or savings entry no. @p entryNo.
    void reverseEntry(bool savings, qint64 entryNo);
    /// The entry number selected in the repayments (@p savings false) or savings table; 0 when none.
    [[nodiscard]] qint64 selectedEntry(bool savings) const;
    /// Selects the row of entry no. @p entryNo in the repayments or savings table and shows its tab.
    void selectEntry(bool savings, qint64 entryNo);
    /// Why entry no. @p entryNo cannot be reversed (already reversed, itself a reversal); empty when it can.
    [[nodiscard]] QString whyNotReversible(bool savings, qint64 entryNo) const;

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] CellTableModel* loansModel() const { return m_loans; }
    [[nodiscard]] CellTableModel* installmentsModel() const { return m_installments; }
    [[nodiscard]] CellTableModel* repaymentsModel() const { return m_repayments; }
    [[nodiscard]] CellTableModel* savingsModel() const { return m_savings; }
    [[nodiscard]] CellTableModel* membershipsModel() const { return m_memberships; }

    /// The columns of the repayments and savings tables.
    enum RepaymentColumn
    {
        RepaymentNo,
        RepaymentPaidOn,
        RepaymentPrincipal,
        RepaymentInterest,
        RepaymentOutstandingAfter,
        RepaymentNote,
    };
    enum SavingsColumn
    {
        SavingsNo,
        SavingsOn,
        SavingsAmount,
        SavingsBalanceAfter,
        SavingsNote,
    };

signals:
    void busyChanged(bool busy);
    /// "History of this borrower" was clicked.
    void historyRequested(const QString& borrowerId);
    /// An entry form saved something: the portfolio changed.
    void changed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Request
    {
        QString borrowerId;
        QDate asOf;
        Language language = Language::Vietnamese;
        bool operator==(const Request&) const = default;
    };
    /// The ledger with the names of the organisations of its memberships.
    struct Loaded
    {
        BorrowerLedger ledger;
        QHash<QString, QString> organizationNames;
    };
    void loadIfNeeded();
    /// Enables the entry buttons for the database, the borrower and the selection, with tooltips saying why
    /// not.
    void updateEntryActions();
    /// The marks of entry no. @p entryNo in the ledger shown (nullptr when not shown).
    [[nodiscard]] const BorrowerLedger::EntryMarks* marksOf(bool savings, qint64 entryNo) const;
    void showEntryMenu(bool savings, const QPoint& position);
    /// Shows @p dialog window-modal; when it saves, reads the ledger again and emits changed().
    void openDialog(QDialog* dialog);
    void render();
    void renderLoan();
    void renderMemberships();
    QString statusText(BorrowerLedger::InstallmentStatus status) const;
    /// The note of an entry: what it reverses, or by which entry it was reversed.
    QString entryNote(const BorrowerLedger::EntryMarks& marks) const;

    std::unique_ptr<Ui::BorrowerLedgerView> m_ui;
    BackgroundLoader* m_loader = nullptr;
    CellTableModel* m_loans = nullptr;
    CellTableModel* m_installments = nullptr;
    CellTableModel* m_repayments = nullptr;
    CellTableModel* m_savings = nullptr;
    CellTableModel* m_memberships = nullptr;
    QList<TableFilterProxyModel*> m_proxies;
    ViewState m_state;
    QString m_borrowerId;
    std::optional<BorrowerLedger> m_ledger;
    QHash<QString, QString> m_organizationNames;
    std::optional<Request> m_loaded;
    std::optional<Request> m_loading;
    int m_selectedLoan = -1;
    QString m_error;
    Database* m_database = nullptr;
    Actor m_actor = Actor::currentUser();
};
