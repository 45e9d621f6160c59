#include "sandbox/SandboxServer.h"

#include "core/order/Catalog.h"
#include "sandbox/HttpEndpoint.h"
#include "sandbox/PriceTable.h"
#include "sandbox/RequestAuthenticator.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxLedger.h"
#include "sandbox/SandboxSts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

constexpr qsizetype kOversizedBodyBytes = 8 * 1024 * 1024;

QString postRoutesHint()
{
    return SandboxServer::tr(
        "Use GET, or POST for /__admin/faults, /__admin/instances, /__admin/clock and /__admin/sts/expire.");
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

// RFC 7231 date, as in the Date header of the real service.
QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_sts(std::make_unique<SandboxSts>(m_config.accounts, m_config.ramUsers, m_config.roles, m_config.stsTtlSeconds))
    , m_authenticator(std::make_unique<RequestAuthenticator>(m_config.accounts))
{
    qRegisterMetaType<acrp::sandbox::SandboxOrder>();
    m_authenticator->setSts(m_sts.get());
    const std::optional<qint64> balance = PriceTable::parseMoney(m_config.balance);
    if (!balance)
        m_error = tr("The balance \"%1\" is not an amount such as 10000.00.").arg(m_config.balance);
    if (m_config.provisioningSeconds < 0)
        m_error = tr("The provisioning time must be 0 seconds or more.");
    if (m_config.stsTtlSeconds < 0)
        m_error = tr("The lifetime of temporary credentials must be 1 second or more (0: no limit).");
    m_ledger = std::make_unique<SandboxLedger>(m_config.accounts, balance.value_or(0), m_config.statePath);
    if (m_error.isEmpty()) {
        const SandboxLedger::Lock lock(*m_ledger); // reads the state file
        if (!lock.isLocked())
            m_error = lock.errorString();
    }
    m_api = std::make_unique<SandboxApi>(*m_ledger, Catalog::builtIn(), m_config.currency,
                                         qMax(0, m_config.provisioningSeconds));
    if (m_error.isEmpty() && qAbs(m_config.clockOffsetDays) > kMaxClockOffsetDays)
        m_error = tr("The clock offset can be at most %1 days either way.").arg(kMaxClockOffsetDays);
    if (m_error.isEmpty() && !m_config.seedInstancesPath.isEmpty()) {
        QFile file(m_config.seedInstancesPath);
        QJsonParseError parseError;
        QString why;
        if (!file.open(QIODevice::ReadOnly))
            why = file.errorString();
        else if (const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
                 parseError.error != QJsonParseError::NoError)
            why = parseError.errorString();
        else
            seedInstances(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &why);
        if (!why.isEmpty())
            m_error = tr("The instances file %1 is not usable: %2").arg(m_config.seedInstancesPath, why);
    }
    // The HTTP server is made when the sandbox starts listening: Qt 6.4's QAbstractHttpServer builds
    // a QSslConfiguration, which loads the TLS backend and OpenSSL (milliseconds and megabytes the
    // program's first window should not wait for).
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    if (!m_error.isEmpty())
        return false;
    if (isListening()) {
        m_error = tr("The sandbox is already listening on port %1.").arg(this->port());
        return false;
    }
    if (!m_endpoint)
        m_endpoint = new HttpEndpoint(
            [this](const IncomingRequest& request, QTcpSocket* socket) { handle(request, socket); }, this);
    return m_endpoint->listenOnLoopback(port, &m_error);
}

bool SandboxServer::isListening() const
{
    return m_endpoint && m_endpoint->port() != 0;
}

quint16 SandboxServer::port() const
{
    return m_endpoint ? m_endpoint->port() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void SandboxServer::setFaults(const SandboxFaults& faults)
{
    m_config.faults = faults;
}

bool SandboxServer::refresh() const
{
    const SandboxLedger::Lock lock(*m_ledger);
    if (!lock.isLocked())
        qWarning("acr-bss-sandbox: %s", qUtf8Printable(lock.errorString()));
    return lock.isLocked();
}

bool SandboxServer::change(const std::function<bool(SandboxLedger&, QString*)>& operation, QString* error)
{
    const SandboxLedger::Lock lock(*m_ledger);
    if (!lock.isLocked()) {
        *error = lock.errorString();
        return false;
    }
    if (!operation(*m_ledger, error))
        return false;
    const bool saved = m_ledger->save(error);
    // Changed in memory even when it could not be written (as a sale is): views show what this
    // process now answers.
    emit stateChanged();
    return saved;
}

QList<SandboxOrder> SandboxServer::orders() const
{
    refresh();
    return m_ledger->orders();
}

QString SandboxServer::balance(const QString& accessKeyId) const
{
    refresh();
    return PriceTable::money(m_ledger->balanceCents(accessKeyId));
}

bool SandboxServer::addBalance(const QString& accessKeyId, const QString& amount, QString* error)
{
    return change([&](SandboxLedger& ledger, QString* why) { return ledger.addBalance(accessKeyId, amount, why); },
                  error);
}

bool SandboxServer::reset(QString* error)
{
    return change(
        [](SandboxLedger& ledger, QString*) {
            ledger.reset();
            return true;
        },
        error);
}

QDateTime SandboxServer::serverTime() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_config.faults.clockOffsetSeconds);
}

