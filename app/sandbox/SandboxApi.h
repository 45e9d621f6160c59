#pragma once

#include "core/order/Catalog.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxError.h"
#include "sandbox/SandboxInstances.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <optional>

namespace acrp::sandbox {

class SandboxLedger;

// One authenticated API call.
struct ApiCall
{
    SandboxAccount account; // the account acted on: its root pair, whoever signed
    SandboxCaller caller; // who signed: the root pair, a RAM user or a role session
    QString action;
    QString version;
    QMap<QString, QString> parameters; // query and form together, common parameters included
    QDateTime serverNow; // the business clock: creation, expiry, release (SandboxConfig::clockOffsetDays)
};

struct ApiOutcome
{
    std::optional<SandboxError> error;
    QJsonObject body; // the success answer, without RequestId (the server adds it)
    bool orderCommitted = false; // a CreateInstance that recorded (or replayed) an order
    std::optional<SandboxOrder> newOrder; // set when this call created the order
};

// The operations: BSS 2017-12-14 CreateInstance, QueryAccountBalance, GetOrderDetail, QueryOrders,
// DescribePricingModule, GetSubscriptionPrice, QueryAvailableInstances, RenewInstance, and ACR
// 2018-12-01 GetInstance and ListInstance (STS 2015-04-01 is SandboxSts'). Answers follow the
// shapes of the official SDK models (@alicloud/bssopenapi20171214, cr-20181201).
class SandboxApi
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::SandboxApi)

public:
    static inline const QString kBssVersion = QStringLiteral("2017-12-14");
    static inline const QString kAcrVersion = QStringLiteral("2018-12-01");
    static inline const QString kStsVersion = QStringLiteral("2015-04-01"); // answered by SandboxSts

    SandboxApi(SandboxLedger& ledger, const Catalog& catalog, QString currency, int provisioningSeconds);

    static bool knowsVersion(const QString& version);
    static bool knowsAction(const QString& action, const QString& version);
    // "BssOpenApi", "cr" or "Sts": the product named in error recommendations.
    static QString productOf(const QString& version);

    ApiOutcome handle(const ApiCall& call);

    // ACR's InstanceStatus of an instance at `now` (PENDING, STARTING, RUNNING, STOPPED), or empty
    // once it is released.
    QString instanceStatus(const SandboxInstance& instance, const QDateTime& now) const;
    Lifecycle lifecycle(const SandboxInstance& instance, const QDateTime& now) const;

private:
    ApiOutcome createInstance(const ApiCall& call);
    ApiOutcome queryAccountBalance(const ApiCall& call) const;
    ApiOutcome getOrderDetail(const ApiCall& call) const;
    ApiOutcome queryOrders(const ApiCall& call) const;
    ApiOutcome describePricingModule(const ApiCall& call) const;
    ApiOutcome getSubscriptionPrice(const ApiCall& call) const;
    ApiOutcome getInstance(const ApiCall& call) const;
    ApiOutcome listInstance(const ApiCall& call) const;
    ApiOutcome queryAvailableInstances(const ApiCall& call) const;
    ApiOutcome renewInstance(const ApiCall& call);
    ApiOutcome renewalPrice(const ApiCall& call) const;

    // Whether `instance` is the caller's and not released: the instances every call may see.
    bool isVisible(const ApiCall& call, const SandboxInstance& instance) const;
    // The caller's instance with this id while it is not released; ResourceNotExists otherwise.
    std::optional<SandboxInstance> ownInstance(const ApiCall& call, const QString& instanceId,
                                               SandboxError* error) const;
    QJsonObject acrInstanceJson(const SandboxInstance& instance, const QDateTime& now, bool listed) const;

    // The site a ProductType names for this caller: the caller's own when absent; NotApplicable
    // for the other site's, InvalidParameter for an unknown one.
    std::optional<SandboxError> resolveProductType(const ApiCall& call, const SiteInfo** site) const;
    QJsonObject orderJson(const SandboxOrder& order, bool detailed) const;

    SandboxLedger& m_ledger;
    const Catalog& m_catalog;
    QString m_currency;
    int m_provisioningSeconds;
};

} // namespace acrp::sandbox
