#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace acrp {

// One failure of a call to BSS or ACR, whatever its cause: a service error code, the network, a
// timeout or an answer that could not be read. Carries what the user needs (a translated sentence)
// and what support needs (code, message, RequestId, HTTP status, Recommend link). Never a secret.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ApiError)

public:
    enum class Kind {
        InvalidOrder, // the service rejected the order's parameters
        Auth, // unknown AccessKey, wrong secret, bad token, clock too far off
        WrongSite, // the account belongs to the other site (China vs International)
        Permission, // the RAM user may not buy
        Payment, // not enough balance, unpaid bills
        Throttled, // rate limited or an earlier order still being processed: retry later
        Server, // the service failed on its side
        Network, // the service could not be reached, or the connection broke
        Timeout, // no answer in time
        Protocol, // an answer that is not what the API returns (not JSON, too large, a redirect)
        Cancelled, // the caller cancelled
        Rejected, // a service error code this program does not know
    };

    Kind kind = Kind::Server;
    QString code; // the service's Code, or a local one such as "Network.ConnectionRefused"
    QString message; // the service's Message (or a technical description for local errors)
    QString requestId;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString recommend; // the service's diagnosis link, when it gave one
    bool retryable = false; // retrying the same request (same ClientToken) later may succeed
    // The request may have reached the service and been acted on although no answer says so
    // (timeout, connection lost, an unreadable answer). For CreateInstance this makes the
    // outcome unknown; resending with the same ClientToken is the way to find out.
    bool mayHaveReachedService = false;

    // A sentence for the user, per kind and known code, in the current language.
    QString userMessage() const;

    // Stable, untranslated id of a kind for JSON output and the journal: "invalidOrder", "auth", ...
    static QString kindId(Kind kind);
    static bool kindFromId(const QString& id, Kind* kind);

    // The error for a service answer that carries an error Code.
    static ApiError fromService(const QString& code, const QString& message, const QString& requestId, int httpStatus,
                                const QString& recommend);
    // The error for a transport failure (no usable HTTP answer).
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString& errorString);
    static ApiError timeout();
    static ApiError protocol(const QString& detail, int httpStatus, bool mayHaveReachedService);
    static ApiError cancelled(bool mayHaveReachedService);

    // Classification of service codes (API-NOTES' table plus the usual neighbours).
    static Kind kindForCode(const QString& code, int httpStatus);
    static bool isRetryableCode(const QString& code, int httpStatus);
    // Codes after which a CreateInstance may nevertheless have been carried out.
    static bool isAmbiguousCode(const QString& code, int httpStatus);

    // {"kind","code","message","requestId","httpStatus","recommend","retryable","userMessage"}.
    QJsonObject toJson() const;
    // Reads what toJson() wrote (userMessage is recomputed, never read back).
    static ApiError fromJson(const QJsonObject& object);

    friend bool operator==(const ApiError&, const ApiError&) = default;
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::ApiError)
