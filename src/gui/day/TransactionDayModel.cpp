#include "TransactionDayModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace {

bool isCollectedColumn(int column)
{
    return column == TransactionDayModel::CollectedPrincipalColumn ||
           column == TransactionDayModel::CollectedInterestColumn ||
           column == TransactionDayModel::SavingsDepositColumn;
}

bool isAmountColumn(int column)
{
    return column >= TransactionDayModel::OutstandingColumn;
}

/// The digits of typed text (and its leading minus sign when @p allowNegative): the thousand separators of
/// any language go.
QString digitsOf(const QString& text, bool allowNegative)
{
    QString result;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit())
            result.append(c);
        else if (allowNegative && result.isEmpty() && (c == u'-' || c == u'\u2212'))
            result.append(u'-');
    }
    return result;
}

} // namespace

int TransactionDayModel::Posting::rowOfLine(int line) const
{
    const qsizetype index = line - 1;
    if (index < 0)
        return -1;
    if (index < repaymentRows.size())
        return repaymentRows.at(index);
    if (index - repaymentRows.size() < savingsRows.size())
        return savingsRows.at(index - repaymentRows.size());
    return -1;
}

TransactionDayModel::TransactionDayModel(DisplayOptions options, QObject* parent)
    : QAbstractTableModel(parent)
    , m_options(options)
{}

void TransactionDayModel::setSheet(CollectionSheet sheet)
{
    beginResetModel();
    m_sheet = std::move(sheet);
    m_rows.clear();
    m_groupRows.clear();
    m_problems.clear();
    for (int g = 0; g < m_sheet.groups.size(); ++g) {
        m_groupRows.append(static_cast<int>(m_rows.size()));
        m_rows.append({RowKind::Group, g, -1, -1, false, {}, {}, {}});
        const CollectionSheet::GroupSheet& group = m_sheet.groups.at(g);
        for (int m = 0; m < group.members.size(); ++m) {
            const auto loans = static_cast<int>(group.members.at(m).loans.size());
            if (loans == 0) {
                m_rows.append({RowKind::Member, g, m, -1, true, {}, {}, {}});
                continue;
            }
            for (int l = 0; l < loans; ++l)
                m_rows.append({RowKind::Member, g, m, l, l == 0, {}, {}, {}});
        }
    }
    if (!m_sheet.groups.isEmpty())
        m_rows.append({RowKind::Total, -1, -1, -1, false, {}, {}, {}});
    endResetModel();
    emit typingChanged();
}

TransactionDayModel::RowKind TransactionDayModel::rowKind(int row) const
{
    return m_rows.at(row).kind;
}

bool TransactionDayModel::isEditable(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row& r = m_rows.at(row);
    if (r.kind != RowKind::Member)
        return false;
    switch (column) {
    case CollectedPrincipalColumn:
    case CollectedInterestColumn:
        return r.loan >= 0;
    case SavingsDepositColumn:
        return r.firstOfMember;
    default:
        return false;
    }
}

bool TransactionDayModel::hasTyping() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) {
        return row.principal.has_value() || row.interest.has_value() || row.savings.has_value();
    });
}

bool TransactionDayModel::fillAsProposed(int row)
{
    if (!isEditable(row, CollectedPrincipalColumn))
        return false;
    const CollectionSheet::Loan* l = loan(m_rows.at(row));
    setData(index(row, CollectedPrincipalColumn), l->proposal.principalDue.toPlainString(), Qt::EditRole);
    setData(index(row, CollectedInterestColumn), l->proposal.interest.toPlainString(), Qt::EditRole);
    return true;
}

std::optional<Money> TransactionDayModel::typed(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const Row& r = m_rows.at(row);
    switch (column) {
    case CollectedPrincipalColumn:
        return r.principal;
    case CollectedInterestColumn:
        return r.interest;
    case SavingsDepositColumn:
        return r.savings;
    default:
        return std::nullopt;
    }
}

TransactionDayModel::Collected TransactionDayModel::collected(int group) const
{
    Collected sum;
    for (const Row& row : m_rows) {
        if (row.kind != RowKind::Member || (group >= 0 && row.group != group))
            continue;
        sum.principal += row.principal.value_or(Money());
        sum.interest += row.interest.value_or(Money());
        sum.savings += row.savings.value_or(Money());
    }
    return sum;
}

int TransactionDayModel::groupRow(int group) const
{
    return m_groupRows.value(group, -1);
}

int TransactionDayModel::rowOfBorrower(const QString& borrowerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const CollectionSheet::Member* m = member(m_rows.at(i));
        if (m && m_rows.at(i).firstOfMember && m->borrowerId == borrowerId)
            return i;
    }
    return -1;
}

