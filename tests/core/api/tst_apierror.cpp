// ApiError: every service code of API-NOTES' table (and the sandbox's) maps to its kind, retry
// rule and user sentence; transport errors to Network/Timeout; JSON round trip.
#include "TestSupport.h"
#include "core/api/ApiError.h"

#include <QJsonObject>
#include <QTest>

using acrp::ApiError;
using Kind = ApiError::Kind;

namespace {

// How an error is classified: its kind, whether a retry may help, and whether the request may
// have reached the service (the order's fate is then unknown).
struct Classification
{
    Kind kind;
    bool retryable;
    bool ambiguous;

    friend bool operator==(const Classification&, const Classification&) = default;
};

Classification classificationOf(const ApiError& error)
{
    return {error.kind, error.retryable, error.mayHaveReachedService};
}

// The three classifications there are: refused for good, worth a retry, and worth a retry but
// possibly already done.
Classification refused(Kind kind)
{
    return {kind, false, false};
}

Classification retry(Kind kind)
{
    return {kind, true, false};
}

Classification unknownFate(Kind kind)
{
    return {kind, true, true};
}

char* toString(const Classification& value)
{
    return QTest::toString(QStringLiteral("%1, %2, %3")
                               .arg(ApiError::kindId(value.kind), value.retryable ? u"retryable" : u"final",
                                    value.ambiguous ? u"may have reached the service" : u"did not reach it"));
}

} // namespace

Q_DECLARE_METATYPE(Classification)

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void serviceCodes_data();
    void serviceCodes();
    void userMessages_data();
    void userMessages();
    void network_data();
    void network();
    void kindIds();
    void jsonRoundTrip();
    void localErrors();
};

void TestApiError::serviceCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<Classification>("expected");

    QTest::newRow("InvalidParameter") << "InvalidParameter" << 400 << refused(Kind::InvalidOrder);
    QTest::newRow("MissingParameter") << "MissingParameter" << 400 << refused(Kind::InvalidOrder);
    QTest::newRow("InstanceNameDuplicated") << "InstanceNameDuplicated" << 400 << refused(Kind::InvalidOrder);
    QTest::newRow("IdempotentParameterMismatch") << "IdempotentParameterMismatch" << 400 << refused(Kind::InvalidOrder);
    QTest::newRow("COMMODITY.INVALID_COMPONENT") << "COMMODITY.INVALID_COMPONENT" << 400 << refused(Kind::InvalidOrder);
    QTest::newRow("NotApplicable") << "NotApplicable" << 400 << refused(Kind::WrongSite);
    QTest::newRow("NotAuthorized") << "NotAuthorized" << 400 << refused(Kind::Permission);
    QTest::newRow("InvalidOwner") << "InvalidOwner" << 400 << refused(Kind::Permission);
    QTest::newRow("Forbidden.RAM") << "Forbidden.RAM" << 403 << refused(Kind::Permission);
    QTest::newRow("InvalidAccessKeyId.NotFound") << "InvalidAccessKeyId.NotFound" << 404 << refused(Kind::Auth);
    QTest::newRow("InvalidAccessKeyId.Inactive") << "InvalidAccessKeyId.Inactive" << 400 << refused(Kind::Auth);
    QTest::newRow("SignatureDoesNotMatch 400") << "SignatureDoesNotMatch" << 400 << refused(Kind::Auth);
    QTest::newRow("SignatureDoesNotMatch 403") << "SignatureDoesNotMatch" << 403 << refused(Kind::Auth);
    QTest::newRow("InvalidSecurityToken.Expired") << "InvalidSecurityToken.Expired" << 400 << refused(Kind::Auth);
    QTest::newRow("InvalidTimeStamp.Expired") << "InvalidTimeStamp.Expired" << 400 << refused(Kind::Auth);
    QTest::newRow("SignatureNonceUsed") << "SignatureNonceUsed" << 400 << retry(Kind::Server);
    QTest::newRow("Throttling") << "Throttling" << 400 << retry(Kind::Throttled);
    QTest::newRow("Throttling.User 503") << "Throttling.User" << 503 << retry(Kind::Throttled);
    QTest::newRow("ServiceUnavailable") << "ServiceUnavailable" << 503 << retry(Kind::Server);
    QTest::newRow("InternalError") << "InternalError" << 500 << unknownFate(Kind::Server);
    QTest::newRow("OperationDenied.OrderProcessing")
        << "OperationDenied.OrderProcessing" << 400 << unknownFate(Kind::Throttled);
    QTest::newRow("PAY.INSUFFICIENT_BALANCE") << "PAY.INSUFFICIENT_BALANCE" << 400 << refused(Kind::Payment);
    QTest::newRow("InvalidAccount.Arrears") << "InvalidAccount.Arrears" << 400 << refused(Kind::Payment);
    QTest::newRow("unknown 4xx") << "SomethingNew" << 400 << refused(Kind::Rejected);
    QTest::newRow("unknown 500") << "SomethingBroke" << 500 << unknownFate(Kind::Server);
    QTest::newRow("unknown 503") << "Overloaded" << 503 << retry(Kind::Server);
}

