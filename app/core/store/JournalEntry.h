#pragma once

#include "core/api/ApiError.h"
#include "core/order/OrderSpec.h"
#include "core/order/RenewalSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace acrp {

// The life of an order in the journal:
//   Draft -> Sending -> Succeeded | Failed | Unknown;  Unknown -> Sending (resume).
// Unknown means the request may have reached the service but no answer says what happened
// (timeout, connection lost, unreadable answer); resending with the same ClientToken finds out.
enum class OrderState { Draft, Sending, Succeeded, Failed, Unknown };

// Stable ids as stored and printed: "Draft", "Sending", "Succeeded", "Failed", "Unknown".
QString orderStateId(OrderState state);
bool orderStateFromId(const QString& id, OrderState* state);
// Sending and Unknown: the orders `resume` resends.
bool isPendingState(OrderState state);

// What an order does: buy a new instance (CreateInstance) or renew one (RenewInstance).
enum class OrderKind { New, Renew };

// Stable ids as stored and printed: "new", "renew".
QString orderKindId(OrderKind kind);
bool orderKindFromId(const QString& id, OrderKind* kind);
// "new" / "renew" for people, translated (a column of the history, a line of the CLI).
QString orderKindName(OrderKind kind);

// One row of the journal. Holds no secret: credentials never get here.
struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(acrp::JournalEntry)

public:
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString profile; // credential profile name ("" for environment variables, "sandbox" for the demo pair)
    Site site = Site::China;
    QString endpoint; // Endpoint::id(): "sandbox", "cn", "intl" or a URL
    OrderKind kind = OrderKind::New;
    // New: the order. Renew: site, region, edition, instanceName and periodMonths copied from
    // `renewal` (for views that list any row by these), the rest default.
    OrderSpec order;
    // Renew: the renewal (its instance is also in instanceId from the row's start). New: nothing.
    std::optional<RenewalSpec> renewal;
    QByteArray orderJson; // as stored, exactly: the OrderFile JSON, or RenewalSpec::toJournalJson()
    QString clientToken;
    OrderState state = OrderState::Draft;
    int attempts = 0;
    QString instanceId;
    QString orderId;
    QString requestId;
    std::optional<ApiError> lastError;
    QString provisioningStatus; // ACR InstanceStatus once known (PENDING, RUNNING, ...)
    QString paymentStatus; // BSS PaymentStatus from the last status refresh (Paid, Unpaid, ...)
    QDateTime statusCheckedAt; // UTC, when the status was last read; invalid: never

    // A translated one-line description of the state for people.
    static QString stateDescription(OrderState state);

    // For `history --json`: id, kind ("new" / "renew"), createdAt, updatedAt, profile, site,
    // endpoint, clientToken, state, attempts, instanceId, orderId, requestId, provisioningStatus,
    // paymentStatus, statusCheckedAt (or null), lastError (object), order (object: the stored
    // document), renewal (object {instanceId, periodMonths, region, edition, instanceName, site},
    // or null for a new order).
    QJsonObject toJson() const;
};

} // namespace acrp
