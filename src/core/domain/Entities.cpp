#include "Entities.h"

#include <QStringView>

QString borrowerKindCode(BorrowerKind kind)
{
    return kind == BorrowerKind::Organization ? QStringLiteral("organization") : QStringLiteral("household");
}

std::optional<BorrowerKind> parseBorrowerKind(QStringView text)
{
    if (text.isEmpty() || text == u"household")
        return BorrowerKind::Household;
    if (text == u"organization")
        return BorrowerKind::Organization;
    return std::nullopt;
}

const ProgramTerms* Program::termsOn(const QDate& date) const
{
    const ProgramTerms* found = nullptr;
    for (const ProgramTerms& row : terms) {
        if (row.effectiveFrom <= date)
            found = &row;
    }
    return found;
}
