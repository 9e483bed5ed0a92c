#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QString>

#include <utility>

/// The values of a record as the audit trail writes them: `field: value; field: value`, fields named as the
/// CSV columns are, amounts in whole đồng and dates in ISO form.
namespace AuditText {

using Fields = QList<std::pair<QString, QString>>;

Fields of(const Commune& commune);
Fields of(const Group& group);
Fields of(const Borrower& borrower);
Fields of(const Loan& loan);
Fields of(const QList<Installment>& schedule);
Fields of(const Repayment& repayment);
Fields of(const SavingsEntry& entry);
Fields of(const Membership& membership);

/// `field: value; field: value`
QString text(const Fields& fields);

/// The fields whose values differ between @p before and @p after, as the old and the new text.
struct Change
{
    QString before;
    QString after;
    [[nodiscard]] bool isEmpty() const { return before.isEmpty() && after.isEmpty(); }
};
Change difference(const Fields& before, const Fields& after);

} // namespace AuditText
