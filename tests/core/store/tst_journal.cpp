// Journal: schema and migrations, WAL, owner-only file, write-ahead insert, the state machine,
// queries (with their indexes), and two connections on one file.
#include "TestSupport.h"
#include "core/order/OrderFile.h"
#include "core/store/AccountStore.h"
#include "core/store/Journal.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using acrp::ApiError;
using acrp::Journal;
using acrp::JournalEntry;
using acrp::JournalQuery;
using acrp::JournalSort;
using acrp::OrderState;

Q_DECLARE_METATYPE(acrp::JournalSort)

namespace {

acrp::OrderSpec sampleOrder(const QString& name = QStringLiteral("team-registry"))
{
    return acrp::test::chinaOrder(name, QStringLiteral("Standard"));
}

JournalEntry sampleEntry(const QString& token, OrderState state = OrderState::Sending)
{
    JournalEntry entry;
    entry.profile = QStringLiteral("work");
    entry.site = acrp::Site::China;
    entry.endpoint = QStringLiteral("sandbox");
    entry.order = sampleOrder();
    entry.clientToken = token;
    entry.state = state;
    return entry;
}

// A second, raw connection for looking at the file the way sqlite3 would.
class RawDb
{
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("raw-") + QString::number(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() { QSqlDatabase::removeDatabase(m_name); }
    QStringList column(const QString& sql)
    {
        QStringList values;
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql)) {
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i).toString());
                values.append(row.join(u'|'));
            }
        }
        return values;
    }
    bool exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }
    void close() { QSqlDatabase::database(m_name).close(); }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// The rows' client tokens, oldest first, for `text` through the LIKE path; fails the test when the
// index path or the automatic choice answers differently.
QStringList searchBothWays(const Journal& journal, const QString& text)
{
    JournalQuery query;
    query.search = text;
    query.newestFirst = false;
    query.searchPath = acrp::JournalSearchPath::Like;
    const QStringList like = acrp::test::each(journal.entries(query), &JournalEntry::clientToken);
    query.searchPath = acrp::JournalSearchPath::Index;
    const QStringList index = acrp::test::each(journal.entries(query), &JournalEntry::clientToken);
    const int indexCount = journal.count(query);
    query.searchPath = acrp::JournalSearchPath::Auto;
    const QStringList automatic = acrp::test::each(journal.entries(query), &JournalEntry::clientToken);
    if (index != like || automatic != like || indexCount != like.size())
        return {QStringLiteral("paths disagree: like %1, index %2 (%3), auto %4")
                    .arg(like.join(u','), index.join(u','))
                    .arg(indexCount)
                    .arg(automatic.join(u','))};
    return like;
}

// A file exactly as schema `version` (2, 3 or 5) wrote it, with two orders (one bought, whose status
// was read) and a template.
void writeOldJournal(const QString& path, int version)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString order = QString::fromUtf8(acrp::OrderFile::serialize(sampleOrder(QStringLiteral("kept"))));
    const QString older = QString::fromUtf8(acrp::OrderFile::serialize(sampleOrder(QStringLiteral("older one"))));
    RawDb raw(path);
    for (const char* statement : {
             "CREATE TABLE orders ( id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL, updated_at "
             "INTEGER NOT NULL, profile TEXT NOT NULL DEFAULT '', site TEXT NOT NULL, endpoint TEXT NOT NULL, "
             "order_json TEXT NOT NULL, client_token TEXT NOT NULL UNIQUE, state TEXT NOT NULL CHECK (state IN "
             "('Draft','Sending','Succeeded','Failed','Unknown')), attempts INTEGER NOT NULL DEFAULT 0, "
             "instance_id TEXT NOT NULL DEFAULT '', order_id TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL "
             "DEFAULT '', last_error TEXT NOT NULL DEFAULT '', provisioning_status TEXT NOT NULL DEFAULT '', "
             "edition TEXT NOT NULL DEFAULT '', instance_name TEXT NOT NULL DEFAULT '', region TEXT NOT NULL "
             "DEFAULT '', period_months INTEGER NOT NULL DEFAULT 0)",
             "CREATE TABLE templates ( id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE COLLATE "
             "NOCASE, order_json TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
             "CREATE INDEX orders_state ON orders(state)",
             "CREATE INDEX orders_instance_name ON orders(instance_name)",
             "PRAGMA user_version = 2",
         })
        QVERIFY2(raw.exec(QString::fromLatin1(statement)), statement);
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders (created_at, updated_at, profile, site, endpoint, "
                                    "order_json, client_token, state, instance_name, region) VALUES (500, 500, "
                                    "'work', 'cn', 'cn', '%1', 'tok-v2-old', 'Unknown', 'older one', 'cn-shanghai')")
                         .arg(older)));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders (created_at, updated_at, profile, site, endpoint, "
                                    "order_json, client_token, state, attempts, instance_id, order_id, "
                                    "request_id, provisioning_status, edition, instance_name, region, "
                                    "period_months) VALUES (1000, 2000, 'work', 'cn', 'cn', '%1', 'tok-v2', "
                                    "'Succeeded', 2, 'cri-v2', '2086', 'RID-2', 'RUNNING', 'Standard', 'kept', "
                                    "'cn-shanghai', 12)")
                         .arg(order)));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO templates (name, order_json, created_at, updated_at) VALUES "
                                    "('team', '%1', 5, 6)")
                         .arg(order)));
    if (version >= 3) {
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE orders ADD COLUMN payment_status TEXT NOT NULL DEFAULT ''")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE orders ADD COLUMN status_checked_at INTEGER NOT NULL DEFAULT 0")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE orders SET payment_status = 'Paid', status_checked_at = 3000 WHERE "
                                        "client_token = 'tok-v2'")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    if (version >= 5) {
        // Schema 4 and 5 as they were written: the search index with its triggers, then two indexes.
        for (const char* statement : {
                 "CREATE VIRTUAL TABLE orders_search USING fts5(instance_name, region, edition, profile, "
                 "instance_id, order_id, request_id, client_token, content='orders', content_rowid='id', "
                 "tokenize='trigram', detail=none)",
                 "INSERT INTO orders_search(orders_search) VALUES ('rebuild')",
                 "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN INSERT INTO "
                 "orders_search(rowid, instance_name, region, edition, profile, instance_id, order_id, request_id, "
                 "client_token) VALUES (new.id, new.instance_name, new.region, new.edition, new.profile, "
                 "new.instance_id, new.order_id, new.request_id, new.client_token); END",
                 "CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN INSERT INTO "
                 "orders_search(orders_search, rowid, instance_name, region, edition, profile, instance_id, "
                 "order_id, request_id, client_token) VALUES ('delete', old.id, old.instance_name, old.region, "
                 "old.edition, old.profile, old.instance_id, old.order_id, old.request_id, old.client_token); END",
                 "CREATE TRIGGER orders_search_update AFTER UPDATE OF instance_name, region, edition, profile, "
                 "instance_id, order_id, request_id, client_token ON orders BEGIN INSERT INTO "
                 "orders_search(orders_search, rowid, instance_name, region, edition, profile, instance_id, "
                 "order_id, request_id, client_token) VALUES ('delete', old.id, old.instance_name, old.region, "
                 "old.edition, old.profile, old.instance_id, old.order_id, old.request_id, old.client_token); "
                 "INSERT INTO orders_search(rowid, instance_name, region, edition, profile, instance_id, order_id, "
                 "request_id, client_token) VALUES (new.id, new.instance_name, new.region, new.edition, "
                 "new.profile, new.instance_id, new.order_id, new.request_id, new.client_token); END",
                 "PRAGMA user_version = 4",
                 "CREATE INDEX orders_state_created_at ON orders(state, created_at)",
                 "CREATE INDEX orders_site_created_at ON orders(site, created_at)",
                 "PRAGMA user_version = 5",
             })
            QVERIFY2(raw.exec(QString::fromLatin1(statement)), statement);
    }
    if (version >= 6) {
        // Schema 6's orders as it wrote them (its account tables play no part in the migrations
        // after it), with one renewal row.
        for (const char* statement : {
                 "ALTER TABLE orders ADD COLUMN kind TEXT NOT NULL DEFAULT 'new' CHECK (kind IN ('new','renew'))",
                 "CREATE INDEX orders_kind_created_at ON orders(kind, created_at)",
                 "INSERT INTO orders (created_at, updated_at, profile, site, endpoint, order_json, client_token, "
                 "state, instance_id, kind) VALUES (3000, 3000, 'intl', 'intl', 'intl', '{}', 'tok-v6-renew', "
                 "'Failed', 'cri-v6', 'renew')",
                 "PRAGMA user_version = 6",
             })
            QVERIFY2(raw.exec(QString::fromLatin1(statement)), statement);
    }
    if (version >= 7) {
        // Schema 7's tally as it was written, and an order whose ClientToken and RequestId are
        // UUIDs (hex-only: schema 8 moves them to an index of their own).
        for (const char* statement : {
                 "CREATE TABLE orders_tally (state TEXT NOT NULL, site TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER "
                 "NOT NULL, PRIMARY KEY (state, site, kind)) WITHOUT ROWID",
                 "INSERT INTO orders_tally SELECT state, site, kind, COUNT(*) FROM orders GROUP BY state, site, kind",
                 "CREATE TRIGGER orders_tally_insert AFTER INSERT ON orders BEGIN INSERT INTO orders_tally VALUES "
                 "(new.state, new.site, new.kind, 1) ON CONFLICT (state, site, kind) DO UPDATE SET n = n + 1; END",
                 "CREATE TRIGGER orders_tally_delete AFTER DELETE ON orders BEGIN UPDATE orders_tally SET n = n - 1 "
                 "WHERE state = old.state AND site = old.site AND kind = old.kind; END",
                 "CREATE TRIGGER orders_tally_update AFTER UPDATE OF state, site, kind ON orders BEGIN UPDATE "
                 "orders_tally SET n = n - 1 WHERE state = old.state AND site = old.site AND kind = old.kind; INSERT "
                 "INTO orders_tally VALUES (new.state, new.site, new.kind, 1) ON CONFLICT (state, site, kind) DO "
                 "UPDATE SET n = n + 1; END",
                 "PRAGMA user_version = 7",
                 "INSERT INTO orders (created_at, updated_at, profile, site, endpoint, order_json, client_token, "
                 "state, instance_id, order_id, request_id, instance_name) VALUES (4000, 4000, 'work', 'cn', 'cn', "
                 "'{}', '5d8c0f0b-7e41-4a2b-9c3d-0123456789ab', 'Succeeded', 'cri-v7', '0123', "
                 "'D3DBF3F0-CAF2-4311-A5D1-1E5F33EBED6E', 'uuid one')",
             })
            QVERIFY2(raw.exec(QString::fromLatin1(statement)), statement);
    }
    raw.close();
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsAppData();
    void openCreatesSchema();
    void migratesVersion1();
    void migratesVersion2();
    void migratesVersion3();
    void migratesVersion5();
    void migratesVersion6();
    void migratesVersion7();
    void tallyCountsLikeRows();
    void renewalRowsRoundTrip();
    void renewalRowRules();
    void accountOrderWithoutInstances();
    void refusesNewerSchema();
    void insertIsWriteAhead();
    void insertRules();
    void stateMachine();
    void errorsRoundTrip();
    void pendingOldestFirst();
    void queries();
    void indexesServeTheHistoryWindow();
    void insertFillsOrderColumns();
    void search_data();
    void search();
    void searchFindsBackslash();
    void searchIndexFollowsRows();
    void searchPathsAgree();
    void sorting_data();
    void sorting();
    void combinedFilters();
    void databaseIsTheConnection();
    void twoConnectionsShareTheFile();

