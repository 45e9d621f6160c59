// The operations of the sandbox: CreateInstance (validation, site rules, balance, idempotence),
// QueryAccountBalance, GetOrderDetail, QueryOrders, DescribePricingModule, GetSubscriptionPrice and
// ACR GetInstance.
#include "SandboxTestClient.h"
#include "TestSupport.h"
#include "core/order/Validator.h"
#include "sandbox/PriceTable.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using acrp::ParameterList;
using acrp::SignatureVersion;
using acrp::sandbox::SandboxConfig;
using acrp::sandbox::SandboxFaults;
using acrp::sandbox::SandboxOrder;
using acrp::sandbox::SandboxServer;

namespace {

const QString kCn = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);
const QString kIntl = QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl);
const QString kAcr = u"2018-12-01"_s;

acrp::Credentials intlCredentials()
{
    return {kIntl, QString::fromLatin1(acrp::sandbox::kDemoSecretIntl), {}};
}

QString missing(const QString& name)
{
    return u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s.arg(name);
}

QString invalid(const QString& name)
{
    return u"The specified parameter \"%1\" is not valid."_s.arg(name);
}

// Module `n` of a GetSubscriptionPrice request: its code and its configuration `code:value`.
ParameterList priceModule(int n, const QString& code, const QString& value)
{
    return {{u"ModuleList.%1.ModuleCode"_s.arg(n), code}, {u"ModuleList.%1.Config"_s.arg(n), code + u':' + value}};
}

// GetSubscriptionPrice of a new order for `quantity` `unit`s of `modules`.
ParameterList priceParameters(int quantity, const QString& unit, const ParameterList& modules)
{
    return ParameterList {{u"ProductCode"_s, u"acr"_s},
                          {u"SubscriptionType"_s, u"Subscription"_s},
                          {u"OrderType"_s, u"NewOrder"_s},
                          {u"ServicePeriodQuantity"_s, QString::number(quantity)},
                          {u"ServicePeriodUnit"_s, unit}}
    + modules;
}

QStringList values(const QJsonArray& array, const QString& key)
{
    return acrp::test::each(array, [&](const QJsonValue& value) { return value.toObject().value(key).toString(); });
}

// The three figures of a GetSubscriptionPrice answer.
struct Price
{
    double original;
    double discount;
    double trade;
};

} // namespace

Q_DECLARE_METATYPE(Price)

class TestSandboxOrders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createInstanceChargesTheBalance();
    void createInstanceWithV3();
    void productTypeDefaultsToTheCallersSite();
    void invalidOrders_data();
    void invalidOrders();
    void otherSiteIsNotApplicable();
    void editionNotSoldOnTheSite();
    void nameTakenInTheRegion();
    void insufficientBalance();
    void sameClientTokenReturnsTheFirstResult();
    void sameClientTokenDifferentParameters();
    void clientTokensArePerKey();
    void withoutClientTokenEveryRequestBuys();
    void queryAccountBalance();
    void moneyAmounts_data();
    void moneyAmounts();
    void getOrderDetail();
    void queryOrdersPages();
    void queryOrdersBadInput_data();
    void queryOrdersBadInput();
    void describePricingModule();
    void describePricingModuleErrors_data();
    void describePricingModuleErrors();
    void subscriptionPrice_data();
    void subscriptionPrice();
    void subscriptionPriceMatchesTheCharge();
    void subscriptionPriceErrors_data();
    void subscriptionPriceErrors();
    void getInstanceProvisioning();
    void getInstanceRunsInRealTime();
    void getInstanceErrors();

private:
    // CreateInstance with `parameters`, signed by the current credentials.
    SandboxReply create(const ParameterList& parameters);
    SandboxReply buy(const QString& name, const QString& token, const QString& edition = u"Basic"_s, int period = 12);

    SandboxFixture m_sandbox;
};

void TestSandboxOrders::init()
{
    SandboxConfig config;
    config.balance = u"1000000.00"_s;
    config.provisioningSeconds = 600;
    QVERIFY2(m_sandbox.start(config), qPrintable(m_sandbox.server->errorString()));
}

void TestSandboxOrders::cleanup()
{
    m_sandbox.stop();
}

SandboxReply TestSandboxOrders::create(const ParameterList& parameters)
{
    return m_sandbox.client->call(u"CreateInstance"_s, parameters);
}

SandboxReply TestSandboxOrders::buy(const QString& name, const QString& token, const QString& edition, int period)
{
    return create(createParameters(name, token, edition, u"cn-shanghai"_s, period));
}

