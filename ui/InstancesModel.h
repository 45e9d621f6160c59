#pragma once

#include "core/app/AccountService.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

namespace acrp::ui {

// The Instances window's table: the merged rows of one account (AccountService::instances), held
// in memory (an account owns a handful of instances, not thousands), filtered by expiry level,
// origin and free text, and sorted by any column.
class InstancesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InstanceIdColumn,
        NameColumn,
        EditionColumn,
        RegionColumn,
        StatusColumn,
        EndColumn,
        DaysLeftColumn,
        RenewalColumn,
        OriginColumn,
        ColumnCount
    };
    enum Role { InstanceIdRole = Qt::UserRole + 1 };

    // What the expiry filter offers.
    enum class LevelFilter { All, NeedsAttention, Soon, Expired, Ok };
    enum class OriginFilter { All, Here, Elsewhere };

    explicit InstancesModel(QObject* parent = nullptr);

    // Replaces every row (keeps filters and sort).
    void setRows(const QList<InstanceRow>& rows);
    void setLevelFilter(LevelFilter filter);
    void setOriginFilter(OriginFilter filter);
    void setSearch(const QString& text);
    bool isFiltered() const;

    int totalCount() const { return int(m_all.size()); }
    const InstanceRow* rowAt(int row) const;
    int rowOf(const QString& instanceId) const; // -1 when not listed

    // Cell texts, shared with the details pane.
    static QString editionName(const AccountInstance& instance);
    static QString statusText(const AccountInstance& instance);
    static QString daysLeftText(const Expiry& expiry);
    static QString renewalText(const AccountInstance& instance);
    static QString originText(bool boughtHere);

    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(const InstanceRow& row) const;
    void refilter();
    QString cellText(const InstanceRow& row, int column) const;

    QList<InstanceRow> m_all;
    QList<int> m_shown; // indices into m_all, filtered and sorted
    LevelFilter m_level = LevelFilter::All;
    OriginFilter m_origin = OriginFilter::All;
    QString m_search;
    int m_sortColumn = EndColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace acrp::ui
