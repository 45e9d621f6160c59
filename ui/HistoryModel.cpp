#include "ui/HistoryModel.h"

#include "core/Formatting.h"
#include "core/api/Endpoint.h"
#include "core/store/JournalReader.h"
#include "ui/OrderText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <optional>

namespace acrp::ui {

// --- HistoryModel ---

HistoryModel::HistoryModel(Journal* journal, QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    m_query.sortBy = JournalSort::CreatedAt;
    m_query.newestFirst = true;
}

JournalQuery HistoryModel::query() const
{
    JournalQuery query = m_query;
    query.limit = -1;
    query.offset = 0;
    return query;
}

bool HistoryModel::readsInIndexOrder() const
{
    // Every sort column has an index, and a state or site filter has one with the creation time
    // (schema 5): SQLite then walks an index and stops at the page's last row. A search, or a filter
    // with another order, reads or sorts every matching row (80,000 of 100,000 for Succeeded sorted
    // by profile: 80 ms), so those run on a worker.
    const bool filtered = !m_query.states.isEmpty() || m_query.site;
    return m_query.search.isEmpty() && (!filtered || m_query.sortBy == JournalSort::CreatedAt);
}

bool HistoryModel::isFiltered() const
{
    return !m_query.states.isEmpty() || m_query.site || !m_query.search.isEmpty();
}

void HistoryModel::setStates(const QList<OrderState>& states)
{
    if (states == m_query.states)
        return;
    m_query.states = states;
    requery();
}

void HistoryModel::setSite(std::optional<Site> site)
{
    if (site == m_query.site)
        return;
    m_query.site = site;
    requery();
}

void HistoryModel::setSearch(const QString& text)
{
    const QString search = text.trimmed();
    if (search == m_query.search)
        return;
    m_query.search = search;
    requery();
}

JournalSort HistoryModel::sortFor(int column)
{
    switch (column) {
    case ProfileColumn:
        return JournalSort::Profile;
    case SiteColumn:
        return JournalSort::Site;
    case EditionColumn:
        return JournalSort::Edition;
    case NameColumn:
        return JournalSort::InstanceName;
    case RegionColumn:
        return JournalSort::Region;
    case PeriodColumn:
        return JournalSort::Period;
    case StateColumn:
        return JournalSort::State;
    case InstanceIdColumn:
        return JournalSort::InstanceId;
    case OrderIdColumn:
        return JournalSort::OrderId;
    default:
        return JournalSort::CreatedAt;
    }
}

QString HistoryModel::siteName(Site site)
{
    // The catalog carries the site names in every language we ship.
    return Catalog::builtIn().site(site).name.forLocale(QLocale().name());
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    const JournalSort sortBy = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sortBy == m_query.sortBy && descending == m_query.newestFirst && m_loaded)
        return;
    m_query.sortBy = sortBy;
    m_query.newestFirst = descending;
    requery();
}

JournalQuery HistoryModel::pageQuery(int offset, int limit) const
{
    JournalQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    return page;
}

QList<JournalEntry> HistoryModel::fetchPage(int offset, int limit) const
{
    if (!m_journal)
        return {};
    return m_journal->entries(pageQuery(offset, limit));
}

