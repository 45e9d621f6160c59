#pragma once

#include "core/order/Catalog.h"
#include "core/store/Journal.h"

#include <QAbstractTableModel>
#include <QAtomicInt>
#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>
#include <utility>

namespace acrp::ui {

// The order journal as a table for the history window. Rows are fetched lazily, a page at a time
// (JournalQuery limit/offset), and sorting and filtering re-query the database: nothing is sorted
// or filtered in memory, so 100,000 orders cost one page. The number of matching rows comes from
// SQL, and only when the first page is full.
//
// A query read in the order of an index (no search; no filter, or a filter in the default order)
// runs at once. Any other (a search, or a state or site filter sorted by another column) is
// read on a worker thread (as the count is, on another: the journal's readers, each with a
// connection of its own kept open, Journal::reader), and the
// rows on show stay until the new ones arrive (modelReset, then isLoading() is false). A newer
// query (search, filter, sort, reload) supersedes an older one: a superseded read that has not
// started never runs, and the result of one already running is dropped.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ProfileColumn,
        SiteColumn,
        EditionColumn,
        NameColumn,
        RegionColumn,
        PeriodColumn,
        StateColumn,
        InstanceIdColumn,
        OrderIdColumn,
        ColumnCount
    };
    enum Role { JournalIdRole = Qt::UserRole + 1 };
    // The first page fills a large window; scrolling to the end fetches the next pages.
    static constexpr int kFirstPageSize = 64;
    static constexpr int kPageSize = 200;

    // `journal` may be null (the journal is unavailable): the model is then empty.
    explicit HistoryModel(Journal* journal, QObject* parent = nullptr);

    // Filters (empty: no filter). Each setter re-queries when the filter changes.
    void setStates(const QList<OrderState>& states);
    void setSite(std::optional<Site> site);
    void setSearch(const QString& text);
    // The filter and sort in force, without limit and offset (what an export of the view lists).
    JournalQuery query() const;
    bool isFiltered() const;

    // Re-reads the journal: the first page, or as many rows as were fetched before.
    void reload();
    // Re-reads one row (after its provisioning status changed) if it is fetched.
    void refreshRow(qint64 journalId);

    // A read for the current query is on its way (its rows replace the shown ones when it ends).
    bool isLoading() const { return m_loading; }

    // Rows matching the filter, counted by SQL; -1 until known.
    int totalCount() const { return m_total; }
    int fetchedCount() const { return int(m_rows.size()); }
    const JournalEntry* entryAt(int row) const;
    int rowOf(qint64 journalId) const; // -1 when not fetched
    // Fetches pages until `journalId` is fetched or there are no more; its row or -1.
    int fetchUntil(qint64 journalId);

    static JournalSort sortFor(int column);
    static QString siteName(Site site); // translated (catalog)
    // The State column: the state, and "(renewal)" for a renewal row.
    static QString stateText(const JournalEntry& entry);
    // "Renewal of cri-… for 3 months" (a renewal row).
    static QString renewalText(const JournalEntry& entry);

    // The language changed: headers and cells are re-read.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Returns once every read posted so far has ended (its result is then waiting for this thread's
    // event loop). For tests and benchmarks.
    void waitForReads();

signals:
    // The matching rows were counted (after a reload).
    void totalCountChanged(int total);

private:
    // The query in force for rows [offset, offset + limit).
    JournalQuery pageQuery(int offset, int limit) const;
    QList<JournalEntry> fetchPage(int offset, int limit) const;
    // Reads the first `limit` rows of the query: at once without search text, else on a worker.
    void load(int limit);
    // Whether the current query's pages are read in the order of an index, fast enough for the GUI
    // thread; otherwise they are read on a worker.
    bool readsInIndexOrder() const;
    void showRows(QList<JournalEntry> rows, int limit);
    void appendPage(const QList<JournalEntry>& page);
    void requery();
    void countLater();
    // Runs `work` on the journal's reader of that kind (Journal::reader), with its connection to the
    // file, and hands its result to `done` on this thread, unless a newer query was made in the
    // meantime (then `work` is skipped if it has not started yet, and `done` is never called).
    template<typename Result, typename Work, typename Done> void read(Journal::ReaderKind reader, Work work, Done done);

    Journal* m_journal;
    JournalQuery m_query;
    QList<JournalEntry> m_rows;
    bool m_loaded = false; // queried at least once
    bool m_more = false;
    bool m_loading = false; // the current query's first rows are being read
    bool m_fetching = false; // a next page is being read
    int m_total = -1;
    // The current query's number; shared with the workers, which skip the reads of older ones.
    std::shared_ptr<QAtomicInt> m_generation = std::make_shared<QAtomicInt>(0);
};

} // namespace acrp::ui
