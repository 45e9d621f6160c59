// Journal: schema and migrations, WAL, owner-only file, write-ahead insert, the state machine,
// queries (with their indexes), and two connections on one file.
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"

#include <QDir>
#include <QFile>
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
using acrp::OrderState;

namespace {

acrp::OrderSpec sampleOrder(const QString& name = QStringLiteral("team-registry"))
{
    acrp::OrderSpec order;
    order.site = acrp::Site::China;
    order.edition = QStringLiteral("Standard");
    order.instanceName = name;
    order.region = QStringLiteral("cn-shanghai");
    order.periodMonths = 12;
    return order;
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

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsAppData();
    void openCreatesSchema();
    void refusesNewerSchema();
    void insertIsWriteAhead();
    void insertRules();
    void stateMachine();
    void errorsRoundTrip();
    void pendingOldestFirst();
    void queries();
    void indexesServeTheHistoryWindow();
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
    QCOMPARE(again.schemaVersion(), 1);
    RawDb raw(path);
    QCOMPARE(raw.column(QStringLiteral("PRAGMA user_version")), QStringList {QStringLiteral("1")});
    const QStringList columns = raw.column(QStringLiteral("SELECT name FROM pragma_table_info('orders') ORDER BY cid"));
    QCOMPARE(columns,
             QStringList({"id", "created_at", "updated_at", "profile", "site", "endpoint", "order_json", "client_token",
                          "state", "attempts", "instance_id", "order_id", "request_id", "last_error",
                          "provisioning_status"}));
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
                            "this version reads up to 1). Update the program.")
                 .arg(path));
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

    QVERIFY(journal.setProvisioningStatus(id, QStringLiteral("RUNNING"), &error));
    QCOMPARE(journal.entry(id)->provisioningStatus, QStringLiteral("RUNNING"));

    const qint64 failed = journal.insert(sampleEntry(QStringLiteral("sm-2")));
    QVERIFY(!journal.finishWithError(failed, OrderState::Succeeded, 1, timeout, &error));
    QCOMPARE(error, QStringLiteral("An order can only end with an error as Failed or Unknown."));
    QVERIFY(journal.finishWithError(failed, OrderState::Failed, 1, timeout, &error));
    QVERIFY(!journal.markSending(failed, &error)); // Failed is final too
    QVERIFY(!journal.setProvisioningStatus(failed, QStringLiteral("RUNNING"), &error));
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

void TestJournal::indexesServeTheHistoryWindow()
{
    const QString path = freshPath();
    Journal journal(path);
    QVERIFY(journal.open());
    RawDb raw(path);
    const QStringList indexes = raw.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND name NOT LIKE "
                       "'sqlite_autoindex%' ORDER BY name"));
    QCOMPARE(indexes, QStringList({"orders_created_at", "orders_site", "orders_state"}));
    const QString plan = raw.column(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM orders WHERE created_at >= 0 AND "
                                                   "created_at < 1 ORDER BY created_at DESC"))
                             .join(u'\n');
    QVERIFY2(plan.contains(QStringLiteral("orders_created_at")), qPrintable(plan));
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
