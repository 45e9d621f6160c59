// The typed results of account sync and renewal, from answers shaped as the real API's
// (@alicloud/bssopenapi20171214 models): QueryAvailableInstances, QueryOrders, GetOrderDetail,
// RenewInstance, GetSubscriptionPrice (renewal), ACR GetInstance; and the requests that ask for them.
#include "core/api/BssClient.h"
#include "core/api/BssResults.h"
#include "core/api/ErrorExplanation.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace acrp;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString valueOf(const ParameterList& parameters, const QString& name)
{
    for (const auto& [key, value] : parameters) {
        if (key == name)
            return value;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestAccountParsers : public QObject
{
    Q_OBJECT

private slots:
    void availableInstances();
    void availableInstancesBad_data();
    void availableInstancesBad();
    void orders();
    void ordersBad();
    void orderDetailType();
    void renewInstance();
    void renewalPrice();
    void instanceInfo();
    void serviceTimes();
    void requests();
    void refusalsInWords();
};

void TestAccountParsers::availableInstances()
{
    const auto parsed = AvailableInstancesPage::fromJson(json(R"({
        "Code": "Success", "Message": "Successful!", "RequestId": "RID-1", "Success": true,
        "Data": {"PageNum": 1, "PageSize": 2, "TotalCount": 3, "InstanceList": [
            {"InstanceID": "cri-aaaa1111", "Status": "Normal", "SubStatus": "Normal",
             "CreateTime": "2025-01-06T03:28:31Z", "EndTime": "2026-01-06T16:00:00Z",
             "ExpectedReleaseTime": "", "RenewStatus": "ManualRenewal", "RenewalDuration": 0,
             "RenewalDurationUnit": "", "Region": "cn-shanghai", "ProductCode": "acr",
             "ProductType": "acr_ee_public_cn", "SubscriptionType": "Subscription", "OwnerId": 1, "Seller": "26842"},
            {"InstanceID": "cri-bbbb2222", "Status": "Expired", "EndTime": "2025-12-01T00:00:00.000+08:00",
             "RenewStatus": "AutoRenewal", "RenewalDuration": "3", "RenewalDurationUnit": "M", "Region": "cn-beijing"}
        ]}})"));
    QVERIFY(std::holds_alternative<AvailableInstancesPage>(parsed));
    const auto page = std::get<AvailableInstancesPage>(parsed);
    QCOMPARE(page.requestId, QStringLiteral("RID-1"));
    QCOMPARE(page.totalCount, 3);
    QVERIFY(page.hasMore());
    QCOMPARE(page.instances.size(), 2);
    const AvailableInstance& first = page.instances.at(0);
    QCOMPARE(first.instanceId, QStringLiteral("cri-aaaa1111"));
    QCOMPARE(first.status, QStringLiteral("Normal"));
    QCOMPARE(first.createTime, QDateTime(QDate(2025, 1, 6), QTime(3, 28, 31), Qt::UTC));
    QCOMPARE(first.endTime, QDateTime(QDate(2026, 1, 6), QTime(16, 0), Qt::UTC));
    QVERIFY(!first.expectedReleaseTime.isValid()); // empty: none
    QCOMPARE(first.renewStatus, QStringLiteral("ManualRenewal"));
    QCOMPARE(first.region, QStringLiteral("cn-shanghai"));
    QCOMPARE(first.productType, QStringLiteral("acr_ee_public_cn"));
    const AvailableInstance& second = page.instances.at(1);
    QCOMPARE(second.endTime, QDateTime(QDate(2025, 11, 30), QTime(16, 0), Qt::UTC)); // an offset, in UTC
    QCOMPARE(second.renewalDuration, 3); // a number sent as text
    QCOMPARE(second.renewalDurationUnit, QStringLiteral("M"));
    QVERIFY(!second.createTime.isValid());
    // The last page, and an account with no instance.
    const auto last = std::get<AvailableInstancesPage>(AvailableInstancesPage::fromJson(json(
        R"({"Data": {"PageNum": 2, "PageSize": 2, "TotalCount": 3, "InstanceList": [{"InstanceID": "cri-c"}]}})")));
    QVERIFY(!last.hasMore());
    const auto none = std::get<AvailableInstancesPage>(
        AvailableInstancesPage::fromJson(json(R"({"Data": {"PageNum": 1, "PageSize": 20, "TotalCount": 0}})")));
    QVERIFY(none.instances.isEmpty());
    QVERIFY(!none.hasMore());
}

void TestAccountParsers::availableInstancesBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no Data") << QByteArray(R"({"RequestId": "R"})") << QStringLiteral("Data");
    QTest::newRow("Data not an object") << QByteArray(R"({"Data": [1]})") << QStringLiteral("Data");
    QTest::newRow("row without InstanceID")
        << QByteArray(R"({"Data": {"InstanceList": [{"Status": "Normal"}]}})") << QStringLiteral("InstanceID");
    QTest::newRow("unreadable EndTime") << QByteArray(
        R"({"Data": {"InstanceList": [{"InstanceID": "cri-a", "EndTime": "next week"}]}})")
                                        << QStringLiteral("EndTime");
    QTest::newRow("unreadable CreateTime")
        << QByteArray(R"({"Data": {"InstanceList": [{"InstanceID": "cri-a", "CreateTime": "2025-13-45"}]}})")
        << QStringLiteral("CreateTime");
}

void TestAccountParsers::availableInstancesBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto parsed = AvailableInstancesPage::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(std::holds_alternative<ApiError>(parsed));
    const ApiError error = std::get<ApiError>(parsed);
    QCOMPARE(error.kind, ApiError::Kind::Protocol);
    QVERIFY2(error.message.contains(detail), qPrintable(error.message));
}