void TestSandboxOrders::createInstanceChargesTheBalance()
{
    QSignalSpy created(m_sandbox.server.get(), &SandboxServer::orderCreated);
    const SandboxReply reply = buy(u"my-registry"_s, u"token-1"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.code(), u"Success"_s);
    QCOMPARE(reply.message(), u"Successful!"_s);
    QCOMPARE(reply.json.value(u"Success"_s).toBool(), true);
    const QString instanceId = reply.data().value(u"InstanceId"_s).toString();
    const QString orderId = reply.data().value(u"OrderId"_s).toString();
    QVERIFY2(QRegularExpression(u"^cri-[a-z0-9]{16}$"_s).match(instanceId).hasMatch(), qPrintable(instanceId));
    QVERIFY2(QRegularExpression(u"^[0-9]{15}$"_s).match(orderId).hasMatch(), qPrintable(orderId));

    // Basic for 12 months: 800.00 a month, a year pays 10 months.
    QCOMPARE(m_sandbox.server->balance(kCn), u"992000.00"_s);
    QCOMPARE(m_sandbox.server->balance(kIntl), u"1000000.00"_s);
    QCOMPARE(created.count(), 1);
    const auto order = created.at(0).at(0).value<SandboxOrder>();
    QCOMPARE(order.instanceId, instanceId);
    QCOMPARE(order.orderId, orderId);
    QCOMPARE(order.clientToken, u"token-1"_s);
    QCOMPARE(order.accessKeyId, kCn);
    QCOMPARE(order.price, u"8000.00"_s);
    QCOMPARE(order.order.instanceName, u"my-registry"_s);
    QCOMPARE(order.order.region, u"cn-shanghai"_s);
    QCOMPARE(order.order.site, acrp::Site::China);
    QCOMPARE(m_sandbox.server->orders().size(), 1);
    QCOMPARE(m_sandbox.server->createInstanceRequests(), 1);
}

void TestSandboxOrders::createInstanceWithV3()
{
    m_sandbox.client->signatureVersion = SignatureVersion::V3;
    ParameterList parameters = createParameters(u"v3-registry"_s, u"token-v3"_s, u"Advanced"_s);
    parameters = withParameter(parameters, u"Parameter.5.Code"_s, u"NamespaceQuota"_s);
    parameters = withParameter(parameters, u"Parameter.5.Value"_s, u"10"_s);
    parameters = withParameter(parameters, u"Parameter.6.Code"_s, u"image_scanner"_s);
    parameters = withParameter(parameters, u"Parameter.6.Value"_s, u"SAS"_s);
    parameters = withParameter(parameters, u"Period"_s, u"1"_s);
    const SandboxReply reply = create(parameters);
    QCOMPARE(reply.code(), u"Success"_s);
    // 4000.00 + 10 namespaces at 2.00, one month.
    QCOMPARE(m_sandbox.server->orders().constFirst().price, u"4020.00"_s);
    QCOMPARE(m_sandbox.server->orders().constFirst().order.imageScanner, u"SAS"_s);
    QCOMPARE(m_sandbox.server->orders().constFirst().order.extraNamespaces, 10);
}

void TestSandboxOrders::productTypeDefaultsToTheCallersSite()
{
    const ParameterList parameters = withParameter(createParameters(u"no-type"_s, {}), u"ProductType"_s, QString());
    QCOMPARE(create(parameters).code(), u"Success"_s);
    m_sandbox.client->credentials = intlCredentials();
    QCOMPARE(create(parameters).code(), u"Success"_s);
    QCOMPARE(m_sandbox.server->orders().at(0).order.site, acrp::Site::China);
    QCOMPARE(m_sandbox.server->orders().at(1).order.site, acrp::Site::International);
}

void TestSandboxOrders::invalidOrders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: remove the parameter
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named"); // the parameter the message names
    QTest::addColumn<QString>("detail"); // what follows the standard sentence; null: not checked

    const acrp::Validator validator;
    const QString missingDetail = u""_s;
    QTest::newRow("instance name with capitals")
        << u"Parameter.2.Value"_s << u"Bad_Name"_s << u"InvalidParameter"_s << u"Parameter.2.Value"_s
        << validator.checkInstanceName(u"Bad_Name"_s);
    QTest::newRow("instance name too short") << u"Parameter.2.Value"_s << u"ab"_s << u"InvalidParameter"_s
                                             << u"Parameter.2.Value"_s << validator.checkInstanceName(u"ab"_s);
    QTest::newRow("no InstanceName property") << u"Parameter.2.Code"_s << u"InstanceStorageName"_s
                                              << u"MissingParameter"_s << u"InstanceName"_s << missingDetail;
    QTest::newRow("unknown property code")
        << u"Parameter.4.Code"_s << u"Colour"_s << u"InvalidParameter"_s << u"Parameter.4.Code"_s << QString();
    QTest::newRow("gap in the numbering")
        << u"Parameter.9.Code"_s << u"vpc_num"_s << u"MissingParameter"_s << u"Parameter.5.Code"_s << missingDetail;
    QTest::newRow("bucket flag not boolean")
        << u"Parameter.4.Value"_s << u"yes"_s << u"InvalidParameter"_s << u"Parameter.4.Value"_s << QString();
    QTest::newRow("unknown region") << u"Parameter.3.Value"_s << u"mars-north-1"_s << u"InvalidParameter"_s
                                    << u"Parameter.3.Value"_s << QString();
    QTest::newRow("period not sold") << u"Period"_s << u"10"_s << u"InvalidParameter"_s << u"Period"_s << QString();
    QTest::newRow("period not a number") << u"Period"_s << u"twelve"_s << u"InvalidParameter"_s << u"Period"_s
                                         << QString();
    QTest::newRow("no period") << u"Period"_s << QString() << u"MissingParameter"_s << u"Period"_s << missingDetail;
    QTest::newRow("other product") << u"ProductCode"_s << u"ecs"_s << u"InvalidParameter"_s << u"ProductCode"_s
                                   << QString();
    QTest::newRow("no product code") << u"ProductCode"_s << QString() << u"MissingParameter"_s << u"ProductCode"_s
                                     << missingDetail;
    QTest::newRow("pay as you go") << u"SubscriptionType"_s << u"PayAsYouGo"_s << u"InvalidParameter"_s
                                   << u"SubscriptionType"_s << QString();
    QTest::newRow("no subscription type")
        << u"SubscriptionType"_s << QString() << u"MissingParameter"_s << u"SubscriptionType"_s << missingDetail;
    QTest::newRow("unknown product type")
        << u"ProductType"_s << u"acr_ee_public_mars"_s << u"InvalidParameter"_s << u"ProductType"_s << u""_s;
    QTest::newRow("auto renewal without period")
        << u"RenewalStatus"_s << u"AutoRenewal"_s << u"MissingParameter"_s << u"RenewPeriod"_s << QString();
    QTest::newRow("renewal status unknown")
        << u"RenewalStatus"_s << u"Sometimes"_s << u"InvalidParameter"_s << u"RenewalStatus"_s << QString();
    QTest::newRow("client token too long")
        << u"ClientToken"_s << QString(65, u'a') << u"InvalidParameter"_s << u"ClientToken"_s
        << u"A client token is 1 to 64 printable ASCII characters without spaces."_s;
    QTest::newRow("client token with a space")
        << u"ClientToken"_s << u"two words"_s << u"InvalidParameter"_s << u"ClientToken"_s
        << u"A client token is 1 to 64 printable ASCII characters without spaces."_s;
}

