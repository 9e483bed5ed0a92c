#include "TransactionDayView.h"

#include "TransactionDayModel.h"

#include <QHeaderView>
#include <QKeyEvent>

TransactionDayView::TransactionDayView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setAlternatingRowColors(false);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void TransactionDayView::setDayModel(TransactionDayModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &TransactionDayView::updateSpans);
    updateSpans();
}

void TransactionDayView::updateSpans()
{
    clearSpans();
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowKind(row) != TransactionDayModel::RowKind::Member)
            setSpan(row, TransactionDayModel::MemberColumn, 1, 2);
    }
}

void TransactionDayView::commitEditing()
{
    if (state() != EditingState)
        return;
    if (QWidget* editor = indexWidget(currentIndex())) {
        commitData(editor);
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void TransactionDayView::focusFirstCell()
{
    if (!m_model)
        return;
    const QModelIndex first = nextAcross(m_model->index(0, TransactionDayModel::MemberColumn), true);
    if (first.isValid())
        moveTo(first);
    setFocus(Qt::OtherFocusReason);
}

QModelIndex TransactionDayView::nextAcross(const QModelIndex& from, bool forward) const
{
    if (!m_model || !from.isValid())
        return {};
    int row = from.row();
    int column = from.column();
    const int columns = m_model->columnCount();
    const int rows = m_model->rowCount();
    while (true) {
        column += forward ? 1 : -1;
        if (column >= columns) {
            column = 0;
            ++row;
        } else if (column < 0) {
            column = columns - 1;
            --row;
        }
        if (row < 0 || row >= rows)
            return {};
        if (m_model->isEditable(row, column))
            return m_model->index(row, column);
    }
}

QModelIndex TransactionDayView::nextDown(const QModelIndex& from) const
{
    if (!m_model || !from.isValid())
        return {};
    for (int row = from.row() + 1; row < m_model->rowCount(); ++row) {
        if (m_model->isEditable(row, from.column()))
            return m_model->index(row, from.column());
    }
    return {};
}

void TransactionDayView::moveTo(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

void TransactionDayView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState) {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            moveTo(nextDown(currentIndex()));
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
            if (currentIndex().isValid())
                emit fillRequested(currentIndex().row());
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

QModelIndex TransactionDayView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        const QModelIndex next = nextAcross(currentIndex(), cursorAction == MoveNext);
        return next.isValid() ? next : currentIndex();
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void TransactionDayView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The delegate closes its editor with EditNextItem / EditPreviousItem on Tab / Shift+Tab and with
    // SubmitModelCache on Enter: the next cell becomes current, ready for typing.
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    switch (hint) {
    case QAbstractItemDelegate::EditNextItem:
    case QAbstractItemDelegate::EditPreviousItem: {
        const QModelIndex next = nextAcross(currentIndex(), hint == QAbstractItemDelegate::EditNextItem);
        if (next.isValid())
            moveTo(next);
        break;
    }
    case QAbstractItemDelegate::SubmitModelCache:
        if (const QModelIndex down = nextDown(currentIndex()); down.isValid())
            moveTo(down);
        break;
    default:
        break;
    }
}
