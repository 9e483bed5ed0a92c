#include "Breakdown.h"

QString breakdownCode(Breakdown breakdown)
{
    switch (breakdown) {
    case Breakdown::Commune:
        return QStringLiteral("commune");
    case Breakdown::Organization:
        return QStringLiteral("organization");
    case Breakdown::Group:
        return QStringLiteral("group");
    case Breakdown::Program:
        break;
    }
    return QStringLiteral("program");
}

std::optional<Breakdown> parseBreakdown(QStringView text)
{
    if (text == u"program")
        return Breakdown::Program;
    if (text == u"commune")
        return Breakdown::Commune;
    if (text == u"organization")
        return Breakdown::Organization;
    if (text == u"group")
        return Breakdown::Group;
    return std::nullopt;
}
