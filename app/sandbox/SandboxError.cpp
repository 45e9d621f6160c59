#include "sandbox/SandboxError.h"

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

SandboxError make(int status, const QString& code, const QString& message)
{
    SandboxError error;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    return error;
}

QString withDetail(const QString& message, const QString& detail)
{
    return detail.isEmpty() ? message : message + u' ' + detail;
}

} // namespace

SandboxError SandboxError::missingParameter(const QString& name, const QString& detail)
{
    return make(400, u"MissingParameter"_s,
                withDetail(tr("The input parameter \"%1\" that is mandatory for processing this request is not "
                              "supplied.")
                               .arg(name),
                           detail));
}

SandboxError SandboxError::invalidParameter(const QString& name, const QString& detail)
{
    return make(400, u"InvalidParameter"_s,
                withDetail(tr("The specified parameter \"%1\" is not valid.").arg(name), detail));
}

SandboxError SandboxError::invalidAction()
{
    return make(404, u"InvalidAction.NotFound"_s, tr("Specified api is not found, please check your url and method."));
}

SandboxError SandboxError::invalidVersion()
{
    return make(400, u"InvalidVersion"_s, tr("Specified parameter Version is not valid."));
}

SandboxError SandboxError::accessKeyNotFound()
{
    return make(404, u"InvalidAccessKeyId.NotFound"_s, tr("Specified access key is not found."));
}

SandboxError SandboxError::securityTokenMismatch()
{
    return make(400, u"InvalidSecurityToken.MismatchWithAccessKey"_s,
                tr("Specified SecurityToken mismatch with the AccessKey."));
}

SandboxError SandboxError::missingSecurityToken()
{
    return make(400, u"MissingSecurityToken"_s, tr("SecurityToken is mandatory for this action."));
}

SandboxError SandboxError::securityTokenExpired()
{
    return make(400, u"InvalidSecurityToken.Expired"_s, tr("Specified SecurityToken is expired."));
}

SandboxError SandboxError::incompleteSignature(const QString& detail)
{
    return make(400, u"IncompleteSignature"_s,
                withDetail(tr("The request signature does not conform to Aliyun standards."), detail));
}

SandboxError SandboxError::signatureMismatch(const QByteArray& serverStringToSign)
{
    // Like the real gateway, the message carries the server's string-to-sign (it holds no secret),
    // so a client can compare it with its own.
    return make(400, u"SignatureDoesNotMatch"_s,
                tr("Specified signature is not matched with our calculation. server string to sign is:%1")
                    .arg(QString::fromUtf8(serverStringToSign)));
}

SandboxError SandboxError::timestampMalformed(const QString& name)
{
    return make(400, u"InvalidTimeStamp.Format"_s,
                tr("Specified time stamp or date value is not well formatted (%1).").arg(name));
}

SandboxError SandboxError::timestampExpired(const QString& received, const QString& serverTime)
{
    return make(400, u"InvalidTimeStamp.Expired"_s,
                tr("Specified time stamp or date value is expired. Received %1, the server time is %2.")
                    .arg(received, serverTime));
}

SandboxError SandboxError::nonceUsed()
{
    return make(400, u"SignatureNonceUsed"_s, tr("Specified signature nonce was used already."));
}

SandboxError SandboxError::serviceUnavailable()
{
    return make(503, u"ServiceUnavailable"_s, tr("The request has failed due to a temporary failure of the server."));
}

SandboxError SandboxError::throttling()
{
    return make(400, u"Throttling.User"_s, tr("Request was denied due to user flow control."));
}

SandboxError SandboxError::rootMayNotAssumeRoles()
{
    return make(403, u"NoPermission"_s, tr("Roles may not be assumed by root accounts."));
}

SandboxError SandboxError::notAuthorizedByRam()
{
    return make(403, u"NoPermission"_s,
                tr("You are not authorized to do this action. You should be authorized by RAM."));
}

SandboxError SandboxError::externalIdMismatch()
{
    return make(403, u"NoPermission"_s,
                tr("You are not authorized to do this action. The ExternalId does not match the trust policy of the "
                   "role."));
}

SandboxError SandboxError::roleNotFound(const QString& roleArn)
{
    return make(404, u"EntityNotExist.Role"_s, tr("The role not exists: %1.").arg(roleArn));
}

SandboxError SandboxError::wronglyFormed(const QString& name)
{
    return make(400, u"InvalidParameter."_s + name, tr("The parameter %1 is wrongly formed.").arg(name));
}

SandboxError SandboxError::durationOutOfRange(int maxSeconds)
{
    return make(400, u"InvalidParameter.DurationSeconds"_s,
                tr("The Min/Max value of DurationSeconds is 15min/%1s.").arg(maxSeconds));
}

SandboxError SandboxError::notApplicable()
{
    return make(400, u"NotApplicable"_s, tr("This API is not applicable for caller."));
}

SandboxError SandboxError::editionNotSold(const QString& edition, const QString& productType)
{
    return make(400, u"COMMODITY.INVALID_COMPONENT"_s,
                tr("The value \"%1\" of the component InstanceType is not sold for the product type %2.")
                    .arg(edition, productType));
}

SandboxError SandboxError::instanceNameTaken(const QString& name, const QString& region)
{
    return make(400, u"InstanceNameDuplicated"_s,
                tr("An instance named \"%1\" already exists in the region %2.").arg(name, region));
}

SandboxError SandboxError::insufficientBalance()
{
    return make(400, u"PAY.INSUFFICIENT_BALANCE"_s, tr("Your account does not have enough balance."));
}

SandboxError SandboxError::idempotentParameterMismatch()
{
    return make(400, u"IdempotentParameterMismatch"_s,
                tr("The request uses the same client token as a previous, but non-identical request. Do not "
                   "reuse a client token with different requests, unless the requests are identical."));
}

SandboxError SandboxError::orderNotFound(const QString& orderId)
{
    return make(404, u"NotFound.Order"_s, tr("The order %1 does not exist.").arg(orderId));
}

SandboxError SandboxError::instanceNotFound(const QString& instanceId)
{
    return make(404, u"INSTANCE_NOT_EXIST"_s, tr("The instance %1 does not exist.").arg(instanceId));
}

SandboxError SandboxError::resourceNotExists(const QString& instanceId)
{
    return make(400, u"ResourceNotExists"_s, tr("The instance %1 does not exist.").arg(instanceId));
}

SandboxError SandboxError::resourceStatusError(const QString& instanceId, const QString& status)
{
    return make(400, u"ResourceStatusError"_s,
                tr("The instance %1 cannot be renewed while its status is %2.").arg(instanceId, status));
}

} // namespace acrp::sandbox
