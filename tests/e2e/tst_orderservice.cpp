// OrderService end to end against the in-process sandbox over loopback: the one submit path
// (validate -> journal -> client -> journal) and resume, with the sandbox's faults.
#include "core/app/OrderService.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using acrp::ApiError;
using acrp::ClientFactory;
using acrp::Journal;
using acrp::OrderHandle;
using acrp::OrderResult;
using acrp::OrderService;
using acrp::OrderState;
using acrp::sandbox::SandboxFaults;
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
    void resumeGoesToTheRowsEndpoint();
    void resumeSignsWithTheSameKindOfKey();
    void realRowIsNeverResentWithOtherCredentials();
    void cancelBeforeSendingSendsNothing();
    void finishedRowsAreNotResent();
    void refreshStatusRecordsWhatItRead();
    void noSecretInAppFiles();

private:
    // Purchases go to the built-in sandbox endpoint, signed with its demo pair, unless keys are
    // given: then to the same sandbox as a custom URL (a real endpoint to the factory), signed with
    // those keys from the environment.
    void useKeys(const acrp::Credentials& credentials);
    acrp::Endpoint customEndpoint() const { return acrp::Endpoint::custom(m_sandbox->baseUrl()); }
    void setPolicy(const acrp::RetryPolicy& policy, acrp::SignatureVersion version = acrp::SignatureVersion::V1);
    static acrp::RetryPolicy fastPolicy();
    // One fault of the sandbox, the others off.
    template<typename T> void injectFault(T SandboxFaults::*fault, T value)
    {
        SandboxFaults faults;
        faults.*fault = value;
        m_sandbox->setFaults(faults);
    }
    static OrderResult run(OrderHandle* handle);
    OrderResult submit(OrderService& service, const acrp::OrderSpec& order,
                       const acrp::Endpoint& endpoint = acrp::Endpoint::sandbox());

    QTemporaryDir m_dir;
    SandboxServer* m_sandbox = nullptr;
    Journal* m_journal = nullptr;
    ClientFactory* m_clients = nullptr;
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
    qRegisterMetaType<OrderResult>();
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
    m_clients = new ClientFactory(nullptr, nullptr, this);
    m_clients->setEnvironment({});
    m_clients->setSandboxUrl(m_sandbox->baseUrl());
    setPolicy(fastPolicy());
}

void TestOrderService::cleanup()
{
    delete m_clients;
    delete m_journal;
    delete m_sandbox;
}

void TestOrderService::useKeys(const acrp::Credentials& credentials)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), credentials.accessKeyId);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), credentials.accessKeySecret);
    m_clients->setEnvironment(environment);
}

void TestOrderService::setPolicy(const acrp::RetryPolicy& policy, acrp::SignatureVersion version)
{
    m_clients->setSettings({version, policy});
}

OrderResult TestOrderService::run(OrderHandle* handle)
{
    QSignalSpy finished(handle, &OrderHandle::finished);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<OrderResult>();
}

OrderResult TestOrderService::submit(OrderService& service, const acrp::OrderSpec& order,
                                     const acrp::Endpoint& endpoint)
{
    return run(service.submit(order, QString(), endpoint));
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
    OrderService service(m_journal, m_clients);
    setPolicy(fastPolicy(), version);
    const acrp::OrderSpec order = basicOrder(QStringLiteral("happy-path"), site);
    const OrderResult outcome = submit(service, order);
    QCOMPARE(outcome.kind, OrderResult::Kind::PaidProvisioning);
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.attempts, 1);

    QCOMPARE(m_sandbox->orders().size(), 1);
    const acrp::sandbox::SandboxOrder sold = m_sandbox->orders().first();
    QCOMPARE(outcome.instanceId, sold.instanceId);
    QCOMPARE(outcome.orderId, sold.orderId);
    QCOMPARE(outcome.clientToken, sold.clientToken);
    QCOMPARE(sold.order, order);

    const auto row = m_journal->entry(outcome.journalId);
    QVERIFY(row);
    QCOMPARE(row->state, OrderState::Succeeded);
    QCOMPARE(row->instanceId, sold.instanceId);
    QCOMPARE(row->orderId, sold.orderId);
    QCOMPARE(row->requestId, outcome.requestId);
    QCOMPARE(row->clientToken, sold.clientToken);
    QCOMPARE(row->profile, QStringLiteral("sandbox"));
    QCOMPARE(row->endpoint, QStringLiteral("sandbox"));
    QCOMPARE(row->site, site);
    QCOMPARE(row->attempts, 1);
    QCOMPARE(row->order, order);
}

