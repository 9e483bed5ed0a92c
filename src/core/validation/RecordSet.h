#pragma once

#include "Validation.h"

#include <QHash>
#include <QSet>

/// A validation context over records held in memory by key: the import fills it with what it refers to in the
/// database plus its own rows; `check` fills it with the whole stored portfolio.
class RecordSet : public ValidationContext
{
public:
    [[nodiscard]] const Catalogue& catalogue() const override { return m_catalogue; }
    [[nodiscard]] const Commune* commune(const QString& code) const override { return find(communes, code); }
    [[nodiscard]] const Group* group(const QString& code) const override { return find(groups, code); }
    [[nodiscard]] const Borrower* borrower(const QString& id) const override { return find(borrowers, id); }
    [[nodiscard]] const Loan* loan(const QString& loanNo) const override { return find(loans, loanNo); }

    [[nodiscard]] bool isPartial(Kind kind) const override { return partial.contains(kind); }

    void setCatalogue(Catalogue catalogue) { m_catalogue = std::move(catalogue); }

    QSet<Kind> partial;

    QHash<QString, Commune> communes;
    QHash<QString, Group> groups;
    QHash<QString, Borrower> borrowers;
    QHash<QString, Loan> loans;

private:
    template <typename T>
    static const T* find(const QHash<QString, T>& map, const QString& key)
    {
        const auto it = map.constFind(key);
        return it == map.cend() ? nullptr : &*it;
    }

    Catalogue m_catalogue;
};