QDateTime SandboxServer::businessTime() const
{
    return serverTime().addDays(m_config.clockOffsetDays);
}

bool SandboxServer::setClockOffsetDays(qint64 days, QString* error)
{
    if (qAbs(days) > kMaxClockOffsetDays) {
        *error = tr("The clock offset can be at most %1 days either way.").arg(kMaxClockOffsetDays);
        return false;
    }
    m_config.clockOffsetDays = days;
    return true;
}

QString SandboxServer::instanceStatus(const QString& instanceId) const
{
    refresh();
    const std::optional<SandboxInstance> instance = m_ledger->instance(instanceId);
    return instance ? m_api->instanceStatus(*instance, businessTime()) : QString();
}

QList<SandboxInstance> SandboxServer::instances() const
{
    refresh();
    return m_ledger->instances();
}

bool SandboxServer::seedInstances(const QJsonValue& json, QString* error, QList<SandboxInstance>* seeded)
{
    QList<SandboxSeed> seeds;
    if (!parseSeeds(json, m_config.accounts, Catalog::builtIn(), businessTime(), &seeds, error))
        return false;
    const bool changed = change([&](SandboxLedger& ledger, QString* why) { return ledger.seed(&seeds, why); }, error);
    if (changed && seeded) {
        seeded->clear();
        for (const SandboxSeed& seed : std::as_const(seeds))
            seeded->append(*m_ledger->instance(seed.instance.instanceId));
    }
    return changed;
}