private:
    QString freshPath();
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestJournal::freshPath()
{
    return m_dir.filePath(QStringLiteral("j%1/journal.sqlite").arg(++m_files));
}

void TestJournal::defaultPathIsAppData()
{
    QCOMPARE(Journal::defaultPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite"));
}

void TestJournal::openCreatesSchema()
{
    const QString path = freshPath();
    {
        Journal journal(path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QVERIFY(journal.isOpen());
        QCOMPARE(journal.schemaVersion(), Journal::kSchemaVersion);
        QCOMPARE(journal.journalMode(), QStringLiteral("wal"));
    }
    QCOMPARE(
        QFile::permissions(path)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    // Opening again is a no-op migration.
    Journal again(path);
    QVERIFY(again.open());
    QCOMPARE(again.schemaVersion(), 8);
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("PRAGMA user_version")), QStringList {QStringLiteral("8")});
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE "
                                       "'account%' ORDER BY name")),
             QStringList({"account_instances", "account_orders", "account_sync"}));
    QCOMPARE(
        raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")),
        QStringList({"orders_search_delete", "orders_search_insert", "orders_search_update_new",
                     "orders_search_update_old", "orders_tally_delete", "orders_tally_insert", "orders_tally_update"}));
    const QStringList columns = raw.column(QStringLiteral("SELECT name FROM pragma_table_info('orders') ORDER BY cid"));
    QCOMPARE(columns,
             QStringList({"id",
                          "created_at",
                          "updated_at",
                          "profile",
                          "site",
                          "endpoint",
                          "order_json",
                          "client_token",
                          "state",
                          "attempts",
                          "instance_id",
                          "order_id",
                          "request_id",
                          "last_error",
                          "provisioning_status",
                          "edition",
                          "instance_name",
                          "region",
                          "period_months",
                          "payment_status",
                          "status_checked_at",
                          "kind"}));
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM pragma_table_info('templates') ORDER BY cid")),
             QStringList({"id", "name", "order_json", "created_at", "updated_at"}));
}

void TestJournal::migratesVersion1()
{
    // A file exactly as schema 1 wrote it, with rows: they keep their data and gain the order's
    // fields as columns.
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString order1 = QString::fromUtf8(acrp::OrderFile::serialize(sampleOrder(QStringLiteral("old-one"))));
    acrp::OrderSpec intl = sampleOrder(QStringLiteral("old-two"));
    intl.site = acrp::Site::International;
    intl.edition = QStringLiteral("Advanced");
    intl.region = QStringLiteral("ap-southeast-1");
    intl.periodMonths = 36;
    const QString order2 = QString::fromUtf8(acrp::OrderFile::serialize(intl));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TABLE orders ( id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL, updated_at "
            "INTEGER NOT NULL, profile TEXT NOT NULL DEFAULT '', site TEXT NOT NULL, endpoint TEXT NOT NULL, "
            "order_json TEXT NOT NULL, client_token TEXT NOT NULL UNIQUE, state TEXT NOT NULL CHECK (state IN "
            "('Draft','Sending','Succeeded','Failed','Unknown')), attempts INTEGER NOT NULL DEFAULT 0, instance_id "
            "TEXT NOT NULL DEFAULT '', order_id TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL DEFAULT '', "
            "last_error TEXT NOT NULL DEFAULT '', provisioning_status TEXT NOT NULL DEFAULT '')")));
        QVERIFY(raw.exec(QStringLiteral("CREATE INDEX orders_state ON orders(state)")));
        QVERIFY(raw.exec(QStringLiteral("CREATE INDEX orders_created_at ON orders(created_at)")));
        QVERIFY(raw.exec(QStringLiteral("CREATE INDEX orders_site ON orders(site)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders (created_at, updated_at, profile, site, endpoint, "
                                        "order_json, client_token, state, attempts, instance_id, order_id, "
                                        "request_id) VALUES (1000, 2000, 'work', 'cn', 'cn', '%1', 'tok-1', "
                                        "'Succeeded', 1, 'cri-old', '2085', 'RID-1')")
                             .arg(order1)));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders (created_at, updated_at, profile, site, endpoint, "
                                        "order_json, client_token, state) VALUES (3000, 3000, 'intl-prof', 'intl', "
                                        "'intl', '%1', 'tok-2', 'Unknown')")
                             .arg(order2)));
        // A damaged row does not stop the migration; it keeps the defaults.
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders (created_at, updated_at, site, endpoint, order_json, "
                                        "client_token, state) VALUES (4000, 4000, 'cn', 'cn', 'not json', 'tok-3', "
                                        "'Failed')")));
        raw.close();
    }
    Journal journal(path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QCOMPARE(journal.schemaVersion(), 8); // through 2, to the newest
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT client_token, created_at, updated_at, profile, state, attempts, "
                                       "instance_id, order_id, request_id, edition, instance_name, region, "
                                       "period_months FROM orders ORDER BY id")),
             QStringList({"tok-1|1000|2000|work|Succeeded|1|cri-old|2085|RID-1|Standard|old-one|cn-shanghai|12",
                          "tok-2|3000|3000|intl-prof|Unknown|0||||Advanced|old-two|ap-southeast-1|36",
                          "tok-3|4000|4000||Failed|0|||||||0"}));
    QCOMPARE(raw.column(QStringLiteral("SELECT COUNT(*) FROM templates")), QStringList {QStringLiteral("0")});
    const auto first = journal.entryByClientToken(QStringLiteral("tok-1"));
    QVERIFY(first);
    QCOMPARE(first->order, sampleOrder(QStringLiteral("old-one")));
    QCOMPARE(first->orderJson, order1.toUtf8());
    QCOMPARE(journal.entryByClientToken(QStringLiteral("tok-2"))->order, intl);
    // The migrated rows sort and search by the new columns.
    JournalQuery query;
    query.search = QStringLiteral("OLD-TWO");
    QCOMPARE(journal.count(query), 1);
    query = {};
    query.sortBy = acrp::JournalSort::Period;
    const auto sorted = journal.entries(query);
    QCOMPARE(sorted.size(), 3);
    QCOMPARE(sorted.at(0).clientToken, QStringLiteral("tok-2"));
    // Opening again changes nothing.
    Journal again(path);
    QVERIFY(again.open());
    QCOMPARE(again.count(), 3);
}

