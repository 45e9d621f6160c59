#include "core/order/CreateInstanceParams.h"

#include <QCoreApplication>
#include <QUuid>
#include <limits>

using namespace Qt::StringLiterals;

namespace acrp {

namespace {

struct ParameterName
{
    OrderField field;
    QString name;
    bool topLevel;
};

const QList<ParameterName>& parameterNames()
{
    static const QList<ParameterName> table = {
        {OrderField::Site, u"ProductType"_s, true},
        {OrderField::Edition, u"InstanceType"_s, false},
        {OrderField::InstanceName, u"InstanceName"_s, false},
        {OrderField::Region, u"Region"_s, false},
        {OrderField::DefaultBucket, u"DefaultOssBucket"_s, false},
        {OrderField::CustomBucket, u"InstanceStorageName"_s, false},
        {OrderField::ImageScanner, u"image_scanner"_s, false},
        {OrderField::ExtraNamespaces, u"NamespaceQuota"_s, false},
        {OrderField::ExtraRepositories, u"RepoQuota"_s, false},
        {OrderField::VpcQuota, u"vpc_num"_s, false},
        {OrderField::Period, u"Period"_s, true},
        {OrderField::RenewalStatus, u"RenewalStatus"_s, true},
        {OrderField::RenewPeriod, u"RenewPeriod"_s, true},
    };
    return table;
}

const QString kInstanceType = createInstanceParameterName(OrderField::Edition);
const QString kInstanceName = createInstanceParameterName(OrderField::InstanceName);
const QString kRegion = createInstanceParameterName(OrderField::Region);
const QString kDefaultOssBucket = createInstanceParameterName(OrderField::DefaultBucket);
const QString kInstanceStorageName = createInstanceParameterName(OrderField::CustomBucket);
const QString kImageScanner = createInstanceParameterName(OrderField::ImageScanner);
const QString kNamespaceQuota = createInstanceParameterName(OrderField::ExtraNamespaces);
const QString kRepoQuota = createInstanceParameterName(OrderField::ExtraRepositories);
const QString kVpcNum = createInstanceParameterName(OrderField::VpcQuota);
const QString kAutoRenewal = u"AutoRenewal"_s;
const QString kManualRenewal = u"ManualRenewal"_s;

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::CreateInstanceParams)
};

QString trueFalse(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// A non-negative decimal number that fits an int (every value createInstanceParameters writes),
// nothing else: no sign, no spaces, no "0x".
bool parseCount(const QString& text, int* value)
{
    if (text.isEmpty() || text.size() > 10)
        return false;
    qint64 number = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        number = number * 10 + (c.unicode() - u'0');
    }
    if (number > std::numeric_limits<int>::max())
        return false;
    *value = static_cast<int>(number);
    return true;
}

struct Failure
{
    QString parameter;
    QString message;
};

} // namespace

ParameterList createInstanceParameters(const OrderSpec& order, const QString& clientToken, const Catalog& catalog)
{
    ParameterList properties;
    properties.append({kInstanceType, order.edition});
    properties.append({kInstanceName, order.instanceName});
    properties.append({kRegion, order.region});
    properties.append({kDefaultOssBucket, trueFalse(order.defaultBucket)});
    if (!order.defaultBucket)
        properties.append({kInstanceStorageName, order.customBucket});
    if (order.imageScanner != catalog.defaultScanner())
        properties.append({kImageScanner, order.imageScanner});
    if (order.extraNamespaces != 0)
        properties.append({kNamespaceQuota, QString::number(order.extraNamespaces)});
    if (order.extraRepositories != 0)
        properties.append({kRepoQuota, QString::number(order.extraRepositories)});
    if (order.vpcQuota != 0)
        properties.append({kVpcNum, QString::number(order.vpcQuota)});

    ParameterList parameters;
    for (qsizetype i = 0; i < properties.size(); ++i) {
        const QString prefix = u"Parameter."_s + QString::number(i + 1);
        parameters.append({prefix + u".Code"_s, properties.at(i).first});
        parameters.append({prefix + u".Value"_s, properties.at(i).second});
    }
    parameters.append({u"ProductCode"_s, catalog.productCode()});
    parameters.append({u"SubscriptionType"_s, catalog.subscriptionType()});
    parameters.append({u"ProductType"_s, catalog.site(order.site).productType});
    parameters.append({u"Period"_s, QString::number(order.periodMonths)});
    parameters.append({u"RenewalStatus"_s, order.autoRenewal ? kAutoRenewal : kManualRenewal});
    if (order.autoRenewal)
        parameters.append({u"RenewPeriod"_s, QString::number(order.renewPeriodMonths)});
    parameters.append({u"ClientToken"_s, clientToken});
    return parameters;
}

