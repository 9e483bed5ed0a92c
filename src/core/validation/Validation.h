#pragma once

#include "domain/Catalogue.h"
#include "domain/Entities.h"
#include "domain/FieldLimits.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

/// A problem with one field of a record. The field is named as the CSV column is (`amount`, `disbursed_on`),
/// which is also how the entry forms name their fields.
struct FieldProblem
{
    QString field;
    QString message;
};
using FieldProblems = QList<FieldProblem>;

/// What the rules need to know beyond the record itself: the catalogue and the records it refers to, whether
/// they are stored already or arrive in the same import. Lookups return nullptr for unknown keys.
class ValidationContext
{
public:
    enum class Kind
    {
        Commune,
        Group,
        Borrower,
        Loan,
    };

    virtual ~ValidationContext() = default;
    /// True when records of @p kind may exist without the context knowing them (their file could not be
    /// read): then a missing reference is not a fault of the record that refers to it.
    [[nodiscard]] virtual bool isPartial(Kind kind) const
    {
        Q_UNUSED(kind)
        return false;
    }
    [[nodiscard]] virtual const Catalogue& catalogue() const = 0;
    [[nodiscard]] virtual const Commune* commune(const QString& code) const = 0;
    [[nodiscard]] virtual const Group* group(const QString& code) const = 0;
    [[nodiscard]] virtual const Borrower* borrower(const QString& id) const = 0;
    [[nodiscard]] virtual const Loan* loan(const QString& loanNo) const = 0;
};

/// How the rules' messages write dates and amounts: as the CSV files write them (2023-08-31, 25000000) for an
/// import and the console program, or in the reader's locale (31/08/2023, 25.000.000) for what a form enters.
/// The locale holds on the current thread while an object of this class lives (the write service makes one
/// around the checks of a form's write, with the form locale the desktop program sets).
class MessageWording
{
public:
    explicit MessageWording(const QLocale& locale);
    ~MessageWording();
    MessageWording(const MessageWording&) = delete;
    MessageWording& operator=(const MessageWording&) = delete;

    static QString date(const QDate& date);
    static QString amount(Money value);

    /// The locale of the people who use the forms (the desktop program's language); none (the default): the
    /// forms' problems are written as the files'.
    static void setFormLocale(const std::optional<QLocale>& locale);
    [[nodiscard]] static std::optional<QLocale> formLocale();
    /// Makes @p wording the wording of a form's problems (when a form locale is set).
    static void forForm(std::optional<MessageWording>& wording);

private:
    QLocale m_locale;
    const QLocale* m_previous;
};

/// The rules of domain.md §4, in one place, for the CSV import and the entry forms alike. Rules about a
/// single record check it against its context; rules about all the rows of one loan or one borrower take
/// those rows together and name the row to blame. Key uniqueness is left to the caller, which knows what is
/// stored.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static FieldProblems checkCommune(const Commune& commune);
    static FieldProblems checkGroup(const Group& group, const ValidationContext& context);
    static FieldProblems checkBorrower(const Borrower& borrower, const ValidationContext& context);
    static FieldProblems checkLoan(const Loan& loan, const ValidationContext& context);
    static FieldProblems checkInstallment(const Installment& installment, const ValidationContext& context);
    static FieldProblems checkRepayment(const Repayment& repayment, const ValidationContext& context);
    static FieldProblems checkSavingsEntry(const SavingsEntry& entry, const ValidationContext& context);
    /// A move on its own (domain.md §8): the borrower exists; a grouped household moves to a group that
    /// exists (group_code), a borrower without a group to a commune that exists (commune_code), never both.
    static FieldProblems checkMove(const Move& move, const ValidationContext& context);
    /// A reversal against the entry it names (domain.md §8): @p original is that entry (nullptr: there is
    /// none); the reversal has the same loan and amounts, is dated on or after it, gives a reason, and the
    /// original is not itself a reversal. That an entry is reversed once only is the caller's rule (it knows
    /// what is stored).
    static FieldProblems checkReversal(const Repayment& reversal, const Repayment* original);
    static FieldProblems checkReversal(const SavingsEntry& reversal, const SavingsEntry* original);

    /// A problem of one row among several: @p index is the row's position in the list given.
    struct RowProblem
    {
        qsizetype index = -1;
        FieldProblem problem;
    };
    /// Rows of a list that come with the change being checked (the others are stored already); blame falls on
    /// these. An empty list means every row is new.
    using NewRows = QList<bool>;

    /// Rule 6 over all the installments of @p loan: they add up to the amount and the last is due at
    /// maturity.
    static QList<RowProblem> checkSchedule(const Loan& loan, const QList<Installment>& installments,
                                           const NewRows& isNew = {});
    /// Rule 7: at the end of every day the principal repaid so far, reversals counted (domain.md §8), does
    /// not exceed the amount and is not below 0.
    static QList<RowProblem> checkRepaymentTotals(const Loan& loan, const QList<Repayment>& repayments,
                                                  const NewRows& isNew = {});
    /// Rule 8: at the end of every day a borrower's savings balance, reversals counted, is not negative.
    static QList<RowProblem> checkSavingsBalance(const QList<SavingsEntry>& entries,
                                                 const NewRows& isNew = {});
    /// The moves of one borrower (domain.md §8): at most one a day, each dated after the one before, each to
    /// a membership other than the one it leaves. @p first is the borrower's first membership.
    static QList<RowProblem> checkMoves(const Membership& first, const QList<Move>& moves,
                                        const NewRows& isNew = {});

    /// A problem when @p value has more than @p limit characters (FieldLimits): domain.md §4 wants names
    /// that are not blank, and no rule wants one of megabytes. Every check above applies it to the fields of
    /// its record; the write service applies it to the texts it takes on their own (reasons, office names).
    static void checkLength(FieldProblems& problems, const QString& field, const QString& value, int limit);

    /// A household's citizen ID (12 digits, or a legacy 9) or an organisation's tax code (10 digits,
    /// optionally
    /// `-` and 3 more).
    static bool isValidIdNumber(BorrowerKind kind, const QString& idNumber);
};