void TestJournal::migratesVersion2()
{
    // A file exactly as schema 2 wrote it, with a bought order whose status was read and a
    // template: they keep everything, and gain the payment status and the time of the last reading
    // (empty and never: a version-2 program did not record them).
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    writeOldJournal(path, 2);
    Journal journal(path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QCOMPARE(journal.schemaVersion(), 8);
    // Every old row bought a new instance.
    for (const JournalEntry& old : journal.entries()) {
        QCOMPARE(old.kind, acrp::OrderKind::New);
        QVERIFY(!old.renewal);
        QCOMPARE(old.toJson().value(QLatin1String("kind")).toString(), QStringLiteral("new"));
    }
    // The old rows are in the search index: found through it as through LIKE.
    QCOMPARE(searchBothWays(journal, QStringLiteral("KEPT")), QStringList {QStringLiteral("tok-v2")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("cri-v2")), QStringList {QStringLiteral("tok-v2")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("rid-2")), QStringList {QStringLiteral("tok-v2")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("older one")), QStringList {QStringLiteral("tok-v2-old")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("shanghai")),
             QStringList({QStringLiteral("tok-v2-old"), QStringLiteral("tok-v2")}));
    const auto row = journal.entryByClientToken(QStringLiteral("tok-v2"));
    QVERIFY(row);
    QCOMPARE(row->state, OrderState::Succeeded);
    QCOMPARE(row->attempts, 2);
    QCOMPARE(row->instanceId, QStringLiteral("cri-v2"));
    QCOMPARE(row->provisioningStatus, QStringLiteral("RUNNING"));
    QCOMPARE(row->profile, QStringLiteral("work"));
    QCOMPARE(row->order, sampleOrder(QStringLiteral("kept")));
    QCOMPARE(row->paymentStatus, QString());
    QVERIFY(!row->statusCheckedAt.isValid());
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM templates")), QStringList {QStringLiteral("team")});
    // The new columns take what a status refresh reads.
    const QDateTime checked = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    QVERIFY2(journal.recordStatus(row->id, QStringLiteral("Paid"), QString(), checked, &error), qPrintable(error));
    const auto refreshed = journal.entry(row->id);
    QCOMPARE(refreshed->paymentStatus, QStringLiteral("Paid"));
    QCOMPARE(refreshed->provisioningStatus, QStringLiteral("RUNNING")); // not read this time: kept
    QCOMPARE(refreshed->statusCheckedAt, checked);
    QCOMPARE(refreshed->toJson().value(QLatin1String("statusCheckedAt")).toString(),
             QStringLiteral("2027-01-15T08:00:00.000Z"));
    // Only a bought order has a status to record.
    acrp::JournalEntry pending;
    pending.order = sampleOrder(QStringLiteral("pending"));
    pending.clientToken = QStringLiteral("tok-pending");
    pending.state = OrderState::Sending;
    const qint64 pendingId = journal.insert(pending);
    QVERIFY(!journal.recordStatus(pendingId, QStringLiteral("Paid"), QStringLiteral("RUNNING"), checked, &error));
    QVERIFY(!journal.entry(pendingId)->statusCheckedAt.isValid());
}

void TestJournal::migratesVersion3()
{
    // A file exactly as schema 3 wrote it, with rows: the migration indexes them for the search,
    // and the triggers index what comes after.
    const QString path = freshPath();
    writeOldJournal(path, 3);
    Journal journal(path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QCOMPARE(journal.schemaVersion(), 8);
    QCOMPARE(searchBothWays(journal, QStringLiteral("kept")), QStringList {QStringLiteral("tok-v2")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("ORK")),
             QStringList({QStringLiteral("tok-v2-old"), QStringLiteral("tok-v2")}));
    QCOMPARE(journal.entryByClientToken(QStringLiteral("tok-v2"))->paymentStatus, QStringLiteral("Paid"));
    QVERIFY(journal.insert(sampleEntry(QStringLiteral("tok-new"))) > 0);
    QCOMPARE(searchBothWays(journal, QStringLiteral("tok-new")), QStringList {QStringLiteral("tok-new")});
    RawDb raw(path);
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders_search(orders_search) VALUES ('integrity-check')")));
}

void TestJournal::migratesVersion5()
{
    // A file exactly as schema 5 wrote it, with rows: they become new orders; the account tables
    // are there and empty; the search and the state machine go on.
    const QString path = freshPath();
    writeOldJournal(path, 5);
    {
        RawDb raw(path);
        QCOMPARE(raw.column(QStringLiteral("PRAGMA user_version")), QStringList {QStringLiteral("5")});
    }
    Journal journal(path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QCOMPARE(journal.schemaVersion(), 8);
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT client_token, kind FROM orders ORDER BY id")),
             QStringList({"tok-v2-old|new", "tok-v2|new"}));
    QCOMPARE(raw.column(QStringLiteral("SELECT COUNT(*) FROM account_instances")), QStringList {"0"});
    QCOMPARE(searchBothWays(journal, QStringLiteral("cri-v2")), QStringList {QStringLiteral("tok-v2")});
    const auto row = journal.entryByClientToken(QStringLiteral("tok-v2"));
    QCOMPARE(row->kind, acrp::OrderKind::New);
    QCOMPARE(row->order, sampleOrder(QStringLiteral("kept")));
    QCOMPARE(row->paymentStatus, QStringLiteral("Paid"));
    JournalQuery renewals;
    renewals.kind = acrp::OrderKind::Renew;
    QCOMPARE(journal.count(renewals), 0);
    renewals.kind = acrp::OrderKind::New;
    QCOMPARE(journal.count(renewals), 2);
    // The kind column refuses anything but new and renew.
    QVERIFY(!raw.exec(QStringLiteral("UPDATE orders SET kind = 'upgrade'")));
}

// The count of each filter combination as COUNT(*) over orders gives it, next to Journal::count.
void compareCountsWithRows(Journal& journal, const QString& path)
{
    RawDb raw(path);
    const QList<std::optional<acrp::Site>> sites = {std::nullopt, acrp::Site::China, acrp::Site::International};
    const QList<std::optional<acrp::OrderKind>> kinds = {std::nullopt, acrp::OrderKind::New, acrp::OrderKind::Renew};
    const QList<QList<OrderState>> stateSets
        = {{}, {OrderState::Succeeded}, {OrderState::Sending, OrderState::Unknown}, {OrderState::Failed}};
    for (const auto& site : sites) {
        for (const auto& kind : kinds) {
            for (const QList<OrderState>& states : stateSets) {
                JournalQuery query;
                query.site = site;
                query.kind = kind;
                query.states = states;
                QVERIFY(Journal::countsFromTally(query));
                QStringList where {QStringLiteral("1")};
                if (site)
                    where.append(QStringLiteral("site = '%1'").arg(acrp::siteId(*site)));
                if (kind)
                    where.append(QStringLiteral("kind = '%1'").arg(acrp::orderKindId(*kind)));
                if (!states.isEmpty()) {
                    QStringList ids;
                    for (OrderState state : states)
                        ids.append(u'\'' + acrp::orderStateId(state) + u'\'');
                    where.append(QStringLiteral("state IN (%1)").arg(ids.join(u',')));
                }
                const QStringList rows = raw.column(QStringLiteral("SELECT COUNT(*) FROM orders WHERE ")
                                                    + where.join(QStringLiteral(" AND ")));
                QCOMPARE(rows.size(), 1);
                QCOMPARE(journal.count(query), rows.first().toInt());
            }
        }
    }
}

void TestJournal::migratesVersion6()
{
    // A file exactly as schema 6 wrote it, with new orders and a renewal: the migration tallies
    // them, and the counts agree with the rows.
    const QString path = freshPath();
    writeOldJournal(path, 6);
    Journal journal(path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QCOMPARE(journal.schemaVersion(), 8);
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT state, site, kind, n FROM orders_tally ORDER BY state")),
             QStringList({"Failed|intl|renew|1", "Succeeded|cn|new|1", "Unknown|cn|new|1"}));
    QCOMPARE(journal.count(), 3);
    compareCountsWithRows(journal, path);
    // Rows after the migration are tallied too.
    QVERIFY(journal.insert(sampleEntry(QStringLiteral("tok-after"))) > 0);
    QCOMPARE(journal.count(), 4);
    compareCountsWithRows(journal, path);
}

void TestJournal::migratesVersion7()
{
    // A file exactly as schema 7 wrote it: schema 8 splits the search index, the rows and their
    // ClientTokens stay as they were, and every search finds what LIKE finds.
    const QString path = freshPath();
    writeOldJournal(path, 7);
    const QString uuidToken = QStringLiteral("5d8c0f0b-7e41-4a2b-9c3d-0123456789ab");
    Journal journal(path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QCOMPARE(journal.schemaVersion(), 8);
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT client_token FROM orders ORDER BY id")),
             QStringList({"tok-v2-old", "tok-v2", "tok-v6-renew", uuidToken}));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders_search(orders_search) VALUES ('integrity-check')")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders_search_hex(orders_search_hex) VALUES ('integrity-check')")));
    // The UUIDs are in the new index only; a RequestId with other characters stays in the old one.
    QCOMPARE(raw.column(QStringLiteral("SELECT rowid FROM orders_search WHERE orders_search MATCH '\"5d8\"'")),
             QStringList());
    QCOMPARE(raw.column(QStringLiteral("SELECT rowid FROM orders_search_hex WHERE orders_search_hex MATCH '\"5d8\"'")),
             QStringList {QStringLiteral("4")});
    QCOMPARE(raw.column(QStringLiteral("SELECT rowid FROM orders_search WHERE orders_search MATCH '\"rid\"'")),
             QStringList {QStringLiteral("2")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("9C3D-0123")), QStringList {uuidToken}); // another case
    QCOMPARE(searchBothWays(journal, QStringLiteral("caf2-4311")), QStringList {uuidToken});
    QCOMPARE(searchBothWays(journal, QStringLiteral("uuid")), QStringList {uuidToken});
    QCOMPARE(searchBothWays(journal, QStringLiteral("rid-2")), QStringList {QStringLiteral("tok-v2")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("tok-")), QStringList({"tok-v2-old", "tok-v2", "tok-v6-renew"}));
    QCOMPARE(searchBothWays(journal, QStringLiteral("cri-v")), QStringList({"tok-v2", "tok-v6-renew", uuidToken}));
    // A term of hex characters may be in either index, and one row found by both is listed once.
    QCOMPARE(searchBothWays(journal, QStringLiteral("2-4")), QStringList {uuidToken});
    QCOMPARE(searchBothWays(journal, QStringLiteral("0123")), QStringList {uuidToken});
    QCOMPARE(searchBothWays(journal, QStringLiteral("086")), QStringList {QStringLiteral("tok-v2")});
}

