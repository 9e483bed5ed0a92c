#pragma once

#include "common/ViewState.h"
#include "report/BorrowerLedger.h"

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
/// and their savings with the balance after each movement. Loaded off the UI thread.
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

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] CellTableModel* loansModel() const { return m_loans; }
    [[nodiscard]] CellTableModel* installmentsModel() const { return m_installments; }
    [[nodiscard]] CellTableModel* repaymentsModel() const { return m_repayments; }
    [[nodiscard]] CellTableModel* savingsModel() const { return m_savings; }

signals:
    void busyChanged(bool busy);

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
    void loadIfNeeded();
    void render();
    void renderLoan();
    QString statusText(BorrowerLedger::InstallmentStatus status) const;

    std::unique_ptr<Ui::BorrowerLedgerView> m_ui;
    BackgroundLoader* m_loader = nullptr;
    CellTableModel* m_loans = nullptr;
    CellTableModel* m_installments = nullptr;
    CellTableModel* m_repayments = nullptr;
    CellTableModel* m_savings = nullptr;
    QList<TableFilterProxyModel*> m_proxies;
    ViewState m_state;
    QString m_borrowerId;
    std::optional<BorrowerLedger> m_ledger;
    std::optional<Request> m_loaded;
    std::optional<Request> m_loading;
    int m_selectedLoan = -1;
    QString m_error;
};
