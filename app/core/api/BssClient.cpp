#include "core/api/BssClient.h"

#include "core/Version.h"
#include "core/order/CreateInstanceParams.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace acrp {

BssClient::BssClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_source(std::make_shared<FixedCredentialSource>(Credentials()))
{ }

void BssClient::setCredentials(const Credentials& credentials)
{
    m_source = std::make_shared<FixedCredentialSource>(credentials);
}

void BssClient::setCredentialSource(std::shared_ptr<CredentialSource> source)
{
    if (source)
        m_source = std::move(source);
}

BssClient::~BssClient() = default;

void BssClient::setClockOffsetMs(qint64 offset)
{
    if (offset == m_clockOffsetMs)
        return;
    m_clockOffsetMs = offset;
    emit clockOffsetChanged(offset);
}

QDateTime BssClient::serviceTime() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

RpcCall BssClient::bssCall(const QString& action, const ParameterList& parameters) const
{
    RpcCall call;
    call.method = "POST";
    call.scheme = m_endpoint.scheme();
    call.host = m_endpoint.hostAndPort();
    call.action = action;
    call.version = kBssVersion;
    call.parameters = parameters;
    return call;
}

RpcCall BssClient::createInstanceCall(const OrderSpec& order, const QString& clientToken) const
{
    return bssCall(QStringLiteral("CreateInstance"), createInstanceParameters(order, clientToken, *m_catalog));
}

SignedRequest BssClient::sign(const RpcCall& call, const QDateTime& time, const QString& nonce) const
{
    return sign(call, m_source->current(), time, nonce);
}

SignedRequest BssClient::sign(const RpcCall& call, const Credentials& credentials, const QDateTime& time,
                              const QString& nonce) const
{
    if (m_signatureVersion == SignatureVersion::V3)
        return signer::signV3(call, credentials, time, nonce);
    return signer::signV1(call, credentials, time, nonce, V1Placement::FormBody);
}

