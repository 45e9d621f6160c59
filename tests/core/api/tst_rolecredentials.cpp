// RAM role profiles (issue 18) against a scripted loopback server: the STS answers' parsers on
// real-shaped and broken bodies, the AssumeRole request, and a client whose credentials come from
// an assumed role: assumed before the first call, signed with the temporary key and its token,
// renewed ahead of expiry, renewed once and resent with the same ClientToken after
// InvalidSecurityToken.Expired, refusals that end a call without sending it, redaction.
#include "FakeHttpServer.h"
#include "TestSupport.h"
#include "core/api/BssClient.h"
#include "core/api/RoleCredentialSource.h"
#include "core/api/StsClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace acrp;

namespace {

const QString kKeyId = QStringLiteral("TestRoleUserKey");
const QString kSecret = QStringLiteral("tst-role-user-secret-81d3");
const QString kRoleArn = QStringLiteral("acs:ram::1380000000000001:role/acr-buyer");

const QByteArray kCreated = R"({"Code":"Success","Message":"Successful!","RequestId":"RID-OK","Success":true,
    "Data":{"InstanceId":"cri-fake0000000001","OrderId":"208570001"}})";

QString expiresIn(std::chrono::seconds seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds.count()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QByteArray assumed(const QString& key, const QString& expiration)
{
    // The shape STS answers with (API reference, AssumeRole).
    return QStringLiteral(
               R"({"RequestId":"RID-STS","AssumedRoleUser":{"AssumedRoleId":"300000000000000001:acr-purchase",)"
               R"("Arn":"acs:ram::1380000000000001:assumed-role/acr-buyer/acr-purchase"},)"
               R"("Credentials":{"AccessKeyId":"%1","AccessKeySecret":"tmp-secret-%1",)"
               R"("SecurityToken":"tmp-token-%1","Expiration":"%2"}})")
        .arg(key, expiration)
        .toUtf8();
}

FakeReply assumedReply(const QString& key, std::chrono::seconds lifetime = 3600s)
{
    return FakeReply::json(200, assumed(key, expiresIn(lifetime)));
}

FakeReply serviceError(int status, const QByteArray& code, const QByteArray& message = "m")
{
    return FakeReply::json(status, R"({"RequestId":"RID-E","Code":")" + code + R"(","Message":")" + message + R"("})");
}

QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestRoleCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void assumedRoleParser();
    void assumedRoleParserRefusesBrokenAnswers_data();
    void assumedRoleParserRefusesBrokenAnswers();
    void callerIdentityParser();
    void callerIdentityParserRefusesBrokenAnswers();
    void assumeRoleRequest();
    void stsHosts();
    void refreshMargin();

    void assumesBeforeTheFirstCallAndSignsWithTheToken();
    void renewsAheadOfExpiry();
    void expiredTokenIsRenewedOnceAndResentWithTheSameClientToken();
    void expiredTwiceEndsTheCall();
    void fixedCredentialsAreNotResent();
    void refusedRoleEndsTheCallUnsent();
    void concurrentCallsShareOneAssumeRole();
    void redactionCoversTemporarySecrets();
    void cancelWhileAssuming();

private:
    BssClient* roleClient(RoleCredentialSource** source = nullptr);
    BssCall* finish(BssCall* call);
    QList<FakeRequest> requestsFor(const QString& action) const;

    FakeHttpServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
};

void TestRoleCredentials::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
}

void TestRoleCredentials::cleanup()
{
    delete m_server;
    delete m_network;
}