template<typename Result, typename Work, typename Done>
void HistoryModel::read(Journal::ReaderKind which, Work work, Done done)
{
    const std::shared_ptr<QAtomicInt> current = m_generation;
    const int generation = current->loadRelaxed();
    QPointer<HistoryModel> self(this);
    // On the reader's thread, with its own connection to the same file (WAL lets readers share it),
    // so the window keeps painting and typing goes on while SQLite reads.
    m_journal->reader(which).post([current, generation, self, work, done](Journal* journal) {
        if (current->loadAcquire() != generation)
            return; // superseded while it waited for its turn
        std::optional<Result> result;
        if (journal)
            result = work(*journal);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, current, generation, result, done] {
                if (self && current->loadRelaxed() == generation)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

void HistoryModel::load(int limit)
{
    m_generation->ref(); // whatever is still being read for an older query is dropped
    m_loaded = true;
    m_fetching = false;
    if (!m_journal || readsInIndexOrder()) {
        // Index-fast: the rows are there when this returns.
        m_loading = false;
        showRows(fetchPage(0, limit), limit);
        // The reader a search will need opens its connection meanwhile.
        if (m_journal)
            m_journal->reader(Journal::ReaderKind::Pages).open();
        return;
    }
    m_loading = true;
    m_more = false; // the rows on show belong to the older query: none of its pages are fetched
    if (m_total >= 0) {
        m_total = -1;
        emit totalCountChanged(m_total);
    }
    read<QList<JournalEntry>>(
        Journal::ReaderKind::Pages, [page = pageQuery(0, limit)](Journal& journal) { return journal.entries(page); },
        [this, limit](const std::optional<QList<JournalEntry>>& rows) {
            m_loading = false;
            showRows(rows.value_or(QList<JournalEntry>()), limit);
        });
}

void HistoryModel::waitForReads()
{
    if (!m_journal)
        return;
    for (const Journal::ReaderKind kind : {Journal::ReaderKind::Pages, Journal::ReaderKind::Counts})
        m_journal->reader(kind).waitForIdle();
}

void HistoryModel::showRows(QList<JournalEntry> rows, int limit)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_more = m_rows.size() == limit;
    endResetModel();
    countLater();
}

void HistoryModel::requery()
{
    load(kFirstPageSize);
}

void HistoryModel::reload()
{
    load(qMax(int(m_rows.size()), kFirstPageSize));
}

void HistoryModel::countLater()
{
    if (!m_more) {
        // Everything matching is fetched: no need to ask SQL.
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
        return;
    }
    const JournalQuery query = this->query();
    if (m_journal && Journal::countsFromTally(query)) {
        // A few tally rows, whatever the journal's size: at once, with no second connection.
        const int total = m_journal->count(query);
        m_total = total >= 0 ? total : fetchedCount();
        emit totalCountChanged(m_total);
        return;
    }
    m_total = -1;
    // COUNT(*) of a search or a date range scans the matching rows: on a worker, after the first
    // rows are shown.
    read<int>(
        Journal::ReaderKind::Counts, [query](Journal& journal) { return journal.count(query); },
        [this](const std::optional<int>& total) {
            // A count that failed falls back to what is fetched, and grows as more is.
            m_total = total.value_or(-1) >= 0 ? *total : fetchedCount();
            emit totalCountChanged(m_total);
        });
}

void HistoryModel::refreshRow(qint64 journalId)
{
    const int row = rowOf(journalId);
    if (row < 0 || !m_journal)
        return;
    const std::optional<JournalEntry> entry = m_journal->entry(journalId);
    if (!entry)
        return;
    m_rows[row] = *entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const JournalEntry* HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HistoryModel::rowOf(qint64 journalId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == journalId)
            return row;
    }
    return -1;
}

int HistoryModel::fetchUntil(qint64 journalId)
{
    int row = rowOf(journalId);
    while (row < 0 && m_more) {
        const int before = fetchedCount();
        appendPage(fetchPage(before, kPageSize)); // at once, even with search text
        for (int i = before; i < m_rows.size() && row < 0; ++i) {
            if (m_rows.at(i).id == journalId)
                row = i;
        }
    }
    return row;
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_fetching)
        return;
    const int offset = fetchedCount();
    if (!m_journal || readsInIndexOrder()) {
        appendPage(fetchPage(offset, kPageSize));
        return;
    }
    m_fetching = true;
    read<QList<JournalEntry>>(
        Journal::ReaderKind::Pages,
        [page = pageQuery(offset, kPageSize)](Journal& journal) { return journal.entries(page); },
        [this, offset](const std::optional<QList<JournalEntry>>& rows) {
            m_fetching = false;
            if (offset == fetchedCount()) // else fetchUntil read on meanwhile
                appendPage(rows.value_or(QList<JournalEntry>()));
        });
}

void HistoryModel::appendPage(const QList<JournalEntry>& page)
{
    m_more = page.size() == kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
    if (m_total >= 0 && m_total < m_rows.size()) { // rows were added since the count
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
    }
}

QString HistoryModel::stateText(const JournalEntry& entry)
{
    return entry.kind == OrderKind::Renew ? tr("%1 (renewal)").arg(OrderText::stateName(entry.state))
                                          : OrderText::stateName(entry.state);
}

QString HistoryModel::renewalText(const JournalEntry& entry)
{
    const int months = entry.renewal ? entry.renewal->periodMonths : entry.order.periodMonths;
    return tr("Renewal of %1 for %2").arg(entry.instanceId, OrderText::periodText(months));
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    const JournalEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    if (role == JournalIdRole)
        return entry->id;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StateColumn:
            if (entry->kind == OrderKind::Renew)
                return QString(renewalText(*entry) + u"\n" + JournalEntry::stateDescription(entry->state));
            return JournalEntry::stateDescription(entry->state);
        case RegionColumn:
            if (const RegionInfo* region = Catalog::builtIn().region(entry->order.region))
                return region->name.forLocale(QLocale().name());
            return {};
        case TimeColumn:
            return QLocale().toString(entry->createdAt.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return format::dateTime(entry->createdAt);
    case ProfileColumn:
        return entry->profile;
    case SiteColumn:
        return siteName(entry->site);
    case EditionColumn: {
        const EditionInfo* edition = Catalog::builtIn().edition(entry->order.edition);
        return edition ? edition->name.forLocale(QLocale().name()) : entry->order.edition;
    }
    case NameColumn:
        return entry->order.instanceName;
    case RegionColumn:
        return entry->order.region;
    case PeriodColumn:
        return OrderText::periodText(entry->order.periodMonths);
    case StateColumn:
        return stateText(*entry);
    case InstanceIdColumn:
        return entry->instanceId;
    case OrderIdColumn:
        return entry->orderId;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case SiteColumn:
        return tr("Site");
    case EditionColumn:
        return tr("Edition");
    case NameColumn:
        return tr("Name");
    case RegionColumn:
        return tr("Region");
    case PeriodColumn:
        return tr("Period");
    case StateColumn:
        return tr("State");
    case InstanceIdColumn:
        return tr("Instance ID");
    case OrderIdColumn:
        return tr("Order ID");
    default:
        return {};
    }
}

} // namespace acrp::ui
