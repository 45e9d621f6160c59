#include "ui/InstancesModel.h"

#include "core/Formatting.h"
#include "core/order/Catalog.h"
#include "ui/OrderText.h"

#include <QApplication>
#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace acrp::ui {

InstancesModel::InstancesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void InstancesModel::setRows(const QList<InstanceRow>& rows)
{
    m_all = rows;
    refilter();
}

void InstancesModel::setLevelFilter(LevelFilter filter)
{
    if (m_level == filter)
        return;
    m_level = filter;
    refilter();
}

void InstancesModel::setOriginFilter(OriginFilter filter)
{
    if (m_origin == filter)
        return;
    m_origin = filter;
    refilter();
}

void InstancesModel::setSearch(const QString& text)
{
    const QString search = text.trimmed();
    if (m_search == search)
        return;
    m_search = search;
    refilter();
}

bool InstancesModel::isFiltered() const
{
    return m_level != LevelFilter::All || m_origin != OriginFilter::All || !m_search.isEmpty();
}

const InstanceRow* InstancesModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int InstancesModel::rowOf(const QString& instanceId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).instance.instanceId == instanceId)
            return row;
    }
    return -1;
}

bool InstancesModel::accepts(const InstanceRow& row) const
{
    const Expiry::Level level = row.expiry.level;
    switch (m_level) {
    case LevelFilter::All:
        break;
    case LevelFilter::NeedsAttention:
        if (level != Expiry::Level::Soon && level != Expiry::Level::Expired)
            return false;
        break;
    case LevelFilter::Soon:
        if (level != Expiry::Level::Soon)
            return false;
        break;
    case LevelFilter::Expired:
        if (level != Expiry::Level::Expired && level != Expiry::Level::Released)
            return false;
        break;
    case LevelFilter::Ok:
        if (level != Expiry::Level::Ok)
            return false;
        break;
    }
    if ((m_origin == OriginFilter::Here && !row.boughtHere) || (m_origin == OriginFilter::Elsewhere && row.boughtHere))
        return false;
    if (m_search.isEmpty())
        return true;
    const AccountInstance& instance = row.instance;
    for (const QString& text : {instance.instanceId, instance.name, instance.region, instance.instanceSpecification,
                                editionName(instance), instance.status, instance.instanceStatus}) {
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return std::any_of(row.orders.begin(), row.orders.end(),
                       [this](const InstanceOrder& order) { return order.orderId.contains(m_search); });
}

void InstancesModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (int index = 0; index < m_all.size(); ++index) {
        if (accepts(m_all.at(index)))
            m_shown.append(index);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto key = [this](const InstanceRow& row) -> qint64 {
        // The end (and the days left, which follow it); unknown ends last.
        return row.instance.endTime.isValid() ? row.instance.endTime.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
    };
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](int a, int b) {
        const InstanceRow& left = m_all.at(a);
        const InstanceRow& right = m_all.at(b);
        int order = 0;
        if (m_sortColumn == EndColumn || m_sortColumn == DaysLeftColumn) {
            const qint64 l = key(left);
            const qint64 r = key(right);
            order = l < r ? -1 : (l > r ? 1 : 0);
        } else {
            order = collator.compare(cellText(left, m_sortColumn), cellText(right, m_sortColumn));
        }
        if (order == 0)
            order = left.instance.instanceId.compare(right.instance.instanceId);
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
    endResetModel();
}

QString InstancesModel::editionName(const AccountInstance& instance)
{
    if (instance.instanceSpecification.isEmpty())
        return {};
    const Catalog& catalog = Catalog::builtIn();
    const EditionInfo* edition = catalog.edition(catalog.editionOfSpecification(instance.instanceSpecification));
    return edition ? edition->name.forLocale(QLocale().name()) : instance.instanceSpecification;
}

QString InstancesModel::statusText(const AccountInstance& instance)
{
    // The subscription's status (BSS) and the registry's own (ACR), when read.
    if (instance.instanceStatus.isEmpty())
        return instance.status;
    return tr("%1 (ACR: %2)").arg(instance.status, instance.instanceStatus);
}

QString InstancesModel::daysLeftText(const Expiry& expiry)
{
    switch (expiry.level) {
    case Expiry::Level::Unknown:
        return tr("unknown");
    case Expiry::Level::Ok:
    case Expiry::Level::Soon:
        return tr("%n day(s)", nullptr, expiry.daysLeft);
    case Expiry::Level::Expired:
        return tr("released in %n day(s)", nullptr, expiry.daysUntilRelease); // Status says Expired
    case Expiry::Level::Released:
        return expiry.levelName();
    }
    return {};
}

QString InstancesModel::renewalText(const AccountInstance& instance)
{
    if (instance.renewStatus.compare(u"AutoRenewal", Qt::CaseInsensitive) == 0) {
        const int months = instance.renewalDurationUnit.compare(u"Y", Qt::CaseInsensitive) == 0
            ? instance.renewalDuration * 12
            : instance.renewalDuration;
        return months > 0 ? tr("Auto, %1").arg(OrderText::periodText(months)) : tr("Automatic");
    }
    if (instance.renewStatus.compare(u"ManualRenewal", Qt::CaseInsensitive) == 0)
        return tr("Manual");
    if (instance.renewStatus.compare(u"NotRenewal", Qt::CaseInsensitive) == 0)
        return tr("Not renewed");
    return instance.renewStatus;
}

QString InstancesModel::originText(bool boughtHere)
{
    return boughtHere ? tr("Bought here") : tr("Bought elsewhere");
}

QString InstancesModel::cellText(const InstanceRow& row, int column) const
{
    const AccountInstance& instance = row.instance;
    switch (column) {
    case InstanceIdColumn:
        return instance.instanceId;
    case NameColumn:
        return instance.name;
    case EditionColumn:
        return editionName(instance);
    case RegionColumn:
        return instance.region;
    case StatusColumn:
        return statusText(instance);
    case EndColumn:
        return instance.endTime.isValid() ? format::dateTime(instance.endTime) : tr("unknown");
    case DaysLeftColumn:
        return daysLeftText(row.expiry);
    case RenewalColumn:
        return renewalText(instance);
    case OriginColumn: // under the header "Bought"; the filter and the details say it whole
        return row.boughtHere ? tr("here") : tr("elsewhere");
    default:
        return {};
    }
}

void InstancesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refilter(); // texts sort differently in another language
}

int InstancesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int InstancesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::data(const QModelIndex& index, int role) const
{
    const InstanceRow* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DaysLeftColumn || index.column() == EndColumn)
            return row->expiry.notice();
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DaysLeftColumn || index.column() == StatusColumn) {
            const Expiry::Level level = row->expiry.level;
            if (level == Expiry::Level::Soon)
                return OrderText::color(OrderText::Tone::Warning, QApplication::palette());
            if (level == Expiry::Level::Expired || level == Expiry::Level::Released)
                return OrderText::color(OrderText::Tone::Error, QApplication::palette());
        }
        return {};
    case InstanceIdRole:
        return row->instance.instanceId;
    default:
        return {};
    }
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InstanceIdColumn:
        return tr("Instance ID");
    case NameColumn:
        return tr("Name");
    case EditionColumn:
        return tr("Edition");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    case EndColumn:
        return tr("Ends");
    case DaysLeftColumn:
        return tr("Days left");
    case RenewalColumn:
        return tr("Renewal");
    case OriginColumn:
        return tr("Bought");
    default:
        return {};
    }
}

void InstancesModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    refilter();
}

} // namespace acrp::ui
