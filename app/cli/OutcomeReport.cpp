#include "cli/OutcomeReport.h"

#include "cli/Cli.h"
#include "core/api/ErrorExplanation.h"

#include <QJsonArray>

namespace acrp::cli {

int OutcomeReport::exitCode(const OrderResult& result)
{
    switch (result.kind) {
    case OrderResult::Kind::Bought:
    case OrderResult::Kind::PaidProvisioning:
        return ExitSuccess;
    case OrderResult::Kind::InvalidOrder:
        return ExitInvalidOrder;
    case OrderResult::Kind::Unknown:
        return ExitOutcomeUnknown;
    case OrderResult::Kind::Refused:
        // Not reached at all: nothing was sent, which is a local matter rather than a refusal.
        if (result.error
            && (result.error->kind == ApiError::Kind::Network || result.error->kind == ApiError::Kind::Timeout
                || result.error->kind == ApiError::Kind::Cancelled))
            return ExitUsage;
        return ExitRejected;
    case OrderResult::Kind::LocalError:
        break;
    }
    return ExitUsage;
}

QJsonObject OutcomeReport::localErrorJson(const QString& message)
{
    return QJsonObject {
        {QStringLiteral("error"),
         QJsonObject {{QStringLiteral("kind"), QStringLiteral("local")}, {QStringLiteral("message"), message}}}};
}

QJsonObject OutcomeReport::toJson(const OrderResult& outcome)
{
    if (outcome.kind == OrderResult::Kind::InvalidOrder) {
        QJsonArray problems;
        for (OrderField field : outcome.validation.invalidFields())
            problems.append(QJsonObject {{QStringLiteral("field"), orderFieldKey(field)},
                                         {QStringLiteral("message"), outcome.validation.message(field)}});
        return QJsonObject {{QStringLiteral("state"), orderStateId(OrderState::Draft)},
                            {QStringLiteral("error"),
                             QJsonObject {{QStringLiteral("kind"), ApiError::kindId(ApiError::Kind::InvalidOrder)},
                                          {QStringLiteral("code"), QStringLiteral("InvalidOrder")},
                                          {QStringLiteral("message"), tr("The order is not valid; nothing was sent.")},
                                          {QStringLiteral("problems"), problems}}}};
    }
    if (outcome.journalId == 0 && outcome.kind == OrderResult::Kind::LocalError)
        return localErrorJson(outcome.message);

    QJsonObject object {
        {QStringLiteral("kind"), orderKindId(outcome.orderKind)},
        {QStringLiteral("state"), orderStateId(outcome.state)},
        {QStringLiteral("clientToken"), outcome.clientToken},
        {QStringLiteral("journalId"), outcome.journalId},
        {QStringLiteral("attempts"), outcome.attempts},
    };
    if (outcome.isPaid()) {
        object.insert(QStringLiteral("instanceId"), outcome.instanceId);
        object.insert(QStringLiteral("orderId"), outcome.orderId);
        object.insert(QStringLiteral("requestId"), outcome.requestId);
        if (!outcome.provisioningStatus.isEmpty())
            object.insert(QStringLiteral("provisioningStatus"), outcome.provisioningStatus);
    } else if (outcome.error) {
        object.insert(QStringLiteral("requestId"), outcome.error->requestId);
        QJsonObject error = outcome.error->toJson();
        if (const QString explanation = ErrorExplanation::forError(*outcome.error); !explanation.isEmpty())
            error.insert(QStringLiteral("explanation"), explanation);
        object.insert(QStringLiteral("error"), error);
    }
    if (!outcome.message.isEmpty())
        object.insert(QStringLiteral("localError"), outcome.message);
    return object;
}

void OutcomeReport::print(const OrderResult& outcome, QTextStream& out, QTextStream& err)
{
    if (outcome.kind == OrderResult::Kind::InvalidOrder && outcome.orderKind == OrderKind::Renew) {
        err << tr("The renewal is not valid; nothing was sent: %1").arg(outcome.message) << '\n';
        return;
    }
    if (outcome.kind == OrderResult::Kind::InvalidOrder) {
        err << tr("The order is not valid; nothing was sent:") << '\n';
        for (OrderField field : outcome.validation.invalidFields())
            err << "  " << orderFieldKey(field) << ": " << outcome.validation.message(field) << '\n';
        return;
    }
    if (outcome.kind == OrderResult::Kind::LocalError) {
        err << outcome.message << '\n';
        return;
    }
    // What a person reads first: the explanation of the service's code when it is known, the error's
    // own sentence otherwise; the service's own message follows on its line.
    const QString reason = outcome.error ? ErrorExplanation::summary(*outcome.error) : QString();
    const bool renewal = outcome.orderKind == OrderKind::Renew;
    switch (outcome.state) {
    case OrderState::Succeeded:
        out << (renewal ? tr("Renewed. Order %1 (journal #%2)") : tr("Bought. Order %1 (journal #%2)"))
                   .arg(outcome.orderId)
                   .arg(outcome.journalId)
            << '\n'
            << "  InstanceId:  " << outcome.instanceId << '\n'
            << "  OrderId:     " << outcome.orderId << '\n'
            << "  RequestId:   " << outcome.requestId << '\n'
            << "  ClientToken: " << outcome.clientToken << '\n';
        if (!outcome.provisioningStatus.isEmpty())
            out << "  "
                << tr("Provisioning: %1 (the instance is paid for; ACR is setting it up)")
                       .arg(outcome.provisioningStatus)
                << '\n';
        break;
    case OrderState::Failed:
        err << (renewal ? tr("Not renewed (journal #%1): %2") : tr("Not bought (journal #%1): %2"))
                   .arg(outcome.journalId)
                   .arg(reason)
            << '\n';
        break;
    case OrderState::Unknown:
    case OrderState::Sending:
    case OrderState::Draft:
        err << tr("Outcome unknown (journal #%1): %2").arg(outcome.journalId).arg(reason) << '\n'
            << (renewal ? tr("The renewal may or may not have been placed. Run \"acr-purchase resume\" to find out: "
                             "it resends the renewal with the same ClientToken, so it cannot renew twice.")
                        : tr("The order may or may not have been placed. Run \"acr-purchase resume\" to find out: it "
                             "resends the order with the same ClientToken, so it cannot buy twice."))
            << '\n';
        break;
    }
    if (outcome.error && !outcome.isPaid()) {
        const ApiError& error = *outcome.error;
        err << "  " << tr("Code: %1").arg(error.code);
        if (error.httpStatus)
            err << "  HTTP " << error.httpStatus;
        err << '\n';
        if (!error.message.isEmpty())
            err << "  " << tr("Service message: %1").arg(error.message) << '\n';
        if (!error.requestId.isEmpty())
            err << "  RequestId: " << error.requestId << '\n';
        if (!error.recommend.isEmpty())
            err << "  " << tr("Diagnosis: %1").arg(error.recommend) << '\n';
        err << "  ClientToken: " << outcome.clientToken << '\n';
    }
    if (!outcome.message.isEmpty())
        err << tr("Warning: %1").arg(outcome.message) << '\n';
}

} // namespace acrp::cli
