// RAM role profiles end to end (issue 18) against the in-process sandbox's STS over loopback: a
// purchase with a RAM role profile charged to the role's account; temporary credentials renewed
// ahead of expiry, renewed after the service says they expired (one resend, same ClientToken), and
// fresh ones for a purchase resumed after its first attempt was left unknown; every AssumeRole
// refusal of the credential check in words, and the assumed identity; no temporary secret or
// token in anything the app wrote (the sandbox lists what it issued).
#include "../soak/SecretScan.h"
#include "TestSupport.h"
#include "core/api/BssClient.h"
#include "core/api/RoleCredentialSource.h"
#include "core/app/OrderService.h"
#include "core/store/CredentialCheck.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "core/store/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSts.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono_literals;
using namespace acrp;
using acrp::sandbox::SandboxFaults;
using acrp::sandbox::SandboxServer;
namespace demo = acrp::sandboxdemo;

namespace {

const QString kProfile = QStringLiteral("buyer");

OrderSpec order(const QString& name)
{
    return test::chinaOrder(name, QStringLiteral("Basic"), QStringLiteral("cn-shanghai"), 1);
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.initialBackoff = 50ms;
    policy.maxBackoff = 400ms;
    policy.transferTimeout = 10s;
    policy.totalDeadline = 60s;
    return policy;
}

} // namespace

class TestRolePurchase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void purchaseChargesTheRolesAccount();
    void renewedAheadOfExpiry();
    void expiredOnTheServiceIsRenewedAndResentOnce();
    void resumeAfterExpiryGetsFreshCredentials();
    void checkShowsTheAssumedIdentity();
    void checkRefusals_data();
    void checkRefusals();
    void noTemporarySecretWritten();

private:
    // The sandbox (with temporary keys capped at `ttlSeconds`, 0: as asked), the profile "buyer"
    // (the China demo RAM user assuming `role`), the journal and the factory.
    void start(int ttlSeconds = 0, const char* role = demo::kRoleBuyer);
    Endpoint endpoint() const { return Endpoint::custom(m_sandbox->baseUrl()); }
    std::optional<CheckOutcome> check(const Profile& profile, const QString& secret);
    static OrderResult run(OrderHandle* handle);
    BssClient* client();

    SandboxServer* m_sandbox = nullptr;
    Profiles* m_profiles = nullptr;
    CredentialStore* m_store = nullptr;
    Journal* m_journal = nullptr;
    ClientFactory* m_clients = nullptr;
    QList<test::TestSecret> m_issued; // every temporary secret and token the sandbox issued
    int m_case = 0;
};

void TestRolePurchase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<OrderResult>();
    qRegisterMetaType<CheckOutcome>();
}

