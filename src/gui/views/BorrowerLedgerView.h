#pragma once

#include "common/ViewState.h"
#include "report/BorrowerLedger.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class BorrowerLedgerView;
}
class BackgroundLoader;
class CellTableModel;
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
};
