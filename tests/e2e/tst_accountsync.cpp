// Issue 17 end to end against the in-process sandbox over loopback: account sync (instances bought
// here and elsewhere, merged without duplicates), and renewal through OrderService with the same
// ClientToken on retry and on resume, charged once, and its refusals.
#include "core/api/ErrorExplanation.h"
#include "core/app/AccountService.h"
#include "core/app/OrderService.h"
#include "core/order/CreateInstanceParams.h"
#include "core/store/AccountStore.h"
#include "core/store/Journal.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono_literals;
using namespace acrp;
using acrp::sandbox::SandboxFaults;
using acrp::sandbox::SandboxServer;

namespace {

const AccountKey kSandboxAccount {QStringLiteral("sandbox"), QStringLiteral("sandbox")};

QJsonObject seed(const QString& name, double endsInDays, bool withOrder = true)
{
    QJsonObject object {
        {QStringLiteral("accessKeyId"), QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina)},
        {QStringLiteral("name"), name},
        {QStringLiteral("edition"), QStringLiteral("Standard")},
        {QStringLiteral("region"), QStringLiteral("cn-shanghai")},
        {QStringLiteral("endsInDays"), endsInDays},
    };
    if (withOrder)
        object.insert(QStringLiteral("order"), QJsonObject {{QStringLiteral("amount"), QStringLiteral("8000.00")}});
    return object;
}

int renewOrders(const SandboxServer& sandbox)
{
    int count = 0;
    for (const auto& order : sandbox.orders())
        count += order.type == u"Renew" ? 1 : 0;
    return count;
}

} // namespace

class TestAccountSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void syncEndToEnd();
    void syncWithoutClientSaysWhy();
    void renewAndQuote();
    void renewRetriesWithTheSameToken();
    void renewUnknownThenResumed();
    void renewResumedAfterKill();
    void renewRefusals();
    void invalidRenewalSendsNothing();

private:
    QString seedOne(const QJsonObject& object);
    static OrderResult run(OrderHandle* handle);
    static SyncResult run(SyncHandle* handle);
    void setPolicy(std::chrono::milliseconds transferTimeout, int maxAttempts);

    SandboxServer* m_sandbox = nullptr;
    Journal* m_journal = nullptr;
    ClientFactory* m_clients = nullptr;
    int m_case = 0;
};

void TestAccountSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountSync::init()
{
    acrp::sandbox::SandboxConfig config;
    config.balance = QStringLiteral("50000.00");
    m_sandbox = new SandboxServer(config, this);
    QVERIFY2(m_sandbox->listen(0), qPrintable(m_sandbox->errorString()));
    // Every case its own journal, fresh on every run (the files stay for the final secret scan).
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sync%1").arg(++m_case);
    QDir(folder).removeRecursively();
    m_journal = new Journal(folder + QStringLiteral("/journal.sqlite"));
    QString error;
    QVERIFY2(m_journal->open(&error), qPrintable(error));
    m_clients = new ClientFactory(nullptr, nullptr, this);
    m_clients->setEnvironment({});
    m_clients->setSandboxUrl(m_sandbox->baseUrl());
    setPolicy(10s, 4);
}

void TestAccountSync::cleanup()
{
    delete m_clients;
    delete m_journal;
    delete m_sandbox;
}

void TestAccountSync::setPolicy(std::chrono::milliseconds transferTimeout, int maxAttempts)
{
    RetryPolicy policy;
    policy.initialBackoff = 50ms;
    policy.maxBackoff = 400ms;
    policy.transferTimeout = transferTimeout;
    policy.totalDeadline = 60s;
    policy.maxAttempts = maxAttempts;
    m_clients->setSettings({SignatureVersion::V1, policy});
}

QString TestAccountSync::seedOne(const QJsonObject& object)
{
    QString error;
    QList<acrp::sandbox::SandboxInstance> seeded;
    if (!m_sandbox->seedInstances(QJsonArray {object}, &error, &seeded) || seeded.size() != 1)
        return error;
    return seeded.first().instanceId;
}

OrderResult TestAccountSync::run(OrderHandle* handle)
{
    QSignalSpy finished(handle, &OrderHandle::finished);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<OrderResult>();
}