QNetworkRequest BssClient::networkRequest(const SignedRequest& signedRequest)
{
    // The same for every request: built once.
    static const QByteArray userAgent = QByteArrayLiteral("acr-purchase/") + versionString().toUtf8();
    QNetworkRequest request(QUrl::fromEncoded(signedRequest.url, QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent);
    for (const auto& [name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return request;
}

QString BssClient::redacted(const QString& text) const
{
    QString result = text;
    const QStringList secrets = m_source->secrets();
    for (const QString& secret : secrets) {
        if (!secret.isEmpty())
            result.replace(secret, QStringLiteral("***"));
    }
    return result;
}

QByteArray BssClient::redacted(QByteArray bytes) const
{
    const QStringList secrets = m_source->secrets();
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        bytes.replace(signer::percentEncode(secret), "***");
        bytes.replace(secret.toUtf8(), "***");
    }
    return bytes;
}

BssCall* BssClient::start(const RpcCall& call, BssCall::Parser parser)
{
    auto* bssCall = new BssCall(this, call, std::move(parser));
    bssCall->start();
    return bssCall;
}

BssCall* BssClient::createInstance(const OrderSpec& order, const QString& clientToken)
{
    return start(createInstanceCall(order, clientToken), BssCall::typed<CreateInstanceResult>());
}

BssCall* BssClient::queryAccountBalance()
{
    return start(bssCall(QStringLiteral("QueryAccountBalance"), {}), BssCall::typed<AccountBalance>());
}

BssCall* BssClient::getOrderDetail(const QString& orderId)
{
    return start(bssCall(QStringLiteral("GetOrderDetail"), {{QStringLiteral("OrderId"), orderId}}),
                 BssCall::typed<OrderDetail>());
}

BssCall* BssClient::describePricingModule(Site site)
{
    const ParameterList parameters = {
        {QStringLiteral("ProductCode"), m_catalog->productCode()},
        {QStringLiteral("ProductType"), m_catalog->site(site).productType},
        {QStringLiteral("SubscriptionType"), m_catalog->subscriptionType()},
    };
    return start(bssCall(QStringLiteral("DescribePricingModule"), parameters), BssCall::typed<PricingModules>());
}

BssCall* BssClient::getSubscriptionPrice(const OrderSpec& order)
{
    ParameterList parameters = {
        {QStringLiteral("ProductCode"), m_catalog->productCode()},
        {QStringLiteral("ProductType"), m_catalog->site(order.site).productType},
        {QStringLiteral("SubscriptionType"), m_catalog->subscriptionType()},
        {QStringLiteral("OrderType"), QStringLiteral("NewOrder")},
        {QStringLiteral("ServicePeriodQuantity"), QString::number(order.periodMonths)},
        {QStringLiteral("ServicePeriodUnit"), QStringLiteral("Month")},
        {QStringLiteral("Quantity"), QStringLiteral("1")},
        {QStringLiteral("Region"), order.region},
    };
    // The priced modules (DescribePricingModule's ModuleCode) are some of the order's properties:
    // Parameter.N.Code/Value become ModuleList.N.ModuleCode/Config ("code:value"); name, region
    // and bucket are not priced.
    static const QStringList priced = {QStringLiteral("InstanceType"), QStringLiteral("NamespaceQuota"),
                                       QStringLiteral("RepoQuota"), QStringLiteral("vpc_num")};
    const ParameterList create = createInstanceParameters(order, QStringLiteral("price"), *m_catalog);
    int module = 0;
    for (qsizetype i = 0; i + 1 < create.size(); ++i) {
        const auto& [name, value] = create.at(i);
        if (!name.startsWith(u"Parameter.") || !name.endsWith(u".Code") || !priced.contains(value))
            continue;
        const QString& propertyValue = create.at(i + 1).second;
        ++module;
        const QString prefix = QStringLiteral("ModuleList.%1.").arg(module);
        parameters.append({prefix + QStringLiteral("ModuleCode"), value});
        parameters.append({prefix + QStringLiteral("Config"), value + u':' + propertyValue});
    }
    return start(bssCall(QStringLiteral("GetSubscriptionPrice"), parameters), BssCall::typed<SubscriptionPrice>());
}

BssCall* BssClient::getInstance(const QString& region, const QString& instanceId)
{
    RpcCall call;
    call.method = "POST";
    call.scheme = m_endpoint.crScheme();
    call.host = m_endpoint.crHostAndPort(region);
    call.action = QStringLiteral("GetInstance");
    call.version = kCrVersion;
    call.parameters = {{QStringLiteral("InstanceId"), instanceId}};
    return start(call, BssCall::typed<InstanceInfo>());
}

namespace {

QString serviceTimeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

BssCall* BssClient::queryAvailableInstances(Site site, int pageNum, int pageSize)
{
    const ParameterList parameters = {
        {QStringLiteral("ProductCode"), m_catalog->productCode()},
        {QStringLiteral("ProductType"), m_catalog->site(site).productType},
        {QStringLiteral("SubscriptionType"), m_catalog->subscriptionType()},
        {QStringLiteral("PageNum"), QString::number(pageNum)},
        {QStringLiteral("PageSize"), QString::number(pageSize)},
    };
    return start(bssCall(QStringLiteral("QueryAvailableInstances"), parameters),
                 BssCall::typed<AvailableInstancesPage>());
}

BssCall* BssClient::queryOrders(Site site, int pageNum, int pageSize, const OrderFilter& filter)
{
    ParameterList parameters = {
        {QStringLiteral("ProductCode"), m_catalog->productCode()},
        {QStringLiteral("ProductType"), m_catalog->site(site).productType},
        {QStringLiteral("SubscriptionType"), m_catalog->subscriptionType()},
        {QStringLiteral("PageNum"), QString::number(pageNum)},
        {QStringLiteral("PageSize"), QString::number(pageSize)},
    };
    if (!filter.orderType.isEmpty())
        parameters.append({QStringLiteral("OrderType"), filter.orderType});
    if (!filter.paymentStatus.isEmpty())
        parameters.append({QStringLiteral("PaymentStatus"), filter.paymentStatus});
    if (filter.createTimeStart.isValid())
        parameters.append({QStringLiteral("CreateTimeStart"), serviceTimeText(filter.createTimeStart)});
    if (filter.createTimeEnd.isValid())
        parameters.append({QStringLiteral("CreateTimeEnd"), serviceTimeText(filter.createTimeEnd)});
    return start(bssCall(QStringLiteral("QueryOrders"), parameters), BssCall::typed<OrdersPage>());
}

RpcCall BssClient::renewInstanceCall(const RenewalSpec& renewal, const QString& clientToken) const
{
    const ParameterList parameters = {
        {QStringLiteral("ProductCode"), m_catalog->productCode()},
        {QStringLiteral("ProductType"), m_catalog->site(renewal.site).productType},
        {QStringLiteral("InstanceId"), renewal.instanceId},
        {QStringLiteral("RenewPeriod"), QString::number(renewal.periodMonths)},
        {QStringLiteral("ClientToken"), clientToken},
    };
    return bssCall(QStringLiteral("RenewInstance"), parameters);
}

BssCall* BssClient::renewInstance(const RenewalSpec& renewal, const QString& clientToken)
{
    return start(renewInstanceCall(renewal, clientToken), BssCall::typed<RenewInstanceResult>());
}

BssCall* BssClient::getRenewalPrice(const RenewalSpec& renewal)
{
    ParameterList parameters = {
        {QStringLiteral("ProductCode"), m_catalog->productCode()},
        {QStringLiteral("ProductType"), m_catalog->site(renewal.site).productType},
        {QStringLiteral("SubscriptionType"), m_catalog->subscriptionType()},
        {QStringLiteral("OrderType"), QStringLiteral("Renewal")},
        {QStringLiteral("InstanceId"), renewal.instanceId},
        {QStringLiteral("ServicePeriodQuantity"), QString::number(renewal.periodMonths)},
        {QStringLiteral("ServicePeriodUnit"), QStringLiteral("Month")},
        {QStringLiteral("Quantity"), QStringLiteral("1")},
    };
    if (!renewal.region.isEmpty())
        parameters.append({QStringLiteral("Region"), renewal.region});
    return start(bssCall(QStringLiteral("GetSubscriptionPrice"), parameters), BssCall::typed<SubscriptionPrice>());
}

} // namespace acrp
