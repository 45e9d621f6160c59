#include "sandbox/SandboxApi.h"

#include "core/api/Signer.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/Validator.h"
#include "sandbox/PriceTable.h"
#include "sandbox/RequestAuthenticator.h"
#include "sandbox/SandboxLedger.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <functional>

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

const QString kSuccessMessage = u"Successful!"_s;

ApiOutcome failure(const SandboxError& error)
{
    ApiOutcome outcome;
    outcome.error = error;
    return outcome;
}

ApiOutcome bssSuccess(const QJsonValue& data, const QString& code = u"Success"_s)
{
    ApiOutcome outcome;
    outcome.body = {
        {u"Code"_s, code},
        {u"Message"_s, kSuccessMessage},
        {u"Success"_s, true},
        {u"Data"_s, data},
    };
    return outcome;
}

QString timeText(const QDateTime& time)
{
    return QString::fromLatin1(signer::timestamp(time));
}

// A whole number in [min, max] written in plain decimal digits.
std::optional<int> parseNumber(const QString& text, int min, int max)
{
    static const QRegularExpression digits(u"^\\d{1,9}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int value = text.toInt();
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

// "Parameter.N.Value" of the property with this code, or empty when the request has none.
QString propertyValueName(const QMap<QString, QString>& parameters, const QString& code)
{
    static const QRegularExpression codeKey(uR"(^Parameter\.(\d+)\.Code$)"_s);
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        const QRegularExpressionMatch match = codeKey.match(it.key());
        if (match.hasMatch() && it.value() == code)
            return u"Parameter."_s + match.captured(1) + u".Value"_s;
    }
    return {};
}

// The rejection of an order the Validator found wrong: the first wrong field, named as the
// request names it; MissingParameter when the request does not carry it at all.
SandboxError rejectionFor(const ValidationResult& result, const QMap<QString, QString>& parameters)
{
    const OrderField field = result.invalidFields().constFirst();
    const QString name = createInstanceParameterName(field);
    const QString message = result.message(field);
    if (isTopLevelParameter(field))
        return parameters.contains(name) ? SandboxError::invalidParameter(name, message)
                                         : SandboxError::missingParameter(name, message);
    const QString valueName = propertyValueName(parameters, name);
    return valueName.isEmpty() ? SandboxError::missingParameter(name, message)
                               : SandboxError::invalidParameter(valueName, message);
}

QString orderConfig(const OrderSpec& order)
{
    QStringList parts {
        u"InstanceType:"_s + order.edition,
        u"InstanceName:"_s + order.instanceName,
        u"Region:"_s + order.region,
        u"DefaultOssBucket:"_s + (order.defaultBucket ? u"true"_s : u"false"_s),
    };
    if (!order.defaultBucket)
        parts.append(u"InstanceStorageName:"_s + order.customBucket);
    parts.append(u"image_scanner:"_s + order.imageScanner);
    parts.append(u"NamespaceQuota:"_s + QString::number(order.extraNamespaces));
    parts.append(u"RepoQuota:"_s + QString::number(order.extraRepositories));
    parts.append(u"vpc_num:"_s + QString::number(order.vpcQuota));
    return parts.join(u';');
}

double amount(qint64 cents)
{
    return double(cents) / 100.0;
}

// A page parameter (PageNum, PageSize, PageNo): `fallback` when absent, else a whole number in
// [1, max]; InvalidParameter otherwise.
std::optional<SandboxError> readPage(const QMap<QString, QString>& p, const QString& name, int fallback, int max,
                                     int* value)
{
    if (!p.contains(name)) {
        *value = fallback;
        return std::nullopt;
    }
    const std::optional<int> number = parseNumber(p.value(name), 1, max);
    if (!number)
        return SandboxError::invalidParameter(
            name, SandboxApi::tr("%1 is a whole number from 1 to %2.").arg(name, QString::number(max)));
    *value = *number;
    return std::nullopt;
}

// ClientToken, when sent: 1 to 64 printable ASCII characters.
std::optional<SandboxError> checkClientToken(const QMap<QString, QString>& parameters)
{
    static const QRegularExpression printableAscii(u"^[\\x21-\\x7E]{1,64}$"_s);
    if (parameters.contains(u"ClientToken"_s) && !printableAscii.match(parameters.value(u"ClientToken"_s)).hasMatch())
        return SandboxError::invalidParameter(
            u"ClientToken"_s, SandboxApi::tr("A client token is 1 to 64 printable ASCII characters without spaces."));
    return std::nullopt;
}

// Data of GetSubscriptionPrice for a quote; ModuleDetails lists the modules `shown` keeps.
QJsonObject priceData(const PriceQuote& quote, int quantity, const QString& currency,
                      const std::function<bool(const ModuleCost&)>& shown)
{
    QJsonArray details;
    for (const ModuleCost& cost : quote.modules) {
        if (!shown(cost))
            continue;
        details.append(QJsonObject {
            {u"ModuleCode"_s, cost.moduleCode},
            {u"UnitPrice"_s, amount(cost.unitPriceCents)},
            {u"OriginalCost"_s, amount(cost.originalCents)},
            {u"InvoiceDiscount"_s, amount(cost.discountCents)},
            {u"CostAfterDiscount"_s, amount(cost.originalCents - cost.discountCents)},
        });
    }
    return {
        {u"Currency"_s, currency},
        {u"Quantity"_s, quantity},
        {u"OriginalPrice"_s, amount(quote.originalCents)},
        {u"DiscountPrice"_s, amount(quote.discountCents)},
        {u"TradePrice"_s, amount(quote.tradeCents())},
        {u"ModuleDetails"_s, QJsonObject {{u"ModuleDetail"_s, details}}},
        {u"PromotionDetails"_s, QJsonObject {{u"PromotionDetail"_s, QJsonArray()}}},
    };
}

// The months RenewInstance takes (RenewPeriod): 1 to 9, 12, 24, 36.
// Page `pageNum` (from 1) of `rows`, `pageSize` rows, each as `toJson` makes it.
template<class Row, class ToJson> QJsonArray pageOf(const QList<Row>& rows, int pageNum, int pageSize, ToJson toJson)
{
    QJsonArray page;
    const qsizetype first = qsizetype(pageNum - 1) * pageSize;
    for (qsizetype i = first; i < rows.size() && i < first + pageSize; ++i)
        page.append(toJson(rows.at(i)));
    return page;
}

bool isRenewPeriod(int months)
{
    return (months >= 1 && months <= 9) || months == 12 || months == 24 || months == 36;
}

// What renewing `instance` for `months` costs: its edition and quotas, as a new order would pay.
PriceQuote renewalQuote(const SandboxInstance& instance, int months)
{
    const OrderSpec& spec = instance.spec;
    return PriceTable::illustrative().quote(spec.edition, months, spec.extraNamespaces, spec.extraRepositories,
                                            spec.vpcQuota);
}

} // namespace

