#include "RegisterReader.h"

#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/MoveRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <utility>

Result<QList<GroupRegisterLine>> RegisterReader::groups(const QDate& day)
{
    auto groups = GroupRepository(m_database).all();
    if (!groups)
        return groups.error();
    auto communes = CommuneRepository(m_database).all();
    if (!communes)
        return communes.error();
    auto borrowers = BorrowerRepository(m_database).all();
    if (!borrowers)
        return borrowers.error();

    // Each borrower's group at the end of the day: the first one, or that of the latest move up to it.
    QHash<QString, QString> groupOf;
    groupOf.reserve(borrowers->size());
    for (const Borrower& borrower : std::as_const(*borrowers))
        groupOf.insert(borrower.id, borrower.groupCode);
    if (Status s = MoveRepository(m_database).forEach([&groupOf, &day](const Move& move) {
            if (move.on <= day)
                groupOf.insert(move.borrowerId, move.groupCode); // ascending by date: the latest wins
        });
        !s)
        return s.error();
    QHash<QString, qsizetype> members;
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it) {
        if (!it.value().isEmpty())
            ++members[it.value()];
    }

    QHash<QString, QString> communeNames;
    for (const Commune& commune : std::as_const(*communes))
        communeNames.insert(commune.code, commune.name);
    QList<GroupRegisterLine> lines;
    lines.reserve(groups->size());
    for (Group& group : *groups) {
        GroupRegisterLine line;
        line.communeName = communeNames.value(group.communeCode);
        line.members = members.value(group.code);
        line.group = std::move(group);
        lines.append(std::move(line));
    }
    return lines;
}

QString RegisterReader::nextCode(const QStringList& ids)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\D*)(\\d+)$"));
    struct Pattern
    {
        qsizetype count = 0;
        qint64 highest = 0;
    };
    std::map<std::pair<QString, qsizetype>, Pattern> patterns; // (prefix, digits) → how often, highest number
    for (const QString& id : ids) {
        const QRegularExpressionMatch match = pattern.match(id);
        if (!match.hasMatch() || match.capturedLength(2) > 15)
            continue;
        Pattern& p = patterns[{match.captured(1), match.capturedLength(2)}];
        ++p.count;
        p.highest = std::max(p.highest, match.captured(2).toLongLong());
    }
    QString prefix = QStringLiteral("KH");
    qsizetype digits = 6;
    qint64 highest = 0;
    qsizetype best = 0;
    for (const auto& [key, p] : patterns) {
        if (p.count > best) {
            best = p.count;
            prefix = key.first;
            digits = key.second;
            highest = p.highest;
        }
    }
    QString code = prefix + QStringLiteral("%1").arg(highest + 1, static_cast<int>(digits), 10, QChar(u'0'));
    // Another pattern may hold the same text already (KH1 and KH01 are different codes): count on.
    const QSet<QString> taken(ids.cbegin(), ids.cend());
    for (qint64 next = highest + 2; taken.contains(code); ++next)
        code = prefix + QStringLiteral("%1").arg(next, static_cast<int>(digits), 10, QChar(u'0'));
    return code;
}

Result<QString> RegisterReader::nextBorrowerId()
{
    auto borrowers = BorrowerRepository(m_database).all();
    if (!borrowers)
        return borrowers.error();
    QStringList ids;
    ids.reserve(borrowers->size());
    for (const Borrower& borrower : std::as_const(*borrowers))
        ids.append(borrower.id);
    return nextCode(ids);
}

Result<Membership> RegisterReader::membershipAt(const QString& borrowerId, const QDate& day)
{
    auto found = BorrowerRepository(m_database).find({borrowerId});
    if (!found)
        return found.error();
    const auto it = found->constFind(borrowerId);
    if (it == found->cend())
        return Error::usage(tr("there is no borrower %1").arg(borrowerId));
    Membership membership{it->communeCode, it->groupCode};
    auto moves = MoveRepository(m_database).of({borrowerId});
    if (!moves)
        return moves.error();
    for (const Move& move : moves->value(borrowerId)) {
        if (move.on <= day)
            membership = move.membership();
    }
    return membership;
}

Result<bool> RegisterReader::groupHadMembers(const QString& groupCode)
{
    return GroupRepository(m_database).everHadMembers(groupCode);
}

Result<bool> RegisterReader::borrowerHasHistory(const QString& borrowerId)
{
    return BorrowerRepository(m_database).hasHistory(borrowerId);
}