void TestJournal::tallyCountsLikeRows()
{
    // The tally follows every way a row comes, changes state or site, or goes; a count with a
    // search or dates still counts rows.
    const QString path = freshPath();
    Journal journal(path);
    QVERIFY(journal.open());
    QCOMPARE(journal.count(), 0);
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        JournalEntry entry = sampleEntry(QStringLiteral("tok-%1").arg(i));
        entry.site = i % 3 == 0 ? acrp::Site::International : acrp::Site::China;
        entry.order.site = entry.site;
        if (i % 4 == 0) {
            acrp::RenewalSpec renewal;
            renewal.site = entry.site;
            renewal.instanceId = QStringLiteral("cri-tally%1").arg(i);
            renewal.periodMonths = 1;
            renewal.region = QStringLiteral("cn-hangzhou");
            renewal.edition = QStringLiteral("Basic");
            entry.kind = acrp::OrderKind::Renew;
            entry.renewal = renewal;
        }
        ids.append(journal.insert(entry));
        QVERIFY(ids.last() > 0);
    }
    compareCountsWithRows(journal, path);
    QVERIFY(journal.finishSucceeded(ids[1], 1, QStringLiteral("cri-1"), QStringLiteral("O-1"), QStringLiteral("R")));
    QVERIFY(
        journal.finishSucceeded(ids[4], 1, QStringLiteral("cri-tally4"), QStringLiteral("O-4"), QStringLiteral("R")));
    QVERIFY(journal.finishWithError(ids[2], OrderState::Unknown, 2, ApiError::timeout()));
    QVERIFY(journal.finishWithError(ids[3], OrderState::Failed, 1, ApiError::timeout()));
    compareCountsWithRows(journal, path);
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE orders SET site = 'intl' WHERE id = %1").arg(ids[5])));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM orders WHERE id IN (%1, %2)").arg(ids[6]).arg(ids[1])));
    }
    QCOMPARE(journal.count(), 10);
    compareCountsWithRows(journal, path);
    JournalQuery search;
    search.search = QStringLiteral("tok-1");
    QVERIFY(!Journal::countsFromTally(search));
    QCOMPARE(journal.count(search), 2); // tok-10 and tok-11: tok-1 is gone
    JournalQuery dates;
    dates.createdFrom = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(!Journal::countsFromTally(dates));
    QCOMPARE(journal.count(dates), 0);
}

void TestJournal::renewalRowsRoundTrip()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    acrp::RenewalSpec renewal;
    renewal.site = acrp::Site::International;
    renewal.instanceId = QStringLiteral("cri-renewme01");
    renewal.periodMonths = 3;
    renewal.region = QStringLiteral("ap-southeast-1");
    renewal.edition = QStringLiteral("Advanced");
    renewal.instanceName = QStringLiteral("bought-elsewhere");
    JournalEntry entry;
    entry.profile = QStringLiteral("intl");
    entry.site = acrp::Site::International;
    entry.endpoint = QStringLiteral("intl");
    entry.kind = acrp::OrderKind::Renew;
    entry.renewal = renewal;
    entry.clientToken = QStringLiteral("tok-renew");
    entry.state = OrderState::Sending;
    const qint64 id = journal.insert(entry);
    QVERIFY(id > 0);
    // The instance is on the row from the start; the order's columns follow the renewal.
    auto row = journal.entry(id);
    QCOMPARE(row->kind, acrp::OrderKind::Renew);
    QCOMPARE(row->renewal, std::optional<acrp::RenewalSpec>(renewal));
    QCOMPARE(row->instanceId, QStringLiteral("cri-renewme01"));
    QCOMPARE(row->order.region, QStringLiteral("ap-southeast-1"));
    QCOMPARE(row->order.periodMonths, 3);
    QCOMPARE(row->order.site, acrp::Site::International);
    QCOMPARE(acrp::RenewalSpec::fromJournalJson(row->orderJson, nullptr), std::optional<acrp::RenewalSpec>(renewal));
    // The same state machine.
    QVERIFY(journal.finishSucceeded(id, 1, renewal.instanceId, QStringLiteral("RO-1"), QStringLiteral("RID")));
    row = journal.entry(id);
    QCOMPARE(row->state, OrderState::Succeeded);
    QCOMPARE(row->orderId, QStringLiteral("RO-1"));
    const QJsonObject json = row->toJson();
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("renew"));
    const QJsonObject renewalJson = json.value(QLatin1String("renewal")).toObject();
    QCOMPARE(renewalJson.value(QLatin1String("instanceId")).toString(), QStringLiteral("cri-renewme01"));
    QCOMPARE(renewalJson.value(QLatin1String("periodMonths")).toInt(), 3);
    QCOMPARE(renewalJson.value(QLatin1String("site")).toString(), QStringLiteral("intl"));
    QCOMPARE(json.value(QLatin1String("order")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("renew"));
    // A new order says so, with no renewal.
    const qint64 newId = journal.insert(sampleEntry(QStringLiteral("tok-new")));
    const QJsonObject newJson = journal.entry(newId)->toJson();
    QCOMPARE(newJson.value(QLatin1String("kind")).toString(), QStringLiteral("new"));
    QVERIFY(newJson.value(QLatin1String("renewal")).isNull());
    // The kind filters, and the rows touching an instance or an order are found by either.
    JournalQuery renewals;
    renewals.kind = acrp::OrderKind::Renew;
    QCOMPARE(acrp::test::each(journal.entries(renewals), &JournalEntry::clientToken), QStringList {"tok-renew"});
    QCOMPARE(
        acrp::test::each(journal.entriesTouching({QStringLiteral("cri-renewme01")}, {}), &JournalEntry::clientToken),
        QStringList {"tok-renew"});
    QCOMPARE(acrp::test::each(journal.entriesTouching({}, {QStringLiteral("RO-1")}), &JournalEntry::clientToken),
             QStringList {"tok-renew"});
    QVERIFY(journal.entriesTouching({}, {}).isEmpty());
    QVERIFY(journal.entriesTouching({QString()}, {QString()}).isEmpty());
    // Stable ids and names of the kinds.
    acrp::OrderKind kind;
    QVERIFY(acrp::orderKindFromId(QStringLiteral("renew"), &kind));
    QCOMPARE(kind, acrp::OrderKind::Renew);
    QVERIFY(acrp::orderKindFromId(QStringLiteral("new"), &kind));
    QCOMPARE(kind, acrp::OrderKind::New);
    QVERIFY(!acrp::orderKindFromId(QStringLiteral("Renew"), &kind));
    QCOMPARE(acrp::orderKindName(acrp::OrderKind::Renew), QStringLiteral("renew"));
}