SyncResult TestAccountSync::run(SyncHandle* handle)
{
    QSignalSpy finished(handle, &SyncHandle::finished);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<SyncResult>();
}

void TestAccountSync::syncEndToEnd()
{
    // One bought here, one bought elsewhere with its order, one elsewhere expiring in 10 days.
    OrderService orders(m_journal, m_clients);
    OrderSpec order;
    order.instanceName = QStringLiteral("bought-here");
    order.region = QStringLiteral("cn-shanghai");
    order.periodMonths = 1;
    const OrderResult bought = run(orders.submit(order, QString(), Endpoint::sandbox()));
    QVERIFY(bought.isPaid());
    const JournalEntry before = *m_journal->entry(bought.journalId);
    const QString elsewhere = seedOne(seed(QStringLiteral("elsewhere"), 200));
    QVERIFY2(elsewhere.startsWith(u"cri-"), qPrintable(elsewhere));
    const QString expiring = seedOne(seed(QStringLiteral("expiring"), 10, false));
    QVERIFY2(expiring.startsWith(u"cri-"), qPrintable(expiring));

    AccountService accounts(m_journal, m_clients);
    QCOMPARE(AccountService::accountFor(QString(), Endpoint::sandbox()), kSandboxAccount);
    QSignalSpy changed(&accounts, &AccountService::accountChanged);
    SyncHandle* handle = accounts.sync(QString(), Endpoint::sandbox());
    QSignalSpy progress(handle, &SyncHandle::progress);
    QVERIFY(accounts.isSyncing(kSandboxAccount));
    QCOMPARE(accounts.sync(QString(), Endpoint::sandbox()), handle); // one at a time
    const SyncResult result = run(handle);
    QVERIFY2(result.ok, qPrintable(result.errors.join(u'\n') + result.message));
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.instances, 3);
    QCOMPARE(result.orders, 2); // the purchase here and the seeded one's order
    QCOMPARE(result.details, 3);
    QVERIFY(result.lastSuccess.isValid());
    QVERIFY(!progress.isEmpty());
    QVERIFY(!changed.isEmpty());
    QVERIFY(accounts.hasSynced(kSandboxAccount));
    QVERIFY(accounts.syncStatus(kSandboxAccount)->lastError.isEmpty());

    AccountInstanceQuery query;
    query.account = kSandboxAccount;
    query.sortBy = InstanceSort::Name;
    const QList<InstanceRow> rows = accounts.instances(query);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).instance.name, QStringLiteral("bought-here"));
    QVERIFY(rows.at(0).boughtHere);
    QCOMPARE(rows.at(0).orders.size(), 1); // the journal's row and the service's order are one
    QCOMPARE(rows.at(0).orders.first().orderId, bought.orderId);
    QVERIFY(rows.at(0).orders.first().local && rows.at(0).orders.first().service);
    QCOMPARE(rows.at(1).instance.name, QStringLiteral("elsewhere"));
    QVERIFY(!rows.at(1).boughtHere);
    QCOMPARE(rows.at(1).orders.size(), 1);
    QVERIFY(!rows.at(1).orders.first().local);
    QCOMPARE(rows.at(1).instance.instanceSpecification.isEmpty(), false);
    QCOMPARE(rows.at(2).instance.name, QStringLiteral("expiring"));
    QVERIFY(rows.at(2).orders.isEmpty());
    QCOMPARE(rows.at(2).expiry.level, Expiry::Level::Soon);
    const QList<InstanceRow> notices = accounts.expiring(kSandboxAccount);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().instance.instanceId, expiring);

    // Once per process unless forced; a forced sync duplicates nothing and leaves the journal alone.
    const SyncResult again = run(accounts.sync(QString(), Endpoint::sandbox()));
    QVERIFY(again.skipped);
    QCOMPARE(again.lastSuccess, result.lastSuccess);
    const SyncResult forced = run(accounts.sync(QString(), Endpoint::sandbox(), true));
    QVERIFY(forced.ok && !forced.skipped);
    QCOMPARE(accounts.instances(query).size(), 3);
    QCOMPARE(AccountStore(m_journal).orders(kSandboxAccount).size(), 2);
    const JournalEntry after = *m_journal->entry(bought.journalId);
    QCOMPARE(after.clientToken, before.clientToken);
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.attempts, before.attempts);
    QCOMPARE(m_journal->count(), 1);

    // The sandbox's clock moves 20 days on: the expiring one expired (urgent); a sync sees it.
    QString error;
    QVERIFY2(m_sandbox->setClockOffsetDays(12, &error), qPrintable(error));
    QVERIFY(run(accounts.sync(QString(), Endpoint::sandbox(), true)).ok);
    const QList<InstanceRow> later
        = accounts.expiring(kSandboxAccount, 15, QDateTime::currentDateTimeUtc().addDays(12));
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().expiry.level, Expiry::Level::Expired);
}

