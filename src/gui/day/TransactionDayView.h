#pragma once

#include <QTableView>

class TransactionDayModel;

/// The transaction day's grid, made for the keyboard: typing a digit on an editable cell starts editing it;
/// Enter moves down to the same column of the next row that takes typing; Tab and Shift+Tab move across the
/// editable columns and on to the next (previous) row; Ctrl+D fills the current row as proposed.
class TransactionDayView : public QTableView
{
    Q_OBJECT

public:
    explicit TransactionDayView(QWidget* parent = nullptr);

    void setDayModel(TransactionDayModel* model);
    /// Commits and closes the editor open on the current cell, if any.
    void commitEditing();
    /// Makes the first editable cell current (after loading).
    void focusFirstCell();
    /// The next (@p forward) or previous editable cell across from @p from, wrapping to the next row; invalid
    /// at the end.
    [[nodiscard]] QModelIndex nextAcross(const QModelIndex& from, bool forward) const;
    /// The next editable cell down the column of @p from; invalid at the end.
    [[nodiscard]] QModelIndex nextDown(const QModelIndex& from) const;

signals:
    /// Ctrl+D on the grid.
    void fillRequested(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveTo(const QModelIndex& index);
    void updateSpans();

    TransactionDayModel* m_model = nullptr;
};