void TestOrderService::writeAheadBeforeFirstByte()
{
    OrderService service(m_journal, m_clients);
    int requestsWhenJournaled = -1;
    std::optional<acrp::JournalEntry> rowWhenJournaled;
    OrderHandle* handle
        = service.submit(basicOrder(QStringLiteral("write-ahead")), QString(), acrp::Endpoint::sandbox());
    connect(handle, &OrderHandle::journaled, this, [&](qint64 id, const QString&) {
        requestsWhenJournaled = m_sandbox->createInstanceRequests();
        // A separate connection sees the row: it is committed, not pending in a transaction.
        Journal other(m_journal->path());
        if (other.open())
            rowWhenJournaled = other.entry(id);
    });
    const OrderResult outcome = run(handle);
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(requestsWhenJournaled, 0);
    QVERIFY(rowWhenJournaled);
    QCOMPARE(rowWhenJournaled->state, OrderState::Sending);
    QCOMPARE(rowWhenJournaled->clientToken, outcome.clientToken);
}

void TestOrderService::unavailableTwiceThenSuccess()
{
    injectFault(&SandboxFaults::failNextUnavailable, 2);
    OrderService service(m_journal, m_clients);
    const OrderResult outcome = submit(service, basicOrder(QStringLiteral("three-tries")));
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(outcome.attempts, 3);
    QCOMPARE(m_journal->entry(outcome.journalId)->attempts, 3);
    QCOMPARE(m_sandbox->createInstanceRequests(), 3);
    QCOMPARE(m_sandbox->orders().size(), 1);
    QCOMPARE(m_sandbox->orders().first().instanceId, outcome.instanceId);
}

void TestOrderService::throttlingBacksOff()
{
    injectFault(&SandboxFaults::failNextThrottling, 2);
    acrp::RetryPolicy policy = fastPolicy();
    policy.initialBackoff = 300ms;
    policy.maxBackoff = 2s;
    policy.jitter = 0.5;
    setPolicy(policy);
    OrderService service(m_journal, m_clients);
    QList<QDateTime> times;
    OrderHandle* handle = service.submit(basicOrder(QStringLiteral("throttled")), QString(), acrp::Endpoint::sandbox());
    connect(handle, &OrderHandle::attemptStarted, this, [&times](int, const QDateTime& time) { times.append(time); });
    const OrderResult outcome = run(handle);
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(times.size(), 3);
    // Waits of at least half of 300 ms and of 600 ms (jitter 0.5), with some timer slack.
    QVERIFY2(times.at(0).msecsTo(times.at(1)) >= 140, qPrintable(QString::number(times.at(0).msecsTo(times.at(1)))));
    QVERIFY2(times.at(1).msecsTo(times.at(2)) >= 290, qPrintable(QString::number(times.at(1).msecsTo(times.at(2)))));
    QCOMPARE(m_sandbox->orders().size(), 1);
}

