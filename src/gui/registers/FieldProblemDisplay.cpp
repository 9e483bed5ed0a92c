#include "FieldProblemDisplay.h"

#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

FieldProblemDisplay::FieldProblemDisplay(QLabel* general)
    : m_general(general)
{
    m_general->hide();
}

QLabel* FieldProblemDisplay::makeMessageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
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
    m_fields.insert(field, {editor, label});
    return holder;
}

void FieldProblemDisplay::alias(const QString& field, const QString& shownAs)
{
    m_aliases.insert(field, shownAs);
}

void FieldProblemDisplay::clear()
{
    for (const Field& field : std::as_const(m_fields)) {
        field.label->clear();
        field.label->hide();
    }
    m_general->clear();
    m_general->hide();
}

void FieldProblemDisplay::append(QLabel* label, const QString& message)
{
    const QString text = message.isEmpty() ? QString() : message.at(0).toUpper() + message.mid(1);
    label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
    label->show();
}

void FieldProblemDisplay::show(const Status& status, const QList<RecordProblem>& problems)
{
    clear();
    if (status.ok())
        return;
    QWidget* first = nullptr;
    for (const RecordProblem& problem : problems) {
        const auto it = m_fields.constFind(m_aliases.value(problem.field, problem.field));
        if (it == m_fields.cend() || !it->editor->isEnabled()) {
            append(m_general, problem.field.isEmpty()
                                  ? problem.message
                                  : problem.field + QStringLiteral(": ") + problem.message);
            continue;
        }
        append(it->label, problem.message);
        if (!first)
            first = it->editor;
    }
    if (problems.isEmpty())
        append(m_general, status.error().message);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    growWindow();
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

void FieldProblemDisplay::showAt(const QString& field, const QString& message)
{
    const auto it = m_fields.constFind(m_aliases.value(field, field));
    if (it == m_fields.cend()) {
        append(m_general, message);
        growWindow();
        return;
    }
    append(it->label, message);
    it->editor->setFocus(Qt::OtherFocusReason);
    growWindow();
}

QString FieldProblemDisplay::messageOf(const QString& field) const
{
    const auto it = m_fields.constFind(m_aliases.value(field, field));
    return it == m_fields.cend() || it->label->isHidden() ? QString() : it->label->text();
}
