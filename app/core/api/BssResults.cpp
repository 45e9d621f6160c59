#include "core/api/BssResults.h"

#include "core/api/ResponseParser.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace acrp {

namespace {

// The texts keep their translation context.
class BssResultsText
{
    Q_DECLARE_TR_FUNCTIONS(acrp::BssResults)
};

// A time member of `object`: invalid when absent; false (with *error set) when present but unreadable.
bool readTime(const QJsonObject& object, QStringView key, const QString& requestId, QDateTime* time,
              std::optional<ApiError>* error)
{
    const QString text = ResponseParser::string(object, {key});
    bool ok = true;
    *time = parseServiceTime(text, &ok);
    if (!ok && !*error)
        *error = unreadableTimeError(key.toString(), text, requestId);
    return ok;
}

int intOf(const QJsonObject& object, std::initializer_list<QStringView> path)
{
    const QJsonValue value = ResponseParser::at(object, path);
    if (value.isDouble())
        return value.toInt();
    return value.toString().toInt();
}

QString requestIdOf(const QJsonObject& body)
{
    return ResponseParser::string(body, {u"RequestId"});
}

} // namespace

ApiError missingFieldError(const QString& field, const QString& requestId)
{
    ApiError error = ApiError::protocol(BssResultsText::tr("the answer has no %1").arg(field), 200, true);
    error.requestId = requestId;
    return error;
}

ApiError unreadableTimeError(const QString& field, const QString& value, const QString& requestId)
{
    ApiError error
        = ApiError::protocol(BssResultsText::tr("the answer’s %1 is not a time: “%2”").arg(field, value), 200, true);
    error.requestId = requestId;
    return error;
}

std::variant<CreateInstanceResult, ApiError> CreateInstanceResult::fromJson(const QJsonObject& body)
{
    CreateInstanceResult result;
    result.requestId = requestIdOf(body);
    result.instanceId = ResponseParser::string(body, {u"Data", u"InstanceId"});
    result.orderId = ResponseParser::string(body, {u"Data", u"OrderId"});
    if (result.instanceId.isEmpty())
        return missingFieldError(QStringLiteral("Data.InstanceId"), result.requestId);
    if (result.orderId.isEmpty())
        return missingFieldError(QStringLiteral("Data.OrderId"), result.requestId);
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
        return missingFieldError(QStringLiteral("Data.AvailableAmount"), result.requestId);
    return result;
}

std::variant<OrderDetail, ApiError> OrderDetail::fromJson(const QJsonObject& body)
{
    OrderDetail result;
    result.requestId = requestIdOf(body);
    const QJsonArray orders = ResponseParser::array(body, {u"Data", u"OrderList", u"Order"});
    if (orders.isEmpty() || !orders.first().isObject())
        return missingFieldError(QStringLiteral("Data.OrderList.Order"), result.requestId);
    const QJsonObject order = orders.first().toObject();
    result.orderId = ResponseParser::string(order, {u"OrderId"});
    result.orderType = ResponseParser::string(order, {u"OrderType"});
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
        return missingFieldError(QStringLiteral("OrderId"), result.requestId);
    return result;
}

std::variant<PricingModules, ApiError> PricingModules::fromJson(const QJsonObject& body)
{
    PricingModules result;
    result.requestId = requestIdOf(body);
    if (!ResponseParser::at(body, {u"Data"}).isObject())
        return missingFieldError(QStringLiteral("Data"), result.requestId);
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
        return missingFieldError(QStringLiteral("Data.TradePrice"), result.requestId);
    return result;
}

std::variant<InstanceInfo, ApiError> InstanceInfo::fromJson(const QJsonObject& body)
{
    InstanceInfo result;
    result.requestId = requestIdOf(body);
    result.instanceId = ResponseParser::string(body, {u"InstanceId"});
    result.instanceName = ResponseParser::string(body, {u"InstanceName"});
    result.instanceStatus = ResponseParser::string(body, {u"InstanceStatus"});
    result.instanceSpecification = ResponseParser::string(body, {u"InstanceSpecification"});
    result.instanceIssue = ResponseParser::string(body, {u"InstanceIssue"});
    if (result.instanceStatus.isEmpty())
        return missingFieldError(QStringLiteral("InstanceStatus"), result.requestId);
    return result;
}

QDateTime parseServiceTime(const QString& text, bool* ok)
{
    if (ok)
        *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid()) {
        if (ok)
            *ok = false;
        return {};
    }
    // A time without a zone is the service's UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

bool BssPage::hasMore() const
{
    return pageNum > 0 && pageSize > 0 && qint64(pageNum) * pageSize < totalCount;
}