BssClient* TestRoleCredentials::roleClient(RoleCredentialSource** sourceOut)
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.initialBackoff = 20ms;
    policy.maxBackoff = 50ms;
    policy.totalDeadline = 20s;
    policy.transferTimeout = 5s;
    const Endpoint endpoint = Endpoint::custom(QUrl(m_server->baseUrl()));
    AssumeRoleRequest role;
    role.roleArn = kRoleArn;
    auto source = std::make_shared<RoleCredentialSource>(m_network, endpoint, Credentials {kKeyId, kSecret, {}}, role);
    source->setRetryPolicy(policy);
    auto* client = new BssClient(m_network, m_server);
    client->setEndpoint(endpoint);
    client->setRetryPolicy(policy);
    client->setCredentialSource(source);
    if (sourceOut)
        *sourceOut = source.get();
    return client;
}

BssCall* TestRoleCredentials::finish(BssCall* call)
{
    QSignalSpy finished(call, &BssCall::finished);
    if (!call->isFinished() && !finished.wait(20000))
        qWarning("call did not finish");
    return call;
}

QList<FakeRequest> TestRoleCredentials::requestsFor(const QString& action) const
{
    QList<FakeRequest> result;
    for (const FakeRequest& request : m_server->requests()) {
        if (request.parameters().value(QStringLiteral("Action")) == action)
            result.append(request);
    }
    return result;
}

void TestRoleCredentials::assumedRoleParser()
{
    const auto parsed = AssumedRole::fromJson(json(assumed(QStringLiteral("STS.NUq1"), "2031-01-02T03:04:05Z")));
    QVERIFY(std::holds_alternative<AssumedRole>(parsed));
    const AssumedRole role = std::get<AssumedRole>(parsed);
    QCOMPARE(role.credentials.accessKeyId, QStringLiteral("STS.NUq1"));
    QCOMPARE(role.credentials.accessKeySecret, QStringLiteral("tmp-secret-STS.NUq1"));
    QCOMPARE(role.credentials.securityToken, QStringLiteral("tmp-token-STS.NUq1"));
    QCOMPARE(role.expiration, QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(role.arn, QStringLiteral("acs:ram::1380000000000001:assumed-role/acr-buyer/acr-purchase"));
    QCOMPARE(role.assumedRoleId, QStringLiteral("300000000000000001:acr-purchase"));
    QCOMPARE(role.requestId, QStringLiteral("RID-STS"));
}

void TestRoleCredentials::assumedRoleParserRefusesBrokenAnswers_data()
{
    QTest::addColumn<QString>("remove"); // a member of Credentials to drop, or "Expiration=<text>"
    QTest::addColumn<QString>("named");
    QTest::newRow("no key id") << QStringLiteral("AccessKeyId") << QStringLiteral("Credentials.AccessKeyId");
    QTest::newRow("no secret") << QStringLiteral("AccessKeySecret") << QStringLiteral("Credentials.AccessKeySecret");
    QTest::newRow("no token") << QStringLiteral("SecurityToken") << QStringLiteral("Credentials.SecurityToken");
    QTest::newRow("no expiry") << QStringLiteral("Expiration") << QStringLiteral("Credentials.Expiration");
    QTest::newRow("expiry not a time") << QStringLiteral("Expiration=tomorrow") << QStringLiteral("tomorrow");
}

void TestRoleCredentials::assumedRoleParserRefusesBrokenAnswers()
{
    QFETCH(QString, remove);
    QFETCH(QString, named);
    QJsonObject body = json(assumed(QStringLiteral("STS.x"), "2031-01-02T03:04:05Z"));
    QJsonObject credentials = body.value(QStringLiteral("Credentials")).toObject();
    if (remove.startsWith(u"Expiration="))
        credentials.insert(QStringLiteral("Expiration"), remove.mid(11));
    else
        credentials.remove(remove);
    body.insert(QStringLiteral("Credentials"), credentials);
    const auto parsed = AssumedRole::fromJson(body);
    QVERIFY(std::holds_alternative<ApiError>(parsed));
    const ApiError error = std::get<ApiError>(parsed);
    QCOMPARE(error.kind, ApiError::Kind::Protocol);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QCOMPARE(error.requestId, QStringLiteral("RID-STS"));
    // A broken answer never carries the secret into the error.
    QVERIFY(!error.message.contains(u"tmp-secret"));
    // Not even a Credentials object at all.
    QVERIFY(std::holds_alternative<ApiError>(AssumedRole::fromJson(json(R"({"RequestId":"r"})"))));
}

void TestRoleCredentials::callerIdentityParser()
{
    const QByteArray real = R"({"IdentityType":"AssumedRoleUser","AccountId":"1380000000000001",
        "RequestId":"RID-ID","PrincipalId":"300000000000000001:acr-purchase","UserId":"300000000000000001:acr-purchase",
        "Arn":"acs:ram::1380000000000001:assumed-role/acr-buyer/acr-purchase","RoleId":"300000000000000001"})";
    const auto parsed = CallerIdentity::fromJson(json(real));
    QVERIFY(std::holds_alternative<CallerIdentity>(parsed));
    const CallerIdentity identity = std::get<CallerIdentity>(parsed);
    QCOMPARE(identity.identityType, QStringLiteral("AssumedRoleUser"));
    QCOMPARE(identity.accountId, QStringLiteral("1380000000000001"));
    QCOMPARE(identity.arn, QStringLiteral("acs:ram::1380000000000001:assumed-role/acr-buyer/acr-purchase"));
    QCOMPARE(identity.roleId, QStringLiteral("300000000000000001"));
    QCOMPARE(identity.principalId, QStringLiteral("300000000000000001:acr-purchase"));
    // A RAM user's identity has no RoleId; the account number may come as a JSON number.
    const auto user = CallerIdentity::fromJson(json(
        R"({"IdentityType":"RAMUser","AccountId":1380000000000001,"UserId":"2","Arn":"acs:ram::1380000000000001:user/u"})"));
    QVERIFY(std::holds_alternative<CallerIdentity>(user));
    QCOMPARE(std::get<CallerIdentity>(user).accountId, QStringLiteral("1380000000000001"));
    QVERIFY(std::get<CallerIdentity>(user).roleId.isEmpty());
}