SandboxApi::SandboxApi(SandboxLedger& ledger, const Catalog& catalog, QString currency, int provisioningSeconds)
    : m_ledger(ledger)
    , m_catalog(catalog)
    , m_currency(std::move(currency))
    , m_provisioningSeconds(provisioningSeconds)
{ }

bool SandboxApi::knowsVersion(const QString& version)
{
    return version == kBssVersion || version == kAcrVersion || version == kStsVersion;
}

bool SandboxApi::knowsAction(const QString& action, const QString& version)
{
    static const QStringList bss {
        u"CreateInstance"_s,        u"QueryAccountBalance"_s,  u"GetOrderDetail"_s,          u"QueryOrders"_s,
        u"DescribePricingModule"_s, u"GetSubscriptionPrice"_s, u"QueryAvailableInstances"_s, u"RenewInstance"_s};
    if (version == kBssVersion)
        return bss.contains(action);
    if (version == kAcrVersion)
        return action == u"GetInstance"_s || action == u"ListInstance"_s;
    if (version == kStsVersion)
        return action == u"AssumeRole"_s || action == u"GetCallerIdentity"_s;
    return false;
}

QString SandboxApi::productOf(const QString& version)
{
    if (version == kStsVersion)
        return u"Sts"_s;
    return version == kAcrVersion ? u"cr"_s : u"BssOpenApi"_s;
}

ApiOutcome SandboxApi::handle(const ApiCall& call)
{
    if (call.version == kStsVersion) // SandboxServer hands these to SandboxSts
        return failure(SandboxError::invalidAction());
    if (call.version == kAcrVersion)
        return call.action == u"ListInstance"_s ? listInstance(call) : getInstance(call);
    if (call.action == u"QueryAvailableInstances"_s)
        return queryAvailableInstances(call);
    if (call.action == u"RenewInstance"_s)
        return renewInstance(call);
    if (call.action == u"CreateInstance"_s)
        return createInstance(call);
    if (call.action == u"QueryAccountBalance"_s)
        return queryAccountBalance(call);
    if (call.action == u"GetOrderDetail"_s)
        return getOrderDetail(call);
    if (call.action == u"QueryOrders"_s)
        return queryOrders(call);
    if (call.action == u"DescribePricingModule"_s)
        return describePricingModule(call);
    if (call.action == u"GetSubscriptionPrice"_s)
        return getSubscriptionPrice(call);
    return failure(SandboxError::invalidAction());
}

std::optional<SandboxError> SandboxApi::resolveProductType(const ApiCall& call, const SiteInfo** site) const
{
    const QString productType = call.parameters.value(u"ProductType"_s);
    if (productType.isEmpty()) {
        *site = &m_catalog.site(call.account.site);
        return std::nullopt;
    }
    const SiteInfo* named = m_catalog.siteByProductType(productType);
    if (!named)
        return SandboxError::invalidParameter(u"ProductType"_s);
    if (named->site != call.account.site)
        return SandboxError::notApplicable();
    *site = named;
    return std::nullopt;
}

