#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>
#include <QVariant>

/// A small read-only table whose cells the view has formatted already (the ledger's loans, installments,
/// repayments, savings and memberships): display text, raw value for sorting, alignment, colours, the font's
/// weight, slant and strike-out, and a tooltip.
class CellTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Cell
    {
        QString text;
        QVariant sortValue; ///< the raw value (đồng, date, days); the text when empty
        bool numeric = false;
        QColor foreground;
        QColor background;
        bool bold = false;
        bool italic = false;
        bool strikeOut = false; ///< a reversed entry
        QString toolTip;
    };
    using Row = QList<Cell>;

    explicit CellTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers, const QList<bool>& numeric);
    /// @p keys: the key of each row (ItemRoles::KeyRole), e.g. the loan number.
    void setRows(QList<Row> rows, QStringList keys = {});
    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<bool> m_numeric;
    QList<Row> m_rows;
    QStringList m_keys;
};