void TestRoleCredentials::callerIdentityParserRefusesBrokenAnswers()
{
    for (const QByteArray& broken : {QByteArray(R"({"RequestId":"r","AccountId":"1"})"),
                                     QByteArray(R"({"RequestId":"r","Arn":"acs:ram::1:user/u"})"),
                                     QByteArray(R"({"Arn":{"x":1},"AccountId":"1"})")}) {
        const auto parsed = CallerIdentity::fromJson(json(broken));
        QVERIFY2(std::holds_alternative<ApiError>(parsed), broken.constData());
        QCOMPARE(std::get<ApiError>(parsed).kind, ApiError::Kind::Protocol);
    }
}

void TestRoleCredentials::assumeRoleRequest()
{
    BssClient transport(m_network);
    transport.setEndpoint(Endpoint::forSite(Site::China));
    AssumeRoleRequest request;
    request.roleArn = kRoleArn;
    request.sessionName = QStringLiteral("night.job@ci");
    request.durationSeconds = 900;
    RpcCall call = StsClient(&transport).assumeRoleCall(request);
    QCOMPARE(call.action, QStringLiteral("AssumeRole"));
    QCOMPARE(call.version, QStringLiteral("2015-04-01"));
    QCOMPARE(call.host, QStringLiteral("sts.aliyuncs.com"));
    QCOMPARE(call.scheme, QStringLiteral("https"));
    const ParameterList without = {{QStringLiteral("RoleArn"), kRoleArn},
                                   {QStringLiteral("RoleSessionName"), QStringLiteral("night.job@ci")},
                                   {QStringLiteral("DurationSeconds"), QStringLiteral("900")}};
    QCOMPARE(call.parameters, without);
    request.externalId = QStringLiteral("abc-123");
    call = StsClient(&transport).assumeRoleCall(request);
    const ParameterList with = without + ParameterList {{QStringLiteral("ExternalId"), QStringLiteral("abc-123")}};
    QCOMPARE(call.parameters, with);
    QCOMPARE(StsClient(&transport).call(QStringLiteral("GetCallerIdentity"), {}).parameters, ParameterList());
}

