// Authentication of the sandbox: V1 and V3 signatures, the timestamp window, nonce replay, STS
// tokens, unknown keys, actions and versions, and the shape of every error answer.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using acrp::SignatureVersion;
using acrp::V1Placement;
using acrp::sandbox::SandboxConfig;
using acrp::sandbox::SandboxServer;

Q_DECLARE_METATYPE(acrp::SignatureVersion)
Q_DECLARE_METATYPE(acrp::V1Placement)

namespace {

const QString kSignaturePrefix
    = u"Specified signature is not matched with our calculation. server string to sign is:"_s;

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acceptsSignedRequests_data();
    void acceptsSignedRequests();
    void acceptsTheInternationalDemoKey();
    void rejectsUnknownKey_data();
    void rejectsUnknownKey();
    void wrongSecretShowsServerStringToSign_data();
    void wrongSecretShowsServerStringToSign();
    void tamperedParameterIsRejected();
    void timestampWindow_data();
    void timestampWindow();
    void malformedTimestamp();
    void clockOffsetAndDateHeader();
    void replayedRequestIsRejected_data();
    void replayedRequestIsRejected();
    void nonceIsPerKey();
    void nonceExpiresWithTheWindow();
    void nonceSeenOnAClockSetBack();
    void missingCommonParameter_data();
    void missingCommonParameter();
    void unknownActionAndVersion_data();
    void unknownActionAndVersion();
    void v3IncompleteSignature_data();
    void v3IncompleteSignature();
    void securityToken();
    void errorShape();

private:
    // Sets the server's clock `offsetSeconds` ahead of real time and the client's to match.
    void moveClocks(int offsetSeconds);

    SandboxFixture m_sandbox;
};

void TestSandboxAuth::moveClocks(int offsetSeconds)
{
    acrp::sandbox::SandboxFaults faults;
    faults.clockOffsetSeconds = offsetSeconds;
    m_sandbox.server->setFaults(faults);
    m_sandbox.client->time = QDateTime::currentDateTimeUtc().addSecs(offsetSeconds);
}

void TestSandboxAuth::init()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.server->errorString()));
}

void TestSandboxAuth::cleanup()
{
    m_sandbox.stop();
}

void TestSandboxAuth::acceptsSignedRequests_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<V1Placement>("placement");
    QTest::newRow("V1 GET query") << SignatureVersion::V1 << QByteArray("GET") << V1Placement::Query;
    QTest::newRow("V1 POST query") << SignatureVersion::V1 << QByteArray("POST") << V1Placement::Query;
    QTest::newRow("V1 POST form") << SignatureVersion::V1 << QByteArray("POST") << V1Placement::FormBody;
    QTest::newRow("V3 POST") << SignatureVersion::V3 << QByteArray("POST") << V1Placement::Query;
    QTest::newRow("V3 GET") << SignatureVersion::V3 << QByteArray("GET") << V1Placement::Query;
}

void TestSandboxAuth::acceptsSignedRequests()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    QFETCH(V1Placement, placement);
    m_sandbox.client->signatureVersion = version;
    m_sandbox.client->method = method;
    m_sandbox.client->placement = placement;
    // Values that need encoding travel through the signature unharmed.
    const SandboxReply reply
        = m_sandbox.client->call(u"QueryAccountBalance"_s, {{u"Note"_s, u"a b+c*d~e/f=g&h%i 中文 '()!"_s}});
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.code(), u"200"_s);
    QCOMPARE(reply.data().value(u"AvailableAmount"_s).toString(), u"1000000.00"_s);
}

void TestSandboxAuth::acceptsTheInternationalDemoKey()
{
    m_sandbox.client->credentials
        = {QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl), QString::fromLatin1(acrp::sandbox::kDemoSecretIntl), {}};
    const SandboxReply reply = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().value(u"Currency"_s).toString(), u"CNY"_s);
}

void TestSandboxAuth::rejectsUnknownKey_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V1") << SignatureVersion::V1;
    QTest::newRow("V3") << SignatureVersion::V3;
}

void TestSandboxAuth::rejectsUnknownKey()
{
    QFETCH(SignatureVersion, version);
    m_sandbox.client->signatureVersion = version;
    m_sandbox.client->credentials.accessKeyId = u"NoSuchKey"_s;
    const SandboxReply reply = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(reply.message(), u"Specified access key is not found."_s);
}

void TestSandboxAuth::wrongSecretShowsServerStringToSign_data()
{
    rejectsUnknownKey_data();
}

