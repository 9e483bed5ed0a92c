#include "ReportTableModel.h"

#include "ItemRoles.h"
#include "TableFilterProxyModel.h"
#include "common/RatioStyle.h"
#include "report/Footing.h"
#include "report/ReportOrder.h"

#include <QFont>

namespace {

bool isNumeric(ReportTableModel::Field field)
{
    using Field = ReportTableModel::Field;
    return field != Field::Key && field != Field::Name && field != Field::Commune &&
           field != Field::Organization;
}

} // namespace

ReportTableModel::ReportTableModel(QList<Field> fields, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fields(std::move(fields))
{}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    // The bank's order (programs as in the catalogue, organisations HPN, HND, CCB, DTN, direct lending
    // last): the table's default order, and the order of the code column's sort.
    m_table = ReportOrder::inBankOrder(table);
    foot();
    endResetModel();
}

void ReportTableModel::setGroupPlaces(const QHash<QString, GroupPlace>& places)
{
    m_places = places;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ReportTableModel::setDisplayOptions(const DisplayOptions& options)
{
    if (options == m_options)
        return;
    m_options = options;
    foot();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    retranslate();
}

void ReportTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ReportTableModel::columnOf(Field field) const
{
    return static_cast<int>(m_fields.indexOf(field));
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_table.rows.isEmpty())
        return 0;
    return static_cast<int>(m_table.rows.size()) + 1;
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

const ReportRow& ReportTableModel::rowAt(int row) const
{
    return row < m_table.rows.size() ? m_table.rows[row] : m_table.total;
}

void ReportTableModel::foot()
{
    m_footed.clear();
    const qint64 quantum = Footing::quantum(m_options.unit, m_options.decimals());
    if (quantum <= 1)
        return;
    for (Field field : std::as_const(m_fields)) {
        if (!isNumeric(field) || field == Field::Borrowers || field == Field::Loans ||
            field == Field::OverdueRatio)
            continue;
        QList<qint64> values;
        values.reserve(m_table.rows.size());
        qint64 sum = 0;
        for (const ReportRow& row : std::as_const(m_table.rows)) {
            values.append(raw(row, field).toLongLong());
            sum += values.last();
        }
        if (sum == raw(m_table.total, field).toLongLong())
            m_footed.insert(static_cast<int>(field), Footing::largestRemainder(values, quantum));
    }
}

QString ReportTableModel::title(Field field, Breakdown by)
{
    switch (field) {
    case Field::Key:
        return tr("Code");
    case Field::Name:
        switch (by) {
        case Breakdown::Program:
            return tr("Program");
        case Breakdown::Commune:
            return tr("Commune");
        case Breakdown::Organization:
            return tr("Organisation");
        case Breakdown::Group:
            return tr("Savings-and-loan group");
        }
        break;
    case Field::Commune:
        return tr("Commune");
    case Field::Organization:
        return tr("Organisation");
    case Field::Borrowers:
        return tr("Borrowers");
    case Field::Loans:
        return tr("Loans");
    case Field::OutstandingStart:
        return tr("Outstanding at start");
    case Field::Disbursed:
        return tr("Disbursed");
    case Field::CollectedPrincipal:
        return tr("Principal collected");
    case Field::CollectedInterest:
        return tr("Interest collected");
    case Field::OutstandingEnd:
        return tr("Outstanding");
    case Field::Overdue:
        return tr("Overdue");
    case Field::OverdueRatio:
        return tr("Overdue ratio");
    case Field::Frozen:
        return tr("Frozen");
    case Field::OverdueAndFrozen:
        return tr("Overdue + frozen");
    case Field::Savings:
        return tr("Members' savings");
    }
    return QString();
}

QVariant ReportTableModel::display(int index, const ReportRow& row, Field field, bool total) const
{
    if (!total) {
        const auto footed = m_footed.constFind(static_cast<int>(field));
        if (footed != m_footed.cend() && index < footed->size())
            return m_options.money(Money::fromDong(footed->at(index)));
    }
    const Figures& f = row.figures;
    switch (field) {
    case Field::Key:
        return total ? QString() : row.key;
    case Field::Name:
        return total ? tr("Total") : row.name;
    case Field::Commune:
        return total ? QString() : m_places.value(row.key).communeName;
    case Field::Organization:
        return total ? QString() : m_places.value(row.key).organizationName;
    case Field::Borrowers:
        return m_options.count(f.borrowers);
    case Field::Loans:
        return m_options.count(f.loans);
    case Field::OutstandingStart:
        return m_options.money(f.outstandingStart);
    case Field::Disbursed:
        return m_options.money(f.disbursed);
    case Field::CollectedPrincipal:
        return m_options.money(f.collectedPrincipal);
    case Field::CollectedInterest:
        return m_options.money(f.collectedInterest);
    case Field::OutstandingEnd:
        return m_options.money(f.outstandingEnd);
    case Field::Overdue:
        return m_options.money(f.overdue);
    case Field::OverdueRatio:
        return m_options.percentWithSign(f.overdueRatio());
    case Field::Frozen:
        return m_options.money(f.frozen);
    case Field::OverdueAndFrozen:
        return m_options.money(f.overdueAndFrozen());
    case Field::Savings:
        return m_options.money(f.savings);
    }
    return {};
}

QVariant ReportTableModel::raw(const ReportRow& row, Field field) const
{
    const Figures& f = row.figures;
    switch (field) {
    case Field::Key:
        return row.key;
    case Field::Name:
        return row.name;
    case Field::Commune:
        return m_places.value(row.key).communeName;
    case Field::Organization:
        return m_places.value(row.key).organizationName;
    case Field::Borrowers:
        return f.borrowers;
    case Field::Loans:
        return f.loans;
    case Field::OutstandingStart:
        return f.outstandingStart.dong();
    case Field::Disbursed:
        return f.disbursed.dong();
    case Field::CollectedPrincipal:
        return f.collectedPrincipal.dong();
    case Field::CollectedInterest:
        return f.collectedInterest.dong();
    case Field::OutstandingEnd:
        return f.outstandingEnd.dong();
    case Field::Overdue:
        return f.overdue.dong();
    case Field::OverdueRatio:
        return f.overdueRatio().hundredths();
    case Field::Frozen:
        return f.frozen.dong();
    case Field::OverdueAndFrozen:
        return f.overdueAndFrozen().dong();
    case Field::Savings:
        return f.savings.dong();
    }
    return {};
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool total = index.row() == m_table.rows.size();
    const ReportRow& row = rowAt(index.row());
    const Field field = m_fields[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), row, field, total);
    case ItemRoles::SortRole:
        // The code sorts by the row's place in the bank's order (the model's order): programs as the
        // catalogue lists them, direct lending last.
        if (field == Field::Key)
            return index.row();
        return raw(row, field);
    case ItemRoles::KeyRole:
        return total ? QString() : row.key;
    case ItemRoles::TotalRowRole:
        return total;
    case ItemRoles::SearchRole: {
        const GroupPlace place = m_places.value(row.key);
        return TableFilterProxyModel::fold(
            QStringList{row.key, row.name, place.communeName, place.organizationName}.join(u' '));
    }
    case ItemRoles::HasOverdueRole:
        return row.figures.overdue.isPositive();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(field) ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (field == Field::OverdueRatio)
            return RatioStyle::foreground(RatioStyle::level(row.figures.overdueRatio()));
        if (field == Field::Overdue && row.figures.overdue.isPositive())
            return RatioStyle::foreground(RatioStyle::level(row.figures.overdueRatio()));
        return {};
    case Qt::BackgroundRole:
        if (field == Field::OverdueRatio) {
            const QColor colour = RatioStyle::background(RatioStyle::level(row.figures.overdueRatio()));
            if (colour.isValid())
                return colour;
        }
        return {};
    case Qt::ToolTipRole:
        if (field == Field::Name && !total)
            return row.name;
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const Field field = m_fields[section];
    if (role == Qt::DisplayRole) {
        QString text = title(field, m_table.by);
        if (isNumeric(field) && field != Field::Borrowers && field != Field::Loans &&
            field != Field::OverdueRatio)
            text += u'\n' + tr("(%1)").arg(m_options.unitName());
        if (field == Field::OverdueRatio)
            text += u'\n' + tr("(%)");
        return text;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumeric(field) ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}