ApiOutcome SandboxApi::createInstance(const ApiCall& call)
{
    QMap<QString, QString> parameters = call.parameters;
    const SiteInfo* site = nullptr;
    if (auto error = resolveProductType(call, &site))
        return failure(*error);
    // ProductType is optional: the service takes the caller's site.
    parameters.insert(u"ProductType"_s, site->productType);

    OrderSpec order;
    QString badParameter, problem;
    if (!orderFromCreateInstanceParameters(parameters, m_catalog, &order, &badParameter, &problem))
        // "X is missing" would only repeat MissingParameter's own message.
        return failure(parameters.contains(badParameter) ? SandboxError::invalidParameter(badParameter, problem)
                                                         : SandboxError::missingParameter(badParameter));
    if (m_catalog.edition(order.edition) && !m_catalog.isEditionSold(order.site, order.edition))
        return failure(SandboxError::editionNotSold(order.edition, site->productType));
    if (const ValidationResult result = Validator(m_catalog).validate(order); !result.isValid())
        return failure(rejectionFor(result, parameters));

    const QString clientToken = parameters.value(u"ClientToken"_s);
    if (auto error = checkClientToken(parameters))
        return failure(*error);

    const auto answer = [](const SandboxOrder& recorded) {
        ApiOutcome outcome = bssSuccess(QJsonObject {
            {u"InstanceId"_s, recorded.instanceId},
            {u"OrderId"_s, recorded.orderId},
        });
        outcome.orderCommitted = true;
        return outcome;
    };
    if (const SandboxOrder* previous = m_ledger.findByClientToken(call.account.accessKeyId, clientToken)) {
        if (previous->type != u"New"_s || previous->order != order)
            return failure(SandboxError::idempotentParameterMismatch());
        return answer(*previous); // the first result, charged once
    }
    if (m_ledger.isNameTaken(call.account.accessKeyId, order.region, order.instanceName))
        return failure(SandboxError::instanceNameTaken(order.instanceName, order.region));
    const qint64 price = PriceTable::illustrative().quote(order).tradeCents();
    if (m_ledger.balanceCents(call.account.accessKeyId) < price)
        return failure(SandboxError::insufficientBalance());

    const SandboxOrder recorded = m_ledger.record(call.account.accessKeyId, clientToken, order, price, call.serverNow);
    ApiOutcome outcome = answer(recorded);
    outcome.newOrder = recorded;
    return outcome;
}

ApiOutcome SandboxApi::queryAccountBalance(const ApiCall& call) const
{
    const QString balance = PriceTable::money(m_ledger.balanceCents(call.account.accessKeyId));
    const QString zero = PriceTable::money(0);
    return bssSuccess(
        QJsonObject {
            {u"AvailableAmount"_s, balance},
            {u"AvailableCashAmount"_s, balance},
            {u"CreditAmount"_s, zero},
            {u"MybankCreditAmount"_s, zero},
            {u"QuotaLimit"_s, zero},
            {u"Currency"_s, m_currency},
        },
        u"200"_s);
}

QJsonObject SandboxApi::orderJson(const SandboxOrder& order, bool detailed) const
{
    // A seeded order says what it cost elsewhere, without the parts of the price.
    OrderSpec priced = order.order;
    if (order.type == u"Renew"_s)
        priced.periodMonths = order.renewMonths;
    const QString trade = order.price;
    const QString gross
        = order.seeded ? trade : PriceTable::money(PriceTable::illustrative().quote(priced).originalCents);
    const QString productType = m_catalog.site(order.order.site).productType;
    QJsonObject json {
        {u"OrderId"_s, order.orderId},
        {u"ProductCode"_s, m_catalog.productCode()},
        {u"ProductType"_s, productType},
        {u"CommodityCode"_s, productType},
        {u"SubscriptionType"_s, m_catalog.subscriptionType()},
        {u"OrderType"_s, order.type},
        {u"PaymentStatus"_s, u"Paid"_s},
        {u"CreateTime"_s, timeText(order.created)},
        {u"PaymentTime"_s, timeText(order.created)},
        {u"Currency"_s, m_currency},
        {u"PaymentCurrency"_s, m_currency},
        {u"PretaxGrossAmount"_s, gross},
        {u"PretaxAmount"_s, trade},
        {u"PretaxAmountLocal"_s, trade},
        {u"Tax"_s, PriceTable::money(0)},
        {u"AfterTaxAmount"_s, trade},
        {u"RelatedOrderId"_s, QString()},
    };
    if (detailed) {
        json.insert(u"SubOrderId"_s, order.orderId);
        json.insert(u"Region"_s, order.order.region);
        json.insert(u"Config"_s, orderConfig(order.order));
        json.insert(u"OriginalConfig"_s, QString());
        json.insert(u"Quantity"_s, u"1"_s);
        json.insert(u"InstanceIDs"_s, order.instanceId);
        json.insert(u"Operator"_s, order.accessKeyId);
        json.insert(u"UsageStartTime"_s, timeText(order.usageStart));
        json.insert(u"UsageEndTime"_s, timeText(order.usageEnd));
    }
    return json;
}

ApiOutcome SandboxApi::getOrderDetail(const ApiCall& call) const
{
    const QString orderId = call.parameters.value(u"OrderId"_s);
    if (orderId.isEmpty())
        return failure(SandboxError::missingParameter(u"OrderId"_s));
    const SandboxOrder* order = m_ledger.findByOrderId(call.account.accessKeyId, orderId);
    if (!order)
        return failure(SandboxError::orderNotFound(orderId));
    return bssSuccess(QJsonObject {
        {u"HostName"_s, QString()},
        {u"PageNum"_s, 1},
        {u"PageSize"_s, 20},
        {u"TotalCount"_s, 1},
        {u"OrderList"_s, QJsonObject {{u"Order"_s, QJsonArray {orderJson(*order, true)}}}},
    });
}