void TestRolePurchase::start(int ttlSeconds, const char* role)
{
    sandbox::SandboxConfig config;
    config.stsTtlSeconds = ttlSeconds;
    m_sandbox = new SandboxServer(config, this);
    QVERIFY2(m_sandbox->listen(0), qPrintable(m_sandbox->errorString()));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Every case starts from nothing (an earlier run's files go).
    QDir(data + QStringLiteral("/case%1").arg(++m_case)).removeRecursively();
    m_profiles = new Profiles(data + QStringLiteral("/case%1/profiles.ini").arg(m_case), this);
    m_store = new CredentialStore(this);
    m_store->setSessionOnly(true);
    Profile buyer;
    buyer.name = kProfile;
    buyer.accessKeyId = QLatin1String(demo::kRamUserKeyIdCN);
    buyer.mode = CredentialMode::RamRoleArn;
    buyer.role.roleArn = demo::roleArn(Site::China, role);
    if (QLatin1String(role) == QLatin1String(demo::kRoleExternal))
        buyer.role.externalId = QLatin1String(demo::kExternalId);
    QString error;
    QVERIFY2(m_profiles->save(buyer, QString(), &error), qPrintable(error));
    QSignalSpy stored(m_store->store(kProfile, {QLatin1String(demo::kRamUserSecretCN), {}}),
                      &CredentialReply::finished);
    QVERIFY(stored.wait(5000));
    m_journal = new Journal(data + QStringLiteral("/case%1/journal.sqlite").arg(m_case));
    QVERIFY2(m_journal->open(&error), qPrintable(error));
    m_clients = new ClientFactory(m_profiles, m_store, this);
    m_clients->setEnvironment({});
    m_clients->setSettings({SignatureVersion::V1, fastPolicy()});
}

void TestRolePurchase::init() { }

void TestRolePurchase::cleanup()
{
    if (m_sandbox) {
        for (const sandbox::SandboxSession& session : m_sandbox->stsCredentials()) {
            m_issued.append(
                {QStringLiteral("a temporary secret the sandbox issued"), session.accessKeySecret.toUtf8()});
            m_issued.append({QStringLiteral("a security token the sandbox issued"), session.securityToken.toUtf8()});
        }
    }
    delete m_clients;
    delete m_journal;
    delete m_sandbox;
    m_clients = nullptr;
    m_journal = nullptr;
    m_sandbox = nullptr;
}

OrderResult TestRolePurchase::run(OrderHandle* handle)
{
    QSignalSpy finished(handle, &OrderHandle::finished);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<OrderResult>();
}

BssClient* TestRolePurchase::client()
{
    ClientResult made;
    bool done = false;
    m_clients->create({kProfile, Site::China, endpoint()}, this, [&](const ClientResult& result) {
        made = result;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        return nullptr;
    return made.client;
}

void TestRolePurchase::purchaseChargesTheRolesAccount()
{
    start();
    if (QTest::currentTestFailed())
        return;
    const QString account = QLatin1String(demo::kAccessKeyIdCN);
    const QString before = m_sandbox->balance(account);
    OrderService service(m_journal, m_clients);
    const OrderResult result = run(service.submit(order(QStringLiteral("role-bought")), kProfile, endpoint()));
    QCOMPARE(result.state, OrderState::Succeeded);
    QCOMPARE(m_sandbox->orders().size(), 1);
    // The role's account (its root pair) bought and paid; the journal names the profile.
    QCOMPARE(m_sandbox->orders().constFirst().accessKeyId, account);
    QVERIFY(m_sandbox->balance(account) != before);
    QCOMPARE(m_journal->entry(result.journalId)->profile, kProfile);
    const QList<sandbox::SandboxSession> issued = m_sandbox->stsCredentials();
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.constFirst().roleName, QLatin1String(demo::kRoleBuyer));
    QCOMPARE(issued.constFirst().sessionName, QStringLiteral("acr-purchase"));
}

void TestRolePurchase::renewedAheadOfExpiry()
{
    start(3); // three-second keys: renewed 0.6 s before their end
    if (QTest::currentTestFailed())
        return;
    BssClient* bss = client();
    QVERIFY(bss);
    auto* source = qobject_cast<RoleCredentialSource*>(bss->credentialSource());
    QVERIFY(source);
    QSignalSpy first(bss->queryAccountBalance(), &BssCall::finished);
    QVERIFY(first.wait(10000));
    QCOMPARE(source->assumeCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!source->hasFreshCredentials(), 10000);
    BssCall* call = bss->queryAccountBalance();
    QSignalSpy second(call, &BssCall::finished);
    QVERIFY(second.wait(10000));
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->code : QString()));
    QCOMPARE(call->attempts(), 1); // renewed before sending: never refused as expired
    QCOMPARE(source->assumeCount(), 2);
    QCOMPARE(m_sandbox->stsCredentials().size(), 2);
}

void TestRolePurchase::expiredOnTheServiceIsRenewedAndResentOnce()
{
    start();
    if (QTest::currentTestFailed())
        return;
    BssClient* bss = client();
    QVERIFY(bss);
    QSignalSpy balance(bss->queryAccountBalance(), &BssCall::finished);
    QVERIFY(balance.wait(10000));
    // The service ends the temporary key while the client still holds it as good.
    m_sandbox->expireStsCredentials();
    BssCall* call = bss->createInstance(order(QStringLiteral("resent")), QStringLiteral("role-token-1"));
    QSignalSpy bought(call, &BssCall::finished);
    QVERIFY(bought.wait(20000));
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->code : QString()));
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(m_sandbox->createInstanceRequests(), 2); // refused as expired, then resent
    QCOMPARE(m_sandbox->orders().size(), 1); // one charge
    QCOMPARE(m_sandbox->orders().constFirst().clientToken, QStringLiteral("role-token-1"));
    QCOMPARE(m_sandbox->stsCredentials().size(), 2);
}