void TestAccountParsers::orders()
{
    const auto parsed = OrdersPage::fromJson(json(R"({
        "Code": "Success", "RequestId": "RID-O", "Success": true,
        "Data": {"HostName": "h", "PageNum": 1, "PageSize": 20, "TotalCount": 2, "OrderList": {"Order": [
            {"OrderId": "211111111111111", "OrderType": "New", "PaymentStatus": "Paid",
             "PretaxGrossAmount": "9700.00", "PretaxAmount": "9700.00", "AfterTaxAmount": "9700.00",
             "Currency": "CNY", "CreateTime": "2025-01-06T03:28:31Z", "PaymentTime": "2025-01-06T03:28:32Z",
             "ProductCode": "acr", "ProductType": "acr_ee_public_cn", "SubscriptionType": "Subscription",
             "RelatedOrderId": ""},
            {"OrderId": 211111111111112, "OrderType": "Renew", "PaymentStatus": "Unpaid", "Currency": "CNY"}
        ]}}})"));
    QVERIFY(std::holds_alternative<OrdersPage>(parsed));
    const auto page = std::get<OrdersPage>(parsed);
    QCOMPARE(page.orders.size(), 2);
    QVERIFY(!page.hasMore());
    QCOMPARE(page.orders.at(0).orderId, QStringLiteral("211111111111111"));
    QCOMPARE(page.orders.at(0).orderType, QStringLiteral("New"));
    QCOMPARE(page.orders.at(0).pretaxAmount, QStringLiteral("9700.00"));
    QCOMPARE(page.orders.at(0).paymentTime, QDateTime(QDate(2025, 1, 6), QTime(3, 28, 32), Qt::UTC));
    QCOMPARE(page.orders.at(1).orderId, QStringLiteral("211111111111112")); // a number, as text
    QCOMPARE(page.orders.at(1).orderType, QStringLiteral("Renew"));
    QVERIFY(!page.orders.at(1).createTime.isValid());
}

void TestAccountParsers::ordersBad()
{
    for (const char* body :
         {R"({})", R"({"Data": "x"})", R"({"Data": {"OrderList": {"Order": [{"OrderType": "New"}]}}})",
          R"({"Data": {"OrderList": {"Order": [{"OrderId": "1", "CreateTime": "yesterday"}]}}})"}) {
        const auto parsed = OrdersPage::fromJson(json(body));
        QVERIFY2(std::holds_alternative<ApiError>(parsed), body);
        QCOMPARE(std::get<ApiError>(parsed).kind, ApiError::Kind::Protocol);
    }
}

