#include "core/order/OrderSpec.h"

using namespace Qt::StringLiterals;

namespace acrp {

QString siteId(Site site)
{
    return site == Site::China ? u"cn"_s : u"intl"_s;
}

bool siteFromId(const QString& id, Site* site)
{
    for (const Site candidate : {Site::China, Site::International}) {
        if (id.compare(siteId(candidate), Qt::CaseInsensitive) == 0) {
            if (site)
                *site = candidate;
            return true;
        }
    }
    return false;
}

const QList<OrderField>& allOrderFields()
{
    static const QList<OrderField> fields {
        OrderField::Site,         OrderField::Edition,         OrderField::InstanceName,
        OrderField::Region,       OrderField::DefaultBucket,   OrderField::CustomBucket,
        OrderField::ImageScanner, OrderField::ExtraNamespaces, OrderField::ExtraRepositories,
        OrderField::VpcQuota,     OrderField::Period,          OrderField::RenewalStatus,
        OrderField::RenewPeriod,
    };
    return fields;
}

QString orderFieldKey(OrderField field)
{
    switch (field) {
    case OrderField::Site:
        return u"site"_s;
    case OrderField::Edition:
        return u"edition"_s;
    case OrderField::InstanceName:
        return u"instanceName"_s;
    case OrderField::Region:
        return u"region"_s;
    case OrderField::DefaultBucket:
        return u"defaultBucket"_s;
    case OrderField::CustomBucket:
        return u"customBucket"_s;
    case OrderField::ImageScanner:
        return u"imageScanner"_s;
    case OrderField::ExtraNamespaces:
        return u"extraNamespaces"_s;
    case OrderField::ExtraRepositories:
        return u"extraRepositories"_s;
    case OrderField::VpcQuota:
        return u"vpcQuota"_s;
    case OrderField::Period:
        return u"periodMonths"_s;
    case OrderField::RenewalStatus:
        return u"autoRenewal"_s;
    case OrderField::RenewPeriod:
        return u"renewPeriodMonths"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace acrp
