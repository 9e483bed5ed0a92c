#pragma once

#include "TableFilterProxyModel.h"
#include "common/DisplayOptions.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

/// What a page of lines needs of its model whatever the lines are: the display options and the language.
class LineListModelBase : public QAbstractTableModel
{
public:
    void setDisplayOptions(const DisplayOptions& options)
    {
        if (options == m_options)
            return;
        m_options = options;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1));
        retranslate();
    }

    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1); }

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    LineListModelBase(int columnCount, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {}

    DisplayOptions m_options;

private:
    int m_columnCount;
};

/// What the loan and borrower lists share: lines read off the UI thread with a search text each, shown with
/// the window's display options. A list supplies its columns, data() and headerData().
template <typename Line>
class LineListModel : public LineListModelBase
{
public:
    /// The lines with their search texts, folded (see TableFilterProxyModel::fold).
    struct Lines
    {
        QList<Line> lines;
        QStringList search;
    };

    void setLines(Lines lines)
    {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
    }

    [[nodiscard]] const QList<Line>& lines() const { return m_lines.lines; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_lines.lines.size());
    }

protected:
    using LineListModelBase::LineListModelBase;

    /// @p lines with the folded join of each one's @p words(line); safe to call in a worker thread.
    template <typename Words>
    static Lines prepareWith(QList<Line> lines, Words words)
    {
        Lines prepared;
        prepared.search.reserve(lines.size());
        for (const Line& line : std::as_const(lines))
            prepared.search.append(TableFilterProxyModel::fold(words(line).join(u' ')));
        prepared.lines = std::move(lines);
        return prepared;
    }

    Lines m_lines;
};
