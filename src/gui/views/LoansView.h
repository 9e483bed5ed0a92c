#pragma once

#include "common/ViewState.h"
#include "report/PortfolioSelection.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class LoansView;
}
class BackgroundLoader;
class LoanListModel;
class TableFilterProxyModel;
class QTableView;

/// The Loans page: every loan of the month behind the figure that was clicked (a program, a commune, an
/// organisation, a group), or all of them, with its figures of the month. Loaded off the UI thread.
class LoansView : public QWidget
{
    Q_OBJECT

public:
    explicit LoansView(const QString& databasePath, QWidget* parent = nullptr);
    ~LoansView() override;

    void setState(const ViewState& state);
    /// Narrows the page to the keys of @p selection (its filter is ignored: the window's filter applies);
    /// @p description says so in words ("Program: Cho vay hộ nghèo").
    void setSelection(const PortfolioSelection& selection, const QString& description);
    [[nodiscard]] const PortfolioSelection& selection() const { return m_selection; }

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QTableView* tableView() const;
    [[nodiscard]] LoanListModel* model() const { return m_model; }
    [[nodiscard]] TableFilterProxyModel* proxy() const { return m_proxy; }

signals:
    void borrowerActivated(const QString& borrowerId);
    void restrictionCleared();
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Request
    {
        YearMonth month;
        PortfolioSelection selection;
        Language language = Language::Vietnamese;
        bool operator==(const Request&) const = default;
    };
    [[nodiscard]] Request request() const;
    void loadIfNeeded();
    void render();

    std::unique_ptr<Ui::LoansView> m_ui;
    BackgroundLoader* m_loader = nullptr;
    LoanListModel* m_model = nullptr;
    TableFilterProxyModel* m_proxy = nullptr;
    ViewState m_state;
    PortfolioSelection m_selection;
    QString m_description;
    std::optional<Request> m_loaded;
    std::optional<Request> m_loading;
    QString m_error;
};
