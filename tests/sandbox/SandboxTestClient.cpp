#include "SandboxTestClient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QByteArray SandboxReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxTestClient::SandboxTestClient(const QUrl& baseUrl)
    : m_baseUrl(baseUrl)
{ }

acrp::SignedRequest SandboxTestClient::sign(const QString& action, const acrp::ParameterList& parameters,
                                            const QString& version) const
{
    acrp::RpcCall call;
    call.method = method;
    call.scheme = m_baseUrl.scheme();
    call.host = m_baseUrl.authority();
    call.action = action;
    call.version = version;
    call.parameters = parameters;
    const QDateTime when = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    const QString once = nonce.isEmpty() ? acrp::signer::newNonce() : nonce;
    return signatureVersion == acrp::SignatureVersion::V3
        ? acrp::signer::signV3(call, credentials, when, once)
        : acrp::signer::signV1(call, credentials, when, once, placement);
}

SandboxReply SandboxTestClient::send(const acrp::SignedRequest& request, int waitMs)
{
    QNetworkRequest networkRequest(QUrl::fromEncoded(request.url, QUrl::StrictMode));
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (transferTimeoutMs > 0)
        networkRequest.setTransferTimeout(transferTimeoutMs);
    QNetworkReply* reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
    SandboxReply result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = reply->isFinished() || finished.wait(waitMs);
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

SandboxReply SandboxTestClient::call(const QString& action, const acrp::ParameterList& parameters,
                                     const QString& version)
{
    return send(sign(action, parameters, version));
}

SandboxReply SandboxTestClient::raw(const QByteArray& method, const QByteArray& pathAndQuery, const QByteArray& body,
                                    const acrp::HeaderList& headers)
{
    acrp::SignedRequest request;
    request.method = method;
    request.url = m_baseUrl.toEncoded() + pathAndQuery;
    request.body = body;
    request.headers = headers;
    return send(request);
}

bool SandboxFixture::start(const acrp::sandbox::SandboxConfig& config)
{
    stop();
    server = std::make_unique<acrp::sandbox::SandboxServer>(config);
    if (!server->listen())
        return false;
    client = std::make_unique<SandboxTestClient>(server->baseUrl());
    return true;
}

void SandboxFixture::stop()
{
    // The client first: its network manager may still hold connections to the server.
    client.reset();
    server.reset();
}

acrp::ParameterList createParameters(const QString& name, const QString& clientToken, const QString& edition,
                                     const QString& region, int period, const QString& productType)
{
    acrp::ParameterList parameters {
        {u"Parameter.1.Code"_s, u"InstanceType"_s},
        {u"Parameter.1.Value"_s, edition},
        {u"Parameter.2.Code"_s, u"InstanceName"_s},
        {u"Parameter.2.Value"_s, name},
        {u"Parameter.3.Code"_s, u"Region"_s},
        {u"Parameter.3.Value"_s, region},
        {u"Parameter.4.Code"_s, u"DefaultOssBucket"_s},
        {u"Parameter.4.Value"_s, u"true"_s},
        {u"ProductCode"_s, u"acr"_s},
        {u"SubscriptionType"_s, u"Subscription"_s},
        {u"ProductType"_s, productType},
        {u"Period"_s, QString::number(period)},
        {u"RenewalStatus"_s, u"ManualRenewal"_s},
    };
    if (!clientToken.isEmpty())
        parameters.append({u"ClientToken"_s, clientToken});
    return parameters;
}

acrp::ParameterList withParameter(acrp::ParameterList parameters, const QString& name, const QString& value)
{
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        if (parameters.at(i).first == name) {
            if (value.isNull())
                parameters.removeAt(i);
            else
                parameters[i].second = value;
            return parameters;
        }
    }
    if (!value.isNull())
        parameters.append({name, value});
    return parameters;
}
