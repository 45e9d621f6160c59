#pragma once

#include "core/api/Endpoint.h"
#include "core/api/RetryPolicy.h"
#include "core/api/Signer.h"
#include "core/api/StsClient.h"
#include "core/order/OrderSpec.h"
#include "core/store/CredentialReply.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace acrp {

class BssClient;
class CredentialStore;
class Profiles;

// How clients sign and retry: the same for every client the factory makes.
struct ClientSettings
{
    SignatureVersion signature = SignatureVersion::V1;
    RetryPolicy retry;
};

// Why no client could be made. Each is said in words by ClientResult::message.
enum class ClientProblem {
    None,
    NoSandbox, // the built-in sandbox is not running
    UnknownProfile, // no profile of that name
    SecretNotFound, // the profile has no secret in the keychain
    NoKeychain, // no keychain to read the secret from
    KeychainRefused, // the keychain is locked, or refused to answer
    NoCredentials, // no profile and no environment variables
    PartialEnvironment, // only one of the two environment variables is set
};

// What a client is for: who pays (a profile, or the environment variables when empty) and where.
struct ClientRequest
{
    QString profileName;
    Site site = Site::China; // the order's site: picks the sandbox's demo pair
    Endpoint endpoint;
};

struct ClientResult
{
    BssClient* client = nullptr; // a child of the context given to create(); null when there is none
    Endpoint endpoint; // with its URL (the sandbox's is known once it listens)
    // Whose credentials sign, as the journal records it: the profile's name, "sandbox" for the
    // sandbox's demo pair, "" for the environment variables. Resending a row with the same label
    // and endpoint signs with the same kind of key.
    QString credentialLabel;
    ClientProblem problem = ClientProblem::None;
    QString message; // why not, for the user (translated); empty with a client
    QString detail; // the technical cause behind `message` (a keychain's own error text), for details only
    bool ok() const { return client != nullptr; }
};

// The one place where BSS clients are made, for the wizard, the history and the command line.
// It owns the rules every front end must agree on:
//   - credentials: the built-in sandbox always signs with the demo pair of the order's site (it
//     knows no other key, and a real key must never go there); a real endpoint signs with the
//     named profile (its secret read from the keychain; a RAM role profile assumes its role with it
//     and signs with the temporary credentials, kept in memory and renewed before they expire) or,
//     with no profile, with ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN;
//   - the proxy: loopback is never sent through a proxy; everything else uses the system proxy
//     for its URL, no_proxy included (proxyFor());
//   - the signature version and the retry policy (settings()).
// Secrets stay in memory, inside the clients.
class ClientFactory : public QObject
{
    Q_OBJECT

public:
    // Gives the URL of the built-in sandbox, starting it if need be, or nothing with *error.
    using SandboxProvider = std::function<std::optional<QUrl>(QString* error)>;

    // `profiles` and `credentials` may be null (then only the sandbox and the environment serve).
    ClientFactory(Profiles* profiles, CredentialStore* credentials, QObject* parent = nullptr);
    ~ClientFactory() override;

    void setSettings(const ClientSettings& settings) { m_settings = settings; }
    const ClientSettings& settings() const { return m_settings; }
    void setSignatureVersion(SignatureVersion version) { m_settings.signature = version; }
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setSandboxProvider(SandboxProvider provider) { m_sandbox = std::move(provider); }
    // A fixed sandbox URL (the GUI's sandbox listens from the start).
    void setSandboxUrl(const QUrl& url);

    // The proxy rule, in one place: none for loopback hosts (localhost, 127.0.0.0/8, ::1), the
    // system's proxy for the URL otherwise (the environment's http_proxy / https_proxy / no_proxy
    // on Linux, the system settings elsewhere).
    static QNetworkProxy proxyFor(const QUrl& url);

    // The network access manager every client of this factory uses; it applies proxyFor() to each
    // request. Also for the credential check.
    QNetworkAccessManager* network() const { return m_network; }

    // `endpoint` with its URL: the built-in sandbox's is asked of the sandbox provider.
    std::optional<Endpoint> resolve(const Endpoint& endpoint, QString* error) const;

    // Makes a client for `request`. `done` is called once, always from the event loop, unless
    // `context` is destroyed first; the client is a child of `context`.
    void create(const ClientRequest& request, QObject* context, std::function<void(const ClientResult&)> done);

private:
    // `role`: the client assumes it with `credentials` (a RAM role profile), in a credential source of
    // its own, so every client (a resumed purchase's too) starts with fresh temporary credentials.
    BssClient* makeClient(const Endpoint& endpoint, const Credentials& credentials, QObject* parent,
                          const std::optional<AssumeRoleRequest>& role = std::nullopt) const;

    Profiles* m_profiles;
    CredentialStore* m_credentials;
    QNetworkAccessManager* m_network;
    ClientSettings m_settings;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    SandboxProvider m_sandbox;
};

} // namespace acrp