void TestAccountSync::syncWithoutClientSaysWhy()
{
    // No profile and no environment variables for a real endpoint: nothing asked, said in words,
    // and recorded as the last error.
    AccountService accounts(m_journal, m_clients);
    const Endpoint custom = Endpoint::custom(m_sandbox->baseUrl());
    const SyncResult result = run(accounts.sync(QString(), custom));
    QVERIFY(!result.ok);
    QCOMPARE(result.clientProblem, ClientProblem::NoCredentials);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.lastSuccess.isValid());
    const auto status = accounts.syncStatus(AccountService::accountFor(QString(), custom));
    QVERIFY(status);
    QCOMPARE(status->lastError, result.message);
    // A journal that is not open reads nothing.
    Journal closed(QStringLiteral("/nonexistent/journal.sqlite"));
    AccountService none(&closed, m_clients);
    const SyncResult noJournal = run(none.sync(QString(), Endpoint::sandbox()));
    QVERIFY(!noJournal.ok);
    QVERIFY(!noJournal.message.isEmpty());
}

void TestAccountSync::renewAndQuote()
{
    const QString id = seedOne(seed(QStringLiteral("renew-me"), 5));
    AccountService accounts(m_journal, m_clients);
    OrderService orders(m_journal, m_clients);
    RenewalSpec renewal;
    renewal.instanceId = id;
    renewal.periodMonths = 3;
    renewal.region = QStringLiteral("cn-shanghai");

    // Before a sync the end date is not known; the price and balance are.
    QObject context;
    RenewalQuote unsynced;
    bool answered = false;
    orders.quoteRenewal(renewal, QString(), Endpoint::sandbox(), &context, [&](const RenewalQuote& quote) {
        unsynced = quote;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(std::holds_alternative<SubscriptionPrice>(unsynced.price));
    QVERIFY(std::holds_alternative<AccountBalance>(unsynced.balance));
    QVERIFY(!unsynced.newEndTime.isValid());
    QVERIFY(!unsynced.balanceTooLow());

    QVERIFY(run(accounts.sync(QString(), Endpoint::sandbox())).ok);
    const QDateTime end = AccountStore(m_journal).instance(id)->endTime;
    answered = false;
    RenewalQuote quote;
    orders.quoteRenewal(renewal, QString(), Endpoint::sandbox(), &context, [&](const RenewalQuote& q) {
        quote = q;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(quote.currentEndTime, end);
    QCOMPARE(quote.newEndTime, end.addMonths(3));

    const QString balanceBefore = m_sandbox->balance(QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina));
    QSignalSpy journaled(&orders, &OrderService::journalChanged);
    const OrderResult renewed = run(orders.renew(renewal, QString(), Endpoint::sandbox()));
    QCOMPARE(renewed.kind, OrderResult::Kind::Bought);
    QCOMPARE(renewed.orderKind, OrderKind::Renew);
    QVERIFY(!renewed.orderId.isEmpty());
    QCOMPARE(renewed.instanceId, id);
    const JournalEntry row = *m_journal->entry(renewed.journalId);
    QCOMPARE(row.kind, OrderKind::Renew);
    QCOMPARE(row.state, OrderState::Succeeded);
    QCOMPARE(row.orderId, renewed.orderId);
    QCOMPARE(row.renewal->periodMonths, 3);
    QCOMPARE(renewOrders(*m_sandbox), 1);
    QVERIFY(m_sandbox->balance(QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina)) != balanceBefore);
    // The sync after it: the new end date is the one the Review said; the renewal is "here".
    QVERIFY(run(accounts.sync(QString(), Endpoint::sandbox(), true)).ok);
    QCOMPARE(AccountStore(m_journal).instance(id)->endTime, quote.newEndTime);
    AccountInstanceQuery query;
    query.account = kSandboxAccount;
    const QList<InstanceRow> rows = accounts.instances(query);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().boughtHere);
    QStringList kinds;
    for (const InstanceOrder& item : rows.first().orders)
        kinds.append(orderKindId(item.kind) + (item.local ? u"+here" : u""));
    QCOMPARE(kinds, QStringList({"new", "renew+here"}));
    // The status refresh of a renewal row reads its order.
    StatusRefresh refresh;
    answered = false;
    orders.refreshStatus(row.id, &context, [&](const StatusRefresh& r) {
        refresh = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY2(refresh.ok(), qPrintable(refresh.message));
    QCOMPARE(refresh.paymentStatus, QStringLiteral("Paid"));
}

void TestAccountSync::renewRetriesWithTheSameToken()
{
    const QString id = seedOne(seed(QStringLiteral("retried"), 5));
    SandboxFaults faults;
    faults.failNextUnavailable = 2;
    m_sandbox->setFaults(faults);
    OrderService orders(m_journal, m_clients);
    RenewalSpec renewal;
    renewal.instanceId = id;
    renewal.periodMonths = 1;
    const OrderResult renewed = run(orders.renew(renewal, QString(), Endpoint::sandbox()));
    QCOMPARE(renewed.kind, OrderResult::Kind::Bought);
    QCOMPARE(renewed.attempts, 3);
    QCOMPARE(m_sandbox->renewInstanceRequests(), 3); // three requests with one ClientToken
    QCOMPARE(renewOrders(*m_sandbox), 1);
    QCOMPARE(m_sandbox->orders().last().clientToken, renewed.clientToken);
}

void TestAccountSync::renewUnknownThenResumed()
{
    const QString id = seedOne(seed(QStringLiteral("stalled"), 5));
    SandboxFaults faults;
    faults.commitThenStallMs = 3000;
    m_sandbox->setFaults(faults);
    setPolicy(400ms, 2);
    OrderService orders(m_journal, m_clients);
    RenewalSpec renewal;
    renewal.instanceId = id;
    renewal.periodMonths = 2;
    const OrderResult first = run(orders.renew(renewal, QString(), Endpoint::sandbox()));
    QCOMPARE(first.kind, OrderResult::Kind::Unknown);
    QCOMPARE(m_journal->entry(first.journalId)->state, OrderState::Unknown);
    QCOMPARE(m_sandbox->renewInstanceRequests(), 2); // retried with the same token
    QCOMPARE(renewOrders(*m_sandbox), 1); // charged once
    const QString balance = m_sandbox->balance(QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina));
    m_sandbox->setFaults({});
    setPolicy(10s, 4);
    const OrderResult resumed = run(orders.resume(first.journalId));
    QCOMPARE(resumed.kind, OrderResult::Kind::Bought);
    QCOMPARE(resumed.clientToken, first.clientToken);
    QCOMPARE(resumed.orderKind, OrderKind::Renew);
    QCOMPARE(resumed.orderId, m_sandbox->orders().last().orderId);
    QCOMPARE(renewOrders(*m_sandbox), 1);
    QCOMPARE(m_sandbox->balance(QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina)), balance);
    QVERIFY(m_journal->pending().isEmpty());
}

void TestAccountSync::renewResumedAfterKill()
{
    // A process killed after the write-ahead commit, before any byte left: the row is Sending.
    const QString id = seedOne(seed(QStringLiteral("killed"), 5));
    RenewalSpec renewal;
    renewal.instanceId = id;
    renewal.periodMonths = 12;
    JournalEntry entry;
    entry.profile = QStringLiteral("sandbox");
    entry.endpoint = QStringLiteral("sandbox");
    entry.kind = OrderKind::Renew;
    entry.renewal = renewal;
    entry.clientToken = newClientToken();
    entry.state = OrderState::Sending;
    const qint64 rowId = m_journal->insert(entry);
    QVERIFY(rowId > 0);
    OrderService orders(m_journal, m_clients);
    const OrderResult resumed = run(orders.resume(rowId));
    QCOMPARE(resumed.kind, OrderResult::Kind::Bought);
    QCOMPARE(resumed.clientToken, entry.clientToken);
    QCOMPARE(m_sandbox->orders().last().clientToken, entry.clientToken);
    QCOMPARE(m_sandbox->orders().last().renewMonths, 12);
    // A finished renewal is not sent again.
    const OrderResult again = run(orders.resume(rowId));
    QCOMPARE(again.kind, OrderResult::Kind::LocalError);
    QCOMPARE(renewOrders(*m_sandbox), 1);
}

void TestAccountSync::renewRefusals()
{
    OrderService orders(m_journal, m_clients);
    // No such instance on this account.
    RenewalSpec unknown;
    unknown.instanceId = QStringLiteral("cri-doesnotexist00");
    unknown.periodMonths = 1;
    OrderResult result = run(orders.renew(unknown, QString(), Endpoint::sandbox()));
    QCOMPARE(result.kind, OrderResult::Kind::Refused);
    QCOMPARE(result.error->code, QStringLiteral("ResourceNotExists"));
    QCOMPARE(m_journal->entry(result.journalId)->state, OrderState::Failed);
    QVERIFY(!ErrorExplanation::forError(*result.error).isEmpty());
    // Released: expired more than 7 days ago.
    RenewalSpec released;
    released.instanceId = seedOne(seed(QStringLiteral("released"), -8));
    released.periodMonths = 1;
    result = run(orders.renew(released, QString(), Endpoint::sandbox()));
    QCOMPARE(result.kind, OrderResult::Kind::Refused);
    QCOMPARE(result.error->code, QStringLiteral("ResourceNotExists"));
    // Still being created: the state does not allow a renewal.
    OrderSpec order;
    order.instanceName = QStringLiteral("just-bought");
    order.region = QStringLiteral("cn-shanghai");
    order.periodMonths = 1;
    const OrderResult bought = run(orders.submit(order, QString(), Endpoint::sandbox()));
    QVERIFY(bought.isPaid());
    RenewalSpec creating;
    creating.instanceId = bought.instanceId;
    creating.periodMonths = 1;
    result = run(orders.renew(creating, QString(), Endpoint::sandbox()));
    QCOMPARE(result.kind, OrderResult::Kind::Refused);
    QCOMPARE(result.error->code, QStringLiteral("ResourceStatusError"));
    QVERIFY(!ErrorExplanation::forError(*result.error).isEmpty());
    // Not enough balance: a long renewal of an Advanced instance would cost more than is left.
    QJsonObject big = seed(QStringLiteral("costly"), 5);
    big.insert(QStringLiteral("edition"), QStringLiteral("Advanced"));
    RenewalSpec costly;
    costly.instanceId = seedOne(big);
    costly.periodMonths = 36;
    // Renewed until the balance no longer covers it (it is finite; each one is charged).
    for (int i = 0; i < 20; ++i) {
        result = run(orders.renew(costly, QString(), Endpoint::sandbox()));
        if (result.kind != OrderResult::Kind::Bought)
            break;
    }
    QCOMPARE(result.kind, OrderResult::Kind::Refused);
    QCOMPARE(result.error->kind, ApiError::Kind::Payment);
    QVERIFY(!ErrorExplanation::forError(*result.error).isEmpty());
}

void TestAccountSync::invalidRenewalSendsNothing()
{
    OrderService orders(m_journal, m_clients);
    RenewalSpec renewal;
    renewal.instanceId = QStringLiteral("cri-abc");
    renewal.periodMonths = 10;
    const OrderResult result = run(orders.renew(renewal, QString(), Endpoint::sandbox()));
    QCOMPARE(result.kind, OrderResult::Kind::InvalidOrder);
    QCOMPARE(result.orderKind, OrderKind::Renew);
    QVERIFY(result.message.contains(QLatin1String("(not 10)")));
    QCOMPARE(m_sandbox->renewInstanceRequests(), 0);
    QCOMPARE(m_journal->count(), 0);
    // The Review of an invalid renewal asks nothing either.
    QObject context;
    bool answered = false;
    RenewalQuote quote;
    orders.quoteRenewal(renewal, QString(), Endpoint::sandbox(), &context, [&](const RenewalQuote& q) {
        quote = q;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!quote.validation.isValid());
    QVERIFY(std::holds_alternative<Unavailable>(quote.price));
}

QTEST_GUILESS_MAIN(TestAccountSync)
#include "tst_accountsync.moc"
