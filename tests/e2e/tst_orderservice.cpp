// OrderService end to end against the in-process sandbox over loopback: the one submit path
// (validate -> journal -> client -> journal) and resume, with the sandbox's faults.
#include "core/OrderService.h"
#include "core/api/BssClient.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using acrp::ApiError;
using acrp::BssClient;
using acrp::Journal;
using acrp::OrderService;
using acrp::OrderState;
using acrp::SubmitOutcome;
using acrp::sandbox::SandboxServer;
using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(acrp::ApiError::Kind)

namespace {

const QString kWrongSecret = QStringLiteral("tst-e2e-wrong-secret-91d3");

acrp::OrderSpec basicOrder(const QString& name, acrp::Site site = acrp::Site::China)
{
    acrp::OrderSpec order;
    order.site = site;
    order.edition = QStringLiteral("Basic");
    order.instanceName = name;
    order.region = site == acrp::Site::China ? QStringLiteral("cn-shanghai") : QStringLiteral("ap-southeast-1");
    order.periodMonths = 1;
    return order;
}

acrp::Credentials demo(acrp::Site site)
{
    if (site == acrp::Site::International)
        return {QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl),
                QString::fromLatin1(acrp::sandbox::kDemoSecretIntl),
                {}};
    return {
        QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina), QString::fromLatin1(acrp::sandbox::kDemoSecretChina), {}};
}

} // namespace

class TestOrderService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void happyPath_data();
    void happyPath();
    void writeAheadBeforeFirstByte();
    void unavailableTwiceThenSuccess();
    void throttlingBacksOff();
    void commitThenStallIsUnknownThenResumed();
    void refusals_data();
    void refusals();
    void invalidOrderSendsNothing();
    void clockOffsetCorrected();
    void badAnswers_data();
    void badAnswers();
    void resumeOnlyToTheSameEndpoint();
    void finishedRowsAreNotResent();
    void noSecretInAppFiles();

private:
    BssClient* makeClient(const acrp::Credentials& credentials, acrp::RetryPolicy policy = fastPolicy(),
                          acrp::SignatureVersion version = acrp::SignatureVersion::V1);
    static acrp::RetryPolicy fastPolicy();
    SubmitOutcome run(OrderService& service, const std::function<void()>& start);

    QTemporaryDir m_dir;
    SandboxServer* m_sandbox = nullptr;
    Journal* m_journal = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    int m_case = 0;
};

acrp::RetryPolicy TestOrderService::fastPolicy()
{
    acrp::RetryPolicy policy;
    policy.initialBackoff = 50ms;
    policy.maxBackoff = 400ms;
    policy.transferTimeout = 10s;
    policy.totalDeadline = 60s;
    return policy;
}

void TestOrderService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SubmitOutcome>();
    QVERIFY(m_dir.isValid());
}