void TestSandboxOrders::invalidOrders()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QFETCH(QString, named);
    QFETCH(QString, detail);
    const ParameterList parameters = withParameter(createParameters(u"good-name"_s, u"tok"_s), name, value);
    const SandboxReply reply = create(parameters);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    const QString sentence = code == u"MissingParameter"_s ? missing(named) : invalid(named);
    if (detail.isNull())
        QVERIFY2(reply.message().startsWith(sentence + u' '), qPrintable(reply.message()));
    else
        QCOMPARE(reply.message(), detail.isEmpty() ? sentence : sentence + u' ' + detail);
    QVERIFY(m_sandbox.server->orders().isEmpty());
    QCOMPARE(m_sandbox.server->balance(kCn), u"1000000.00"_s);
}

void TestSandboxOrders::otherSiteIsNotApplicable()
{
    SandboxReply reply
        = create(createParameters(u"intl-type"_s, u"t"_s, u"Basic"_s, u"cn-shanghai"_s, 12, u"acr_ee_public_intl"_s));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"NotApplicable"_s);
    QCOMPARE(reply.message(), u"This API is not applicable for caller."_s);

    m_sandbox.client->credentials = intlCredentials();
    reply = create(createParameters(u"cn-type"_s, u"t"_s));
    QCOMPARE(reply.code(), u"NotApplicable"_s);
    QVERIFY(m_sandbox.server->orders().isEmpty());
}

void TestSandboxOrders::editionNotSoldOnTheSite()
{
    m_sandbox.client->credentials = intlCredentials();
    const SandboxReply reply = create(
        createParameters(u"std-intl"_s, u"t"_s, u"Standard"_s, u"ap-southeast-1"_s, 12, u"acr_ee_public_intl"_s));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"COMMODITY.INVALID_COMPONENT"_s);
    QCOMPARE(reply.message(),
             u"The value \"Standard\" of the component InstanceType is not sold for the product type "
             "acr_ee_public_intl."_s);
    // The International site sells Advanced.
    QCOMPARE(create(createParameters(u"adv-intl"_s, u"t2"_s, u"Advanced"_s, u"ap-southeast-1"_s, 12,
                                     u"acr_ee_public_intl"_s))
                 .code(),
             u"Success"_s);
}

void TestSandboxOrders::nameTakenInTheRegion()
{
    QCOMPARE(buy(u"shared-name"_s, u"a"_s).code(), u"Success"_s);
    const SandboxReply reply = buy(u"shared-name"_s, u"b"_s);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"InstanceNameDuplicated"_s);
    QCOMPARE(reply.message(), u"An instance named \"shared-name\" already exists in the region cn-shanghai."_s);
    // Another region, or another account, may use the name.
    QCOMPARE(create(createParameters(u"shared-name"_s, u"c"_s, u"Basic"_s, u"cn-beijing"_s)).code(), u"Success"_s);
    m_sandbox.client->credentials = intlCredentials();
    QCOMPARE(
        create(createParameters(u"shared-name"_s, u"d"_s, u"Basic"_s, u"cn-shanghai"_s, 12, u"acr_ee_public_intl"_s))
            .code(),
        u"Success"_s);
    QCOMPARE(m_sandbox.server->orders().size(), 3);
}

