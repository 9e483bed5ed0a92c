#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QString>

/// Sorts the tables of LoanDesk on their raw values (ItemRoles::SortRole) with the TOTAL row always last, and
/// filters them by a search text (matched without regard to case or Vietnamese diacritics,
/// VietnameseText::fold: "nguyen van an" finds "Nguyễn Văn An") and, when asked, to the rows with overdue
/// debt. While rows are filtered out the TOTAL row is hidden, since it is the total of all rows. A column of
/// people's names (its model answers true to PersonNameColumnRole in its horizontal header) sorts as
/// Vietnamese lists do: by the given name, then the whole name (VietnameseText::comparePersonNames).
class TableFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Asked of the source model's horizontal header: true for a column of people's names.
    static constexpr int PersonNameColumnRole = Qt::UserRole + 20;

    explicit TableFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setOnlyOverdue(bool only);
    /// Texts sort in the order of @p locale's language (Vietnamese: Đ after D, Ư after U).
    void setCollationLocale(const QLocale& locale);
    [[nodiscard]] bool isFiltering() const { return !m_search.isEmpty() || m_onlyOverdue; }

    /// @p text in lower case without diacritics and with single spaces, for searching.
    static QString fold(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search; ///< folded
    QCollator m_collator;
    bool m_onlyOverdue = false;
};