void SandboxServer::handle(const IncomingRequest& request, QTcpSocket* socket)
{
    if (request.path.startsWith("/__admin/")) {
        // Test tooling, loopback only (the server listens on nothing else; this guards the rule).
        if (!socket->peerAddress().isLoopback())
            return deliver(socket, jsonResponse(403, {{u"error"_s, tr("Admin routes are loopback-only.")}}), 0);
        return deliver(socket, request.method == "POST" ? handleAdminPost(request) : handleAdmin(request), 0);
    }

    const RpcEnvelope envelope = RpcEnvelope::read(request);
    if (envelope.action == u"CreateInstance"_s)
        ++m_createInstanceRequests;
    if (envelope.action == u"RenewInstance"_s)
        ++m_renewInstanceRequests;
    const QString requestId = newRequestId();
    SandboxFaults& faults = m_config.faults;
    const int latency = faults.latencyMs;

    // Faults that consume the request: it is not looked at, nothing is recorded.
    if (faults.dropNextConnections > 0) {
        --faults.dropNextConnections;
        return deliver(socket, std::nullopt, latency);
    }
    const QString product = SandboxApi::productOf(envelope.version);
    if (faults.failNextUnavailable > 0) {
        --faults.failNextUnavailable;
        return deliver(socket, errorResponse(SandboxError::serviceUnavailable(), requestId, request, product), latency);
    }
    if (faults.failNextThrottling > 0) {
        --faults.failNextThrottling;
        return deliver(socket, errorResponse(SandboxError::throttling(), requestId, request, product), latency);
    }
    if (faults.malformedNext > 0) {
        --faults.malformedNext;
        // A body cut short, as a broken proxy would pass it on.
        OutgoingResponse response = jsonResponse(200, {}, requestId);
        response.body = "{\"RequestId\":\"" + requestId.toLatin1() + "\",\"Code\":\"Success\",\"Data\":{\"Instan";
        return deliver(socket, response, latency);
    }
    if (faults.oversizedNext > 0) {
        --faults.oversizedNext;
        OutgoingResponse response = jsonResponse(200, {}, requestId);
        response.body = "{\"RequestId\":\"" + requestId.toLatin1() + "\",\"Padding\":\"";
        response.body += QByteArray(kOversizedBodyBytes - response.body.size() - 2, 'x');
        response.body += "\"}";
        return deliver(socket, response, latency);
    }

    int stallMs = 0;
    const OutgoingResponse response = handleApi(request, envelope, requestId, &stallMs);
    deliver(socket, response, latency + stallMs);
}

OutgoingResponse SandboxServer::handleApi(const IncomingRequest& request, const RpcEnvelope& envelope,
                                          const QString& requestId, int* stallMs)
{
    const QString product = SandboxApi::productOf(envelope.version);
    const auto fail = [&](const SandboxError& error) { return errorResponse(error, requestId, request, product); };
    const bool v3 = envelope.signatureVersion == SignatureVersion::V3;

    if ((request.method != "GET" && request.method != "POST") || request.path != "/")
        return fail(SandboxError::invalidAction());
    if (envelope.action.isEmpty())
        return fail(SandboxError::missingParameter(v3 ? u"x-acs-action"_s : u"Action"_s));
    if (envelope.version.isEmpty())
        return fail(SandboxError::missingParameter(v3 ? u"x-acs-version"_s : u"Version"_s));
    if (!SandboxApi::knowsVersion(envelope.version))
        return fail(SandboxError::invalidVersion());
    if (!SandboxApi::knowsAction(envelope.action, envelope.version))
        return fail(SandboxError::invalidAction());

    ApiCall call;
    const QDateTime now = serverTime();
    if (auto error = m_authenticator->authenticate(request, envelope, now, &call.account, &call.caller))
        return fail(*error);
    call.serverNow = now.addDays(m_config.clockOffsetDays);
    call.action = envelope.action;
    call.version = envelope.version;
    call.parameters = envelope.parameters();

    // STS keeps its credentials in memory, nothing in the state file: no lock.
    if (call.version == SandboxApi::kStsVersion) {
        const ApiOutcome outcome = m_sts->handle(call, now);
        return outcome.error ? fail(*outcome.error) : jsonResponse(200, outcome.body, requestId);
    }

    // The call sees what other processes sold (lookups, ClientToken replays, the balance) and
    // records its own order before another process may read the file.
    const SandboxLedger::Lock lock(*m_ledger);
    if (!lock.isLocked()) {
        // Nothing was recorded: the client may send the same ClientToken again.
        qWarning("acr-bss-sandbox: %s", qUtf8Printable(lock.errorString()));
        return fail(SandboxError::serviceUnavailable());
    }
    const ApiOutcome outcome = m_api->handle(call);
    if (outcome.error)
        return fail(*outcome.error);
    if (outcome.newOrder) {
        QString error;
        if (!m_ledger->save(&error))
            qWarning("acr-bss-sandbox: %s", qUtf8Printable(error));
        emit orderCreated(*outcome.newOrder);
        emit stateChanged();
    }
    if (outcome.orderCommitted)
        *stallMs = m_config.faults.commitThenStallMs;
    return jsonResponse(200, outcome.body, requestId);
}

