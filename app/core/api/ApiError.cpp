#include "core/api/ApiError.h"

#include <QStringList>

namespace acrp {

namespace {

struct KindName
{
    ApiError::Kind kind;
    const char16_t* id;
};

constexpr KindName kKindNames[] = {
    {ApiError::Kind::InvalidOrder, u"invalidOrder"},
    {ApiError::Kind::Auth, u"auth"},
    {ApiError::Kind::WrongSite, u"wrongSite"},
    {ApiError::Kind::Permission, u"permission"},
    {ApiError::Kind::Payment, u"payment"},
    {ApiError::Kind::Throttled, u"throttled"},
    {ApiError::Kind::Server, u"server"},
    {ApiError::Kind::Network, u"network"},
    {ApiError::Kind::Timeout, u"timeout"},
    {ApiError::Kind::Protocol, u"protocol"},
    {ApiError::Kind::Cancelled, u"cancelled"},
    {ApiError::Kind::Rejected, u"rejected"},
};

bool is(const QString& code, QStringView expected)
{
    return code.compare(expected, Qt::CaseInsensitive) == 0;
}

bool startsWith(const QString& code, QStringView prefix)
{
    return code.startsWith(prefix, Qt::CaseInsensitive);
}

bool isPaymentCode(const QString& code)
{
    // BSS reports money problems under several spellings: PAY.INSUFFICIENT_BALANCE,
    // InvalidAccount.Arrears, ORDER.ARREARAGE, Account.Balance.NotEnough, ...
    return startsWith(code, u"PAY.") || code.contains(u"BALANCE", Qt::CaseInsensitive)
        || code.contains(u"ARREAR", Qt::CaseInsensitive) || code.contains(u"NotEnoughBalance", Qt::CaseInsensitive);
}

QString withDetail(const QString& sentence, const QString& detail)
{
    return detail.isEmpty() ? sentence : sentence + u' ' + ApiError::tr("(%1)").arg(detail);
}

} // namespace

QString ApiError::kindId(Kind kind)
{
    for (const auto& name : kKindNames) {
        if (name.kind == kind)
            return QString::fromUtf16(name.id);
    }
    return {};
}

bool ApiError::kindFromId(const QString& id, Kind* kind)
{
    for (const auto& name : kKindNames) {
        if (id == QStringView(name.id)) {
            *kind = name.kind;
            return true;
        }
    }
    return false;
}

ApiError::Kind ApiError::kindForCode(const QString& code, int httpStatus)
{
    if (is(code, u"InvalidParameter") || is(code, u"MissingParameter") || startsWith(code, u"InvalidParameter.")
        || startsWith(code, u"MissingParameter.") || startsWith(code, u"InvalidInstanceName")
        || startsWith(code, u"InvalidRegion") || code.contains(u"Duplicate", Qt::CaseInsensitive)
        || is(code, u"IdempotentParameterMismatch") || startsWith(code, u"COMMODITY.INVALID_COMPONENT"))
        return Kind::InvalidOrder;
    // NotApplicable is what BSS answers when the ProductType belongs to the other site.
    if (is(code, u"NotApplicable"))
        return Kind::WrongSite;
    if (is(code, u"NotAuthorized") || is(code, u"InvalidOwner") || startsWith(code, u"Forbidden")
        || startsWith(code, u"NoPermission"))
        return Kind::Permission;
    if (startsWith(code, u"InvalidAccessKeyId") || is(code, u"SignatureDoesNotMatch")
        || startsWith(code, u"InvalidSecurityToken") || is(code, u"IncompleteSignature")
        || is(code, u"InvalidTimeStamp.Expired") || startsWith(code, u"InvalidTimeStamp")
        || is(code, u"MissingAccessKeyId"))
        return Kind::Auth;
    if (isPaymentCode(code))
        return Kind::Payment;
    if (startsWith(code, u"Throttling") || is(code, u"OperationDenied.OrderProcessing"))
        return Kind::Throttled;
    if (is(code, u"ServiceUnavailable") || is(code, u"InternalError") || is(code, u"UnknownError")
        || is(code, u"SignatureNonceUsed") || startsWith(code, u"ServiceUnavailable") || httpStatus >= 500)
        return Kind::Server;
    return Kind::Rejected;
}

bool ApiError::isRetryableCode(const QString& code, int httpStatus)
{
    const Kind kind = kindForCode(code, httpStatus);
    return kind == Kind::Throttled || kind == Kind::Server;
}

bool ApiError::isAmbiguousCode(const QString& code, int httpStatus)
{
    // ServiceUnavailable and Throttling come from the front door before the order is looked at;
    // an internal error or "still being processed" may follow a half-done order.
    if (is(code, u"InternalError") || is(code, u"UnknownError") || is(code, u"OperationDenied.OrderProcessing"))
        return true;
    return kindForCode(code, httpStatus) == Kind::Server && !is(code, u"ServiceUnavailable")
        && !startsWith(code, u"ServiceUnavailable") && !is(code, u"SignatureNonceUsed") && httpStatus != 503;
}

ApiError ApiError::fromService(const QString& code, const QString& message, const QString& requestId, int httpStatus,
                               const QString& recommend)
{
    ApiError error;
    error.kind = kindForCode(code, httpStatus);
    error.code = code;
    error.message = message;
    error.requestId = requestId;
    error.httpStatus = httpStatus;
    error.recommend = recommend;
    error.retryable = isRetryableCode(code, httpStatus);
    error.mayHaveReachedService = isAmbiguousCode(code, httpStatus);
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError, const QString& errorString)
{
    ApiError error;
    error.kind = Kind::Network;
    error.message = errorString;
    error.retryable = true;
    error.mayHaveReachedService = true;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.code = QStringLiteral("Network.ConnectionRefused");
        error.mayHaveReachedService = false;
        break;
    case QNetworkReply::HostNotFoundError:
        error.code = QStringLiteral("Network.HostNotFound");
        error.mayHaveReachedService = false;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        // TLS errors are never ignored and never retried: a wrong certificate will not fix itself.
        error.code = QStringLiteral("Network.TlsError");
        error.retryable = false;
        error.mayHaveReachedService = false;
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        error.code = QStringLiteral("Network.Proxy");
        error.mayHaveReachedService = false;
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.code = QStringLiteral("Network.ConnectionClosed");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return timeout();
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        error.code = QStringLiteral("Network.Unsupported");
        error.retryable = false;
        error.mayHaveReachedService = false;
        break;
    default:
        error.code = QStringLiteral("Network.Error");
        break;
    }
    return error;
}