void TestJournal::renewalRowRules()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    JournalEntry entry = sampleEntry(QStringLiteral("tok-bad"));
    entry.kind = acrp::OrderKind::Renew; // without its renewal
    QString error;
    QCOMPARE(journal.insert(entry, &error), 0);
    QCOMPARE(error, QStringLiteral("A renewal row needs its renewal."));
    entry.orderJson = QByteArrayLiteral("{\"kind\":\"renew\"}"); // a document that is not a renewal
    QCOMPARE(journal.insert(entry, &error), 0);
    QCOMPARE(journal.count(), 0);
    // RenewalSpec's document read back strictly.
    for (const QByteArray& bad :
         {QByteArrayLiteral("not json"), QByteArrayLiteral("{\"kind\":\"new\"}"),
          QByteArrayLiteral("{\"kind\":\"renew\",\"renewal\":{\"site\":\"cn\"}}"),
          QByteArrayLiteral("{\"kind\":\"renew\",\"renewal\":{\"instanceId\":\"cri-a\"}}"),
          QByteArrayLiteral("{\"kind\":\"renew\",\"renewal\":{\"site\":\"cn\",\"instanceId\":\"cri-a\"}}")}) {
        QString why;
        QVERIFY2(!acrp::RenewalSpec::fromJournalJson(bad, &why), bad.constData());
        QVERIFY(!why.isEmpty());
    }
}

void TestJournal::refusesNewerSchema()
{
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        raw.close();
    }
    Journal journal(path);
    QString error;
    QVERIFY(!journal.open(&error));
    QVERIFY(!journal.isOpen());
    QCOMPARE(error,
             QStringLiteral("The order journal %1 was written by a newer version of this program (schema 99, "
                            "this version reads up to %2). Update the program.")
                 .arg(path)
                 .arg(Journal::kSchemaVersion));
}

void TestJournal::insertIsWriteAhead()
{
    const QString path = freshPath();
    Journal journal(path);
    QVERIFY(journal.open());
    const qint64 id = journal.insert(sampleEntry(QStringLiteral("token-1")));
    QVERIFY(id > 0);
    // Visible to another connection at once: committed, not buffered.
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT client_token, state, site, endpoint, profile FROM orders")),
             QStringList {QStringLiteral("token-1|Sending|cn|sandbox|work")});

    const auto entry = journal.entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->clientToken, QStringLiteral("token-1"));
    QCOMPARE(entry->state, OrderState::Sending);
    QCOMPARE(entry->order, sampleOrder());
    QCOMPARE(entry->orderJson, acrp::OrderFile::serialize(sampleOrder()));
    QCOMPARE(entry->attempts, 0);
    QVERIFY(entry->createdAt.isValid());
    QVERIFY(qAbs(entry->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(journal.entryByClientToken(QStringLiteral("token-1"))->id, id);
    QVERIFY(!journal.entryByClientToken(QStringLiteral("nope")));
    QVERIFY(!journal.entry(id + 100));
}

void TestJournal::insertRules()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    QString error;
    QCOMPARE(journal.insert(sampleEntry(QString()), &error), 0);
    QCOMPARE(error, QStringLiteral("A journal row needs a ClientToken."));
    QCOMPARE(journal.insert(sampleEntry(QStringLiteral("t"), OrderState::Succeeded), &error), 0);
    QCOMPARE(error, QStringLiteral("A new journal row must be a draft or being sent."));
    QVERIFY(journal.insert(sampleEntry(QStringLiteral("dup"))) > 0);
    // The same ClientToken twice would make two orders look like one.
    QCOMPARE(journal.insert(sampleEntry(QStringLiteral("dup")), &error), 0);
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    QVERIFY(journal.insert(sampleEntry(QStringLiteral("draft"), OrderState::Draft)) > 0);
}

void TestJournal::stateMachine()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    QString error;
    const qint64 id = journal.insert(sampleEntry(QStringLiteral("sm")));
    QVERIFY(journal.recordAttempts(id, 2, &error));
    QCOMPARE(journal.entry(id)->attempts, 2);

    const ApiError timeout = ApiError::timeout();
    QVERIFY2(journal.finishWithError(id, OrderState::Unknown, 3, timeout, &error), qPrintable(error));
    QCOMPARE(journal.entry(id)->state, OrderState::Unknown);
    QCOMPARE(journal.entry(id)->attempts, 3);
    // Unknown is not final: resume sets it back to Sending.
    QVERIFY(!journal.recordAttempts(id, 4, &error));
    QVERIFY(journal.markSending(id, &error));
    QVERIFY(
        journal.finishSucceeded(id, 4, QStringLiteral("cri-1"), QStringLiteral("2085"), QStringLiteral("RID"), &error));
    const auto done = journal.entry(id);
    QCOMPARE(done->state, OrderState::Succeeded);
    QCOMPARE(done->instanceId, QStringLiteral("cri-1"));
    QCOMPARE(done->orderId, QStringLiteral("2085"));
    QCOMPARE(done->requestId, QStringLiteral("RID"));
    QVERIFY(!done->lastError);
    QVERIFY(done->updatedAt >= done->createdAt);

    // Succeeded is final: nothing sends it again or overwrites its IDs.
    QVERIFY(!journal.markSending(id, &error));
    QCOMPARE(error, QStringLiteral("Order %1 is not in the journal or already finished.").arg(id));
    QVERIFY(!journal.finishSucceeded(id, 5, QStringLiteral("cri-2"), QStringLiteral("1"), QString(), &error));
    QVERIFY(!journal.finishWithError(id, OrderState::Failed, 5, timeout, &error));
    QCOMPARE(journal.entry(id)->instanceId, QStringLiteral("cri-1"));

    QVERIFY(journal.recordStatus(id, QString(), QStringLiteral("RUNNING"), QDateTime::currentDateTimeUtc(), &error));
    QCOMPARE(journal.entry(id)->provisioningStatus, QStringLiteral("RUNNING"));

    const qint64 failed = journal.insert(sampleEntry(QStringLiteral("sm-2")));
    QVERIFY(!journal.finishWithError(failed, OrderState::Succeeded, 1, timeout, &error));
    QCOMPARE(error, QStringLiteral("An order can only end with an error as Failed or Unknown."));
    QVERIFY(journal.finishWithError(failed, OrderState::Failed, 1, timeout, &error));
    QVERIFY(!journal.markSending(failed, &error)); // Failed is final too
    QVERIFY(
        !journal.recordStatus(failed, QString(), QStringLiteral("RUNNING"), QDateTime::currentDateTimeUtc(), &error));
}

void TestJournal::errorsRoundTrip()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    const qint64 id = journal.insert(sampleEntry(QStringLiteral("err")));
    const ApiError error = ApiError::fromService(QStringLiteral("PAY.INSUFFICIENT_BALANCE"), QStringLiteral("no money"),
                                                 QStringLiteral("RID-9"), 400, QStringLiteral("https://r"));
    QVERIFY(journal.finishWithError(id, OrderState::Failed, 1, error));
    const auto entry = journal.entry(id);
    QCOMPARE(entry->state, OrderState::Failed);
    QVERIFY(entry->lastError);
    QCOMPARE(*entry->lastError, error);
    QCOMPARE(entry->requestId, QStringLiteral("RID-9"));
    const QJsonObject json = entry->toJson();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
    QCOMPARE(json.value(QLatin1String("lastError")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("payment"));
    QCOMPARE(json.value(QLatin1String("order")).toObject().value(QLatin1String("format")).toString(),
             QStringLiteral("acr-purchase/order"));
}

void TestJournal::pendingOldestFirst()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-100);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        JournalEntry entry = sampleEntry(QStringLiteral("p%1").arg(i));
        entry.createdAt = base.addSecs(i);
        ids.append(journal.insert(entry));
    }
    journal.finishSucceeded(ids[1], 1, QStringLiteral("cri"), QStringLiteral("1"), QString());
    journal.finishWithError(ids[2], OrderState::Unknown, 1, ApiError::timeout());
    journal.finishWithError(ids[3], OrderState::Failed, 1, ApiError::timeout());
    QList<qint64> pending;
    for (const auto& entry : journal.pending())
        pending.append(entry.id);
    QCOMPARE(pending, QList<qint64>({ids[0], ids[2], ids[4]}));
}