void TestOrderService::commitThenStallIsUnknownThenResumed()
{
    injectFault(&SandboxFaults::commitThenStallMs, 3000);
    acrp::RetryPolicy policy = fastPolicy();
    policy.transferTimeout = 400ms;
    policy.maxAttempts = 2;
    setPolicy(policy);
    OrderService service(m_journal, m_clients);
    const OrderResult first = submit(service, basicOrder(QStringLiteral("stalled")));
    QCOMPARE(first.kind, OrderResult::Kind::Unknown);
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
    setPolicy(fastPolicy());
    const OrderResult resumed = run(service.resume(first.journalId));
    QCOMPARE(resumed.state, OrderState::Succeeded);
    QCOMPARE(resumed.instanceId, instanceId);
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
    OrderService service(m_journal, m_clients);
    const acrp::OrderSpec order = basicOrder(QStringLiteral("refused"));
    int ordersBefore = 0;
    if (duplicate) {
        const OrderResult first = submit(service, order);
        QCOMPARE(first.state, OrderState::Succeeded);
        ordersBefore = 1;
    }
    const int requestsBefore = m_sandbox->createInstanceRequests();
    useKeys({keyId, secret, {}});
    const OrderResult outcome = submit(service, order, customEndpoint());
    QCOMPARE(outcome.kind, OrderResult::Kind::Refused);
    QCOMPARE(outcome.state, OrderState::Failed);
    // The refusal names the field to fix when it is about one (the taken name).
    QCOMPARE(outcome.field, duplicate ? std::optional(acrp::OrderField::InstanceName) : std::nullopt);
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
    OrderService service(m_journal, m_clients);
    acrp::OrderSpec order = basicOrder(QStringLiteral("-bad-"));
    order.periodMonths = 7 * 13;
    OrderHandle* handle = service.submit(order, QString(), acrp::Endpoint::sandbox());
    QSignalSpy journaled(handle, &OrderHandle::journaled);
    const OrderResult outcome = run(handle);
    QCOMPARE(outcome.kind, OrderResult::Kind::InvalidOrder);
    QCOMPARE(outcome.field, acrp::OrderField::InstanceName); // the first wrong field, in the wizard's order
    QCOMPARE(outcome.journalId, 0);
    QVERIFY(!outcome.validation.isValid(acrp::OrderField::InstanceName));
    QVERIFY(!outcome.validation.isValid(acrp::OrderField::Period));
    QCOMPARE(journaled.size(), 0);
    QCOMPARE(m_journal->count(), 0);
    QCOMPARE(m_sandbox->createInstanceRequests(), 0);
}

void TestOrderService::clockOffsetCorrected()
{
    injectFault(&SandboxFaults::clockOffsetSeconds, qint64(20 * 60));
    OrderService service(m_journal, m_clients);
    const OrderResult outcome = submit(service, basicOrder(QStringLiteral("clock-skew")));
    QCOMPARE(outcome.state, OrderState::Succeeded);
    QCOMPARE(outcome.attempts, 2); // the second attempt signed with the service's clock
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
    injectFault(oversized ? &SandboxFaults::oversizedNext : &SandboxFaults::malformedNext, 1);
    OrderService service(m_journal, m_clients);
    const OrderResult outcome = submit(service, basicOrder(QStringLiteral("bad-answer")));
    // The answer could not be read, so whether it bought is unknown; nothing crashed.
    QCOMPARE(outcome.state, OrderState::Unknown);
    QCOMPARE(outcome.error->kind, Kind::Protocol);
    QCOMPARE(outcome.error->message,
             oversized ? QStringLiteral("the answer is larger than 1048576 bytes and was refused")
                       : QStringLiteral("the answer is not the expected JSON (HTTP 200)"));
    QCOMPARE(outcome.attempts, 1);
    // The fault consumed the request; resume sends it for real.
    const OrderResult resumed = run(service.resume(outcome.journalId));
    QCOMPARE(resumed.state, OrderState::Succeeded);
    QCOMPARE(m_sandbox->orders().size(), 1);
    QCOMPARE(resumed.instanceId, m_sandbox->orders().first().instanceId);
}

