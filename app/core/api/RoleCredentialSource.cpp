#include "core/api/RoleCredentialSource.h"

#include "core/api/BssClient.h"

#include <algorithm>

namespace acrp {

RoleCredentialSource::RoleCredentialSource(QNetworkAccessManager* network, const Endpoint& endpoint,
                                           const Credentials& longLived, const AssumeRoleRequest& role, QObject* parent)
    : CredentialSource(parent)
    , m_longLived(longLived)
    , m_role(role)
    , m_transport(new BssClient(network, this))
    , m_renewBy(QDeadlineTimer(0))
{
    m_transport->setEndpoint(endpoint);
    m_transport->setCredentials(longLived);
}

RoleCredentialSource::~RoleCredentialSource() = default;

void RoleCredentialSource::setSignatureVersion(SignatureVersion version)
{
    m_transport->setSignatureVersion(version);
}

void RoleCredentialSource::setRetryPolicy(const RetryPolicy& policy)
{
    m_transport->setRetryPolicy(policy);
}

std::chrono::milliseconds RoleCredentialSource::refreshMargin(std::chrono::milliseconds lifetime)
{
    using namespace std::chrono_literals;
    return std::clamp<std::chrono::milliseconds>(lifetime / 5, 0ms, 300s);
}

Credentials RoleCredentialSource::current() const
{
    return m_assumed ? m_assumed->credentials : m_longLived;
}

QStringList RoleCredentialSource::secrets() const
{
    return QStringList {m_longLived.accessKeySecret, m_longLived.securityToken} + m_handedOut;
}

void RoleCredentialSource::acquire(QObject* context, Callback done, const QString& staleAccessKeyId)
{
    const bool usable = hasFreshCredentials()
        && (staleAccessKeyId.isEmpty() || m_assumed->credentials.accessKeyId != staleAccessKeyId);
    if (usable) {
        answer(context, done, m_assumed->credentials);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (!m_pending) // one AssumeRole at a time; every caller waiting meanwhile gets its answer
        startAssume();
}

void RoleCredentialSource::startAssume()
{
    BssCall* call = StsClient(m_transport).assumeRole(m_role);
    m_pending = call;
    connect(call, &BssCall::finished, this, [this, call] { finishAssume(call); });
}

void RoleCredentialSource::finishAssume(BssCall* call)
{
    call->deleteLater();
    m_pending.clear();
    Result result;
    if (call->succeeded()) {
        const AssumedRole assumed = call->resultAs<AssumedRole>();
        m_assumed = assumed;
        ++m_assumeCount;
        m_handedOut << assumed.credentials.accessKeySecret << assumed.credentials.securityToken;
        // The lifetime on the service's clock (the transport learns its offset), renewed a margin
        // before its end on this computer's monotonic clock.
        const auto lifetime = std::chrono::milliseconds(std::max<qint64>(
            0, assumed.expiration.toMSecsSinceEpoch() - m_transport->serviceTime().toMSecsSinceEpoch()));
        m_renewBy = QDeadlineTimer(lifetime - refreshMargin(lifetime));
        result = assumed.credentials;
        Q_EMIT assumedRole();
    } else {
        result = *call->error();
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [context, done] : waiting)
        answer(context, done, result);
}

} // namespace acrp
