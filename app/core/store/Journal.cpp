#include "core/store/Journal.h"

#include "core/order/OrderFile.h"
#include "core/store/JournalReader.h"
#include "core/store/TrigramProbes.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <utility>

namespace acrp {

namespace {

// One step of the schema. Files at an older version run the later steps on their next open, in
// one transaction per step; their rows are kept.
struct Migration
{
    int version;
    QList<const char*> statements;
};

const QList<Migration>& migrations()
{
    static const QList<Migration> list = {
        {1,
         {
             "CREATE TABLE orders ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " created_at INTEGER NOT NULL," // ms since the epoch, UTC
             " updated_at INTEGER NOT NULL,"
             " profile TEXT NOT NULL DEFAULT '',"
             " site TEXT NOT NULL,"
             " endpoint TEXT NOT NULL,"
             " order_json TEXT NOT NULL,"
             " client_token TEXT NOT NULL UNIQUE,"
             " state TEXT NOT NULL CHECK (state IN ('Draft','Sending','Succeeded','Failed','Unknown')),"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " instance_id TEXT NOT NULL DEFAULT '',"
             " order_id TEXT NOT NULL DEFAULT '',"
             " request_id TEXT NOT NULL DEFAULT '',"
             " last_error TEXT NOT NULL DEFAULT ''," // ApiError::toJson(), or empty
             " provisioning_status TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX orders_state ON orders(state)",
             "CREATE INDEX orders_created_at ON orders(created_at)",
             "CREATE INDEX orders_site ON orders(site)",
         }},
        {2,
         {
             "CREATE TABLE templates ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
             " order_json TEXT NOT NULL," // the OrderFile document
             " created_at INTEGER NOT NULL," // ms since the epoch, UTC
             " updated_at INTEGER NOT NULL)",
             // The order's fields the history sorts and searches by, copied out of order_json.
             "ALTER TABLE orders ADD COLUMN edition TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE orders ADD COLUMN instance_name TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE orders ADD COLUMN region TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE orders ADD COLUMN period_months INTEGER NOT NULL DEFAULT 0",
             // A row whose order_json does not parse keeps the defaults rather than failing the step.
             "UPDATE orders SET"
             " edition = COALESCE(CAST(json_extract(order_json, '$.order.edition') AS TEXT), ''),"
             " instance_name = COALESCE(CAST(json_extract(order_json, '$.order.instanceName') AS TEXT), ''),"
             " region = COALESCE(CAST(json_extract(order_json, '$.order.region') AS TEXT), ''),"
             " period_months = COALESCE(CAST(json_extract(order_json, '$.order.periodMonths') AS INTEGER), 0)"
             " WHERE json_valid(order_json)",
             "CREATE INDEX orders_profile ON orders(profile)",
             "CREATE INDEX orders_edition ON orders(edition)",
             "CREATE INDEX orders_instance_name ON orders(instance_name)",
             "CREATE INDEX orders_region ON orders(region)",
             "CREATE INDEX orders_period_months ON orders(period_months)",
             "CREATE INDEX orders_instance_id ON orders(instance_id)",
             "CREATE INDEX orders_order_id ON orders(order_id)",
         }},
        {3,
         {
             // What the last status refresh read (GetOrderDetail's PaymentStatus) and when the
             // status was last read, so an old status is never shown as if it were current.
             "ALTER TABLE orders ADD COLUMN payment_status TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE orders ADD COLUMN status_checked_at INTEGER NOT NULL DEFAULT 0", // ms, 0: never
         }},
        {4,
         {
             // The history search's index: every trigram of the eight searched columns (see
             // kSchemaVersion). External content: the text stays in orders only; detail=none keeps
             // neither columns nor positions (a quarter of the size of detail=full), so a match is a
             // row holding every trigram of the term somewhere and the search checks it with LIKE.
             "CREATE VIRTUAL TABLE orders_search USING fts5(instance_name, region, edition, profile, instance_id,"
             " order_id, request_id, client_token, content='orders', content_rowid='id', tokenize='trigram',"
             " detail=none)",
             "INSERT INTO orders_search(orders_search) VALUES ('rebuild')",
             "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN"
             " INSERT INTO orders_search(rowid, instance_name, region, edition, profile, instance_id, order_id,"
             " request_id, client_token) VALUES (new.id, new.instance_name, new.region, new.edition, new.profile,"
             " new.instance_id, new.order_id, new.request_id, new.client_token);"
             " END",
             // An external-content index forgets a row by being given the text it indexed.
             "CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN"
             " INSERT INTO orders_search(orders_search, rowid, instance_name, region, edition, profile, instance_id,"
             " order_id, request_id, client_token) VALUES ('delete', old.id, old.instance_name, old.region,"
             " old.edition, old.profile, old.instance_id, old.order_id, old.request_id, old.client_token);"
             " END",
             "CREATE TRIGGER orders_search_update AFTER UPDATE OF instance_name, region, edition, profile,"
             " instance_id, order_id, request_id, client_token ON orders BEGIN"
             " INSERT INTO orders_search(orders_search, rowid, instance_name, region, edition, profile, instance_id,"
             " order_id, request_id, client_token) VALUES ('delete', old.id, old.instance_name, old.region,"
             " old.edition, old.profile, old.instance_id, old.order_id, old.request_id, old.client_token);"
             " INSERT INTO orders_search(rowid, instance_name, region, edition, profile, instance_id, order_id,"
             " request_id, client_token) VALUES (new.id, new.instance_name, new.region, new.edition, new.profile,"
             " new.instance_id, new.order_id, new.request_id, new.client_token);"
             " END",
         }},
        {5,
         {
             // A state or site filter with the history's default order (newest first) walks one of
             // these in order and stops at the page's last row; with the single-column index alone
             // SQLite sorted every matching row first (80,000 of 100,000 for Succeeded). The rowid
             // ends every index entry, so (state, created_at) is in the order "created_at, id".
             "CREATE INDEX orders_state_created_at ON orders(state, created_at)",
             "CREATE INDEX orders_site_created_at ON orders(site, created_at)",
         }},
        {6,
         {
             // What an order does: 'new' (CreateInstance) or 'renew' (RenewInstance). Every older row
             // bought a new instance. A renewal row names its instance in instance_id from the start.
             "ALTER TABLE orders ADD COLUMN kind TEXT NOT NULL DEFAULT 'new' CHECK (kind IN ('new','renew'))",
             "CREATE INDEX orders_kind_created_at ON orders(kind, created_at)",
             // What account sync read, per account (profile and endpoint), with the time it was read.
             // Written only by sync; times are ms since the epoch, UTC, 0 for none.
             "CREATE TABLE account_instances ("
             " profile TEXT NOT NULL,"
             " endpoint TEXT NOT NULL,"
             " instance_id TEXT NOT NULL,"
             " status TEXT NOT NULL DEFAULT '',"
             " sub_status TEXT NOT NULL DEFAULT '',"
             " create_time INTEGER NOT NULL DEFAULT 0,"
             " end_time INTEGER NOT NULL DEFAULT 0,"
             " renew_status TEXT NOT NULL DEFAULT '',"
             " renewal_duration INTEGER NOT NULL DEFAULT 0,"
             " renewal_duration_unit TEXT NOT NULL DEFAULT '',"
             " region TEXT NOT NULL DEFAULT '',"
             " product_type TEXT NOT NULL DEFAULT '',"
             " read_at INTEGER NOT NULL,"
             " name TEXT NOT NULL DEFAULT '',"
             " instance_status TEXT NOT NULL DEFAULT '',"
             " instance_specification TEXT NOT NULL DEFAULT '',"
             " instance_issue TEXT NOT NULL DEFAULT '',"
             " cr_read_at INTEGER NOT NULL DEFAULT 0,"
             " PRIMARY KEY (profile, endpoint, instance_id))",
             // The Instances view's sorts and filters within one account, each in the order the view
             // reads it (ties by InstanceID), so a page is read without sorting.
             "CREATE INDEX account_instances_end_time ON account_instances(profile, endpoint, end_time, instance_id)",
             "CREATE INDEX account_instances_create_time ON account_instances(profile, endpoint, create_time, "
             "instance_id)",
             "CREATE INDEX account_instances_name ON account_instances(profile, endpoint, name, instance_id)",
             "CREATE INDEX account_instances_region ON account_instances(profile, endpoint, region, instance_id)",
             "CREATE INDEX account_instances_status ON account_instances(profile, endpoint, status, instance_id)",
             "CREATE INDEX account_instances_renew_status ON account_instances(profile, endpoint, renew_status, "
             "instance_id)",
             "CREATE INDEX account_instances_specification ON account_instances(profile, endpoint,"
             " instance_specification, instance_id)",
             "CREATE INDEX account_instances_instance_id ON account_instances(instance_id)",
             "CREATE TABLE account_orders ("
             " profile TEXT NOT NULL,"
             " endpoint TEXT NOT NULL,"
             " order_id TEXT NOT NULL,"
             " instance_ids TEXT NOT NULL DEFAULT ''," // comma-separated, from GetOrderDetail
             " order_type TEXT NOT NULL DEFAULT '',"
             " payment_status TEXT NOT NULL DEFAULT '',"
             " pretax_gross_amount TEXT NOT NULL DEFAULT '',"
             " pretax_amount TEXT NOT NULL DEFAULT '',"
             " after_tax_amount TEXT NOT NULL DEFAULT '',"
             " currency TEXT NOT NULL DEFAULT '',"
             " create_time INTEGER NOT NULL DEFAULT 0,"
             " payment_time INTEGER NOT NULL DEFAULT 0,"
             " read_at INTEGER NOT NULL,"
             " PRIMARY KEY (profile, endpoint, order_id))",
             "CREATE INDEX account_orders_create_time ON account_orders(profile, endpoint, create_time)",
             "CREATE INDEX account_orders_order_id ON account_orders(order_id)",
             "CREATE TABLE account_sync ("
             " profile TEXT NOT NULL,"
             " endpoint TEXT NOT NULL,"
             " last_success INTEGER NOT NULL DEFAULT 0,"
             " last_attempt INTEGER NOT NULL DEFAULT 0,"
             " last_error TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (profile, endpoint))",
         }},
        {7,
         {
             // How many rows there are of each state, site and kind, kept in step by triggers in the
             // same transaction as the row, so the history's count of a list without search or dates
             // is a sum over a few tally rows instead of a scan of every order (1,000,000 rows: tens
             // of milliseconds of a core, which competed with the window's first paint).
             "CREATE TABLE orders_tally (state TEXT NOT NULL, site TEXT NOT NULL, kind TEXT NOT NULL,"
             " n INTEGER NOT NULL, PRIMARY KEY (state, site, kind)) WITHOUT ROWID",
             "INSERT INTO orders_tally SELECT state, site, kind, COUNT(*) FROM orders GROUP BY state, site, kind",
             "CREATE TRIGGER orders_tally_insert AFTER INSERT ON orders BEGIN"
             " INSERT INTO orders_tally VALUES (new.state, new.site, new.kind, 1)"
             " ON CONFLICT (state, site, kind) DO UPDATE SET n = n + 1;"
             " END",
             "CREATE TRIGGER orders_tally_delete AFTER DELETE ON orders BEGIN"
             " UPDATE orders_tally SET n = n - 1 WHERE state = old.state AND site = old.site AND kind = old.kind;"
             " END",
             "CREATE TRIGGER orders_tally_update AFTER UPDATE OF state, site, kind ON orders BEGIN"
             " UPDATE orders_tally SET n = n - 1 WHERE state = old.state AND site = old.site AND kind = old.kind;"
             " INSERT INTO orders_tally VALUES (new.state, new.site, new.kind, 1)"
             " ON CONFLICT (state, site, kind) DO UPDATE SET n = n + 1;"
             " END",
         }},
        {8,
         {
             // Two indexes instead of one (see kSchemaVersion): what each holds is what its view
             // shows, and the triggers give each index its view's row, so the two cannot differ.
             "DROP TRIGGER orders_search_insert",
             "DROP TRIGGER orders_search_delete",
             "DROP TRIGGER orders_search_update",
             "DROP TABLE orders_search",
             "CREATE VIEW orders_search_text AS SELECT id, instance_name, region, edition, profile, instance_id,"
             " order_id, iif(request_id GLOB '*[^0-9A-Fa-f-]*', request_id, '') AS request_id,"
             " iif(client_token GLOB '*[^0-9A-Fa-f-]*', client_token, '') AS client_token FROM orders",
             "CREATE VIEW orders_search_ids AS SELECT id,"
             " iif(request_id GLOB '*[^0-9A-Fa-f-]*', '', request_id) AS request_id,"
             " iif(client_token GLOB '*[^0-9A-Fa-f-]*', '', client_token) AS client_token FROM orders",
             "CREATE VIRTUAL TABLE orders_search USING fts5(instance_name, region, edition, profile, instance_id,"
             " order_id, request_id, client_token, content='orders_search_text', content_rowid='id',"
             " tokenize='trigram', detail=none)",
             "CREATE VIRTUAL TABLE orders_search_hex USING fts5(request_id, client_token,"
             " content='orders_search_ids', content_rowid='id', tokenize='trigram', detail=none)",
             "INSERT INTO orders_search(orders_search) VALUES ('rebuild')",
             "INSERT INTO orders_search_hex(orders_search_hex) VALUES ('rebuild')",
             "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN"
             " INSERT INTO orders_search(rowid, instance_name, region, edition, profile, instance_id, order_id,"
             " request_id, client_token) SELECT * FROM orders_search_text WHERE id = new.id;"
             " INSERT INTO orders_search_hex(rowid, request_id, client_token)"
             " SELECT * FROM orders_search_ids WHERE id = new.id;"
             " END",
             // An external-content index forgets a row by being given the text it indexed: read
             // through the views before the row changes or goes.
             "CREATE TRIGGER orders_search_delete BEFORE DELETE ON orders BEGIN"
             " INSERT INTO orders_search(orders_search, rowid, instance_name, region, edition, profile, instance_id,"
             " order_id, request_id, client_token) SELECT 'delete', * FROM orders_search_text WHERE id = old.id;"
             " INSERT INTO orders_search_hex(orders_search_hex, rowid, request_id, client_token)"
             " SELECT 'delete', * FROM orders_search_ids WHERE id = old.id;"
             " END",
             "CREATE TRIGGER orders_search_update_old BEFORE UPDATE OF instance_name, region, edition, profile,"
             " instance_id, order_id, request_id, client_token ON orders BEGIN"
             " INSERT INTO orders_search(orders_search, rowid, instance_name, region, edition, profile, instance_id,"
             " order_id, request_id, client_token) SELECT 'delete', * FROM orders_search_text WHERE id = old.id;"
             " INSERT INTO orders_search_hex(orders_search_hex, rowid, request_id, client_token)"
             " SELECT 'delete', * FROM orders_search_ids WHERE id = old.id;"
             " END",
             "CREATE TRIGGER orders_search_update_new AFTER UPDATE OF instance_name, region, edition, profile,"
             " instance_id, order_id, request_id, client_token ON orders BEGIN"
             " INSERT INTO orders_search(rowid, instance_name, region, edition, profile, instance_id, order_id,"
             " request_id, client_token) SELECT * FROM orders_search_text WHERE id = new.id;"
             " INSERT INTO orders_search_hex(rowid, request_id, client_token)"
             " SELECT * FROM orders_search_ids WHERE id = new.id;"
             " END",
         }},
    };
    return list;
}

const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, profile, site, endpoint, order_json, client_token, state, attempts, instance_id, "
    "order_id, request_id, last_error, provisioning_status, payment_status, status_checked_at, kind");

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("acrp-journal-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// The order fields of a renewal row, for views that list any row by them.
OrderSpec orderOfRenewal(const RenewalSpec& renewal)
{
    OrderSpec order;
    order.site = renewal.site;
    order.region = renewal.region;
    order.edition = renewal.edition;
    order.instanceName = renewal.instanceName;
    order.periodMonths = renewal.periodMonths;
    return order;
}

JournalEntry entryFromQuery(const QSqlQuery& query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    entry.profile = query.value(3).toString();
    siteFromId(query.value(4).toString(), &entry.site);
    entry.endpoint = query.value(5).toString();
    entry.orderJson = query.value(6).toString().toUtf8();
    orderKindFromId(query.value(17).toString(), &entry.kind);
    QString parseError;
    if (entry.kind == OrderKind::Renew) {
        entry.renewal = RenewalSpec::fromJournalJson(entry.orderJson, &parseError);
        if (entry.renewal)
            entry.order = orderOfRenewal(*entry.renewal);
    } else if (const auto order = OrderFile::parse(entry.orderJson, &parseError)) {
        entry.order = *order;
    }
    entry.clientToken = query.value(7).toString();
    orderStateFromId(query.value(8).toString(), &entry.state);
    entry.attempts = query.value(9).toInt();
    entry.instanceId = query.value(10).toString();
    entry.orderId = query.value(11).toString();
    entry.requestId = query.value(12).toString();
    const QString lastError = query.value(13).toString();
    if (!lastError.isEmpty())
        entry.lastError = ApiError::fromJson(QJsonDocument::fromJson(lastError.toUtf8()).object());
    entry.provisioningStatus = query.value(14).toString();
    entry.paymentStatus = query.value(15).toString();
    if (const qint64 checked = query.value(16).toLongLong(); checked > 0)
        entry.statusCheckedAt = QDateTime::fromMSecsSinceEpoch(checked, Qt::UTC);
    return entry;
}

QStringList stateIds(const QList<OrderState>& states)
{
    QStringList ids;
    for (OrderState state : states)
        ids.append(orderStateId(state));
    return ids;
}

} // namespace

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

Journal::Journal(const QString& path)
    : Journal(path, nullptr)
{ }

Journal::Journal(const QString& path, std::shared_ptr<TrigramProbes> probes)
    : m_path(path)
    , m_connectionName(connectionName())
    , m_probes(probes ? std::move(probes) : std::make_shared<TrigramProbes>())
{ }

Journal::~Journal()
{
    // The readers' threads end first (a read still running is waited for).
    m_pageReader.reset();
    m_countReader.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Journal::open(QString* error)
{
    if (m_open)
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the order journal.").arg(info.absolutePath());
        return false;
    }
    if (!info.exists()) {
        // An empty file is a valid new database; creating it ourselves gives it owner-only
        // permissions (SQLite gives the -wal and -shm files the same).
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot create the order journal %1: %2").arg(m_path, file.errorString());
            return false;
        }
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Another process (the GUI, a second CLI) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the order journal %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    // Switching to WAL needs the file to itself for a moment, and SQLite does not wait for that on
    // its own: while another process creates a new journal, the switch answers "busy" (or the old
    // mode). Try again for as long as a busy write would be waited for.
    bool wal = false;
    QElapsedTimer waited;
    waited.start();
    while (!wal) {
        QSqlQuery mode(db);
        wal = mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && mode.next()
            && mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
        mode.finish(); // an unfinished statement would block the migration's COMMIT
        if (wal || waited.elapsed() > 10000)
            break;
        QThread::msleep(20);
    }
    if (!wal) {
        if (error)
            *error = tr("Cannot switch the order journal %1 to write-ahead logging.").arg(m_path);
        db.close();
        return false;
    }
    // The money path: a commit is on the disk before the request that depends on it is sent.
    if (!execStatement(QStringLiteral("PRAGMA synchronous=FULL"), error)
        || !execStatement(QStringLiteral("PRAGMA foreign_keys=ON"), error) || !migrate(error)) {
        db.close();
        return false;
    }
    m_open = true;
    return true;
}

bool Journal::exec(QSqlQuery& query, QString* error) const
{
    if (query.exec())
        return true;
    if (error)
        *error = tr("The order journal %1 could not be written: %2").arg(m_path, query.lastError().text());
    return false;
}

bool Journal::execStatement(const QString& sql, QString* error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = tr("The order journal %1 could not be written: %2").arg(m_path, query.lastError().text());
    return false;
}

int Journal::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

JournalReader& Journal::reader(ReaderKind kind)
{
    std::unique_ptr<JournalReader>& reader = kind == ReaderKind::Pages ? m_pageReader : m_countReader;
    if (!reader)
        reader = std::make_unique<JournalReader>(m_path, m_probes);
    return *reader;
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Journal::journalMode() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return {};
    return query.value(0).toString();
}

bool Journal::migrate(QString* error)
{
    const int found = schemaVersion();
    if (found > kSchemaVersion) {
        if (error)
            *error = tr("The order journal %1 was written by a newer version of this program (schema %2, this "
                        "version reads up to %3). Update the program.")
                         .arg(m_path)
                         .arg(found)
                         .arg(kSchemaVersion);
        return false;
    }
    if (found == kSchemaVersion)
        return true; // up to date: no write lock taken (every reader's open would queue for it)
    for (const Migration& migration : migrations()) {
        if (migration.version > kSchemaVersion)
            break;
        // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new file at once
        // cannot both run the same step; the version is read again under the lock.
        if (!execStatement(QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        if (schemaVersion() >= migration.version) {
            execStatement(QStringLiteral("ROLLBACK"), nullptr);
            continue;
        }
        bool ok = true;
        for (const char* statement : migration.statements) {
            if (!execStatement(QString::fromUtf8(statement), error)) {
                ok = false;
                break;
            }
        }
        ok = ok && execStatement(QStringLiteral("PRAGMA user_version = %1").arg(migration.version), error);
        if (!ok || !execStatement(QStringLiteral("COMMIT"), error)) {
            execStatement(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return true;
}

qint64 Journal::insert(const JournalEntry& entry, QString* error)
{
    if (entry.state != OrderState::Draft && entry.state != OrderState::Sending) {
        if (error)
            *error = tr("A new journal row must be a draft or being sent.");
        return 0;
    }
    if (entry.clientToken.isEmpty()) {
        if (error)
            *error = tr("A journal row needs a ClientToken.");
        return 0;
    }
    const qint64 now = nowMs();
    // The indexed copies of the order's fields follow the stored document when there is one.
    OrderSpec order = entry.order;
    QByteArray document = entry.orderJson;
    QString instanceId;
    if (entry.kind == OrderKind::Renew) {
        // A renewal's document is its RenewalSpec; its instance is known from the start.
        std::optional<RenewalSpec> renewal = entry.renewal;
        QString parseError;
        if (!document.isEmpty())
            renewal = RenewalSpec::fromJournalJson(document, &parseError);
        if (!renewal) {
            if (error)
                *error = tr("A renewal row needs its renewal.");
            return 0;
        }
        if (document.isEmpty())
            document = renewal->toJournalJson();
        order = orderOfRenewal(*renewal);
        instanceId = renewal->instanceId;
    } else if (!document.isEmpty()) {
        QString parseError;
        if (const auto parsed = OrderFile::parse(document, &parseError))
            order = *parsed;
    } else {
        document = OrderFile::serialize(entry.order);
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO orders (created_at, updated_at, profile, site, endpoint, order_json, "
                                 "client_token, state, attempts, edition, instance_name, region, period_months, "
                                 "kind, instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.createdAt.isValid() ? entry.createdAt.toMSecsSinceEpoch() : now);
    query.addBindValue(entry.updatedAt.isValid() ? entry.updatedAt.toMSecsSinceEpoch() : now);
    query.addBindValue(bindable(entry.profile));
    query.addBindValue(siteId(entry.site));
    query.addBindValue(bindable(entry.endpoint));
    query.addBindValue(QString::fromUtf8(document));
    query.addBindValue(entry.clientToken);
    query.addBindValue(orderStateId(entry.state));
    query.addBindValue(entry.attempts);
    query.addBindValue(bindable(order.edition));
    query.addBindValue(bindable(order.instanceName));
    query.addBindValue(bindable(order.region));
    query.addBindValue(order.periodMonths);
    query.addBindValue(orderKindId(entry.kind));
    query.addBindValue(bindable(instanceId));
    if (!exec(query, error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool Journal::update(qint64 id, const QString& assignments, const QStringList& fromStates,
                     const QList<std::pair<QString, QVariant>>& values, QString* error)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < fromStates.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE orders SET ") + assignments
                  + QStringLiteral(", updated_at = ? WHERE id = ? AND state IN (") + placeholders.join(u',') + u')');
    for (const auto& value : values)
        query.addBindValue(bindable(value.second));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    for (const QString& state : fromStates)
        query.addBindValue(state);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("Order %1 is not in the journal or already finished.").arg(id);
        return false;
    }
    return true;
}

bool Journal::markSending(qint64 id, QString* error)
{
    return update(id, QStringLiteral("state = ?"),
                  stateIds({OrderState::Draft, OrderState::Sending, OrderState::Unknown}),
                  {{QStringLiteral("state"), orderStateId(OrderState::Sending)}}, error);
}

bool Journal::recordAttempts(qint64 id, int attempts, QString* error)
{
    return update(id, QStringLiteral("attempts = ?"), stateIds({OrderState::Sending}),
                  {{QStringLiteral("attempts"), attempts}}, error);
}

bool Journal::finishSucceeded(qint64 id, int attempts, const QString& instanceId, const QString& orderId,
                              const QString& requestId, QString* error)
{
    return update(id,
                  QStringLiteral("state = ?, attempts = ?, instance_id = ?, order_id = ?, request_id = ?, "
                                 "last_error = ''"),
                  stateIds({OrderState::Sending}),
                  {{QStringLiteral("state"), orderStateId(OrderState::Succeeded)},
                   {QStringLiteral("attempts"), attempts},
                   {QStringLiteral("instance_id"), instanceId},
                   {QStringLiteral("order_id"), orderId},
                   {QStringLiteral("request_id"), requestId}},
                  error);
}

bool Journal::finishWithError(qint64 id, OrderState state, int attempts, const ApiError& apiError, QString* error)
{
    if (state != OrderState::Failed && state != OrderState::Unknown) {
        if (error)
            *error = tr("An order can only end with an error as Failed or Unknown.");
        return false;
    }
    const QString lastError = QString::fromUtf8(QJsonDocument(apiError.toJson()).toJson(QJsonDocument::Compact));
    return update(id, QStringLiteral("state = ?, attempts = ?, request_id = ?, last_error = ?"),
                  stateIds({OrderState::Sending}),
                  {{QStringLiteral("state"), orderStateId(state)},
                   {QStringLiteral("attempts"), attempts},
                   {QStringLiteral("request_id"), apiError.requestId},
                   {QStringLiteral("last_error"), lastError}},
                  error);
}

bool Journal::recordStatus(qint64 id, const QString& paymentStatus, const QString& provisioningStatus,
                           const QDateTime& checkedAt, QString* error)
{
    QStringList assignments {QStringLiteral("status_checked_at = ?")};
    QList<std::pair<QString, QVariant>> values {{QStringLiteral("status_checked_at"), checkedAt.toMSecsSinceEpoch()}};
    if (!paymentStatus.isEmpty()) {
        assignments.append(QStringLiteral("payment_status = ?"));
        values.append({QStringLiteral("payment_status"), paymentStatus});
    }
    if (!provisioningStatus.isEmpty()) {
        assignments.append(QStringLiteral("provisioning_status = ?"));
        values.append({QStringLiteral("provisioning_status"), provisioningStatus});
    }
    return update(id, assignments.join(u", "), stateIds({OrderState::Succeeded}), values, error);
}

QList<JournalEntry> Journal::select(const QString& from, const QList<QVariant>& values) const
{
    QList<JournalEntry> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + u' ' + from);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(entryFromQuery(query));
    return result;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    const QList<JournalEntry> rows = select(QStringLiteral("FROM orders WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<JournalEntry> Journal::entryByClientToken(const QString& clientToken) const
{
    const QList<JournalEntry> rows = select(QStringLiteral("FROM orders WHERE client_token = ?"), {clientToken});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

namespace {

// How a search term is applied (see JournalSearchPath).
enum class SearchMode { None, Like, Index };

// The LIKE condition: a case-insensitive substring (ASCII letters only: other scripts are compared
// as they are) of any searched column; the pattern's own wildcards and the escape character are
// matched literally.
QString likeCondition(const QString& search, QList<QVariant>* values)
{
    QString escaped = search;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    const QString pattern = u'%' + escaped + u'%';
    static const QStringList searched = {
        QStringLiteral("instance_name"), QStringLiteral("region"),       QStringLiteral("edition"),
        QStringLiteral("profile"),       QStringLiteral("instance_id"),  QStringLiteral("order_id"),
        QStringLiteral("request_id"),    QStringLiteral("client_token"),
    };
    QStringList any;
    for (const QString& column : searched) {
        any.append(column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
        values->append(pattern);
    }
    return u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

// Every distinct trigram of the search (in code points, as the trigram tokenizer counts), each an
// FTS5 string ("" for a quote). Empty when the search is shorter than a trigram.
QStringList indexTerms(const QString& search)
{
    const QList<uint> points = search.toUcs4();
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + i), 3);
        trigram.replace(u'"', QStringLiteral("\"\""));
        trigram = u'"' + trigram + u'"';
        if (!trigrams.contains(trigram))
            trigrams.append(trigram);
    }
    return trigrams;
}

// Whether `search` may be part of a hex-only ID, the only text orders_search_hex holds (schema 8):
// any other character, in either case, is in no such ID, so LIKE would find such a search in none.
bool mayBeInHexId(const QString& search)
{
    return std::all_of(search.cbegin(), search.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u'-';
    });
}

// The rows the indexes offer for `search`: orders_search's for `match` (Journal::indexQuery's
// trigrams), and orders_search_hex's for every trigram of the search when it may be part of a
// hex-only ID (its trigrams are random: each is in about as many rows as another, so all of them
// narrow it best).
QString indexRows(const QString& search, const QString& match, QList<QVariant>* values)
{
    values->append(match);
    if (!mayBeInHexId(search))
        return QStringLiteral("SELECT rowid FROM orders_search WHERE orders_search MATCH ?");
    values->append(indexTerms(search).join(u' '));
    return QStringLiteral("SELECT rowid FROM orders_search WHERE orders_search MATCH ? UNION "
                          "SELECT rowid FROM orders_search_hex WHERE orders_search_hex MATCH ?");
}

// `match`: the FTS5 query of the index path (Journal::indexQuery), unused on the others.
QString whereClause(const JournalQuery& query, SearchMode mode, const QString& match, QList<QVariant>* values)
{
    QStringList conditions;
    if (!query.states.isEmpty()) {
        QStringList placeholders;
        for (OrderState state : query.states) {
            placeholders.append(QStringLiteral("?"));
            values->append(orderStateId(state));
        }
        conditions.append(QStringLiteral("state IN (") + placeholders.join(u',') + u')');
    }
    if (query.site) {
        conditions.append(QStringLiteral("site = ?"));
        values->append(siteId(*query.site));
    }
    if (query.kind) {
        conditions.append(QStringLiteral("kind = ?"));
        values->append(orderKindId(*query.kind));
    }
    if (query.createdFrom.isValid()) {
        conditions.append(QStringLiteral("created_at >= ?"));
        values->append(query.createdFrom.toMSecsSinceEpoch());
    }
    if (query.createdTo.isValid()) {
        conditions.append(QStringLiteral("created_at < ?"));
        values->append(query.createdTo.toMSecsSinceEpoch());
    }
    if (mode == SearchMode::Index) {
        // The index finds the rows holding the trigrams asked for (it folds the case of every
        // script, and a row may hold the trigrams apart); LIKE then keeps exactly the rows the LIKE
        // path keeps.
        conditions.append(QStringLiteral("id IN (") + indexRows(query.search, match, values) + u')');
    }
    if (mode != SearchMode::None)
        conditions.append(likeCondition(query.search, values));
    return conditions.join(QStringLiteral(" AND "));
}

// How many candidate rows the index may hand over before LIKE is tried instead (Journal::entries).
int searchCap(qint64 rows)
{
    return int(std::clamp(4.0 * std::sqrt(double(rows)), 256.0, 16384.0));
}

SearchMode searchMode(const JournalQuery& query)
{
    if (query.search.isEmpty())
        return SearchMode::None;
    if (query.searchPath == JournalSearchPath::Like || !Journal::searchUsesIndex(query.search))
        return SearchMode::Like;
    return SearchMode::Index;
}

QString whereSql(const QString& where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
}

QString sortColumn(JournalSort sort)
{
    switch (sort) {
    case JournalSort::CreatedAt:
        return QStringLiteral("created_at");
    case JournalSort::Profile:
        return QStringLiteral("profile");
    case JournalSort::Site:
        return QStringLiteral("site");
    case JournalSort::Edition:
        return QStringLiteral("edition");
    case JournalSort::InstanceName:
        return QStringLiteral("instance_name");
    case JournalSort::Region:
        return QStringLiteral("region");
    case JournalSort::Period:
        return QStringLiteral("period_months");
    case JournalSort::State:
        return QStringLiteral("state");
    case JournalSort::InstanceId:
        return QStringLiteral("instance_id");
    case JournalSort::OrderId:
        return QStringLiteral("order_id");
    }
    return QStringLiteral("created_at");
}

// " ORDER BY <the sort column> <direction>, id <direction>": ties in the same direction.
QString orderClause(const JournalQuery& query)
{
    const QString direction = query.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral(" ORDER BY %1 %2, id %2").arg(sortColumn(query.sortBy), direction);
}

// " LIMIT <limit> OFFSET <offset>" (a limit of -1: all).
QString windowClause(const JournalQuery& query)
{
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(std::max(0, query.offset));
}

} // namespace

bool Journal::searchUsesIndex(const QString& search)
{
    return search.toUcs4().size() >= 3;
}

qint64 Journal::rowEstimate() const
{
    QSqlQuery last(QSqlDatabase::database(m_connectionName, false));
    // Ids are never reused: an estimate of the rows from above.
    return last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")) && last.next()
        ? last.value(0).toLongLong()
        : 0;
}

QString Journal::indexQuery(const QString& search, qint64 rows, int cap) const
{
    const QStringList trigrams = indexTerms(search);
    if (trigrams.size() <= 2)
        return trigrams.join(u' ');
    // A trigram in most rows narrows nothing and is the dearest to read (its list of rows is the
    // longest: "tea" of "team-50000" is in every row of a journal of team-N names), and LIKE checks
    // every candidate anyway, so the index is asked for the rarest trigrams only: every one in under
    // a tenth of the rows (cheap to read, and each cuts the candidates LIKE reads), and denser ones
    // (up to half the rows) only while few candidates are not yet expected. How rare each is comes
    // from the first kProbe rows of its list: their number when fewer, else kProbe over the largest
    // of their ids (rows are numbered in order), kept for later searches (TrigramProbes: a search
    // probes only the trigrams no search since the last new order had). Measured at 100,000 orders
    // ("team-50000", sqlite3 from Python, a connection that had read nothing of the index yet):
    // 1.3 ms for the probes and the rarest trigrams against 1.9-4.9 ms for all seven. At most
    // kMostAsked of them: the first kProbe rows misjudge a trigram whose rows cluster ("m-5" of
    // team-N names looks like 5% of 100,000 rows and is 11%, "003" 3% and 12%), and the three rarest
    // leave a few candidates for the price of three lists (bench_history, team-50000 ... team-50044 at
    // 100,000 orders: the first page read in 0.7 ms instead of 1.0 ms, 131 candidates at most; with
    // exact counts, the best three took 0.75 ms and a fourth added only its list).
    // A search whose known trigrams already narrow it does not wait for the probes of its others
    // (one new trigram a search, as names of one scheme are looked up one after another: 0.15 ms of
    // 0.85 at 100,000 orders): it asks the index for the newest of them unprobed besides the rarest
    // known ones (a long list costs little beside short ones: the index skips through it), and the
    // reader probes it once the answer is sent (probeDeferred).
    constexpr double kCheap = 0.1;
    constexpr double kDense = 0.5;
    constexpr qsizetype kMostAsked = 3;
    const double few = std::max(1.0, cap / 8.0);
    QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
    probe.setForwardOnly(true);
    QList<std::pair<double, QString>> shares; // of the rows holding the trigram, and the trigram
    QStringList unprobed;
    const auto known = [&](const QString& trigram, const TrigramProbes::Probe& found) {
        if (found.held < TrigramProbes::kProbe && found.held < few)
            return true; // alone it leaves few candidates (a UUID's, an ID's trigram)
        const double share = found.held < TrigramProbes::kProbe
            ? double(found.held) / std::max<qint64>(rows, 1)
            : double(TrigramProbes::kProbe) / std::max<qint64>(found.last, TrigramProbes::kProbe);
        shares.append({std::min(share, 1.0), trigram});
        return false;
    };
    for (const QString& trigram : trigrams) {
        const std::optional<TrigramProbes::Probe> found = m_probes->find(trigram, rows);
        if (!found)
            unprobed.append(trigram);
        else if (known(trigram, *found))
            return trigram;
    }
    const bool narrowed
        = std::any_of(shares.cbegin(), shares.cend(), [](const auto& known) { return known.first < kCheap; });
    if (!narrowed) {
        for (const QString& trigram : std::as_const(unprobed)) {
            const std::optional<TrigramProbes::Probe> found = probeTrigram(probe, trigram, rows);
            if (!found)
                return trigrams.join(u' '); // unknown: all of them
            if (known(trigram, *found))
                return trigram;
        }
        unprobed.clear();
    }
    std::sort(shares.begin(), shares.end());
    QStringList asked;
    const qsizetype room = kMostAsked - (unprobed.isEmpty() ? 0 : 1);
    double expected = double(rows); // as if the trigrams were independent (neighbours are not)
    for (const auto& [share, trigram] : std::as_const(shares)) {
        if (asked.size() == room || (!asked.isEmpty() && share >= kCheap && (expected < few || share >= kDense)))
            break; // the rest are denser still
        asked.append(trigram);
        expected *= share;
    }
    if (!unprobed.isEmpty()) {
        asked.append(unprobed.last());
        for (const QString& trigram : std::as_const(unprobed)) {
            if (m_unprobed.size() < TrigramProbes::kMaxTrigrams) // a connection no reader drives
                m_unprobed.append({trigram, rows});
        }
    }
    return asked.join(u' ');
}

std::optional<TrigramProbes::Probe> Journal::probeTrigram(QSqlQuery& probe, const QString& trigram, qint64 rows) const
{
    if (probe.lastQuery().isEmpty()) { // prepared for the first trigram probed
        probe.prepare(QStringLiteral("SELECT COUNT(*), MAX(rowid) FROM (SELECT rowid FROM orders_search "
                                     "WHERE orders_search MATCH ? ORDER BY rowid LIMIT %1)")
                          .arg(TrigramProbes::kProbe));
    }
    probe.addBindValue(trigram);
    if (!probe.exec() || !probe.next())
        return std::nullopt;
    const TrigramProbes::Probe found {probe.value(0).toLongLong(), probe.value(1).toLongLong()};
    probe.finish();
    m_probes->insert(trigram, rows, found);
    return found;
}

void Journal::probeDeferred()
{
    if (m_unprobed.isEmpty())
        return;
    QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
    probe.setForwardOnly(true);
    const QList<std::pair<QString, qint64>> unprobed = std::exchange(m_unprobed, {});
    for (const auto& [trigram, rows] : unprobed) {
        if (!m_probes->find(trigram, rows) && !probeTrigram(probe, trigram, rows))
            return; // the index cannot be read now: the next search probes them itself
    }
}

std::optional<QList<qint64>> Journal::indexCandidates(const QString& search, const QString& match, int cap) const
{
    QSqlQuery sql(QSqlDatabase::database(m_connectionName, false));
    sql.setForwardOnly(true);
    QList<QVariant> values;
    sql.prepare(indexRows(search, match, &values) + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : std::as_const(values))
        sql.addBindValue(value);
    sql.addBindValue(cap);
    if (!sql.exec())
        return std::nullopt;
    QList<qint64> rows;
    while (sql.next())
        rows.append(sql.value(0).toLongLong());
    return rows;
}

QList<JournalEntry> Journal::entries(const JournalQuery& query) const
{
    const QString order = orderClause(query);
    const QString window = windowClause(query);

    const SearchMode mode = searchMode(query);
    QString match; // the index's query, once asked for
    if (mode == SearchMode::Index && query.searchPath == JournalSearchPath::Auto && query.limit > 0) {
        // A term in most rows is where the index loses: the index hands over every row holding it,
        // each to be read and sorted, while LIKE walks the sort order and stops at the page's last
        // row. Measured (bench_history, RelWithDebInfo, 2 cores): with N orders the two cost the
        // same at about 4 * sqrt(N) candidate rows (1,300 at 100,000: 5-15 ms either way; 4,000 at
        // 1,000,000: 25-35 ms), and a term in 1% of 1,000,000 rows takes 110-250 ms through the
        // index against 25-35 ms through LIKE. So: read the index's candidates up to that cap;
        // below it they are the rows the page is chosen from (the index is asked once). At the cap,
        // LIKE probes as many rows of the sort order as a term at that density needs for the page;
        // when the probe fills the page it is the answer, otherwise (a common term clustered far
        // down the order) the index does the work.
        const qint64 rows = rowEstimate();
        const int cap = searchCap(rows);
        match = indexQuery(query.search, rows, cap);
        const std::optional<QList<qint64>> candidates = indexCandidates(query.search, match, cap);
        QList<QVariant> values;
        QStringList conditions;
        const QString filters = whereClause(query, SearchMode::None, QString(), &values);
        if (!filters.isEmpty())
            conditions.append(filters);
        if (candidates && candidates->size() < cap) {
            QJsonArray ids;
            for (qint64 id : *candidates)
                ids.append(id);
            conditions.append(QStringLiteral("id IN (SELECT value FROM json_each(?))"));
            values.append(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
            conditions.append(likeCondition(query.search, &values));
            return select(QStringLiteral("FROM orders WHERE ") + conditions.join(QStringLiteral(" AND ")) + order
                              + window,
                          values);
        }
        if (candidates) {
            const qint64 wanted = qint64(std::max(0, query.offset)) + query.limit;
            const qint64 probe = std::max<qint64>(wanted, wanted * rows / cap);
            const QString like = likeCondition(query.search, &values);
            QList<JournalEntry> page
                = select(QStringLiteral("FROM (SELECT * FROM orders") + whereSql(filters) + order
                             + QStringLiteral(" LIMIT %1) WHERE ").arg(probe) + like + order + window,
                         values);
            if (page.size() == query.limit)
                return page;
        }
    }
    QList<QVariant> values;
    const QString from = pageFrom(query, match, &values);
    return select(from, values);
}

QString Journal::indexQuery(const QString& search) const
{
    const qint64 rows = rowEstimate();
    return indexQuery(search, rows, searchCap(rows));
}

QString Journal::pageFrom(const JournalQuery& query, const QString& match, QList<QVariant>* values) const
{
    const QString order = orderClause(query);
    const QString window = windowClause(query);
    const SearchMode mode = searchMode(query);
    const QString where = whereClause(
        query, mode, mode == SearchMode::Index && match.isEmpty() ? indexQuery(query.search) : match, values);
    if (mode == SearchMode::Index) {
        // The page's ids first: the other columns are read for its rows only.
        return QStringLiteral("FROM orders WHERE id IN (SELECT id FROM orders") + whereSql(where) + order + window
            + u')' + order;
    }
    return QStringLiteral("FROM orders") + whereSql(where) + order + window;
}

QStringList Journal::queryPlan(const JournalQuery& query) const
{
    QList<QVariant> values;
    const QString from = pageFrom(query, QString(), &values);
    QSqlQuery sql(QSqlDatabase::database(m_connectionName, false));
    sql.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id ") + from);
    for (const QVariant& value : values)
        sql.addBindValue(value);
    QStringList steps;
    if (!sql.exec())
        return steps;
    while (sql.next())
        steps.append(sql.value(3).toString()); // id, parent, notused, detail
    return steps;
}

bool Journal::countsFromTally(const JournalQuery& query)
{
    return query.search.isEmpty() && !query.createdFrom.isValid() && !query.createdTo.isValid();
}

int Journal::count(const JournalQuery& query) const
{
    const SearchMode mode = searchMode(query);
    QList<QVariant> values;
    const QString where
        = whereClause(query, mode, mode == SearchMode::Index ? indexQuery(query.search) : QString(), &values);
    QSqlQuery sql(QSqlDatabase::database(m_connectionName, false));
    // The tally has the state, site and kind columns the filters name, so the same WHERE applies.
    sql.prepare((countsFromTally(query) ? QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM orders_tally")
                                        : QStringLiteral("SELECT COUNT(*) FROM orders"))
                + whereSql(where));
    for (const QVariant& value : values)
        sql.addBindValue(value);
    if (!sql.exec() || !sql.next())
        return -1;
    return sql.value(0).toInt();
}

QList<JournalEntry> Journal::entriesTouching(const QStringList& instanceIds, const QStringList& orderIds) const
{
    QStringList conditions;
    QList<QVariant> values;
    const auto in = [&](const QString& column, const QStringList& ids) {
        QStringList placeholders;
        for (const QString& id : ids) {
            if (id.isEmpty())
                continue;
            placeholders.append(QStringLiteral("?"));
            values.append(id);
        }
        if (!placeholders.isEmpty())
            conditions.append(column + QStringLiteral(" IN (") + placeholders.join(u',') + u')');
    };
    in(QStringLiteral("instance_id"), instanceIds);
    in(QStringLiteral("order_id"), orderIds);
    if (conditions.isEmpty())
        return {};
    return select(QStringLiteral("FROM orders WHERE ") + conditions.join(QStringLiteral(" OR "))
                      + QStringLiteral(" ORDER BY created_at, id"),
                  values);
}

QList<JournalEntry> Journal::pending() const
{
    JournalQuery query;
    query.states = {OrderState::Sending, OrderState::Unknown};
    query.newestFirst = false;
    return entries(query);
}

} // namespace acrp