void TestOrderService::resumeGoesToTheRowsEndpoint()
{
    // A row sent to the built-in sandbox records "sandbox", not its port: the sandbox of a later
    // process (another port) is the same service with the same idempotence records.
    injectFault(&SandboxFaults::malformedNext, 1);
    OrderService service(m_journal, m_clients);
    const OrderResult outcome = submit(service, basicOrder(QStringLiteral("elsewhere")));
    QCOMPARE(outcome.state, OrderState::Unknown);
    QCOMPARE(m_journal->entry(outcome.journalId)->endpoint, QStringLiteral("sandbox"));
    QString error;
    const auto endpoint = service.endpointOf(*m_journal->entry(outcome.journalId), &error);
    QVERIFY2(endpoint, qPrintable(error));
    QVERIFY(endpoint->isSandbox());
    QCOMPARE(endpoint->baseUrl(), m_sandbox->baseUrl());

    // With no sandbox running, the row is not sent anywhere else.
    ClientFactory noSandbox(nullptr, nullptr);
    noSandbox.setEnvironment({});
    OrderService elsewhere(m_journal, &noSandbox);
    const OrderResult refused = run(elsewhere.resume(outcome.journalId));
    QCOMPARE(refused.kind, OrderResult::Kind::LocalError);
    QCOMPARE(refused.message,
             QStringLiteral("Order %1 cannot be resent: The built-in sandbox is not running.").arg(outcome.journalId));
    QCOMPARE(m_journal->entry(outcome.journalId)->state, OrderState::Unknown);
    QCOMPARE(m_sandbox->createInstanceRequests(), 1);
}

void TestOrderService::resumeSignsWithTheSameKindOfKey()
{
    // The wizard sent this order to the sandbox with a real profile chosen; the sandbox knows only
    // its demo pair, so every front end signs sandbox rows with it, whatever the row's profile.
    injectFault(&SandboxFaults::malformedNext, 1);
    OrderService wizard(m_journal, m_clients);
    const OrderResult first = run(
        wizard.submit(basicOrder(QStringLiteral("real-profile")), QStringLiteral("work"), acrp::Endpoint::sandbox()));
    QCOMPARE(first.state, OrderState::Unknown);
    QCOMPARE(m_journal->entry(first.journalId)->profile, QStringLiteral("work"));

    // Another process (the command line's resume): its own factory, with a real key in its
    // environment that must not be used for the sandbox.
    ClientFactory cliClients(nullptr, nullptr);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIrealLookingKeyId"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kWrongSecret);
    cliClients.setEnvironment(environment);
    cliClients.setSandboxUrl(m_sandbox->baseUrl());
    Journal journal(m_journal->path());
    QVERIFY(journal.open());
    OrderService cli(&journal, &cliClients);
    const OrderResult resumed = run(cli.resume(first.journalId));
    QCOMPARE(resumed.kind, OrderResult::Kind::PaidProvisioning);
    QCOMPARE(resumed.clientToken, first.clientToken);
    QCOMPARE(m_sandbox->orders().size(), 1);
    QCOMPARE(m_sandbox->orders().first().clientToken, first.clientToken);
}

void TestOrderService::realRowIsNeverResentWithOtherCredentials()
{
    // A row for a real endpoint, sent with the profile "work" (the process died while sending).
    // Resuming it where that profile is unknown must not fall back to other keys (here valid ones
    // in the environment): nothing is sent and the row stays for a resume with its own profile.
    acrp::JournalEntry row;
    row.profile = QStringLiteral("work");
    row.endpoint = customEndpoint().id();
    row.order = basicOrder(QStringLiteral("own-keys"));
    row.clientToken = acrp::newClientToken();
    row.state = OrderState::Sending;
    const qint64 id = m_journal->insert(row);
    QVERIFY(id);
    useKeys(demo(acrp::Site::China));
    QTemporaryDir dir;
    acrp::Profiles profiles(dir.filePath(QStringLiteral("profiles.ini")));
    acrp::CredentialStore keychain;
    ClientFactory clients(&profiles, &keychain);
    clients.setEnvironment(QProcessEnvironment()); // keys for a row with no profile only
    OrderService service(m_journal, &clients);
    const OrderResult refused = run(service.resume(id));
    QCOMPARE(refused.kind, OrderResult::Kind::LocalError);
    QCOMPARE(refused.clientProblem, acrp::ClientProblem::UnknownProfile);
    QVERIFY2(refused.message.contains(QStringLiteral("“work”")), qPrintable(refused.message));
    QCOMPARE(m_sandbox->createInstanceRequests(), 0);
    QCOMPARE(m_journal->entry(id)->state, OrderState::Sending);

    // The same row written with no profile (the environment's keys) is resent with those.
    row.profile.clear();
    row.clientToken = acrp::newClientToken();
    const qint64 environmentRow = m_journal->insert(row);
    OrderService withKeys(m_journal, m_clients);
    const OrderResult resumed = run(withKeys.resume(environmentRow));
    QCOMPARE(resumed.kind, OrderResult::Kind::PaidProvisioning);
    QCOMPARE(m_sandbox->orders().size(), 1);
}

