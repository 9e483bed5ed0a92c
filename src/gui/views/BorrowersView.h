#pragma once

#include "common/ViewState.h"
#include "report/PortfolioSelection.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class BorrowersView;
}
class BackgroundLoader;
class BorrowerListModel;
class TableFilterProxyModel;
class QTableView;

/// The Borrowers page: the members of a group (or the borrowers of a commune, an organisation, a program),
/// each with their loans' figures of the month summed and their savings at its end. Loaded off the UI thread.
class BorrowersView : public QWidget
{
    Q_OBJECT

public:
    explicit BorrowersView(const QString& databasePath, QWidget* parent = nullptr);
    ~BorrowersView() override;

    void setState(const ViewState& state);
    /// Narrows the page to the keys of @p selection (its filter is ignored: the window's filter applies);
    /// @p description says so in words ("Program: Cho vay hộ nghèo").
    void setSelection(const PortfolioSelection& selection, const QString& description);
    [[nodiscard]] const PortfolioSelection& selection() const { return m_selection; }

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QTableView* tableView() const;
    [[nodiscard]] BorrowerListModel* model() const { return m_model; }
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

    std::unique_ptr<Ui::BorrowersView> m_ui;
    BackgroundLoader* m_loader = nullptr;
    BorrowerListModel* m_model = nullptr;
    TableFilterProxyModel* m_proxy = nullptr;
    ViewState m_state;
    PortfolioSelection m_selection;
    QString m_description;
    std::optional<Request> m_loaded;
    std::optional<Request> m_loading;
    QString m_error;
};