ApiOutcome SandboxApi::queryOrders(const ApiCall& call) const
{
    const QMap<QString, QString>& p = call.parameters;
    int pageNum = 0, pageSize = 0;
    if (auto error = readPage(p, u"PageNum"_s, 1, 1000000, &pageNum))
        return failure(*error);
    if (auto error = readPage(p, u"PageSize"_s, 20, 100, &pageSize))
        return failure(*error);
    QDateTime start, end;
    for (const auto& [name, target] :
         {std::pair {u"CreateTimeStart"_s, &start}, std::pair {u"CreateTimeEnd"_s, &end}}) {
        if (!p.contains(name))
            continue;
        *target = RequestAuthenticator::parseTimestamp(p.value(name));
        if (!target->isValid())
            return failure(SandboxError::invalidParameter(name, tr("Times are written yyyy-MM-ddTHH:mm:ssZ.")));
    }

    QList<const SandboxOrder*> matching;
    const QList<SandboxOrder>& orders = m_ledger.orders();
    for (auto it = orders.crbegin(); it != orders.crend(); ++it) { // newest first
        const SandboxOrder& order = *it;
        if (order.accessKeyId != call.account.accessKeyId)
            continue;
        const QJsonObject json = orderJson(order, false);
        bool keep = (!start.isValid() || order.created >= start) && (!end.isValid() || order.created <= end);
        for (const QString& filter :
             {u"ProductCode"_s, u"ProductType"_s, u"SubscriptionType"_s, u"OrderType"_s, u"PaymentStatus"_s}) {
            if (p.contains(filter) && json.value(filter).toString() != p.value(filter))
                keep = false;
        }
        if (keep)
            matching.append(&order);
    }
    const QJsonArray page
        = pageOf(matching, pageNum, pageSize, [this](const SandboxOrder* order) { return orderJson(*order, false); });
    return bssSuccess(QJsonObject {
        {u"HostName"_s, QString()},
        {u"PageNum"_s, pageNum},
        {u"PageSize"_s, pageSize},
        {u"TotalCount"_s, int(matching.size())},
        {u"OrderList"_s, QJsonObject {{u"Order"_s, page}}},
    });
}

ApiOutcome SandboxApi::describePricingModule(const ApiCall& call) const
{
    const QMap<QString, QString>& p = call.parameters;
    for (const QString& name : {u"ProductCode"_s, u"SubscriptionType"_s}) {
        if (p.value(name).isEmpty())
            return failure(SandboxError::missingParameter(name));
    }
    if (p.value(u"ProductCode"_s) != m_catalog.productCode())
        return failure(SandboxError::invalidParameter(u"ProductCode"_s));
    const QString subscription = p.value(u"SubscriptionType"_s);
    if (subscription != m_catalog.subscriptionType() && subscription != u"PayAsYouGo"_s)
        return failure(SandboxError::invalidParameter(u"SubscriptionType"_s));
    const SiteInfo* site = nullptr;
    if (auto error = resolveProductType(call, &site))
        return failure(*error);

    QJsonObject data;
    if (subscription == m_catalog.subscriptionType()) {
        data = PriceTable::illustrative().pricingModules(*site, m_catalog, m_currency);
    } else { // ACR Enterprise Edition is sold by subscription only
        data = {{u"ModuleList"_s, QJsonObject {{u"Module"_s, QJsonArray()}}},
                {u"AttributeList"_s, QJsonObject {{u"Attribute"_s, QJsonArray()}}}};
    }
    ApiOutcome outcome = bssSuccess(data);
    outcome.body.insert(u"SandboxNote"_s, PriceTable::note());
    return outcome;
}