void TestRoleCredentials::stsHosts()
{
    QCOMPARE(Endpoint::forSite(Site::China).stsHostAndPort(), QStringLiteral("sts.aliyuncs.com"));
    QCOMPARE(Endpoint::forSite(Site::International).stsHostAndPort(),
             QStringLiteral("sts.ap-southeast-1.aliyuncs.com"));
    QCOMPARE(Endpoint::forSite(Site::International).stsScheme(), QStringLiteral("https"));
    const Endpoint custom = Endpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:8123")));
    QCOMPARE(custom.stsHostAndPort(), QStringLiteral("127.0.0.1:8123"));
    QCOMPARE(custom.stsScheme(), QStringLiteral("http"));
    const Endpoint sandbox = Endpoint::sandbox(QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(sandbox.stsHostAndPort(), QStringLiteral("127.0.0.1:9000"));
}

void TestRoleCredentials::refreshMargin()
{
    QCOMPARE(RoleCredentialSource::refreshMargin(3600s), std::chrono::milliseconds(300s));
    QCOMPARE(RoleCredentialSource::refreshMargin(43200s), std::chrono::milliseconds(300s));
    QCOMPARE(RoleCredentialSource::refreshMargin(900s), std::chrono::milliseconds(180s));
    QCOMPARE(RoleCredentialSource::refreshMargin(3s), 600ms);
    QCOMPARE(RoleCredentialSource::refreshMargin(0ms), 0ms);
}

void TestRoleCredentials::assumesBeforeTheFirstCallAndSignsWithTheToken()
{
    m_server->script({assumedReply(QStringLiteral("STSKEYA")), FakeReply::json(200, kCreated)});
    RoleCredentialSource* source = nullptr;
    BssClient* client = roleClient(&source);
    QCOMPARE(client->accessKeyId(), kKeyId); // the profile's key, whatever signs
    BssCall* call = finish(client->createInstance(test::chinaOrder(QStringLiteral("role-a")), QStringLiteral("tok-1")));
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->message : QString()));
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(m_server->requests().size(), 2);
    const auto sts = m_server->requests().at(0).parameters();
    QCOMPARE(sts.value(QStringLiteral("Action")), QStringLiteral("AssumeRole"));
    QCOMPARE(sts.value(QStringLiteral("Version")), QStringLiteral("2015-04-01"));
    QCOMPARE(sts.value(QStringLiteral("AccessKeyId")), kKeyId);
    QCOMPARE(sts.value(QStringLiteral("RoleArn")), kRoleArn);
    QCOMPARE(sts.value(QStringLiteral("RoleSessionName")), QStringLiteral("acr-purchase"));
    QCOMPARE(sts.value(QStringLiteral("DurationSeconds")), QStringLiteral("3600"));
    QVERIFY(!sts.contains(QStringLiteral("SecurityToken")));
    QVERIFY(!sts.contains(QStringLiteral("ExternalId")));
    const auto bss = m_server->requests().at(1).parameters();
    QCOMPARE(bss.value(QStringLiteral("Action")), QStringLiteral("CreateInstance"));
    QCOMPARE(bss.value(QStringLiteral("AccessKeyId")), QStringLiteral("STSKEYA"));
    QCOMPARE(bss.value(QStringLiteral("SecurityToken")), QStringLiteral("tmp-token-STSKEYA"));
    QCOMPARE(source->assumeCount(), 1);
    QVERIFY(source->hasFreshCredentials());

    // A second call within the lifetime reuses them: no second AssumeRole.
    m_server->script({FakeReply::json(200, kCreated)});
    QVERIFY(finish(client->queryAccountBalance())->isFinished());
    QCOMPARE(requestsFor(QStringLiteral("AssumeRole")).size(), 1);
    QCOMPARE(m_server->requests().last().parameters().value(QStringLiteral("AccessKeyId")), QStringLiteral("STSKEYA"));

    // V3 carries the token in its header.
    client->setSignatureVersion(SignatureVersion::V3);
    QVERIFY(finish(client->queryAccountBalance())->isFinished());
    QCOMPARE(m_server->requests().last().headers.value("x-acs-security-token"), QByteArray("tmp-token-STSKEYA"));
}

