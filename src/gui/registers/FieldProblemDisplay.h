#pragma once

#include "Result.h"
#include "entry/FieldErrors.h"
#include "service/PostingBatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QLabel;
class QWidget;

/// The registers' way of putting FieldErrors in a form: each field's editor with its message label under it,
/// and the form grown at once so a message is never squeezed. Shows the write service's refusals next to the
/// fields of a form: a red message under each refused field (named as PortfolioService names them:
/// `id_number`, `group_code`, `on`), the first refused field focused; a problem of no field of the form, or
/// an error that is not a refusal, goes to the form's general message.
class FieldProblemDisplay
{
    Q_DECLARE_TR_FUNCTIONS(FieldProblemDisplay)

public:
    /// @p general: where problems of no field of the form are shown (under the fields).
    explicit FieldProblemDisplay(QLabel* general);

    /// @p field of the service shows its problems in a new hidden label named @p labelName under @p editor;
    /// returns a widget holding both, for the form's layout.
    QWidget* add(const QString& field, QWidget* editor, const QString& labelName);
    /// Also shows @p field's problems with another field's (a form with one editor for two service fields).
    void alias(const QString& field, const QString& shownAs);

    /// Hides every message.
    void clear();
    /// Shows what a refused save returned: @p problems by field (PortfolioService::problems()), or, when it
    /// gave none, @p status's message in the general label.
    void show(const Status& status, const QList<RecordProblem>& problems);
    /// Shows @p message under @p field (a check the form makes itself) and focuses it.
    void showAt(const QString& field, const QString& message);

    /// The message under @p field, empty when none is shown.
    [[nodiscard]] QString messageOf(const QString& field) const;

    static QLabel* makeMessageLabel(const QString& objectName, QWidget* parent);

private:
    void growWindow();

    QLabel* m_general;
    FieldErrors m_errors;
};
