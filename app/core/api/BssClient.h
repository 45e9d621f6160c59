#pragma once

#include "core/api/BssCall.h"
#include "core/api/BssResults.h"
#include "core/api/CredentialSource.h"
#include "core/api/Endpoint.h"
#include "core/api/RetryPolicy.h"
#include "core/api/Signer.h"
#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"
#include "core/order/RenewalSpec.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

namespace acrp {

// The BSS (and ACR GetInstance) client. Asynchronous on an injected QNetworkAccessManager; never
// blocks. Each call returns a BssCall that retries by the RetryPolicy and ends with a typed result
// or one ApiError.
//
// Transport rules, all deliberate: redirects are never followed (an API does not redirect; a
// redirect is a captive portal or a wrong endpoint); TLS errors are never ignored; the system
// proxy applies (the application enables QNetworkProxyFactory::setUseSystemConfiguration);
// every attempt has a transfer timeout; an answer over maxResponseBytes is refused.
//
// The secret stays in memory; it is used to sign and nothing else.
class BssClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMaxResponseBytes = 1024 * 1024;
    static inline const QString kBssVersion = QStringLiteral("2017-12-14");
    static inline const QString kCrVersion = QStringLiteral("2018-12-01");

    explicit BssClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~BssClient() override;

    void setEndpoint(const Endpoint& endpoint) { m_endpoint = endpoint; }
    const Endpoint& endpoint() const { return m_endpoint; }
    // A fixed pair (AccessKey, or with its STS token).
    void setCredentials(const Credentials& credentials);
    // Where the credentials come from before every attempt (a RAM role: RoleCredentialSource). May
    // be shared by several clients.
    void setCredentialSource(std::shared_ptr<CredentialSource> source);
    CredentialSource* credentialSource() const { return m_source.get(); }
    const std::shared_ptr<CredentialSource>& sharedCredentialSource() const { return m_source; }
    // The long-lived AccessKey ID (the profile's).
    QString accessKeyId() const { return m_source->accessKeyId(); }
    void setSignatureVersion(SignatureVersion version) { m_signatureVersion = version; }
    SignatureVersion signatureVersion() const { return m_signatureVersion; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setCatalog(const Catalog* catalog) { m_catalog = catalog; }
    const Catalog& catalog() const { return *m_catalog; }

    // The difference service clock - this clock, learned from an InvalidTimeStamp.Expired answer's
    // Date header and applied to every later signature.
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setClockOffsetMs(qint64 offset);
    // Now on the service's clock, as far as we know it.
    QDateTime serviceTime() const;

    // --- Calls. Each returns a new BssCall (child of this client). ---
    BssCall* createInstance(const OrderSpec& order, const QString& clientToken);
    BssCall* queryAccountBalance();
    BssCall* getOrderDetail(const QString& orderId);
    BssCall* describePricingModule(Site site);
    BssCall* getSubscriptionPrice(const OrderSpec& order);
    // ACR GetInstance in the order's region (cr.<region>.aliyuncs.com on the real sites).
    BssCall* getInstance(const QString& region, const QString& instanceId);

    // Filters of QueryOrders the real API has; empty ones are not sent.
    struct OrderFilter
    {
        QString orderType; // New, Renew, Upgrade, Refund
        QString paymentStatus; // Paid, Unpaid, Cancelled
        QDateTime createTimeStart; // UTC, sent as yyyy-MM-ddTHH:mm:ssZ
        QDateTime createTimeEnd;
    };
    // QueryAvailableInstances of ACR EE (ProductCode=acr, the site's ProductType, Subscription):
    // an AvailableInstancesPage. pageNum from 1; pageSize at most 300 (the API's limit).
    BssCall* queryAvailableInstances(Site site, int pageNum, int pageSize);
    // QueryOrders of ACR EE (ProductCode=acr, the site's ProductType): an OrdersPage.
    BssCall* queryOrders(Site site, int pageNum, int pageSize, const OrderFilter& filter = {});
    // RenewInstance (ProductCode=acr, ProductType, InstanceId, RenewPeriod, ClientToken): a
    // RenewInstanceResult. Retries keep the ClientToken, so the service renews at most once.
    BssCall* renewInstance(const RenewalSpec& renewal, const QString& clientToken);
    RpcCall renewInstanceCall(const RenewalSpec& renewal, const QString& clientToken) const;
    // The price of a renewal: GetSubscriptionPrice with OrderType=Renewal, InstanceId,
    // ServicePeriodQuantity=periodMonths, ServicePeriodUnit=Month, Quantity=1 (and Region when
    // known): a SubscriptionPrice.
    BssCall* getRenewalPrice(const RenewalSpec& renewal);

    // The RPC calls behind the operations, for --dry-run and tests.
    RpcCall createInstanceCall(const OrderSpec& order, const QString& clientToken) const;
    RpcCall bssCall(const QString& action, const ParameterList& parameters) const;
    // Signs as an attempt would, with the configured version and the source's current credentials.
    SignedRequest sign(const RpcCall& call, const QDateTime& time, const QString& nonce) const;
    SignedRequest sign(const RpcCall& call, const Credentials& credentials, const QDateTime& time,
                       const QString& nonce) const;
    // The QNetworkRequest an attempt sends for a signed request: no redirects followed, no cache,
    // no cookies, our User-Agent and the signed headers. (The attempt's transfer timeout is
    // BssCall's own: QNAM's re-arms its timer through a queued call on every progress signal.)
    static QNetworkRequest networkRequest(const SignedRequest& request);

    // `text` with the secret and the security token replaced by "***" (with a RAM role, every
    // temporary secret and token the source handed out as well): error messages from a service
    // or a proxy must not carry them anywhere (output, journal, logs).
    QString redacted(const QString& text) const;
    // The same for request bytes (a --dry-run print), where they may also stand percent-encoded.
    QByteArray redacted(QByteArray bytes) const;

    // The call for any RPC with a custom parser (used by the calls above).
    BssCall* start(const RpcCall& call, BssCall::Parser parser);

signals:
    void clockOffsetChanged(qint64 offsetMs);

private:
    friend class BssCall;
    QPointer<QNetworkAccessManager> m_network;
    Endpoint m_endpoint;
    std::shared_ptr<CredentialSource> m_source;
    SignatureVersion m_signatureVersion = SignatureVersion::V1;
    RetryPolicy m_retryPolicy;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    qint64 m_clockOffsetMs = 0;
    const Catalog* m_catalog = &Catalog::builtIn();
};

} // namespace acrp