ApiOutcome SandboxApi::getSubscriptionPrice(const ApiCall& call) const
{
    const QMap<QString, QString>& p = call.parameters;
    for (const QString& name : {u"ProductCode"_s, u"SubscriptionType"_s, u"OrderType"_s}) {
        if (p.value(name).isEmpty())
            return failure(SandboxError::missingParameter(name));
    }
    if (p.value(u"ProductCode"_s) != m_catalog.productCode())
        return failure(SandboxError::invalidParameter(u"ProductCode"_s));
    if (p.value(u"SubscriptionType"_s) != m_catalog.subscriptionType())
        return failure(SandboxError::invalidParameter(u"SubscriptionType"_s));
    const QString orderType = p.value(u"OrderType"_s);
    if (orderType != u"NewOrder"_s && orderType != u"Renewal"_s)
        return failure(SandboxError::invalidParameter(
            u"OrderType"_s, tr("The sandbox prices NewOrder and Renewal (not \"%1\").").arg(orderType)));
    const SiteInfo* site = nullptr;
    if (auto error = resolveProductType(call, &site))
        return failure(*error);
    if (orderType == u"Renewal"_s && p.contains(u"InstanceId"_s))
        return renewalPrice(call);

    for (const QString& name : {u"ServicePeriodQuantity"_s, u"ServicePeriodUnit"_s}) {
        if (p.value(name).isEmpty())
            return failure(SandboxError::missingParameter(name));
    }
    const QString unit = p.value(u"ServicePeriodUnit"_s);
    if (unit != u"Year"_s && unit != u"Month"_s)
        return failure(SandboxError::invalidParameter(u"ServicePeriodUnit"_s, tr("Use Year or Month.")));
    const std::optional<int> periodQuantity = parseNumber(p.value(u"ServicePeriodQuantity"_s), 1, 1000);
    const int months = periodQuantity ? *periodQuantity * (unit == u"Year"_s ? 12 : 1) : 0;
    if (!m_catalog.periods().contains(months)) {
        QStringList periods;
        for (const int period : m_catalog.periods())
            periods.append(QString::number(period));
        return failure(SandboxError::invalidParameter(
            u"ServicePeriodQuantity"_s, tr("The periods sold are %1 months.").arg(periods.join(u", "_s))));
    }
    const std::optional<int> quantity
        = p.contains(u"Quantity"_s) ? parseNumber(p.value(u"Quantity"_s), 1, 100) : std::optional<int>(1);
    if (!quantity)
        return failure(SandboxError::invalidParameter(u"Quantity"_s, tr("Quantity is a whole number from 1 to 100.")));

    // ModuleList.N.ModuleCode / ModuleList.N.Config ("Code:value[,Code:value]").
    static const QRegularExpression moduleKey(uR"(^ModuleList\.(\d+)\.(\w+)$)"_s);
    static const QStringList knownModules {u"InstanceType"_s, u"NamespaceQuota"_s, u"RepoQuota"_s, u"vpc_num"_s};
    QMap<int, QString> moduleCodes;
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        const QRegularExpressionMatch match = moduleKey.match(it.key());
        if (match.hasMatch() && match.captured(2) == u"ModuleCode"_s)
            moduleCodes.insert(match.captured(1).toInt(), it.value());
    }
    QMap<QString, QString> values; // module code -> configured value
    for (auto it = moduleCodes.constBegin(); it != moduleCodes.constEnd(); ++it) {
        const QString prefix = u"ModuleList."_s + QString::number(it.key());
        if (!knownModules.contains(it.value()))
            return failure(SandboxError::invalidParameter(prefix + u".ModuleCode"_s,
                                                          tr("The modules are %1.").arg(knownModules.join(u", "_s))));
        const QString configName = prefix + u".Config"_s;
        if (p.value(configName).isEmpty())
            return failure(SandboxError::missingParameter(configName));
        bool found = false;
        for (const QString& pair : p.value(configName).split(u',')) {
            const qsizetype colon = pair.indexOf(u':');
            if (colon > 0 && pair.left(colon).trimmed() == it.value()) {
                values.insert(it.value(), pair.mid(colon + 1).trimmed());
                found = true;
            }
        }
        if (!found)
            return failure(
                SandboxError::invalidParameter(configName, tr("Write the configuration as %1:value.").arg(it.value())));
    }
    if (!values.contains(u"InstanceType"_s))
        return failure(
            SandboxError::missingParameter(u"ModuleList.N.ModuleCode"_s, tr("The InstanceType module is required.")));

    OrderSpec order; // only the priced fields matter; the Validator checks them as for an order
    order.site = site->site;
    order.edition = values.value(u"InstanceType"_s);
    order.periodMonths = months;
    if (m_catalog.edition(order.edition) && !m_catalog.isEditionSold(order.site, order.edition))
        return failure(SandboxError::editionNotSold(order.edition, site->productType));
    for (const auto& [code, target] :
         {std::pair {u"NamespaceQuota"_s, &order.extraNamespaces}, std::pair {u"RepoQuota"_s, &order.extraRepositories},
          std::pair {u"vpc_num"_s, &order.vpcQuota}}) {
        if (!values.contains(code))
            continue;
        const std::optional<int> value = parseNumber(values.value(code), 0, 100000000);
        if (!value)
            return failure(SandboxError::invalidParameter(code, tr("%1 is a whole number.").arg(code)));
        *target = *value;
    }
    const ValidationResult result = Validator(m_catalog).validate(order);
    for (const OrderField field :
         {OrderField::Edition, OrderField::ExtraNamespaces, OrderField::ExtraRepositories, OrderField::VpcQuota}) {
        if (!result.isValid(field))
            return failure(SandboxError::invalidParameter(createInstanceParameterName(field), result.message(field)));
    }

    const PriceQuote quote = PriceTable::illustrative().quote(order.edition, months, order.extraNamespaces,
                                                              order.extraRepositories, order.vpcQuota, *quantity);
    ApiOutcome outcome = bssSuccess(priceData(
        quote, *quantity, m_currency, [&](const ModuleCost& cost) { return values.contains(cost.moduleCode); }));
    outcome.body.insert(u"SandboxNote"_s, PriceTable::note());
    return outcome;
}

Lifecycle SandboxApi::lifecycle(const SandboxInstance& instance, const QDateTime& now) const
{
    return lifecycleOf(instance, now, m_provisioningSeconds);
}