void TestSandboxOrders::insufficientBalance()
{
    SandboxConfig config;
    config.balance = u"7999.99"_s;
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const SandboxReply reply = client.call(u"CreateInstance"_s, createParameters(u"too-dear"_s, u"t"_s));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"PAY.INSUFFICIENT_BALANCE"_s);
    QCOMPARE(reply.message(), u"Your account does not have enough balance."_s);
    QCOMPARE(server.balance(kCn), u"7999.99"_s);
    QVERIFY(server.orders().isEmpty());
    // One month (800.00) fits.
    QCOMPARE(client.call(u"CreateInstance"_s, createParameters(u"cheaper"_s, u"t2"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
                 .code(),
             u"Success"_s);
    QCOMPARE(server.balance(kCn), u"7199.99"_s);
}

void TestSandboxOrders::sameClientTokenReturnsTheFirstResult()
{
    QSignalSpy created(m_sandbox.server.get(), &SandboxServer::orderCreated);
    const SandboxReply first = buy(u"idem"_s, u"same-token"_s);
    QCOMPARE(first.code(), u"Success"_s);
    // The retry is a new request (fresh nonce and time), V3 this time: same answer, charged once.
    m_sandbox.client->signatureVersion = SignatureVersion::V3;
    const SandboxReply second = buy(u"idem"_s, u"same-token"_s);
    QCOMPARE(second.code(), u"Success"_s);
    QCOMPARE(second.data(), first.data());
    QVERIFY(second.json.value(u"RequestId"_s) != first.json.value(u"RequestId"_s));
    QCOMPARE(m_sandbox.server->balance(kCn), u"992000.00"_s);
    QCOMPARE(m_sandbox.server->orders().size(), 1);
    QCOMPARE(created.count(), 1);
    QCOMPARE(m_sandbox.server->createInstanceRequests(), 2);
}

void TestSandboxOrders::sameClientTokenDifferentParameters()
{
    QCOMPARE(buy(u"first-name"_s, u"reused"_s).code(), u"Success"_s);
    const SandboxReply reply = buy(u"second-name"_s, u"reused"_s);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"IdempotentParameterMismatch"_s);
    QVERIFY(reply.message().startsWith(u"The request uses the same client token as a previous, but non-identical"_s));
    QCOMPARE(buy(u"first-name"_s, u"reused"_s, u"Basic"_s, 24).code(), u"IdempotentParameterMismatch"_s);
    QCOMPARE(m_sandbox.server->orders().size(), 1);
    QCOMPARE(m_sandbox.server->balance(kCn), u"992000.00"_s);
}

void TestSandboxOrders::clientTokensArePerKey()
{
    QCOMPARE(buy(u"cn-reg"_s, u"token-x"_s).code(), u"Success"_s);
    m_sandbox.client->credentials = intlCredentials();
    const SandboxReply reply = create(
        createParameters(u"intl-reg"_s, u"token-x"_s, u"Basic"_s, u"ap-southeast-1"_s, 12, u"acr_ee_public_intl"_s));
    QCOMPARE(reply.code(), u"Success"_s);
    QCOMPARE(m_sandbox.server->orders().size(), 2);
    QVERIFY(m_sandbox.server->orders().at(0).instanceId != m_sandbox.server->orders().at(1).instanceId);
}

void TestSandboxOrders::withoutClientTokenEveryRequestBuys()
{
    QCOMPARE(buy(u"no-token-1"_s, {}).code(), u"Success"_s);
    QCOMPARE(buy(u"no-token-2"_s, {}).code(), u"Success"_s);
    QCOMPARE(m_sandbox.server->orders().size(), 2);
    QCOMPARE(m_sandbox.server->balance(kCn), u"984000.00"_s);
}

void TestSandboxOrders::queryAccountBalance()
{
    QCOMPARE(buy(u"spend"_s, u"t"_s).code(), u"Success"_s);
    const SandboxReply reply = m_sandbox.client->call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.code(), u"200"_s);
    QCOMPARE(reply.message(), u"Successful!"_s);
    const QJsonObject data = reply.data();
    QCOMPARE(data.value(u"AvailableAmount"_s), QJsonValue(u"992000.00"_s));
    QCOMPARE(data.value(u"AvailableCashAmount"_s), QJsonValue(u"992000.00"_s));
    QCOMPARE(data.value(u"CreditAmount"_s), QJsonValue(u"0.00"_s));
    QCOMPARE(data.value(u"Currency"_s), QJsonValue(u"CNY"_s));
    m_sandbox.client->credentials = intlCredentials();
    QCOMPARE(m_sandbox.client->call(u"QueryAccountBalance"_s).data().value(u"AvailableAmount"_s).toString(),
             u"1000000.00"_s);
}

