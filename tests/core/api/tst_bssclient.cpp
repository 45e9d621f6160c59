// BssClient against a scripted loopback server: signing per attempt, retries with the same
// ClientToken, backoff, deadline, timeouts, clock correction, redirects, size cap, malformed
// answers, cancellation, V3 headers and secret redaction.
#include "FakeHttpServer.h"
#include "TestSupport.h"
#include "core/api/BssClient.h"
#include "core/order/CreateInstanceParams.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using acrp::ApiError;
using acrp::BssCall;
using acrp::BssClient;
using Kind = ApiError::Kind;

namespace {

const QString kKeyId = QStringLiteral("TestKeyClient");
const QString kSecret = QStringLiteral("tst-client-secret-5f2c");

const QByteArray kSuccess = R"({"Code":"Success","Message":"Successful!","RequestId":"RID-OK","Success":true,
    "Data":{"InstanceId":"cri-fake0000000001","OrderId":"208570001"}})";

acrp::OrderSpec order()
{
    return acrp::test::chinaOrder(QStringLiteral("client-test"), QStringLiteral("Standard"));
}

QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

FakeReply serviceError(int status, const char* code, const QByteArray& message = "m")
{
    return FakeReply::json(status,
                           QByteArray(R"({"RequestId":"RID-E","HostId":"h","Code":")") + code + R"(","Message":")"
                               + message + R"(","Recommend":"https://r"})");
}

} // namespace

class TestBssClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void successV1();
    void successLowerCaseKeys();
    void successV3();
    void retriesKeepClientTokenAndRenewNonce();
    void backoffIsObservable();
    void maxAttempts();
    void totalDeadline();
    void nonRetryableStopsAtOnce_data();
    void nonRetryableStopsAtOnce();
    void timeoutIsUnknown();
    void slowButSteadyAnswerIsNoTimeout();
    void stallAfterTheHeadersIsATimeout();
    void droppedConnectionIsUnknown();
    void connectionRefusedIsNotUnknown();
    void clockOffsetCorrectedOnce();
    void clockOffsetOnlyOnce();
    void nonceUsedRetriesAtOnce();
    void redirectIsNotFollowed();
    void oversizedByLength();
    void oversizedChunked();
    void malformedIsProtocolError();
    void missingIdsIsProtocolError();
    void cancelInFlight();
    void cancelDuringBackoff();
    void cancelBeforeTheFirstAttempt();
    void secretIsRedacted();
    void getInstanceUsesCrApi();
    void otherCalls();

private:
    BssClient* client(acrp::RetryPolicy policy = fastPolicy());
    static acrp::RetryPolicy fastPolicy();
    BssCall* runCreate(BssClient* bss);

    FakeHttpServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
};

acrp::RetryPolicy TestBssClient::fastPolicy()
{
    acrp::RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.initialBackoff = 20ms;
    policy.maxBackoff = 100ms;
    policy.totalDeadline = 20s;
    policy.transferTimeout = 5s;
    return policy;
}

void TestBssClient::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
}

void TestBssClient::cleanup()
{
    delete m_server;
    delete m_network;
}

BssClient* TestBssClient::client(acrp::RetryPolicy policy)
{
    auto* bss = new BssClient(m_network, m_server);
    QString error;
    bss->setEndpoint(*acrp::Endpoint::parse(m_server->baseUrl(), &error));
    bss->setCredentials({kKeyId, kSecret, {}});
    bss->setRetryPolicy(policy);
    return bss;
}

BssCall* TestBssClient::runCreate(BssClient* bss)
{
    BssCall* call = bss->createInstance(order(), QStringLiteral("token-fixed-1"));
    QSignalSpy finished(call, &BssCall::finished);
    if (!finished.wait(30000))
        qWarning("call did not finish");
    return call;
}

