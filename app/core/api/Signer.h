#pragma once

#include "core/order/OrderSpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace acrp {

// An AccessKey pair, optionally with an STS security token. Held in memory only: never written to
// a file, a log or the screen.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless STS
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// An RPC call before signing: which API, which operation and its own parameters.
struct RpcCall
{
    QByteArray method = "POST"; // GET or POST
    QString scheme = QStringLiteral("https");
    QString host; // e.g. business.aliyuncs.com, or 127.0.0.1:PORT for the sandbox
    QString action; // e.g. CreateInstance
    QString version; // e.g. 2017-12-14
    ParameterList parameters; // the operation's parameters, in the caller's order
};

enum class SignatureVersion { V1, V3 };
// Where V1 puts the parameters: all in the query, or (POST only) in a form-encoded body.
enum class V1Placement { Query, FormBody };

// A request ready to send: the URL (with its encoded query), headers and body.
struct SignedRequest
{
    QByteArray method;
    QByteArray url; // scheme://host/?query, already percent-encoded
    HeaderList headers; // name (as sent) and value
    QByteArray body;
    QByteArray stringToSign; // for diagnostics and tests; contains no secret
};

// Request signing for Alibaba Cloud RPC APIs (see ../shared/design/API-NOTES.md). Pure functions:
// time and nonce are arguments so tests can fix them. In real use the nonce comes from newNonce()
// and the time is QDateTime::currentDateTimeUtc() (plus any clock offset).
namespace signer {

// RFC 3986 percent-encoding of UTF-8: A-Z a-z 0-9 - _ . ~ kept, everything else %XX upper-case
// (space is %20, * is %2A).
QByteArray percentEncode(const QString& text);
// "yyyy-MM-ddTHH:mm:ssZ" in UTC.
QByteArray timestamp(const QDateTime& time);
// A fresh nonce from a cryptographic random source (32 hex characters).
QString newNonce();

// --- V1 (HMAC-SHA1) building blocks, shared by the client and the sandbox's verifier ---
// Canonicalized query: parameters sorted by name (byte order of the encoded name), name=value, '&'.
QByteArray canonicalQuery(const ParameterList& parameters);
// METHOD&%2F&percentEncode(canonicalQuery(parameters)); parameters without "Signature".
QByteArray v1StringToSign(const QByteArray& method, const ParameterList& parameters);
// Base64(HMAC-SHA1(secret + "&", stringToSign)).
QByteArray v1Signature(const QString& accessKeySecret, const QByteArray& stringToSign);

// --- V3 (ACS3-HMAC-SHA256) building blocks ---
QByteArray sha256Hex(const QByteArray& data);
// METHOD\n/\ncanonicalQuery\ncanonicalHeaders\nsignedHeaders\nbodyHash. `headers` are all
// headers to sign (host, content-type, x-acs-*); names are lower-cased and sorted here.
QByteArray v3CanonicalRequest(const QByteArray& method, const QByteArray& path, const ParameterList& query,
                              const HeaderList& headers, const QByteArray& bodySha256Hex);
// "ACS3-HMAC-SHA256\n" + sha256Hex(canonicalRequest).
QByteArray v3StringToSign(const QByteArray& canonicalRequest);
// hex(HMAC-SHA256(secret, stringToSign)).
QByteArray v3Signature(const QString& accessKeySecret, const QByteArray& stringToSign);
// The names of signed headers, lower-case, sorted, joined by ';'.
QByteArray v3SignedHeaderNames(const HeaderList& headers);

// --- Whole requests ---
// V1: adds Action, Version, Format=JSON, AccessKeyId, SignatureMethod, SignatureVersion,
// SignatureNonce, Timestamp, SecurityToken (STS) and Signature.
SignedRequest signV1(const RpcCall& call, const Credentials& credentials, const QDateTime& time,
                     const QString& nonce, V1Placement placement = V1Placement::FormBody);
// V3 as the official SDK sends it: parameters in the query, empty body, x-acs-* headers and
// Authorization.
SignedRequest signV3(const RpcCall& call, const Credentials& credentials, const QDateTime& time,
                     const QString& nonce);

} // namespace signer
} // namespace acrp
