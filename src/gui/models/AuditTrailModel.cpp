#include "AuditTrailModel.h"

#include "ItemRoles.h"

#include <QColor>
#include <QDateTime>
#include <QDir>

namespace {

const QColor kReversal(0x8a, 0x4b, 0x00);
const QColor kClosing(0x1b, 0x5e, 0x20);

/// `field: value; field: value` as one field a line.
QString fieldLines(const QString& values)
{
    QStringList lines = values.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (QString& line : lines)
        line.prepend(QStringLiteral("  "));
    return lines.join(u'\n');
}

} // namespace

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTrailModel::setEntries(QList<AuditEntry> entries, QHash<QString, QString> borrowerNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_names = std::move(borrowerNames);
    endResetModel();
}

void AuditTrailModel::setDisplayOptions(const DisplayOptions& options)
{
    if (options == m_options)
        return;
    m_options = options;
    retranslate();
}

void AuditTrailModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString AuditTrailModel::operationName(const QString& code)
{
    static const QList<std::pair<const QString*, const char*>> names = {
        {&AuditOperation::kRegisterCommune, QT_TR_NOOP("Commune registered")},
        {&AuditOperation::kEditCommune, QT_TR_NOOP("Commune changed")},
        {&AuditOperation::kRegisterGroup, QT_TR_NOOP("Group registered")},
        {&AuditOperation::kEditGroup, QT_TR_NOOP("Group changed")},
        {&AuditOperation::kRegisterBorrower, QT_TR_NOOP("Borrower registered")},
        {&AuditOperation::kEditBorrower, QT_TR_NOOP("Borrower changed")},
        {&AuditOperation::kMoveBorrower, QT_TR_NOOP("Borrower moved")},
        {&AuditOperation::kDisburseLoan, QT_TR_NOOP("Loan disbursed")},
        {&AuditOperation::kEditLoan, QT_TR_NOOP("Loan changed")},
        {&AuditOperation::kPostRepayment, QT_TR_NOOP("Repayment posted")},
        {&AuditOperation::kReverseRepayment, QT_TR_NOOP("Repayment reversed")},
        {&AuditOperation::kPostSavings, QT_TR_NOOP("Savings entry posted")},
        {&AuditOperation::kReverseSavings, QT_TR_NOOP("Savings entry reversed")},
        {&AuditOperation::kCloseMonth, QT_TR_NOOP("Month closed")},
        {&AuditOperation::kReopenMonth, QT_TR_NOOP("Month reopened")},
        {&AuditOperation::kImport, QT_TR_NOOP("Data imported")},
    };
    for (const auto& [known, name] : names) {
        if (*known == code)
            return tr(name);
    }
    return code;
}

QString AuditTrailModel::recordText(const AuditEntry& entry) const
{
    const QString& key = entry.recordKey;
    const QString& kind = entry.recordKind;
    if (kind == QStringLiteral("month")) {
        const auto month = YearMonth::parse(key);
        return tr("Month %1").arg(month ? m_options.month(*month) : key);
    }
    if (kind == QStringLiteral("repayment"))
        return tr("Repayment no. %1").arg(key);
    if (kind == QStringLiteral("savings"))
        return tr("Savings entry no. %1").arg(key);
    if (kind == QStringLiteral("loan"))
        return tr("Loan %1").arg(key);
    if (kind == QStringLiteral("borrower"))
        return tr("Borrower %1").arg(key);
    if (kind == QStringLiteral("group"))
        return tr("Group %1").arg(key);
    if (kind == QStringLiteral("commune"))
        return tr("Commune %1").arg(key);
    if (kind == QStringLiteral("import"))
        return tr("Import of %1").arg(QDir::toNativeSeparators(key));
    return QStringLiteral("%1 %2").arg(kind, key);
}

QString AuditTrailModel::timeText(const AuditEntry& entry) const
{
    const QDateTime at = QDateTime::fromString(entry.atLocal, Qt::ISODate);
    if (!at.isValid())
        return entry.atLocal;
    return m_options.date(at.date()) + u' ' + at.time().toString(QStringLiteral("HH:mm:ss"));
}

QString AuditTrailModel::changeText(const AuditEntry& entry)
{
    if (entry.oldValues.isEmpty())
        return entry.newValues;
    if (entry.newValues.isEmpty())
        return entry.oldValues;
    return entry.oldValues + QStringLiteral("  →  ") + entry.newValues;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::displayText(const AuditEntry& entry, int column) const
{
    switch (column) {
    case Time:
        return timeText(entry);
    case User:
        return entry.user;
    case Operation:
        return operationName(entry.operation);
    case Record:
        return recordText(entry);
    case Borrower: {
        if (entry.borrowerId.isEmpty())
            return {};
        const QString name = m_names.value(entry.borrowerId);
        return name.isEmpty() ? entry.borrowerId : QStringLiteral("%1 · %2").arg(entry.borrowerId, name);
    }
    case Change:
        return changeText(entry);
    case Reason:
        return entry.reason;
    default:
        return {};
    }
}

QString AuditTrailModel::toolTip(const AuditEntry& entry, int column) const
{
    switch (column) {
    case Time:
        return tr("Local time %1 (UTC %2)").arg(entry.atLocal, entry.atUtc);
    case Change: {
        QStringList parts;
        if (!entry.oldValues.isEmpty())
            parts << tr("Before:") + u'\n' + fieldLines(entry.oldValues);
        if (!entry.newValues.isEmpty())
            parts << (entry.oldValues.isEmpty() ? tr("Values:") : tr("After:")) + u'\n' +
                         fieldLines(entry.newValues);
        return parts.join(u'\n');
    }
    case Reason:
    case Record:
        return displayText(entry, column);
    default:
        return {};
    }
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(entry, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case ItemRoles::SortRole:
        // The trail's own order (the order of writing) for the time; the text elsewhere.
        return index.column() == Time ? QVariant(entry.id) : QVariant(displayText(entry, index.column()));
    case ItemRoles::KeyRole:
        return entry.borrowerId;
    case ItemRoles::TotalRowRole:
        return false;
    case Qt::ForegroundRole:
        if (index.column() != Operation)
            return {};
        if (entry.operation == AuditOperation::kReverseRepayment ||
            entry.operation == AuditOperation::kReverseSavings ||
            entry.operation == AuditOperation::kReopenMonth)
            return kReversal;
        if (entry.operation == AuditOperation::kCloseMonth)
            return kClosing;
        return {};
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Operation:
        return tr("Operation");
    case Record:
        return tr("Record");
    case Borrower:
        return tr("Borrower");
    case Change:
        return tr("Values before → after");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}