void TestBssClient::successV1()
{
    m_server->script({FakeReply::json(200, kSuccess)});
    BssCall* call = runCreate(client());
    QVERIFY(call->succeeded());
    QCOMPARE(call->attempts(), 1);
    const auto result = call->resultAs<acrp::CreateInstanceResult>();
    QCOMPARE(result.instanceId, QStringLiteral("cri-fake0000000001"));
    QCOMPARE(result.orderId, QStringLiteral("208570001"));
    QCOMPARE(result.requestId, QStringLiteral("RID-OK"));
    QCOMPARE(call->requestId(), QStringLiteral("RID-OK"));

    QCOMPARE(m_server->requests().size(), 1);
    const FakeRequest& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/"));
    const auto params = request.parameters();
    QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("CreateInstance"));
    QCOMPARE(params.value(QStringLiteral("Version")), QStringLiteral("2017-12-14"));
    QCOMPARE(params.value(QStringLiteral("AccessKeyId")), kKeyId);
    QCOMPARE(params.value(QStringLiteral("ClientToken")), QStringLiteral("token-fixed-1"));
    QCOMPARE(params.value(QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
    QVERIFY(!params.value(QStringLiteral("Signature")).isEmpty());
    // Every business parameter the order model produces is sent as is.
    for (const auto& [name, value] : acrp::createInstanceParameters(order(), QStringLiteral("token-fixed-1")))
        QCOMPARE(params.value(name), value);
    QVERIFY(!request.raw.contains(kSecret.toUtf8()));
    QVERIFY(request.headers.value("user-agent").startsWith("acr-purchase/"));
}

void TestBssClient::successLowerCaseKeys()
{
    m_server->script({FakeReply::json(200, R"({"code":"Success","IsSuccess":true,
        "data":{"instanceId":"cri-lower","orderId":"214"},"message":"Successful!","requestId":"r-l","success":true})")});
    BssCall* call = runCreate(client());
    QVERIFY(call->succeeded());
    QCOMPARE(call->resultAs<acrp::CreateInstanceResult>().instanceId, QStringLiteral("cri-lower"));
    QCOMPARE(call->resultAs<acrp::CreateInstanceResult>().orderId, QStringLiteral("214"));
}

void TestBssClient::successV3()
{
    m_server->script({FakeReply::json(200, kSuccess)});
    BssClient* bss = client();
    bss->setSignatureVersion(acrp::SignatureVersion::V3);
    BssCall* call = runCreate(bss);
    QVERIFY(call->succeeded());
    const FakeRequest& request = m_server->requests().first();
    QCOMPARE(request.headers.value("x-acs-action"), QByteArray("CreateInstance"));
    QCOMPARE(request.headers.value("x-acs-version"), QByteArray("2017-12-14"));
    QVERIFY(request.headers.value("authorization")
                .startsWith(QByteArray("ACS3-HMAC-SHA256 Credential=" + kKeyId.toUtf8() + ",")));
    QCOMPARE(request.body, QByteArray());
    QCOMPARE(request.parameters().value(QStringLiteral("ClientToken")), QStringLiteral("token-fixed-1"));
    QVERIFY(!request.raw.contains(kSecret.toUtf8()));
}

void TestBssClient::retriesKeepClientTokenAndRenewNonce()
{
    m_server->script({serviceError(503, "ServiceUnavailable"), serviceError(503, "ServiceUnavailable"),
                      FakeReply::json(200, kSuccess)});
    BssClient* bss = client();
    BssCall* call = bss->createInstance(order(), QStringLiteral("token-fixed-1"));
    QSignalSpy retries(call, &BssCall::retryScheduled);
    QSignalSpy finished(call, &BssCall::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(call->succeeded());
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(2).value<ApiError>().code, QStringLiteral("ServiceUnavailable"));
    QCOMPARE(m_server->requests().size(), 3);
    QSet<QString> nonces;
    for (const FakeRequest& request : m_server->requests()) {
        const auto params = request.parameters();
        QCOMPARE(params.value(QStringLiteral("ClientToken")), QStringLiteral("token-fixed-1"));
        nonces.insert(params.value(QStringLiteral("SignatureNonce")));
    }
    QCOMPARE(nonces.size(), 3);
    QVERIFY(!call->outcomeUnknown());
}

void TestBssClient::backoffIsObservable()
{
    acrp::RetryPolicy policy = fastPolicy();
    policy.initialBackoff = 200ms;
    policy.multiplier = 2;
    policy.maxBackoff = 2s;
    policy.jitter = 0.25;
    m_server->script(
        {serviceError(400, "Throttling.User"), serviceError(400, "Throttling.User"), FakeReply::json(200, kSuccess)});
    BssCall* call = client(policy)->createInstance(order(), QStringLiteral("t"));
    QSignalSpy started(call, &BssCall::attemptStarted);
    QSignalSpy finished(call, &BssCall::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(call->succeeded());
    QCOMPARE(started.size(), 3);
    const auto& times = call->attemptTimes();
    QCOMPARE(times.size(), 3);
    QCOMPARE(started.at(2).at(1).toDateTime(), times.at(2));
    const qint64 first = times.at(0).msecsTo(times.at(1));
    const qint64 second = times.at(1).msecsTo(times.at(2));
    QVERIFY2(first >= 150, qPrintable(QString::number(first))); // >= 200 * (1 - 0.25), timer slack
    QVERIFY2(second >= 300, qPrintable(QString::number(second))); // >= 400 * 0.75
    QVERIFY2(second > first - 50, "the backoff grows");
}

void TestBssClient::maxAttempts()
{
    m_server->script({serviceError(503, "ServiceUnavailable")});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->attempts(), 4);
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(call->error()->kind, Kind::Server);
    QCOMPARE(call->error()->code, QStringLiteral("ServiceUnavailable"));
    QCOMPARE(call->error()->requestId, QStringLiteral("RID-E"));
    QVERIFY(!call->outcomeUnknown()); // 503 comes before the order is looked at
}

void TestBssClient::totalDeadline()
{
    acrp::RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 100;
    policy.initialBackoff = 200ms;
    policy.maxBackoff = 200ms;
    policy.multiplier = 1;
    policy.jitter = 0;
    policy.totalDeadline = 700ms;
    m_server->script({serviceError(503, "ServiceUnavailable")});
    BssCall* call = runCreate(client(policy));
    QVERIFY(!call->succeeded());
    // Attempts at ~0, 200, 400, 600 ms; the next would start after the deadline.
    QVERIFY2(call->attempts() >= 3 && call->attempts() <= 4, qPrintable(QString::number(call->attempts())));
    QVERIFY(call->attemptTimes().first().msecsTo(call->attemptTimes().last()) <= 700);
}

void TestBssClient::nonRetryableStopsAtOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("unknown key") << 404 << QByteArray("InvalidAccessKeyId.NotFound") << Kind::Auth;
    QTest::newRow("wrong secret") << 400 << QByteArray("SignatureDoesNotMatch") << Kind::Auth;
    QTest::newRow("wrong site") << 400 << QByteArray("NotApplicable") << Kind::WrongSite;
    QTest::newRow("balance") << 400 << QByteArray("PAY.INSUFFICIENT_BALANCE") << Kind::Payment;
    QTest::newRow("invalid") << 400 << QByteArray("InvalidParameter") << Kind::InvalidOrder;
    QTest::newRow("permission") << 400 << QByteArray("NotAuthorized") << Kind::Permission;
}

void TestBssClient::nonRetryableStopsAtOnce()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(Kind, kind);
    m_server->script({serviceError(status, code.constData())});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(call->error()->kind, kind);
    QCOMPARE(call->error()->code, QString::fromLatin1(code));
    QCOMPARE(call->error()->httpStatus, status);
    QCOMPARE(call->error()->recommend, QStringLiteral("https://r"));
    QVERIFY(!call->outcomeUnknown());
}

