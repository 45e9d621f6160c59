// Fault injection of the sandbox (latency, ServiceUnavailable, Throttling.User, commit-then-stall,
// dropped connections, malformed and oversized bodies, clock offset) and the admin routes.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using acrp::sandbox::SandboxFaults;
using acrp::sandbox::SandboxServer;

namespace {

const QString kCn = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void latency();
    void serviceUnavailable();
    void throttling();
    void commitThenStall();
    void dropConnectionRawSocket();
    void dropConnectionThroughNetworkAccessManager();
    void malformedBody();
    void oversizedBody();
    void faultsTakeTurns();
    void adminFaults();
    void adminFaultsRejectsBadInput_data();
    void adminFaultsRejectsBadInput();
    void adminOrdersAndBalances();
    void adminRoutesIgnoreFaults();

private:
    SandboxFixture m_sandbox;
};

void TestSandboxFaults::init()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.server->errorString()));
}

void TestSandboxFaults::cleanup()
{
    m_sandbox.stop();
}

void TestSandboxFaults::latency()
{
    SandboxFaults faults;
    faults.latencyMs = 400;
    m_sandbox.server->setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    const SandboxReply reply = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.code(), u"200"_s);
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    // Latency is a setting, not a counter.
    QCOMPARE(m_sandbox.server->faults().latencyMs, 400);
}

void TestSandboxFaults::serviceUnavailable()
{
    SandboxFaults faults;
    faults.failNextUnavailable = 2;
    m_sandbox.server->setFaults(faults);
    for (int i = 0; i < 2; ++i) {
        const SandboxReply reply
            = m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"unavailable"_s, u"t"_s));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.code(), u"ServiceUnavailable"_s);
        QCOMPARE(reply.message(), u"The request has failed due to a temporary failure of the server."_s);
        QCOMPARE(reply.json.keys(),
                 (QStringList {u"Code"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s, u"RequestId"_s}));
        QCOMPARE(m_sandbox.server->faults().failNextUnavailable, 1 - i);
    }
    QVERIFY(m_sandbox.server->orders().isEmpty()); // the failed requests did nothing
    QCOMPARE(m_sandbox.server->createInstanceRequests(), 2);
    QCOMPARE(m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"unavailable"_s, u"t"_s)).code(),
             u"Success"_s);
    QCOMPARE(m_sandbox.server->orders().size(), 1);
}

void TestSandboxFaults::throttling()
{
    SandboxFaults faults;
    faults.failNextThrottling = 1;
    m_sandbox.server->setFaults(faults);
    // The refused request was not looked at: the very same signed request goes through afterwards.
    const acrp::SignedRequest request = m_sandbox.client->sign(u"QueryAccountBalance"_s);
    const SandboxReply reply = m_sandbox.client->send(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"Throttling.User"_s);
    QCOMPARE(reply.message(), u"Request was denied due to user flow control."_s);
    QCOMPARE(m_sandbox.client->send(request).code(), u"200"_s);
}

void TestSandboxFaults::commitThenStall()
{
    SandboxFaults faults;
    faults.commitThenStallMs = 5000;
    m_sandbox.server->setFaults(faults);
    QSignalSpy created(m_sandbox.server.get(), &SandboxServer::orderCreated);
    m_sandbox.client->transferTimeoutMs = 300;
    const SandboxReply timedOut
        = m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"stalled"_s, u"stall-token"_s));
    // The client gave up; the order exists and was paid for.
    QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(timedOut.status, 0);
    QCOMPARE(created.count(), 1);
    QCOMPARE(m_sandbox.server->orders().size(), 1);
    QCOMPARE(m_sandbox.server->balance(kCn), u"992000.00"_s);

    // The retry with the same ClientToken gets the first result, charged once.
    faults.commitThenStallMs = 0;
    m_sandbox.server->setFaults(faults);
    m_sandbox.client->transferTimeoutMs = 0;
    const SandboxReply retry
        = m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"stalled"_s, u"stall-token"_s));
    QCOMPARE(retry.code(), u"Success"_s);
    QCOMPARE(retry.data().value(u"InstanceId"_s).toString(), m_sandbox.server->orders().constFirst().instanceId);
    QCOMPARE(retry.data().value(u"OrderId"_s).toString(), m_sandbox.server->orders().constFirst().orderId);
    QCOMPARE(m_sandbox.server->balance(kCn), u"992000.00"_s);
    QCOMPARE(created.count(), 1);
}

