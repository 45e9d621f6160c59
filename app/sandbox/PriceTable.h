#pragma once

#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace acrp::sandbox {

// The cost of one pricing module (ModuleCode as in DescribePricingModule) for a quote. Money is in
// cents (1/100 of the account currency) so sums are exact.
struct ModuleCost
{
    QString moduleCode; // InstanceType, NamespaceQuota, RepoQuota, vpc_num
    qint64 unitPriceCents = 0; // per unit and month
    qint64 originalCents = 0; // for the whole period and quantity
    qint64 discountCents = 0;
};

struct PriceQuote
{
    QList<ModuleCost> modules;
    qint64 originalCents = 0;
    qint64 discountCents = 0;
    qint64 tradeCents() const { return originalCents - discountCents; }
};

// ILLUSTRATIVE prices of the sandbox: made up, round numbers so tests and screenshots are easy to
// check. They are NOT Alibaba Cloud's prices, and every pricing answer says so. The same table
// prices GetSubscriptionPrice and charges CreateInstance, like the real service.
//
//   InstanceType   Basic 800.00, Standard 1800.00, Advanced 4000.00 per month
//   NamespaceQuota 2.00 per extra namespace per month
//   RepoQuota      0.05 per extra repository per month
//   vpc_num        20.00 per VPC per month
//   Periods of whole years pay 10 months per 12 (the discount of yearly subscriptions).
class PriceTable
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::PriceTable)

public:
    static const PriceTable& illustrative();

    // The label every pricing answer carries.
    static QString note();

    bool knowsEdition(const QString& edition) const;
    // The price of `quantity` instances for `months`; unknown editions cost 0 (validate first).
    PriceQuote quote(const QString& edition, int months, int extraNamespaces, int extraRepositories, int vpcQuota,
                     int quantity = 1) const;
    PriceQuote quote(const OrderSpec& order) const;

    // Data of DescribePricingModule for one site: ModuleList.Module[] and AttributeList.Attribute[].
    QJsonObject pricingModules(const SiteInfo& site, const Catalog& catalog, const QString& currency) const;

    // 123456 -> "1234.56"; "1234.5" -> 123450. parseMoney refuses signs, more than two decimals
    // and anything but digits and one point.
    static QString money(qint64 cents);
    static std::optional<qint64> parseMoney(const QString& text);
};

} // namespace acrp::sandbox