void TestRoleCredentials::renewsAheadOfExpiry()
{
    // Two-second credentials: due for renewal 0.4 s before their end.
    m_server->script({assumedReply(QStringLiteral("STSKEYA"), 2s), FakeReply::json(200, kCreated),
                      assumedReply(QStringLiteral("STSKEYB")), FakeReply::json(200, kCreated)});
    RoleCredentialSource* source = nullptr;
    BssClient* client = roleClient(&source);
    QVERIFY(finish(client->queryAccountBalance())->isFinished());
    QCOMPARE(source->assumeCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!source->hasFreshCredentials(), 5000);
    BssCall* call = finish(client->queryAccountBalance());
    QVERIFY(call->isFinished());
    QCOMPARE(source->assumeCount(), 2);
    QCOMPARE(requestsFor(QStringLiteral("AssumeRole")).size(), 2);
    QCOMPARE(m_server->requests().last().parameters().value(QStringLiteral("AccessKeyId")), QStringLiteral("STSKEYB"));
    QCOMPARE(m_server->requests().last().parameters().value(QStringLiteral("SecurityToken")),
             QStringLiteral("tmp-token-STSKEYB"));
}

void TestRoleCredentials::expiredTokenIsRenewedOnceAndResentWithTheSameClientToken()
{
    m_server->script({assumedReply(QStringLiteral("STSKEYA")),
                      serviceError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired."),
                      assumedReply(QStringLiteral("STSKEYB")), FakeReply::json(200, kCreated)});
    RoleCredentialSource* source = nullptr;
    BssClient* client = roleClient(&source);
    BssCall* call = finish(client->createInstance(test::chinaOrder(QStringLiteral("role-b")), QStringLiteral("tok-2")));
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->code : QString()));
    QCOMPARE(call->attempts(), 2);
    const QList<FakeRequest> creates = requestsFor(QStringLiteral("CreateInstance"));
    QCOMPARE(creates.size(), 2);
    QCOMPARE(creates.at(0).parameters().value(QStringLiteral("ClientToken")), QStringLiteral("tok-2"));
    QCOMPARE(creates.at(1).parameters().value(QStringLiteral("ClientToken")), QStringLiteral("tok-2"));
    QCOMPARE(creates.at(0).parameters().value(QStringLiteral("AccessKeyId")), QStringLiteral("STSKEYA"));
    QCOMPARE(creates.at(1).parameters().value(QStringLiteral("AccessKeyId")), QStringLiteral("STSKEYB"));
    QCOMPARE(source->assumeCount(), 2);
}

void TestRoleCredentials::expiredTwiceEndsTheCall()
{
    const FakeReply expired = serviceError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
    m_server->script({assumedReply(QStringLiteral("STSKEYA")), expired, assumedReply(QStringLiteral("STSKEYB")),
                      expired, FakeReply::json(200, kCreated)});
    BssCall* call
        = finish(roleClient()->createInstance(test::chinaOrder(QStringLiteral("role-c")), QStringLiteral("t")));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->code, QStringLiteral("InvalidSecurityToken.Expired"));
    QCOMPARE(call->error()->kind, ApiError::Kind::Auth);
    QVERIFY(!call->outcomeUnknown()); // refused before it was looked at: nothing was bought
    QCOMPARE(requestsFor(QStringLiteral("CreateInstance")).size(), 2);
}