void TestSandboxOrders::getOrderDetail()
{
    const SandboxReply bought = buy(u"detail-reg"_s, u"t"_s, u"Standard"_s, 3);
    const QString orderId = bought.data().value(u"OrderId"_s).toString();
    const SandboxReply reply = m_sandbox.client->call(u"GetOrderDetail"_s, {{u"OrderId"_s, orderId}});
    QCOMPARE(reply.code(), u"Success"_s);
    QCOMPARE(reply.data().value(u"TotalCount"_s).toInt(), 1);
    const QJsonArray list = reply.data().value(u"OrderList"_s).toObject().value(u"Order"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject order = list.at(0).toObject();
    QCOMPARE(order.value(u"OrderId"_s).toString(), orderId);
    QCOMPARE(order.value(u"PaymentStatus"_s).toString(), u"Paid"_s);
    QCOMPARE(order.value(u"InstanceIDs"_s).toString(), bought.data().value(u"InstanceId"_s).toString());
    QCOMPARE(order.value(u"ProductCode"_s).toString(), u"acr"_s);
    QCOMPARE(order.value(u"ProductType"_s).toString(), u"acr_ee_public_cn"_s);
    QCOMPARE(order.value(u"SubscriptionType"_s).toString(), u"Subscription"_s);
    QCOMPARE(order.value(u"OrderType"_s).toString(), u"New"_s);
    QCOMPARE(order.value(u"Region"_s).toString(), u"cn-shanghai"_s);
    QCOMPARE(order.value(u"PretaxGrossAmount"_s).toString(), u"5400.00"_s);
    QCOMPARE(order.value(u"PretaxAmount"_s).toString(), u"5400.00"_s);
    QCOMPARE(order.value(u"AfterTaxAmount"_s).toString(), u"5400.00"_s);
    QCOMPARE(order.value(u"Currency"_s).toString(), u"CNY"_s);
    QVERIFY(order.value(u"Config"_s).toString().contains(u"InstanceName:detail-reg"_s));
    const QString created = order.value(u"CreateTime"_s).toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s).match(created).hasMatch(),
             qPrintable(created));

    SandboxReply error = m_sandbox.client->call(u"GetOrderDetail"_s, {{u"OrderId"_s, u"123"_s}});
    QCOMPARE(error.status, 404);
    QCOMPARE(error.code(), u"NotFound.Order"_s);
    QCOMPARE(error.message(), u"The order 123 does not exist."_s);
    error = m_sandbox.client->call(u"GetOrderDetail"_s);
    QCOMPARE(error.code(), u"MissingParameter"_s);
    QCOMPARE(error.message(), missing(u"OrderId"_s));
    // Another account does not see it.
    m_sandbox.client->credentials = intlCredentials();
    QCOMPARE(m_sandbox.client->call(u"GetOrderDetail"_s, {{u"OrderId"_s, orderId}}).code(), u"NotFound.Order"_s);
}

void TestSandboxOrders::queryOrdersPages()
{
    QStringList ids;
    for (const QString& name : {u"page-a"_s, u"page-b"_s, u"page-c"_s})
        ids.append(buy(name, name).data().value(u"OrderId"_s).toString());
    SandboxReply reply = m_sandbox.client->call(u"QueryOrders"_s, {{u"PageNum"_s, u"1"_s}, {u"PageSize"_s, u"2"_s}});
    QCOMPARE(reply.code(), u"Success"_s);
    QCOMPARE(reply.data().value(u"TotalCount"_s).toInt(), 3);
    QCOMPARE(reply.data().value(u"PageNum"_s).toInt(), 1);
    QCOMPARE(reply.data().value(u"PageSize"_s).toInt(), 2);
    QCOMPARE(values(reply.data().value(u"OrderList"_s).toObject().value(u"Order"_s).toArray(), u"OrderId"_s),
             (QStringList {ids.at(2), ids.at(1)})); // newest first
    reply = m_sandbox.client->call(u"QueryOrders"_s, {{u"PageNum"_s, u"2"_s}, {u"PageSize"_s, u"2"_s}});
    QCOMPARE(values(reply.data().value(u"OrderList"_s).toObject().value(u"Order"_s).toArray(), u"OrderId"_s),
             QStringList {ids.at(0)});
    reply = m_sandbox.client->call(u"QueryOrders"_s);
    QCOMPARE(reply.data().value(u"PageSize"_s).toInt(), 20);
    QCOMPARE(reply.data().value(u"OrderList"_s).toObject().value(u"Order"_s).toArray().size(), 3);
    reply = m_sandbox.client->call(u"QueryOrders"_s, {{u"ProductType"_s, u"acr_ee_public_intl"_s}});
    QCOMPARE(reply.data().value(u"TotalCount"_s).toInt(), 0);
    reply = m_sandbox.client->call(u"QueryOrders"_s, {{u"CreateTimeStart"_s, u"2999-01-01T00:00:00Z"_s}});
    QCOMPARE(reply.data().value(u"TotalCount"_s).toInt(), 0);
    m_sandbox.client->credentials = intlCredentials();
    QCOMPARE(m_sandbox.client->call(u"QueryOrders"_s).data().value(u"TotalCount"_s).toInt(), 0);
}

void TestSandboxOrders::queryOrdersBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("page size 0") << u"PageSize"_s << u"0"_s;
    QTest::newRow("page size 101") << u"PageSize"_s << u"101"_s;
    QTest::newRow("page num -1") << u"PageNum"_s << u"-1"_s;
    QTest::newRow("page num text") << u"PageNum"_s << u"first"_s;
    QTest::newRow("start time") << u"CreateTimeStart"_s << u"yesterday"_s;
    QTest::newRow("end time") << u"CreateTimeEnd"_s << u"2024-01-01"_s;
}

