#pragma once

#include "ListPageView.h"

class LoanListModel;

/// The Loans page: every loan of the month behind the figure that was clicked (a program, a commune, an
/// organisation, a group), or all of them, with its figures of the month. Loaded off the UI thread.
class LoansView : public ListPageView
{
    Q_OBJECT

public:
    explicit LoansView(const QString& databasePath, QWidget* parent = nullptr);
    ~LoansView() override;

    [[nodiscard]] LoanListModel* model() const { return m_model; }

protected:
    [[nodiscard]] QString title(const QString& monthEnd) const override;
    [[nodiscard]] QString hint() const override;
    [[nodiscard]] QString loadingText() const override;
    [[nodiscard]] QString errorText(const QString& error) const override;
    [[nodiscard]] QString countText(const QString& shown, const QString& total) const override;
    [[nodiscard]] QString borrowerAt(int row) const override;
    void startLoading(const Request& wanted) override;

private:
    explicit LoansView(const QString& databasePath, LoanListModel* model, QWidget* parent);

    LoanListModel* m_model;
};