void TestSandboxFaults::dropConnectionRawSocket()
{
    SandboxFaults faults;
    faults.dropNextConnections = 1;
    m_sandbox.server->setFaults(faults);
    const acrp::SignedRequest signedRequest = m_sandbox.client->sign(u"QueryAccountBalance"_s);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox.server->port());
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray http = signedRequest.method
        + " / HTTP/1.1\r\nHost: " + m_sandbox.server->baseUrl().authority().toLatin1()
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(signedRequest.body.size()) + "\r\n\r\n" + signedRequest.body;
    socket.write(http);
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(socket.readAll(), QByteArray()); // closed without a byte of answer
    QCOMPARE(m_sandbox.server->faults().dropNextConnections, 0);
}

void TestSandboxFaults::dropConnectionThroughNetworkAccessManager()
{
    // QNetworkAccessManager silently resends a request whose connection closed before any answer,
    // so the client sees the failure only once every attempt was dropped.
    SandboxFaults faults;
    faults.dropNextConnections = 10;
    m_sandbox.server->setFaults(faults);
    const SandboxReply reply = m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"dropped"_s, u"t"_s));
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.status, 0);
    // Every attempt reached the server and consumed one drop; none was processed.
    QVERIFY(m_sandbox.server->createInstanceRequests() >= 1);
    QCOMPARE(m_sandbox.server->createInstanceRequests(), 10 - m_sandbox.server->faults().dropNextConnections);
    QVERIFY(m_sandbox.server->orders().isEmpty());
    m_sandbox.server->setFaults({});
    QCOMPARE(m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"dropped"_s, u"t"_s)).code(), u"Success"_s);
}

void TestSandboxFaults::malformedBody()
{
    SandboxFaults faults;
    faults.malformedNext = 1;
    m_sandbox.server->setFaults(faults);
    const SandboxReply reply = m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"malformed"_s, u"t"_s));
    QCOMPARE(reply.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(m_sandbox.server->orders().isEmpty());
    QCOMPARE(m_sandbox.server->faults().malformedNext, 0);
}

void TestSandboxFaults::oversizedBody()
{
    SandboxFaults faults;
    faults.oversizedNext = 1;
    m_sandbox.server->setFaults(faults);
    const SandboxReply reply = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.size(), 8 * 1024 * 1024);
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(8 * 1024 * 1024));
    QVERIFY(reply.json.value(u"Padding"_s).toString().startsWith(u"xxxx"_s));
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).body.size() < 1024, true);
}

void TestSandboxFaults::faultsTakeTurns()
{
    // One request consumes one fault: drop first, then 503, throttling, malformed, oversized.
    SandboxFaults faults;
    faults.failNextUnavailable = 1;
    faults.failNextThrottling = 1;
    faults.malformedNext = 1;
    m_sandbox.server->setFaults(faults);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"ServiceUnavailable"_s);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"Throttling.User"_s);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).json.isEmpty(), true);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
    QCOMPARE(m_sandbox.server->faults(), SandboxFaults());
}