QString SandboxApi::instanceStatus(const SandboxInstance& instance, const QDateTime& now) const
{
    switch (lifecycle(instance, now)) {
    case Lifecycle::Creating: {
        // PENDING for the first third of the provisioning time, STARTING for the rest.
        const qint64 elapsedMs = instance.created.msecsTo(now);
        return elapsedMs < qint64(m_provisioningSeconds) * 1000 / 3 ? u"PENDING"_s : u"STARTING"_s;
    }
    case Lifecycle::Normal:
        return u"RUNNING"_s;
    case Lifecycle::Expired:
        return u"STOPPED"_s; // ACR's word for an instance stopped for an overdue subscription
    case Lifecycle::Released:
        break;
    }
    return {};
}

QJsonObject SandboxApi::acrInstanceJson(const SandboxInstance& instance, const QDateTime& now, bool listed) const
{
    const QString status = instanceStatus(instance, now);
    const qint64 totalMs = instance.seeded ? 0 : qint64(m_provisioningSeconds) * 1000;
    const qint64 created = instance.created.toMSecsSinceEpoch();
    qint64 modified = created + totalMs; // RUNNING since provisioning ended
    if (status == u"PENDING"_s)
        modified = created;
    else if (status == u"STARTING"_s)
        modified = created + totalMs / 3;
    else if (status == u"STOPPED"_s)
        modified = instance.endTime.toMSecsSinceEpoch();
    QJsonObject json {
        {u"InstanceId"_s, instance.instanceId},
        {u"InstanceName"_s, instance.spec.instanceName},
        {u"InstanceSpecification"_s, QString(u"Enterprise_"_s + instance.spec.edition)},
        {u"InstanceStatus"_s, status},
        {u"RegionId"_s, instance.spec.region},
        {u"ResourceGroupId"_s, QString()},
    };
    // GetInstance writes the times as numbers, ListInstance as strings (as the real answers do).
    if (listed) {
        json.insert(u"CreateTime"_s, QString::number(created));
        json.insert(u"ModifiedTime"_s, QString::number(modified));
        json.insert(u"InstanceIssue"_s, instance.instanceIssue);
    } else {
        json.insert(u"CreateTime"_s, created);
        json.insert(u"ModifiedTime"_s, modified);
        if (!instance.instanceIssue.isEmpty())
            json.insert(u"InstanceIssue"_s, instance.instanceIssue);
    }
    return json;
}

ApiOutcome SandboxApi::getInstance(const ApiCall& call) const
{
    const QString instanceId = call.parameters.value(u"InstanceId"_s);
    if (instanceId.isEmpty())
        return failure(SandboxError::missingParameter(u"InstanceId"_s));
    const std::optional<SandboxInstance> instance = m_ledger.instance(instanceId);
    // A released instance is gone: ACR answers as for one that never existed.
    if (!instance || !isVisible(call, *instance))
        return failure(SandboxError::instanceNotFound(instanceId));
    ApiOutcome outcome;
    outcome.body = acrInstanceJson(*instance, call.serverNow, false);
    outcome.body.insert(u"Code"_s, u"success"_s);
    outcome.body.insert(u"IsSuccess"_s, true);
    return outcome;
}

ApiOutcome SandboxApi::listInstance(const ApiCall& call) const
{
    const QMap<QString, QString>& p = call.parameters;
    int pageNo = 0, pageSize = 0;
    if (auto error = readPage(p, u"PageNo"_s, 1, 1000000, &pageNo))
        return failure(*error);
    if (auto error = readPage(p, u"PageSize"_s, 30, 100, &pageSize))
        return failure(*error);
    static const QStringList statuses {u"PENDING"_s,  u"INIT_ERROR"_s, u"STARTING"_s, u"RUNNING"_s,
                                       u"STOPPING"_s, u"STOPPED"_s,    u"DELETING"_s, u"DELETED"_s};
    const QString status = p.value(u"InstanceStatus"_s);
    if (p.contains(u"InstanceStatus"_s) && !statuses.contains(status))
        return failure(SandboxError::invalidParameter(u"InstanceStatus"_s,
                                                      tr("The statuses are %1.").arg(statuses.join(u", "_s))));

    // The real operation lists the region of the endpoint called (cr.<region>.aliyuncs.com); the
    // sandbox serves every region on one address, so RegionId (a common parameter) picks one and
    // without it every region is listed.
    QList<QJsonObject> matching;
    for (const SandboxInstance& instance : m_ledger.instances()) {
        if (!isVisible(call, instance))
            continue;
        const QJsonObject json = acrInstanceJson(instance, call.serverNow, true);
        if ((p.contains(u"RegionId"_s) && instance.spec.region != p.value(u"RegionId"_s))
            || (p.contains(u"InstanceName"_s) && instance.spec.instanceName != p.value(u"InstanceName"_s))
            || (!status.isEmpty() && json.value(u"InstanceStatus"_s).toString() != status))
            continue;
        matching.append(json);
    }
    const QJsonArray page = pageOf(matching, pageNo, pageSize, [](const QJsonObject& json) { return json; });
    ApiOutcome outcome;
    outcome.body = {
        {u"Code"_s, u"success"_s},
        {u"IsSuccess"_s, true},
        {u"PageNo"_s, pageNo},
        {u"PageSize"_s, pageSize},
        {u"TotalCount"_s, int(matching.size())},
        {u"Instances"_s, page},
    };
    return outcome;
}

