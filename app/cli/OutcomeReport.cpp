#include "cli/OutcomeReport.h"

#include "cli/Cli.h"

#include <QJsonArray>

namespace acrp::cli {

int OutcomeReport::exitCode(const SubmitOutcome& outcome)
{
    if (outcome.isInvalidOrder())
        return ExitInvalidOrder;
    switch (outcome.state) {
    case OrderState::Succeeded:
        return ExitSuccess;
    case OrderState::Unknown:
    case OrderState::Sending:
        return ExitOutcomeUnknown;
    case OrderState::Failed:
        if (outcome.error
            && (outcome.error->kind == ApiError::Kind::Network || outcome.error->kind == ApiError::Kind::Timeout
                || outcome.error->kind == ApiError::Kind::Cancelled))
            return ExitUsage;
        return ExitRejected;
    case OrderState::Draft:
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

QJsonObject OutcomeReport::toJson(const SubmitOutcome& outcome, const QString& provisioningStatus)
{
    if (outcome.isInvalidOrder()) {
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
    if (outcome.journalId == 0 && !outcome.localError.isEmpty())
        return localErrorJson(outcome.localError);

    QJsonObject object {
        {QStringLiteral("state"), orderStateId(outcome.state)},
        {QStringLiteral("clientToken"), outcome.clientToken},
        {QStringLiteral("journalId"), outcome.journalId},
        {QStringLiteral("attempts"), outcome.attempts},
    };
    if (outcome.state == OrderState::Succeeded) {
        object.insert(QStringLiteral("instanceId"), outcome.result.instanceId);
        object.insert(QStringLiteral("orderId"), outcome.result.orderId);
        object.insert(QStringLiteral("requestId"), outcome.result.requestId);
        if (!provisioningStatus.isEmpty())
            object.insert(QStringLiteral("provisioningStatus"), provisioningStatus);
    } else if (outcome.error) {
        object.insert(QStringLiteral("requestId"), outcome.error->requestId);
        object.insert(QStringLiteral("error"), outcome.error->toJson());
    }
    if (!outcome.localError.isEmpty())
        object.insert(QStringLiteral("localError"), outcome.localError);
    return object;
}

void OutcomeReport::print(const SubmitOutcome& outcome, QTextStream& out, QTextStream& err,
                          const QString& provisioningStatus)
{
    if (outcome.isInvalidOrder()) {
        err << tr("The order is not valid; nothing was sent:") << '\n';
        for (OrderField field : outcome.validation.invalidFields())
            err << "  " << orderFieldKey(field) << ": " << outcome.validation.message(field) << '\n';
        return;
    }
    if (outcome.journalId == 0) {
        err << outcome.localError << '\n';
        return;
    }
    switch (outcome.state) {
    case OrderState::Succeeded:
        out << tr("Bought. Order %1 (journal #%2)").arg(outcome.result.orderId).arg(outcome.journalId) << '\n'
            << "  InstanceId:  " << outcome.result.instanceId << '\n'
            << "  OrderId:     " << outcome.result.orderId << '\n'
            << "  RequestId:   " << outcome.result.requestId << '\n'
            << "  ClientToken: " << outcome.clientToken << '\n';
        if (!provisioningStatus.isEmpty())
            out << "  "
                << tr("Provisioning: %1 (the instance is paid for; ACR is setting it up)").arg(provisioningStatus)
                << '\n';
        break;
    case OrderState::Failed:
        err << tr("Not bought (journal #%1): %2")
                   .arg(outcome.journalId)
                   .arg(outcome.error ? outcome.error->userMessage() : QString())
            << '\n';
        break;
    case OrderState::Unknown:
    case OrderState::Sending:
    case OrderState::Draft:
        err << tr("Outcome unknown (journal #%1): %2")
                   .arg(outcome.journalId)
                   .arg(outcome.error ? outcome.error->userMessage() : QString())
            << '\n'
            << tr("The order may or may not have been placed. Run \"acr-purchase resume\" to find out: it resends the "
                  "order with the same ClientToken, so it cannot buy twice.")
            << '\n';
        break;
    }
    if (outcome.error && outcome.state != OrderState::Succeeded) {
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
    if (!outcome.localError.isEmpty())
        err << tr("Warning: %1").arg(outcome.localError) << '\n';
}

} // namespace acrp::cli
