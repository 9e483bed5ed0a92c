#include "ReportTable.h"

QList<Column> columnsOf(const ReportTable& table)
{
    if (table.kind == ReportTable::Kind::Ageing) {
        return {
            Column::Key,           Column::Name,           Column::Current,         Column::Overdue1To30,
            Column::Overdue31To90, Column::Overdue91To180, Column::Overdue181To360, Column::OverdueOver360,
            Column::Frozen};
    }
    QList<Column> columns = {Column::Key,
                             Column::Name,
                             Column::Borrowers,
                             Column::Loans,
                             Column::OutstandingStart,
                             Column::Disbursed,
                             Column::CollectedPrincipal,
                             Column::CollectedInterest,
                             Column::OutstandingEnd,
                             Column::Overdue,
                             Column::Frozen,
                             Column::OverdueRatio};
    if (table.hasSavings())
        columns.append(Column::Savings);
    return columns;
}

QList<Column> printedColumnsOf(const ReportTable& table)
{
    if (table.kind != ReportTable::Kind::Ageing)
        return columnsOf(table);
    return {Column::Key,           Column::Name,           Column::Current,         Column::Overdue1To30,
            Column::Overdue31To90, Column::Overdue91To180, Column::Overdue181To360, Column::OverdueOver360,
            Column::Overdue,       Column::Frozen,         Column::OutstandingEnd};
}

QString columnCode(Column column)
{
    switch (column) {
    case Column::Key:
        return QStringLiteral("key");
    case Column::Name:
        return QStringLiteral("name");
    case Column::Borrowers:
        return QStringLiteral("borrowers");
    case Column::Loans:
        return QStringLiteral("loans");
    case Column::OutstandingStart:
        return QStringLiteral("outstanding_start");
    case Column::Disbursed:
        return QStringLiteral("disbursed");
    case Column::CollectedPrincipal:
        return QStringLiteral("collected_principal");
    case Column::CollectedInterest:
        return QStringLiteral("collected_interest");
    case Column::OutstandingEnd:
        return QStringLiteral("outstanding_end");
    case Column::Overdue:
        return QStringLiteral("overdue");
    case Column::Frozen:
        return QStringLiteral("frozen");
    case Column::OverdueRatio:
        return QStringLiteral("overdue_ratio_pct");
    case Column::Savings:
        return QStringLiteral("savings");
    case Column::Current:
        return QStringLiteral("current");
    case Column::Overdue1To30:
        return QStringLiteral("overdue_1_30");
    case Column::Overdue31To90:
        return QStringLiteral("overdue_31_90");
    case Column::Overdue91To180:
        return QStringLiteral("overdue_91_180");
    case Column::Overdue181To360:
        return QStringLiteral("overdue_181_360");
    case Column::OverdueOver360:
        return QStringLiteral("overdue_over_360");
    }
    return {};
}

Cell cellOf(const ReportRow& row, Column column)
{
    const Figures& f = row.figures;
    switch (column) {
    case Column::Key:
        return row.key;
    case Column::Name:
        return row.name;
    case Column::Borrowers:
        return f.borrowers;
    case Column::Loans:
        return f.loans;
    case Column::OutstandingStart:
        return f.outstandingStart;
    case Column::Disbursed:
        return f.disbursed;
    case Column::CollectedPrincipal:
        return f.collectedPrincipal;
    case Column::CollectedInterest:
        return f.collectedInterest;
    case Column::OutstandingEnd:
        return f.outstandingEnd;
    case Column::Overdue:
        return f.overdue;
    case Column::Frozen:
        return f.frozen;
    case Column::OverdueRatio:
        return f.overdueRatio();
    case Column::Savings:
        return f.savings;
    case Column::Current:
        return f.current();
    case Column::Overdue1To30:
        return f.ageing[static_cast<std::size_t>(AgeBucket::Days1To30)];
    case Column::Overdue31To90:
        return f.ageing[static_cast<std::size_t>(AgeBucket::Days31To90)];
    case Column::Overdue91To180:
        return f.ageing[static_cast<std::size_t>(AgeBucket::Days91To180)];
    case Column::Overdue181To360:
        return f.ageing[static_cast<std::size_t>(AgeBucket::Days181To360)];
    case Column::OverdueOver360:
        return f.ageing[static_cast<std::size_t>(AgeBucket::Over360)];
    }
    return QString();
}

QString plainText(const Cell& cell)
{
    struct Visitor
    {
        QString operator()(const QString& text) const { return text; }
        QString operator()(qint64 count) const { return QString::number(count); }
        QString operator()(Money amount) const { return amount.toPlainString(); }
        QString operator()(Percent percent) const { return percent.toPlainString(); }
    };
    return std::visit(Visitor{}, cell);
}