void TestSandboxFaults::adminFaults()
{
    SandboxReply reply
        = m_sandbox.client->raw("POST", "/__admin/faults", R"({"failNextUnavailable": 1, "latencyMs": 5})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"failNextUnavailable"_s).toInt(), 1);
    QCOMPARE(reply.json.value(u"latencyMs"_s).toInt(), 5);
    QCOMPARE(m_sandbox.server->faults().failNextUnavailable, 1);
    QCOMPARE(m_sandbox.server->faults().latencyMs, 5);

    // A partial update leaves the other faults alone.
    reply = m_sandbox.client->raw("POST", "/__admin/faults", R"({"clockOffsetSeconds": -60})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_sandbox.server->faults().clockOffsetSeconds, -60);
    QCOMPARE(m_sandbox.server->faults().failNextUnavailable, 1);

    reply = m_sandbox.client->raw("GET", "/__admin/faults");
    QCOMPARE(reply.json.keys(),
             (QStringList {u"clockOffsetSeconds"_s, u"commitThenStallMs"_s, u"dropNextConnections"_s,
                           u"failNextThrottling"_s, u"failNextUnavailable"_s, u"latencyMs"_s, u"malformedNext"_s,
                           u"oversizedNext"_s}));
    QCOMPARE(reply.json.value(u"clockOffsetSeconds"_s).toInt(), -60);

    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"ServiceUnavailable"_s);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
}

void TestSandboxFaults::adminFaultsRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("latency=5")
                              << u"The body must be a JSON object such as {\"failNextUnavailable\": 2}."_s;
    QTest::newRow("array") << QByteArray("[1]")
                           << u"The body must be a JSON object such as {\"failNextUnavailable\": 2}."_s;
    QTest::newRow("unknown fault") << QByteArray(R"({"explode": 1})")
                                   << u"\"explode\" is not a fault; the faults are latencyMs, failNextUnavailable, "
                                      "failNextThrottling, commitThenStallMs, dropNextConnections, malformedNext, "
                                      "oversizedNext, clockOffsetSeconds."_s;
    QTest::newRow("negative count") << QByteArray(R"({"failNextThrottling": -1})")
                                    << u"\"failNextThrottling\" must be a whole number, 0 or more."_s;
    QTest::newRow("fraction") << QByteArray(R"({"latencyMs": 1.5})")
                              << u"\"latencyMs\" must be a whole number, 0 or more."_s;
    QTest::newRow("text") << QByteArray(R"({"latencyMs": "5"})")
                          << u"\"latencyMs\" must be a whole number, 0 or more."_s;
    QTest::newRow("offset text") << QByteArray(R"({"clockOffsetSeconds": "soon"})")
                                 << u"\"clockOffsetSeconds\" must be a whole number of seconds."_s;
}

void TestSandboxFaults::adminFaultsRejectsBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const SandboxReply reply = m_sandbox.client->raw("POST", "/__admin/faults", body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error"_s).toString(), error);
    QCOMPARE(m_sandbox.server->faults(), SandboxFaults()); // nothing half-applied
}

void TestSandboxFaults::adminOrdersAndBalances()
{
    QCOMPARE(m_sandbox.client->call(u"CreateInstance"_s, createParameters(u"listed"_s, u"list-token"_s)).code(),
             u"Success"_s);
    SandboxReply reply = m_sandbox.client->raw("GET", "/__admin/orders");
    QCOMPARE(reply.status, 200);
    const QJsonArray orders = reply.json.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.at(0).toObject();
    QCOMPARE(order.value(u"clientToken"_s).toString(), u"list-token"_s);
    QCOMPARE(order.value(u"instanceId"_s).toString(), m_sandbox.server->orders().constFirst().instanceId);
    QCOMPARE(order.value(u"orderId"_s).toString(), m_sandbox.server->orders().constFirst().orderId);
    QCOMPARE(order.value(u"accessKeyId"_s).toString(), kCn);
    QCOMPARE(order.value(u"price"_s).toString(), u"8000.00"_s);
    QCOMPARE(order.value(u"instanceStatus"_s).toString(), u"PENDING"_s);
    QCOMPARE(order.value(u"order"_s).toObject().value(u"instanceName"_s).toString(), u"listed"_s);

    reply = m_sandbox.client->raw("GET", "/__admin/balances");
    QCOMPARE(reply.json.value(u"balances"_s).toObject().value(kCn).toString(), u"992000.00"_s);
    QCOMPARE(reply.json.value(u"currency"_s).toString(), u"CNY"_s);

    reply = m_sandbox.client->raw("GET", "/__admin/nothing");
    QCOMPARE(reply.status, 404);
    reply = m_sandbox.client->raw("POST", "/__admin/orders", "{}");
    QCOMPARE(reply.status, 405);
}

void TestSandboxFaults::adminRoutesIgnoreFaults()
{
    SandboxFaults faults;
    faults.dropNextConnections = 5;
    faults.failNextUnavailable = 5;
    m_sandbox.server->setFaults(faults);
    QCOMPARE(m_sandbox.client->raw("GET", "/__admin/faults").status, 200);
    QCOMPARE(m_sandbox.client->raw("POST", "/__admin/faults", R"({"dropNextConnections": 0, "failNextUnavailable": 0})")
                 .status,
             200);
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).code(), u"200"_s);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