void TestApiError::serviceCodes()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(Classification, expected);
    const ApiError error = ApiError::fromService(code, QStringLiteral("msg"), QStringLiteral("RID-1"), status,
                                                 QStringLiteral("https://diag.example.invalid/x"));
    QCOMPARE(classificationOf(error), expected);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, QStringLiteral("msg"));
    QCOMPARE(error.requestId, QStringLiteral("RID-1"));
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.recommend, QStringLiteral("https://diag.example.invalid/x"));
    QVERIFY(!error.userMessage().isEmpty());
}

void TestApiError::userMessages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("NotApplicable")
        << "NotApplicable"
        << "This AccessKey belongs to an account on the other site. Switch the profile's site and try again.";
    QTest::newRow("SignatureDoesNotMatch")
        << "SignatureDoesNotMatch"
        << "The AccessKey secret is wrong: the service could not verify the request's signature. Check the secret "
           "(pasted secrets often carry extra spaces).";
    QTest::newRow("InvalidAccessKeyId.NotFound")
        << "InvalidAccessKeyId.NotFound"
        << "The service does not know this AccessKey ID. Check the AccessKey ID and the site.";
    QTest::newRow("PAY.INSUFFICIENT_BALANCE")
        << "PAY.INSUFFICIENT_BALANCE"
        << "The account's balance is too low to pay for this order. Top up the account and try again.";
    QTest::newRow("NotAuthorized") << "NotAuthorized"
                                   << "This RAM user may not buy instances. Grant it the bss:ModifyInstance permission "
                                      "(for example with the AliyunBSSOrderAccess policy) and try again.";
    QTest::newRow("Throttling.User") << "Throttling.User"
                                     << "The service is busy and limited the request rate. Try again in a minute.";
    QTest::newRow("InvalidParameter") << "InvalidParameter"
                                      << "The service rejected the order as invalid. (detail)";
    QTest::newRow("unknown") << "Brand.New"
                             << "The service refused the request with code Brand.New. (detail)";
}

void TestApiError::userMessages()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QCOMPARE(ApiError::fromService(code, QStringLiteral("detail"), {}, 400, {}).userMessage(), message);
}

void TestApiError::network_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Classification>("expected");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << "Network.ConnectionRefused"
                             << retry(Kind::Network);
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << "Network.HostNotFound"
                                    << retry(Kind::Network);
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << "Network.ConnectionClosed"
                            << unknownFate(Kind::Network);
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << "Network.TlsError" << refused(Kind::Network);
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << "Network.Timeout" << unknownFate(Kind::Timeout);
    QTest::newRow("transfer timeout (6.4 reports a cancel)")
        << QNetworkReply::OperationCanceledError << "Network.Timeout" << unknownFate(Kind::Timeout);
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << "Network.Proxy" << retry(Kind::Network);
}

void TestApiError::network()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(QString, code);
    QFETCH(Classification, expected);
    const ApiError error = ApiError::fromNetwork(networkError, QStringLiteral("text"));
    QCOMPARE(classificationOf(error), expected);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, 0);
}

void TestApiError::kindIds()
{
    const QList<Kind> kinds
        = {Kind::InvalidOrder, Kind::Auth,    Kind::WrongSite, Kind::Permission, Kind::Payment,   Kind::Throttled,
           Kind::Server,       Kind::Network, Kind::Timeout,   Kind::Protocol,   Kind::Cancelled, Kind::Rejected};
    QStringList ids;
    for (Kind kind : kinds) {
        const QString id = ApiError::kindId(kind);
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.append(id);
        Kind back = Kind::Server;
        QVERIFY(ApiError::kindFromId(id, &back));
        QCOMPARE(back, kind);
    }
    QCOMPARE(ApiError::kindId(Kind::WrongSite), QStringLiteral("wrongSite"));
    Kind unused;
    QVERIFY(!ApiError::kindFromId(QStringLiteral("nope"), &unused));
}

void TestApiError::jsonRoundTrip()
{
    const ApiError error = ApiError::fromService(QStringLiteral("PAY.INSUFFICIENT_BALANCE"), QStringLiteral("m"),
                                                 QStringLiteral("RID"), 400, QStringLiteral("r"));
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("payment"));
    QCOMPARE(json.value(QLatin1String("code")).toString(), QStringLiteral("PAY.INSUFFICIENT_BALANCE"));
    QCOMPARE(json.value(QLatin1String("httpStatus")).toInt(), 400);
    QCOMPARE(json.value(QLatin1String("userMessage")).toString(), error.userMessage());
    QCOMPARE(ApiError::fromJson(json), error);
}

void TestApiError::localErrors()
{
    const ApiError protocol = ApiError::protocol(QStringLiteral("not JSON"), 200, true);
    QCOMPARE(protocol.kind, Kind::Protocol);
    QVERIFY(!protocol.retryable);
    QVERIFY(protocol.mayHaveReachedService);
    QCOMPARE(protocol.userMessage(), QStringLiteral("The service's answer could not be read. (not JSON)"));
    QCOMPARE(ApiError::timeout().userMessage(), QStringLiteral("The service did not answer in time."));
    QCOMPARE(ApiError::cancelled(false).kind, Kind::Cancelled);
    QVERIFY(!ApiError::cancelled(false).retryable);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
