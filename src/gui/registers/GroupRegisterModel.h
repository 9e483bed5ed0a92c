#pragma once

#include "common/DisplayOptions.h"
#include "domain/Catalogue.h"
#include "report/RegisterReader.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

/// The groups register as a table model: each group's code, name, commune, organisation, village, leader,
/// founding date and members today. Sorts on raw values (ItemRoles::SortRole), searches without diacritics.
class GroupRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        Commune,
        Organization,
        Village,
        Leader,
        FoundedOn,
        Members,
        ColumnCount
    };

    explicit GroupRegisterModel(QObject* parent = nullptr);

    void setLines(QList<GroupRegisterLine> lines, const Catalogue& catalogue, const DisplayOptions& options);
    [[nodiscard]] const QList<GroupRegisterLine>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GroupRegisterLine> m_lines;
    QStringList m_organizationNames; ///< by row
    QStringList m_search;            ///< folded, by row
    DisplayOptions m_options;
};
