// Two processes, one account: two SandboxServer instances (each standing for one process of the
// app) on one state file. Every order and every charge lands in the file, each server answers for
// the other's orders, a ClientToken replayed on the other server is the same order charged once,
// and a lock left behind by a crashed process is taken over.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using acrp::sandbox::SandboxConfig;
using acrp::sandbox::SandboxServer;

namespace {

const QString kCn = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);
const QString kAcr = u"2018-12-01"_s;

} // namespace

class TestSandboxShared : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void concurrentBuyersLoseNothing();
    void clientTokenReplayedOnTheOtherServer();
    void nameTakenOnTheOtherServer();
    void resetOnTheOtherServerIsSeen();
    void staleLockIsTakenOver();

private:
    SandboxConfig config() const;
    // Sends every request at once (all in flight together) and waits for every answer.
    static QList<QJsonObject> sendAll(const QList<std::pair<SandboxTestClient*, acrp::SignedRequest>>& requests);

    TempStateFile m_state;
};

void TestSandboxShared::init()
{
    QVERIFY(m_state.reset());
}

SandboxConfig TestSandboxShared::config() const
{
    SandboxConfig config;
    config.statePath = m_state.path();
    config.balance = u"20000.00"_s; // stated here, so the figures below do not follow the default
    return config;
}

QList<QJsonObject> TestSandboxShared::sendAll(const QList<std::pair<SandboxTestClient*, acrp::SignedRequest>>& requests)
{
    QList<QNetworkReply*> replies;
    for (const auto& [client, request] : requests) {
        QNetworkRequest networkRequest(QUrl::fromEncoded(request.url, QUrl::StrictMode));
        for (const auto& [name, value] : request.headers)
            networkRequest.setRawHeader(name, value);
        replies.append(client->network().sendCustomRequest(networkRequest, request.method, request.body));
    }
    QList<QJsonObject> answers;
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
        answers.append(QJsonDocument::fromJson(reply->readAll()).object());
        reply->deleteLater();
    }
    return answers;
}

void TestSandboxShared::concurrentBuyersLoseNothing()
{
    SandboxServer first(config());
    SandboxServer second(config());
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    QVERIFY2(second.listen(), qPrintable(second.errorString()));
    SandboxTestClient firstClient(first.baseUrl());
    SandboxTestClient secondClient(second.baseUrl());

    // Five Basic one-month orders (800.00 each) per server, interleaved and all in flight at once.
    constexpr int kPerServer = 5;
    QList<std::pair<SandboxTestClient*, acrp::SignedRequest>> requests;
    for (int i = 0; i < kPerServer; ++i) {
        for (SandboxTestClient* client : {&firstClient, &secondClient}) {
            const QString name = u"shared-%1-%2"_s.arg(client == &firstClient ? u"a"_s : u"b"_s).arg(i);
            requests.append(
                {client,
                 client->sign(u"CreateInstance"_s,
                              createParameters(name, name + u"-token"_s, u"Basic"_s, u"cn-shanghai"_s, 1))});
        }
    }
    const QList<QJsonObject> answers = sendAll(requests);
    QStringList orderIds;
    QStringList instanceIds;
    for (const QJsonObject& answer : answers) {
        QCOMPARE(answer.value(u"Code"_s).toString(), u"Success"_s);
        orderIds.append(answer.value(u"Data"_s).toObject().value(u"OrderId"_s).toString());
        instanceIds.append(answer.value(u"Data"_s).toObject().value(u"InstanceId"_s).toString());
    }

    // The file holds every order and every charge: 20000.00 - 10 x 800.00.
    const QJsonObject state = QJsonDocument::fromJson([this] {
                                  QFile file(m_state.path());
                                  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                              }())
                                  .object();
    QCOMPARE(state.value(u"orders"_s).toArray().size(), 2 * kPerServer);
    QStringList savedIds;
    for (const QJsonValue& order : state.value(u"orders"_s).toArray())
        savedIds.append(order.toObject().value(u"orderId"_s).toString());
    savedIds.sort();
    QStringList answeredIds = orderIds;
    answeredIds.sort();
    QCOMPARE(savedIds, answeredIds); // each server wrote the other's orders too, none twice
    QCOMPARE(state.value(u"balances"_s).toObject().value(kCn).toString(), u"12000.00"_s);
    // A third process starting now agrees.
    SandboxServer third(config());
    QVERIFY(third.listen());
    QCOMPARE(third.orders().size(), 2 * kPerServer);
    QCOMPARE(third.balance(kCn), u"12000.00"_s);

    // Both servers answer for every order, whichever sold it.
    for (SandboxServer* server : {&first, &second}) {
        QCOMPARE(server->orders().size(), 2 * kPerServer);
        QCOMPARE(server->balance(kCn), u"12000.00"_s);
    }
    for (SandboxTestClient* client : {&firstClient, &secondClient}) {
        QCOMPARE(client->call(u"QueryAccountBalance"_s).data().value(u"AvailableAmount"_s).toString(), u"12000.00"_s);
        for (qsizetype i = 0; i < orderIds.size(); ++i) {
            const SandboxReply detail = client->call(u"GetOrderDetail"_s, {{u"OrderId"_s, orderIds.at(i)}});
            QVERIFY2(detail.code() == u"Success"_s, detail.body.constData());
            const SandboxReply instance = client->call(u"GetInstance"_s, {{u"InstanceId"_s, instanceIds.at(i)}}, kAcr);
            QVERIFY2(instance.json.value(u"InstanceId"_s).toString() == instanceIds.at(i), instance.body.constData());
        }
    }
}