void TestSandboxOrders::queryOrdersBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const SandboxReply reply = m_sandbox.client->call(u"QueryOrders"_s, {{name, value}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"InvalidParameter"_s);
    QVERIFY2(reply.message().startsWith(invalid(name)), qPrintable(reply.message()));
}

void TestSandboxOrders::describePricingModule()
{
    SandboxReply reply = m_sandbox.client->call(
        u"DescribePricingModule"_s, {{u"ProductCode"_s, u"acr"_s}, {u"SubscriptionType"_s, u"Subscription"_s}});
    QCOMPARE(reply.code(), u"Success"_s);
    QVERIFY(reply.json.value(u"SandboxNote"_s).toString().startsWith(u"Illustrative prices"_s));
    const QJsonArray modules = reply.data().value(u"ModuleList"_s).toObject().value(u"Module"_s).toArray();
    QCOMPARE(values(modules, u"ModuleCode"_s),
             (QStringList {u"InstanceType"_s, u"NamespaceQuota"_s, u"RepoQuota"_s, u"vpc_num"_s}));
    const QJsonArray attributes = reply.data().value(u"AttributeList"_s).toObject().value(u"Attribute"_s).toArray();
    const QJsonArray editions
        = attributes.at(0).toObject().value(u"Values"_s).toObject().value(u"AttributeValue"_s).toArray();
    QCOMPARE(values(editions, u"Value"_s), (QStringList {u"Basic"_s, u"Standard"_s, u"Advanced"_s}));

    m_sandbox.client->credentials = intlCredentials();
    reply = m_sandbox.client->call(u"DescribePricingModule"_s,
                                   {{u"ProductCode"_s, u"acr"_s}, {u"SubscriptionType"_s, u"Subscription"_s}});
    const QJsonArray intlEditions = reply.data()
                                        .value(u"AttributeList"_s)
                                        .toObject()
                                        .value(u"Attribute"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"Values"_s)
                                        .toObject()
                                        .value(u"AttributeValue"_s)
                                        .toArray();
    QCOMPARE(values(intlEditions, u"Value"_s), (QStringList {u"Basic"_s, u"Advanced"_s}));

    reply = m_sandbox.client->call(u"DescribePricingModule"_s,
                                   {{u"ProductCode"_s, u"acr"_s}, {u"SubscriptionType"_s, u"PayAsYouGo"_s}});
    QCOMPARE(reply.code(), u"Success"_s);
    QVERIFY(reply.data().value(u"ModuleList"_s).toObject().value(u"Module"_s).toArray().isEmpty());
}

void TestSandboxOrders::describePricingModuleErrors_data()
{
    QTest::addColumn<ParameterList>("parameters");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no product code") << ParameterList {{u"SubscriptionType"_s, u"Subscription"_s}}
                                     << u"MissingParameter"_s << missing(u"ProductCode"_s);
    QTest::newRow("no subscription type")
        << ParameterList {{u"ProductCode"_s, u"acr"_s}} << u"MissingParameter"_s << missing(u"SubscriptionType"_s);
    QTest::newRow("other product") << ParameterList {{u"ProductCode"_s, u"ecs"_s},
                                                     {u"SubscriptionType"_s, u"Subscription"_s}}
                                   << u"InvalidParameter"_s << invalid(u"ProductCode"_s);
    QTest::newRow("other site") << ParameterList {{u"ProductCode"_s, u"acr"_s},
                                                  {u"SubscriptionType"_s, u"Subscription"_s},
                                                  {u"ProductType"_s, u"acr_ee_public_intl"_s}}
                                << u"NotApplicable"_s << u"This API is not applicable for caller."_s;
}

void TestSandboxOrders::describePricingModuleErrors()
{
    QFETCH(ParameterList, parameters);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const SandboxReply reply = m_sandbox.client->call(u"DescribePricingModule"_s, parameters);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.message(), message);
}

void TestSandboxOrders::subscriptionPrice_data()
{
    QTest::addColumn<ParameterList>("modules");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<Price>("price");
    QTest::newRow("Basic, 1 month") << priceModule(1, u"InstanceType"_s, u"Basic"_s) << u"Month"_s << 1
                                    << Price {800.0, 0.0, 800.0};
    QTest::newRow("Basic, 1 year") << priceModule(1, u"InstanceType"_s, u"Basic"_s) << u"Year"_s << 1
                                   << Price {9600.0, 1600.0, 8000.0};
    QTest::newRow("Advanced, 2 years") << priceModule(1, u"InstanceType"_s, u"Advanced"_s) << u"Year"_s << 2
                                       << Price {96000.0, 16000.0, 80000.0};
    QTest::newRow("Standard + quotas, 3 months")
        << priceModule(1, u"InstanceType"_s, u"Standard"_s) + priceModule(2, u"NamespaceQuota"_s, u"10"_s)
            + priceModule(3, u"RepoQuota"_s, u"1000"_s) + priceModule(4, u"vpc_num"_s, u"2"_s)
        << u"Month"_s << 3 << Price {5730.0, 0.0, 5730.0};
}