void TestOrderService::init()
{
    acrp::sandbox::SandboxConfig config;
    config.balance = QStringLiteral("5000.00");
    m_sandbox = new SandboxServer(config, this);
    QVERIFY2(m_sandbox->listen(0), qPrintable(m_sandbox->errorString()));
    // Every case its own journal file under the test's app data (scanned for secrets at the end).
    m_journal = new Journal(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            + QStringLiteral("/case%1/journal.sqlite").arg(++m_case));
    QString error;
    QVERIFY2(m_journal->open(&error), qPrintable(error));
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestOrderService::cleanup()
{
    delete m_network;
    delete m_journal;
    delete m_sandbox;
}

BssClient* TestOrderService::makeClient(const acrp::Credentials& credentials, acrp::RetryPolicy policy,
                                        acrp::SignatureVersion version)
{
    auto* client = new BssClient(m_network, m_network);
    client->setEndpoint(acrp::Endpoint::sandbox(m_sandbox->baseUrl()));
    client->setCredentials(credentials);
    client->setRetryPolicy(policy);
    client->setSignatureVersion(version);
    return client;
}

SubmitOutcome TestOrderService::run(OrderService& service, const std::function<void()>& start)
{
    QSignalSpy finished(&service, &OrderService::finished);
    start();
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<SubmitOutcome>();
}

void TestOrderService::happyPath_data()
{
    QTest::addColumn<acrp::SignatureVersion>("version");
    QTest::addColumn<acrp::Site>("site");
    QTest::newRow("V1 China") << acrp::SignatureVersion::V1 << acrp::Site::China;
    QTest::newRow("V3 China") << acrp::SignatureVersion::V3 << acrp::Site::China;
    QTest::newRow("V1 International") << acrp::SignatureVersion::V1 << acrp::Site::International;
    QTest::newRow("V3 International") << acrp::SignatureVersion::V3 << acrp::Site::International;
}

void TestOrderService::happyPath()
{
    QFETCH(acrp::SignatureVersion, version);
    QFETCH(acrp::Site, site);
    OrderService service(m_journal);
    BssClient* client = makeClient(demo(site), fastPolicy(), version);
    const acrp::OrderSpec order = basicOrder(QStringLiteral("happy-path"), site);
    const SubmitOutcome outcome = run(service, [&] { service.submit(order, client, QStringLiteral("sandbox")); });
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.attempts, 1);

    QCOMPARE(m_sandbox->orders().size(), 1);
    const acrp::sandbox::SandboxOrder sold = m_sandbox->orders().first();
    QCOMPARE(outcome.result.instanceId, sold.instanceId);
    QCOMPARE(outcome.result.orderId, sold.orderId);
    QCOMPARE(outcome.clientToken, sold.clientToken);
    QCOMPARE(sold.order, order);

    const auto row = m_journal->entry(outcome.journalId);
    QVERIFY(row);
    QCOMPARE(row->state, OrderState::Succeeded);
    QCOMPARE(row->instanceId, sold.instanceId);
    QCOMPARE(row->orderId, sold.orderId);
    QCOMPARE(row->requestId, outcome.result.requestId);
    QCOMPARE(row->clientToken, sold.clientToken);
    QCOMPARE(row->profile, QStringLiteral("sandbox"));
    QCOMPARE(row->endpoint, QStringLiteral("sandbox"));
    QCOMPARE(row->site, site);
    QCOMPARE(row->attempts, 1);
    QCOMPARE(row->order, order);
}

void TestOrderService::writeAheadBeforeFirstByte()
{
    OrderService service(m_journal);
    BssClient* client = makeClient(demo(acrp::Site::China));
    int requestsWhenJournaled = -1;
    std::optional<acrp::JournalEntry> rowWhenJournaled;
    connect(&service, &OrderService::journaled, this, [&](qint64 id, const QString&) {
        requestsWhenJournaled = m_sandbox->createInstanceRequests();
        // A separate connection sees the row: it is committed, not pending in a transaction.
        Journal other(m_journal->path());
        if (other.open())
            rowWhenJournaled = other.entry(id);
    });
    const SubmitOutcome outcome
        = run(service, [&] { service.submit(basicOrder(QStringLiteral("write-ahead")), client, QString()); });
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(requestsWhenJournaled, 0);
    QVERIFY(rowWhenJournaled);
    QCOMPARE(rowWhenJournaled->state, OrderState::Sending);
    QCOMPARE(rowWhenJournaled->clientToken, outcome.clientToken);
}

void TestOrderService::unavailableTwiceThenSuccess()
{
    acrp::sandbox::SandboxFaults faults;
    faults.failNextUnavailable = 2;
    m_sandbox->setFaults(faults);
    OrderService service(m_journal);
    const SubmitOutcome outcome = run(service, [&] {
        service.submit(basicOrder(QStringLiteral("three-tries")), makeClient(demo(acrp::Site::China)), QString());
    });
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(outcome.attempts, 3);
    QCOMPARE(m_journal->entry(outcome.journalId)->attempts, 3);
    QCOMPARE(m_sandbox->createInstanceRequests(), 3);
    QCOMPARE(m_sandbox->orders().size(), 1);
    QCOMPARE(m_sandbox->orders().first().instanceId, outcome.result.instanceId);
}

