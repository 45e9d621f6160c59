#pragma once

#include "core/app/OrderService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace acrp::cli {

// How submit and resume report one order: the exit code, the JSON object and the sentences.
class OutcomeReport
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::OutcomeReport)

public:
    // 0 bought (paid); 2 invalid order; 3 refused by the service; 4 outcome unknown (safe to resume);
    // 5 local error, or refused because the service could not be reached (nothing was sent).
    static int exitCode(const OrderResult& result);

    // Always kind ("new" or "renew"). On success: state, instanceId, orderId, requestId, clientToken, journalId,
    // attempts
    // (+ provisioningStatus when known). On failure: state, clientToken, journalId, attempts and
    // "error": {kind, code, message, requestId, httpStatus, recommend, retryable, userMessage, and
    // explanation when the service's code is known (ErrorExplanation)}; an invalid order has
    // error.kind "invalidOrder" and error.problems [{field, message}].
    static QJsonObject toJson(const OrderResult& result);

    // Sentences for people: the result on `out`, problems on `err`. A refusal leads with the
    // explanation of the service's code when it is known, then the service's own message.
    static void print(const OrderResult& result, QTextStream& out, QTextStream& err);

    // {"error": {"kind": "local", "message": ...}} for usage and local errors.
    static QJsonObject localErrorJson(const QString& message);
};

} // namespace acrp::cli