OutgoingResponse SandboxServer::handleAdmin(const IncomingRequest& request) const
{
    if (request.method != "GET")
        return jsonResponse(405, {{u"error"_s, postRoutesHint()}});
    if (request.path == "/__admin/faults")
        return jsonResponse(200, faultsToJson(m_config.faults));
    if (request.path == "/__admin/clock")
        return clockResponse();
    if (request.path == "/__admin/sts")
        return stsResponse();
    refresh();
    if (request.path == "/__admin/instances") {
        QJsonArray instances;
        for (const SandboxInstance& instance : m_ledger->instances())
            instances.append(instanceJson(instance));
        return jsonResponse(200, {{u"instances"_s, instances}});
    }
    if (request.path == "/__admin/orders") {
        QJsonArray orders;
        for (const SandboxOrder& order : m_ledger->orders())
            orders.append(orderJson(order));
        return jsonResponse(200, {{u"orders"_s, orders}});
    }
    if (request.path == "/__admin/balances") {
        QJsonObject balances;
        for (const SandboxAccount& account : m_config.accounts)
            balances.insert(account.accessKeyId, balance(account.accessKeyId));
        return jsonResponse(200, {{u"balances"_s, balances}, {u"currency"_s, m_config.currency}});
    }
    return jsonResponse(404,
                        {{u"error"_s,
                          tr("Unknown admin route; there are /__admin/faults, /__admin/orders, /__admin/balances, "
                             "/__admin/instances, /__admin/clock and /__admin/sts.")}});
}

OutgoingResponse SandboxServer::handleAdminPost(const IncomingRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.path == "/__admin/instances") {
        if (document.isNull())
            return jsonResponse(400, {{u"error"_s, tr("The body must be JSON: one instance or an array of them.")}});
        QString error;
        QList<SandboxInstance> seeded;
        const QJsonValue json
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(QJsonArray {document.object()});
        if (!seedInstances(json, &error, &seeded))
            return jsonResponse(400, {{u"error"_s, error}});
        QJsonArray instances;
        for (const SandboxInstance& instance : std::as_const(seeded))
            instances.append(instanceJson(instance));
        return jsonResponse(200, {{u"instances"_s, instances}});
    }
    if (request.path == "/__admin/clock") {
        const QJsonObject body = document.object();
        const QJsonValue days = body.value(u"offsetDays"_s);
        const double number = days.toDouble(0.5);
        QString error;
        if (!document.isObject() || body.size() != 1 || !days.isDouble() || number != std::floor(number))
            return jsonResponse(400, {{u"error"_s, tr("The body must be {“offsetDays”: N} with a whole number N.")}});
        if (!setClockOffsetDays(qint64(std::clamp(number, -1e9, 1e9)), &error))
            return jsonResponse(400, {{u"error"_s, error}});
        emit stateChanged();
        return clockResponse();
    }
    if (request.path == "/__admin/sts/expire") {
        expireStsCredentials();
        return stsResponse();
    }
    if (request.path != "/__admin/faults")
        return jsonResponse(405, {{u"error"_s, postRoutesHint()}});
    if (!document.isObject())
        return jsonResponse(400,
                            {{u"error"_s, tr("The body must be a JSON object such as {\"failNextUnavailable\": 2}.")}});
    QString error;
    SandboxFaults faults = m_config.faults;
    if (!applyFaultsJson(document.object(), &faults, &error))
        return jsonResponse(400, {{u"error"_s, error}});
    setFaults(faults);
    return jsonResponse(200, faultsToJson(faults));
}

QJsonObject SandboxServer::orderJson(const SandboxOrder& order) const
{
    QJsonObject json = SandboxLedger::orderToJson(order);
    const std::optional<SandboxInstance> instance = m_ledger->instance(order.instanceId);
    json.insert(u"instanceStatus"_s, instance ? m_api->instanceStatus(*instance, businessTime()) : QString());
    json.insert(u"currency"_s, m_config.currency);
    return json;
}