void TestOrderService::throttlingBacksOff()
{
    acrp::sandbox::SandboxFaults faults;
    faults.failNextThrottling = 2;
    m_sandbox->setFaults(faults);
    acrp::RetryPolicy policy = fastPolicy();
    policy.initialBackoff = 300ms;
    policy.maxBackoff = 2s;
    policy.jitter = 0.5;
    OrderService service(m_journal);
    QList<QDateTime> times;
    connect(&service, &OrderService::attemptStarted, this,
            [&times](qint64, int, const QDateTime& time) { times.append(time); });
    const SubmitOutcome outcome = run(service, [&] {
        service.submit(basicOrder(QStringLiteral("throttled")), makeClient(demo(acrp::Site::China), policy), QString());
    });
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(times.size(), 3);
    // Waits of at least half of 300 ms and of 600 ms (jitter 0.5), with some timer slack.
    QVERIFY2(times.at(0).msecsTo(times.at(1)) >= 140, qPrintable(QString::number(times.at(0).msecsTo(times.at(1)))));
    QVERIFY2(times.at(1).msecsTo(times.at(2)) >= 290, qPrintable(QString::number(times.at(1).msecsTo(times.at(2)))));
    QCOMPARE(m_sandbox->orders().size(), 1);
}

void TestOrderService::commitThenStallIsUnknownThenResumed()
{
    acrp::sandbox::SandboxFaults faults;
    faults.commitThenStallMs = 3000;
    m_sandbox->setFaults(faults);
    acrp::RetryPolicy policy = fastPolicy();
    policy.transferTimeout = 400ms;
    policy.maxAttempts = 2;
    OrderService service(m_journal);
    const SubmitOutcome first = run(service, [&] {
        service.submit(basicOrder(QStringLiteral("stalled")), makeClient(demo(acrp::Site::China), policy), QString());
    });
    QCOMPARE(first.state, OrderState::Unknown);
    QVERIFY(first.error);
    QCOMPARE(first.error->kind, Kind::Timeout);
    QCOMPARE(first.attempts, 2);
    QCOMPARE(m_journal->entry(first.journalId)->state, OrderState::Unknown);
    QCOMPARE(m_journal->entry(first.journalId)->lastError->kind, Kind::Timeout);
    // The service did buy it (once: the retry carried the same ClientToken).
    QCOMPARE(m_sandbox->orders().size(), 1);
    const QString instanceId = m_sandbox->orders().first().instanceId;
    QCOMPARE(m_journal->pending().size(), 1);

    m_sandbox->setFaults({});
    const SubmitOutcome resumed
        = run(service, [&] { service.resume(first.journalId, makeClient(demo(acrp::Site::China))); });
    QCOMPARE(resumed.state, OrderState::Succeeded);
    QCOMPARE(resumed.result.instanceId, instanceId);
    QCOMPARE(resumed.clientToken, first.clientToken);
    QCOMPARE(resumed.attempts, 3);
    QCOMPARE(m_sandbox->orders().size(), 1);
    QCOMPARE(m_journal->entry(first.journalId)->state, OrderState::Succeeded);
    QCOMPARE(m_journal->entry(first.journalId)->instanceId, instanceId);
    QVERIFY(m_journal->pending().isEmpty());
}