void TestBssClient::timeoutIsUnknown()
{
    acrp::RetryPolicy policy = fastPolicy();
    policy.transferTimeout = 300ms;
    policy.maxAttempts = 2;
    m_server->script({FakeReply::stall()});
    BssCall* call = runCreate(client(policy));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(call->error()->kind, Kind::Timeout);
    QVERIFY(call->outcomeUnknown());
    // Both attempts carried the same ClientToken: the retry was safe.
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).parameters().value(QStringLiteral("ClientToken")),
             QStringLiteral("token-fixed-1"));
}

void TestBssClient::slowButSteadyAnswerIsNoTimeout()
{
    // The transfer timeout is for silence, not for the whole answer: bytes arriving every 300 ms
    // keep a call with a 1 s timeout alive for the 1.5 s the answer takes.
    acrp::RetryPolicy policy = fastPolicy();
    policy.transferTimeout = 1s;
    policy.maxAttempts = 1;
    m_server->script({FakeReply::trickle(kSuccess, 5, 300)});
    QElapsedTimer clock;
    clock.start();
    BssCall* call = runCreate(client(policy));
    QVERIFY2(call->succeeded(), call->error() ? qPrintable(call->error()->message) : "");
    QVERIFY(clock.elapsed() > 1000); // longer than the timeout
    QCOMPARE(call->resultAs<acrp::CreateInstanceResult>().instanceId, QStringLiteral("cri-fake0000000001"));
}

