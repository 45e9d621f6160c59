// ResponseParser and the typed results: keys case-insensitive, success/error envelopes, and every
// malformed body a protocol error that says so (never a crash).
#include "TestSupport.h"
#include "core/api/BssResults.h"
#include "core/api/ResponseParser.h"

#include <QJsonArray>
#include <QTest>

using acrp::ApiError;
using acrp::ResponseParser;
using Kind = ApiError::Kind;

namespace {

// What the error made of a failed answer must say: its kind, the service's code and request ID.
struct ExpectedError
{
    Kind kind;
    QString code;
    QString requestId;
};

// The error that ResponseParser makes of an answer; nothing when it made a success of it.
std::optional<ApiError> parsedError(int status, const QByteArray& body)
{
    const auto parsed = ResponseParser::parse(status, body);
    if (!std::holds_alternative<ApiError>(parsed))
        return std::nullopt;
    return std::get<ApiError>(parsed);
}

} // namespace

Q_DECLARE_METATYPE(ExpectedError)

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void caseInsensitiveMembers();
    void numbersAsStrings();
    void successEnvelopes_data();
    void successEnvelopes();
    void errorEnvelopes_data();
    void errorEnvelopes();
    void badBodies_data();
    void badBodies();
    void createInstanceResult();
    void typedResults();
};

void TestResponseParser::caseInsensitiveMembers()
{
    const QJsonObject object {
        {QStringLiteral("requestId"), QStringLiteral("r1")},
        {QStringLiteral("data"), QJsonObject {{QStringLiteral("instanceId"), QStringLiteral("cri-x")}}}};
    QCOMPARE(ResponseParser::string(object, {u"RequestId"}), QStringLiteral("r1"));
    QCOMPARE(ResponseParser::string(object, {u"Data", u"InstanceId"}), QStringLiteral("cri-x"));
    QVERIFY(ResponseParser::at(object, {u"Data", u"Missing"}).isUndefined());
    QVERIFY(ResponseParser::at(object, {u"RequestId", u"Deeper"}).isUndefined());
    // An exact match wins over a case-insensitive one.
    const QJsonObject both {{QStringLiteral("Code"), QStringLiteral("exact")},
                            {QStringLiteral("code"), QStringLiteral("lower")}};
    QCOMPARE(ResponseParser::string(both, {u"Code"}), QStringLiteral("exact"));
}

void TestResponseParser::numbersAsStrings()
{
    const QJsonObject object {{QStringLiteral("OrderId"), 208571234567.0}, {QStringLiteral("Amount"), 1.5}};
    QCOMPARE(ResponseParser::string(object, {u"OrderId"}), QStringLiteral("208571234567"));
    QCOMPARE(ResponseParser::string(object, {u"Amount"}), QStringLiteral("1.5"));
}

void TestResponseParser::successEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("API keys") << QByteArray(R"({"Code":"Success","Message":"Successful!","RequestId":"R","Success":true,
        "Data":{"InstanceId":"cri-abc","OrderId":"2085"}})");
    QTest::newRow("spec page keys (lower case)") << QByteArray(R"({"code":"Success","IsSuccess":true,
        "data":{"instanceId":"cri-abc","orderId":"2085"},"message":"Successful!","requestId":"R","success":true})");
    QTest::newRow("no Code at all") << QByteArray(
        R"({"RequestId":"R","Data":{"InstanceId":"cri-abc","OrderId":2085}})");
    QTest::newRow("Code 200") << QByteArray(
        R"({"Code":"200","RequestId":"R","Data":{"InstanceId":"cri-abc","OrderId":"2085"}})");
}

void TestResponseParser::successEnvelopes()
{
    QFETCH(QByteArray, body);
    const auto parsed = ResponseParser::parse(200, body);
    QVERIFY(std::holds_alternative<QJsonObject>(parsed));
    const auto result = acrp::CreateInstanceResult::fromJson(std::get<QJsonObject>(parsed));
    QVERIFY(std::holds_alternative<acrp::CreateInstanceResult>(result));
    const auto& value = std::get<acrp::CreateInstanceResult>(result);
    QCOMPARE(value.instanceId, QStringLiteral("cri-abc"));
    QCOMPARE(value.orderId, QStringLiteral("2085"));
    QCOMPARE(value.requestId, QStringLiteral("R"));
}

void TestResponseParser::errorEnvelopes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ExpectedError>("expected");
    QTest::newRow("gateway error") << 404 << QByteArray(R"({"RequestId":"R1","HostId":"business.aliyuncs.com",
        "Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found.","Recommend":"https://x"})")
                                   << ExpectedError {Kind::Auth, "InvalidAccessKeyId.NotFound", "R1"};
    QTest::newRow("BSS business error with HTTP 200")
        << 200 << QByteArray(R"({"Code":"PAY.INSUFFICIENT_BALANCE","Message":"m","RequestId":"R2","Success":false})")
        << ExpectedError {Kind::Payment, "PAY.INSUFFICIENT_BALANCE", "R2"};
    QTest::newRow("lower-case error keys")
        << 400 << QByteArray(R"({"code":"NotApplicable","message":"m","requestId":"R3"})")
        << ExpectedError {Kind::WrongSite, "NotApplicable", "R3"};
    QTest::newRow("503 HTML from a gateway")
        << 503 << QByteArray("<html>busy</html>") << ExpectedError {Kind::Server, "HTTP503", ""};
    QTest::newRow("Success false without code") << 200 << QByteArray(R"({"Success":false,"RequestId":"R4"})")
                                                << ExpectedError {Kind::Protocol, "Protocol.UnexpectedAnswer", "R4"};
}