ApiError ApiError::timeout()
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.code = QStringLiteral("Network.Timeout");
    error.message = QStringLiteral("no answer within the transfer timeout");
    error.retryable = true;
    error.mayHaveReachedService = true;
    return error;
}

ApiError ApiError::protocol(const QString& detail, int httpStatus, bool mayHaveReachedService)
{
    ApiError error;
    error.kind = Kind::Protocol;
    error.code = QStringLiteral("Protocol.UnexpectedAnswer");
    error.message = detail;
    error.httpStatus = httpStatus;
    error.retryable = false;
    error.mayHaveReachedService = mayHaveReachedService;
    return error;
}

ApiError ApiError::cancelled(bool mayHaveReachedService)
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.code = QStringLiteral("Cancelled");
    error.message = QStringLiteral("cancelled by the caller");
    error.mayHaveReachedService = mayHaveReachedService;
    return error;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::InvalidOrder:
        if (is(code, u"IdempotentParameterMismatch"))
            return tr("The service already has a different order under this ClientToken. Nothing was bought "
                      "with this request; submit the order again to get a new ClientToken.");
        if (code.contains(u"Duplicate", Qt::CaseInsensitive))
            return withDetail(tr("An instance with this name already exists in this region. Choose another "
                                 "name."),
                              message);
        return withDetail(tr("The service rejected the order as invalid."), message);
    case Kind::Auth:
        if (is(code, u"SignatureDoesNotMatch"))
            return tr("The AccessKey secret is wrong: the service could not verify the request's signature. "
                      "Check the secret (pasted secrets often carry extra spaces).");
        if (is(code, u"InvalidAccessKeyId.NotFound") || is(code, u"InvalidAccessKeyId"))
            return tr("The service does not know this AccessKey ID. Check the AccessKey ID and the site.");
        if (is(code, u"InvalidAccessKeyId.Inactive"))
            return tr("This AccessKey is disabled. Enable it in the RAM console or use another one.");
        if (startsWith(code, u"InvalidSecurityToken"))
            return tr("The STS security token is invalid or has expired. Get a new token and try again.");
        if (is(code, u"InvalidTimeStamp.Expired"))
            return tr("This computer's clock differs from the service's by more than 15 minutes, even after "
                      "correcting for it. Set the clock and try again.");
        return withDetail(tr("The service did not accept the credentials."), message);
    case Kind::WrongSite:
        return tr("This AccessKey belongs to an account on the other site. Switch the profile's site and try "
                  "again.");
    case Kind::Permission:
        if (is(code, u"NotAuthorized"))
            return tr("This RAM user may not buy instances. Grant it the bss:ModifyInstance permission (for "
                      "example with the AliyunBSSOrderAccess policy) and try again.");
        if (is(code, u"InvalidOwner"))
            return tr("The AccessKey's account is not the owner the service expected. Use the AccessKey of the "
                      "account that pays for the order.");
        return withDetail(tr("The account is not allowed to do this."), message);
    case Kind::Payment:
        return tr("The account's balance is too low to pay for this order. Top up the account and try again.");
    case Kind::Throttled:
        if (is(code, u"OperationDenied.OrderProcessing"))
            return tr("An earlier order is still being processed. Wait a minute and try again.");
        return tr("The service is busy and limited the request rate. Try again in a minute.");
    case Kind::Server:
        return tr("The service had a problem on its side. Try again later.");
    case Kind::Network:
        if (code == u"Network.TlsError")
            return withDetail(tr("The connection was refused because the service's TLS certificate could not be "
                                 "verified."),
                              message);
        return withDetail(tr("Could not reach the service."), message);
    case Kind::Timeout:
        return tr("The service did not answer in time.");
    case Kind::Protocol:
        return withDetail(tr("The service's answer could not be read."), message);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Rejected:
        return withDetail(tr("The service refused the request with code %1.").arg(code), message);
    }
    return {};
}

QJsonObject ApiError::toJson() const
{
    QJsonObject object {
        {QStringLiteral("kind"), kindId(kind)},     {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},       {QStringLiteral("requestId"), requestId},
        {QStringLiteral("httpStatus"), httpStatus}, {QStringLiteral("recommend"), recommend},
        {QStringLiteral("retryable"), retryable},   {QStringLiteral("userMessage"), userMessage()},
    };
    if (mayHaveReachedService)
        object.insert(QStringLiteral("mayHaveReachedService"), true);
    return object;
}

ApiError ApiError::fromJson(const QJsonObject& object)
{
    ApiError error;
    kindFromId(object.value(QLatin1String("kind")).toString(), &error.kind);
    error.code = object.value(QLatin1String("code")).toString();
    error.message = object.value(QLatin1String("message")).toString();
    error.requestId = object.value(QLatin1String("requestId")).toString();
    error.httpStatus = object.value(QLatin1String("httpStatus")).toInt();
    error.recommend = object.value(QLatin1String("recommend")).toString();
    error.retryable = object.value(QLatin1String("retryable")).toBool();
    error.mayHaveReachedService = object.value(QLatin1String("mayHaveReachedService")).toBool();
    return error;
}

} // namespace acrp
