#pragma once

#include "core/api/CredentialSource.h"
#include "core/api/Endpoint.h"
#include "core/api/RetryPolicy.h"
#include "core/api/StsClient.h"

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>
#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace acrp {

class BssCall;
class BssClient;

// The credentials of a RAM role profile: the profile's long-lived AccessKey pair assumes the role
// (STS AssumeRole) before the first call, and the temporary credentials it gives are handed out
// until shortly before they expire, then assumed again. They are kept in this object's memory only
// (never in the journal, the settings or a log), and go with it: a purchase resumed later, from a
// new client, assumes the role afresh.
class RoleCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    // `endpoint`: the BSS endpoint the calls go to; STS is asked at its STS endpoint
    // (Endpoint::stsHostAndPort()).
    RoleCredentialSource(QNetworkAccessManager* network, const Endpoint& endpoint, const Credentials& longLived,
                         const AssumeRoleRequest& role, QObject* parent = nullptr);
    ~RoleCredentialSource() override;

    void setSignatureVersion(SignatureVersion version);
    void setRetryPolicy(const RetryPolicy& policy);

    void acquire(QObject* context, Callback done, const QString& staleAccessKeyId = QString()) override;
    bool renews() const override { return true; }
    QString accessKeyId() const override { return m_longLived.accessKeyId; }
    Credentials current() const override;
    QStringList secrets() const override;

    const AssumeRoleRequest& role() const { return m_role; }
    // The last AssumeRole's answer (its credentials included); empty before the first.
    const std::optional<AssumedRole>& assumed() const { return m_assumed; }
    // True while the temporary credentials are handed out without assuming the role again.
    bool hasFreshCredentials() const { return m_assumed && !m_renewBy.hasExpired(); }
    // How many times the role was assumed.
    int assumeCount() const { return m_assumeCount; }

    // How long before their expiry temporary credentials are renewed: a fifth of their lifetime, at
    // most 5 minutes (so one-hour credentials are renewed 5 minutes early, 3-second ones 0.6 s early).
    static std::chrono::milliseconds refreshMargin(std::chrono::milliseconds lifetime);

Q_SIGNALS:
    // The role was assumed (again).
    void assumedRole();

private:
    void startAssume();
    void finishAssume(BssCall* call);

    Credentials m_longLived;
    AssumeRoleRequest m_role;
    BssClient* m_transport; // signs the STS calls with the long-lived pair
    std::optional<AssumedRole> m_assumed;
    QDeadlineTimer m_renewBy; // when the current temporary credentials are due for renewal
    QStringList m_handedOut; // every temporary secret and token, for redaction
    QPointer<BssCall> m_pending;
    QList<std::pair<QPointer<QObject>, Callback>> m_waiting;
    int m_assumeCount = 0;
};

} // namespace acrp
