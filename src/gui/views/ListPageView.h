#pragma once

#include "Result.h"
#include "common/BackgroundLoader.h"
#include "common/ViewState.h"
#include "report/PortfolioSelection.h"

#include <QWidget>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

class WrappingHeaderView;

namespace Ui {
class ListPageView;
} // namespace Ui
class LineListModelBase;
class TableFilterProxyModel;
class QTableView;

/// What the Loans and Borrowers pages share: a heading, the restriction to the figure that was clicked, a
/// search field and an "only overdue" switch over a sortable table that is loaded off the UI thread, and a
/// count line. A page supplies its model, its texts and how its lines are read (load()).
class ListPageView : public QWidget
{
    Q_OBJECT

public:
    ~ListPageView() override;

    void setState(const ViewState& state);
    /// Narrows the page to the keys of @p selection (its filter is ignored: the window's filter applies);
    /// @p description says so in words ("Program: Cho vay hộ nghèo").
    void setSelection(const PortfolioSelection& selection, const QString& description);

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QTableView* tableView() const;
    /// Reads the lines again (after a change to the portfolio); at once when shown, else when next shown.
    void reload();

signals:
    void borrowerActivated(const QString& borrowerId);
    void restrictionCleared();
    void busyChanged(bool busy);

protected:
    /// What a page asks for: its lines of a month, narrowed by a selection, with names in a language.
    struct Request
    {
        YearMonth month;
        PortfolioSelection selection;
        Language language = Language::Vietnamese;
        bool operator==(const Request&) const = default;
    };

    /// Shows @p model (owned by the page) sorted by @p sortColumn, largest first.
    ListPageView(const QString& databasePath, LineListModelBase* model, int sortColumn, QWidget* parent);

    /// Texts of the page, in its own translation context.
    [[nodiscard]] virtual QString title(const QString& monthEnd) const = 0; ///< @p monthEnd empty: no month
    [[nodiscard]] virtual QString hint() const = 0;
    [[nodiscard]] virtual QString loadingText() const = 0;
    [[nodiscard]] virtual QString errorText(const QString& error) const = 0;
    [[nodiscard]] virtual QString countText(const QString& shown, const QString& total) const = 0;
    /// The borrower of the model's row @p row.
    [[nodiscard]] virtual QString borrowerAt(int row) const = 0;
    /// Starts reading the lines of @p wanted, with load().
    virtual void startLoading(const Request& wanted) = 0;

    /// Reads @p fetch(database, wanted) in a worker thread, prepares the lines for @p model there
    /// (Model::prepare) and shows them; the columns in @p widest are kept no wider than their width.
    template <typename Model, typename Fetch>
    void load(Model* model, const Request& wanted, Fetch fetch,
              std::initializer_list<std::pair<int, int>> widest)
    {
        using Lines = typename Model::Lines;
        m_loader->load<Lines>(
            [wanted, fetch](Database& database) -> Result<Lines> {
                auto lines = fetch(database, wanted);
                if (!lines)
                    return lines.error();
                return Model::prepare(std::move(lines).value());
            },
            [this, model, wanted, limits = QList<std::pair<int, int>>(widest)](const Result<Lines>& result) {
                model->setLines(result ? result.value() : Lines{});
                finishLoading(wanted, result ? QString() : result.error().message, limits);
            });
    }

    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] Request request() const;
    void loadIfNeeded();
    void finishLoading(const Request& wanted, const QString& error, const QList<std::pair<int, int>>& widest);
    void render();

    std::unique_ptr<Ui::ListPageView> m_ui;
    BackgroundLoader* m_loader = nullptr;
    LineListModelBase* m_model = nullptr;
    TableFilterProxyModel* m_proxy = nullptr;
    WrappingHeaderView* m_header = nullptr;
    ViewState m_state;
    PortfolioSelection m_selection;
    QString m_description;
    std::optional<Request> m_loaded;
    std::optional<Request> m_loading;
    QString m_error;
};
