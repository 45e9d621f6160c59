#pragma once

#include "core/api/ApiError.h"
#include "core/api/Signer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QPointer>
#include <QString>
#include <variant>

namespace acrp {

class BssCall;
class BssClient;

// What AssumeRole is asked for: the role, the session's name, the external id the role's trust
// policy may demand, and how long the temporary credentials should last.
struct AssumeRoleRequest
{
    static constexpr int kDefaultDurationSeconds = 3600;
    static inline const QString kDefaultSessionName = QStringLiteral("acr-purchase");

    QString roleArn; // acs:ram::<account>:role/<name>
    QString sessionName = kDefaultSessionName;
    QString externalId; // empty: not sent
    int durationSeconds = kDefaultDurationSeconds;

    friend bool operator==(const AssumeRoleRequest&, const AssumeRoleRequest&) = default;
};

// AssumeRole's answer: the temporary credentials (memory only) and who they are.
struct AssumedRole
{
    Credentials credentials; // AccessKeyId "STS.…", AccessKeySecret, SecurityToken
    QDateTime expiration; // UTC, on the service's clock
    QString assumedRoleId;
    QString arn; // acs:ram::<account>:assumed-role/<role>/<session>
    QString requestId;
    static std::variant<AssumedRole, ApiError> fromJson(const QJsonObject& body);
};

// GetCallerIdentity's answer: whose credentials signed the call.
struct CallerIdentity
{
    QString identityType; // Account, RAMUser, AssumedRoleUser
    QString accountId;
    QString userId;
    QString principalId;
    QString arn;
    QString roleId; // AssumedRoleUser only
    QString requestId;
    static std::variant<CallerIdentity, ApiError> fromJson(const QJsonObject& body);
};

// STS (RPC, version 2015-04-01) through a BssClient's transport: its credentials (source), signing,
// retries, size limits and redaction. The host is the STS endpoint of the client's endpoint
// (Endpoint::stsHostAndPort()): sts.aliyuncs.com, sts.ap-southeast-1.aliyuncs.com, or the same URL
// for the sandbox and custom endpoints. The calls are children of the client.
class StsClient
{
public:
    static inline const QString kVersion = QStringLiteral("2015-04-01");

    explicit StsClient(BssClient* transport);

    // AssumeRole: an AssumedRole.
    BssCall* assumeRole(const AssumeRoleRequest& request) const;
    // GetCallerIdentity: a CallerIdentity.
    BssCall* getCallerIdentity() const;

    RpcCall assumeRoleCall(const AssumeRoleRequest& request) const;
    RpcCall call(const QString& action, const ParameterList& parameters) const;

private:
    QPointer<BssClient> m_transport;
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::AssumedRole)
Q_DECLARE_METATYPE(acrp::CallerIdentity)