bool orderFromCreateInstanceParameters(const QMap<QString, QString>& params, const Catalog& catalog, OrderSpec* order,
                                       QString* badParameter, QString* error)
{
    const auto fail = [&](const QString& parameter, const QString& message) {
        if (badParameter)
            *badParameter = parameter;
        if (error)
            *error = message;
        return false;
    };

    // Parameter.N.Code / Parameter.N.Value by N. QMap keeps N sorted for the gap check.
    QMap<int, std::pair<std::optional<QString>, std::optional<QString>>> numbered;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!it.key().startsWith(u"Parameter."_s))
            continue;
        const QStringList parts = it.key().split(u'.');
        int n = 0;
        if (parts.size() != 3 || !parseCount(parts.at(1), &n) || n < 1 || parts.at(1).startsWith(u'0')
            || (parts.at(2) != u"Code"_s && parts.at(2) != u"Value"_s))
            return fail(it.key(), Text::tr("%1 is not a parameter of CreateInstance.").arg(it.key()));
        (parts.at(2) == u"Code"_s ? numbered[n].first : numbered[n].second) = it.value();
    }

    QMap<QString, QString> properties; // code -> value
    int expected = 1;
    for (auto it = numbered.constBegin(); it != numbered.constEnd(); ++it, ++expected) {
        const QString prefix = u"Parameter."_s + QString::number(expected);
        if (it.key() != expected || !it.value().first)
            return fail(prefix + u".Code"_s, Text::tr("%1 is missing.").arg(prefix + u".Code"_s));
        if (!it.value().second)
            return fail(prefix + u".Value"_s, Text::tr("%1 is missing.").arg(prefix + u".Value"_s));
        const QString code = *it.value().first;
        static const QStringList known {kInstanceType,     kInstanceName,        kRegion,
                                        kDefaultOssBucket, kInstanceStorageName, kImageScanner,
                                        kNamespaceQuota,   kRepoQuota,           kVpcNum};
        if (!known.contains(code))
            return fail(prefix + u".Code"_s,
                        Text::tr("%1 names an unknown property “%2”.").arg(prefix + u".Code"_s, code));
        if (properties.contains(code))
            return fail(prefix + u".Code"_s, Text::tr("%1 repeats the property “%2”.").arg(prefix + u".Code"_s, code));
        properties.insert(code, *it.value().second);
    }
    // The parameter that carried a property, for messages about its value.
    const auto valueName = [&](const QString& code) -> QString {
        for (auto it = numbered.constBegin(); it != numbered.constEnd(); ++it) {
            if (it.value().first == code)
                return u"Parameter."_s + QString::number(it.key()) + u".Value"_s;
        }
        return code;
    };

    OrderSpec result;
    for (const QString& code : {kInstanceType, kInstanceName, kRegion, kDefaultOssBucket}) {
        if (!properties.contains(code))
            return fail(code, Text::tr("The property %1 is missing.").arg(code));
    }
    result.edition = properties.value(kInstanceType);
    result.instanceName = properties.value(kInstanceName);
    result.region = properties.value(kRegion);
    const QString defaultBucket = properties.value(kDefaultOssBucket);
    if (defaultBucket.compare(u"true"_s, Qt::CaseInsensitive) != 0
        && defaultBucket.compare(u"false"_s, Qt::CaseInsensitive) != 0)
        return fail(valueName(kDefaultOssBucket),
                    Text::tr("%1 must be true or false (not “%2”).").arg(valueName(kDefaultOssBucket), defaultBucket));
    result.defaultBucket = defaultBucket.compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (!result.defaultBucket)
        result.customBucket = properties.value(kInstanceStorageName);
    result.imageScanner = properties.value(kImageScanner, catalog.defaultScanner());

    for (const auto& [code, target] :
         {std::pair {kNamespaceQuota, &result.extraNamespaces}, std::pair {kRepoQuota, &result.extraRepositories},
          std::pair {kVpcNum, &result.vpcQuota}}) {
        const auto it = properties.constFind(code);
        if (it != properties.constEnd() && !parseCount(it.value(), target))
            return fail(valueName(code),
                        Text::tr("%1 must be a whole number (not “%2”).").arg(valueName(code), it.value()));
    }

    // Top-level parameters.
    for (const auto& [name, wanted] : {std::pair {u"ProductCode"_s, catalog.productCode()},
                                       std::pair {u"SubscriptionType"_s, catalog.subscriptionType()}}) {
        if (!params.contains(name))
            return fail(name, Text::tr("%1 is missing.").arg(name));
        if (params.value(name) != wanted)
            return fail(name, Text::tr("%1 must be %2 (not “%3”).").arg(name, wanted, params.value(name)));
    }
    if (!params.contains(u"ProductType"_s))
        return fail(u"ProductType"_s, Text::tr("%1 is missing.").arg(u"ProductType"_s));
    const SiteInfo* site = catalog.siteByProductType(params.value(u"ProductType"_s));
    if (!site)
        return fail(
            u"ProductType"_s,
            Text::tr("ProductType “%1” is not one of the catalog's sites.").arg(params.value(u"ProductType"_s)));
    result.site = site->site;

    if (!params.contains(u"Period"_s))
        return fail(u"Period"_s, Text::tr("%1 is missing.").arg(u"Period"_s));
    if (!parseCount(params.value(u"Period"_s), &result.periodMonths))
        return fail(u"Period"_s,
                    Text::tr("%1 must be a whole number (not “%2”).").arg(u"Period"_s, params.value(u"Period"_s)));

    const QString renewal = params.value(u"RenewalStatus"_s, kManualRenewal);
    if (renewal != kAutoRenewal && renewal != kManualRenewal)
        return fail(u"RenewalStatus"_s,
                    Text::tr("RenewalStatus must be AutoRenewal or ManualRenewal (not “%1”).").arg(renewal));
    result.autoRenewal = renewal == kAutoRenewal;
    if (params.contains(u"RenewPeriod"_s)) {
        int renewPeriod = 0;
        if (!parseCount(params.value(u"RenewPeriod"_s), &renewPeriod))
            return fail(u"RenewPeriod"_s,
                        Text::tr("%1 must be a whole number (not “%2”).")
                            .arg(u"RenewPeriod"_s, params.value(u"RenewPeriod"_s)));
        if (result.autoRenewal)
            result.renewPeriodMonths = renewPeriod;
    }

    if (order)
        *order = result;
    return true;
}

QString createInstanceParameterName(OrderField field)
{
    for (const ParameterName& entry : parameterNames()) {
        if (entry.field == field)
            return entry.name;
    }
    return {};
}

bool isTopLevelParameter(OrderField field)
{
    for (const ParameterName& entry : parameterNames()) {
        if (entry.field == field)
            return entry.topLevel;
    }
    return false;
}

std::optional<OrderField> orderFieldForParameter(const QString& name)
{
    for (const ParameterName& entry : parameterNames()) {
        if (entry.name == name)
            return entry.field;
    }
    return std::nullopt;
}

std::optional<OrderField> orderFieldNamedIn(const QString& text)
{
    std::optional<OrderField> found;
    qsizetype longest = 0;
    for (const ParameterName& entry : parameterNames()) {
        if (entry.name.size() > longest && text.contains(entry.name, Qt::CaseInsensitive)) {
            found = entry.field;
            longest = entry.name.size();
        }
    }
    // The service names a taken name by the rule, not the parameter (InstanceNameDuplicated does
    // contain it; other spellings may not).
    if (!found && text.contains(u"Duplicate"_s, Qt::CaseInsensitive))
        found = OrderField::InstanceName;
    return found;
}

QString newClientToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace acrp