bool SandboxApi::isVisible(const ApiCall& call, const SandboxInstance& instance) const
{
    return instance.accessKeyId == call.account.accessKeyId
        && lifecycle(instance, call.serverNow) != Lifecycle::Released;
}

std::optional<SandboxInstance> SandboxApi::ownInstance(const ApiCall& call, const QString& instanceId,
                                                       SandboxError* error) const
{
    std::optional<SandboxInstance> instance = m_ledger.instance(instanceId);
    if (!instance || !isVisible(call, *instance)) {
        *error = SandboxError::resourceNotExists(instanceId);
        return std::nullopt;
    }
    return instance;
}

ApiOutcome SandboxApi::queryAvailableInstances(const ApiCall& call) const
{
    const QMap<QString, QString>& p = call.parameters;
    int pageNum = 0, pageSize = 0;
    if (auto error = readPage(p, u"PageNum"_s, 1, 1000000, &pageNum))
        return failure(*error);
    if (auto error = readPage(p, u"PageSize"_s, 20, 300, &pageSize))
        return failure(*error);
    const SiteInfo* site = nullptr;
    if (auto error = resolveProductType(call, &site))
        return failure(*error);
    const QString subscription = p.value(u"SubscriptionType"_s, m_catalog.subscriptionType());
    if (subscription != m_catalog.subscriptionType() && subscription != u"PayAsYouGo"_s)
        return failure(SandboxError::invalidParameter(u"SubscriptionType"_s, tr("Use Subscription or PayAsYouGo.")));
    static const QStringList renewStatuses {u"AutoRenewal"_s, u"ManualRenewal"_s, u"NotRenewal"_s};
    if (p.contains(u"RenewStatus"_s) && !renewStatuses.contains(p.value(u"RenewStatus"_s)))
        return failure(
            SandboxError::invalidParameter(u"RenewStatus"_s, tr("Use AutoRenewal, ManualRenewal or NotRenewal.")));
    QStringList ids;
    if (p.contains(u"InstanceIDs"_s)) {
        for (const QString& id : p.value(u"InstanceIDs"_s).split(u',')) {
            if (!id.trimmed().isEmpty())
                ids.append(id.trimmed());
        }
        if (ids.isEmpty() || ids.size() > 100)
            return failure(SandboxError::invalidParameter(
                u"InstanceIDs"_s, tr("InstanceIDs is 1 to 100 instance IDs separated by commas.")));
    }
    QDateTime times[4];
    const QString timeNames[4] = {u"CreateTimeStart"_s, u"CreateTimeEnd"_s, u"EndTimeStart"_s, u"EndTimeEnd"_s};
    for (int i = 0; i < 4; ++i) {
        if (!p.contains(timeNames[i]))
            continue;
        times[i] = RequestAuthenticator::parseTimestamp(p.value(timeNames[i]));
        if (!times[i].isValid())
            return failure(SandboxError::invalidParameter(timeNames[i], tr("Times are written yyyy-MM-ddTHH:mm:ssZ.")));
    }
    const auto within = [](const QDateTime& time, const QDateTime& start, const QDateTime& end) {
        return (!start.isValid() || time >= start) && (!end.isValid() || time <= end);
    };

    // Released instances are no longer "available": QueryAvailableInstances leaves them out (its
    // ReleaseTime field is for instances being released, and the sandbox releases at once).
    QList<QJsonObject> matching;
    const bool acr = !p.contains(u"ProductCode"_s) || p.value(u"ProductCode"_s) == m_catalog.productCode();
    const bool subscribed = subscription == m_catalog.subscriptionType(); // ACR EE has no PayAsYouGo instances
    for (const SandboxInstance& instance : m_ledger.instances()) {
        const Lifecycle state = lifecycle(instance, call.serverNow);
        if (!acr || !subscribed || !isVisible(call, instance) || instance.spec.site != site->site
            || (!ids.isEmpty() && !ids.contains(instance.instanceId))
            || (p.contains(u"Region"_s) && instance.spec.region != p.value(u"Region"_s))
            || (p.contains(u"RenewStatus"_s) && instance.renewStatus != p.value(u"RenewStatus"_s))
            || !within(instance.created, times[0], times[1]) || !within(instance.endTime, times[2], times[3]))
            continue;
        static const QHash<Lifecycle, QString> statusWords {
            {Lifecycle::Creating, u"Creating"_s}, {Lifecycle::Normal, u"Normal"_s}, {Lifecycle::Expired, u"Expired"_s}};
        QJsonObject json {
            {u"InstanceID"_s, instance.instanceId},
            {u"ProductCode"_s, m_catalog.productCode()},
            {u"ProductType"_s, site->productType},
            {u"SubscriptionType"_s, m_catalog.subscriptionType()},
            {u"Region"_s, instance.spec.region},
            {u"Status"_s, statusWords.value(state)},
            // SubStatus is about pay-as-you-go modules (Normal, WaitForLimit, BandwidthLimited); a
            // subscription has none, so it stays Normal.
            {u"SubStatus"_s, u"Normal"_s},
            {u"CreateTime"_s, timeText(instance.created)},
            {u"EndTime"_s, timeText(instance.endTime)},
            {u"RenewStatus"_s, instance.renewStatus},
            {u"RenewalDuration"_s, instance.renewalDuration},
            {u"RenewalDurationUnit"_s, instance.renewalDurationUnit},
        };
        if (state == Lifecycle::Expired) {
            json.insert(u"StopTime"_s, timeText(instance.endTime));
            json.insert(u"ExpectedReleaseTime"_s, timeText(instance.endTime.addSecs(kReleaseAfterSeconds)));
        }
        matching.append(json);
    }
    const QJsonArray page = pageOf(matching, pageNum, pageSize, [](const QJsonObject& json) { return json; });
    return bssSuccess(QJsonObject {
        {u"PageNum"_s, pageNum},
        {u"PageSize"_s, pageSize},
        {u"TotalCount"_s, int(matching.size())},
        {u"InstanceList"_s, page},
    });
}

