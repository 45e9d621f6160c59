#include "core/api/Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <array>

namespace acrp::signer {

namespace {

const QByteArray kV3Algorithm = QByteArrayLiteral("ACS3-HMAC-SHA256");

// Stable, ordinal sort by the raw name. QString's operator< compares UTF-16 code units, the
// order JavaScript's Array.prototype.sort() and Java's String.compareTo() use in the official SDKs.
// Sorts pointers: the parameters themselves are not copied.
QList<const std::pair<QString, QString>*> sortedByName(const ParameterList& parameters)
{
    QList<const std::pair<QString, QString>*> sorted;
    sorted.reserve(parameters.size());
    for (const auto& parameter : parameters)
        sorted.append(&parameter);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto* left, const auto* right) { return left->first < right->first; });
    return sorted;
}

// canonicalQuery() of parameters without any named "Signature" (a verifier passes every parameter
// it received).
QByteArray canonicalQueryWithout(const ParameterList& parameters, QLatin1StringView skipped)
{
    QByteArray result;
    result.reserve(parameters.size() * 48);
    for (const auto* parameter : sortedByName(parameters)) {
        if (!skipped.isEmpty() && parameter->first == skipped)
            continue;
        if (!result.isEmpty())
            result += '&';
        result += percentEncode(parameter->first) + '=' + percentEncode(parameter->second);
    }
    return result;
}

// METHOD&%2F&percentEncode(canonical query).
QByteArray v1StringToSignOf(const QByteArray& method, const QByteArray& canonical)
{
    QByteArray result;
    result.reserve(method.size() + 5 + canonical.size() * 3 / 2);
    result += method;
    result += "&%2F&";
    result += canonical.toPercentEncoding(); // as percentEncode(): the canonical query is ASCII
    return result;
}

bool isSignedHeader(const QByteArray& lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

// The signed headers grouped by lower-case name (sorted), each with its trimmed values, sorted.
QList<std::pair<QByteArray, QList<QByteArray>>> groupSignedHeaders(const HeaderList& headers)
{
    QList<std::pair<QByteArray, QList<QByteArray>>> groups;
    for (const auto& [name, value] : headers) {
        const QByteArray lowerName = name.toLower();
        if (!isSignedHeader(lowerName))
            continue;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == lowerName; });
        if (it == groups.end())
            groups.append({lowerName, {value.trimmed()}});
        else
            it->second.append(value.trimmed());
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto& left, const auto& right) { return left.first < right.first; });
    for (auto& group : groups)
        std::sort(group.second.begin(), group.second.end());
    return groups;
}

QByteArray baseUrl(const RpcCall& call)
{
    return call.scheme.toUtf8() + "://" + call.host.toUtf8() + '/';
}

// Appends or replaces (first occurrence) a parameter, keeping the caller's value when it has one.
void setDefault(ParameterList& parameters, const QString& name, const QString& value)
{
    const bool present
        = std::any_of(parameters.cbegin(), parameters.cend(), [&](const auto& p) { return p.first == name; });
    if (!present)
        parameters.append({name, value});
}

} // namespace

QByteArray percentEncode(const QString& text)
{
    // With empty exclude/include sets, Qt keeps exactly the RFC 3986 unreserved characters
    // (A-Z a-z 0-9 - . _ ~) and encodes every other byte of the UTF-8 as upper-case %XX: space
    // becomes %20 (never '+') and '*' becomes %2A, which is what the Alibaba Cloud gateway expects.
    return QUrl::toPercentEncoding(text);
}

QByteArray timestamp(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1();
}

QString newNonce()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), int(sizeof(words)));
    return QString::fromLatin1(bytes.toHex());
}

QByteArray canonicalQuery(const ParameterList& parameters)
{
    return canonicalQueryWithout(parameters, {});
}

QByteArray v1StringToSign(const QByteArray& method, const ParameterList& parameters)
{
    return v1StringToSignOf(method, canonicalQueryWithout(parameters, QLatin1StringView("Signature")));
}

QByteArray v1Signature(const QString& accessKeySecret, const QByteArray& stringToSign)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray v3CanonicalRequest(const QByteArray& method, const QByteArray& path, const ParameterList& query,
                              const HeaderList& headers, const QByteArray& bodySha256Hex)
{
    QByteArray canonicalHeaders;
    for (const auto& [name, values] : groupSignedHeaders(headers))
        canonicalHeaders += name + ':' + values.join(',') + '\n';
    return method + '\n' + path + '\n' + canonicalQuery(query) + '\n' + canonicalHeaders + '\n'
        + v3SignedHeaderNames(headers) + '\n' + bodySha256Hex;
}

