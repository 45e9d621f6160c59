#include "sandbox/RequestAuthenticator.h"

#include "sandbox/SandboxSts.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

const QByteArray kV3Algorithm = QByteArrayLiteral("ACS3-HMAC-SHA256");

// The headers a V3 request must sign: without them a signed request could be replayed or re-aimed.
const QList<QByteArray> kRequiredSignedHeaders
    = {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce"};

bool isV3(const IncomingRequest& request)
{
    return request.header("authorization").trimmed().startsWith("ACS3-");
}

// Compares in time independent of where the first difference is.
bool sameSignature(const QByteArray& left, const QByteArray& right)
{
    if (left.size() != right.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left.at(i) ^ right.at(i));
    return difference == 0;
}

QString firstValue(const ParameterList& parameters, const QString& name)
{
    for (const auto& [key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

bool contains(const ParameterList& parameters, const QString& name)
{
    return std::any_of(parameters.cbegin(), parameters.cend(), [&](const auto& p) { return p.first == name; });
}

struct Authorization
{
    QByteArray algorithm;
    QString credential;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

// "ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=a;b,Signature=hex"
std::optional<Authorization> parseAuthorization(const QByteArray& header)
{
    const QByteArray text = header.trimmed();
    const qsizetype space = text.indexOf(' ');
    if (space < 0)
        return std::nullopt;
    Authorization result;
    result.algorithm = text.left(space);
    bool haveCredential = false, haveHeaders = false, haveSignature = false;
    for (const QByteArray& part : text.mid(space + 1).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray name = item.left(equals);
        const QByteArray value = item.mid(equals + 1);
        if (name == "Credential") {
            result.credential = QString::fromUtf8(value);
            haveCredential = true;
        } else if (name == "SignedHeaders") {
            for (const QByteArray& headerName : value.split(';')) {
                if (!headerName.isEmpty())
                    result.signedHeaders.append(headerName.toLower());
            }
            haveHeaders = true;
        } else if (name == "Signature") {
            result.signature = value.toLower();
            haveSignature = true;
        }
    }
    if (!haveCredential || !haveHeaders || !haveSignature || result.credential.isEmpty() || result.signature.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace

QMap<QString, QString> RpcEnvelope::parameters() const
{
    QMap<QString, QString> map;
    for (const ParameterList* list : {&queryParameters, &formParameters}) {
        for (const auto& [name, value] : *list) {
            if (!map.contains(name))
                map.insert(name, value);
        }
    }
    return map;
}

RpcEnvelope RpcEnvelope::read(const IncomingRequest& request)
{
    RpcEnvelope envelope;
    envelope.queryParameters = decodeParameters(request.query);
    if (request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        envelope.formParameters = decodeParameters(request.body);
    if (isV3(request)) {
        envelope.signatureVersion = SignatureVersion::V3;
        envelope.action = QString::fromUtf8(request.header("x-acs-action").trimmed());
        envelope.version = QString::fromUtf8(request.header("x-acs-version").trimmed());
    } else {
        // V1 reads Action and Version from the signed parameters, never from the x-acs-* headers
        // that some V1 clients (pop-core) add unsigned.
        const QMap<QString, QString> parameters = envelope.parameters();
        envelope.action = parameters.value(u"Action"_s);
        envelope.version = parameters.value(u"Version"_s);
    }
    return envelope;
}

RequestAuthenticator::RequestAuthenticator(QList<SandboxAccount> accounts)
    : m_accounts(std::move(accounts))
{ }

const SandboxAccount* RequestAuthenticator::account(const QString& accessKeyId) const
{
    for (const SandboxAccount& candidate : m_accounts) {
        if (candidate.accessKeyId == accessKeyId)
            return &candidate;
    }
    return nullptr;
}

QDateTime RequestAuthenticator::parseTimestamp(const QString& text)
{
    static const QRegularExpression pattern(uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$)"_s);
    if (!pattern.match(text).hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

std::optional<SandboxError> RequestAuthenticator::authenticate(const IncomingRequest& request,
                                                               const RpcEnvelope& envelope, const QDateTime& serverNow,
                                                               SandboxAccount* account, SandboxCaller* caller)
{
    Claims claims;
    if (auto error
        = envelope.signatureVersion == SignatureVersion::V3 ? readV3(request, &claims) : readV1(envelope, &claims))
        return error;

    const QDateTime time = parseTimestamp(claims.timestamp);
    if (!time.isValid())
        return SandboxError::timestampMalformed(claims.timestampName);
    if (qAbs(time.secsTo(serverNow)) > kWindowSeconds)
        return SandboxError::timestampExpired(claims.timestamp, QString::fromLatin1(signer::timestamp(serverNow)));

    const std::optional<KeyHolder> found = holder(claims.accessKeyId);
    if (!found)
        return SandboxError::accessKeyNotFound();
    if (auto error = checkToken(*found, claims.securityToken, serverNow))
        return error;

    if (auto error = envelope.signatureVersion == SignatureVersion::V3
            ? verifyV3(request, envelope, found->secret, claims)
            : verifyV1(request, envelope, found->secret, claims))
        return error;

    if (!rememberNonce(claims.accessKeyId, claims.nonce, serverNow))
        return SandboxError::nonceUsed();
    *account = *found->account;
    if (caller)
        *caller = found->caller;
    return std::nullopt;
}

std::optional<RequestAuthenticator::KeyHolder> RequestAuthenticator::holder(const QString& accessKeyId) const
{
    KeyHolder found;
    found.caller.accessKeyId = accessKeyId;
    if (const SandboxAccount* root = account(accessKeyId)) {
        found.secret = root->accessKeySecret;
        found.account = root;
        return found;
    }
    if (!m_sts)
        return std::nullopt;
    if (const SandboxRamUser* user = m_sts->ramUser(accessKeyId)) {
        found.secret = user->accessKeySecret;
        found.account = account(user->accountKeyId);
        found.caller.type = SandboxCaller::Type::RamUser;
        found.caller.userName = user->name;
    } else if (const SandboxSession* session = m_sts->session(accessKeyId)) {
        found.secret = session->accessKeySecret;
        found.account = account(session->accountKeyId);
        found.caller.type = SandboxCaller::Type::AssumedRole;
        found.caller.roleName = session->roleName;
        found.caller.roleId = session->roleId;
        found.caller.sessionName = session->sessionName;
    }
    if (!found.account)
        return std::nullopt;
    return found;
}

std::optional<SandboxError> RequestAuthenticator::checkToken(const KeyHolder& holder, const QString& token,
                                                             const QDateTime& serverNow) const
{
    if (holder.caller.type != SandboxCaller::Type::AssumedRole) {
        // A long-lived key: no token, or (a configured STS account) exactly its own.
        const QString expected
            = holder.caller.type == SandboxCaller::Type::Account ? holder.account->securityToken : QString();
        if (token != expected)
            return SandboxError::securityTokenMismatch();
        return std::nullopt;
    }
    const SandboxSession* session = m_sts->session(holder.caller.accessKeyId);
    if (token.isEmpty())
        return SandboxError::missingSecurityToken();
    if (token != session->securityToken)
        return SandboxError::securityTokenMismatch();
    if (serverNow >= session->expiration)
        return SandboxError::securityTokenExpired();
    return std::nullopt;
}

std::optional<SandboxError> RequestAuthenticator::readV1(const RpcEnvelope& envelope, Claims* claims) const
{
    const ParameterList all = envelope.queryParameters + envelope.formParameters;
    for (const QString& name :
         {u"AccessKeyId"_s, u"Signature"_s, u"SignatureMethod"_s, u"SignatureNonce"_s, u"Timestamp"_s}) {
        if (!contains(all, name) || firstValue(all, name).isEmpty())
            return SandboxError::missingParameter(name);
    }
    if (firstValue(all, u"SignatureMethod"_s) != u"HMAC-SHA1"_s)
        return SandboxError::invalidParameter(u"SignatureMethod"_s);
    if (contains(all, u"SignatureVersion"_s) && firstValue(all, u"SignatureVersion"_s) != u"1.0"_s)
        return SandboxError::invalidParameter(u"SignatureVersion"_s);
    claims->accessKeyId = firstValue(all, u"AccessKeyId"_s);
    claims->nonce = firstValue(all, u"SignatureNonce"_s);
    claims->timestamp = firstValue(all, u"Timestamp"_s);
    claims->timestampName = u"Timestamp"_s;
    claims->securityToken = firstValue(all, u"SecurityToken"_s);
    claims->signature = firstValue(all, u"Signature"_s).toUtf8();
    return std::nullopt;
}

std::optional<SandboxError> RequestAuthenticator::readV3(const IncomingRequest& request, Claims* claims) const
{
    const auto authorization = parseAuthorization(request.header("authorization"));
    if (!authorization)
        return SandboxError::incompleteSignature(SandboxError::tr("The Authorization header must be \"ACS3-HMAC-SHA256 "
                                                                  "Credential=...,SignedHeaders=...,Signature=...\"."));
    if (authorization->algorithm != kV3Algorithm)
        return SandboxError::incompleteSignature(
            SandboxError::tr("The signature algorithm %1 is not supported; use %2.")
                .arg(QString::fromUtf8(authorization->algorithm), QString::fromLatin1(kV3Algorithm)));
    for (const QByteArray& name : {QByteArrayLiteral("x-acs-date"), QByteArrayLiteral("x-acs-signature-nonce")}) {
        if (request.header(name).trimmed().isEmpty())
            return SandboxError::missingParameter(QString::fromLatin1(name));
    }
    for (const QByteArray& name : kRequiredSignedHeaders) {
        if (!authorization->signedHeaders.contains(name))
            return SandboxError::incompleteSignature(
                SandboxError::tr("The header %1 must be signed.").arg(QString::fromLatin1(name)));
    }
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-acs-") && !authorization->signedHeaders.contains(lower))
            return SandboxError::incompleteSignature(
                SandboxError::tr("The header %1 must be signed.").arg(QString::fromLatin1(lower)));
    }
    claims->accessKeyId = authorization->credential;
    claims->nonce = QString::fromUtf8(request.header("x-acs-signature-nonce").trimmed());
    claims->timestamp = QString::fromUtf8(request.header("x-acs-date").trimmed());
    claims->timestampName = u"x-acs-date"_s;
    claims->securityToken = QString::fromUtf8(request.header("x-acs-security-token").trimmed());
    claims->signature = authorization->signature;
    claims->signedHeaders = authorization->signedHeaders;
    return std::nullopt;
}

std::optional<SandboxError> RequestAuthenticator::verifyV1(const IncomingRequest& request, const RpcEnvelope& envelope,
                                                           const QString& secret, const Claims& claims) const
{
    ParameterList signedParameters = envelope.queryParameters + envelope.formParameters;
    signedParameters.removeIf([](const auto& parameter) { return parameter.first == u"Signature"_s; });
    const QByteArray stringToSign = signer::v1StringToSign(request.method, signedParameters);
    if (!sameSignature(signer::v1Signature(secret, stringToSign), claims.signature))
        return SandboxError::signatureMismatch(stringToSign);
    return std::nullopt;
}

std::optional<SandboxError> RequestAuthenticator::verifyV3(const IncomingRequest& request, const RpcEnvelope& envelope,
                                                           const QString& secret, const Claims& claims) const
{
    HeaderList signedHeaders;
    for (const QByteArray& name : claims.signedHeaders) {
        for (const QByteArray& value : request.headerValues(name))
            signedHeaders.append({name, value});
    }
    // The body is covered by its hash: the one of the bytes received, not the one the client claims
    // in x-acs-content-sha256 (a wrong claim shows up as a signature mismatch).
    const QByteArray canonicalRequest = signer::v3CanonicalRequest(
        request.method, request.path, envelope.queryParameters, signedHeaders, signer::sha256Hex(request.body));
    const QByteArray stringToSign = signer::v3StringToSign(canonicalRequest);
    if (!sameSignature(signer::v3Signature(secret, stringToSign), claims.signature))
        return SandboxError::signatureMismatch(stringToSign);
    return std::nullopt;
}

bool RequestAuthenticator::rememberNonce(const QString& accessKeyId, const QString& nonce, const QDateTime& serverNow)
{
    const qint64 nowMs = serverNow.toMSecsSinceEpoch();
    // As QDateTime::secsTo: whole seconds, truncated toward zero.
    const auto expired = [nowMs](qint64 seenMs) { return (nowMs - seenMs) / 1000 > kWindowSeconds; };
    NonceMemory& memory = m_nonces[accessKeyId];
    // Forget the expired nonces at the old end. The server's clock can be set back (the
    // clockOffsetSeconds fault), so the queue is only nearly in time order: an expired nonce behind
    // a younger one stays a little longer, and the look-up below checks the time itself.
    while (!memory.bySeen.empty() && expired(memory.bySeen.front().second)) {
        const auto& [oldest, seenMs] = memory.bySeen.front();
        const auto it = memory.seenMs.constFind(oldest);
        // Seen again since (after it had expired): that later sighting is behind in the queue.
        if (it != memory.seenMs.cend() && *it == seenMs)
            memory.seenMs.erase(it);
        memory.bySeen.pop_front();
    }
    const auto it = memory.seenMs.find(nonce);
    if (it != memory.seenMs.end() && !expired(*it))
        return false;
    memory.seenMs.insert(nonce, nowMs);
    memory.bySeen.emplace_back(nonce, nowMs);
    return true;
}

} // namespace acrp::sandbox