void TestSandboxAuth::wrongSecretShowsServerStringToSign()
{
    QFETCH(SignatureVersion, version);
    m_sandbox.client->signatureVersion = version;
    m_sandbox.client->credentials.accessKeySecret = u"not-the-secret"_s;
    const acrp::SignedRequest request = m_sandbox.client->sign(u"QueryAccountBalance"_s);
    const SandboxReply reply = m_sandbox.client->send(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"SignatureDoesNotMatch"_s);
    // The server computed the same string-to-sign: only the secret differs.
    QCOMPARE(reply.message(), kSignaturePrefix + QString::fromUtf8(request.stringToSign));
    QVERIFY(!reply.body.contains("sandbox-demo-secret"));
}

void TestSandboxAuth::tamperedParameterIsRejected()
{
    m_sandbox.client->placement = V1Placement::Query;
    acrp::SignedRequest request = m_sandbox.client->sign(u"QueryAccountBalance"_s, {{u"Note"_s, u"one"_s}});
    request.url.replace("Note=one", "Note=two");
    const SandboxReply reply = m_sandbox.client->send(request);
    QCOMPARE(reply.code(), u"SignatureDoesNotMatch"_s);
    QVERIFY2(reply.message().contains(u"Note%3Dtwo"_s), qPrintable(reply.message()));
}

void TestSandboxAuth::timestampWindow_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<int>("skewSeconds");
    QTest::addColumn<QString>("code");
    QTest::newRow("V1 14 min behind") << SignatureVersion::V1 << -14 * 60 << u"200"_s;
    QTest::newRow("V1 14 min ahead") << SignatureVersion::V1 << 14 * 60 << u"200"_s;
    QTest::newRow("V1 16 min behind") << SignatureVersion::V1 << -16 * 60 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("V1 16 min ahead") << SignatureVersion::V1 << 16 * 60 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("V3 16 min behind") << SignatureVersion::V3 << -16 * 60 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("V3 1 day ahead") << SignatureVersion::V3 << 86400 << u"InvalidTimeStamp.Expired"_s;
}

void TestSandboxAuth::timestampWindow()
{
    QFETCH(SignatureVersion, version);
    QFETCH(int, skewSeconds);
    QFETCH(QString, code);
    m_sandbox.client->signatureVersion = version;
    m_sandbox.client->time = QDateTime::currentDateTimeUtc().addSecs(skewSeconds);
    const SandboxReply reply = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.status, code == u"200"_s ? 200 : 400);
    if (code != u"200"_s)
        QVERIFY2(reply.message().startsWith(u"Specified time stamp or date value is expired."_s),
                 qPrintable(reply.message()));
}

void TestSandboxAuth::malformedTimestamp()
{
    m_sandbox.client->placement = V1Placement::Query;
    const SandboxReply reply
        = m_sandbox.client->call(u"QueryAccountBalance"_s, {{u"Timestamp"_s, u"2024-01-01 10:00:00"_s}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"InvalidTimeStamp.Format"_s);
}

void TestSandboxAuth::clockOffsetAndDateHeader()
{
    // The server's clock runs 20 minutes ahead: a client on real time is refused, and the Date
    // header tells it the server's time so it can correct and succeed.
    acrp::sandbox::SandboxFaults faults;
    faults.clockOffsetSeconds = 20 * 60;
    m_sandbox.server->setFaults(faults);
    const SandboxReply refused = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(refused.code(), u"InvalidTimeStamp.Expired"_s);
    const QDateTime serverTime
        = QLocale::c().toDateTime(QString::fromLatin1(refused.header("Date")), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    QVERIFY2(serverTime.isValid(), refused.header("Date").constData());
    QDateTime utc = serverTime;
    utc.setTimeZone(QTimeZone::utc());
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(utc);
    QVERIFY2(qAbs(ahead - 20 * 60) < 60, qPrintable(QString::number(ahead)));

    m_sandbox.client->time = utc;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
}

void TestSandboxAuth::replayedRequestIsRejected_data()
{
    rejectsUnknownKey_data();
}

void TestSandboxAuth::replayedRequestIsRejected()
{
    QFETCH(SignatureVersion, version);
    m_sandbox.client->signatureVersion = version;
    const acrp::SignedRequest request = m_sandbox.client->sign(u"QueryAccountBalance"_s);
    QCOMPARE(m_sandbox.client->send(request).code(), u"200"_s);
    const SandboxReply replay = m_sandbox.client->send(request);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.code(), u"SignatureNonceUsed"_s);
    QCOMPARE(replay.message(), u"Specified signature nonce was used already."_s);

    // Re-signed with a new timestamp but the same nonce: still a replay.
    m_sandbox.client->nonce = u"fixed-nonce-1"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    m_sandbox.client->time = QDateTime::currentDateTimeUtc().addSecs(5);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"SignatureNonceUsed"_s);
}

