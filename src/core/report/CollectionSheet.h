#pragma once

#include "Result.h"
#include "calc/CollectionProposal.h"
#include "domain/Catalogue.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/// The commune transaction day (ngày giao dịch tại điểm giao dịch xã): every savings-and-loan group of a
/// commune with each member who owes or saves on the day — their loans with what is proposed to collect, and
/// their savings balance. The entry grid of the transaction day and the printed collection list (danh sách
/// thu nợ, thu lãi, tiền gửi) are both drawn from it.
struct CollectionSheet
{
    struct Loan
    {
        QString loanNo;
        QString programCode;
        MonthlyRate rate;
        CollectionProposal proposal;
    };
    struct Member
    {
        QString borrowerId;
        QString fullName;
        QString village;
        QList<Loan> loans; ///< with a balance on the day, ascending by number
        Money savings;     ///< the savings balance at the end of the day

        [[nodiscard]] Money outstanding() const;
        [[nodiscard]] Money overdue() const;
        [[nodiscard]] Money principalDue() const;
        [[nodiscard]] Money interest() const;
    };
    struct Totals
    {
        int members = 0;
        int loans = 0;
        Money outstanding;
        Money overdue;
        Money principalDue;
        Money interest;
        Money savings;

        void add(const Member& member);
        void add(const Totals& other);
    };
    struct GroupSheet
    {
        Group group;
        QList<Member> members; ///< in the Vietnamese order of given names
        Totals totals;
    };

    QString communeCode;
    QString communeName;
    QDate day;
    QList<GroupSheet>
        groups; ///< every group of the commune, by code, also those with no member to collect from
    Totals totals;
};

/// Builds the CollectionSheet of a commune on a day from the stored facts, with the same calculators as every
/// figure (LoanCalculator, CollectionProposal, EntryEffect).
class CollectionSheetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CollectionSheetBuilder)

public:
    explicit CollectionSheetBuilder(Database& database)
        : m_database(database)
    {}

    Result<CollectionSheet> build(const QString& communeCode, const QDate& day);

private:
    Database& m_database;
};
