#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <utility>

namespace acrp {

// The two Alibaba Cloud sites. An account belongs to exactly one of them; the site fixes the BSS
// endpoint and the ProductType.
enum class Site { China, International };

// Stable ids used in files, settings and the command line: "cn" and "intl".
QString siteId(Site site);
// Parses "cn" / "intl" (case-insensitive); false when the text is neither.
bool siteFromId(const QString& id, Site* site);

// One field of an order, for per-field validation messages and for focusing the widget that
// holds it.
enum class OrderField {
    Site,
    Edition,
    InstanceName,
    Region,
    DefaultBucket,
    CustomBucket,
    ImageScanner,
    ExtraNamespaces,
    ExtraRepositories,
    VpcQuota,
    Period,
    RenewalStatus,
    RenewPeriod,
};

// Every field, in the order the wizard shows them.
const QList<OrderField>& allOrderFields();
// Stable key of a field as used in order files and JSON output, e.g. "instanceName".
QString orderFieldKey(OrderField field);

// What the user wants to buy. A plain value: no credentials, no ClientToken.
struct OrderSpec
{
    Site site = Site::China;
    QString edition = QStringLiteral("Basic"); // InstanceType: Basic, Standard, Advanced
    QString instanceName;
    QString region;
    bool defaultBucket = true; // DefaultOssBucket
    QString customBucket; // InstanceStorageName, only when defaultBucket is false
    QString imageScanner = QStringLiteral("ACR"); // image_scanner: ACR or SAS
    int extraNamespaces = 0; // NamespaceQuota
    int extraRepositories = 0; // RepoQuota
    int vpcQuota = 0; // vpc_num
    int periodMonths = 12; // Period
    bool autoRenewal = false; // RenewalStatus: AutoRenewal / ManualRenewal
    int renewPeriodMonths = 0; // RenewPeriod, only with autoRenewal

    friend bool operator==(const OrderSpec&, const OrderSpec&) = default;
};

// An ordered list of request parameters (name, value), as sent.
using ParameterList = QList<std::pair<QString, QString>>;

} // namespace acrp

Q_DECLARE_METATYPE(acrp::OrderSpec)
