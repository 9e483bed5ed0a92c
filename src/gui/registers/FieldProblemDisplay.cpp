#include "FieldProblemDisplay.h"

#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

FieldProblemDisplay::FieldProblemDisplay(QLabel* general)
    : m_general(general)
    , m_errors(general)
{
    m_general->hide();
}

QLabel* FieldProblemDisplay::makeMessageLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = FieldErrors::makeLabel(parent, objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget* FieldProblemDisplay::add(const QString& field, QWidget* editor, const QString& labelName)
{
    auto* holder = new QWidget(editor->parentWidget());
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(holder);
    layout->addWidget(editor);
    QLabel* label = makeMessageLabel(labelName, holder);
    layout->addWidget(label);
    m_errors.addField(field, editor, label);
    return holder;
}

void FieldProblemDisplay::alias(const QString& field, const QString& shownAs)
{
    m_errors.addAlias(field, shownAs);
}

void FieldProblemDisplay::clear()
{
    m_errors.clear();
}

void FieldProblemDisplay::show(const Status& status, const QList<RecordProblem>& problems)
{
    m_errors.clear();
    if (status.ok())
        return;
    m_errors.showRefusal(status.error(), problems);
    growWindow();
}

void FieldProblemDisplay::showAt(const QString& field, const QString& message)
{
    m_errors.show(field, message);
    growWindow();
}

QString FieldProblemDisplay::messageOf(const QString& field) const
{
    return m_errors.message(field);
}

void FieldProblemDisplay::growWindow()
{
    // The messages take room under their fields: the form grows at once rather than squeezing them.
    QWidget* window = m_general->window();
    if (QLayout* layout = window->layout())
        layout->activate();
    const int wanted = window->heightForWidth(window->width());
    const int height = std::max(wanted > 0 ? wanted : window->sizeHint().height(), window->minimumHeight());
    if (window->height() < height)
        window->resize(window->width(), height);
}