std::optional<ApiError> BssPage::readPaging(const QJsonObject& body, QJsonObject* data)
{
    requestId = requestIdOf(body);
    const QJsonValue value = ResponseParser::at(body, {u"Data"});
    if (!value.isObject())
        return missingFieldError(QStringLiteral("Data"), requestId);
    *data = value.toObject();
    pageNum = intOf(*data, {u"PageNum"});
    pageSize = intOf(*data, {u"PageSize"});
    totalCount = intOf(*data, {u"TotalCount"});
    return std::nullopt;
}

std::variant<AvailableInstancesPage, ApiError> AvailableInstancesPage::fromJson(const QJsonObject& body)
{
    AvailableInstancesPage result;
    QJsonObject dataObject;
    if (const std::optional<ApiError> missing = result.readPaging(body, &dataObject))
        return *missing;
    // Data.InstanceList is a plain array in the JSON answers (the XML form nests it once more).
    QJsonArray rows = ResponseParser::array(dataObject, {u"InstanceList"});
    if (rows.size() == 1 && rows.first().isObject()
        && ResponseParser::member(rows.first().toObject(), u"InstanceList").isArray())
        rows = ResponseParser::array(rows.first().toObject(), {u"InstanceList"});
    std::optional<ApiError> error;
    for (const QJsonValue& value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        AvailableInstance instance;
        instance.instanceId = ResponseParser::string(row, {u"InstanceID"});
        if (instance.instanceId.isEmpty())
            return missingFieldError(QStringLiteral("Data.InstanceList[].InstanceID"), result.requestId);
        instance.status = ResponseParser::string(row, {u"Status"});
        instance.subStatus = ResponseParser::string(row, {u"SubStatus"});
        readTime(row, u"CreateTime", result.requestId, &instance.createTime, &error);
        readTime(row, u"EndTime", result.requestId, &instance.endTime, &error);
        readTime(row, u"ExpectedReleaseTime", result.requestId, &instance.expectedReleaseTime, &error);
        readTime(row, u"ReleaseTime", result.requestId, &instance.releaseTime, &error);
        readTime(row, u"StopTime", result.requestId, &instance.stopTime, &error);
        if (error)
            return *error;
        instance.renewStatus = ResponseParser::string(row, {u"RenewStatus"});
        instance.renewalDuration = intOf(row, {u"RenewalDuration"});
        instance.renewalDurationUnit = ResponseParser::string(row, {u"RenewalDurationUnit"});
        instance.region = ResponseParser::string(row, {u"Region"});
        instance.productCode = ResponseParser::string(row, {u"ProductCode"});
        instance.productType = ResponseParser::string(row, {u"ProductType"});
        instance.subscriptionType = ResponseParser::string(row, {u"SubscriptionType"});
        result.instances.append(instance);
    }
    return result;
}

std::variant<OrdersPage, ApiError> OrdersPage::fromJson(const QJsonObject& body)
{
    OrdersPage result;
    QJsonObject dataObject;
    if (const std::optional<ApiError> missing = result.readPaging(body, &dataObject))
        return *missing;
    std::optional<ApiError> error;
    for (const QJsonValue& value : ResponseParser::array(dataObject, {u"OrderList", u"Order"})) {
        const QJsonObject row = value.toObject();
        OrderSummary order;
        order.orderId = ResponseParser::string(row, {u"OrderId"});
        if (order.orderId.isEmpty())
            return missingFieldError(QStringLiteral("Data.OrderList.Order[].OrderId"), result.requestId);
        order.orderType = ResponseParser::string(row, {u"OrderType"});
        order.paymentStatus = ResponseParser::string(row, {u"PaymentStatus"});
        order.pretaxGrossAmount = ResponseParser::string(row, {u"PretaxGrossAmount"});
        order.pretaxAmount = ResponseParser::string(row, {u"PretaxAmount"});
        order.afterTaxAmount = ResponseParser::string(row, {u"AfterTaxAmount"});
        order.currency = ResponseParser::string(row, {u"Currency"});
        readTime(row, u"CreateTime", result.requestId, &order.createTime, &error);
        readTime(row, u"PaymentTime", result.requestId, &order.paymentTime, &error);
        if (error)
            return *error;
        order.productCode = ResponseParser::string(row, {u"ProductCode"});
        order.productType = ResponseParser::string(row, {u"ProductType"});
        order.subscriptionType = ResponseParser::string(row, {u"SubscriptionType"});
        order.relatedOrderId = ResponseParser::string(row, {u"RelatedOrderId"});
        result.orders.append(order);
    }
    return result;
}

std::variant<RenewInstanceResult, ApiError> RenewInstanceResult::fromJson(const QJsonObject& body)
{
    RenewInstanceResult result;
    result.requestId = requestIdOf(body);
    result.orderId = ResponseParser::string(body, {u"Data", u"OrderId"});
    if (result.orderId.isEmpty())
        return missingFieldError(QStringLiteral("Data.OrderId"), result.requestId);
    return result;
}

} // namespace acrp
