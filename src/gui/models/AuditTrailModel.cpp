#include "AuditTrailModel.h"

#include "ItemRoles.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSet>

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
        {&AuditOperation::kEditOfficeSettings, QT_TR_NOOP("Office settings changed")},
        {&AuditOperation::kMarkDemonstration, QT_TR_NOOP("Marked as demonstration data")},
        {&AuditOperation::kAddUser, QT_TR_NOOP("User added")},
        {&AuditOperation::kChangePassword, QT_TR_NOOP("Password changed")},
        {&AuditOperation::kChangeRole, QT_TR_NOOP("Role changed")},
        {&AuditOperation::kLockUser, QT_TR_NOOP("User locked after wrong passwords")},
        {&AuditOperation::kUnlockUser, QT_TR_NOOP("User unlocked")},
        {&AuditOperation::kRestore, QT_TR_NOOP("Database restored from a backup")},
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
    if (kind == QStringLiteral("office"))
        return tr("The office's settings");
    if (kind == QStringLiteral("user"))
        return tr("User %1").arg(key);
    if (kind == QStringLiteral("backup"))
        return tr("Backup %1").arg(key);
    return QStringLiteral("%1 %2").arg(kind, key);
}

QString AuditTrailModel::timeText(const AuditEntry& entry) const
{
    const QDateTime at = QDateTime::fromString(entry.atLocal, Qt::ISODate);
    if (!at.isValid())
        return entry.atLocal;
    return m_options.date(at.date()) + u' ' + at.time().toString(QStringLiteral("HH:mm:ss"));
}

