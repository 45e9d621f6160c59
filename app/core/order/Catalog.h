#pragma once

#include "core/order/OrderSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace acrp {

// A display text in the languages we ship: English is the source, Simplified Chinese beside it.
struct LocalizedText
{
    QString en;
    QString zhCN;
    // The text for a locale name such as "zh_CN" or "en_US"; English when there is no better one.
    QString forLocale(const QString& localeName) const;

    bool operator==(const LocalizedText& other) const = default;
};

struct SiteInfo
{
    Site site = Site::China;
    QString id; // "cn" / "intl"
    LocalizedText name;
    QString endpoint; // host name, e.g. business.aliyuncs.com
    QString productType; // acr_ee_public_cn / acr_ee_public_intl
    QString consoleUrl; // ACR console for this site
    QStringList editions; // edition ids sold on this site
};

struct EditionInfo
{
    QString id; // InstanceType value: Basic, Standard, Advanced
    LocalizedText name;
    LocalizedText description; // one line
};

struct RegionInfo
{
    QString id; // e.g. cn-shanghai
    LocalizedText name;
};

struct ScannerInfo
{
    QString id; // image_scanner value: ACR or SAS
    LocalizedText name;
};

struct QuotaRule
{
    int min = 0;
    int max = 0;
    int step = 1;
};

// The data that decides what can be bought, loaded from resources/catalog.json. Changing a region,
// an edition or a limit is a data change, not a code change.
//
//   {"format": "acr-purchase/catalog", "version": 1, "productCode", "subscriptionType",
//    "sites": [{"id": "cn"|"intl", "name": {"en", "zh_CN"}, "endpoint", "productType", "consoleUrl",
//               "editions": [edition ids]}],
//    "editions": [{"id", "name": {...}, "description": {...}}], "regions": [{"id", "name": {...}}],
//    "scanners": [{"id", "name": {...}}], "defaultScanner", "periods": [months], "renewPeriods": [months],
//    "quotas": {"namespaces"|"repositories"|"vpc": {"min", "max", "step"}}}
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Catalog)

public:
    static constexpr int kVersion = 1;

    // The catalog compiled into the program (":/acrp/catalog.json").
    static const Catalog& builtIn();
    // Parses a catalog document; on failure returns nothing and sets *error to what is wrong.
    static std::optional<Catalog> fromJson(const QByteArray& json, QString* error);

    const QList<SiteInfo>& sites() const { return m_sites; }
    const QList<EditionInfo>& editions() const { return m_editions; }
    const QList<RegionInfo>& regions() const { return m_regions; }
    const QList<ScannerInfo>& scanners() const { return m_scanners; }
    // The scanner the service uses when CreateInstance names none ("ACR").
    QString defaultScanner() const { return m_defaultScanner; }
    const QList<int>& periods() const { return m_periods; } // months
    const QList<int>& renewPeriods() const { return m_renewPeriods; } // months
    QuotaRule namespaceQuota() const { return m_namespaceQuota; }
    QuotaRule repositoryQuota() const { return m_repositoryQuota; }
    QuotaRule vpcQuota() const { return m_vpcQuota; }
    QString productCode() const { return m_productCode; } // "acr"
    QString subscriptionType() const { return m_subscriptionType; } // "Subscription"

    const SiteInfo& site(Site site) const;
    const SiteInfo* siteByProductType(const QString& productType) const;
    const EditionInfo* edition(const QString& id) const;
    // ACR GetInstance's InstanceSpecification ("Enterprise_Basic", "Enterprise_Standard",
    // "Enterprise_Advanced") as the edition id CreateInstance sells ("Basic", ...); an edition id
    // stays as it is, and any other text is returned unchanged.
    QString editionOfSpecification(const QString& specification) const;
    const RegionInfo* region(const QString& id) const;
    const ScannerInfo* scanner(const QString& id) const;
    bool isEditionSold(Site site, const QString& edition) const;

private:
    QList<SiteInfo> m_sites;
    QList<EditionInfo> m_editions;
    QList<RegionInfo> m_regions;
    QList<ScannerInfo> m_scanners;
    QString m_defaultScanner;
    QList<int> m_periods;
    QList<int> m_renewPeriods;
    QuotaRule m_namespaceQuota;
    QuotaRule m_repositoryQuota;
    QuotaRule m_vpcQuota;
    QString m_productCode;
    QString m_subscriptionType;
};

} // namespace acrp