void TestOrderService::refusals_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("balance");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QString cnKey = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);
    const QString cnSecret = QString::fromLatin1(acrp::sandbox::kDemoSecretChina);
    QTest::newRow("wrong secret") << cnKey << kWrongSecret << QString() << false << Kind::Auth
                                  << "SignatureDoesNotMatch"
                                  << "The AccessKey secret is wrong: the service could not verify the request's "
                                     "signature. Check the secret (pasted secrets often carry extra spaces).";
    QTest::newRow("unknown key") << "NoSuchKeyAnywhere" << kWrongSecret << QString() << false << Kind::Auth
                                 << "InvalidAccessKeyId.NotFound"
                                 << "The service does not know this AccessKey ID. Check the AccessKey ID and the site.";
    QTest::newRow("wrong site") << QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl)
                                << QString::fromLatin1(acrp::sandbox::kDemoSecretIntl) << QString() << false
                                << Kind::WrongSite << "NotApplicable"
                                << "This AccessKey belongs to an account on the other site. Switch the profile's site "
                                   "and try again.";
    QTest::newRow("insufficient balance")
        << cnKey << cnSecret << "100.00" << false << Kind::Payment << "PAY.INSUFFICIENT_BALANCE"
        << "The account's balance is too low to pay for this order. Top up the "
           "account and try again.";
    QTest::newRow("invalid order (name taken)")
        << cnKey << cnSecret << QString() << true << Kind::InvalidOrder << "InstanceNameDuplicated"
        << "An instance with this name already exists in this region. Choose another name. (An instance named "
           "\"refused\" already exists in the region cn-shanghai.)";
}

void TestOrderService::refusals()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, balance);
    QFETCH(bool, duplicate);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    if (!balance.isEmpty()) {
        delete m_sandbox;
        acrp::sandbox::SandboxConfig config;
        config.balance = balance;
        m_sandbox = new SandboxServer(config, this);
        QVERIFY(m_sandbox->listen(0));
    }
    OrderService service(m_journal);
    const acrp::OrderSpec order = basicOrder(QStringLiteral("refused"));
    int ordersBefore = 0;
    if (duplicate) {
        const SubmitOutcome first
            = run(service, [&] { service.submit(order, makeClient(demo(acrp::Site::China)), QString()); });
        QCOMPARE(first.state, OrderState::Succeeded);
        ordersBefore = 1;
    }
    const int requestsBefore = m_sandbox->createInstanceRequests();
    const SubmitOutcome outcome = run(service, [&] {
        service.submit(order, makeClient({keyId, secret, {}}), QString());
    });
    QCOMPARE(outcome.state, OrderState::Failed);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, kind);
    QCOMPARE(outcome.error->code, code);
    QCOMPARE(outcome.error->userMessage(), message);
    QVERIFY(!outcome.error->requestId.isEmpty());
    QCOMPARE(outcome.attempts, 1); // no retry
    QCOMPARE(m_sandbox->createInstanceRequests(), requestsBefore + 1);
    QCOMPARE(m_sandbox->orders().size(), ordersBefore);
    const auto row = m_journal->entry(outcome.journalId);
    QCOMPARE(row->state, OrderState::Failed);
    QCOMPARE(row->lastError->code, code);
    QVERIFY(!row->lastError->message.contains(secret) || secret.isEmpty());
}

void TestOrderService::invalidOrderSendsNothing()
{
    OrderService service(m_journal);
    acrp::OrderSpec order = basicOrder(QStringLiteral("-bad-"));
    order.periodMonths = 7 * 13;
    QSignalSpy journaled(&service, &OrderService::journaled);
    const SubmitOutcome outcome
        = run(service, [&] { QCOMPARE(service.submit(order, makeClient(demo(acrp::Site::China)), QString()), 0); });
    QVERIFY(outcome.isInvalidOrder());
    QCOMPARE(outcome.journalId, 0);
    QVERIFY(!outcome.validation.isValid(acrp::OrderField::InstanceName));
    QVERIFY(!outcome.validation.isValid(acrp::OrderField::Period));
    QCOMPARE(journaled.size(), 0);
    QCOMPARE(m_journal->count(), 0);
    QCOMPARE(m_sandbox->createInstanceRequests(), 0);
}

void TestOrderService::clockOffsetCorrected()
{
    acrp::sandbox::SandboxFaults faults;
    faults.clockOffsetSeconds = 20 * 60;
    m_sandbox->setFaults(faults);
    OrderService service(m_journal);
    BssClient* client = makeClient(demo(acrp::Site::China));
    const SubmitOutcome outcome
        = run(service, [&] { service.submit(basicOrder(QStringLiteral("clock-skew")), client, QString()); });
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(outcome.attempts, 2);
    QVERIFY2(qAbs(client->clockOffsetMs() - 20 * 60 * 1000) < 3000,
             qPrintable(QString::number(client->clockOffsetMs())));
    QCOMPARE(m_sandbox->orders().size(), 1);
}