void TestJournal::queries()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    const QDateTime base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 20; ++i) {
        JournalEntry entry = sampleEntry(QStringLiteral("q%1").arg(i));
        entry.site = i % 2 ? acrp::Site::International : acrp::Site::China;
        entry.createdAt = base.addDays(i);
        const qint64 id = journal.insert(entry);
        if (i % 4 == 0)
            journal.finishSucceeded(id, 1, QStringLiteral("cri-%1").arg(i), QString::number(i), QString());
    }
    QCOMPARE(journal.count(), 20);
    JournalQuery query;
    query.site = acrp::Site::International;
    QCOMPARE(journal.count(query), 10);
    query = {};
    query.states = {OrderState::Succeeded};
    QCOMPARE(journal.count(query), 5);
    query.createdFrom = base.addDays(4);
    query.createdTo = base.addDays(12);
    const auto window = journal.entries(query);
    QCOMPARE(window.size(), 2); // days 4 and 8
    QCOMPARE(window.at(0).clientToken, QStringLiteral("q8")); // newest first
    QCOMPARE(window.at(1).clientToken, QStringLiteral("q4"));
    query = {};
    query.limit = 3;
    query.offset = 2;
    query.newestFirst = false;
    const auto page = journal.entries(query);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).clientToken, QStringLiteral("q2"));
}

void TestJournal::accountOrderWithoutInstances()
{
    // QueryOrders lists an order whose GetOrderDetail failed: stored without its instances (not
    // refused), and a later read with them fills them in; a read without them keeps them.
    Journal journal(freshPath());
    QVERIFY(journal.open());
    acrp::AccountStore store(&journal);
    const acrp::AccountKey account {QStringLiteral("work"), QStringLiteral("cn")};
    acrp::AccountOrder order;
    order.orderId = QStringLiteral("2100000000001");
    order.orderType = QStringLiteral("New");
    order.paymentStatus = QStringLiteral("Paid");
    QString error;
    QVERIFY2(store.upsertOrders(account, {order}, &error), qPrintable(error));
    QCOMPARE(store.order(account, order.orderId)->instanceIds, QStringList());
    order.instanceIds = {QStringLiteral("cri-abc")};
    QVERIFY2(store.upsertOrders(account, {order}, &error), qPrintable(error));
    order.instanceIds.clear();
    QVERIFY2(store.upsertOrders(account, {order}, &error), qPrintable(error));
    QCOMPARE(store.order(account, order.orderId)->instanceIds, QStringList {QStringLiteral("cri-abc")});
}

void TestJournal::indexesServeTheHistoryWindow()
{
    const QString path = freshPath();
    Journal journal(path);
    QVERIFY(journal.open());
    RawDb raw(path);
    const QStringList indexes = raw.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND name NOT LIKE "
                       "'sqlite_autoindex%' ORDER BY name"));
    QCOMPARE(indexes,
             QStringList({"orders_created_at", "orders_edition", "orders_instance_id", "orders_instance_name",
                          "orders_kind_created_at", "orders_order_id", "orders_period_months", "orders_profile",
                          "orders_region", "orders_site", "orders_site_created_at", "orders_state",
                          "orders_state_created_at"}));
    const auto planOf = [&journal](const JournalQuery& query) { return journal.queryPlan(query).join(u'\n'); };
    JournalQuery window;
    window.limit = 50;
    // Renewals only, newest first: read in index order.
    JournalQuery renewals = window;
    renewals.kind = acrp::OrderKind::Renew;
    QVERIFY2(!planOf(renewals).contains(QLatin1String("TEMP B-TREE")), qPrintable(planOf(renewals)));
    // The Instances view's sorts within one account, each read in index order.
    const acrp::AccountStore accounts(&journal);
    for (acrp::InstanceSort sort :
         {acrp::InstanceSort::EndTime, acrp::InstanceSort::CreateTime, acrp::InstanceSort::InstanceId,
          acrp::InstanceSort::Name, acrp::InstanceSort::Region, acrp::InstanceSort::Status,
          acrp::InstanceSort::RenewStatus, acrp::InstanceSort::Specification}) {
        for (bool descending : {false, true}) {
            acrp::AccountInstanceQuery instances;
            instances.account = {QStringLiteral("work"), QStringLiteral("cn")};
            instances.sortBy = sort;
            instances.descending = descending;
            const QString plan = accounts.queryPlan(instances).join(u'\n');
            QVERIFY2(!plan.isEmpty() && !plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        }
    }
    JournalQuery range = window;
    range.createdFrom = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    range.createdTo = QDateTime::fromMSecsSinceEpoch(1, Qt::UTC);
    QVERIFY2(planOf(range).contains(QStringLiteral("orders_created_at")), qPrintable(planOf(range)));
    // Every sort column is read in index order, without a temporary sort, in both directions.
    const QList<std::pair<JournalSort, QString>> sorts = {{JournalSort::CreatedAt, "created_at"},
                                                          {JournalSort::Profile, "profile"},
                                                          {JournalSort::Site, "site"},
                                                          {JournalSort::Edition, "edition"},
                                                          {JournalSort::InstanceName, "instance_name"},
                                                          {JournalSort::Region, "region"},
                                                          {JournalSort::Period, "period_months"},
                                                          {JournalSort::State, "state"},
                                                          {JournalSort::InstanceId, "instance_id"},
                                                          {JournalSort::OrderId, "order_id"}};
    for (const auto& [sort, column] : sorts) {
        for (bool newestFirst : {true, false}) {
            JournalQuery query = window;
            query.sortBy = sort;
            query.newestFirst = newestFirst;
            const QString plan = planOf(query);
            QVERIFY2(plan.contains(QStringLiteral("orders_") + column), qPrintable(column + u' ' + plan));
            QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(column + u' ' + plan));
        }
    }
    // A state filter, a site filter or both, in the default order (newest first): the page is read in
    // index order and the read stops at its last row, however many rows match (schema 5).
    JournalQuery succeeded = window;
    succeeded.states = {OrderState::Succeeded};
    JournalQuery china = window;
    china.site = acrp::Site::China;
    JournalQuery both = succeeded;
    both.site = acrp::Site::International;
    JournalQuery oldestFirst = succeeded;
    oldestFirst.newestFirst = false;
    for (const JournalQuery& query : {succeeded, china, both, oldestFirst}) {
        const QString plan = planOf(query);
        QVERIFY2(plan.contains(QStringLiteral("_created_at")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    }
}

namespace {

// Rows for the search and sort tests; the index in the list is also the creation order.
struct Row
{
    QString token;
    QString profile;
    acrp::Site site;
    QString edition;
    QString name;
    QString region;
    int period;
    OrderState state;
    QString instanceId;
    QString orderId;
    QString requestId;
};

QList<Row> searchRows()
{
    using acrp::Site;
    return {
        {"tok-a", "work", Site::China, "Basic", "alpha", "cn-hangzhou", 1, OrderState::Succeeded, "cri-aaa", "100",
         "RID-A"},
        {"tok-b", "home", Site::International, "Standard", "beta_1", "ap-southeast-1", 12, OrderState::Failed, "", "",
         "RID-B"},
        {"tok-c", "work", Site::China, "Advanced", "gamma%", "cn-shanghai", 36, OrderState::Unknown, "", "", ""},
        {"tok-d", "ops", Site::International, "Basic", "delta", "eu-central-1", 3, OrderState::Succeeded, "cri-ddd",
         "300", "RID-D"},
        {"tok-e", "Ops", Site::China, "Standard", "BETA1", "cn-beijing", 24, OrderState::Sending, "", "", ""},
    };
}

void fill(Journal& journal, const QList<Row>& rows)
{
    const QDateTime base = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        JournalEntry entry;
        entry.profile = row.profile;
        entry.site = row.site;
        entry.endpoint = acrp::siteId(row.site);
        entry.order.site = row.site;
        entry.order.edition = row.edition;
        entry.order.instanceName = row.name;
        entry.order.region = row.region;
        entry.order.periodMonths = row.period;
        entry.clientToken = row.token;
        entry.state = OrderState::Sending;
        entry.createdAt = base.addDays(i);
        const qint64 id = journal.insert(entry);
        QVERIFY(id > 0);
        switch (row.state) {
        case OrderState::Succeeded:
            QVERIFY(journal.finishSucceeded(id, 1, row.instanceId, row.orderId, row.requestId));
            break;
        case OrderState::Failed:
        case OrderState::Unknown: {
            ApiError error = ApiError::timeout();
            error.requestId = row.requestId;
            QVERIFY(journal.finishWithError(id, row.state, 1, error));
            break;
        }
        default:
            break;
        }
    }
}

// A journal in the file at `path`, opened and holding `rows`; null when that fails.
std::unique_ptr<Journal> journalWith(const QString& path, const QList<Row>& rows)
{
    auto journal = std::make_unique<Journal>(path);
    if (!journal->open())
        return nullptr;
    fill(*journal, rows);
    return QTest::currentTestFailed() ? nullptr : std::move(journal);
}

QStringList tokens(const QList<JournalEntry>& entries)
{
    return acrp::test::each(entries, &JournalEntry::clientToken);
}

} // namespace

