#pragma once

#include "core/store/JournalEntry.h"
#include "core/store/TrigramProbes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace acrp {

class JournalReader;

// How JournalQuery::search is applied. Both paths give the same rows; Auto picks the faster.
enum class JournalSearchPath {
    Auto, // the trigram index for terms of 3 characters or more, unless the term is in so many rows
          // that LIKE finds the page sooner (see Journal::entries)
    Like, // LIKE over the columns, row by row
    Index, // the trigram index (terms shorter than 3 characters still go through LIKE)
};

// The columns the history can be sorted by (each has an index from schema 2 on).
enum class JournalSort { CreatedAt, Profile, Site, Edition, InstanceName, Region, Period, State, InstanceId, OrderId };

// Which rows to list. Empty fields do not filter. The journal has indexes on state, creation
// time, site and every sort column so a window over 100,000 rows stays fast.
struct JournalQuery
{
    QList<OrderState> states;
    std::optional<Site> site;
    std::optional<OrderKind> kind; // new orders or renewals only
    QDateTime createdFrom; // inclusive
    QDateTime createdTo; // exclusive
    // Free text, a substring of any of: instance name, region, edition, profile, InstanceId, OrderId,
    // RequestId, ClientToken. Case-insensitive for ASCII letters only, as SQLite's LIKE (other
    // scripts match as written, on both paths); % and _ are plain characters. Empty: no filter.
    QString search;
    JournalSearchPath searchPath = JournalSearchPath::Auto; // tests and benchmarks force one
    JournalSort sortBy = JournalSort::CreatedAt; // ties broken by id in the same direction
    bool newestFirst = true; // descending order of sortBy
    int limit = -1; // -1: all
    int offset = 0;
};

// The write-ahead order journal: one SQLite file (Qt Sql) under AppDataLocation, WAL mode,
// synchronous=FULL, schema versioned in `PRAGMA user_version` and migrated forward on open.
// Every call commits before it returns, so each state transition is durable before the caller
// takes the next network step. Several processes may open the same file (busy timeout).
//
// Never given a secret: rows hold the order, the ClientToken, IDs, states and error codes only.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Journal)