void TestRolePurchase::resumeAfterExpiryGetsFreshCredentials()
{
    start();
    if (QTest::currentTestFailed())
        return;
    // The first attempt reaches the service, which buys and then answers too late: unknown.
    sandbox::SandboxFaults faults;
    faults.commitThenStallMs = 3000;
    m_sandbox->setFaults(faults);
    RetryPolicy impatient = fastPolicy();
    impatient.transferTimeout = 400ms;
    impatient.maxAttempts = 1;
    m_clients->setSettings({SignatureVersion::V1, impatient});
    OrderService service(m_journal, m_clients);
    const OrderResult first = run(service.submit(order(QStringLiteral("resumed")), kProfile, endpoint()));
    QCOMPARE(first.state, OrderState::Unknown);
    QCOMPARE(m_sandbox->orders().size(), 1);
    QCOMPARE(m_sandbox->stsCredentials().size(), 1);

    // Later: the temporary key has expired; the resume assumes the role afresh and resends the
    // same ClientToken, which the service answers with the original order.
    m_sandbox->setFaults({});
    m_sandbox->expireStsCredentials();
    m_clients->setSettings({SignatureVersion::V1, fastPolicy()});
    const OrderResult resumed = run(service.resume(first.journalId));
    QCOMPARE(resumed.state, OrderState::Succeeded);
    QCOMPARE(resumed.clientToken, first.clientToken);
    QCOMPARE(resumed.instanceId, m_sandbox->orders().constFirst().instanceId);
    QCOMPARE(m_sandbox->orders().size(), 1); // one charge
    const QList<sandbox::SandboxSession> issued = m_sandbox->stsCredentials();
    QCOMPARE(issued.size(), 2);
    QVERIFY(issued.at(0).accessKeyId != issued.at(1).accessKeyId);
    QCOMPARE(m_journal->entry(first.journalId)->profile, kProfile);
}

std::optional<CheckOutcome> TestRolePurchase::check(const Profile& profile, const QString& secret)
{
    CredentialCheck checker(m_clients->network());
    QSignalSpy finished(&checker, &CredentialCheck::finished);
    checker.start(profile, {profile.accessKeyId, secret, {}}, endpoint());
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.first().first().value<CheckOutcome>();
}

void TestRolePurchase::checkShowsTheAssumedIdentity()
{
    start();
    if (QTest::currentTestFailed())
        return;
    const std::optional<CheckOutcome> outcome
        = check(*m_profiles->profile(kProfile), QLatin1String(demo::kRamUserSecretCN));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, CheckOutcome::Result::Ok);
    QVERIFY(outcome->identity);
    QCOMPARE(outcome->identity->identityType, QStringLiteral("AssumedRoleUser"));
    QCOMPARE(outcome->identity->accountId, QLatin1String(demo::kAccountIdCN));
    QCOMPARE(outcome->identity->arn,
             QStringLiteral("acs:ram::%1:assumed-role/%2/acr-purchase")
                 .arg(QLatin1String(demo::kAccountIdCN), QLatin1String(demo::kRoleBuyer)));
    QVERIFY2(outcome->message.startsWith(QStringLiteral("Role assumed: %1 (account %2).\nThe credentials work.")
                                             .arg(outcome->identity->arn, QLatin1String(demo::kAccountIdCN))),
             qPrintable(outcome->message));
}

