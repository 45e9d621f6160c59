#include "core/app/ClientFactory.h"

#include "core/api/BssClient.h"
#include "core/api/RoleCredentialSource.h"
#include "core/store/ProfileResolver.h"
#include "core/store/SandboxCredentials.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

namespace acrp {

namespace {

// Asks ClientFactory::proxyFor() for every request of the factory's network access manager.
class ProxyRule : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        return {ClientFactory::proxyFor(query.url())};
    }
};

QString missingCredentials()
{
    return ClientFactory::tr("No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                             "(and ALIBABA_CLOUD_SECURITY_TOKEN for an STS token), or choose a profile.");
}

ClientProblem problemOf(const ResolvedProfile& resolved)
{
    if (resolved.unknownProfile)
        return ClientProblem::UnknownProfile;
    switch (resolved.status) {
    case CredentialStatus::Ok:
        return ClientProblem::None;
    case CredentialStatus::NotFound:
        return ClientProblem::SecretNotFound;
    case CredentialStatus::NoBackend:
        return ClientProblem::NoKeychain;
    case CredentialStatus::Locked:
    case CredentialStatus::Failed:
        break;
    }
    return ClientProblem::KeychainRefused;
}

} // namespace

ClientFactory::ClientFactory(Profiles* profiles, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxyFactory(new ProxyRule); // owned by the manager
}

ClientFactory::~ClientFactory() = default;

void ClientFactory::setSandboxUrl(const QUrl& url)
{
    m_sandbox = [url](QString* error) -> std::optional<QUrl> {
        if (url.isValid())
            return url;
        if (error)
            *error = tr("The built-in sandbox is not running.");
        return std::nullopt;
    };
}

QNetworkProxy ClientFactory::proxyFor(const QUrl& url)
{
    // A proxy cannot reach this machine's loopback, and the sandbox must work behind any proxy.
    if (Endpoint::isLoopbackHost(url.host()))
        return QNetworkProxy::NoProxy;
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return proxies.value(0, QNetworkProxy::NoProxy);
}

std::optional<Endpoint> ClientFactory::resolve(const Endpoint& endpoint, QString* error) const
{
    if (!endpoint.isSandbox())
        return endpoint;
    if (!m_sandbox) {
        if (error)
            *error = tr("The built-in sandbox is not running.");
        return std::nullopt;
    }
    const std::optional<QUrl> url = m_sandbox(error);
    if (!url)
        return std::nullopt;
    return Endpoint::sandbox(*url);
}

BssClient* ClientFactory::makeClient(const Endpoint& endpoint, const Credentials& credentials, QObject* parent,
                                     const std::optional<AssumeRoleRequest>& role) const
{
    auto* client = new BssClient(m_network, parent);
    client->setEndpoint(endpoint);
    if (role) {
        auto source = std::make_shared<RoleCredentialSource>(m_network, endpoint, credentials, *role);
        source->setSignatureVersion(m_settings.signature);
        source->setRetryPolicy(m_settings.retry);
        client->setCredentialSource(std::move(source));
    } else {
        client->setCredentials(credentials);
    }
    client->setSignatureVersion(m_settings.signature);
    client->setRetryPolicy(m_settings.retry);
    return client;
}

void ClientFactory::create(const ClientRequest& request, QObject* context,
                           std::function<void(const ClientResult&)> done)
{
    // Every answer comes from the event loop, whichever path it takes (the keychain's is
    // asynchronous), so callers have one shape to handle.
    const auto answer = [context, done](const ClientResult& result) {
        QTimer::singleShot(0, context, [done, result] { done(result); });
    };
    ClientResult result;
    QString error;
    const std::optional<Endpoint> endpoint = resolve(request.endpoint, &error);
    if (!endpoint) {
        result.problem = ClientProblem::NoSandbox;
        result.message = error;
        answer(result);
        return;
    }
    result.endpoint = *endpoint;

    if (endpoint->isSandbox()) {
        result.credentialLabel = QString::fromLatin1(sandboxdemo::kProfileName);
        result.client = makeClient(*endpoint, sandboxdemo::credentials(request.site), context);
        answer(result);
        return;
    }
    if (!request.profileName.isEmpty()) {
        if (!m_profiles || !m_credentials) {
            result.problem = ClientProblem::UnknownProfile;
            result.message = tr("No credential profiles are available.");
            answer(result);
            return;
        }
        QPointer<ClientFactory> self(this);
        ProfileResolver::resolve(
            request.profileName, *m_profiles, *m_credentials, context,
            [self, context, done, result, name = request.profileName](const ResolvedProfile& resolved) mutable {
                result.credentialLabel = name;
                if (!resolved.ok || !self) {
                    result.problem = problemOf(resolved);
                    result.message = resolved.message;
                    result.detail = resolved.detail;
                } else {
                    const Profile& profile = resolved.profile;
                    result.client = self->makeClient(result.endpoint, resolved.credentials, context,
                                                     profile.mode == CredentialMode::RamRoleArn
                                                         ? std::optional<AssumeRoleRequest>(profile.role)
                                                         : std::nullopt);
                }
                done(result);
            });
        return;
    }

    const QString id = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
    // Trimmed: pasted secrets often carry a newline.
    const QString secret = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed();
    if (id.isEmpty() && secret.isEmpty()) {
        result.problem = ClientProblem::NoCredentials;
        result.message = missingCredentials();
    } else if (id.isEmpty() || secret.isEmpty()) {
        result.problem = ClientProblem::PartialEnvironment;
        result.message = tr("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set.");
    } else {
        const Credentials credentials {id, secret,
                                       m_environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")).trimmed()};
        result.client = makeClient(*endpoint, credentials, context);
    }
    answer(result);
}

} // namespace acrp