void TestRoleCredentials::fixedCredentialsAreNotResent()
{
    m_server->script({serviceError(400, "InvalidSecurityToken.Expired"), FakeReply::json(200, kCreated)});
    auto* client = new BssClient(m_network, m_server);
    client->setEndpoint(Endpoint::custom(QUrl(m_server->baseUrl())));
    client->setCredentials({kKeyId, kSecret, QStringLiteral("fixed-token")});
    BssCall* call = finish(client->queryAccountBalance());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->code, QStringLiteral("InvalidSecurityToken.Expired"));
    QCOMPARE(m_server->requests().size(), 1); // a fixed token cannot get better by resending
}

void TestRoleCredentials::refusedRoleEndsTheCallUnsent()
{
    m_server->script({serviceError(404, "EntityNotExist.Role", "The role not exists: acs:ram::1:role/x.")});
    BssCall* call
        = finish(roleClient()->createInstance(test::chinaOrder(QStringLiteral("role-d")), QStringLiteral("t")));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->code, QStringLiteral("EntityNotExist.Role"));
    QVERIFY(!call->outcomeUnknown());
    QVERIFY(!call->error()->mayHaveReachedService);
    QCOMPARE(call->attempts(), 0);
    QCOMPARE(requestsFor(QStringLiteral("CreateInstance")).size(), 0);
}

void TestRoleCredentials::concurrentCallsShareOneAssumeRole()
{
    m_server->script({assumedReply(QStringLiteral("STSKEYA")), FakeReply::json(200, kCreated)});
    RoleCredentialSource* source = nullptr;
    BssClient* client = roleClient(&source);
    BssCall* first = client->queryAccountBalance();
    BssCall* second = client->queryAccountBalance();
    finish(first);
    finish(second);
    QCOMPARE(requestsFor(QStringLiteral("AssumeRole")).size(), 1);
    QCOMPARE(requestsFor(QStringLiteral("QueryAccountBalance")).size(), 2);
    QCOMPARE(source->assumeCount(), 1);
}

void TestRoleCredentials::redactionCoversTemporarySecrets()
{
    // A (misbehaving) proxy or service that echoes the request's secrets in its message.
    m_server->script(
        {assumedReply(QStringLiteral("STSKEYA")),
         serviceError(400, "Weird", "echo tmp-secret-STSKEYA and tmp-token-STSKEYA and " + kSecret.toUtf8())});
    BssClient* client = roleClient();
    BssCall* call = finish(client->queryAccountBalance());
    QVERIFY(!call->succeeded());
    const QString message = call->error()->message;
    QVERIFY2(!message.contains(u"tmp-secret-STSKEYA"), qPrintable(message));
    QVERIFY2(!message.contains(u"tmp-token-STSKEYA"), qPrintable(message));
    QVERIFY2(!message.contains(kSecret), qPrintable(message));
    QCOMPARE(message.count(u"***"), 3);
    QVERIFY(!client->redacted(QByteArray("x=tmp-token-STSKEYA")).contains("tmp-token"));
}

void TestRoleCredentials::cancelWhileAssuming()
{
    m_server->script({FakeReply::stall()});
    BssCall* call = roleClient()->createInstance(test::chinaOrder(QStringLiteral("role-e")), QStringLiteral("t"));
    QSignalSpy received(m_server, &FakeHttpServer::requestReceived);
    QVERIFY(received.wait(5000));
    call->cancel();
    QVERIFY(call->isFinished());
    QCOMPARE(call->error()->kind, ApiError::Kind::Cancelled);
    QVERIFY(!call->outcomeUnknown()); // the order itself was never sent
    QCOMPARE(requestsFor(QStringLiteral("CreateInstance")).size(), 0);
}

QTEST_GUILESS_MAIN(TestRoleCredentials)
#include "tst_rolecredentials.moc"
