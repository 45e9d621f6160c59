#pragma once

#include "core/api/ApiError.h"
#include "core/app/ClientFactory.h"
#include "core/order/OrderSpec.h"
#include "core/order/Validator.h"
#include "core/store/JournalEntry.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace acrp {

// How one purchase (submit or resume) ended, as the front ends show it. The kinds are the truths
// a user must be able to tell apart:
//   Bought            paid, and ACR says the instance is RUNNING;
//   PaidProvisioning  paid; the instance is not running yet, or its status is not known yet;
//   Refused           the service settled it and nothing was bought (refusal: the ApiError, and
//                     the order field it names, if any);
//   InvalidOrder      the order breaks a rule; nothing was sent (validation, field);
//   Unknown           the request may have been received, no answer settled it: safe to resume
//                     with the same ClientToken;
//   LocalError        nothing was sent (no credentials, no sandbox, journal unavailable, a row
//                     that cannot be resent, cancelled before sending): message.
struct OrderResult
{
    enum class Kind { Bought, PaidProvisioning, Refused, InvalidOrder, Unknown, LocalError };

    Kind kind = Kind::LocalError;
    OrderKind orderKind = OrderKind::New; // a purchase or a renewal (Bought: renewed and paid)
    OrderState state = OrderState::Draft; // the journal row's state after this (Draft: no row)
    qint64 journalId = 0; // 0 when it stopped before the journal
    QString clientToken;
    int attempts = 0; // across resumes
    QString instanceId;
    QString orderId;
    QString requestId; // of the answer that settled it (the refusal's for Refused)
    QString provisioningStatus; // ACR InstanceStatus when known
    std::optional<ApiError> error; // Refused, Unknown
    std::optional<OrderField> field; // Refused: the field the refusal names; InvalidOrder: the first wrong one
    ValidationResult validation; // InvalidOrder
    ClientProblem clientProblem = ClientProblem::None; // LocalError from the client factory
    // LocalError: why nothing was sent. With another kind: what went wrong locally afterwards
    // (the journal could not record the outcome), which does not change what was bought.
    QString message;
    // LocalError from the client factory: the technical cause behind `message` (a keychain's own error
    // text), for a details line; empty when there is none.
    QString detail;

    bool isPaid() const { return kind == Kind::Bought || kind == Kind::PaidProvisioning; }
    // What a journal row says of its order: Bought / PaidProvisioning for Succeeded rows, Refused
    // or Unknown for settled failures, LocalError for rows still Sending or Draft.
    static OrderResult fromEntry(const JournalEntry& entry);
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::OrderResult)