void TestOrderService::badAnswers_data()
{
    QTest::addColumn<bool>("oversized");
    QTest::newRow("malformed") << false;
    QTest::newRow("oversized") << true;
}

void TestOrderService::badAnswers()
{
    QFETCH(bool, oversized);
    acrp::sandbox::SandboxFaults faults;
    (oversized ? faults.oversizedNext : faults.malformedNext) = 1;
    m_sandbox->setFaults(faults);
    OrderService service(m_journal);
    const SubmitOutcome outcome = run(service, [&] {
        service.submit(basicOrder(QStringLiteral("bad-answer")), makeClient(demo(acrp::Site::China)), QString());
    });
    // The answer could not be read, so whether it bought is unknown; nothing crashed.
    QCOMPARE(outcome.state, OrderState::Unknown);
    QCOMPARE(outcome.error->kind, Kind::Protocol);
    QCOMPARE(outcome.error->message,
             oversized ? QStringLiteral("the answer is larger than 1048576 bytes and was refused")
                       : QStringLiteral("the answer is not the expected JSON (HTTP 200)"));
    QCOMPARE(outcome.attempts, 1);
    // The fault consumed the request; resume sends it for real.
    const SubmitOutcome resumed
        = run(service, [&] { service.resume(outcome.journalId, makeClient(demo(acrp::Site::China))); });
    QCOMPARE(resumed.state, OrderState::Succeeded);
    QCOMPARE(m_sandbox->orders().size(), 1);
    QCOMPARE(resumed.result.instanceId, m_sandbox->orders().first().instanceId);
}

void TestOrderService::resumeOnlyToTheSameEndpoint()
{
    acrp::sandbox::SandboxFaults faults;
    faults.malformedNext = 1;
    m_sandbox->setFaults(faults);
    OrderService service(m_journal);
    const SubmitOutcome outcome = run(service, [&] {
        service.submit(basicOrder(QStringLiteral("elsewhere")), makeClient(demo(acrp::Site::China)), QString());
    });
    QCOMPARE(outcome.state, OrderState::Unknown);
    auto* other = new BssClient(m_network, m_network);
    QString error;
    other->setEndpoint(*acrp::Endpoint::parse(m_sandbox->baseUrl().toString(), &error)); // a custom URL: another id
    other->setCredentials(demo(acrp::Site::China));
    const SubmitOutcome refused = run(service, [&] { QVERIFY(!service.resume(outcome.journalId, other)); });
    QCOMPARE(refused.localError,
             QStringLiteral("Order %1 was sent to sandbox; it can only be resent there.").arg(outcome.journalId));
    QCOMPARE(m_journal->entry(outcome.journalId)->state, OrderState::Unknown);
    QCOMPARE(m_sandbox->createInstanceRequests(), 1);
}

void TestOrderService::finishedRowsAreNotResent()
{
    OrderService service(m_journal);
    const SubmitOutcome outcome = run(service, [&] {
        service.submit(basicOrder(QStringLiteral("done-once")), makeClient(demo(acrp::Site::China)), QString());
    });
    QCOMPARE(outcome.state, OrderState::Succeeded);
    const SubmitOutcome again
        = run(service, [&] { service.resume(outcome.journalId, makeClient(demo(acrp::Site::China))); });
    QCOMPARE(again.localError, QStringLiteral("Order %1 is Succeeded and is not resent.").arg(outcome.journalId));
    QCOMPARE(m_sandbox->createInstanceRequests(), 1);
}

void TestOrderService::noSecretInAppFiles()
{
    // Everything this test's cases wrote under app data (journals with their WAL files).
    const QStringList secrets = {QString::fromLatin1(acrp::sandbox::kDemoSecretChina),
                                 QString::fromLatin1(acrp::sandbox::kDemoSecretIntl), kWrongSecret};
    int files = 0;
    QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QString& secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName() + u' ' + secret));
    }
    QVERIFY(files >= m_case);
}

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
