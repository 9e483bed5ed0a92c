#include "LoanListModel.h"

#include "ItemRoles.h"
#include "TableFilterProxyModel.h"
#include "common/RatioStyle.h"

LoanListModel::Lines LoanListModel::prepare(QList<LoanLine> lines)
{
    return prepareWith(std::move(lines), [](const LoanLine& line) {
        return QStringList{line.loanNo,      line.borrowerId,  line.borrowerName, line.programCode,
                           line.programName, line.communeName, line.groupCode,    line.groupName};
    });
}

LoanListModel::LoanListModel(QObject* parent)
    : LineListModel(ColumnCount, parent)
{}

QString LoanListModel::state(const LoanLine& line) const
{
    if (line.figures.frozen.isPositive())
        return tr("Frozen", "state of a loan");
    if (line.figures.overdue.isPositive())
        return tr("Overdue", "state of a loan");
    if (!line.figures.outstandingEnd.isPositive())
        return tr("Repaid", "state of a loan");
    return tr("Current", "state of a loan");
}

QVariant LoanListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LoanLine& line = m_lines.lines[index.row()];
    const LoanMonth& f = line.figures;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case LoanNo:
            return line.loanNo;
        case Borrower:
            return line.borrowerName;
        case Program:
            return line.programName;
        case Commune:
            return line.communeName;
        case Group:
            return line.groupName.isEmpty() ? tr("Direct lending") : line.groupName;
        case DisbursedOn:
            return m_options.date(line.disbursedOn);
        case MaturityOn:
            return m_options.date(line.maturityOn);
        case Amount:
            return m_options.money(line.amount);
        case Outstanding:
            return m_options.money(f.outstandingEnd);
        case Overdue:
            return m_options.money(f.overdue);
        case Frozen:
            return m_options.money(f.frozen);
        case CollectedPrincipal:
            return m_options.money(f.collectedPrincipal);
        case CollectedInterest:
            return m_options.money(f.collectedInterest);
        case State:
            return state(line);
        default:
            return {};
        }
    }
    if (role == ItemRoles::SortRole) {
        switch (column) {
        case LoanNo:
            return line.loanNo;
        case Borrower:
            return line.borrowerName;
        case Program:
            return line.programName;
        case Commune:
            return line.communeName;
        case Group:
            return line.groupName;
        case DisbursedOn:
            return line.disbursedOn;
        case MaturityOn:
            return line.maturityOn;
        case Amount:
            return line.amount.dong();
        case Outstanding:
            return f.outstandingEnd.dong();
        case Overdue:
            return f.overdue.dong();
        case Frozen:
            return f.frozen.dong();
        case CollectedPrincipal:
            return f.collectedPrincipal.dong();
        case CollectedInterest:
            return f.collectedInterest.dong();
        case State:
            return state(line);
        default:
            return {};
        }
    }
    switch (role) {
    case ItemRoles::KeyRole:
        return line.loanNo;
    case ItemRoles::SearchRole:
        return m_lines.search.value(index.row());
    case ItemRoles::HasOverdueRole:
        return f.overdue.isPositive();
    case ItemRoles::TotalRowRole:
        return false;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column >= Outstanding && column <= CollectedInterest && column != State
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((column == Overdue || column == State) && f.overdue.isPositive())
            return RatioStyle::foreground(RatioStyle::Level::Alarm);
        return {};
    default:
        return {};
    }
}

QVariant LoanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == TableFilterProxyModel::PersonNameColumnRole)
        return section == Borrower;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= Outstanding && section <= CollectedInterest && section != State
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QString unit = u'\n' + tr("(%1)").arg(m_options.unitName());
    switch (section) {
    case LoanNo:
        return tr("Loan");
    case Borrower:
        return tr("Borrower");
    case Program:
        return tr("Program");
    case Commune:
        return tr("Commune");
    case Group:
        return tr("Group");
    case DisbursedOn:
        return tr("Disbursed on");
    case MaturityOn:
        return tr("Matures on");
    case Amount:
        return QString(tr("Amount") + unit);
    case Outstanding:
        return QString(tr("Outstanding") + unit);
    case Overdue:
        return QString(tr("Overdue") + unit);
    case Frozen:
        return QString(tr("Frozen") + unit);
    case CollectedPrincipal:
        return QString(tr("Principal collected") + unit);
    case CollectedInterest:
        return QString(tr("Interest collected") + unit);
    case State:
        return tr("State");
    default:
        return {};
    }
}
