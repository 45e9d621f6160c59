#pragma once

#include "core/api/Signer.h"
#include "sandbox/HttpMessage.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxError.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <deque>
#include <optional>

namespace acrp::sandbox {

class SandboxSts;

// What a request asks for, read before it is authenticated.
struct RpcEnvelope
{
    SignatureVersion signatureVersion = SignatureVersion::V1;
    QString action; // V1: the Action parameter; V3: the x-acs-action header
    QString version; // V1: the Version parameter; V3: the x-acs-version header
    ParameterList queryParameters; // decoded, in the order received
    ParameterList formParameters; // decoded application/x-www-form-urlencoded body, if any

    // Query and form parameters together (the first of a repeated name wins): the operation's
    // input, common parameters included.
    QMap<QString, QString> parameters() const;

    static RpcEnvelope read(const IncomingRequest& request);
};

// Authenticates RPC requests like the Alibaba Cloud API gateway: signature V1 (HMAC-SHA1, query or
// form, GET or POST) and V3 (ACS3-HMAC-SHA256), with the timestamp window and the nonce memory of
// the real one. The checks run in the gateway's order: request shape, timestamp, AccessKey, STS
// token, signature, nonce. A nonce is remembered only once the signature is right.
class RequestAuthenticator
{
public:
    static constexpr qint64 kWindowSeconds = 15 * 60; // the allowed skew and the nonce memory

    explicit RequestAuthenticator(QList<SandboxAccount> accounts);

    // Also accepts the RAM users' keys and the temporary credentials `sts` issued (which must carry
    // their SecurityToken and are refused once expired). Null: the accounts' keys only.
    void setSts(const SandboxSts* sts) { m_sts = sts; }

    // The account the request's AccessKey acts on (for a RAM user or a role session: the root pair
    // of its account) and who signed, or the error the gateway would answer.
    std::optional<SandboxError> authenticate(const IncomingRequest& request, const RpcEnvelope& envelope,
                                             const QDateTime& serverNow, SandboxAccount* account,
                                             SandboxCaller* caller = nullptr);

    const QList<SandboxAccount>& accounts() const { return m_accounts; }
    const SandboxAccount* account(const QString& accessKeyId) const;

    // "yyyy-MM-ddTHH:mm:ssZ" (optionally with milliseconds), UTC; invalid when malformed.
    static QDateTime parseTimestamp(const QString& text);

private:
    struct Claims
    {
        QString accessKeyId;
        QString nonce;
        QString timestamp;
        QString timestampName; // where it came from, for messages
        QString securityToken;
        QByteArray signature; // V1: the Signature parameter; V3: hex from Authorization
        QList<QByteArray> signedHeaders; // V3: lower-case names from Authorization
    };

    // A key the gateway knows: what signs with it, what it acts on and who it is.
    struct KeyHolder
    {
        QString secret;
        const SandboxAccount* account = nullptr;
        SandboxCaller caller;
    };

    std::optional<KeyHolder> holder(const QString& accessKeyId) const;
    // The STS token check: the token the key needs (none for a long-lived key), and the expiry of
    // temporary credentials.
    std::optional<SandboxError> checkToken(const KeyHolder& holder, const QString& token,
                                           const QDateTime& serverNow) const;
    std::optional<SandboxError> readV1(const RpcEnvelope& envelope, Claims* claims) const;
    std::optional<SandboxError> readV3(const IncomingRequest& request, Claims* claims) const;
    std::optional<SandboxError> verifyV1(const IncomingRequest& request, const RpcEnvelope& envelope,
                                         const QString& secret, const Claims& claims) const;
    std::optional<SandboxError> verifyV3(const IncomingRequest& request, const RpcEnvelope& envelope,
                                         const QString& secret, const Claims& claims) const;
    // Remembers the nonce; false when it was seen within the window.
    bool rememberNonce(const QString& accessKeyId, const QString& nonce, const QDateTime& serverNow);

    // The nonces of one AccessKey seen within the window: a hash for the look-up and the same
    // nonces in the order seen, so that forgetting the expired ones looks at those alone, not at
    // every nonce on every request.
    struct NonceMemory
    {
        QHash<QString, qint64> seenMs; // nonce -> server time seen (ms since the epoch)
        std::deque<std::pair<QString, qint64>> bySeen; // (nonce, time seen), oldest first
    };

    QList<SandboxAccount> m_accounts;
    const SandboxSts* m_sts = nullptr;
    QHash<QString, NonceMemory> m_nonces; // AccessKeyId -> its nonces
};

} // namespace acrp::sandbox
