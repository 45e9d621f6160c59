// acrp-sign-tool: runs our signer (acrp::signer) over cases read as JSON from stdin and prints the
// results as JSON on stdout, so that signer_property.mjs can compare them with the official
// @alicloud packages. Test tool only: the secrets it reads are random test values.
//
// Input: a JSON array of cases
//   {"id": 1, "version": "v1" | "v3", "method": "GET" | "POST", "secret": "...",
//    "params": [[name, value], ...],                 // building blocks: signed as given
//    "headers": [[name, value], ...], "body": "...",  // v3 building blocks only
//    "accessKeyId": "...",                           // v3 building blocks: for Authorization
//    "call": {"method", "scheme", "host", "action", "version", "parameters": [[name, value], ...]},
//    "credentials": {"accessKeyId", "accessKeySecret", "securityToken"},
//    "placement": "query" | "form",                  // v1 whole request
//    "timeMs": 0, "offsetSeconds": 0, "nonce": "..."}
// Output: a JSON array of
//   {"id": 1, "signature": "...", "stringToSign": "...", "authorization": "..." (v3),
//    "request": {"method", "url", "headers": [[name, value], ...], "body", "stringToSign"}}

#include "core/api/Signer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cstdio>

namespace {

acrp::ParameterList toParameters(const QJsonValue& value)
{
    acrp::ParameterList parameters;
    const QJsonArray pairs = value.toArray();
    for (const QJsonValue& pair : pairs)
        parameters.append({pair[0].toString(), pair[1].toString()});
    return parameters;
}

acrp::HeaderList toHeaders(const QJsonValue& value)
{
    acrp::HeaderList headers;
    const QJsonArray pairs = value.toArray();
    for (const QJsonValue& pair : pairs)
        headers.append({pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
    return headers;
}

QJsonArray fromHeaders(const acrp::HeaderList& headers)
{
    QJsonArray pairs;
    for (const auto& [name, value] : headers)
        pairs.append(QJsonArray {QString::fromUtf8(name), QString::fromUtf8(value)});
    return pairs;
}

QJsonObject runCase(const QJsonObject& input)
{
    using namespace acrp;
    const bool v3 = input[u"version"].toString() == u"v3";
    const QByteArray method = input[u"method"].toString().toUtf8();
    const QString secret = input[u"secret"].toString();
    const ParameterList parameters = toParameters(input[u"params"]);

    QJsonObject output;
    output[u"id"] = input[u"id"];

    // Building blocks.
    if (v3) {
        const HeaderList headers = toHeaders(input[u"headers"]);
        const QByteArray bodyHash = signer::sha256Hex(input[u"body"].toString().toUtf8());
        const QByteArray canonical = signer::v3CanonicalRequest(method, "/", parameters, headers, bodyHash);
        const QByteArray stringToSign = signer::v3StringToSign(canonical);
        const QByteArray signature = signer::v3Signature(secret, stringToSign);
        output[u"stringToSign"] = QString::fromUtf8(stringToSign);
        output[u"signature"] = QString::fromLatin1(signature);
        output[u"authorization"]
            = QString::fromUtf8(signer::v3Authorization(input[u"accessKeyId"].toString(), headers, signature));
    } else {
        const QByteArray stringToSign = signer::v1StringToSign(method, parameters);
        output[u"stringToSign"] = QString::fromUtf8(stringToSign);
        output[u"signature"] = QString::fromLatin1(signer::v1Signature(secret, stringToSign));
    }

    // Whole request.
    const QJsonObject callJson = input[u"call"].toObject();
    RpcCall call;
    call.method = callJson[u"method"].toString().toUtf8();
    call.scheme = callJson[u"scheme"].toString();
    call.host = callJson[u"host"].toString();
    call.action = callJson[u"action"].toString();
    call.version = callJson[u"version"].toString();
    call.parameters = toParameters(callJson[u"parameters"]);
    const QJsonObject credentialsJson = input[u"credentials"].toObject();
    const Credentials credentials {credentialsJson[u"accessKeyId"].toString(),
                                   credentialsJson[u"accessKeySecret"].toString(),
                                   credentialsJson[u"securityToken"].toString()};
    // A time in a random non-UTC offset: the signer must convert it to UTC.
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(input[u"timeMs"].toDouble()),
                                                          QTimeZone(input[u"offsetSeconds"].toInt()));
    const QString nonce = input[u"nonce"].toString();
    const SignedRequest request = v3
        ? signer::signV3(call, credentials, time, nonce)
        : signer::signV1(call, credentials, time, nonce,
                         input[u"placement"].toString() == u"form" ? V1Placement::FormBody : V1Placement::Query);
    output[u"request"] = QJsonObject {
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), QString::fromLatin1(request.url)},
        {QStringLiteral("headers"), fromHeaders(request.headers)},
        {QStringLiteral("body"), QString::fromLatin1(request.body)},
        {QStringLiteral("stringToSign"), QString::fromUtf8(request.stringToSign)},
    };
    return output;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        std::fputs("acrp-sign-tool: cannot open stdin/stdout\n", stderr);
        return 2;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        std::fprintf(stderr, "acrp-sign-tool: stdin is not a JSON array of cases: %s\n",
                     qPrintable(error.errorString()));
        return 2;
    }
    QJsonArray results;
    const QJsonArray cases = document.array();
    for (const QJsonValue& value : cases)
        results.append(runCase(value.toObject()));
    out.write(QJsonDocument(results).toJson(QJsonDocument::Compact));
    out.write("\n");
    return 0;
}
