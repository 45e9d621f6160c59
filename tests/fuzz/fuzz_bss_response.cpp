// Fuzz target: what turns a BSS / ACR answer (HTTP status and body) into a typed result or an
// ApiError: ResponseParser::parse, then every BssResults fromJson, as BssCall does.
//
// Input: the HTTP status in decimal digits on the first line, the body after it ("200\n{...}").
// When the first line is not a number, the status is 200 and the whole input is the body.
#include "FuzzSupport.h"
#include "core/api/ApiError.h"
#include "core/api/BssResults.h"
#include "core/api/ResponseParser.h"

#include <QJsonArray>
#include <limits>

using namespace acrp;
using fuzz::check;

namespace {

void splitInput(const QByteArray& input, int* status, QByteArray* body)
{
    const qsizetype newline = input.indexOf('\n');
    const QByteArray first = input.left(newline < 0 ? 0 : newline).trimmed();
    bool ok = !first.isEmpty() && first.size() <= 4;
    for (const char c : first)
        ok = ok && c >= '0' && c <= '9';
    if (ok) {
        *status = first.toInt();
        *body = input.mid(newline + 1);
    } else {
        *status = 200;
        *body = input;
    }
}

// Every error a call can end with: complete, classifiable, and storable in the journal as is.
void checkError(const ApiError& error)
{
    check(!error.code.isEmpty(), "an ApiError has a code");
    check(!error.userMessage().isEmpty(), "an ApiError has a user message", error.code);
    const QString kindId = ApiError::kindId(error.kind);
    ApiError::Kind kind {};
    check(ApiError::kindFromId(kindId, &kind) && kind == error.kind, "kindFromId(kindId(kind)) == kind", kindId);
    check(ApiError::fromJson(error.toJson()) == error, "ApiError survives toJson/fromJson", error.code);
    check(!error.retryable || error.kind != ApiError::Kind::Protocol, "a Protocol error is not retried", error.code);
}

// A typed result either has its required fields or is a Protocol error for a 200 answer.
template<class Result, class Required> void checkTyped(const QJsonObject& body, Required required, const char* property)
{
    const auto typed = Result::fromJson(body);
    if (const auto* error = std::get_if<ApiError>(&typed)) {
        checkError(*error);
        check(error->kind == ApiError::Kind::Protocol, "a missing field is a Protocol error", error->code);
        check(error->requestId == ResponseParser::string(body, {u"RequestId"}), "the error keeps the RequestId");
        return;
    }
    check(required(std::get<Result>(typed)), property);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::installMessageHandler();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    int status = 0;
    QByteArray body;
    splitInput(fuzz::bytes(data, size), &status, &body);

    const auto parsed = ResponseParser::parse(status, body);
    if (const auto* error = std::get_if<ApiError>(&parsed)) {
        checkError(*error);
        check(error->httpStatus == status, "the error carries the HTTP status");
        return 0;
    }
    check(status >= 200 && status < 300, "success only with a 2xx status", QString::number(status));
    const QJsonObject object = std::get<QJsonObject>(parsed);

    checkTyped<CreateInstanceResult>(
        object, [](const CreateInstanceResult& r) { return !r.instanceId.isEmpty() && !r.orderId.isEmpty(); },
        "CreateInstanceResult has InstanceId and OrderId");
    checkTyped<AccountBalance>(
        object, [](const AccountBalance& r) { return !r.availableAmount.isEmpty(); },
        "AccountBalance has AvailableAmount");
    checkTyped<OrderDetail>(
        object, [](const OrderDetail& r) { return !r.orderId.isEmpty(); }, "OrderDetail has OrderId");
    checkTyped<PricingModules>(
        object, [](const PricingModules&) { return true; }, "PricingModules");
    checkTyped<SubscriptionPrice>(
        object, [](const SubscriptionPrice& r) { return !r.tradePrice.isEmpty(); }, "SubscriptionPrice has TradePrice");
    checkTyped<InstanceInfo>(
        object, [](const InstanceInfo& r) { return !r.instanceStatus.isEmpty(); }, "InstanceInfo has InstanceStatus");

    // Ids sent as JSON numbers are read as the digits sent: a whole number within qint64 is exact
    // in QJsonValue, and must not come back rounded through a double (ids above 2^53).
    for (const QJsonObject& level : {object, ResponseParser::at(object, {u"Data"}).toObject()}) {
        for (auto it = level.constBegin(); it != level.constEnd(); ++it) {
            constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
            const qint64 whole = it.value().toInteger(kNotWhole);
            if (whole != kNotWhole)
                check(ResponseParser::string(level, {it.key()}) == QString::number(whole),
                      "a whole number is read as the digits sent", it.key() + u": " + QString::number(whole));
        }
    }

    // The lenient accessors on paths the callers use, whatever the shapes found there.
    for (const QJsonValue& order : ResponseParser::array(object, {u"Data", u"OrderList", u"Order"}))
        ResponseParser::string(order.toObject(), {u"OrderId"});
    ResponseParser::at(object, {u"Data", u"ModuleList", u"Module", u"ConfigList"});
    return 0;
}