void TestSandboxAuth::nonceIsPerKey()
{
    m_sandbox.client->nonce = u"shared-nonce"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    m_sandbox.client->credentials
        = {QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl), QString::fromLatin1(acrp::sandbox::kDemoSecretIntl), {}};
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    // A request with a wrong signature does not burn the nonce.
    m_sandbox.client->nonce = u"second-nonce"_s;
    m_sandbox.client->credentials.accessKeySecret = u"wrong"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"SignatureDoesNotMatch"_s);
    m_sandbox.client->credentials.accessKeySecret = QString::fromLatin1(acrp::sandbox::kDemoSecretIntl);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
}

void TestSandboxAuth::nonceExpiresWithTheWindow()
{
    // The gateway remembers a nonce for the 15 minutes of its timestamp window: a replay inside
    // them is refused, however many other nonces came between; after them the nonce may be used again.
    m_sandbox.client->nonce = u"aging-nonce"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    for (int i = 0; i < 20; ++i) {
        m_sandbox.client->nonce = u"between-%1"_s.arg(i);
        QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    }
    m_sandbox.client->nonce = u"aging-nonce"_s;
    moveClocks(14 * 60);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"SignatureNonceUsed"_s);
    moveClocks(16 * 60);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    // Used again, it is remembered again from now on; so are the others' expiries alike.
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"SignatureNonceUsed"_s);
    m_sandbox.client->nonce = u"between-7"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    m_sandbox.client->nonce = u"fresh-nonce"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"SignatureNonceUsed"_s);
}

void TestSandboxAuth::nonceSeenOnAClockSetBack()
{
    // The server's clock can be set back (the clockOffsetSeconds fault): a nonce seen at a later
    // server time is still remembered, and one seen earlier expires on time even when it was seen
    // after the later one.
    moveClocks(20 * 60);
    m_sandbox.client->nonce = u"from-the-future"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    moveClocks(0);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"SignatureNonceUsed"_s);
    m_sandbox.client->nonce = u"from-now"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);

    moveClocks(16 * 60);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s); // from-now expired
    m_sandbox.client->nonce = u"from-the-future"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"SignatureNonceUsed"_s);
    moveClocks(36 * 60);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
}

void TestSandboxAuth::missingCommonParameter_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name :
         {u"AccessKeyId"_s, u"SignatureNonce"_s, u"Timestamp"_s, u"SignatureMethod"_s, u"Signature"_s})
        QTest::newRow(qPrintable(name)) << name;
}

void TestSandboxAuth::missingCommonParameter()
{
    QFETCH(QString, name);
    m_sandbox.client->placement = V1Placement::Query;
    acrp::SignedRequest request = m_sandbox.client->sign(u"QueryAccountBalance"_s);
    // Drop the parameter from the query.
    const QByteArray key = name.toLatin1() + '=';
    QList<QByteArray> pairs = request.url.mid(request.url.indexOf('?') + 1).split('&');
    pairs.removeIf([&](const QByteArray& pair) { return pair.startsWith(key); });
    request.url = request.url.left(request.url.indexOf('?') + 1) + pairs.join('&');
    const SandboxReply reply = m_sandbox.client->send(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"MissingParameter"_s);
    QCOMPARE(reply.message(),
             u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s.arg(name));
}

void TestSandboxAuth::unknownActionAndVersion_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown BSS action") << u"DeleteEverything"_s << u"2017-12-14"_s << 404
                                        << u"InvalidAction.NotFound"_s;
    QTest::newRow("BSS action on ACR version")
        << u"CreateInstance"_s << u"2018-12-01"_s << 404 << u"InvalidAction.NotFound"_s;
    QTest::newRow("ACR action on BSS version")
        << u"GetInstance"_s << u"2017-12-14"_s << 404 << u"InvalidAction.NotFound"_s;
    QTest::newRow("unknown version") << u"QueryAccountBalance"_s << u"2099-01-01"_s << 400 << u"InvalidVersion"_s;
    QTest::newRow("no action") << QString() << u"2017-12-14"_s << 400 << u"MissingParameter"_s;
}