QByteArray v3StringToSign(const QByteArray& canonicalRequest)
{
    return kV3Algorithm + '\n' + sha256Hex(canonicalRequest);
}

QByteArray v3Signature(const QString& accessKeySecret, const QByteArray& stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray v3SignedHeaderNames(const HeaderList& headers)
{
    QList<QByteArray> names;
    for (const auto& group : groupSignedHeaders(headers))
        names.append(group.first);
    return names.join(';');
}

QByteArray v3Authorization(const QString& accessKeyId, const HeaderList& headers, const QByteArray& signature)
{
    return kV3Algorithm + " Credential=" + accessKeyId.toUtf8() + ",SignedHeaders=" + v3SignedHeaderNames(headers)
        + ",Signature=" + signature;
}

SignedRequest signV1(const RpcCall& call, const Credentials& credentials, const QDateTime& time, const QString& nonce,
                     V1Placement placement)
{
    const QByteArray method = call.method.toUpper();

    // The call's own parameters first so that they win over the common ones of the same name.
    ParameterList parameters = call.parameters;
    setDefault(parameters, QStringLiteral("Action"), call.action);
    setDefault(parameters, QStringLiteral("Version"), call.version);
    setDefault(parameters, QStringLiteral("Format"), QStringLiteral("JSON"));
    setDefault(parameters, QStringLiteral("AccessKeyId"), credentials.accessKeyId);
    setDefault(parameters, QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
    setDefault(parameters, QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
    setDefault(parameters, QStringLiteral("SignatureNonce"), nonce);
    setDefault(parameters, QStringLiteral("Timestamp"), QString::fromLatin1(timestamp(time)));
    if (!credentials.securityToken.isEmpty())
        setDefault(parameters, QStringLiteral("SecurityToken"), credentials.securityToken);
    parameters.removeIf([](const auto& p) { return p.first == QLatin1String("Signature"); });

    SignedRequest request;
    request.method = method;
    // One canonical query (Signature removed above) for both the string to sign and what is sent.
    QByteArray encoded = canonicalQuery(parameters);
    request.stringToSign = v1StringToSignOf(method, encoded);
    const QByteArray signature = v1Signature(credentials.accessKeySecret, request.stringToSign);
    // Signature goes last, after the sorted parameters, as pop-core sends it.
    encoded += "&Signature=";
    encoded += signature.toPercentEncoding();

    // A GET has no body, so a FormBody placement there falls back to the query.
    if (placement == V1Placement::FormBody && method != "GET") {
        request.url = baseUrl(call);
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        request.body = encoded;
    } else {
        request.url = baseUrl(call) + '?' + encoded;
    }
    return request;
}

SignedRequest signV3(const RpcCall& call, const Credentials& credentials, const QDateTime& time, const QString& nonce)
{
    SignedRequest request;
    request.method = call.method.toUpper();
    request.url = baseUrl(call);
    if (!call.parameters.isEmpty())
        request.url += '?' + canonicalQuery(call.parameters);

    const QByteArray bodyHash = sha256Hex(request.body);
    request.headers = {
        {QByteArrayLiteral("host"), call.host.toUtf8()},
        {QByteArrayLiteral("x-acs-action"), call.action.toUtf8()},
        {QByteArrayLiteral("x-acs-version"), call.version.toUtf8()},
        {QByteArrayLiteral("x-acs-date"), timestamp(time)},
        {QByteArrayLiteral("x-acs-signature-nonce"), nonce.toUtf8()},
        {QByteArrayLiteral("x-acs-content-sha256"), bodyHash},
    };
    if (!credentials.securityToken.isEmpty()) {
        // openapi-client and openapi-core send both with an STS token.
        request.headers.append({QByteArrayLiteral("x-acs-accesskey-id"), credentials.accessKeyId.toUtf8()});
        request.headers.append({QByteArrayLiteral("x-acs-security-token"), credentials.securityToken.toUtf8()});
    }

    const QByteArray canonicalRequest
        = v3CanonicalRequest(request.method, QByteArrayLiteral("/"), call.parameters, request.headers, bodyHash);
    request.stringToSign = v3StringToSign(canonicalRequest);
    const QByteArray signature = v3Signature(credentials.accessKeySecret, request.stringToSign);
    request.headers.append(
        {QByteArrayLiteral("Authorization"), v3Authorization(credentials.accessKeyId, request.headers, signature)});
    return request;
}

} // namespace acrp::signer
