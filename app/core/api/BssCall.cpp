#include "core/api/BssCall.h"

#include "core/api/BssClient.h"
#include "core/api/ResponseParser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimerEvent>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::BssCall)

public:
    static QString tooLarge(qint64 limit)
    {
        return tr("the answer is larger than %1 bytes and was refused").arg(limit);
    }
    static QString redirect(const QString& target)
    {
        return tr("the service answered with a redirect to %1, which is not followed").arg(target);
    }
    static QString noNetwork() { return tr("no network access manager"); }
};

// An HTTP Date header: "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 IMF-fixdate).
QDateTime parseHttpDate(const QByteArray& header)
{
    const QString text = QString::fromLatin1(header).trimmed();
    QDateTime time = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (time.isValid()) {
        time.setTimeSpec(Qt::UTC);
        return time;
    }
    time = QDateTime::fromString(text, Qt::RFC2822Date);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1-99: connection level, 101-199: proxy. Higher codes only restate the HTTP status.
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

BssCall::BssCall(BssClient* client, const RpcCall& call, Parser parser)
    : QObject(client)
    , m_client(client)
    , m_call(call)
    , m_parser(std::move(parser))
{ }

void BssCall::timerEvent(QTimerEvent* event)
{
    if (event->timerId() == m_retryTimer.timerId()) {
        m_retryTimer.stop(); // single shot
        startAttempt();
    } else if (event->timerId() == m_transferTimer.timerId()) {
        m_transferTimer.stop();
        onTransferTimer();
    } else {
        QObject::timerEvent(event);
    }
}

BssCall::~BssCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void BssCall::start()
{
    m_elapsed.start();
    // Next turn of the event loop: the caller connects to attemptStarted() first. A zero timer, as
    // ever: a queued call started the first attempt later than the caller's own follow-ups (the
    // wizard then offered Stop waiting before anything was sent; tst_wizardsafety).
    m_retryTimer.start(0, this);
}

void BssCall::startAttempt()
{
    if (m_finished)
        return;
    if (!m_client || !m_client->m_network) {
        ApiError error = ApiError::fromNetwork(QNetworkReply::UnknownNetworkError, Text::noNetwork());
        error.retryable = false;
        error.mayHaveReachedService = false;
        finishWith(error);
        return;
    }
    // The credentials are asked for before every attempt: a retry, or a resend after the temporary
    // credentials of a RAM role expired, signs with ones valid now. A fixed pair answers at once; a
    // role may first be assumed (STS), while cancel() still works.
    m_client->credentialSource()->acquire(
        this,
        [this](const CredentialSource::Result& result) {
            if (m_finished)
                return;
            if (const auto* error = std::get_if<ApiError>(&result)) {
                // This request never left: only earlier attempts may have reached the service.
                ApiError refused = *error;
                refused.mayHaveReachedService = false;
                refused.retryable = false;
                finishWith(refused);
                return;
            }
            send(std::get<Credentials>(result));
        },
        std::exchange(m_staleKeyId, QString()));
}

void BssCall::send(const Credentials& credentials)
{
    if (!m_client || !m_client->m_network)
        return startAttempt(); // reports the missing network
    const RetryPolicy& policy = m_client->m_retryPolicy;
    ++m_attempts;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    m_attemptTimes.append(startedAt);
    emit attemptStarted(m_attempts, startedAt);
    if (m_finished) // a receiver cancelled
        return;

    // Fresh nonce and timestamp on every attempt; the parameters (and so the ClientToken) never change.
    m_signedWith = credentials.accessKeyId;
    const SignedRequest signedRequest
        = m_client->sign(m_call, credentials, m_client->serviceTime(), signer::newNonce());
    const qint64 remaining = policy.totalDeadline.count() - m_elapsed.elapsed();
    m_transferTimeoutMs = std::min<qint64>(policy.transferTimeout.count(), std::max<qint64>(remaining, 1000));
    const QNetworkRequest request = BssClient::networkRequest(signedRequest);

    m_body.clear();
    m_tooLarge = false;
    m_reply = m_client->m_network->sendCustomRequest(request, signedRequest.method, signedRequest.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BssCall::onMetaDataChanged);
    connect(m_reply, &QIODevice::readyRead, this, &BssCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BssCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_sinceProgress.start(); });
    m_sinceProgress.start();
    m_transferTimer.start(static_cast<int>(m_transferTimeoutMs), this);
}

void BssCall::onTransferTimer()
{
    if (!m_reply)
        return;
    const qint64 left = m_transferTimeoutMs - m_sinceProgress.elapsed();
    if (left > 0) {
        m_transferTimer.start(static_cast<int>(left), this); // bytes moved meanwhile
        return;
    }
    m_reply->abort(); // finishes through onReplyFinished() as a timeout
}