void TestBssClient::stallAfterTheHeadersIsATimeout()
{
    acrp::RetryPolicy policy = fastPolicy();
    policy.transferTimeout = 300ms;
    policy.maxAttempts = 1;
    m_server->script({FakeReply::stallAfterHeaders(kSuccess)});
    BssCall* call = runCreate(client(policy));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(call->error()->kind, Kind::Timeout);
    QVERIFY(call->outcomeUnknown());
}

void TestBssClient::droppedConnectionIsUnknown()
{
    acrp::RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 2;
    m_server->script({FakeReply::close()});
    BssCall* call = runCreate(client(policy));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->kind, Kind::Network);
    QVERIFY(call->outcomeUnknown());
    QVERIFY(call->attempts() >= 2);
}

void TestBssClient::connectionRefusedIsNotUnknown()
{
    const QString url = m_server->baseUrl();
    m_server->close(); // nothing listens there now
    acrp::RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 2;
    auto* bss = new BssClient(m_network, m_server);
    QString error;
    bss->setEndpoint(*acrp::Endpoint::parse(url, &error));
    bss->setCredentials({kKeyId, kSecret, {}});
    bss->setRetryPolicy(policy);
    BssCall* call = runCreate(bss);
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->kind, Kind::Network);
    QCOMPARE(call->error()->code, QStringLiteral("Network.ConnectionRefused"));
    QCOMPARE(call->attempts(), 2);
    QVERIFY(!call->outcomeUnknown()); // nothing reached a service
}

void TestBssClient::clockOffsetCorrectedOnce()
{
    const QDateTime serviceNow = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
    FakeReply expired = serviceError(400, "InvalidTimeStamp.Expired");
    expired.headers.append({"Date", httpDate(serviceNow)});
    m_server->script({expired, FakeReply::json(200, kSuccess)});
    BssClient* bss = client();
    QSignalSpy offsetChanged(bss, &BssClient::clockOffsetChanged);
    BssCall* call = runCreate(bss);
    QVERIFY(call->succeeded());
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(offsetChanged.size(), 1);
    QVERIFY2(qAbs(bss->clockOffsetMs() - 20 * 60 * 1000) < 3000, qPrintable(QString::number(bss->clockOffsetMs())));
    const QDateTime first = QDateTime::fromString(
        m_server->requests().at(0).parameters().value(QStringLiteral("Timestamp")), Qt::ISODate);
    const QDateTime second = QDateTime::fromString(
        m_server->requests().at(1).parameters().value(QStringLiteral("Timestamp")), Qt::ISODate);
    QVERIFY2(qAbs(first.secsTo(second) - 20 * 60) <= 3, qPrintable(first.toString() + u' ' + second.toString()));
    // Later calls on the same client use the learned offset from the start.
    m_server->script({FakeReply::json(200, kSuccess)});
    BssCall* later = runCreate(bss);
    QVERIFY(later->succeeded());
    QCOMPARE(later->attempts(), 1);
}

void TestBssClient::clockOffsetOnlyOnce()
{
    FakeReply expired = serviceError(400, "InvalidTimeStamp.Expired");
    expired.headers.append({"Date", httpDate(QDateTime::currentDateTimeUtc().addSecs(3600))});
    m_server->script({expired});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(call->error()->kind, Kind::Auth);
    QCOMPARE(call->error()->code, QStringLiteral("InvalidTimeStamp.Expired"));
}