void TestAccountParsers::orderDetailType()
{
    const auto detail = std::get<OrderDetail>(OrderDetail::fromJson(json(R"({"Data": {"OrderList": {"Order": [
        {"OrderId": "2222", "OrderType": "Renew", "InstanceIDs": "cri-a,cri-b", "PaymentStatus": "Paid"}]}}})")));
    QCOMPARE(detail.orderType, QStringLiteral("Renew"));
    QCOMPARE(detail.instanceIds, QStringList({"cri-a", "cri-b"}));
}

void TestAccountParsers::renewInstance()
{
    const auto parsed = RenewInstanceResult::fromJson(
        json(R"({"Code": "Success", "RequestId": "RID-R", "Data": {"OrderId": "2033"}})"));
    QCOMPARE(std::get<RenewInstanceResult>(parsed).orderId, QStringLiteral("2033"));
    QCOMPARE(std::get<RenewInstanceResult>(parsed).requestId, QStringLiteral("RID-R"));
    for (const char* body : {R"({"RequestId": "R"})", R"({"Data": {}})", R"({"Data": {"OrderId": ""}})"}) {
        const auto bad = RenewInstanceResult::fromJson(json(body));
        QVERIFY2(std::holds_alternative<ApiError>(bad), body);
        QVERIFY(std::get<ApiError>(bad).message.contains(QLatin1String("Data.OrderId")));
    }
}

void TestAccountParsers::renewalPrice()
{
    // The real answer's prices are numbers; they are kept as the decimal text they stand for.
    const auto price = std::get<SubscriptionPrice>(SubscriptionPrice::fromJson(json(
        R"({"Data": {"Currency": "CNY", "OriginalPrice": 2400, "DiscountPrice": 0, "TradePrice": 2400.5, "Quantity": 1}})")));
    QCOMPARE(price.tradePrice, QStringLiteral("2400.5"));
    QCOMPARE(price.currency, QStringLiteral("CNY"));
}