void TestOrderService::cancelBeforeSendingSendsNothing()
{
    OrderService service(m_journal, m_clients);
    OrderHandle* handle
        = service.submit(basicOrder(QStringLiteral("changed-my-mind")), QString(), acrp::Endpoint::sandbox());
    QVERIFY(!handle->isSent());
    handle->cancel();
    const OrderResult outcome = run(handle);
    QCOMPARE(outcome.kind, OrderResult::Kind::LocalError);
    QCOMPARE(outcome.message, QStringLiteral("Cancelled. Nothing was sent and nothing was bought."));
    QCOMPARE(m_journal->count(), 0);
    QTest::qWait(50); // a client answer that was on its way would have arrived
    QCOMPARE(m_sandbox->createInstanceRequests(), 0);
}

void TestOrderService::finishedRowsAreNotResent()
{
    OrderService service(m_journal, m_clients);
    const OrderResult outcome = submit(service, basicOrder(QStringLiteral("done-once")));
    QCOMPARE(outcome.state, OrderState::Succeeded);
    const OrderResult again = run(service.resume(outcome.journalId));
    QCOMPARE(again.kind, OrderResult::Kind::LocalError);
    QCOMPARE(again.message, QStringLiteral("Order %1 is Succeeded and is not resent.").arg(outcome.journalId));
    QCOMPARE(again.state, OrderState::Succeeded);
    QCOMPARE(m_sandbox->createInstanceRequests(), 1);
}

void TestOrderService::refreshStatusRecordsWhatItRead()
{
    OrderService service(m_journal, m_clients);
    const OrderResult bought = submit(service, basicOrder(QStringLiteral("status")));
    QCOMPARE(bought.state, OrderState::Succeeded);
    QSignalSpy changed(&service, &OrderService::journalChanged);
    acrp::StatusRefresh status;
    bool answered = false;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    service.refreshStatus(bought.journalId, this, [&](const acrp::StatusRefresh& value) {
        status = value;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY2(status.ok(), qPrintable(status.message));
    QCOMPARE(status.paymentStatus, QStringLiteral("Paid"));
    QVERIFY(!status.instanceStatus.isEmpty());
    QVERIFY(status.checkedAt >= before);
    const auto row = m_journal->entry(bought.journalId);
    QCOMPARE(row->paymentStatus, status.paymentStatus);
    QCOMPARE(row->provisioningStatus, status.instanceStatus);
    QCOMPARE(row->statusCheckedAt, status.checkedAt.addMSecs(0));
    QCOMPARE(changed.size(), 1);

    // An order that was not bought has no status to ask for: nothing is sent, nothing written.
    injectFault(&SandboxFaults::malformedNext, 1);
    const OrderResult unknown = submit(service, basicOrder(QStringLiteral("status-unknown")));
    answered = false;
    service.refreshStatus(unknown.journalId, this, [&](const acrp::StatusRefresh& value) {
        status = value;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY(!status.ok());
    QCOMPARE(status.message,
             QStringLiteral("Order %1 was not bought: there is no status to ask for.").arg(unknown.journalId));
    QVERIFY(!m_journal->entry(unknown.journalId)->statusCheckedAt.isValid());
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
