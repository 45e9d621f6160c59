#include "core/api/StsClient.h"

#include "core/api/BssClient.h"
#include "core/api/BssResults.h"
#include "core/api/ResponseParser.h"

namespace acrp {

std::variant<AssumedRole, ApiError> AssumedRole::fromJson(const QJsonObject& body)
{
    AssumedRole result;
    result.requestId = ResponseParser::string(body, {u"RequestId"});
    result.credentials.accessKeyId = ResponseParser::string(body, {u"Credentials", u"AccessKeyId"});
    result.credentials.accessKeySecret = ResponseParser::string(body, {u"Credentials", u"AccessKeySecret"});
    result.credentials.securityToken = ResponseParser::string(body, {u"Credentials", u"SecurityToken"});
    const QString expiration = ResponseParser::string(body, {u"Credentials", u"Expiration"});
    result.assumedRoleId = ResponseParser::string(body, {u"AssumedRoleUser", u"AssumedRoleId"});
    result.arn = ResponseParser::string(body, {u"AssumedRoleUser", u"Arn"});
    // Without all three parts and a readable expiry the credentials cannot be used (or renewed in
    // time); the error names the field, never its value.
    if (result.credentials.accessKeyId.isEmpty())
        return missingFieldError(QStringLiteral("Credentials.AccessKeyId"), result.requestId);
    if (result.credentials.accessKeySecret.isEmpty())
        return missingFieldError(QStringLiteral("Credentials.AccessKeySecret"), result.requestId);
    if (result.credentials.securityToken.isEmpty())
        return missingFieldError(QStringLiteral("Credentials.SecurityToken"), result.requestId);
    if (expiration.isEmpty())
        return missingFieldError(QStringLiteral("Credentials.Expiration"), result.requestId);
    bool ok = false;
    result.expiration = parseServiceTime(expiration, &ok);
    if (!ok)
        return unreadableTimeError(QStringLiteral("Credentials.Expiration"), expiration, result.requestId);
    return result;
}

std::variant<CallerIdentity, ApiError> CallerIdentity::fromJson(const QJsonObject& body)
{
    CallerIdentity result;
    result.requestId = ResponseParser::string(body, {u"RequestId"});
    result.identityType = ResponseParser::string(body, {u"IdentityType"});
    result.accountId = ResponseParser::string(body, {u"AccountId"});
    result.userId = ResponseParser::string(body, {u"UserId"});
    result.principalId = ResponseParser::string(body, {u"PrincipalId"});
    result.arn = ResponseParser::string(body, {u"Arn"});
    result.roleId = ResponseParser::string(body, {u"RoleId"});
    if (result.arn.isEmpty())
        return missingFieldError(QStringLiteral("Arn"), result.requestId);
    if (result.accountId.isEmpty())
        return missingFieldError(QStringLiteral("AccountId"), result.requestId);
    return result;
}

StsClient::StsClient(BssClient* transport)
    : m_transport(transport)
{ }

RpcCall StsClient::call(const QString& action, const ParameterList& parameters) const
{
    RpcCall rpc;
    rpc.method = "POST";
    if (m_transport) {
        rpc.scheme = m_transport->endpoint().stsScheme();
        rpc.host = m_transport->endpoint().stsHostAndPort();
    }
    rpc.action = action;
    rpc.version = kVersion;
    rpc.parameters = parameters;
    return rpc;
}

RpcCall StsClient::assumeRoleCall(const AssumeRoleRequest& request) const
{
    ParameterList parameters = {
        {QStringLiteral("RoleArn"), request.roleArn},
        {QStringLiteral("RoleSessionName"), request.sessionName},
        {QStringLiteral("DurationSeconds"), QString::number(request.durationSeconds)},
    };
    if (!request.externalId.isEmpty())
        parameters.append({QStringLiteral("ExternalId"), request.externalId});
    return call(QStringLiteral("AssumeRole"), parameters);
}

BssCall* StsClient::assumeRole(const AssumeRoleRequest& request) const
{
    return m_transport ? m_transport->start(assumeRoleCall(request), BssCall::typed<AssumedRole>()) : nullptr;
}

BssCall* StsClient::getCallerIdentity() const
{
    return m_transport
        ? m_transport->start(call(QStringLiteral("GetCallerIdentity"), {}), BssCall::typed<CallerIdentity>())
        : nullptr;
}

} // namespace acrp