ApiOutcome SandboxApi::renewInstance(const ApiCall& call)
{
    const QMap<QString, QString>& p = call.parameters;
    for (const QString& name : {u"ProductCode"_s, u"InstanceId"_s, u"RenewPeriod"_s}) {
        if (p.value(name).isEmpty())
            return failure(SandboxError::missingParameter(name));
    }
    if (p.value(u"ProductCode"_s) != m_catalog.productCode())
        return failure(SandboxError::invalidParameter(u"ProductCode"_s));
    const SiteInfo* site = nullptr;
    if (auto error = resolveProductType(call, &site))
        return failure(*error);
    const std::optional<int> months = parseNumber(p.value(u"RenewPeriod"_s), 1, 36);
    if (!months || !isRenewPeriod(*months))
        return failure(
            SandboxError::invalidParameter(u"RenewPeriod"_s, tr("A renewal is 1 to 9, 12, 24 or 36 months.")));
    const QString instanceId = p.value(u"InstanceId"_s);
    const QString clientToken = p.value(u"ClientToken"_s);
    if (auto error = checkClientToken(p))
        return failure(*error);

    const auto answer = [](const SandboxOrder& recorded) {
        ApiOutcome outcome = bssSuccess(QJsonObject {{u"OrderId"_s, recorded.orderId}});
        outcome.orderCommitted = true;
        return outcome;
    };
    // A repeat is answered before the instance is looked at again: its first answer stands even
    // when the renewal has moved it on since.
    if (const SandboxOrder* previous = m_ledger.findByClientToken(call.account.accessKeyId, clientToken)) {
        if (previous->type != u"Renew"_s || previous->instanceId != instanceId || previous->renewMonths != *months)
            return failure(SandboxError::idempotentParameterMismatch());
        return answer(*previous); // charged and extended once
    }
    SandboxError error;
    const std::optional<SandboxInstance> instance = ownInstance(call, instanceId, &error);
    if (!instance)
        return failure(error);
    if (instance->spec.site != site->site)
        return failure(SandboxError::notApplicable());
    if (lifecycle(*instance, call.serverNow) == Lifecycle::Creating)
        return failure(SandboxError::resourceStatusError(instanceId, u"Creating"_s));
    const qint64 price = renewalQuote(*instance, *months).tradeCents();
    if (m_ledger.balanceCents(call.account.accessKeyId) < price)
        return failure(SandboxError::insufficientBalance());
    // The renewal adds its months to the EndTime, also for an instance that expired within the
    // last 7 days: as the console does, the stopped days are paid for, not skipped.
    const SandboxOrder recorded = m_ledger.recordRenewal(clientToken, *instance, *months, price, call.serverNow);
    ApiOutcome outcome = answer(recorded);
    outcome.newOrder = recorded;
    return outcome;
}

ApiOutcome SandboxApi::renewalPrice(const ApiCall& call) const
{
    const QMap<QString, QString>& p = call.parameters;
    for (const QString& name : {u"ServicePeriodQuantity"_s, u"ServicePeriodUnit"_s}) {
        if (p.value(name).isEmpty())
            return failure(SandboxError::missingParameter(name));
    }
    const QString unit = p.value(u"ServicePeriodUnit"_s);
    if (unit != u"Year"_s && unit != u"Month"_s)
        return failure(SandboxError::invalidParameter(u"ServicePeriodUnit"_s, tr("Use Year or Month.")));
    const std::optional<int> quantity = parseNumber(p.value(u"ServicePeriodQuantity"_s), 1, 36);
    const int months = quantity ? *quantity * (unit == u"Year"_s ? 12 : 1) : 0;
    if (!isRenewPeriod(months))
        return failure(SandboxError::invalidParameter(u"ServicePeriodQuantity"_s,
                                                      tr("A renewal is 1 to 9, 12, 24 or 36 months.")));
    SandboxError error;
    const std::optional<SandboxInstance> instance = ownInstance(call, p.value(u"InstanceId"_s), &error);
    if (!instance)
        return failure(error);
    // Priced on the instance's configuration; a ModuleList sent with it changes nothing.
    const PriceQuote quote = renewalQuote(*instance, months);
    ApiOutcome outcome = bssSuccess(priceData(quote, 1, m_currency, [](const ModuleCost& cost) {
        return cost.originalCents != 0 || cost.moduleCode == u"InstanceType"_s;
    }));
    outcome.body.insert(u"SandboxNote"_s, PriceTable::note());
    return outcome;
}

} // namespace acrp::sandbox