void TestBssClient::nonceUsedRetriesAtOnce()
{
    acrp::RetryPolicy policy = fastPolicy();
    policy.initialBackoff = 5s; // a backoff would show
    m_server->script({serviceError(400, "SignatureNonceUsed"), FakeReply::json(200, kSuccess)});
    BssCall* call = runCreate(client(policy));
    QVERIFY(call->succeeded());
    QCOMPARE(call->attempts(), 2);
    QVERIFY(call->attemptTimes().at(0).msecsTo(call->attemptTimes().at(1)) < 2000);
    QVERIFY(m_server->requests().at(0).parameters().value(QStringLiteral("SignatureNonce"))
            != m_server->requests().at(1).parameters().value(QStringLiteral("SignatureNonce")));
}

void TestBssClient::redirectIsNotFollowed()
{
    FakeReply redirect;
    redirect.status = 302;
    redirect.headers = {{"Location", m_server->baseUrl().toLatin1() + "/elsewhere"}};
    m_server->script({redirect, FakeReply::json(200, kSuccess)});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->kind, Kind::Protocol);
    QCOMPARE(call->error()->httpStatus, 302);
    QVERIFY2(call->error()->message.startsWith(QStringLiteral("the service answered with a redirect to ")),
             qPrintable(call->error()->message));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(call->attempts(), 1);
}

void TestBssClient::oversizedByLength()
{
    m_server->script({FakeReply::json(200, QByteArray(2 * 1024 * 1024, 'x'))});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->kind, Kind::Protocol);
    QCOMPARE(call->error()->message, QStringLiteral("the answer is larger than 1048576 bytes and was refused"));
    QCOMPARE(call->attempts(), 1);
    QVERIFY(call->outcomeUnknown());
}

void TestBssClient::oversizedChunked()
{
    FakeReply big = FakeReply::json(200, QByteArray(3 * 1024 * 1024, ' '));
    big.chunked = true;
    m_server->script({big});
    BssClient* bss = client();
    bss->setMaxResponseBytes(256 * 1024);
    BssCall* call = runCreate(bss);
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->kind, Kind::Protocol);
    QCOMPARE(call->error()->message, QStringLiteral("the answer is larger than 262144 bytes and was refused"));
}

void TestBssClient::malformedIsProtocolError()
{
    m_server->script({FakeReply::json(200, "<html><body>Hello</body></html>")});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->kind, Kind::Protocol);
    QCOMPARE(call->error()->message, QStringLiteral("the answer is not the expected JSON (HTTP 200)"));
    QCOMPARE(
        call->error()->userMessage(),
        QStringLiteral("The service's answer could not be read. (the answer is not the expected JSON (HTTP 200))"));
    QCOMPARE(call->attempts(), 1);
    QVERIFY(call->outcomeUnknown()); // a 200 we cannot read may well be a purchase
}

void TestBssClient::missingIdsIsProtocolError()
{
    m_server->script({FakeReply::json(200, R"({"Code":"Success","RequestId":"R","Data":{}})")});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error()->kind, Kind::Protocol);
    QCOMPARE(call->error()->message, QStringLiteral("the answer has no Data.InstanceId"));
    QCOMPARE(call->error()->requestId, QStringLiteral("R"));
}

void TestBssClient::cancelInFlight()
{
    m_server->script({FakeReply::stall()});
    BssCall* call = client()->createInstance(order(), QStringLiteral("t"));
    QSignalSpy received(m_server, &FakeHttpServer::requestReceived);
    QVERIFY(received.wait(10000));
    QSignalSpy finished(call, &BssCall::finished);
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error()->kind, Kind::Cancelled);
    QVERIFY(call->outcomeUnknown());
    call->cancel(); // harmless twice
    QCOMPARE(finished.size(), 1);
}