void TestSandboxOrders::subscriptionPrice()
{
    QFETCH(ParameterList, modules);
    QFETCH(QString, unit);
    QFETCH(int, quantity);
    QFETCH(Price, price);
    const ParameterList parameters
        = priceParameters(quantity, unit, ParameterList {{u"Region"_s, u"cn-shanghai"_s}} + modules);
    const SandboxReply reply = m_sandbox.client->call(u"GetSubscriptionPrice"_s, parameters);
    QCOMPARE(reply.code(), u"Success"_s);
    QVERIFY(reply.json.value(u"SandboxNote"_s).toString().contains(u"not Alibaba Cloud's price list"_s));
    const QJsonObject data = reply.data();
    QCOMPARE(data.value(u"Currency"_s).toString(), u"CNY"_s);
    QCOMPARE(data.value(u"OriginalPrice"_s).toDouble(), price.original);
    QCOMPARE(data.value(u"DiscountPrice"_s).toDouble(), price.discount);
    QCOMPARE(data.value(u"TradePrice"_s).toDouble(), price.trade);
    QCOMPARE(data.value(u"Quantity"_s).toInt(), 1);
    const QJsonArray details = data.value(u"ModuleDetails"_s).toObject().value(u"ModuleDetail"_s).toArray();
    QCOMPARE(details.size(), modules.size() / 2);
}

void TestSandboxOrders::subscriptionPriceMatchesTheCharge()
{
    const SandboxReply price = m_sandbox.client->call(
        u"GetSubscriptionPrice"_s, priceParameters(2, u"Month"_s, priceModule(1, u"InstanceType"_s, u"Standard"_s)));
    QCOMPARE(price.data().value(u"TradePrice"_s).toDouble(), 3600.0);
    QCOMPARE(buy(u"priced"_s, u"t"_s, u"Standard"_s, 2).code(), u"Success"_s);
    QCOMPARE(m_sandbox.server->balance(kCn), u"996400.00"_s);
}

void TestSandboxOrders::subscriptionPriceErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: remove
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageStart");
    const auto withoutIt = [](const char* row, const QString& name) {
        QTest::newRow(row) << name << QString() << u"MissingParameter"_s << missing(name);
    };
    // `reported`: the parameter the answer names, when not the one changed.
    const auto wrong = [](const char* row, const QString& name, const QString& value, QString reported = {}) {
        QTest::newRow(row) << name << value << u"InvalidParameter"_s << invalid(reported.isNull() ? name : reported);
    };
    withoutIt("no order type", u"OrderType"_s);
    wrong("upgrade", u"OrderType"_s, u"Upgrade"_s);
    withoutIt("no period", u"ServicePeriodQuantity"_s);
    wrong("period not sold", u"ServicePeriodQuantity"_s, u"10"_s);
    wrong("unit", u"ServicePeriodUnit"_s, u"Week"_s);
    wrong("unknown module", u"ModuleList.1.ModuleCode"_s, u"Colour"_s);
    wrong("config of another code", u"ModuleList.1.Config"_s, u"Edition:Basic"_s);
    withoutIt("no config", u"ModuleList.1.Config"_s);
    wrong("no edition module", u"ModuleList.1.ModuleCode"_s, u"vpc_num"_s, u"ModuleList.1.Config"_s);
    wrong("unknown edition", u"ModuleList.1.Config"_s, u"InstanceType:Gold"_s, u"InstanceType"_s);
    wrong("quota off step", u"ModuleList.2.Config"_s, u"NamespaceQuota:7"_s, u"NamespaceQuota"_s);
    QTest::newRow("other site") << u"ProductType"_s << u"acr_ee_public_intl"_s << u"NotApplicable"_s
                                << u"This API is not applicable for caller."_s;
}

void TestSandboxOrders::subscriptionPriceErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QFETCH(QString, messageStart);
    const ParameterList base = priceParameters(
        1, u"Month"_s, priceModule(1, u"InstanceType"_s, u"Basic"_s) + priceModule(2, u"NamespaceQuota"_s, u"5"_s));
    const SandboxReply reply = m_sandbox.client->call(u"GetSubscriptionPrice"_s, withParameter(base, name, value));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    QVERIFY2(reply.message().startsWith(messageStart), qPrintable(reply.message()));
}

