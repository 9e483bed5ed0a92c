#include "FieldErrors.h"

#include <QLabel>
#include <QWidget>

FieldErrors::FieldErrors(QLabel* general, QObject* parent)
    : QObject(parent)
    , m_general(general)
{}

QLabel* FieldErrors::makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    label->hide();
    return label;
}

void FieldErrors::addField(const QString& field, QWidget* widget, QLabel* label)
{
    m_fields.insert(field, {widget, label});
}

void FieldErrors::addAlias(const QString& field, const QString& shownAs)
{
    m_aliases.insert(field, shownAs);
}

QString FieldErrors::resolve(const QString& field) const
{
    return m_aliases.value(field, field);
}

void FieldErrors::clear()
{
    m_focused = false;
    for (const Field& field : std::as_const(m_fields)) {
        field.label->clear();
        field.label->hide();
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

void FieldErrors::append(QLabel* label, const QString& problem)
{
    if (!label || problem.isEmpty())
        return;
    // The service's messages start in lower case ("must be greater than 0"): under a field they are
    // sentences.
    const QString message = problem.at(0).toUpper() + problem.mid(1);
    const QString text = label->text();
    if (!text.split(u'\n').contains(message))
        label->setText(text.isEmpty() ? message : text + u'\n' + message);
    label->show();
}

void FieldErrors::show(const QString& field, const QString& message)
{
    const auto found = m_fields.constFind(resolve(field));
    // A field the form has not, or one it does not let change (disabled), is named in the general message.
    if (found == m_fields.cend() || (found->widget && !found->widget->isEnabled())) {
        append(m_general, field.isEmpty() ? message : QStringLiteral("%1: %2").arg(field, message));
        return;
    }
    append(found->label, message);
    if (!m_focused && found->widget) {
        found->widget->setFocus(Qt::OtherFocusReason);
        m_focused = true;
    }
}

void FieldErrors::show(const QList<RecordProblem>& problems)
{
    clear();
    for (const RecordProblem& problem : problems)
        show(problem.field, problem.message);
}

void FieldErrors::showRefusal(const Error& error, const QList<RecordProblem>& problems)
{
    if (problems.isEmpty()) {
        clear();
        showGeneral(error.message);
    } else {
        show(problems);
    }
}

void FieldErrors::showGeneral(const QString& message)
{
    append(m_general, message);
}

QString FieldErrors::message(const QString& field) const
{
    const auto found = m_fields.constFind(resolve(field));
    if (found == m_fields.cend())
        return {};
    return found->label->text();
}

bool FieldErrors::isEmpty() const
{
    for (const Field& field : std::as_const(m_fields)) {
        if (!field.label->text().isEmpty())
            return false;
    }
    return !m_general || m_general->text().isEmpty();
}