QString AuditTrailModel::fieldName(const QString& field)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("entry_no"), QT_TR_NOOP("No.")},
        {QStringLiteral("office_name"), QT_TR_NOOP("Office")},
        {QStringLiteral("place"), QT_TR_NOOP("Place")},
        {QStringLiteral("preparer_name"), QT_TR_NOOP("Prepared by")},
        {QStringLiteral("controller_name"), QT_TR_NOOP("Checked by")},
        {QStringLiteral("director_name"), QT_TR_NOOP("Director")},
        {QStringLiteral("demonstration"), QT_TR_NOOP("Demonstration data")},
        {QStringLiteral("reverses"), QT_TR_NOOP("Reverses no.")},
        {QStringLiteral("loan_no"), QT_TR_NOOP("Loan")},
        {QStringLiteral("borrower_id"), QT_TR_NOOP("Borrower")},
        {QStringLiteral("paid_on"), QT_TR_NOOP("Paid on")},
        {QStringLiteral("on"), QT_TR_NOOP("Date")},
        {QStringLiteral("principal"), QT_TR_NOOP("Principal")},
        {QStringLiteral("interest"), QT_TR_NOOP("Interest")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("commune_code"), QT_TR_NOOP("Commune")},
        {QStringLiteral("group_code"), QT_TR_NOOP("Group")},
        {QStringLiteral("organization_code"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("village"), QT_TR_NOOP("Village")},
        {QStringLiteral("leader_name"), QT_TR_NOOP("Group leader")},
        {QStringLiteral("founded_on"), QT_TR_NOOP("Founded on")},
        {QStringLiteral("id"), QT_TR_NOOP("Customer code")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("program_code"), QT_TR_NOOP("Program")},
        {QStringLiteral("disbursed_on"), QT_TR_NOOP("Disbursed on")},
        {QStringLiteral("maturity_on"), QT_TR_NOOP("Matures on")},
        {QStringLiteral("rate_pct_month"), QT_TR_NOOP("Rate (%/month)")},
        {QStringLiteral("frozen_on"), QT_TR_NOOP("Frozen from")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Schedule")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("outstanding_end"), QT_TR_NOOP("Outstanding at the end")},
        {QStringLiteral("disbursed"), QT_TR_NOOP("Disbursed")},
        {QStringLiteral("collected_principal"), QT_TR_NOOP("Principal collected")},
        {QStringLiteral("collected_interest"), QT_TR_NOOP("Interest collected")},
        {QStringLiteral("overdue"), QT_TR_NOOP("Overdue")},
        {QStringLiteral("frozen"), QT_TR_NOOP("Frozen")},
        {QStringLiteral("files"), QT_TR_NOOP("Files")},
        {QStringLiteral("communes"), QT_TR_NOOP("Communes")},
        {QStringLiteral("groups"), QT_TR_NOOP("Groups")},
        {QStringLiteral("borrowers"), QT_TR_NOOP("Borrowers")},
        {QStringLiteral("moves"), QT_TR_NOOP("Moves")},
        {QStringLiteral("loans"), QT_TR_NOOP("Loans")},
        {QStringLiteral("installments"), QT_TR_NOOP("Installments")},
        {QStringLiteral("repayments"), QT_TR_NOOP("Repayments")},
        {QStringLiteral("savings"), QT_TR_NOOP("Savings entries")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(*it);
}

QString AuditTrailModel::readableValues(const QString& values) const
{
    static const QSet<QString> amounts = {QStringLiteral("principal"),
                                          QStringLiteral("interest"),
                                          QStringLiteral("amount"),
                                          QStringLiteral("outstanding_end"),
                                          QStringLiteral("disbursed"),
                                          QStringLiteral("collected_principal"),
                                          QStringLiteral("collected_interest"),
                                          QStringLiteral("overdue"),
                                          QStringLiteral("frozen")};
    static const QSet<QString> counts = {QStringLiteral("communes"),   QStringLiteral("groups"),
                                         QStringLiteral("borrowers"),  QStringLiteral("moves"),
                                         QStringLiteral("loans"),      QStringLiteral("installments"),
                                         QStringLiteral("repayments"), QStringLiteral("savings")};
    const QLocale locale = m_options.locale();
    QStringList parts;
    for (const QString& part : values.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        const QString field = colon < 0 ? part : part.left(colon);
        QString value = colon < 0 ? QString() : part.mid(colon + 2);
        if (amounts.contains(field)) {
            if (const auto amount = Money::parse(value, true))
                value = amount->format(locale);
        } else if (counts.contains(field)) {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (ok)
                value = m_options.count(number);
        } else if (field.endsWith(QStringLiteral("_on")) || field == QStringLiteral("on")) {
            if (const auto day = Dates::parseIso(value))
                value = m_options.date(*day);
        } else if (field == QStringLiteral("closed")) {
            value = value == QStringLiteral("yes") ? tr("yes") : tr("no");
        } else if (field == QStringLiteral("schedule")) {
            // `2024-08-01 10000000, 2025-08-01 10000000`: each installment's date and principal.
            QStringList installments;
            for (const QString& installment : value.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                const QStringList pieces = installment.split(u' ');
                const auto day = Dates::parseIso(pieces.value(0));
                const auto principal = Money::parse(pieces.value(1));
                installments.append(day && principal ? m_options.date(*day) + u' ' + principal->format(locale)
                                                     : installment);
            }
            value = installments.join(QStringLiteral(", "));
        }
        parts.append(fieldName(field) + QStringLiteral(": ") +
                     (value.isEmpty() ? QStringLiteral("—") : value));
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditTrailModel::changeText(const AuditEntry& entry) const
{
    if (entry.oldValues.isEmpty())
        return readableValues(entry.newValues);
    if (entry.newValues.isEmpty())
        return readableValues(entry.oldValues);
    return readableValues(entry.oldValues) + QStringLiteral("  →  ") + readableValues(entry.newValues);
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
            parts << tr("Before:") + u'\n' + fieldLines(readableValues(entry.oldValues));
        if (!entry.newValues.isEmpty())
            parts << (entry.oldValues.isEmpty() ? tr("Values:") : tr("After:")) + u'\n' +
                         fieldLines(readableValues(entry.newValues));
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