void TestBssClient::cancelDuringBackoff()
{
    acrp::RetryPolicy policy = fastPolicy();
    policy.initialBackoff = 10s;
    policy.maxBackoff = 10s;
    m_server->script({serviceError(503, "ServiceUnavailable")});
    BssCall* call = client(policy)->createInstance(order(), QStringLiteral("t"));
    QSignalSpy retry(call, &BssCall::retryScheduled);
    QVERIFY(retry.wait(10000));
    call->cancel();
    QVERIFY(call->isFinished());
    QCOMPARE(call->error()->kind, Kind::Cancelled);
    QVERIFY(!call->outcomeUnknown());
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestBssClient::cancelBeforeTheFirstAttempt()
{
    // Cancelled before the event loop ran: no attempt starts, nothing reaches the service.
    m_server->script({FakeReply::json(200, kSuccess)});
    BssClient* bss = client();
    BssCall* call = bss->createInstance(order(), QStringLiteral("never-sent"));
    QSignalSpy started(call, &BssCall::attemptStarted);
    QSignalSpy finished(call, &BssCall::finished);
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error()->kind, Kind::Cancelled);
    QVERIFY(!call->outcomeUnknown());
    // A later call goes through; the server saw only that one.
    BssCall* later = runCreate(bss);
    QVERIFY(later->succeeded());
    QCOMPARE(started.size(), 0);
    QCOMPARE(call->attempts(), 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).parameters().value(QStringLiteral("ClientToken")),
             QStringLiteral("token-fixed-1"));
}

void TestBssClient::secretIsRedacted()
{
    m_server->script({serviceError(400, "SignatureDoesNotMatch", "server string to sign with " + kSecret.toUtf8())});
    BssCall* call = runCreate(client());
    QVERIFY(!call->succeeded());
    QVERIFY(!call->error()->message.contains(kSecret));
    QCOMPARE(call->error()->message, QStringLiteral("server string to sign with ***"));
}

void TestBssClient::getInstanceUsesCrApi()
{
    m_server->script({FakeReply::json(200, R"({"Code":"success","IsSuccess":true,"RequestId":"R",
        "InstanceId":"cri-1","InstanceName":"n","InstanceStatus":"RUNNING"})")});
    BssCall* call = client()->getInstance(QStringLiteral("cn-shanghai"), QStringLiteral("cri-1"));
    QSignalSpy finished(call, &BssCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(call->succeeded());
    QCOMPARE(call->resultAs<acrp::InstanceInfo>().instanceStatus, QStringLiteral("RUNNING"));
    const auto params = m_server->requests().first().parameters();
    QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("GetInstance"));
    QCOMPARE(params.value(QStringLiteral("Version")), QStringLiteral("2018-12-01"));
    QCOMPARE(params.value(QStringLiteral("InstanceId")), QStringLiteral("cri-1"));
}

void TestBssClient::otherCalls()
{
    m_server->script({FakeReply::json(200, R"({"Code":"Success","RequestId":"R","Data":{"AvailableAmount":"10.00",
        "AvailableCashAmount":"10.00","CreditAmount":"0.00","Currency":"CNY"}})")});
    BssCall* call = client()->queryAccountBalance();
    QSignalSpy finished(call, &BssCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(call->succeeded());
    QCOMPARE(call->resultAs<acrp::AccountBalance>().availableAmount, QStringLiteral("10.00"));
    QCOMPARE(m_server->requests().last().parameters().value(QStringLiteral("Action")),
             QStringLiteral("QueryAccountBalance"));

    m_server->script(
        {FakeReply::json(200, R"({"Code":"Success","RequestId":"R","Data":{"TradePrice":"12.50","Currency":"CNY"}})")});
    BssCall* price = client()->getSubscriptionPrice(order());
    QSignalSpy priced(price, &BssCall::finished);
    QVERIFY(priced.wait(10000));
    QVERIFY(price->succeeded());
    const auto params = m_server->requests().last().parameters();
    QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("GetSubscriptionPrice"));
    QCOMPARE(params.value(QStringLiteral("ModuleList.1.ModuleCode")), QStringLiteral("InstanceType"));
    QCOMPARE(params.value(QStringLiteral("ModuleList.1.Config")), QStringLiteral("InstanceType:Standard"));
    QCOMPARE(params.value(QStringLiteral("ServicePeriodQuantity")), QStringLiteral("12"));
}

QTEST_GUILESS_MAIN(TestBssClient)
#include "tst_bssclient.moc"
