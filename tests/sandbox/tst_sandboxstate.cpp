// --state persistence: orders and balances survive a restart on the same file, the file is written
// atomically and holds no secret, and a file the sandbox cannot use stops it from starting.
#include "SandboxTestClient.h"
#include "TestSupport.h"
#include "core/order/OrderFile.h"
#include "sandbox/SandboxLedger.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using acrp::sandbox::SandboxConfig;
using acrp::sandbox::SandboxServer;

namespace {

const QString kCn = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);
const QString kIntl = QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl);

} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void ordersAndBalancesSurviveARestart();
    void idempotenceSurvivesARestart();
    void stateFileFollowsResetAndNewOrders();
    void memoryOnlyWithoutAStateFile();
    void unwritableStateFileIsReported();
    void readsAVersion1File();
    void renewalsAndSeedsSurviveARestart();
    void unusableStateFile_data();
    void unusableStateFile();
    void badConfiguration_data();
    void badConfiguration();

private:
    TempStateFile m_state;
};

void TestSandboxState::init()
{
    QVERIFY(m_state.reset());
}

void TestSandboxState::ordersAndBalancesSurviveARestart()
{
    SandboxConfig config;
    config.statePath = m_state.path();
    QList<acrp::sandbox::SandboxOrder> before;
    {
        SandboxServer server(config);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        SandboxTestClient client(server.baseUrl());
        QCOMPARE(client
                     .call(u"CreateInstance"_s,
                           createParameters(u"kept"_s, u"keep-token"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
                     .code(),
                 u"Success"_s);
        before = server.orders();
        QCOMPARE(server.balance(kCn), u"999200.00"_s);
    }
    const QByteArray saved = acrp::test::readFile(m_state.path()).value_or(QByteArray());
    QVERIFY(!saved.isEmpty());
    QVERIFY(!saved.contains("sandbox-demo-secret")); // ids only, never a secret
    QCOMPARE(QJsonDocument::fromJson(saved).object().value(u"format"_s).toString(), u"acr-bss-sandbox/state"_s);
    // Written whole through QSaveFile: no temporary file is left beside it.
    QCOMPARE(QDir(m_state.folder()).entryList(QDir::Files), QStringList {u"state.json"_s});

    SandboxServer server(config);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QCOMPARE(server.orders().size(), 1);
    QCOMPARE(server.orders().constFirst().orderId, before.constFirst().orderId);
    QCOMPARE(server.orders().constFirst().instanceId, before.constFirst().instanceId);
    QCOMPARE(server.orders().constFirst().order, before.constFirst().order);
    QCOMPARE(server.orders().constFirst().created, before.constFirst().created);
    QCOMPARE(server.balance(kCn), u"999200.00"_s);
    QCOMPARE(server.balance(kIntl), u"1000000.00"_s);

    // The restarted server answers about the old order, and the name is still taken.
    SandboxTestClient client(server.baseUrl());
    const SandboxReply detail = client.call(u"GetOrderDetail"_s, {{u"OrderId"_s, before.constFirst().orderId}});
    QCOMPARE(detail.code(), u"Success"_s);
    QCOMPARE(client.call(u"CreateInstance"_s, createParameters(u"kept"_s, u"other-token"_s)).code(),
             u"InstanceNameDuplicated"_s);
}

void TestSandboxState::idempotenceSurvivesARestart()
{
    SandboxConfig config;
    config.statePath = m_state.path();
    QString instanceId;
    {
        SandboxServer server(config);
        QVERIFY(server.listen());
        SandboxTestClient client(server.baseUrl());
        instanceId = client.call(u"CreateInstance"_s, createParameters(u"resumed"_s, u"resume-token"_s))
                         .data()
                         .value(u"InstanceId"_s)
                         .toString();
    }
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const SandboxReply retry = client.call(u"CreateInstance"_s, createParameters(u"resumed"_s, u"resume-token"_s));
    QCOMPARE(retry.code(), u"Success"_s);
    QCOMPARE(retry.data().value(u"InstanceId"_s).toString(), instanceId);
    QCOMPARE(server.balance(kCn), u"992000.00"_s); // charged once
    QCOMPARE(server.orders().size(), 1);
}

void TestSandboxState::stateFileFollowsResetAndNewOrders()
{
    // The file is always exactly the server's state: after orders, after a reset, after a restart.
    SandboxConfig config;
    config.statePath = m_state.path();
    const auto fileOrders = [this] {
        const QByteArray saved = acrp::test::readFile(m_state.path()).value_or(QByteArray());
        return QJsonDocument::fromJson(saved).object().value(u"orders"_s).toArray();
    };
    const auto sameAsServer = [&fileOrders](const SandboxServer& server) {
        const QJsonArray saved = fileOrders();
        const QList<acrp::sandbox::SandboxOrder> orders = server.orders();
        if (saved.size() != orders.size())
            return false;
        for (qsizetype i = 0; i < orders.size(); ++i) {
            if (saved.at(i).toObject() != acrp::sandbox::SandboxLedger::orderToJson(orders.at(i)))
                return false;
        }
        return true;
    };
    const auto buy = [](SandboxTestClient& client, const QString& name) {
        return client
            .call(u"CreateInstance"_s, createParameters(name, name + u"-token"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
            .code();
    };
    {
        SandboxServer server(config);
        QVERIFY(server.listen());
        SandboxTestClient client(server.baseUrl());
        QCOMPARE(buy(client, u"first"_s), u"Success"_s);
        QCOMPARE(buy(client, u"second"_s), u"Success"_s);
        QCOMPARE(fileOrders().size(), 2);
        QVERIFY(sameAsServer(server));
        QString error;
        QVERIFY2(server.reset(&error), qPrintable(error));
        QCOMPARE(fileOrders().size(), 0);
        QCOMPARE(buy(client, u"third"_s), u"Success"_s);
        QCOMPARE(fileOrders().size(), 1);
        QCOMPARE(fileOrders().at(0).toObject().value(u"order"_s).toObject().value(u"instanceName"_s).toString(),
                 u"third"_s);
        QVERIFY(sameAsServer(server));
    }
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(server.orders().size(), 1);
    QCOMPARE(buy(client, u"fourth"_s), u"Success"_s);
    QCOMPARE(fileOrders().size(), 2);
    QVERIFY(sameAsServer(server));
    QCOMPARE(server.balance(kCn), u"998400.00"_s); // two Basic one-month orders since the reset
}

void TestSandboxState::memoryOnlyWithoutAStateFile()
{
    {
        SandboxServer server;
        QVERIFY(server.listen());
        SandboxTestClient client(server.baseUrl());
        QCOMPARE(client.call(u"CreateInstance"_s, createParameters(u"gone"_s, u"t"_s)).code(), u"Success"_s);
    }
    SandboxServer server;
    QVERIFY(server.listen());
    QVERIFY(server.orders().isEmpty());
    QCOMPARE(server.balance(kCn), u"1000000.00"_s);
    QVERIFY(QDir(m_state.folder()).isEmpty());
}

void TestSandboxState::unwritableStateFileIsReported()
{
    // The sale still happens (as it would on the real service); the failure to persist it is
    // reported on stderr.
    SandboxConfig config;
    config.statePath = m_state.filePath(u"missing-folder/state.json"_s);
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^acr-bss-sandbox: Cannot write the state file .*"_s));
    QCOMPARE(client.call(u"CreateInstance"_s, createParameters(u"unsaved"_s, u"t"_s)).code(), u"Success"_s);
    QCOMPARE(server.orders().size(), 1);
}

void TestSandboxState::readsAVersion1File()
{
    // As version 1 wrote it: New orders of CreateInstance only, no "instances".
    acrp::OrderSpec spec;
    spec.instanceName = u"from-version-one"_s;
    spec.region = u"cn-shanghai"_s;
    spec.periodMonths = 3;
    const QJsonObject order {
        {u"clientToken"_s, u"v1-token"_s},
        {u"orderId"_s, u"212345678901234"_s},
        {u"instanceId"_s, u"cri-version1version1"_s},
        {u"accessKeyId"_s, kCn},
        {u"price"_s, u"2400.00"_s},
        {u"created"_s, u"2026-01-31T10:00:00.000Z"_s},
        {u"order"_s, acrp::OrderFile::orderToJson(spec)},
    };
    const QJsonObject version1 {
        {u"format"_s, u"acr-bss-sandbox/state"_s},
        {u"version"_s, 1},
        {u"balances"_s, QJsonObject {{kCn, u"997600.00"_s}}},
        {u"orders"_s, QJsonArray {order}},
    };
    QVERIFY(acrp::test::writeFile(m_state.path(), QJsonDocument(version1).toJson()));
    SandboxConfig config;
    config.statePath = m_state.path();
    // The business clock on 2026-03-01, before its end (2026-04-30) whatever today is.
    config.clockOffsetDays = QDateTime::currentDateTimeUtc().daysTo(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    SandboxServer server(config);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    SandboxTestClient client(server.baseUrl());
    const QJsonObject listed
        = client.call(u"QueryAvailableInstances"_s).data().value(u"InstanceList"_s).toArray().at(0).toObject();
    QCOMPARE(listed.value(u"InstanceID"_s).toString(), u"cri-version1version1"_s);
    QCOMPARE(listed.value(u"EndTime"_s).toString(), u"2026-04-30T10:00:00Z"_s); // created + 3 months
    QCOMPARE(listed.value(u"Status"_s).toString(), u"Normal"_s);
    const QJsonObject detail = client.call(u"GetOrderDetail"_s, {{u"OrderId"_s, u"212345678901234"_s}})
                                   .data()
                                   .value(u"OrderList"_s)
                                   .toObject()
                                   .value(u"Order"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(detail.value(u"OrderType"_s).toString(), u"New"_s);
    QCOMPARE(detail.value(u"UsageEndTime"_s).toString(), u"2026-04-30T10:00:00Z"_s);
    // The old token still replays; the first change writes version 2.
    QCOMPARE(client
                 .call(u"RenewInstance"_s,
                       {{u"ProductCode"_s, u"acr"_s},
                        {u"InstanceId"_s, u"cri-version1version1"_s},
                        {u"RenewPeriod"_s, u"1"_s},
                        {u"ClientToken"_s, u"v1-renewal"_s}})
                 .code(),
             u"Success"_s);
    const QJsonObject saved
        = QJsonDocument::fromJson(acrp::test::readFile(m_state.path()).value_or(QByteArray())).object();
    QCOMPARE(saved.value(u"version"_s).toInt(), 2);
    QCOMPARE(saved.value(u"orders"_s).toArray().size(), 2);
    QCOMPARE(saved.value(u"orders"_s).toArray().at(1).toObject().value(u"type"_s).toString(), u"Renew"_s);
    QCOMPARE(server.balance(kCn), u"996800.00"_s);
}

void TestSandboxState::renewalsAndSeedsSurviveARestart()
{
    SandboxConfig config;
    config.statePath = m_state.path();
    config.provisioningSeconds = 0;
    const QJsonObject seed {{u"accessKeyId"_s, kCn},    {u"name"_s, u"kept-seed"_s},
                            {u"edition"_s, u"Basic"_s}, {u"region"_s, u"cn-shanghai"_s},
                            {u"endsInDays"_s, 5},       {u"instanceIssue"_s, u"OSS_BUCKET_ALREADY_EXISTS"_s}};
    const acrp::ParameterList renew {{u"ProductCode"_s, u"acr"_s},
                                     {u"InstanceId"_s, QString()},
                                     {u"RenewPeriod"_s, u"2"_s},
                                     {u"ClientToken"_s, u"kept-renewal"_s}};
    QString instanceId, orderId, endTime;
    {
        SandboxServer server(config);
        QVERIFY(server.listen());
        QString error;
        QList<acrp::sandbox::SandboxInstance> seeded;
        QVERIFY2(server.seedInstances(QJsonArray {seed}, &error, &seeded), qPrintable(error));
        instanceId = seeded.constFirst().instanceId;
        SandboxTestClient client(server.baseUrl());
        const SandboxReply renewed = client.call(u"RenewInstance"_s, withParameter(renew, u"InstanceId"_s, instanceId));
        QCOMPARE(renewed.code(), u"Success"_s);
        orderId = renewed.data().value(u"OrderId"_s).toString();
        endTime = client.call(u"QueryAvailableInstances"_s)
                      .data()
                      .value(u"InstanceList"_s)
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(u"EndTime"_s)
                      .toString();
        QCOMPARE(server.balance(kCn), u"998400.00"_s);
    }
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const SandboxReply again = client.call(u"RenewInstance"_s, withParameter(renew, u"InstanceId"_s, instanceId));
    QCOMPARE(again.code(), u"Success"_s);
    QCOMPARE(again.data().value(u"OrderId"_s).toString(), orderId);
    QCOMPARE(server.balance(kCn), u"998400.00"_s); // charged once
    const QJsonObject listed
        = client.call(u"QueryAvailableInstances"_s).data().value(u"InstanceList"_s).toArray().at(0).toObject();
    QCOMPARE(listed.value(u"EndTime"_s).toString(), endTime); // extended once
    QCOMPARE(client.call(u"GetInstance"_s, {{u"InstanceId"_s, instanceId}}, u"2018-12-01"_s)
                 .json.value(u"InstanceIssue"_s)
                 .toString(),
             u"OSS_BUCKET_ALREADY_EXISTS"_s);
    // Seeding the same again after the restart keeps the one there.
    QString error;
    QVERIFY(server.seedInstances(QJsonArray {seed}, &error));
    QCOMPARE(server.instances().size(), 1);
    QCOMPARE(server.orders().size(), 1);
}

void TestSandboxState::unusableStateFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{ half") << u""_s;
    QTest::newRow("other format") << QByteArray(R"({"format": "something", "version": 1})")
                                  << u"\"format\" must be \"acr-bss-sandbox/state\"."_s;
    QTest::newRow("newer version") << QByteArray(R"({"format": "acr-bss-sandbox/state", "version": 3})")
                                   << u"\"version\" must be 1 or 2."_s;
    QTest::newRow("instance without id") << QByteArray(
        R"({"format": "acr-bss-sandbox/state", "version": 2, "instances": [{"accessKeyId": "SandboxDemoKeyCN"}]})")
                                         << u"instances[0] lacks instanceId, accessKeyId, created, endTime or "
                                            "renewStatus."_s;
    QTest::newRow("bad balance") << QByteArray(
        R"({"format": "acr-bss-sandbox/state", "version": 1, "balances": {"SandboxDemoKeyCN": "lots"}})")
                                 << u"the balance of SandboxDemoKeyCN is not an amount (\"lots\")."_s;
    QTest::newRow("order without id") << QByteArray(
        R"({"format": "acr-bss-sandbox/state", "version": 1, "orders": [{"price": "1.00"}]})")
                                      << u"orders[0] lacks orderId, instanceId, accessKeyId, price or created."_s;
}

void TestSandboxState::unusableStateFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QVERIFY(acrp::test::writeFile(m_state.path(), content));
    SandboxConfig config;
    config.statePath = m_state.path();
    SandboxServer server(config);
    QVERIFY(!server.listen());
    QVERIFY2(server.errorString().startsWith(u"The state file %1 is not usable: "_s.arg(m_state.path())),
             qPrintable(server.errorString()));
    if (!reason.isEmpty())
        QCOMPARE(server.errorString(), u"The state file %1 is not usable: %2"_s.arg(m_state.path(), reason));
    QCOMPARE(acrp::test::readFile(m_state.path()), std::optional(content)); // left alone
}

void TestSandboxState::badConfiguration_data()
{
    QTest::addColumn<QString>("balance");
    QTest::addColumn<int>("provisioningSeconds");
    QTest::addColumn<QString>("error");
    QTest::newRow("balance text") << u"plenty"_s << 6 << u"The balance \"plenty\" is not an amount such as 10000.00."_s;
    QTest::newRow("three decimals") << u"1.005"_s << 6 << u"The balance \"1.005\" is not an amount such as 10000.00."_s;
    QTest::newRow("negative balance") << u"-5"_s << 6 << u"The balance \"-5\" is not an amount such as 10000.00."_s;
    QTest::newRow("negative provisioning") << u"10.00"_s << -1 << u"The provisioning time must be 0 seconds or more."_s;
}

void TestSandboxState::badConfiguration()
{
    QFETCH(QString, balance);
    QFETCH(int, provisioningSeconds);
    QFETCH(QString, error);
    SandboxConfig config;
    config.balance = balance;
    config.provisioningSeconds = provisioningSeconds;
    SandboxServer server(config);
    QVERIFY(!server.listen());
    QCOMPARE(server.errorString(), error);
    QVERIFY(!server.isListening());
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
