#pragma once

#include "ListPageView.h"

class BorrowerListModel;

/// The Borrowers page: the members of a group (or the borrowers of a commune, an organisation, a program),
/// each with their loans' figures of the month summed and their savings at its end. Loaded off the UI thread.
class BorrowersView : public ListPageView
{
    Q_OBJECT

public:
    explicit BorrowersView(const QString& databasePath, QWidget* parent = nullptr);
    ~BorrowersView() override;

    [[nodiscard]] BorrowerListModel* model() const { return m_model; }

protected:
    [[nodiscard]] QString title(const QString& monthEnd) const override;
    [[nodiscard]] QString hint() const override;
    [[nodiscard]] QString loadingText() const override;
    [[nodiscard]] QString errorText(const QString& error) const override;
    [[nodiscard]] QString countText(const QString& shown, const QString& total) const override;
    [[nodiscard]] QString borrowerAt(int row) const override;
    void startLoading(const Request& wanted) override;

private:
    explicit BorrowersView(const QString& databasePath, BorrowerListModel* model, QWidget* parent);

    BorrowerListModel* m_model;
};
