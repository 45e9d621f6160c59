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
// "yyyy-MM-ddTHH:mm:ssZ" in UTC, whatever the time spec of `time`; milliseconds are dropped.
// Empty for an invalid QDateTime.
QByteArray timestamp(const QDateTime& time);
// A fresh nonce from a cryptographic random source (32 hex characters).
QString newNonce();

// --- V1 (HMAC-SHA1) building blocks, shared by the client and the sandbox's verifier ---
// Canonicalized query: parameters sorted by name, then percentEncode(name)=percentEncode(value) joined
// by '&'. The sort is ordinal (never locale-aware) over the names before encoding, in UTF-16
// code-unit order, exactly as @alicloud/openapi-util, pop-core and the Java SDK sort (JS and Java
// compare strings by UTF-16 code units). For every name without characters above U+FFFF this is
// the byte order of the UTF-8 name. Sorting the encoded names would differ ("a/" -> "a%2F" sorts
// before "a."), so it is deliberately not done. Equal names keep the caller's order.
QByteArray canonicalQuery(const ParameterList& parameters);
// METHOD&%2F&percentEncode(canonicalQuery(parameters)). A "Signature" entry in `parameters` is
// ignored, so a verifier can pass every parameter it received.
QByteArray v1StringToSign(const QByteArray& method, const ParameterList& parameters);
// Base64(HMAC-SHA1(secret + "&", stringToSign)).
QByteArray v1Signature(const QString& accessKeySecret, const QByteArray& stringToSign);

// --- V3 (ACS3-HMAC-SHA256) building blocks ---
QByteArray sha256Hex(const QByteArray& data);
// METHOD\n/\ncanonicalQuery\ncanonicalHeaders\nsignedHeaders\nbodyHash. Of `headers`, only host,
// content-type and x-acs-* are signed (others, e.g. user-agent, are skipped, as the SDK does);
// names are lower-cased and sorted here, values trimmed; several values of one name are sorted
// and joined by ',' (as @alicloud/openapi-util does). The query is canonicalQuery(): names and
// values encoded, as Alibaba's V3 documentation says; openapi-util encodes only the values, which
// is the same for every name made of unreserved characters (all real API parameter names).
QByteArray v3CanonicalRequest(const QByteArray& method, const QByteArray& path, const ParameterList& query,
                              const HeaderList& headers, const QByteArray& bodySha256Hex);
// "ACS3-HMAC-SHA256\n" + sha256Hex(canonicalRequest).
QByteArray v3StringToSign(const QByteArray& canonicalRequest);
// hex(HMAC-SHA256(secret, stringToSign)).
QByteArray v3Signature(const QString& accessKeySecret, const QByteArray& stringToSign);
// The names of signed headers (host, content-type, x-acs-*), lower-case, sorted, unique, joined
// by ';'.
QByteArray v3SignedHeaderNames(const HeaderList& headers);
// "ACS3-HMAC-SHA256 Credential=<accessKeyId>,SignedHeaders=<v3SignedHeaderNames>,Signature=<hex>".
QByteArray v3Authorization(const QString& accessKeyId, const HeaderList& headers, const QByteArray& signature);

// --- Whole requests ---
// V1: adds Action, Version, Format=JSON, AccessKeyId, SignatureMethod, SignatureVersion,
// SignatureNonce, Timestamp, SecurityToken (STS) and Signature. A parameter of the call with one of
// these names replaces the common one (as pop-core's Object.assign does), e.g. Format=XML.
// The method is upper-cased. The signed parameters are sent sorted, Signature last (as pop-core):
//  - GET (any placement) or POST with V1Placement::Query: all of them in the URL's query, no body;
//  - POST with V1Placement::FormBody: URL "scheme://host/" without a query, all of them in an
//    application/x-www-form-urlencoded body (header Content-Type), exactly as pop-core sends.
// URL and body use percentEncode(), the encoding that was signed.
SignedRequest signV1(const RpcCall& call, const Credentials& credentials, const QDateTime& time, const QString& nonce,
                     V1Placement placement = V1Placement::FormBody);
// V3 as the official SDK (@alicloud/openapi-client / openapi-core, RPC style) sends it: the call's
// parameters in the URL's query (Action and Version go in headers only), empty body, headers in
// this order: host, x-acs-action, x-acs-version, x-acs-date, x-acs-signature-nonce,
// x-acs-content-sha256, then with STS x-acs-accesskey-id and x-acs-security-token, then
// Authorization. Every one but Authorization is signed.
SignedRequest signV3(const RpcCall& call, const Credentials& credentials, const QDateTime& time, const QString& nonce);

} // namespace signer
} // namespace acrp