void TestRolePurchase::checkRefusals_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("session");
    QTest::addColumn<int>("result");
    const QString user = QLatin1String(demo::kRamUserKeyIdCN);
    const QString userSecret = QLatin1String(demo::kRamUserSecretCN);
    const QString session = QStringLiteral("acr-purchase");
    QTest::newRow("role does not exist") << user << userSecret << QStringLiteral("no-such-role") << QString() << 3600
                                         << session << int(CheckOutcome::Result::RoleNotFound);
    QTest::newRow("may not assume") << user << userSecret << QString::fromLatin1(demo::kRoleAuditor) << QString()
                                    << 3600 << session << int(CheckOutcome::Result::MayNotAssume);
    QTest::newRow("external id missing") << user << userSecret << QString::fromLatin1(demo::kRoleExternal) << QString()
                                         << 3600 << session << int(CheckOutcome::Result::ExternalIdRefused);
    QTest::newRow("external id wrong") << user << userSecret << QString::fromLatin1(demo::kRoleExternal)
                                       << QStringLiteral("not-the-id") << 3600 << session
                                       << int(CheckOutcome::Result::ExternalIdRefused);
    QTest::newRow("duration too long") << user << userSecret << QString::fromLatin1(demo::kRoleExternal)
                                       << QString::fromLatin1(demo::kExternalId) << 7200 << session
                                       << int(CheckOutcome::Result::DurationTooLong);
    QTest::newRow("root account") << QString::fromLatin1(demo::kAccessKeyIdCN)
                                  << QString::fromLatin1(demo::kAccessKeySecretCN)
                                  << QString::fromLatin1(demo::kRoleBuyer) << QString() << 3600 << session
                                  << int(CheckOutcome::Result::RootMayNotAssume);
    QTest::newRow("session name") << user << userSecret << QString::fromLatin1(demo::kRoleBuyer) << QString() << 3600
                                  << QStringLiteral("x") << int(CheckOutcome::Result::SessionNameInvalid);
}

void TestRolePurchase::checkRefusals()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, role);
    QFETCH(QString, externalId);
    QFETCH(int, duration);
    QFETCH(QString, session);
    QFETCH(int, result);
    start();
    if (QTest::currentTestFailed())
        return;
    Profile profile = *m_profiles->profile(kProfile);
    profile.accessKeyId = keyId;
    profile.role.roleArn = QStringLiteral("acs:ram::%1:role/%2").arg(QLatin1String(demo::kAccountIdCN), role);
    profile.role.externalId = externalId;
    profile.role.durationSeconds = duration;
    profile.role.sessionName = session; // a hand-edited setting the service refuses
    const std::optional<CheckOutcome> outcome = check(profile, secret);
    QVERIFY(outcome);
    QVERIFY2(int(outcome->result) == result,
             qPrintable(QStringLiteral("%1: %2").arg(int(outcome->result)).arg(outcome->message)));
    QVERIFY(outcome->error);
    QVERIFY(!outcome->identity);
    // The words name what to do, never only the code.
    QVERIFY(!outcome->message.contains(outcome->error->code));
    if (outcome->result == CheckOutcome::Result::DurationTooLong) {
        QCOMPARE(outcome->maxDurationSeconds, 3600); // the maximum the sandbox's message names
        QVERIFY(outcome->message.contains(QStringLiteral("at most 3600 seconds")));
    }
    QVERIFY(m_sandbox->stsCredentials().isEmpty());
}

void TestRolePurchase::noTemporarySecretWritten()
{
    // Everything this test wrote (journals, settings) holds none of the temporary secrets and
    // tokens the sandbox issued, nor the RAM user's secret (kept in the session-only store).
    QVERIFY2(m_issued.size() >= 8, qPrintable(QString::number(m_issued.size())));
    QList<test::TestSecret> secrets = m_issued;
    secrets.append({QStringLiteral("the demo RAM user's secret"), QByteArray(demo::kRamUserSecretCN)});
    const QStringList files = test::filesUnder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(files.size() >= m_case);
    const test::ScanResult result = test::scan(files, secrets);
    QVERIFY(result.unreadable.isEmpty());
    for (const test::SecretHit& hit : result.hits)
        QFAIL(qPrintable(hit.file + u' ' + hit.label));
}

QTEST_GUILESS_MAIN(TestRolePurchase)
#include "tst_rolepurchase.moc"