public:
    // The schema version this build writes. 1: orders. 2: the templates table, and the order's
    // edition, instance name, region and period as indexed columns of orders (filled from
    // order_json for existing rows) for sorting and searching the history.
    // 3: the payment status and the time the status was last read (status refresh).
    // 4: orders_search, an FTS5 index (tokenize='trigram', external content 'orders', detail=none)
    // over the eight searched columns, filled from the existing rows by the migration and kept in
    // step by AFTER INSERT / UPDATE / DELETE triggers on orders. detail=none stores which rows hold
    // a trigram, not where: about 150 bytes a row (detail=full: 600, as much as the row itself), as
    // fast for these terms; the search checks the rows the index finds with LIKE, so both agree.
    // 5: indexes on (state, created_at) and (site, created_at), so a filtered history in its
    // default order reads its page without sorting the matching rows.
    // 6: the order's kind ('new' or 'renew'; existing rows 'new'), and what account sync reads
    // (AccountStore): account_instances, account_orders and account_sync, per profile and endpoint.
    // 7: orders_tally, the number of rows of each (state, site, kind), kept in step by triggers, so
    // count() of a query with neither search nor dates reads a few rows whatever the journal's size.
    // 8: the hex-only IDs (RequestIds and ClientTokens that are UUIDs: only 0-9, A-F and '-') move
    // out of orders_search into orders_search_hex, the same kind of index over those two columns;
    // each index reads its text through a view of orders (orders_search_text, orders_search_ids),
    // which is what the triggers give it too. A search with any other character cannot be part of
    // such an ID and asks orders_search alone, whose lists no longer hold the random trigrams of two
    // UUIDs a row ("500" in 1,262 rows of 100,000 before, 303 after).
    static constexpr int kSchemaVersion = 8;

    // AppDataLocation/journal.sqlite
    static QString defaultPath();

    explicit Journal(const QString& path = defaultPath());
    // A connection that shares what the search index's probes found (TrigramProbes) with the others
    // to the same file: JournalReader's, with the journal that owns the reader.
    Journal(const QString& path, std::shared_ptr<TrigramProbes> probes);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // Creates the folder and file (owner-only permissions) if needed, sets WAL and FULL sync and
    // migrates the schema. Refuses a file written by a newer version.
    bool open(QString* error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // PRAGMA user_version of the open file.
    int schemaVersion() const;
    // PRAGMA journal_mode of the open file ("wal").
    QString journalMode() const;
    // The open connection, for the other stores that live in the same file (TemplateStore).
    QSqlDatabase database() const;

    // Threads that read this file off the caller's thread, each through a connection of its own
    // (JournalReader): one for pages of rows, one for counts, which may take longer and must not hold
    // a page back. Made on first use and kept as long as this journal, so that their caches stay
    // warm from one window to the next.
    enum class ReaderKind { Pages, Counts };
    JournalReader& reader(ReaderKind kind);
    // What the search index's probes found, shared with the readers (for tests).
    const TrigramProbes& trigramProbes() const { return *m_probes; }
    // Probes the trigrams searches on this connection asked the index for without probing them
    // first (see indexQuery), so that later searches know how rare they are. The readers call it
    // after each task, once its answer is on its way.
    void probeDeferred();

    // Inserts a new row and commits it; the state must be Draft or Sending (write-ahead: the
    // ClientToken is durable before anything is sent). Returns the row id, 0 on failure.
    // createdAt/updatedAt default to now; orderJson defaults to the OrderFile form of `order`, or
    // for a Renew row to `renewal`'s document (required), whose instance goes to instance_id.
    qint64 insert(const JournalEntry& entry, QString* error = nullptr);

    // Draft, Sending or Unknown -> Sending (before a (re)send). False for a finished row.
    bool markSending(qint64 id, QString* error = nullptr);
    // The number of attempts made so far, while Sending.
    bool recordAttempts(qint64 id, int attempts, QString* error = nullptr);
    // Sending -> Succeeded with the service's IDs.
    bool finishSucceeded(qint64 id, int attempts, const QString& instanceId, const QString& orderId,
                         const QString& requestId, QString* error = nullptr);
    // Sending -> Failed (the service refused; nothing was bought) or Unknown (no answer settled it).
    bool finishWithError(qint64 id, OrderState state, int attempts, const ApiError& apiError, QString* error = nullptr);
    // A Succeeded row's status as a refresh read it: the payment status and the provisioning status
    // (each left as it was when empty: not read this time) and when the status was read.
    bool recordStatus(qint64 id, const QString& paymentStatus, const QString& provisioningStatus,
                      const QDateTime& checkedAt, QString* error = nullptr);

    std::optional<JournalEntry> entry(qint64 id) const;
    std::optional<JournalEntry> entryByClientToken(const QString& clientToken) const;
    QList<JournalEntry> entries(const JournalQuery& query = {}) const;
    // True when count(query) sums the tally instead of counting rows: no search, no dates. Such a
    // count is quick enough for the GUI thread at any size.
    static bool countsFromTally(const JournalQuery& query);
    int count(const JournalQuery& query = {}) const;
    // Whether a search term is long enough for the trigram index (3 code points or more).
    static bool searchUsesIndex(const QString& search);
    // The rows naming any of `instanceIds` or `orderIds` (the orders that touched synced
    // instances), oldest first.
    QList<JournalEntry> entriesTouching(const QStringList& instanceIds, const QStringList& orderIds) const;
    // Sending and Unknown rows, oldest first: what `resume` resends.
    QList<JournalEntry> pending() const;
    // SQLite's plan for the page entries(query) reads (EXPLAIN QUERY PLAN, one detail line a step),
    // for tests and benchmarks: "USE TEMP B-TREE FOR ORDER BY" means every matching row is sorted.
    QStringList queryPlan(const JournalQuery& query) const;

private:
    bool exec(QSqlQuery& query, QString* error) const;
    bool execStatement(const QString& sql, QString* error) const;
    bool migrate(QString* error);
    bool update(qint64 id, const QString& assignments, const QStringList& fromStates,
                const QList<std::pair<QString, QVariant>>& values, QString* error);
    // SELECT of every column of the rows `from` (a FROM clause and what follows it) names.
    QList<JournalEntry> select(const QString& from, const QList<QVariant>& values) const;
    // The FROM clause (and what follows it) of the page entries(query) reads, with its values;
    // `match`: the index's query when it was asked for already (else empty).
    QString pageFrom(const JournalQuery& query, const QString& match, QList<QVariant>* values) const;
    // The largest row id: the number of rows, or a few more.
    qint64 rowEstimate() const;
    // The FTS5 query of the trigrams of `search` the index is asked for (all of them, or the rarest
    // when a journal of `rows` would otherwise hand over many rows holding the common ones; `cap`:
    // the candidates entries() takes from the index; a trigram no search has probed yet may be asked
    // for unprobed, and is remembered for probeDeferred()). The second form estimates both.
    QString indexQuery(const QString& search, qint64 rows, int cap) const;
    QString indexQuery(const QString& search) const;
    // How many of the first rows of the index's list of `trigram` (an FTS5 string) there are, and
    // the largest id among them, kept in m_probes for a journal of `rows`; nothing when the index
    // could not be read. `probe`: the statement, prepared on first use.
    std::optional<TrigramProbes::Probe> probeTrigram(QSqlQuery& probe, const QString& trigram, qint64 rows) const;
    // The rows the search indexes find for `search`, `match` being orders_search's FTS5 query (see
    // indexRows in Journal.cpp), up to `cap` of them; nothing when an index could not be read.
    std::optional<QList<qint64>> indexCandidates(const QString& search, const QString& match, int cap) const;

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    std::unique_ptr<JournalReader> m_pageReader;
    std::unique_ptr<JournalReader> m_countReader;
    std::shared_ptr<TrigramProbes> m_probes;
    // Trigrams a search asked the index for unprobed, with the largest row id of the time, for
    // probeDeferred().
    mutable QList<std::pair<QString, qint64>> m_unprobed;
};

} // namespace acrp