void TestAccountParsers::instanceInfo()
{
    const auto info = std::get<InstanceInfo>(InstanceInfo::fromJson(json(R"({
        "Code": "200", "IsSuccess": true, "InstanceId": "cri-a", "InstanceName": "elsewhere",
        "InstanceStatus": "RUNNING", "InstanceSpecification": "Enterprise_Advanced",
        "InstanceIssue": "OSS_BUCKET_ALREADY_EXISTS", "RequestId": "R"})")));
    QCOMPARE(info.instanceName, QStringLiteral("elsewhere"));
    QCOMPARE(info.instanceSpecification, QStringLiteral("Enterprise_Advanced"));
    QCOMPARE(info.instanceIssue, QStringLiteral("OSS_BUCKET_ALREADY_EXISTS"));
    // An issue in words, with its code; none for none.
    QVERIFY(ErrorExplanation::instanceIssue(info.instanceIssue).contains(QLatin1String("OSS_BUCKET_ALREADY_EXISTS")));
    QVERIFY(ErrorExplanation::instanceIssue(info.instanceIssue).contains(QLatin1String("bucket")));
    QVERIFY(ErrorExplanation::instanceIssue(QStringLiteral("SOMETHING_NEW")).contains(QLatin1String("SOMETHING_NEW")));
    QVERIFY(ErrorExplanation::instanceIssue(QString()).isEmpty());
}

void TestAccountParsers::serviceTimes()
{
    bool ok = false;
    QCOMPARE(parseServiceTime(QStringLiteral("2026-01-06T16:00:00Z"), &ok),
             QDateTime(QDate(2026, 1, 6), QTime(16, 0), Qt::UTC));
    QVERIFY(ok);
    QCOMPARE(parseServiceTime(QStringLiteral("2026-01-06T16:00:00.250Z"), &ok),
             QDateTime(QDate(2026, 1, 6), QTime(16, 0, 0, 250), Qt::UTC));
    QCOMPARE(parseServiceTime(QStringLiteral("2026-01-06T16:00:00"), &ok),
             QDateTime(QDate(2026, 1, 6), QTime(16, 0), Qt::UTC)); // no zone: the service's UTC
    QVERIFY(!parseServiceTime(QString(), &ok).isValid());
    QVERIFY(ok);
    QVERIFY(!parseServiceTime(QStringLiteral("soon"), &ok).isValid());
    QVERIFY(!ok);
}

void TestAccountParsers::requests()
{
    QNetworkAccessManager network;
    BssClient client(&network);
    client.setEndpoint(Endpoint::forSite(Site::International));
    RenewalSpec renewal;
    renewal.site = Site::International;
    renewal.instanceId = QStringLiteral("cri-x1");
    renewal.periodMonths = 24;
    const RpcCall renew = client.renewInstanceCall(renewal, QStringLiteral("tok-1"));
    QCOMPARE(renew.action, QStringLiteral("RenewInstance"));
    QCOMPARE(valueOf(renew.parameters, QStringLiteral("ProductCode")), QStringLiteral("acr"));
    QCOMPARE(valueOf(renew.parameters, QStringLiteral("ProductType")), QStringLiteral("acr_ee_public_intl"));
    QCOMPARE(valueOf(renew.parameters, QStringLiteral("InstanceId")), QStringLiteral("cri-x1"));
    QCOMPARE(valueOf(renew.parameters, QStringLiteral("RenewPeriod")), QStringLiteral("24"));
    QCOMPARE(valueOf(renew.parameters, QStringLiteral("ClientToken")), QStringLiteral("tok-1"));
    // The calls start on the next turn of the event loop: their parameters are there at once.
    BssCall* instances = client.queryAvailableInstances(Site::China, 2, 50);
    QCOMPARE(instances->rpcCall().action, QStringLiteral("QueryAvailableInstances"));
    QCOMPARE(valueOf(instances->rpcCall().parameters, QStringLiteral("ProductType")),
             QStringLiteral("acr_ee_public_cn"));
    QCOMPARE(valueOf(instances->rpcCall().parameters, QStringLiteral("PageNum")), QStringLiteral("2"));
    QCOMPARE(valueOf(instances->rpcCall().parameters, QStringLiteral("PageSize")), QStringLiteral("50"));
    BssClient::OrderFilter filter;
    filter.orderType = QStringLiteral("Renew");
    filter.createTimeStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    BssCall* orders = client.queryOrders(Site::China, 1, 100, filter);
    QCOMPARE(valueOf(orders->rpcCall().parameters, QStringLiteral("OrderType")), QStringLiteral("Renew"));
    QCOMPARE(valueOf(orders->rpcCall().parameters, QStringLiteral("CreateTimeStart")),
             QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(valueOf(orders->rpcCall().parameters, QStringLiteral("PaymentStatus")), QStringLiteral("<absent>"));
    renewal.region = QStringLiteral("ap-southeast-1");
    BssCall* price = client.getRenewalPrice(renewal);
    QCOMPARE(valueOf(price->rpcCall().parameters, QStringLiteral("OrderType")), QStringLiteral("Renewal"));
    QCOMPARE(valueOf(price->rpcCall().parameters, QStringLiteral("InstanceId")), QStringLiteral("cri-x1"));
    QCOMPARE(valueOf(price->rpcCall().parameters, QStringLiteral("ServicePeriodQuantity")), QStringLiteral("24"));
    QCOMPARE(valueOf(price->rpcCall().parameters, QStringLiteral("ServicePeriodUnit")), QStringLiteral("Month"));
    QCOMPARE(valueOf(price->rpcCall().parameters, QStringLiteral("Region")), QStringLiteral("ap-southeast-1"));
    for (BssCall* call : {instances, orders, price})
        call->cancel();
}

void TestAccountParsers::refusalsInWords()
{
    for (const char* code : {"ResourceStatusError", "ResourceNotExists", "PAY.INSUFFICIENT_BALANCE"}) {
        const ApiError error = ApiError::fromService(QString::fromLatin1(code), QStringLiteral("msg"),
                                                     QStringLiteral("R"), 400, QString());
        QVERIFY2(!ErrorExplanation::forError(error).isEmpty(), code);
        QCOMPARE(error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Throttled, false);
    }
    QVERIFY(ErrorExplanation::forCode(QStringLiteral("ResourceNotExists")).contains(QLatin1String("released")));
}

QTEST_GUILESS_MAIN(TestAccountParsers)
#include "tst_accountparsers.moc"