QJsonObject SandboxServer::instanceJson(const SandboxInstance& instance) const
{
    static const QHash<Lifecycle, QString> words {{Lifecycle::Creating, u"Creating"_s},
                                                  {Lifecycle::Normal, u"Normal"_s},
                                                  {Lifecycle::Expired, u"Expired"_s},
                                                  {Lifecycle::Released, u"Released"_s}};
    QJsonObject json = SandboxLedger::instanceToJson(instance);
    json.insert(u"seeded"_s, instance.seeded);
    json.insert(u"status"_s, words.value(m_api->lifecycle(instance, businessTime())));
    json.insert(u"instanceStatus"_s, m_api->instanceStatus(instance, businessTime()));
    return json;
}

OutgoingResponse SandboxServer::clockResponse() const
{
    return jsonResponse(200,
                        {
                            {u"offsetDays"_s, m_config.clockOffsetDays},
                            {u"now"_s, businessTime().toString(Qt::ISODateWithMs)},
                            {u"serverTime"_s, serverTime().toString(Qt::ISODateWithMs)},
                        });
}

QList<SandboxSession> SandboxServer::stsCredentials() const
{
    return m_sts->sessions();
}

void SandboxServer::expireStsCredentials()
{
    m_sts->expireAll(serverTime());
}

OutgoingResponse SandboxServer::stsResponse() const
{
    // Secrets included on purpose: test tools (the secret scan) look for these very strings.
    const QDateTime now = serverTime();
    QJsonArray credentials;
    for (const SandboxSession& session : m_sts->sessions()) {
        credentials.append(QJsonObject {
            {u"accessKeyId"_s, session.accessKeyId},
            {u"accessKeySecret"_s, session.accessKeySecret},
            {u"securityToken"_s, session.securityToken},
            {u"expiration"_s, QString::fromLatin1(signer::timestamp(session.expiration))},
            {u"expired"_s, now >= session.expiration},
            {u"accountId"_s, accountNumber(session.accountKeyId)},
            {u"role"_s, session.roleName},
            {u"roleSessionName"_s, session.sessionName},
        });
    }
    return jsonResponse(200, {{u"credentials"_s, credentials}});
}

OutgoingResponse SandboxServer::jsonResponse(int status, const QJsonObject& body, const QString& requestId) const
{
    OutgoingResponse response;
    response.status = status;
    response.headers = {
        {"Content-Type", "application/json;charset=utf-8"},
        {"Date", httpDate(serverTime())},
    };
    QJsonObject json = body;
    if (!requestId.isEmpty()) {
        response.headers.append({"x-acs-request-id", requestId.toLatin1()});
        json.insert(u"RequestId"_s, requestId);
    }
    response.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return response;
}

OutgoingResponse SandboxServer::errorResponse(const SandboxError& error, const QString& requestId,
                                              const IncomingRequest& request, const QString& product) const
{
    QString host = QString::fromUtf8(request.header("host"));
    if (host.isEmpty())
        host = u"127.0.0.1:%1"_s.arg(port());
    return jsonResponse(
        error.httpStatus,
        {
            {u"HostId"_s, host},
            {u"Code"_s, error.code},
            {u"Message"_s, error.message},
            {u"Recommend"_s,
             u"https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3"_s.arg(error.code, product, requestId)},
        },
        requestId);
}

void SandboxServer::deliver(QTcpSocket* socket, std::optional<OutgoingResponse> response, int delayMs)
{
    // The socket is the timer's context: a connection the client closes meanwhile cancels the answer.
    const auto send = [socket, response = std::move(response)] {
        if (response)
            HttpEndpoint::write(socket, *response);
        else
            socket->abort();
    };
    if (delayMs > 0 || !response)
        QTimer::singleShot(qMax(0, delayMs), socket, send);
    else
        send();
}

} // namespace acrp::sandbox
