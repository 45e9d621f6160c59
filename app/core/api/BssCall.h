#pragma once

#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"
#include "core/api/Signer.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>
#include <functional>
#include <optional>
#include <variant>

class QNetworkReply;

namespace acrp {

class BssClient;

// One call to the service (CreateInstance, QueryAccountBalance, ...) with its retries: one request
// value in, one typed result out. Created by BssClient; starts on the next turn of the event loop
// so the caller can connect first. Every attempt is freshly signed (new nonce and timestamp) from
// the same parameters, so a CreateInstance keeps its ClientToken across retries.
//
// Owned by the client (its QObject parent); call deleteLater() once the result has been read.
class BssCall : public QObject
{
    Q_OBJECT

public:
    // Turns a successful answer into the typed result (a QVariant holding e.g. CreateInstanceResult),
    // or a Protocol error when a required field is missing.
    using Parser = std::function<std::variant<QVariant, ApiError>(const QJsonObject&)>;
    // The parser of a result type T with `static std::variant<T, ApiError> fromJson(const QJsonObject&)`.
    template<class T> static Parser typed()
    {
        return [](const QJsonObject& body) -> std::variant<QVariant, ApiError> {
            auto parsed = T::fromJson(body);
            if (auto* error = std::get_if<ApiError>(&parsed))
                return *error;
            return QVariant::fromValue(std::get<T>(parsed));
        };
    }

    ~BssCall() override;

    QString action() const { return m_call.action; }
    const RpcCall& rpcCall() const { return m_call; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    // The failure; empty while running and on success.
    const std::optional<ApiError>& error() const { return m_error; }
    // The typed result on success (CreateInstanceResult, AccountBalance, ...).
    QVariant result() const { return m_result; }
    template<class T> T resultAs() const { return m_result.value<T>(); }
    // The RequestId of the last answer that had one.
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    // When each attempt started (UTC, this computer's clock): the backoff is observable.
    const QList<QDateTime>& attemptTimes() const { return m_attemptTimes; }
    // True when some attempt may have reached the service and no later answer settled what
    // happened. For CreateInstance that is the Unknown state: resend with the same ClientToken.
    bool outcomeUnknown() const { return m_finished && m_error && m_ambiguous; }

public slots:
    // Aborts the attempt in flight or the wait before the next one; finished() is emitted before
    // this returns (with a Cancelled error) unless the call had already finished.
    void cancel();

signals:
    void attemptStarted(int attempt, const QDateTime& time);
    // An attempt failed and another follows after `delayMs`.
    void retryScheduled(int attempt, int delayMs, const acrp::ApiError& error);
    void finished();

private:
    friend class BssClient;
    BssCall(BssClient* client, const RpcCall& call, Parser parser);

    void start();
    void startAttempt();
    void send(const Credentials& credentials);
    void onReadyRead();
    void onMetaDataChanged();
    void onReplyFinished();
    // The attempt's transfer timeout: aborts the reply once no bytes moved for m_transferTimeoutMs.
    void onTransferTimer();
    void handleFailure(const ApiError& error, const QByteArray& dateHeader, const QByteArray& retryAfter);
    void finishWith(const std::optional<ApiError>& error, const QVariant& result = {});

protected:
    void timerEvent(QTimerEvent* event) override;

    QPointer<BssClient> m_client;
    RpcCall m_call;
    Parser m_parser;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_tooLarge = false;
    bool m_cancelling = false;
    bool m_finished = false;
    bool m_ambiguous = false;
    bool m_clockCorrected = false;
    bool m_credentialsRenewed = false; // once per call, after InvalidSecurityToken.Expired
    QString m_signedWith; // the AccessKey ID the last attempt was signed with
    QString m_staleKeyId; // the next attempt must not sign with this AccessKey ID
    int m_attempts = 0;
    QList<QDateTime> m_attemptTimes;
    QElapsedTimer m_elapsed;
    // Timers without QObjects of their own (timerEvent()): the wait before a retry, and the
    // attempt's transfer timeout, one timer per attempt that checks m_sinceProgress when it fires
    // rather than one re-armed on every byte.
    QBasicTimer m_retryTimer;
    QBasicTimer m_transferTimer;
    QElapsedTimer m_sinceProgress; // since the attempt started or last sent or received bytes
    qint64 m_transferTimeoutMs = 0;
    std::optional<ApiError> m_error;
    QVariant m_result;
    QString m_requestId;
};

} // namespace acrp
