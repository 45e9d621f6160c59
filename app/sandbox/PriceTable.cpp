#include "sandbox/PriceTable.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

// Monthly prices in cents (see the table in the header).
qint64 editionMonthlyCents(const QString& edition)
{
    if (edition == u"Basic"_s)
        return 80000;
    if (edition == u"Standard"_s)
        return 180000;
    if (edition == u"Advanced"_s)
        return 400000;
    return -1;
}
constexpr qint64 kNamespaceMonthlyCents = 200;
constexpr qint64 kRepositoryMonthlyCents = 5;
constexpr qint64 kVpcMonthlyCents = 2000;

// Whole years pay 10 months per 12.
qint64 discountFor(qint64 monthlyCents, int months)
{
    return months > 0 && months % 12 == 0 ? monthlyCents * 2 * (months / 12) : 0;
}

QJsonObject module(const QString& code, const QString& name, const QString& currency)
{
    return {
        {u"ModuleCode"_s, code},
        {u"ModuleName"_s, name},
        {u"PriceType"_s, u"Month"_s},
        {u"Currency"_s, currency},
        {u"ConfigList"_s, QJsonObject {{u"ConfigList"_s, QJsonArray {code}}}},
    };
}

QJsonObject rangeAttribute(const QString& code, const QString& name, const QString& unit, const QuotaRule& rule,
                           qint64 unitCents)
{
    const QString range = QString::number(rule.min) + u'-' + QString::number(rule.max);
    const QJsonObject value {
        {u"Type"_s, u"range"_s},
        {u"Name"_s, range},
        {u"Value"_s, range},
        {u"Remark"_s,
         PriceTable::tr("step %1; %2 per unit and month (illustrative)")
             .arg(rule.step)
             .arg(PriceTable::money(unitCents))},
    };
    return {
        {u"Code"_s, code},
        {u"Name"_s, name},
        {u"Unit"_s, unit},
        {u"Values"_s, QJsonObject {{u"AttributeValue"_s, QJsonArray {value}}}},
    };
}

} // namespace

const PriceTable& PriceTable::illustrative()
{
    static const PriceTable table;
    return table;
}

QString PriceTable::note()
{
    return tr("Illustrative prices of the acr-purchase sandbox, not Alibaba Cloud's price list.");
}

bool PriceTable::knowsEdition(const QString& edition) const
{
    return editionMonthlyCents(edition) >= 0;
}

PriceQuote PriceTable::quote(const QString& edition, int months, int extraNamespaces, int extraRepositories,
                             int vpcQuota, int quantity) const
{
    PriceQuote quote;
    const auto add = [&](const QString& code, qint64 unitCents, qint64 units) {
        ModuleCost cost;
        cost.moduleCode = code;
        cost.unitPriceCents = unitCents;
        const qint64 monthly = unitCents * units * quantity;
        cost.originalCents = monthly * months;
        cost.discountCents = discountFor(monthly, months);
        quote.modules.append(cost);
        quote.originalCents += cost.originalCents;
        quote.discountCents += cost.discountCents;
    };
    add(u"InstanceType"_s, qMax<qint64>(0, editionMonthlyCents(edition)), 1);
    add(u"NamespaceQuota"_s, kNamespaceMonthlyCents, extraNamespaces);
    add(u"RepoQuota"_s, kRepositoryMonthlyCents, extraRepositories);
    add(u"vpc_num"_s, kVpcMonthlyCents, vpcQuota);
    return quote;
}

PriceQuote PriceTable::quote(const OrderSpec& order) const
{
    return quote(order.edition, order.periodMonths, order.extraNamespaces, order.extraRepositories, order.vpcQuota);
}

QJsonObject PriceTable::pricingModules(const SiteInfo& site, const Catalog& catalog, const QString& currency) const
{
    const QJsonArray modules {
        module(u"InstanceType"_s, tr("Edition"), currency),
        module(u"NamespaceQuota"_s, tr("Extra namespaces"), currency),
        module(u"RepoQuota"_s, tr("Extra repositories"), currency),
        module(u"vpc_num"_s, tr("VPC access control quota"), currency),
    };
    QJsonArray editions;
    for (const QString& id : site.editions) {
        const EditionInfo* edition = catalog.edition(id);
        editions.append(QJsonObject {
            {u"Type"_s, u"single"_s},
            {u"Name"_s, edition ? edition->name.en : id},
            {u"Value"_s, id},
            {u"Remark"_s, tr("%1 per month (illustrative)").arg(money(qMax<qint64>(0, editionMonthlyCents(id))))},
        });
    }
    const QJsonArray attributes {
        QJsonObject {
            {u"Code"_s, u"InstanceType"_s},
            {u"Name"_s, tr("Edition")},
            {u"Unit"_s, QString()},
            {u"Values"_s, QJsonObject {{u"AttributeValue"_s, editions}}},
        },
        rangeAttribute(u"NamespaceQuota"_s, tr("Extra namespaces"), tr("namespaces"), catalog.namespaceQuota(),
                       kNamespaceMonthlyCents),
        rangeAttribute(u"RepoQuota"_s, tr("Extra repositories"), tr("repositories"), catalog.repositoryQuota(),
                       kRepositoryMonthlyCents),
        rangeAttribute(u"vpc_num"_s, tr("VPC access control quota"), tr("VPCs"), catalog.vpcQuota(), kVpcMonthlyCents),
    };
    return {
        {u"ModuleList"_s, QJsonObject {{u"Module"_s, modules}}},
        {u"AttributeList"_s, QJsonObject {{u"Attribute"_s, attributes}}},
    };
}

QString PriceTable::money(qint64 cents)
{
    const QString sign = cents < 0 ? u"-"_s : QString();
    const qint64 absolute = qAbs(cents);
    return sign + QString::number(absolute / 100) + u'.' + QString::number(absolute % 100).rightJustified(2, u'0');
}

std::optional<qint64> PriceTable::parseMoney(const QString& text)
{
    // 1 to 13 ASCII digits, then optionally a point and 1 or 2 digits. Read by hand, not by a
    // regular expression: the embedded sandbox reads its balance while the first page is built, and
    // PCRE2 would be compiled and paged in for it.
    const qsizetype point = text.indexOf(u'.');
    const QStringView units = point < 0 ? QStringView(text) : QStringView(text).left(point);
    const QStringView fraction = point < 0 ? QStringView() : QStringView(text).mid(point + 1);
    const auto digitsOnly = [](QStringView part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (units.isEmpty() || units.size() > 13 || !digitsOnly(units))
        return std::nullopt;
    if (point >= 0 && (fraction.isEmpty() || fraction.size() > 2 || !digitsOnly(fraction)))
        return std::nullopt;
    qint64 cents = units.toLongLong() * 100;
    if (!fraction.isEmpty())
        cents += fraction.toLongLong() * (fraction.size() == 1 ? 10 : 1);
    return cents;
}

} // namespace acrp::sandbox