int TransactionDayModel::rowOfLoan(const QString& loanNo) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const CollectionSheet::Loan* l = loan(m_rows.at(i));
        if (l && l->loanNo == loanNo)
            return i;
    }
    return -1;
}

QString TransactionDayModel::memberName(int row) const
{
    const CollectionSheet::Member* m = row >= 0 && row < m_rows.size() ? member(m_rows.at(row)) : nullptr;
    return m ? m->fullName : QString();
}

TransactionDayModel::Posting TransactionDayModel::posting(const QDate& day) const
{
    Posting result;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const CollectionSheet::Loan* l = loan(row);
        if (!l)
            continue;
        const Money principal = row.principal.value_or(Money());
        const Money interest = row.interest.value_or(Money());
        if (principal == Money() && interest == Money())
            continue;
        BatchRow<Repayment> record{Repayment(l->loanNo, day, principal, interest), 0, true};
        record.line = static_cast<int>(result.batch.repayments.size()) + 1;
        result.batch.repayments.append(record);
        result.repaymentRows.append(i);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const CollectionSheet::Member* m = member(row);
        if (!m || !row.firstOfMember || !row.savings || *row.savings == Money())
            continue;
        BatchRow<SavingsEntry> record{SavingsEntry(m->borrowerId, day, *row.savings), 0, true};
        record.line = static_cast<int>(result.batch.repayments.size() + result.batch.savings.size()) + 1;
        result.batch.savings.append(record);
        result.savingsRows.append(i);
    }
    return result;
}

void TransactionDayModel::setProblems(const QHash<int, QStringList>& problems)
{
    m_problems = problems;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TransactionDayModel::clearProblems()
{
    if (m_problems.isEmpty())
        return;
    setProblems({});
}

int TransactionDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TransactionDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CollectionSheet::Member* TransactionDayModel::member(const Row& row) const
{
    if (row.kind != RowKind::Member)
        return nullptr;
    return &m_sheet.groups.at(row.group).members.at(row.member);
}

const CollectionSheet::Loan* TransactionDayModel::loan(const Row& row) const
{
    const CollectionSheet::Member* m = member(row);
    if (!m || row.loan < 0)
        return nullptr;
    return &m->loans.at(row.loan);
}

QString TransactionDayModel::money(Money amount) const
{
    return amount.format(m_options.locale());
}

QString TransactionDayModel::text(const Row& row, int column) const
{
    if (row.kind == RowKind::Member) {
        const CollectionSheet::Member* m = member(row);
        const CollectionSheet::Loan* l = loan(row);
        switch (column) {
        case MemberColumn:
            return row.firstOfMember ? m->fullName : QString();
        case LoanColumn:
            return l ? l->loanNo : QString();
        case OutstandingColumn:
            return l ? money(l->proposal.outstanding) : QString();
        case PrincipalDueColumn:
            return l ? money(l->proposal.principalDue) : QString();
        case OverdueColumn:
            return l && l->proposal.overdue != Money() ? money(l->proposal.overdue) : QString();
        case InterestColumn:
            return l ? money(l->proposal.interest) : QString();
        case SavingsColumn:
            return row.firstOfMember ? money(m->savings) : QString();
        case CollectedPrincipalColumn:
            return row.principal ? money(*row.principal) : QString();
        case CollectedInterestColumn:
            return row.interest ? money(*row.interest) : QString();
        case SavingsDepositColumn:
            return row.savings ? money(*row.savings) : QString();
        default:
            return {};
        }
    }
    const bool total = row.kind == RowKind::Total;
    const CollectionSheet::Totals& due = total ? m_sheet.totals : m_sheet.groups.at(row.group).totals;
    const Collected sum = collected(total ? -1 : row.group);
    switch (column) {
    case MemberColumn: {
        if (total)
            return tr("Total %1 (%n member(s))", nullptr, due.members).arg(m_sheet.communeName);
        const Group& group = m_sheet.groups.at(row.group).group;
        return group.leaderName.isEmpty()
                   ? tr("%1 (%2)").arg(group.name, group.code)
                   : tr("%1 (%2) — leader: %3").arg(group.name, group.code, group.leaderName);
    }
    case LoanColumn:
        return tr("%n loan(s)", nullptr, due.loans);
    case OutstandingColumn:
        return money(due.outstanding);
    case PrincipalDueColumn:
        return money(due.principalDue);
    case OverdueColumn:
        return money(due.overdue);
    case InterestColumn:
        return money(due.interest);
    case SavingsColumn:
        return money(due.savings);
    case CollectedPrincipalColumn:
        return money(sum.principal);
    case CollectedInterestColumn:
        return money(sum.interest);
    case SavingsDepositColumn:
        return money(sum.savings);
    default:
        return {};
    }
}

QColor TransactionDayModel::lessColour()
{
    return {0xFF, 0xDC, 0x8C};
}

QColor TransactionDayModel::moreColour()
{
    return {0xBF, 0xD9, 0xFF};
}

QColor TransactionDayModel::refusedColour()
{
    return {0xF4, 0xA6, 0xA6};
}

QVariant TransactionDayModel::background(int rowIndex, int column) const
{
    const Row& row = m_rows.at(rowIndex);
    if (m_problems.contains(rowIndex))
        return QBrush(refusedColour());
    // The difference against what was due: on a member's row once something is typed there, on a group's
    // and the commune's row once anything is typed in them.
    const auto compare = [](Money collected, Money due) -> QVariant {
        if (collected < due)
            return QBrush(lessColour());
        if (collected > due)
            return QBrush(moreColour());
        return {};
    };
    if (row.kind == RowKind::Member) {
        const CollectionSheet::Loan* l = loan(row);
        if (!l || (!row.principal && !row.interest))
            return {};
        if (column == CollectedPrincipalColumn)
            return compare(row.principal.value_or(Money()), l->proposal.principalDue);
        if (column == CollectedInterestColumn)
            return compare(row.interest.value_or(Money()), l->proposal.interest);
        return {};
    }
    const bool total = row.kind == RowKind::Total;
    const CollectionSheet::Totals& due = total ? m_sheet.totals : m_sheet.groups.at(row.group).totals;
    const Collected sum = collected(total ? -1 : row.group);
    if (column == CollectedPrincipalColumn && (sum.principal != Money() || sum.interest != Money()))
        return compare(sum.principal, due.principalDue);
    if (column == CollectedInterestColumn && (sum.principal != Money() || sum.interest != Money()))
        return compare(sum.interest, due.interest);
    return QBrush(total ? QColor(0xE4, 0xE4, 0xE4) : QColor(0xF0, 0xF0, 0xF0));
}

QVariant TransactionDayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::EditRole:
        if (const std::optional<Money> amount = typed(index.row(), column))
            return money(*amount);
        return QString();
    case Qt::TextAlignmentRole:
        return static_cast<int>(isAmountColumn(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.kind != RowKind::Member) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return background(index.row(), column);
    case Qt::ToolTipRole:
        if (m_problems.contains(index.row()))
            return m_problems.value(index.row()).join(u'\n');
        if (row.kind == RowKind::Member && isCollectedColumn(column) && isEditable(index.row(), column)) {
            const CollectionSheet::Loan* l = loan(row);
            if (column == CollectedPrincipalColumn)
                return tr("Principal due: %1").arg(money(l->proposal.principalDue));
            if (column == CollectedInterestColumn)
                return tr("Interest proposed: %1 (%n day(s) from %2)", nullptr,
                          static_cast<int>(l->proposal.interestDays))
                    .arg(money(l->proposal.interest), m_options.date(l->proposal.interestFrom));
            return tr("A deposit; type a withdrawal with a minus sign");
        }
        return {};
    default:
        return {};
    }
}