void TestJournal::insertFillsOrderColumns()
{
    const QString path = freshPath();
    Journal journal(path);
    QVERIFY(journal.open());
    QVERIFY(journal.insert(sampleEntry(QStringLiteral("cols"))) > 0);
    // The stored document wins over `order` when both are given.
    JournalEntry fromJson = sampleEntry(QStringLiteral("cols-json"));
    acrp::OrderSpec other = sampleOrder(QStringLiteral("from-json"));
    other.periodMonths = 6;
    fromJson.orderJson = acrp::OrderFile::serialize(other);
    QVERIFY(journal.insert(fromJson) > 0);
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT edition, instance_name, region, period_months FROM orders ORDER BY id")),
             QStringList({"Standard|team-registry|cn-shanghai|12", "Standard|from-json|cn-shanghai|6"}));
}

void TestJournal::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // newest first

    QTest::newRow("instance name, any case") << "ALPHA" << QStringList {"tok-a"};
    QTest::newRow("region") << "southeast" << QStringList {"tok-b"};
    QTest::newRow("edition") << "advanced" << QStringList {"tok-c"};
    QTest::newRow("profile, any case") << "OPS" << QStringList {"tok-e", "tok-d"};
    QTest::newRow("InstanceId") << "cri-ddd" << QStringList {"tok-d"};
    QTest::newRow("OrderId") << "300" << QStringList {"tok-d"};
    QTest::newRow("RequestId") << "rid-b" << QStringList {"tok-b"};
    QTest::newRow("ClientToken") << "tok-c" << QStringList {"tok-c"};
    QTest::newRow("substring of many") << "beta" << QStringList {"tok-e", "tok-b"};
    // The wildcards of LIKE are plain characters in the search.
    QTest::newRow("underscore is literal") << "a_1" << QStringList {"tok-b"};
    QTest::newRow("percent is literal") << "a%" << QStringList {"tok-c"};
    QTest::newRow("lone percent") << "%" << QStringList {"tok-c"};
    QTest::newRow("lone underscore") << "_" << QStringList {"tok-b"};
    QTest::newRow("escape character is literal") << "\\" << QStringList {};
    QTest::newRow("wildcards in a long term") << "ma%" << QStringList {"tok-c"};
    QTest::newRow("underscore in a long term") << "A_1" << QStringList {"tok-b"};
    QTest::newRow("underscore is not any character") << "a_b" << QStringList {};
    QTest::newRow("quote") << "\"" << QStringList {};
    QTest::newRow("quote in a long term") << "\"al" << QStringList {};
    QTest::newRow("two characters") << "et" << QStringList {"tok-e", "tok-b"};
    QTest::newRow("one character") << "1" << QStringList {"tok-e", "tok-d", "tok-b", "tok-a"};
    QTest::newRow("no match") << "zzz" << QStringList {};
    QTest::newRow("empty: everything") << "" << QStringList {"tok-e", "tok-d", "tok-c", "tok-b", "tok-a"};
}

void TestJournal::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto journal = journalWith(freshPath(), searchRows());
    QVERIFY(journal);
    // The same on every path (a term under 3 characters goes through LIKE on each).
    for (const auto path :
         {acrp::JournalSearchPath::Auto, acrp::JournalSearchPath::Like, acrp::JournalSearchPath::Index}) {
        JournalQuery query;
        query.search = text;
        query.searchPath = path;
        QCOMPARE(tokens(journal->entries(query)), expected);
        QCOMPARE(journal->count(query), expected.size());
    }
}

void TestJournal::searchFindsBackslash()
{
    QList<Row> rows = searchRows();
    rows[0].name = QStringLiteral("a\\b");
    const auto journal = journalWith(freshPath(), rows);
    QVERIFY(journal);
    JournalQuery query;
    query.search = QStringLiteral("a\\b");
    QCOMPARE(tokens(journal->entries(query)), QStringList {"tok-a"});
    query.search = QStringLiteral("\\");
    QCOMPARE(journal->count(query), 1);
}

void TestJournal::searchIndexFollowsRows()
{
    // The triggers keep the index in step with the rows: a new row, an InstanceId set when the
    // order succeeds, a changed column and a deleted row.
    const QString path = freshPath();
    Journal journal(path);
    QVERIFY(journal.open());
    JournalEntry entry = sampleEntry(QStringLiteral("tok-follow"));
    entry.order.instanceName = QStringLiteral("研发镜像仓库");
    entry.profile = QStringLiteral("Team \"Blue\" 50%_off");
    const qint64 id = journal.insert(entry);
    QVERIFY(id > 0);
    QVERIFY(journal.insert(sampleEntry(QStringLiteral("tok-other"))) > 0);
    QCOMPARE(searchBothWays(journal, QStringLiteral("镜像仓")), QStringList {QStringLiteral("tok-follow")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("镜像")), QStringList {QStringLiteral("tok-follow")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("\"blue\" 50%_")), QStringList {QStringLiteral("tok-follow")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("cri-later")), QStringList());

    QVERIFY(journal.finishSucceeded(id, 1, QStringLiteral("cri-later"), QStringLiteral("777123"),
                                    QStringLiteral("RID-LATER")));
    QCOMPARE(searchBothWays(journal, QStringLiteral("CRI-LATER")), QStringList {QStringLiteral("tok-follow")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("7123")), QStringList {QStringLiteral("tok-follow")});
    QCOMPARE(searchBothWays(journal, QStringLiteral("rid-later")), QStringList {QStringLiteral("tok-follow")});

    RawDb raw(path);
    QVERIFY(
        raw.exec(QStringLiteral("UPDATE orders SET instance_name = 'renamed-one' WHERE client_token = 'tok-follow'")));
    QCOMPARE(searchBothWays(journal, QStringLiteral("镜像仓")), QStringList());
    QCOMPARE(searchBothWays(journal, QStringLiteral("renamed")), QStringList {QStringLiteral("tok-follow")});
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders_search(orders_search) VALUES ('integrity-check')")));

    QVERIFY(raw.exec(QStringLiteral("DELETE FROM orders WHERE client_token = 'tok-follow'")));
    QCOMPARE(searchBothWays(journal, QStringLiteral("renamed")), QStringList());
    QCOMPARE(searchBothWays(journal, QStringLiteral("cri-later")), QStringList());
    QCOMPARE(searchBothWays(journal, QStringLiteral("tok-")), QStringList {QStringLiteral("tok-other")});
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders_search(orders_search) VALUES ('integrity-check')")));

    // A ClientToken that is a UUID is in the hex-only IDs' index; changed to other text, it moves to
    // the main one, and back.
    const QString uuid = QStringLiteral("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
    QVERIFY(journal.insert(sampleEntry(uuid)) > 0);
    QCOMPARE(searchBothWays(journal, QStringLiteral("4B5A-49")), QStringList {uuid});
    QVERIFY(raw.exec(
        QStringLiteral("UPDATE orders SET client_token = 'tok-was-uuid' WHERE client_token = '%1'").arg(uuid)));
    QCOMPARE(searchBothWays(journal, QStringLiteral("4b5a-49")), QStringList());
    QCOMPARE(searchBothWays(journal, QStringLiteral("was-uuid")), QStringList {QStringLiteral("tok-was-uuid")});
    QVERIFY(raw.exec(
        QStringLiteral("UPDATE orders SET client_token = '%1' WHERE client_token = 'tok-was-uuid'").arg(uuid)));
    QCOMPARE(searchBothWays(journal, QStringLiteral("was-uuid")), QStringList());
    QCOMPARE(searchBothWays(journal, QStringLiteral("a5b4c3")), QStringList {uuid});
    for (const QString& index : {QStringLiteral("orders_search"), QStringLiteral("orders_search_hex")})
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(index)));
    QVERIFY(raw.exec(QStringLiteral("DELETE FROM orders WHERE client_token = '%1'").arg(uuid)));
    QCOMPARE(searchBothWays(journal, QStringLiteral("a5b4c3")), QStringList());
    for (const QString& index : {QStringLiteral("orders_search"), QStringLiteral("orders_search_hex")})
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(index)));
}

