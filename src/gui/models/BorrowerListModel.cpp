#include "BorrowerListModel.h"

#include "ItemRoles.h"
#include "common/RatioStyle.h"

BorrowerListModel::Lines BorrowerListModel::prepare(QList<BorrowerLine> lines)
{
    return prepareWith(std::move(lines), [](const BorrowerLine& line) {
        return QStringList{line.borrower.id,      line.borrower.fullName, line.borrower.idNumber,
                           line.borrower.village, line.communeName,       line.borrower.groupCode,
                           line.groupName};
    });
}

BorrowerListModel::BorrowerListModel(QObject* parent)
    : LineListModel(ColumnCount, parent)
{}

QVariant BorrowerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BorrowerLine& line = m_lines.lines[index.row()];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Id:
            return line.borrower.id;
        case Name:
            return line.borrower.fullName;
        case Commune:
            return line.communeName;
        case Group:
            return line.groupName.isEmpty() ? tr("Direct lending") : line.groupName;
        case Loans:
            return m_options.count(line.loans);
        case Outstanding:
            return m_options.money(line.outstandingEnd);
        case Overdue:
            return m_options.money(line.overdue);
        case OverdueRatio:
            return m_options.percentWithSign(line.overdueRatio());
        case Frozen:
            return m_options.money(line.frozen);
        case CollectedPrincipal:
            return m_options.money(line.collectedPrincipal);
        case CollectedInterest:
            return m_options.money(line.collectedInterest);
        case Savings:
            return m_options.money(line.savings);
        default:
            return {};
        }
    }
    if (role == ItemRoles::SortRole) {
        switch (column) {
        case Id:
            return line.borrower.id;
        case Name:
            return line.borrower.fullName;
        case Commune:
            return line.communeName;
        case Group:
            return line.groupName;
        case Loans:
            return line.loans;
        case Outstanding:
            return line.outstandingEnd.dong();
        case Overdue:
            return line.overdue.dong();
        case OverdueRatio:
            return line.overdueRatio().hundredths();
        case Frozen:
            return line.frozen.dong();
        case CollectedPrincipal:
            return line.collectedPrincipal.dong();
        case CollectedInterest:
            return line.collectedInterest.dong();
        case Savings:
            return line.savings.dong();
        default:
            return {};
        }
    }
    switch (role) {
    case ItemRoles::KeyRole:
        return line.borrower.id;
    case ItemRoles::SearchRole:
        return m_lines.search.value(index.row());
    case ItemRoles::HasOverdueRole:
        return line.overdue.isPositive();
    case ItemRoles::TotalRowRole:
        return false;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column >= Loans ? Qt::AlignRight | Qt::AlignVCenter
                                                   : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Overdue || column == OverdueRatio)
            return RatioStyle::foreground(RatioStyle::level(line.overdueRatio()));
        return {};
    case Qt::BackgroundRole:
        if (column == OverdueRatio) {
            const QColor colour = RatioStyle::background(RatioStyle::level(line.overdueRatio()));
            if (colour.isValid())
                return colour;
        }
        return {};
    default:
        return {};
    }
}

QVariant BorrowerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == TableFilterProxyModel::PersonNameColumnRole)
        return section == Name;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= Loans ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QString unit = u'\n' + tr("(%1)").arg(m_options.unitName());
    switch (section) {
    case Id:
        return tr("Customer code");
    case Name:
        return tr("Borrower");
    case Commune:
        return tr("Commune");
    case Group:
        return tr("Group");
    case Loans:
        return tr("Loans with a balance");
    case Outstanding:
        return QString(tr("Outstanding") + unit);
    case Overdue:
        return QString(tr("Overdue") + unit);
    case OverdueRatio:
        return QString(tr("Overdue ratio") + u'\n' + tr("(%)"));
    case Frozen:
        return QString(tr("Frozen") + unit);
    case CollectedPrincipal:
        return QString(tr("Principal collected") + unit);
    case CollectedInterest:
        return QString(tr("Interest collected") + unit);
    case Savings:
        return QString(tr("Savings") + unit);
    default:
        return {};
    }
}
