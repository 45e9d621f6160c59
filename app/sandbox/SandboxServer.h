#pragma once

#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxConfig.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QJsonObject;
class QTcpSocket;

namespace acrp::sandbox {

class HttpEndpoint;
class RequestAuthenticator;
class SandboxApi;
class SandboxLedger;
class SandboxSts;
struct SandboxSession;
struct IncomingRequest;
struct OutgoingResponse;
struct RpcEnvelope;
struct SandboxError;

// A local stand-in for Alibaba Cloud's BSS endpoint (BssOpenApi 2017-12-14) and ACR's API
// (cr 2018-12-01, GetInstance), on 127.0.0.1 only. It authenticates like the real gateway (V1 and
// V3 signatures, timestamp window, nonce replay), validates orders with the core Validator, charges
// an illustrative price from a per-key balance, keeps CreateInstance idempotent by ClientToken, and
// injects faults on demand. It also keeps the account's instances (bought here or seeded as
// "bought elsewhere"), renews them (RenewInstance) and lets them expire and be released by a
// business clock that can be moved. Runs embedded (the app's default, no-charge endpoint; tests)
// or as the acr-bss-sandbox executable. STS (2015-04-01 AssumeRole, GetCallerIdentity) answers on
// the same address: the accounts' RAM users assume demo roles, and the temporary credentials act on
// the role's account with their SecurityToken until they expire (kept in memory only). Admin
// routes, unauthenticated because they are loopback-only test tooling: GET/POST /__admin/faults,
// GET /__admin/orders, GET /__admin/balances, GET/POST /__admin/instances (seed), GET/POST
// /__admin/clock ({"offsetDays"}), GET /__admin/sts (issued temporary credentials, secrets
// included) and POST /__admin/sts/expire (every one of them expires now).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxConfig config = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0: a free one). False with errorString() on failure, also when
    // the configuration or the state file is not usable.
    bool listen(quint16 port = 0);
    QString errorString() const { return m_error; }
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    SandboxFaults faults() const { return m_config.faults; }
    void setFaults(const SandboxFaults& faults);

    QList<SandboxAccount> accounts() const { return m_config.accounts; }
    QList<SandboxOrder> orders() const; // what was bought, one per accepted ClientToken
    QString balance(const QString& accessKeyId) const; // two decimals, e.g. "9200.00"
    // Adds `amount` (two decimals, more than 0) to the key's balance. False with *error (why the
    // amount or key is refused, or the state file could not be locked or written).
    bool addBalance(const QString& accessKeyId, const QString& amount, QString* error);
    // Back to a fresh sandbox: no orders, every account at the starting balance. Persisted like an
    // order, so other processes on the same state file see it.
    bool reset(QString* error);
    QString currency() const { return m_config.currency; }
    int createInstanceRequests() const { return m_createInstanceRequests; } // every one received, replays too
    int renewInstanceRequests() const { return m_renewInstanceRequests; } // every one received, replays too
    // The server's clock: the real UTC time plus the clockOffsetSeconds fault.
    QDateTime serverTime() const;
    // The business clock (creation, expiry, release): serverTime() plus clockOffsetDays days.
    QDateTime businessTime() const;
    qint64 clockOffsetDays() const { return m_config.clockOffsetDays; }
    // False with *error when |days| is more than kMaxClockOffsetDays.
    bool setClockOffsetDays(qint64 days, QString* error);
    static constexpr qint64 kMaxClockOffsetDays = 36500;
    // ACR's InstanceStatus of an instance now (PENDING, STARTING, RUNNING, STOPPED), or empty if
    // unknown or released.
    QString instanceStatus(const QString& instanceId) const;
    // Every instance of every account (bought here and seeded), EndTime after renewals.
    QList<SandboxInstance> instances() const;
    // Adds instances bought elsewhere from JSON (see parseSeeds in SandboxInstances.h), all or
    // none, persisted like an order. *seeded gets them with their ids. False with *error in words.
    bool seedInstances(const QJsonValue& json, QString* error, QList<SandboxInstance>* seeded = nullptr);
    // The temporary credentials AssumeRole issued (not yet forgotten), oldest first.
    QList<SandboxSession> stsCredentials() const;
    // Every issued temporary credential expires now (as POST /__admin/sts/expire).
    void expireStsCredentials();

signals:
    void orderCreated(const acrp::sandbox::SandboxOrder& order);
    // This server changed the orders or balances (an order, add balance, reset), for views that
    // show them.
    void stateChanged();

private:
    void handle(const IncomingRequest& request, QTcpSocket* socket);
    OutgoingResponse handleApi(const IncomingRequest& request, const RpcEnvelope& envelope, const QString& requestId,
                               int* stallMs);
    OutgoingResponse handleAdmin(const IncomingRequest& request) const;
    OutgoingResponse handleAdminPost(const IncomingRequest& request);
    OutgoingResponse jsonResponse(int status, const QJsonObject& body, const QString& requestId = {}) const;
    OutgoingResponse errorResponse(const SandboxError& error, const QString& requestId, const IncomingRequest& request,
                                   const QString& product) const;
    // Answers after delayMs, or closes the connection without an answer when response is empty.
    void deliver(QTcpSocket* socket, std::optional<OutgoingResponse> response, int delayMs);
    QJsonObject orderJson(const SandboxOrder& order) const;
    QJsonObject instanceJson(const SandboxInstance& instance) const;
    OutgoingResponse clockResponse() const;
    OutgoingResponse stsResponse() const;
    // Brings the ledger up to date with the state file (another process may have written it); on
    // failure the ledger stays as it was and a warning says why.
    bool refresh() const;
    // Runs `operation` under the state file's lock and saves what it changed.
    bool change(const std::function<bool(SandboxLedger&, QString*)>& operation, QString* error);

    SandboxConfig m_config;
    QString m_error;
    int m_createInstanceRequests = 0;
    int m_renewInstanceRequests = 0;
    std::unique_ptr<SandboxSts> m_sts;
    std::unique_ptr<RequestAuthenticator> m_authenticator;
    std::unique_ptr<SandboxLedger> m_ledger;
    std::unique_ptr<SandboxApi> m_api;
    HttpEndpoint* m_endpoint = nullptr;
};

} // namespace acrp::sandbox