void TestJournal::searchPathsAgree()
{
    // A corpus of random names, ASCII in mixed case with the characters LIKE and FTS5 treat
    // specially, and Chinese, Greek and accented ones (whose case only the index could fold): the
    // LIKE path, the index path and the automatic choice list the same rows, in every order and on
    // every page, and count them alike.
    const QString path = freshPath();
    Journal journal(path);
    QVERIFY(journal.open());
    QRandomGenerator random(16);
    const QString ascii = QStringLiteral("abcdeABCDE-_%\"\\ 0123");
    const QStringList words = {QStringLiteral("镜像"),  QStringLiteral("仓库"),  QStringLiteral("研发"),
                               QStringLiteral("测试"),  QStringLiteral("Äpfel"), QStringLiteral("äpfel"),
                               QStringLiteral("ΣΟΦΙΑ"), QStringLiteral("σοφια"), QStringLiteral("team")};
    const auto randomUuid = [&] {
        QString hex;
        for (int i = 0; i < 32; ++i)
            hex += QString::number(random.bounded(16), 16);
        return hex.insert(20, u'-').insert(16, u'-').insert(12, u'-').insert(8, u'-');
    };
    const auto randomText = [&](int length) {
        QString text;
        while (text.size() < length) {
            if (random.bounded(3) == 0)
                text += words.at(random.bounded(int(words.size())));
            else
                text += ascii.at(random.bounded(int(ascii.size())));
        }
        return text;
    };
    QStringList names;
    QStringList uuids; // the ClientTokens that are UUIDs
    QSqlDatabase db = journal.database();
    QVERIFY(db.transaction());
    for (int i = 0; i < 400; ++i) {
        // One row in three has a UUID for its ClientToken (in the hex-only IDs' index).
        JournalEntry entry
            = sampleEntry(i % 3 == 0 ? randomUuid() : QStringLiteral("tok-%1-%2").arg(i).arg(randomText(4)));
        entry.order.instanceName = randomText(4 + random.bounded(10));
        // "team" in most rows: a term the automatic choice finds through LIKE's probe.
        entry.profile = random.bounded(4) != 0 ? QStringLiteral("team") : randomText(6);
        entry.site = entry.order.site = random.bounded(3) == 0 ? acrp::Site::International : acrp::Site::China;
        names.append(entry.order.instanceName);
        if (i % 3 == 0)
            uuids.append(entry.clientToken);
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + random.bounded(1000) * 1000, Qt::UTC);
        QVERIFY(journal.insert(entry) > 0);
    }
    QVERIFY(db.commit());
    QStringList terms
        = {QStringLiteral("team"),        QStringLiteral("tea"), QStringLiteral("tok-"), QStringLiteral("TEAM"),
           QStringLiteral("ÄPFEL"),       QStringLiteral("äpf"), QStringLiteral("σοφ"),  QStringLiteral("ΣΟΦ"),
           QStringLiteral("镜像仓"),      QStringLiteral("像"),  QStringLiteral("\"\""), QStringLiteral("%_\\"),
           QStringLiteral("no such name")};
    for (int i = 0; i < 32; ++i) {
        // Substrings of the names in a random case (ASCII letters only change), and random text.
        const QString name = names.at(random.bounded(int(names.size())));
        const int from = random.bounded(int(name.size()));
        QString term = name.mid(from, 1 + random.bounded(6));
        if (random.bounded(2))
            term = term.toUpper();
        terms.append(i % 4 == 0 ? randomText(3 + random.bounded(3)) : term);
    }
    for (int i = 0; i < 16; ++i) {
        // Pieces of the UUIDs, in either case, and hex text that may be in any column.
        const QString token = uuids.at(random.bounded(int(uuids.size())));
        const QString piece = token.mid(random.bounded(int(token.size()) - 3), 3 + random.bounded(6));
        terms.append(i % 4 == 3 ? randomText(3 + random.bounded(3)) : i % 2 ? piece.toUpper() : piece);
    }
    using acrp::JournalSearchPath;
    using acrp::JournalSort;
    const QList<std::optional<acrp::Site>> siteFilters = {std::nullopt, acrp::Site::International};
    for (const QString& term : std::as_const(terms)) {
        for (const auto& [sortBy, newestFirst, site] : {std::tuple {JournalSort::CreatedAt, true, siteFilters[0]},
                                                        std::tuple {JournalSort::CreatedAt, false, siteFilters[0]},
                                                        std::tuple {JournalSort::InstanceName, true, siteFilters[0]},
                                                        std::tuple {JournalSort::CreatedAt, true, siteFilters[1]}}) {
            JournalQuery query;
            query.search = term;
            query.site = site;
            query.sortBy = sortBy;
            query.newestFirst = newestFirst;
            query.searchPath = JournalSearchPath::Like;
            const QStringList all = tokens(journal.entries(query));
            const int count = journal.count(query);
            QCOMPARE(count, all.size());
            for (const auto path : {JournalSearchPath::Index, JournalSearchPath::Auto}) {
                query.searchPath = path;
                query.limit = -1;
                query.offset = 0;
                QVERIFY2(tokens(journal.entries(query)) == all, qPrintable(term));
                QCOMPARE(journal.count(query), count);
                for (const int offset : {0, 7, 64}) { // pages, as the history window reads them
                    query.limit = 16;
                    query.offset = offset;
                    QVERIFY2(tokens(journal.entries(query)) == all.mid(offset, 16), qPrintable(term));
                }
            }
        }
    }
}

void TestJournal::sorting_data()
{
    using acrp::JournalSort;
    QTest::addColumn<JournalSort>("sortBy");
    QTest::addColumn<QStringList>("ascending");

    QTest::newRow("created") << JournalSort::CreatedAt << QStringList {"tok-a", "tok-b", "tok-c", "tok-d", "tok-e"};
    // Ties (work, work) are broken by id in the same direction.
    QTest::newRow("profile") << JournalSort::Profile << QStringList {"tok-e", "tok-b", "tok-d", "tok-a", "tok-c"};
    QTest::newRow("site") << JournalSort::Site << QStringList {"tok-a", "tok-c", "tok-e", "tok-b", "tok-d"};
    QTest::newRow("edition") << JournalSort::Edition << QStringList {"tok-c", "tok-a", "tok-d", "tok-b", "tok-e"};
    QTest::newRow("instance name") << JournalSort::InstanceName
                                   << QStringList {"tok-e", "tok-a", "tok-b", "tok-d", "tok-c"};
    QTest::newRow("region") << JournalSort::Region << QStringList {"tok-b", "tok-e", "tok-a", "tok-c", "tok-d"};
    QTest::newRow("period") << JournalSort::Period << QStringList {"tok-a", "tok-d", "tok-b", "tok-e", "tok-c"};
    QTest::newRow("state") << JournalSort::State << QStringList {"tok-b", "tok-e", "tok-a", "tok-d", "tok-c"};
    QTest::newRow("InstanceId") << JournalSort::InstanceId << QStringList {"tok-b", "tok-c", "tok-e", "tok-a", "tok-d"};
    QTest::newRow("OrderId") << JournalSort::OrderId << QStringList {"tok-b", "tok-c", "tok-e", "tok-a", "tok-d"};
}

void TestJournal::sorting()
{
    QFETCH(acrp::JournalSort, sortBy);
    QFETCH(QStringList, ascending);
    const auto journal = journalWith(freshPath(), searchRows());
    QVERIFY(journal);
    JournalQuery query;
    query.sortBy = sortBy;
    query.newestFirst = false;
    QCOMPARE(tokens(journal->entries(query)), ascending);
    query.newestFirst = true;
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(tokens(journal->entries(query)), descending);
    // A page of the sorted list.
    query.limit = 2;
    query.offset = 1;
    QCOMPARE(tokens(journal->entries(query)), descending.mid(1, 2));
}

void TestJournal::combinedFilters()
{
    const auto journal = journalWith(freshPath(), searchRows());
    QVERIFY(journal);
    JournalQuery query;
    query.states = {OrderState::Succeeded, OrderState::Sending};
    query.site = acrp::Site::China;
    query.search = QStringLiteral("a");
    QCOMPARE(tokens(journal->entries(query)), QStringList({"tok-e", "tok-a"}));
    QCOMPARE(journal->count(query), 2);
    query.search = QStringLiteral("alpha");
    QCOMPARE(tokens(journal->entries(query)), QStringList {"tok-a"});
    QCOMPARE(journal->count(query), 1);
    query.site = acrp::Site::International;
    QCOMPARE(journal->count(query), 0);
    query.search = QStringLiteral("delta");
    QCOMPARE(journal->count(query), 1);
    query.sortBy = acrp::JournalSort::Region;
    QCOMPARE(tokens(journal->entries(query)), QStringList {"tok-d"});
}

void TestJournal::databaseIsTheConnection()
{
    Journal journal(freshPath());
    QVERIFY(journal.open());
    QSqlDatabase db = journal.database();
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM templates")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestJournal::twoConnectionsShareTheFile()
{
    const QString path = freshPath();
    Journal first(path);
    Journal second(path);
    QVERIFY(first.open());
    QVERIFY(second.open());
    const qint64 id = first.insert(sampleEntry(QStringLiteral("shared")));
    QVERIFY(second.markSending(id));
    QVERIFY(second.finishSucceeded(id, 1, QStringLiteral("cri-s"), QStringLiteral("7"), QString()));
    QCOMPARE(first.entry(id)->state, OrderState::Succeeded);
    QCOMPARE(first.entry(id)->instanceId, QStringLiteral("cri-s"));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
