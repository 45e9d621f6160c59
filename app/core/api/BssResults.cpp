#include "core/api/BssResults.h"

#include "core/api/ResponseParser.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::BssResults)

public:
    static ApiError missing(const QString& field, const QString& requestId)
    {
        ApiError error = ApiError::protocol(tr("the answer has no %1").arg(field), 200, true);
        error.requestId = requestId;
        return error;
    }
};

QString requestIdOf(const QJsonObject& body)
{
    return ResponseParser::string(body, {u"RequestId"});
}

} // namespace

std::variant<CreateInstanceResult, ApiError> CreateInstanceResult::fromJson(const QJsonObject& body)
{
    CreateInstanceResult result;
    result.requestId = requestIdOf(body);
    result.instanceId = ResponseParser::string(body, {u"Data", u"InstanceId"});
    result.orderId = ResponseParser::string(body, {u"Data", u"OrderId"});
    if (result.instanceId.isEmpty())
        return Text::missing(QStringLiteral("Data.InstanceId"), result.requestId);
    if (result.orderId.isEmpty())
        return Text::missing(QStringLiteral("Data.OrderId"), result.requestId);
    return result;
}

std::variant<AccountBalance, ApiError> AccountBalance::fromJson(const QJsonObject& body)
{
    AccountBalance result;
    result.requestId = requestIdOf(body);
    result.availableAmount = ResponseParser::string(body, {u"Data", u"AvailableAmount"});
    result.availableCashAmount = ResponseParser::string(body, {u"Data", u"AvailableCashAmount"});
    result.creditAmount = ResponseParser::string(body, {u"Data", u"CreditAmount"});
    result.currency = ResponseParser::string(body, {u"Data", u"Currency"});
    if (result.availableAmount.isEmpty())
        return Text::missing(QStringLiteral("Data.AvailableAmount"), result.requestId);
    return result;
}

std::variant<OrderDetail, ApiError> OrderDetail::fromJson(const QJsonObject& body)
{
    OrderDetail result;
    result.requestId = requestIdOf(body);
    const QJsonArray orders = ResponseParser::array(body, {u"Data", u"OrderList", u"Order"});
    if (orders.isEmpty() || !orders.first().isObject())
        return Text::missing(QStringLiteral("Data.OrderList.Order"), result.requestId);
    const QJsonObject order = orders.first().toObject();
    result.orderId = ResponseParser::string(order, {u"OrderId"});
    result.paymentStatus = ResponseParser::string(order, {u"PaymentStatus"});
    result.pretaxAmount = ResponseParser::string(order, {u"PretaxAmount"});
    result.currency = ResponseParser::string(order, {u"Currency"});
    result.createTime = ResponseParser::string(order, {u"CreateTime"});
    result.paymentTime = ResponseParser::string(order, {u"PaymentTime"});
    // InstanceIDs is a comma-separated string in BSS answers; accept an array as well.
    const QJsonValue ids = ResponseParser::member(order, u"InstanceIDs");
    if (ids.isArray()) {
        for (const QJsonValue& id : ids.toArray())
            result.instanceIds.append(id.toString());
    } else {
        for (const QString& id : ids.toString().split(u',', Qt::SkipEmptyParts))
            result.instanceIds.append(id.trimmed());
    }
    if (result.orderId.isEmpty())
        return Text::missing(QStringLiteral("OrderId"), result.requestId);
    return result;
}

std::variant<PricingModules, ApiError> PricingModules::fromJson(const QJsonObject& body)
{
    PricingModules result;
    result.requestId = requestIdOf(body);
    if (!ResponseParser::at(body, {u"Data"}).isObject())
        return Text::missing(QStringLiteral("Data"), result.requestId);
    const QJsonArray modules = ResponseParser::array(body, {u"Data", u"ModuleList", u"Module"});
    for (const QJsonValue& value : modules) {
        const QJsonObject object = value.toObject();
        PricingModule module;
        module.moduleCode = ResponseParser::string(object, {u"ModuleCode"});
        module.moduleName = ResponseParser::string(object, {u"ModuleName"});
        module.priceType = ResponseParser::string(object, {u"PriceType"});
        module.currency = ResponseParser::string(object, {u"Currency"});
        for (const QJsonValue& config : ResponseParser::array(object, {u"ConfigList", u"ConfigList"}))
            module.values.append(config.isString() ? config.toString()
                                                   : ResponseParser::string(config.toObject(), {u"Value"}));
        result.modules.append(module);
    }
    return result;
}

std::variant<SubscriptionPrice, ApiError> SubscriptionPrice::fromJson(const QJsonObject& body)
{
    SubscriptionPrice result;
    result.requestId = requestIdOf(body);
    result.originalPrice = ResponseParser::string(body, {u"Data", u"OriginalPrice"});
    result.discountPrice = ResponseParser::string(body, {u"Data", u"DiscountPrice"});
    result.tradePrice = ResponseParser::string(body, {u"Data", u"TradePrice"});
    result.currency = ResponseParser::string(body, {u"Data", u"Currency"});
    if (result.tradePrice.isEmpty())
        return Text::missing(QStringLiteral("Data.TradePrice"), result.requestId);
    return result;
}

std::variant<InstanceInfo, ApiError> InstanceInfo::fromJson(const QJsonObject& body)
{
    InstanceInfo result;
    result.requestId = requestIdOf(body);
    result.instanceId = ResponseParser::string(body, {u"InstanceId"});
    result.instanceName = ResponseParser::string(body, {u"InstanceName"});
    result.instanceStatus = ResponseParser::string(body, {u"InstanceStatus"});
    result.instanceIssue = ResponseParser::string(body, {u"InstanceIssue"});
    if (result.instanceStatus.isEmpty())
        return Text::missing(QStringLiteral("InstanceStatus"), result.requestId);
    return result;
}

} // namespace acrp
