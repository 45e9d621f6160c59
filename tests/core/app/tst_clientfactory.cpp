// ClientFactory: the one place clients are made. Which key signs for which endpoint, the proxy rule,
// the settings every client gets, and the reasons there is no client, each with bad input.
#include "core/api/BssClient.h"
#include "core/api/RoleCredentialSource.h"
#include "core/app/ClientFactory.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"
#include "core/store/SandboxCredentials.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;
using namespace Qt::StringLiterals;

namespace {

const QString kRealKeyId = u"LTAItstFactoryKeyId"_s;
const QString kRealSecret = u"tst-factory-environment-secret-7a1c"_s;

QProcessEnvironment keysEnvironment(const QString& id, const QString& secret, const QString& token = {})
{
    QProcessEnvironment environment;
    if (!id.isNull())
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, id);
    if (!secret.isNull())
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, secret);
    if (!token.isNull())
        environment.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, token);
    return environment;
}

} // namespace

class TestClientFactory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Saves `profile` with `secret` in the (session-only) keychain.
    static void saveWithSecret(Profiles& profiles, CredentialStore& keychain, const Profile& profile,
                               const QString& secret)
    {
        QString error;
        QVERIFY2(profiles.save(profile, QString(), &error), qPrintable(error));
        CredentialReply* stored = keychain.store(profile.name, StoredSecret {secret, {}});
        QSignalSpy storedSpy(stored, &CredentialReply::finished);
        QVERIFY(storedSpy.wait(10000));
        QCOMPARE(stored->status(), CredentialStatus::Ok);
    }

    // Waits for the factory's answer; it must come from the event loop, not from inside create()
    // (`early` tells), and at most once.
    static ClientResult create(ClientFactory& factory, const ClientRequest& request, QObject* context,
                               bool* early = nullptr)
    {
        ClientResult result;
        int answers = 0;
        factory.create(request, context, [&](const ClientResult& value) {
            result = value;
            ++answers;
        });
        if (early)
            *early = answers > 0;
        if (!QTest::qWaitFor([&] { return answers > 0; }, 10000))
            result.message = u"no answer"_s;
        QTest::qWait(10);
        if (answers != 1)
            result.message = u"answered %1 times"_s.arg(answers);
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sandboxAlwaysSignsWithTheDemoPair_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<Site>("site");
        QTest::newRow("built-in profile, China") << u"sandbox"_s << Site::China;
        QTest::newRow("built-in profile, International") << u"sandbox"_s << Site::International;
        QTest::newRow("a real profile's name") << u"work"_s << Site::China;
        QTest::newRow("no profile (environment)") << QString() << Site::International;
    }

    void sandboxAlwaysSignsWithTheDemoPair()
    {
        QFETCH(QString, profile);
        QFETCH(Site, site);
        // A real key in the environment must never be sent to the sandbox.
        ClientFactory factory(nullptr, nullptr);
        factory.setEnvironment(keysEnvironment(kRealKeyId, kRealSecret));
        factory.setSandboxUrl(QUrl(u"http://127.0.0.1:18080"_s));
        QObject scope;
        bool early = true;
        const ClientResult result = create(factory, {profile, site, Endpoint::sandbox()}, &scope, &early);
        QVERIFY(!early);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.client->accessKeyId(), sandboxdemo::credentials(site).accessKeyId);
        QCOMPARE(result.credentialLabel, u"sandbox"_s);
        QCOMPARE(result.endpoint.baseUrl(), QUrl(u"http://127.0.0.1:18080"_s));
        QCOMPARE(result.client->parent(), &scope);
    }

    void noSandboxNoClient()
    {
        ClientFactory factory(nullptr, nullptr);
        QObject scope;
        const ClientResult result = create(factory, {u"sandbox"_s, Site::China, Endpoint::sandbox()}, &scope);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem, ClientProblem::NoSandbox);
        QCOMPARE(result.message, u"The built-in sandbox is not running."_s);
    }

    void realEndpointWithTheEnvironment_data()
    {
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<ClientProblem>("problem");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("keyId");
        QTest::newRow("both set (trimmed)") << keysEnvironment(kRealKeyId + u"\n"_s, u" "_s + kRealSecret + u"\n"_s)
                                            << ClientProblem::None << QString() << kRealKeyId;
        QTest::newRow("none") << QProcessEnvironment() << ClientProblem::NoCredentials
                              << u"No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                                 "(and ALIBABA_CLOUD_SECURITY_TOKEN for an STS token), or choose a profile."_s
                              << QString();
        QTest::newRow("only the id") << keysEnvironment(kRealKeyId, QString()) << ClientProblem::PartialEnvironment
                                     << u"ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be "
                                        "set."_s
                                     << QString();
        QTest::newRow("only the secret (blank id)")
            << keysEnvironment(u"  "_s, kRealSecret) << ClientProblem::PartialEnvironment
            << u"ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set."_s << QString();
    }

    void realEndpointWithTheEnvironment()
    {
        QFETCH(QProcessEnvironment, environment);
        QFETCH(ClientProblem, problem);
        QFETCH(QString, message);
        QFETCH(QString, keyId);
        ClientFactory factory(nullptr, nullptr);
        factory.setEnvironment(environment);
        QObject scope;
        const ClientResult result = create(factory, {QString(), Site::China, Endpoint::forSite(Site::China)}, &scope);
        QCOMPARE(result.problem, problem);
        QCOMPARE(result.message, message);
        QCOMPARE(result.ok(), problem == ClientProblem::None);
        if (result.ok()) {
            QCOMPARE(result.client->accessKeyId(), keyId);
            QCOMPARE(result.credentialLabel, QString());
            // The secret is in the client only: it signs, and nothing shows it.
            QCOMPARE(result.client->redacted(u"x "_s + kRealSecret), u"x ***"_s);
        }
    }

    void realEndpointWithAProfile()
    {
        // A profile's own credentials, never the environment's; an unknown profile is said by name.
        Profiles profiles(m_dir.filePath(u"profiles.ini"_s));
        CredentialStore keychain;
        keychain.setSessionOnly(true);
        Profile work;
        work.name = u"work"_s;
        work.site = Site::China;
        work.accessKeyId = u"LTAItstWorkProfileKey"_s;
        saveWithSecret(profiles, keychain, work, u"tst-factory-profile-secret-11"_s);

        ClientFactory factory(&profiles, &keychain);
        factory.setEnvironment(keysEnvironment(kRealKeyId, kRealSecret));
        QObject scope;
        ClientResult result = create(factory, {u"work"_s, Site::China, Endpoint::forSite(Site::China)}, &scope);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.client->accessKeyId(), work.accessKeyId);
        QCOMPARE(result.credentialLabel, u"work"_s);

        result = create(factory, {u"nobody"_s, Site::China, Endpoint::forSite(Site::China)}, &scope);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem, ClientProblem::UnknownProfile);
        QCOMPARE(result.message, u"There is no profile named “nobody”; “acr-purchase profiles” lists them."_s);

        ClientFactory noStores(nullptr, nullptr);
        noStores.setEnvironment(keysEnvironment(kRealKeyId, kRealSecret));
        result = create(noStores, {u"work"_s, Site::China, Endpoint::forSite(Site::China)}, &scope);
        QCOMPARE(result.problem, ClientProblem::UnknownProfile);
        QCOMPARE(result.message, u"No credential profiles are available."_s);
    }

    // A RAM role profile: every client gets a role source of its own (a resumed purchase's client
    // assumes the role afresh); the journal's label stays the profile's name.
    void realEndpointWithARamRoleProfile()
    {
        Profiles profiles(m_dir.filePath(u"role-profiles.ini"_s));
        CredentialStore keychain;
        keychain.setSessionOnly(true);
        Profile buyer;
        buyer.name = u"buyer"_s;
        buyer.accessKeyId = u"TstRoleUserKey"_s;
        buyer.mode = CredentialMode::RamRoleArn;
        buyer.role.roleArn = u"acs:ram::1380000000000001:role/acr-buyer"_s;
        buyer.role.externalId = u"ext-1"_s;
        buyer.role.durationSeconds = 900;
        saveWithSecret(profiles, keychain, buyer, u"tst-factory-role-secret-12"_s);

        ClientFactory factory(&profiles, &keychain);
        QObject scope;
        const ClientRequest request {u"buyer"_s, Site::China, Endpoint::forSite(Site::China)};
        const ClientResult first = create(factory, request, &scope);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.credentialLabel, u"buyer"_s);
        QCOMPARE(first.client->accessKeyId(), buyer.accessKeyId);
        auto* source = qobject_cast<RoleCredentialSource*>(first.client->credentialSource());
        QVERIFY(source);
        QCOMPARE(source->role(), static_cast<const AssumeRoleRequest&>(buyer.role));
        QVERIFY(!source->assumed()); // nothing assumed before the first call
        const ClientResult second = create(factory, request, &scope);
        QVERIFY(second.client->credentialSource() != first.client->credentialSource());

        // The sandbox still signs with its demo pair, whatever the profile.
        factory.setSandboxUrl(QUrl(u"http://127.0.0.1:1"_s));
        const ClientResult sandbox = create(factory, {u"buyer"_s, Site::China, Endpoint::sandbox()}, &scope);
        QVERIFY(!qobject_cast<RoleCredentialSource*>(sandbox.client->credentialSource()));
    }

    void settingsApplyToEveryClient()
    {
        ClientFactory factory(nullptr, nullptr);
        factory.setSandboxUrl(QUrl(u"http://127.0.0.1:18080"_s));
        ClientSettings settings;
        settings.signature = SignatureVersion::V3;
        settings.retry.maxAttempts = 7;
        factory.setSettings(settings);
        QObject scope;
        ClientResult result = create(factory, {QString(), Site::China, Endpoint::sandbox()}, &scope);
        QCOMPARE(result.client->signatureVersion(), SignatureVersion::V3);
        QCOMPARE(result.client->retryPolicy().maxAttempts, 7);
        QCOMPARE(static_cast<QObject*>(result.client->parent()), &scope);
        factory.setSignatureVersion(SignatureVersion::V1);
        result = create(factory, {QString(), Site::China, Endpoint::sandbox()}, &scope);
        QCOMPARE(result.client->signatureVersion(), SignatureVersion::V1);
    }

    void loopbackIsNeverProxied_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080/"_s << true;
        QTest::newRow("127.1.2.3") << u"http://127.1.2.3:8080/"_s << true;
        QTest::newRow("localhost") << u"http://LocalHost:8080/"_s << true;
        QTest::newRow("::1") << u"http://[::1]:8080/"_s << true;
        QTest::newRow("China site") << u"https://business.aliyuncs.com/"_s << false;
        QTest::newRow("a private address is not loopback") << u"http://10.0.0.1/"_s << false;
        QTest::newRow("localhost as a subdomain is not loopback") << u"https://localhost.example.com/"_s << false;
    }

    void loopbackIsNeverProxied()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        // A proxy that is not there, for every scheme, and nothing excluded.
        qputenv("http_proxy", "http://127.0.0.1:9");
        qputenv("https_proxy", "http://127.0.0.1:9");
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        QCOMPARE(Endpoint::isLoopbackHost(QUrl(url).host()), loopback);
        const QNetworkProxy proxy = ClientFactory::proxyFor(QUrl(url));
        if (loopback) {
            QCOMPARE(proxy.type(), QNetworkProxy::NoProxy);
        } else {
            // A real endpoint asks the system: here the environment's proxy.
            QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
            QCOMPARE(proxy.hostName(), u"127.0.0.1"_s);
            QCOMPARE(proxy.port(), quint16(9));
        }
    }

    void realEndpointHonoursNoProxy()
    {
        qputenv("http_proxy", "http://127.0.0.1:9");
        qputenv("https_proxy", "http://127.0.0.1:9");
        // The system's own rule decides (libproxy on Linux: a leading dot for a whole domain).
        qputenv("no_proxy", ".aliyuncs.com");
        QCOMPARE(ClientFactory::proxyFor(QUrl(u"https://business.aliyuncs.com/"_s)).type(), QNetworkProxy::NoProxy);
        QCOMPARE(ClientFactory::proxyFor(QUrl(u"https://example.org/"_s)).type(), QNetworkProxy::HttpProxy);
        qputenv("no_proxy", "business-ap-southeast-1.aliyuncs.com");
        QCOMPARE(ClientFactory::proxyFor(QUrl(u"https://business-ap-southeast-1.aliyuncs.com/"_s)).type(),
                 QNetworkProxy::NoProxy);
        QCOMPARE(ClientFactory::proxyFor(QUrl(u"https://business.aliyuncs.com/"_s)).type(), QNetworkProxy::HttpProxy);
        qunsetenv("no_proxy");
    }

    void everyClientUsesTheRule()
    {
        // The factory's network manager asks proxyFor() for each request (not the application's
        // default), so a client made here follows the rule whatever the process set globally.
        ClientFactory factory(nullptr, nullptr);
        QVERIFY(factory.network()->proxyFactory() != nullptr);
        qputenv("https_proxy", "http://127.0.0.1:9");
        qunsetenv("no_proxy");
        const QList<QNetworkProxy> direct
            = factory.network()->proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(u"http://127.0.0.1:1/"_s)));
        QCOMPARE(direct.value(0).type(), QNetworkProxy::NoProxy);
        const QList<QNetworkProxy> viaProxy = factory.network()->proxyFactory()->queryProxy(
            QNetworkProxyQuery(QUrl(u"https://business.aliyuncs.com/"_s)));
        QCOMPARE(viaProxy.value(0).type(), QNetworkProxy::HttpProxy);
    }
};

QTEST_GUILESS_MAIN(TestClientFactory)
#include "tst_clientfactory.moc"