void TestSandboxShared::clientTokenReplayedOnTheOtherServer()
{
    SandboxServer first(config());
    SandboxServer second(config());
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    SandboxTestClient firstClient(first.baseUrl());
    SandboxTestClient secondClient(second.baseUrl());
    const acrp::ParameterList parameters
        = createParameters(u"replayed"_s, u"replay-token"_s, u"Basic"_s, u"cn-shanghai"_s, 1);

    const SandboxReply bought = firstClient.call(u"CreateInstance"_s, parameters);
    QCOMPARE(bought.code(), u"Success"_s);
    const SandboxReply replayed = secondClient.call(u"CreateInstance"_s, parameters);
    QCOMPARE(replayed.code(), u"Success"_s);
    QCOMPARE(replayed.data().value(u"InstanceId"_s), bought.data().value(u"InstanceId"_s));
    QCOMPARE(replayed.data().value(u"OrderId"_s), bought.data().value(u"OrderId"_s));
    // The same token with another order is refused there too.
    QCOMPARE(secondClient
                 .call(u"CreateInstance"_s,
                       createParameters(u"replayed"_s, u"replay-token"_s, u"Basic"_s, u"cn-shanghai"_s, 2))
                 .code(),
             u"IdempotentParameterMismatch"_s);
    // Charged once, one order, seen alike by both.
    for (SandboxServer* server : {&first, &second}) {
        QCOMPARE(server->orders().size(), 1);
        QCOMPARE(server->balance(kCn), u"19200.00"_s);
    }
}

void TestSandboxShared::nameTakenOnTheOtherServer()
{
    SandboxServer first(config());
    SandboxServer second(config());
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    SandboxTestClient firstClient(first.baseUrl());
    SandboxTestClient secondClient(second.baseUrl());
    QCOMPARE(
        secondClient.call(u"CreateInstance"_s, createParameters(u"before"_s, u"t0"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
            .code(),
        u"Success"_s);

    // Sold by the first server after the second read the file: the second reloads it and knows.
    QCOMPARE(
        firstClient.call(u"CreateInstance"_s, createParameters(u"taken"_s, u"t1"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
            .code(),
        u"Success"_s);
    QCOMPARE(
        secondClient.call(u"CreateInstance"_s, createParameters(u"taken"_s, u"t2"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
            .code(),
        u"InstanceNameDuplicated"_s);
    // Its own earlier order is still known after the reload; the name is free in another region.
    QCOMPARE(
        secondClient.call(u"CreateInstance"_s, createParameters(u"before"_s, u"t3"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
            .code(),
        u"InstanceNameDuplicated"_s);
    QCOMPARE(
        secondClient.call(u"CreateInstance"_s, createParameters(u"taken"_s, u"t4"_s, u"Basic"_s, u"cn-beijing"_s, 1))
            .code(),
        u"Success"_s);
    QCOMPARE(first.orders().size(), 3);
}

void TestSandboxShared::resetOnTheOtherServerIsSeen()
{
    SandboxServer first(config());
    SandboxServer second(config());
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    SandboxTestClient firstClient(first.baseUrl());
    SandboxTestClient secondClient(second.baseUrl());
    const acrp::ParameterList parameters
        = createParameters(u"again"_s, u"again-token"_s, u"Basic"_s, u"cn-shanghai"_s, 1);
    const SandboxReply bought = secondClient.call(u"CreateInstance"_s, parameters);
    QCOMPARE(bought.code(), u"Success"_s);
    QCOMPARE(firstClient.call(u"CreateInstance"_s, parameters).data().value(u"InstanceId"_s),
             bought.data().value(u"InstanceId"_s));

    // After a reset by the first server, the second forgets the token, the name and the ids.
    QString error;
    QVERIFY2(first.reset(&error), qPrintable(error));
    const SandboxReply fresh = secondClient.call(u"CreateInstance"_s, parameters);
    QCOMPARE(fresh.code(), u"Success"_s);
    QVERIFY(fresh.data().value(u"InstanceId"_s) != bought.data().value(u"InstanceId"_s));
    QCOMPARE(
        secondClient.call(u"GetOrderDetail"_s, {{u"OrderId"_s, bought.data().value(u"OrderId"_s).toString()}}).code(),
        u"NotFound.Order"_s);
    QCOMPARE(second.orders().size(), 1);
    QCOMPARE(second.balance(kCn), u"19200.00"_s); // charged once since the reset
    // The file holds the new order, not the one from before the reset: a third process agrees.
    SandboxServer third(config());
    QVERIFY(third.listen());
    QCOMPARE(third.orders().size(), 1);
    QCOMPARE(third.orders().constFirst().instanceId, fresh.data().value(u"InstanceId"_s).toString());
}

void TestSandboxShared::staleLockIsTakenOver()
{
    // What a process killed while holding the lock leaves behind: QLockFile's format (PID,
    // application name, host name) with a PID no process has.
    QFile lock(m_state.path() + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nacr-purchase\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();

    SandboxServer server(config());
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(
        client.call(u"CreateInstance"_s, createParameters(u"after-crash"_s, u"t"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
            .code(),
        u"Success"_s);
    QCOMPARE(server.orders().size(), 1);
    QVERIFY(!QFile::exists(m_state.path() + u".lock"_s)); // released after the operation
    SandboxServer restarted(config());
    QVERIFY(restarted.listen());
    QCOMPARE(restarted.balance(kCn), u"19200.00"_s);
}

QTEST_GUILESS_MAIN(TestSandboxShared)
#include "tst_sandboxshared.moc"
