#pragma once

#include <QCoreApplication>
#include <QString>

namespace acrp::sandbox {

// An error answer of the sandbox: HTTP status, the service's Code and a Message, shaped into
// {"RequestId","HostId","Code","Message","Recommend"} by the server. The codes, statuses and
// message texts follow the real gateway and BSS where they are known (see the README section of
// the sandbox for the ones that are the sandbox's own choice).
struct SandboxError
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::SandboxError)

public:
    int httpStatus = 400;
    QString code;
    QString message;

    // --- The API gateway: request shape and authentication ---
    static SandboxError missingParameter(const QString& name, const QString& detail = {});
    static SandboxError invalidParameter(const QString& name, const QString& detail = {});
    static SandboxError invalidAction(); // 404 InvalidAction.NotFound
    static SandboxError invalidVersion(); // 400 InvalidVersion
    static SandboxError accessKeyNotFound(); // 404 InvalidAccessKeyId.NotFound
    static SandboxError securityTokenMismatch(); // 400 InvalidSecurityToken.MismatchWithAccessKey
    // Temporary credentials (STS) sent without their SecurityToken.
    static SandboxError missingSecurityToken(); // 400 MissingSecurityToken
    static SandboxError securityTokenExpired(); // 400 InvalidSecurityToken.Expired
    static SandboxError incompleteSignature(const QString& detail); // 400 IncompleteSignature
    static SandboxError signatureMismatch(const QByteArray& serverStringToSign); // 400 SignatureDoesNotMatch
    static SandboxError timestampMalformed(const QString& name); // 400 InvalidTimeStamp.Format
    static SandboxError timestampExpired(const QString& received, const QString& serverTime); // 400
    static SandboxError nonceUsed(); // 400 SignatureNonceUsed
    static SandboxError serviceUnavailable(); // 503 ServiceUnavailable
    static SandboxError throttling(); // 400 Throttling.User

    // --- STS (AssumeRole) ---
    static SandboxError rootMayNotAssumeRoles(); // 403 NoPermission
    // The role's trust policy does not name the caller.
    static SandboxError notAuthorizedByRam(); // 403 NoPermission
    // The sandbox's convention: the same code, a message that names the ExternalId.
    static SandboxError externalIdMismatch(); // 403 NoPermission
    static SandboxError roleNotFound(const QString& roleArn); // 404 EntityNotExist.Role
    // InvalidParameter.<name>: "The parameter <name> is wrongly formed."
    static SandboxError wronglyFormed(const QString& name); // 400
    // InvalidParameter.DurationSeconds, naming the largest allowed value in seconds.
    static SandboxError durationOutOfRange(int maxSeconds); // 400

    // --- BSS and ACR business errors ---
    static SandboxError notApplicable(); // 400 NotApplicable: the other site's product type
    static SandboxError editionNotSold(const QString& edition, const QString& productType); // 400
    static SandboxError instanceNameTaken(const QString& name, const QString& region); // 400
    static SandboxError insufficientBalance(); // 400 PAY.INSUFFICIENT_BALANCE
    static SandboxError idempotentParameterMismatch(); // 400 IdempotentParameterMismatch
    static SandboxError orderNotFound(const QString& orderId); // 404 NotFound.Order
    static SandboxError instanceNotFound(const QString& instanceId); // 404 INSTANCE_NOT_EXIST
    // BSS on an instance it does not know for the caller (unknown, released, another account's).
    static SandboxError resourceNotExists(const QString& instanceId); // 400 ResourceNotExists
    // BSS on an instance whose state does not allow the operation (e.g. still being created).
    static SandboxError resourceStatusError(const QString& instanceId, const QString& status); // 400
};

} // namespace acrp::sandbox