void BssCall::onMetaDataChanged()
{
    if (!m_reply || !m_client)
        return;
    m_sinceProgress.start();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_client->m_maxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void BssCall::onReadyRead()
{
    if (!m_reply || !m_client || m_tooLarge)
        return;
    m_sinceProgress.start();
    m_body += m_reply->readAll();
    if (m_body.size() > m_client->m_maxResponseBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void BssCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    m_transferTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();
    if (!m_tooLarge && reply->isOpen())
        m_body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray date = reply->rawHeader("Date");
    const QByteArray retryAfter = reply->rawHeader("Retry-After");

    if (m_cancelling) {
        // The request may already be with the service.
        m_ambiguous = true;
        finishWith(ApiError::cancelled(true));
        return;
    }
    if (m_tooLarge) {
        handleFailure(ApiError::protocol(Text::tooLarge(m_client ? m_client->m_maxResponseBytes : 0), status, true),
                      date, retryAfter);
        return;
    }
    if (isTransportError(reply->error())) {
        ApiError error = ApiError::fromNetwork(reply->error(), reply->errorString());
        error.httpStatus = status;
        handleFailure(error, date, retryAfter);
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        handleFailure(ApiError::protocol(Text::redirect(target.toString()), status, false), date, retryAfter);
        return;
    }
    auto parsed = ResponseParser::parse(status, m_body);
    if (auto* error = std::get_if<ApiError>(&parsed)) {
        handleFailure(*error, date, retryAfter);
        return;
    }
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QString requestId = ResponseParser::string(body, {u"RequestId"});
    if (!requestId.isEmpty())
        m_requestId = requestId;
    auto typed = m_parser ? m_parser(body) : std::variant<QVariant, ApiError>(QVariant(body));
    if (auto* error = std::get_if<ApiError>(&typed)) {
        handleFailure(*error, date, retryAfter);
        return;
    }
    finishWith(std::nullopt, std::get<QVariant>(typed));
}

void BssCall::handleFailure(const ApiError& error, const QByteArray& dateHeader, const QByteArray& retryAfter)
{
    m_ambiguous = m_ambiguous || error.mayHaveReachedService;
    if (!error.requestId.isEmpty())
        m_requestId = error.requestId;
    if (!m_client) {
        finishWith(error);
        return;
    }
    const RetryPolicy& policy = m_client->m_retryPolicy;
    qint64 delayMs = -1;
    if (error.code == u"InvalidTimeStamp.Expired" && !m_clockCorrected) {
        // Once per call: take the service's clock from its Date header and sign again with it.
        const QDateTime serviceNow = parseHttpDate(dateHeader);
        if (serviceNow.isValid()) {
            m_clockCorrected = true;
            m_client->setClockOffsetMs(serviceNow.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
            delayMs = 0;
        }
    } else if (error.code.compare(u"InvalidSecurityToken.Expired", Qt::CaseInsensitive) == 0 && !m_credentialsRenewed
               && m_client->credentialSource()->renews()) {
        // The temporary credentials of a RAM role ran out between getting them and the service
        // checking them. The service refuses such a request before looking at it, so it had no
        // effect; the resend carries the same parameters (for CreateInstance and RenewInstance the
        // same ClientToken) signed with renewed credentials, so it cannot buy twice. Once per call.
        m_credentialsRenewed = true;
        m_staleKeyId = m_signedWith;
        delayMs = 0;
    } else if (error.code == u"SignatureNonceUsed" && m_attempts < policy.maxAttempts) {
        delayMs = 0; // every attempt has a fresh nonce anyway
    } else if (error.retryable && m_attempts < policy.maxAttempts) {
        delayMs = policy.backoff(m_attempts).count();
        bool ok = false;
        const qint64 serverAsks = retryAfter.trimmed().toLongLong(&ok) * 1000;
        if (ok && serverAsks > delayMs)
            delayMs = std::min<qint64>(serverAsks, policy.maxBackoff.count());
    }
    if (delayMs >= 0 && m_elapsed.elapsed() + delayMs > policy.totalDeadline.count())
        delayMs = -1;
    if (delayMs < 0) {
        finishWith(error);
        return;
    }
    emit retryScheduled(m_attempts, static_cast<int>(delayMs), error);
    if (!m_finished)
        // A backoff is a promise to the service (throttling): never wait less than it says. A coarse
        // timer may fire up to 5% early.
        m_retryTimer.start(static_cast<int>(delayMs), Qt::PreciseTimer, this);
}

void BssCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort(); // finishes synchronously through onReplyFinished()
        if (!m_finished)
            finishWith(ApiError::cancelled(true));
        return;
    }
    m_retryTimer.stop();
    finishWith(ApiError::cancelled(m_ambiguous));
}

void BssCall::finishWith(const std::optional<ApiError>& error, const QVariant& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_transferTimer.stop();
    m_error = error;
    m_result = result;
    if (m_error) {
        if (m_error->requestId.isEmpty())
            m_error->requestId = m_requestId;
        if (m_client) {
            m_error->message = m_client->redacted(m_error->message);
            m_error->code = m_client->redacted(m_error->code);
            m_error->recommend = m_client->redacted(m_error->recommend);
        }
    }
    emit finished();
}

} // namespace acrp
