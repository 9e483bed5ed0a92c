#pragma once

#include "Figures.h"
#include "ReportTable.h"

#include <QList>
#include <QString>

/// The figures of a month by two breakdowns at once, e.g. program (rows) × organisation (columns): every key
/// of both dimensions listed as in the summary, with row, column and grand totals. The dashboard shows its
/// outstanding as the program × organisation matrix.
struct CrossTable
{
    struct Key
    {
        QString key;
        QString name;
    };

    Breakdown rowsBy = Breakdown::Program;
    Breakdown columnsBy = Breakdown::Organization;
    YearMonth month;
    QList<Key> rows;
    QList<Key> columns;
    QList<QList<Figures>> cells; ///< [row][column]
    QList<Figures> rowTotals;    ///< the summary's rows, in the order of rows
    QList<Figures> columnTotals; ///< the summary's rows, in the order of columns
    Figures total;

    [[nodiscard]] const Figures& cell(qsizetype row, qsizetype column) const { return cells[row][column]; }
};
