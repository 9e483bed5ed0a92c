#include "BorrowersView.h"

#include "models/BorrowerListModel.h"
#include "report/PortfolioBrowser.h"

BorrowersView::BorrowersView(const QString& databasePath, QWidget* parent)
    : BorrowersView(databasePath, new BorrowerListModel, parent)
{}

BorrowersView::BorrowersView(const QString& databasePath, BorrowerListModel* model, QWidget* parent)
    : ListPageView(databasePath, model, BorrowerListModel::Overdue, parent)
    , m_model(model)
{}

BorrowersView::~BorrowersView() = default;

QString BorrowersView::title(const QString& monthEnd) const
{
    return monthEnd.isEmpty() ? tr("Borrowers") : tr("Borrowers at the end of %1").arg(monthEnd);
}

QString BorrowersView::hint() const
{
    return tr("Double-click a borrower to open the ledger: loans, installments, repayments and savings.");
}

QString BorrowersView::loadingText() const
{
    return tr("Loading the borrowers…");
}

QString BorrowersView::errorText(const QString& error) const
{
    return tr("The borrowers could not be read: %1").arg(error);
}

QString BorrowersView::countText(const QString& shown, const QString& total) const
{
    return tr("%1 of %2 borrowers shown").arg(shown, total);
}

QString BorrowersView::borrowerAt(int row) const
{
    return m_model->lines().at(row).borrower.id;
}

void BorrowersView::startLoading(const Request& wanted)
{
    load(
        m_model, wanted,
        [](Database& database, const Request& request) {
            return PortfolioBrowser(database, request.language).borrowers(request.month, request.selection);
        },
        {{BorrowerListModel::Name, 190}, {BorrowerListModel::Commune, 160}, {BorrowerListModel::Group, 220}});
}
