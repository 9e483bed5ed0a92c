#pragma once

#include "common/DisplayOptions.h"
#include "report/CollectionSheet.h"
#include "service/PostingBatch.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

/// The grid of a commune's transaction day: every group of a CollectionSheet (a header row with its name,
/// leader and running totals), each member's loans one row each (the savings on the member's first row), and
/// the commune's totals in the last row. The proposals come from the sheet (CollectionSheetBuilder); the
/// model keeps what the credit officer types in three columns — collected principal, collected interest,
/// savings deposited (a withdrawal with a minus sign) — and turns it into one PostingBatch.
class TransactionDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MemberColumn,
        LoanColumn,
        OutstandingColumn,
        PrincipalDueColumn,
        OverdueColumn,
        InterestColumn,
        SavingsColumn,
        CollectedPrincipalColumn,
        CollectedInterestColumn,
        SavingsDepositColumn,
        ColumnCount
    };
    enum class RowKind
    {
        Group,
        Member,
        Total
    };

    /// What was typed in a group, or in the whole commune.
    struct Collected
    {
        Money principal;
        Money interest;
        Money savings;
    };

    /// The batch of a save, with the model row of each of its records: record i of the repayments is on
    /// row repaymentRows[i] and posted with line i + 1; savings record j on row savingsRows[j], line
    /// repayments + j + 1.
    struct Posting
    {
        PostingBatch batch;
        QList<int> repaymentRows;
        QList<int> savingsRows;
        /// The model row of a problem's line; -1 when it names none.
        [[nodiscard]] int rowOfLine(int line) const;
    };

    explicit TransactionDayModel(DisplayOptions options, QObject* parent = nullptr);

    /// Shows @p sheet, forgetting what was typed and every problem.
    void setSheet(CollectionSheet sheet);
    [[nodiscard]] const CollectionSheet& sheet() const { return m_sheet; }

    [[nodiscard]] RowKind rowKind(int row) const;
    /// Whether the cell takes typing.
    [[nodiscard]] bool isEditable(int row, int column) const;
    /// Whether anything is typed.
    [[nodiscard]] bool hasTyping() const;
    /// Fills the collected principal and interest of @p row with what is proposed (principal due and
    /// interest); false for a row with no loan.
    bool fillAsProposed(int row);
    /// The amount typed in a cell, if any.
    [[nodiscard]] std::optional<Money> typed(int row, int column) const;

    /// The running totals of group @p group (index in the sheet), or of the commune when @p group is -1.
    [[nodiscard]] Collected collected(int group = -1) const;
    /// The header row of group @p group.
    [[nodiscard]] int groupRow(int group) const;
    /// The member rows (first loan row) of the member with @p borrowerId, -1 if none.
    [[nodiscard]] int rowOfBorrower(const QString& borrowerId) const;
    /// The row of loan @p loanNo, -1 if none.
    [[nodiscard]] int rowOfLoan(const QString& loanNo) const;
    /// The member's name of a row (empty for a group or the total).
    [[nodiscard]] QString memberName(int row) const;

    /// Every typed row as records dated @p day: a repayment per loan row with principal or interest, a
    /// savings entry per member with a deposit or withdrawal.
    [[nodiscard]] Posting posting(const QDate& day) const;

    /// Marks rows as refused, each with its messages (shown red, the messages in the tooltip).
    void setProblems(const QHash<int, QStringList>& problems);
    void clearProblems();
    [[nodiscard]] QStringList problemsOf(int row) const { return m_problems.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The background of a collected amount below what is due (amber), above it (blue), of a refused row.
    static QColor lessColour();
    static QColor moreColour();
    static QColor refusedColour();

signals:
    /// Something typed changed (the running totals with it).
    void typingChanged();

private:
    struct Row
    {
        RowKind kind = RowKind::Member;
        int group = -1;
        int member = -1;
        int loan = -1; ///< -1: a member with savings only
        bool firstOfMember = false;
        std::optional<Money> principal;
        std::optional<Money> interest;
        std::optional<Money> savings;
    };

    [[nodiscard]] const CollectionSheet::Member* member(const Row& row) const;
    [[nodiscard]] const CollectionSheet::Loan* loan(const Row& row) const;
    [[nodiscard]] QString text(const Row& row, int column) const;
    [[nodiscard]] QVariant background(int rowIndex, int column) const;
    [[nodiscard]] QString money(Money amount) const;

    DisplayOptions m_options;
    CollectionSheet m_sheet;
    QList<Row> m_rows;
    QList<int> m_groupRows;
    QHash<int, QStringList> m_problems;
};