void TestSandboxOrders::getInstanceProvisioning()
{
    const QString instanceId = buy(u"provisioned"_s, u"t"_s).data().value(u"InstanceId"_s).toString();
    const auto status = [&] {
        const SandboxReply reply = m_sandbox.client->call(u"GetInstance"_s, {{u"InstanceId"_s, instanceId}}, kAcr);
        return reply.json.value(u"InstanceStatus"_s).toString();
    };
    const SandboxReply reply = m_sandbox.client->call(u"GetInstance"_s, {{u"InstanceId"_s, instanceId}}, kAcr);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.code(), u"success"_s);
    QCOMPARE(reply.json.value(u"IsSuccess"_s).toBool(), true);
    QCOMPARE(reply.json.value(u"InstanceId"_s).toString(), instanceId);
    QCOMPARE(reply.json.value(u"InstanceName"_s).toString(), u"provisioned"_s);
    QCOMPARE(reply.json.value(u"RegionId"_s).toString(), u"cn-shanghai"_s);
    QCOMPARE(reply.json.value(u"InstanceSpecification"_s).toString(), u"Enterprise_Basic"_s);
    QCOMPARE(reply.json.value(u"InstanceStatus"_s).toString(), u"PENDING"_s);

    // Provisioning takes 600 s; move the server's clock instead of waiting.
    SandboxFaults faults;
    faults.clockOffsetSeconds = 300;
    m_sandbox.server->setFaults(faults);
    m_sandbox.client->time = m_sandbox.server->serverTime();
    QCOMPARE(status(), u"STARTING"_s);
    faults.clockOffsetSeconds = 700;
    m_sandbox.server->setFaults(faults);
    m_sandbox.client->time = m_sandbox.server->serverTime();
    QCOMPARE(status(), u"RUNNING"_s);
    QCOMPARE(m_sandbox.server->instanceStatus(instanceId), u"RUNNING"_s);
    QCOMPARE(m_sandbox.server->instanceStatus(u"cri-notsoldhere00000"_s), QString());
}

void TestSandboxOrders::getInstanceRunsInRealTime()
{
    SandboxConfig config;
    config.provisioningSeconds = 1;
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString instanceId
        = client.call(u"CreateInstance"_s, createParameters(u"quick"_s, u"t"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
              .data()
              .value(u"InstanceId"_s)
              .toString();
    QVERIFY(!instanceId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        client.call(u"GetInstance"_s, {{u"InstanceId"_s, instanceId}}, kAcr).json.value(u"InstanceStatus"_s).toString(),
        u"RUNNING"_s, 10000);
}

void TestSandboxOrders::getInstanceErrors()
{
    const QString instanceId = buy(u"mine"_s, u"t"_s).data().value(u"InstanceId"_s).toString();
    SandboxReply reply = m_sandbox.client->call(u"GetInstance"_s, {{u"InstanceId"_s, u"cri-doesnotexist0000"_s}}, kAcr);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"INSTANCE_NOT_EXIST"_s);
    QCOMPARE(reply.message(), u"The instance cri-doesnotexist0000 does not exist."_s);
    QVERIFY(reply.json.value(u"Recommend"_s).toString().contains(u"product=cr&"_s));
    reply = m_sandbox.client->call(u"GetInstance"_s, {}, kAcr);
    QCOMPARE(reply.code(), u"MissingParameter"_s);
    QCOMPARE(reply.message(), missing(u"InstanceId"_s));
    m_sandbox.client->credentials = intlCredentials();
    QCOMPARE(m_sandbox.client->call(u"GetInstance"_s, {{u"InstanceId"_s, instanceId}}, kAcr).code(),
             u"INSTANCE_NOT_EXIST"_s);
}

// The amounts the sandbox reads (its --balance, the prices and balances of a state file): 1 to 13
// digits, then at most two decimals; anything else is refused.
void TestSandboxOrders::moneyAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused

    QTest::newRow("whole") << u"1234"_s << qint64(123400);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("one decimal") << u"1234.5"_s << qint64(123450);
    QTest::newRow("two decimals") << u"1234.05"_s << qint64(123405);
    QTest::newRow("13 digits") << u"9999999999999.99"_s << qint64(999999999999999);
    QTest::newRow("leading zeros") << u"007.10"_s << qint64(710);
    QTest::newRow("14 digits") << u"10000000000000"_s << qint64(-1);
    QTest::newRow("three decimals") << u"1.005"_s << qint64(-1);
    QTest::newRow("point, no decimals") << u"12."_s << qint64(-1);
    QTest::newRow("no units") << u".5"_s << qint64(-1);
    QTest::newRow("two points") << u"1.2.3"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("minus") << u"-5"_s << qint64(-1);
    QTest::newRow("plus") << u"+5"_s << qint64(-1);
    QTest::newRow("spaces") << u" 5"_s << qint64(-1);
    QTest::newRow("comma") << u"1,5"_s << qint64(-1);
    QTest::newRow("exponent") << u"1e3"_s << qint64(-1);
    QTest::newRow("letters") << u"lots"_s << qint64(-1);
    QTest::newRow("full-width digits") << u"\uFF11\uFF12"_s << qint64(-1);
    QTest::newRow("Arabic-Indic digits") << u"\u0661\u0662"_s << qint64(-1);
}

void TestSandboxOrders::moneyAmounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<qint64> parsed = acrp::sandbox::PriceTable::parseMoney(text);
    if (cents < 0) {
        QVERIFY2(!parsed, qPrintable(u"accepted as %1"_s.arg(parsed.value_or(0))));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, cents);
        QCOMPARE(acrp::sandbox::PriceTable::parseMoney(acrp::sandbox::PriceTable::money(cents)), parsed);
    }
}

QTEST_GUILESS_MAIN(TestSandboxOrders)
#include "tst_sandboxorders.moc"