void TestSandboxAuth::unknownActionAndVersion()
{
    QFETCH(QString, action);
    QFETCH(QString, version);
    QFETCH(int, status);
    QFETCH(QString, code);
    for (const SignatureVersion signatureVersion : {SignatureVersion::V1, SignatureVersion::V3}) {
        m_sandbox.client->signatureVersion = signatureVersion;
        const SandboxReply reply = m_sandbox.client->call(action, {}, version);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
    }
}

void TestSandboxAuth::v3IncompleteSignature_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("other algorithm") << QByteArray("ACS3-HMAC-SM3 Credential=SandboxDemoKeyCN,SignedHeaders="
                                                   "host;x-acs-action;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                                                   "Signature=00")
                                     << u"ACS3-HMAC-SM3 is not supported"_s;
    QTest::newRow("no signature") << QByteArray("ACS3-HMAC-SHA256 Credential=SandboxDemoKeyCN,SignedHeaders=host")
                                  << u"Credential=...,SignedHeaders=...,Signature=..."_s;
    QTest::newRow("date not signed") << QByteArray("ACS3-HMAC-SHA256 Credential=SandboxDemoKeyCN,SignedHeaders="
                                                   "host;x-acs-action;x-acs-signature-nonce;x-acs-version,"
                                                   "Signature=00")
                                     << u"The header x-acs-date must be signed."_s;
    QTest::newRow("hash header not signed")
        << QByteArray("ACS3-HMAC-SHA256 Credential=SandboxDemoKeyCN,SignedHeaders="
                      "host;x-acs-action;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00")
        << u"The header x-acs-content-sha256 must be signed."_s;
}

void TestSandboxAuth::v3IncompleteSignature()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, messagePart);
    m_sandbox.client->signatureVersion = SignatureVersion::V3;
    acrp::SignedRequest request = m_sandbox.client->sign(u"QueryAccountBalance"_s);
    for (auto& [name, value] : request.headers) {
        if (name == "Authorization")
            value = authorization;
    }
    const SandboxReply reply = m_sandbox.client->send(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"IncompleteSignature"_s);
    QVERIFY2(reply.message().contains(messagePart), qPrintable(reply.message()));
}

void TestSandboxAuth::securityToken()
{
    SandboxConfig config;
    config.accounts = {{u"STS.SandboxRole"_s, u"sts-secret"_s, acrp::Site::China, u"sts-token-value"_s}};
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        client.signatureVersion = version;
        client.credentials = {u"STS.SandboxRole"_s, u"sts-secret"_s, u"sts-token-value"_s};
        QCOMPARE(client.call(u"QueryAccountBalance"_s).code(), u"200"_s);
        client.credentials.securityToken.clear();
        SandboxReply reply = client.call(u"QueryAccountBalance"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"InvalidSecurityToken.MismatchWithAccessKey"_s);
        client.credentials.securityToken = u"another-token"_s;
        QCOMPARE(client.call(u"QueryAccountBalance"_s).code(), u"InvalidSecurityToken.MismatchWithAccessKey"_s);
    }
    // A plain key with a token it does not have is refused as well.
    m_sandbox.client->credentials.securityToken = u"sts-token-value"_s;
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"InvalidSecurityToken.MismatchWithAccessKey"_s);
}

void TestSandboxAuth::errorShape()
{
    m_sandbox.client->credentials.accessKeySecret = u"wrong"_s;
    const SandboxReply reply = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.json.keys(), (QStringList {u"Code"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s, u"RequestId"_s}));
    const QString requestId = reply.json.value(u"RequestId"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"_s)
                 .match(requestId)
                 .hasMatch(),
             qPrintable(requestId));
    QCOMPARE(QString::fromLatin1(reply.header("x-acs-request-id")), requestId);
    QCOMPARE(reply.json.value(u"HostId"_s).toString(), m_sandbox.server->baseUrl().authority());
    QCOMPARE(reply.json.value(u"Recommend"_s).toString(),
             u"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=BssOpenApi&requestId="_s
                 + requestId);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(!reply.header("Date").isEmpty());

    // Not GET or POST, or not the root path: the API is not found.
    const SandboxReply put = m_sandbox.client->raw("PUT", "/?Action=QueryAccountBalance");
    QCOMPARE(put.status, 404);
    QCOMPARE(put.code(), u"InvalidAction.NotFound"_s);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
