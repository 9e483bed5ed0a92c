#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/// One group of the groups register: the group, its commune's name and how many borrowers belong to it on a
/// day (their membership at that day: the first one, or their latest move dated on or before it).
struct GroupRegisterLine
{
    Group group;
    QString communeName;
    qsizetype members = 0;
};

/// What the registers' lists and forms read (read-only): the groups with their members, the next free
/// customer code, and whether a group or a borrower can still change what the write service refuses to change
/// once it has history.
class RegisterReader
{
    Q_DECLARE_TR_FUNCTIONS(RegisterReader)

public:
    explicit RegisterReader(Database& database)
        : m_database(database)
    {}

    /// Every group, ascending by code, with its members at the end of @p day.
    Result<QList<GroupRegisterLine>> groups(const QDate& day);
    /// The customer code a new borrower is proposed: the office's most used pattern (letters then digits,
    /// `KH000151`) with the number after the highest one taken; `KH000001` in an empty database.
    Result<QString> nextBorrowerId();
    /// The borrower's membership at the end of @p day (their first one, overlaid by their latest move dated
    /// on or before it); an error when there is no such borrower.
    Result<Membership> membershipAt(const QString& borrowerId, const QDate& day);
    /// Whether anyone was ever a member of the group: then its commune and organisation cannot change.
    Result<bool> groupHadMembers(const QString& groupCode);
    /// Whether the borrower has a loan, a savings entry or a move: then their kind, commune and group cannot
    /// change (a change of group or commune is a move).
    Result<bool> borrowerHasHistory(const QString& borrowerId);

    /// The code after the highest of @p ids in their most used pattern (see nextBorrowerId()).
    static QString nextCode(const QStringList& ids);

private:
    Database& m_database;
};
