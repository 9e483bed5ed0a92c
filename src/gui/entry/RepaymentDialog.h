#pragma once

#include "common/DisplayOptions.h"
#include "service/Actor.h"
#include "service/LoanAdvice.h"

#include <QDialog>
#include <QList>

#include <optional>

class Database;
class FieldErrors;
class MoneyEdit;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

/// Posting a repayment of one loan (thu nợ, thu lãi): the date, the principal and the interest. For the date
/// chosen the form proposes the principal due up to it and the interest since the last interest payment
/// (CollectionProposal: outstanding × monthly rate × days ÷ 30, rounded to the đồng) and says so; the staff
/// member types what was actually collected. Save goes through PortfolioService::postRepayment; a principal
/// above the outstanding balance or a date in a closed month is refused next to its field and nothing is
/// written. Opened without a loan number, the form starts with a loan picker.
class RepaymentDialog : public QDialog
{
    Q_OBJECT

public:
    RepaymentDialog(Database& database, const DisplayOptions& options, const QString& loanNo = QString(),
                    QWidget* parent = nullptr, Actor actor = Actor::currentUser());
    ~RepaymentDialog() override;

    /// Chooses the loan (the picker's choice).
    void setLoan(const QString& loanNo);
    [[nodiscard]] const QString& loanNo() const { return m_loanNo; }
    /// The proposal shown for the loan and the date (none without a loan).
    [[nodiscard]] const std::optional<LoanAdvice::RepaymentProposal>& proposal() const { return m_proposal; }
    [[nodiscard]] FieldErrors* errors() const { return m_errors; }
    /// The entry number of the repayment saved (0 until saved).
    [[nodiscard]] qint64 savedEntryNo() const { return m_savedEntryNo; }
    /// Saves through the write service; false (with the messages shown) when refused.
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void fillLoans();
    void propose();
    void showProposal();
    [[nodiscard]] QString money(Money amount) const;

    Database& m_database;
    DisplayOptions m_options;
    Actor m_actor;
    QString m_loanNo;
    bool m_fixedLoan = false;
    bool m_amountsTyped = false; ///< the staff member typed an amount: a new date keeps it
    std::optional<LoanAdvice::RepaymentProposal> m_proposal;
    QString m_readError;
    QString m_borrowerName;
    qint64 m_savedEntryNo = 0;
    QDate m_firstOpenDay;

    QList<std::pair<QLabel*, const char*>> m_captions;
    QComboBox* m_loanCombo = nullptr;
    QLabel* m_loanLabel = nullptr;
    QDateEdit* m_paidOnEdit = nullptr;
    MoneyEdit* m_principalEdit = nullptr;
    MoneyEdit* m_interestEdit = nullptr;
    QLabel* m_outstandingLabel = nullptr;
    QLabel* m_proposalLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    FieldErrors* m_errors = nullptr;
};
