#pragma once

#include "core/api/Signer.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

// What came back from the sandbox, read whole.
struct SandboxReply
{
    bool finished = false; // false: no answer within the wait
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json; // empty when the body is not a JSON object
    QList<QNetworkReply::RawHeaderPair> headers;

    QString code() const { return json.value(QStringLiteral("Code")).toString(); }
    QString message() const { return json.value(QStringLiteral("Message")).toString(); }
    QJsonObject data() const { return json.value(QStringLiteral("Data")).toObject(); }
    QByteArray header(const QByteArray& name) const;
};

// Signs requests with acrp::signer as a client would, and sends them to a sandbox over loopback
// with QNetworkAccessManager. Time and nonce can be fixed for the authentication tests.
class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl& baseUrl);

    acrp::Credentials credentials {
        QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina), QString::fromLatin1(acrp::sandbox::kDemoSecretChina), {}};
    acrp::SignatureVersion signatureVersion = acrp::SignatureVersion::V1;
    acrp::V1Placement placement = acrp::V1Placement::FormBody;
    QByteArray method = "POST";
    QDateTime time; // invalid: now
    QString nonce; // empty: a fresh one per request
    int transferTimeoutMs = 0; // >0: the client gives up after this long (QNetworkRequest::setTransferTimeout)

    acrp::SignedRequest sign(const QString& action, const acrp::ParameterList& parameters = {},
                             const QString& version = QStringLiteral("2017-12-14")) const;
    SandboxReply send(const acrp::SignedRequest& request, int waitMs = 20000);
    SandboxReply call(const QString& action, const acrp::ParameterList& parameters = {},
                      const QString& version = QStringLiteral("2017-12-14"));
    // Unsigned HTTP, for the admin routes and malformed requests.
    SandboxReply raw(const QByteArray& method, const QByteArray& pathAndQuery, const QByteArray& body = {},
                     const acrp::HeaderList& headers = {});

    QNetworkAccessManager& network() { return m_network; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

// An in-process sandbox on loopback and a client for it: what every test of the running sandbox
// starts from, made afresh in init() so that no order, nonce or fault carries over.
struct SandboxFixture
{
    std::unique_ptr<acrp::sandbox::SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    // Replaces any previous server and client; false when the new server cannot listen (why:
    // server->errorString()).
    bool start(const acrp::sandbox::SandboxConfig& config = {});
    void stop();
};

// CreateInstance parameters for a valid China-site order, with a few knobs for the tests.
acrp::ParameterList createParameters(const QString& name, const QString& clientToken,
                                     const QString& edition = QStringLiteral("Basic"),
                                     const QString& region = QStringLiteral("cn-shanghai"), int period = 12,
                                     const QString& productType = QStringLiteral("acr_ee_public_cn"));
// Replaces (or appends) one parameter; removes it when value is null.
acrp::ParameterList withParameter(acrp::ParameterList parameters, const QString& name, const QString& value);

// A sandbox state file ("state.json") in a fresh temporary folder, made anew for each test function.
class TempStateFile
{
public:
    bool reset()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }
    QString path() const { return filePath(QStringLiteral("state.json")); }
    QString filePath(const QString& name) const { return m_dir->filePath(name); }
    QString folder() const { return m_dir->path(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};