void TestResponseParser::errorEnvelopes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ExpectedError, expected);
    const std::optional<ApiError> error = parsedError(status, body);
    QVERIFY(error);
    QCOMPARE(error->kind, expected.kind);
    QCOMPARE(error->code, expected.code);
    QCOMPARE(error->requestId, expected.requestId);
    QCOMPARE(error->httpStatus, status);
}

void TestResponseParser::badBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << 200 << QByteArray() << "the answer is empty (HTTP 200)";
    QTest::newRow("whitespace") << 200 << QByteArray(" \r\n") << "the answer is empty (HTTP 200)";
    QTest::newRow("not JSON") << 200 << QByteArray("<Response><Code>Success</Code></Response>")
                              << "the answer is not the expected JSON (HTTP 200)";
    QTest::newRow("truncated JSON") << 200 << QByteArray(R"({"Code":"Success","Data":{)")
                                    << "the answer is not the expected JSON (HTTP 200)";
    QTest::newRow("array") << 200 << QByteArray("[1,2]") << "the answer is not the expected JSON (HTTP 200)";
    QTest::newRow("binary") << 200 << QByteArray("\x00\xff\xfe garbage", 11)
                            << "the answer is not the expected JSON (HTTP 200)";
    QTest::newRow("4xx text") << 400 << QByteArray("Bad Request") << "the answer is not the expected JSON (HTTP 400)";
}

void TestResponseParser::badBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const std::optional<ApiError> error = parsedError(status, body);
    QVERIFY(error);
    QCOMPARE(error->kind, Kind::Protocol);
    QCOMPARE(error->message, message);
    QVERIFY(!error->retryable);
}

void TestResponseParser::createInstanceResult()
{
    // A success envelope without the IDs is not a success we can record.
    const auto missing = acrp::CreateInstanceResult::fromJson(
        QJsonObject {{QStringLiteral("RequestId"), QStringLiteral("R")}, {QStringLiteral("Data"), QJsonObject {}}});
    QVERIFY(std::holds_alternative<ApiError>(missing));
    QCOMPARE(std::get<ApiError>(missing).kind, Kind::Protocol);
    QCOMPARE(std::get<ApiError>(missing).message, QStringLiteral("the answer has no Data.InstanceId"));
    QCOMPARE(std::get<ApiError>(missing).requestId, QStringLiteral("R"));
    QVERIFY(std::get<ApiError>(missing).mayHaveReachedService);
}

void TestResponseParser::typedResults()
{
    const QJsonObject balance {{QStringLiteral("RequestId"), QStringLiteral("R")},
                               {QStringLiteral("Data"),
                                QJsonObject {{QStringLiteral("AvailableAmount"), QStringLiteral("10,000.00")},
                                             {QStringLiteral("AvailableCashAmount"), QStringLiteral("9,000.00")},
                                             {QStringLiteral("CreditAmount"), QStringLiteral("0.00")},
                                             {QStringLiteral("Currency"), QStringLiteral("CNY")}}}};
    const auto b = acrp::AccountBalance::fromJson(balance);
    QVERIFY(std::holds_alternative<acrp::AccountBalance>(b));
    QCOMPARE(std::get<acrp::AccountBalance>(b).availableAmount, QStringLiteral("10,000.00"));
    QCOMPARE(std::get<acrp::AccountBalance>(b).currency, QStringLiteral("CNY"));

    const QJsonObject order {
        {QStringLiteral("Data"),
         QJsonObject {{QStringLiteral("OrderList"),
                       QJsonObject {{QStringLiteral("Order"),
                                     QJsonArray {QJsonObject {
                                         {QStringLiteral("OrderId"), QStringLiteral("2085")},
                                         {QStringLiteral("PaymentStatus"), QStringLiteral("Paid")},
                                         {QStringLiteral("InstanceIDs"), QStringLiteral("cri-a,cri-b")}}}}}}}}};
    const auto o = acrp::OrderDetail::fromJson(order);
    QVERIFY(std::holds_alternative<acrp::OrderDetail>(o));
    QCOMPARE(std::get<acrp::OrderDetail>(o).paymentStatus, QStringLiteral("Paid"));
    QCOMPARE(std::get<acrp::OrderDetail>(o).instanceIds,
             QStringList({QStringLiteral("cri-a"), QStringLiteral("cri-b")}));
    QVERIFY(std::holds_alternative<ApiError>(acrp::OrderDetail::fromJson(QJsonObject {})));

    const auto i
        = acrp::InstanceInfo::fromJson(QJsonObject {{QStringLiteral("InstanceStatus"), QStringLiteral("RUNNING")},
                                                    {QStringLiteral("InstanceId"), QStringLiteral("cri-a")}});
    QCOMPARE(std::get<acrp::InstanceInfo>(i).instanceStatus, QStringLiteral("RUNNING"));
    const auto p = acrp::SubscriptionPrice::fromJson(QJsonObject {
        {QStringLiteral("Data"),
         QJsonObject {{QStringLiteral("TradePrice"), 800.5}, {QStringLiteral("Currency"), QStringLiteral("CNY")}}}});
    QCOMPARE(std::get<acrp::SubscriptionPrice>(p).tradePrice, QStringLiteral("800.5"));
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
