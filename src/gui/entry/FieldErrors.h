#pragma once

#include "Result.h"
#include "service/PostingBatch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QLabel;
class QWidget;

/// The messages of a refused save, each shown next to the field it names: a red label under the field, the
/// first field named given the focus. Fields are named as the write service names them (RecordProblem::field:
/// `amount`, `paid_on`); a problem naming no field of the form goes to the general label.
class FieldErrors : public QObject
{
    Q_OBJECT

public:
    /// @p general takes the problems that name no field of the form.
    explicit FieldErrors(QLabel* general, QObject* parent = nullptr);

    /// A red message label, hidden until it has something to say.
    static QLabel* makeLabel(QWidget* parent, const QString& objectName);

    /// Shows the problems of field @p field in @p label and gives @p widget the focus.
    void addField(const QString& field, QWidget* widget, QLabel* label);
    /// Shows the problems of @p field where those of @p shownAs go (several names for one field).
    void addAlias(const QString& field, const QString& shownAs);

    /// Hides every message.
    void clear();
    /// Shows @p message next to @p field (the general label when the form has no such field).
    void show(const QString& field, const QString& message);
    /// Shows every problem next to its field, focuses the first field named; clears the old messages first.
    void show(const QList<RecordProblem>& problems);
    /// Shows a refused save: @p problems next to their fields (PortfolioService::problems()), or, when the
    /// service gave none, @p error's message in the general label.
    void showRefusal(const Error& error, const QList<RecordProblem>& problems);
    /// Shows @p message in the general label.
    void showGeneral(const QString& message);

    /// The message shown for @p field (empty: none).
    [[nodiscard]] QString message(const QString& field) const;
    [[nodiscard]] bool isEmpty() const;

private:
    struct Field
    {
        QWidget* widget = nullptr;
        QLabel* label = nullptr;
    };
    [[nodiscard]] QString resolve(const QString& field) const;
    void append(QLabel* label, const QString& message);

    QLabel* m_general = nullptr;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_aliases;
    bool m_focused = false;
};
