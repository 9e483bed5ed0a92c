#pragma once

#include "common/DisplayOptions.h"
#include "domain/Catalogue.h"
#include "service/Actor.h"
#include "service/LoanAdvice.h"

#include <QDialog>
#include <QList>

#include <optional>

class Database;
class FieldErrors;
class MoneyEdit;
class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;

/// Disbursing a new loan (giải ngân): the borrower found by a search that ignores diacritics and case, the
/// loan number (the next free one proposed), the program with its terms in force on the disbursement date,
/// the amount, the dates (maturity by a term in months or by a date), the purpose, and the repayment schedule
/// proposed by ScheduleGenerator in an editable grid whose total must be the amount. Warnings (another loan
/// with a balance in the program, a household's total above 100,000,000 đồng) show in a yellow box and stop
/// nothing. Save goes through PortfolioService::disburseLoan; its refusals show next to the fields they name
/// and write nothing.
class LoanDialog : public QDialog
{
    Q_OBJECT

public:
    LoanDialog(Database& database, const DisplayOptions& options, QWidget* parent = nullptr,
               Actor actor = Actor::currentUser());
    ~LoanDialog() override;

    /// Chooses the borrower (as if picked from the search).
    void setBorrower(const QString& borrowerId);
    /// Turns the form into the one of stored loan @p loanNo with its schedule, to correct it: Save then goes
    /// through PortfolioService::editLoan, which changes only what touches no closed month and says why
    /// otherwise. The borrower and the number stay as they are. False (with the reason shown) when the loan
    /// cannot be read.
    bool editExisting(const QString& loanNo);
    /// Whether the form corrects a stored loan (editExisting) rather than disbursing a new one.
    [[nodiscard]] bool isEdit() const { return m_existing.has_value(); }
    [[nodiscard]] const QString& borrowerId() const { return m_borrowerId; }
    /// The schedule in the grid, by due date.
    [[nodiscard]] QList<Installment> schedule() const;
    /// The warnings shown (LoanAdvice).
    [[nodiscard]] const QList<LoanAdvice::Warning>& warnings() const { return m_warnings; }
    [[nodiscard]] FieldErrors* errors() const { return m_errors; }
    /// The number of the loan saved (empty until saved).
    [[nodiscard]] const QString& savedLoanNo() const { return m_savedLoanNo; }

    /// How often the generator puts an installment: every 1, 3, 6 or 12 months, or 0 for a schedule typed by
    /// hand.
    void setFrequency(int everyMonths);
    /// Fills the grid from the generator.
    void generateSchedule();
    /// Saves through the write service; false (with the messages shown) when refused.
    bool save();
    /// Reads the loan again as stored, dropping what was typed: offered when a save was refused because
    /// someone changed the loan since the form read it.
    bool reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct BorrowerChoice
    {
        Borrower borrower;
        QString folded; ///< code, name and ID number without diacritics
        QString display;
    };
    void build();
    void retranslate();
    void load();
    void fillPrograms();
    void searchBorrowers(const QString& text);
    void chooseBorrower(const QString& id);
    void showBorrower();
    void updateTerms();
    void updateWarnings();
    void updateTotals();
    void termChanged();
    void maturityChanged();
    void scheduleInputsChanged();
    void setScheduleRows(const QList<Installment>& installments);
    [[nodiscard]] Loan loan() const;
    [[nodiscard]] const ProgramTerms* terms() const;
    [[nodiscard]] QString money(Money amount) const;

    Database& m_database;
    DisplayOptions m_options;
    Actor m_actor;
    Catalogue m_catalogue;
    QList<BorrowerChoice> m_borrowers;
    QList<int> m_matches; ///< indices into m_borrowers the completer lists
    QString m_borrowerId;
    QList<LoanAdvice::Warning> m_warnings;
    QString m_savedLoanNo;
    std::optional<Loan> m_existing; ///< the stored loan being corrected
    QDate m_firstOpenDay;
    bool m_updating = false;
    bool m_scheduleEdited = false;

    QLineEdit* m_borrowerEdit = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completions = nullptr;
    QLabel* m_borrowerLabel = nullptr;
    QLineEdit* m_loanNoEdit = nullptr;
    QComboBox* m_programCombo = nullptr;
    QLabel* m_termsLabel = nullptr;
    MoneyEdit* m_amountEdit = nullptr;
    QDateEdit* m_disbursedOnEdit = nullptr;
    QSpinBox* m_termSpin = nullptr;
    QDateEdit* m_maturityOnEdit = nullptr;
    QLineEdit* m_purposeEdit = nullptr;
    QComboBox* m_frequencyCombo = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_addRowButton = nullptr;
    QPushButton* m_removeRowButton = nullptr;
    QTableWidget* m_scheduleTable = nullptr;
    QLabel* m_totalLabel = nullptr;
    QLabel* m_warningBox = nullptr;
    QLabel* m_saveHintLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QList<std::pair<QLabel*, const char*>> m_captions;
    FieldErrors* m_errors = nullptr;
};
