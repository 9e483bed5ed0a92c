#include "GroupRegisterModel.h"

#include "models/ItemRoles.h"
#include "models/TableFilterProxyModel.h"

GroupRegisterModel::GroupRegisterModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void GroupRegisterModel::setLines(QList<GroupRegisterLine> lines, const Catalogue& catalogue,
                                  const DisplayOptions& options)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_options = options;
    m_organizationNames.clear();
    m_search.clear();
    for (const GroupRegisterLine& line : std::as_const(m_lines)) {
        const Group& group = line.group;
        const QString organization = catalogue.organizationName(group.organizationCode, options.language);
        m_organizationNames.append(organization.isEmpty() ? group.organizationCode : organization);
        m_search.append(TableFilterProxyModel::fold(QStringList{group.code, group.name, line.communeName,
                                                                group.communeCode, group.organizationCode,
                                                                organization, group.village, group.leaderName}
                                                        .join(u' ')));
    }
    endResetModel();
}

int GroupRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int GroupRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GroupRegisterLine& line = m_lines[index.row()];
    const Group& group = line.group;
    const int column = index.column();
    if (role == Qt::DisplayRole || role == ItemRoles::SortRole) {
        const bool sort = role == ItemRoles::SortRole;
        switch (column) {
        case Code:
            return group.code;
        case Name:
            return group.name;
        case Commune:
            return line.communeName;
        case Organization:
            return sort ? QVariant(Catalogue::organizationRank(group.organizationCode))
                        : QVariant(m_organizationNames.value(index.row()));
        case Village:
            return group.village;
        case Leader:
            return group.leaderName;
        case FoundedOn:
            return sort ? QVariant(group.foundedOn.toString(Qt::ISODate))
                        : QVariant(m_options.date(group.foundedOn));
        case Members:
            return sort ? QVariant(static_cast<qint64>(line.members))
                        : QVariant(m_options.count(line.members));
        default:
            return {};
        }
    }
    switch (role) {
    case ItemRoles::KeyRole:
        return group.code;
    case ItemRoles::SearchRole:
        return m_search.value(index.row());
    case ItemRoles::TotalRowRole:
    case ItemRoles::HasOverdueRole:
        return false;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == Members ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant GroupRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == TableFilterProxyModel::PersonNameColumnRole)
        return section == Leader;
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Group");
    case Commune:
        return tr("Commune");
    case Organization:
        return tr("Organisation");
    case Village:
        return tr("Village");
    case Leader:
        return tr("Leader");
    case FoundedOn:
        return tr("Founded on");
    case Members:
        return tr("Members today");
    default:
        return {};
    }
}
