// The client's read-only calls against the in-process sandbox: the answer shapes the sandbox takes
// from the official SDK models parse into the typed results.
#include "core/api/BssClient.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using acrp::BssCall;
using acrp::BssClient;

class TestBssReads : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void balance();
    void buyThenReadBack_data();
    void buyThenReadBack();
    void pricing();
    void unknownOrderIsRejected();

private:
    BssCall* wait(BssCall* call);
    acrp::OrderSpec order() const;

    acrp::sandbox::SandboxServer* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    BssClient* m_client = nullptr;
};

void TestBssReads::init()
{
    m_sandbox = new acrp::sandbox::SandboxServer({}, this);
    QVERIFY(m_sandbox->listen(0));
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_client = new BssClient(m_network, this);
    m_client->setEndpoint(acrp::Endpoint::sandbox(m_sandbox->baseUrl()));
    m_client->setCredentials({QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina),
                              QString::fromLatin1(acrp::sandbox::kDemoSecretChina),
                              {}});
}

void TestBssReads::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_sandbox;
}

BssCall* TestBssReads::wait(BssCall* call)
{
    QSignalSpy finished(call, &BssCall::finished);
    if (!call->isFinished() && !finished.wait(20000))
        qWarning("no answer");
    return call;
}

acrp::OrderSpec TestBssReads::order() const
{
    acrp::OrderSpec spec;
    spec.edition = QStringLiteral("Basic");
    spec.instanceName = QStringLiteral("reads");
    spec.region = QStringLiteral("cn-hangzhou");
    spec.periodMonths = 1;
    return spec;
}

void TestBssReads::balance()
{
    BssCall* call = wait(m_client->queryAccountBalance());
    QVERIFY2(call->succeeded(), call->error() ? qPrintable(call->error()->message) : "");
    const auto balance = call->resultAs<acrp::AccountBalance>();
    QCOMPARE(balance.availableAmount, m_sandbox->balance(m_client->accessKeyId()));
    QCOMPARE(balance.currency, m_sandbox->currency());
    QVERIFY(!balance.requestId.isEmpty());
}

void TestBssReads::buyThenReadBack_data()
{
    QTest::addColumn<acrp::SignatureVersion>("version");
    QTest::newRow("v1") << acrp::SignatureVersion::V1;
    QTest::newRow("v3") << acrp::SignatureVersion::V3;
}

void TestBssReads::buyThenReadBack()
{
    QFETCH(acrp::SignatureVersion, version);
    m_client->setSignatureVersion(version);
    BssCall* create = wait(m_client->createInstance(order(), QStringLiteral("reads-token-1")));
    QVERIFY(create->succeeded());
    const auto bought = create->resultAs<acrp::CreateInstanceResult>();

    BssCall* detail = wait(m_client->getOrderDetail(bought.orderId));
    QVERIFY2(detail->succeeded(), detail->error() ? qPrintable(detail->error()->message) : "");
    const auto orderDetail = detail->resultAs<acrp::OrderDetail>();
    QCOMPARE(orderDetail.orderId, bought.orderId);
    QCOMPARE(orderDetail.paymentStatus, QStringLiteral("Paid"));
    QCOMPARE(orderDetail.instanceIds, QStringList {bought.instanceId});

    BssCall* instance = wait(m_client->getInstance(QStringLiteral("cn-hangzhou"), bought.instanceId));
    QVERIFY2(instance->succeeded(), instance->error() ? qPrintable(instance->error()->message) : "");
    const auto info = instance->resultAs<acrp::InstanceInfo>();
    QCOMPARE(info.instanceId, bought.instanceId);
    QCOMPARE(info.instanceStatus, m_sandbox->instanceStatus(bought.instanceId));
    QCOMPARE(info.instanceName, QStringLiteral("reads"));
}

void TestBssReads::pricing()
{
    BssCall* modules = wait(m_client->describePricingModule(acrp::Site::China));
    QVERIFY2(modules->succeeded(), modules->error() ? qPrintable(modules->error()->message) : "");
    QStringList codes;
    for (const auto& module : modules->resultAs<acrp::PricingModules>().modules)
        codes.append(module.moduleCode);
    QVERIFY2(codes.contains(QStringLiteral("InstanceType")), qPrintable(codes.join(u',')));

    BssCall* price = wait(m_client->getSubscriptionPrice(order()));
    QVERIFY2(price->succeeded(), price->error() ? qPrintable(price->error()->message) : "");
    const auto quote = price->resultAs<acrp::SubscriptionPrice>();
    QCOMPARE(quote.currency, m_sandbox->currency());
    QCOMPARE(quote.tradePrice.toDouble(), 800.0); // the sandbox's illustrative Basic month
}

void TestBssReads::unknownOrderIsRejected()
{
    BssCall* detail = wait(m_client->getOrderDetail(QStringLiteral("1")));
    QVERIFY(!detail->succeeded());
    QCOMPARE(detail->error()->code, QStringLiteral("NotFound.Order"));
    QCOMPARE(detail->error()->kind, acrp::ApiError::Kind::Rejected);
    QCOMPARE(detail->attempts(), 1);
}

QTEST_GUILESS_MAIN(TestBssReads)
#include "tst_bssreads.moc"