bool TransactionDayModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isEditable(index.row(), index.column()))
        return false;
    const int column = index.column();
    const QString digits = digitsOf(value.toString(), column == SavingsDepositColumn);
    std::optional<Money> amount;
    if (!digits.isEmpty() && digits != QStringLiteral("-")) {
        amount = Money::parse(digits, column == SavingsDepositColumn);
        if (!amount)
            return false;
    }
    Row& row = m_rows[index.row()];
    std::optional<Money>& cell = column == CollectedPrincipalColumn  ? row.principal
                                 : column == CollectedInterestColumn ? row.interest
                                                                     : row.savings;
    if (cell == amount)
        return true;
    cell = amount;
    m_problems.remove(index.row());
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    const int header = groupRow(row.group);
    emit dataChanged(this->index(header, 0), this->index(header, ColumnCount - 1));
    const int last = rowCount() - 1;
    emit dataChanged(this->index(last, 0), this->index(last, ColumnCount - 1));
    emit typingChanged();
    return true;
}

Qt::ItemFlags TransactionDayModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index.row(), index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant TransactionDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SavingsDepositColumn)
        return tr("A deposit; type a withdrawal with a minus sign");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case LoanColumn:
        return tr("Loan");
    case OutstandingColumn:
        return tr("Outstanding");
    case PrincipalDueColumn:
        return tr("Principal due");
    case OverdueColumn:
        return tr("of which overdue");
    case InterestColumn:
        return tr("Interest proposed");
    case SavingsColumn:
        return tr("Savings balance");
    case CollectedPrincipalColumn:
        return tr("Principal collected");
    case CollectedInterestColumn:
        return tr("Interest collected");
    case SavingsDepositColumn:
        return tr("Savings deposited");
    default:
        return {};
    }
}
