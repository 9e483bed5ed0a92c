#include "LoansView.h"

#include "models/LoanListModel.h"
#include "report/PortfolioBrowser.h"

LoansView::LoansView(const QString& databasePath, QWidget* parent)
    : LoansView(databasePath, new LoanListModel, parent)
{}

LoansView::LoansView(const QString& databasePath, LoanListModel* model, QWidget* parent)
    : ListPageView(databasePath, model, LoanListModel::Outstanding, parent)
    , m_model(model)
{}

LoansView::~LoansView() = default;

QString LoansView::title(const QString& monthEnd) const
{
    return monthEnd.isEmpty() ? tr("Loans") : tr("Loans at the end of %1").arg(monthEnd);
}

QString LoansView::hint() const
{
    return tr("Double-click a loan to open its borrower's ledger.");
}

QString LoansView::loadingText() const
{
    return tr("Loading the loans…");
}

QString LoansView::errorText(const QString& error) const
{
    return tr("The loans could not be read: %1").arg(error);
}

QString LoansView::countText(const QString& shown, const QString& total) const
{
    return tr("%1 of %2 loans shown (with a balance at the month end or a movement in the month)")
        .arg(shown, total);
}

QString LoansView::borrowerAt(int row) const
{
    return m_model->lines().at(row).borrowerId;
}

void LoansView::startLoading(const Request& wanted)
{
    load(m_model, wanted,
         [](Database& database, const Request& request) {
             return PortfolioBrowser(database, request.language).loans(request.month, request.selection);
         },
         {{LoanListModel::Borrower, 190},
          {LoanListModel::Program, 220},
          {LoanListModel::Commune, 160},
          {LoanListModel::Group, 220}});
}
