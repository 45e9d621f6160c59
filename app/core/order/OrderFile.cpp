#include "core/order/OrderFile.h"

#include "core/order/JsonFields.h"
#include "core/order/StrictJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace acrp {

namespace {

const QString kFormat = u"acr-purchase/order"_s;

} // namespace

QJsonObject OrderFile::orderToJson(const OrderSpec& order)
{
    const auto key = [](OrderField field) { return orderFieldKey(field); };
    return QJsonObject {
        {key(OrderField::Site), siteId(order.site)},
        {key(OrderField::Edition), order.edition},
        {key(OrderField::InstanceName), order.instanceName},
        {key(OrderField::Region), order.region},
        {key(OrderField::DefaultBucket), order.defaultBucket},
        {key(OrderField::CustomBucket), order.customBucket},
        {key(OrderField::ImageScanner), order.imageScanner},
        {key(OrderField::ExtraNamespaces), order.extraNamespaces},
        {key(OrderField::ExtraRepositories), order.extraRepositories},
        {key(OrderField::VpcQuota), order.vpcQuota},
        {key(OrderField::Period), order.periodMonths},
        {key(OrderField::RenewalStatus), order.autoRenewal},
        {key(OrderField::RenewPeriod), order.renewPeriodMonths},
    };
}

QByteArray OrderFile::serialize(const OrderSpec& order)
{
    // QJsonObject keeps keys sorted, so the same order always gives the same bytes.
    const QJsonObject root {
        {u"format"_s, kFormat},
        {u"version"_s, kVersion},
        {u"order"_s, orderToJson(order)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<OrderSpec> OrderFile::orderFromJson(const QJsonObject& object, QString* error, const QString& path)
{
    QString problem;
    JsonFields fields(object, path, &problem);
    QStringList known;
    for (const OrderField field : allOrderFields())
        known.append(orderFieldKey(field));
    // Unknown keys first: a misspelt key is a better hint than the "missing" one it causes. This is
    // also what refuses a "clientToken" or any credential: the format has no place for them.
    fields.rejectUnknownKeys(known);

    const OrderSpec defaults;
    OrderSpec order;
    const QString siteText = fields.string(orderFieldKey(OrderField::Site));
    if (!fields.failed() && !siteFromId(siteText, &order.site))
        fields.fail(tr("“%1” must be “cn” or “intl” (not “%2”).")
                        .arg(fields.keyPath(orderFieldKey(OrderField::Site)), siteText));
    order.edition = fields.string(orderFieldKey(OrderField::Edition));
    order.instanceName = fields.string(orderFieldKey(OrderField::InstanceName));
    order.region = fields.string(orderFieldKey(OrderField::Region));
    order.defaultBucket
        = fields.boolean(orderFieldKey(OrderField::DefaultBucket), JsonFields::Optional, defaults.defaultBucket);
    order.customBucket
        = fields.string(orderFieldKey(OrderField::CustomBucket), JsonFields::Optional, defaults.customBucket);
    order.imageScanner
        = fields.string(orderFieldKey(OrderField::ImageScanner), JsonFields::Optional, defaults.imageScanner);
    order.extraNamespaces
        = fields.integer(orderFieldKey(OrderField::ExtraNamespaces), JsonFields::Optional, defaults.extraNamespaces);
    order.extraRepositories = fields.integer(orderFieldKey(OrderField::ExtraRepositories), JsonFields::Optional,
                                             defaults.extraRepositories);
    order.vpcQuota = fields.integer(orderFieldKey(OrderField::VpcQuota), JsonFields::Optional, defaults.vpcQuota);
    order.periodMonths = fields.integer(orderFieldKey(OrderField::Period));
    order.autoRenewal
        = fields.boolean(orderFieldKey(OrderField::RenewalStatus), JsonFields::Optional, defaults.autoRenewal);
    order.renewPeriodMonths
        = fields.integer(orderFieldKey(OrderField::RenewPeriod), JsonFields::Optional, defaults.renewPeriodMonths);

    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return order;
}

std::optional<OrderSpec> OrderFile::parse(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<OrderSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // A repeated key is refused before anything is read: which of two editions to buy must not
    // depend on which one a JSON reader happens to keep.
    const StrictJson parsed = StrictJson::parse(json);
    if (parsed.status == StrictJson::NotJson)
        return fail(
            tr("The order file is not valid JSON: %1 (at character %2).").arg(parsed.problem).arg(parsed.offset));
    if (parsed.status == StrictJson::DuplicateKey)
        return fail(parsed.problem);
    const QJsonDocument& document = parsed.document;
    if (!document.isObject())
        return fail(tr("The order file must contain a JSON object."));

    // Format and version come before any other check: a newer file may well have keys this
    // version does not know, and "made by a newer acr-purchase" is the useful message then.
    QString problem;
    JsonFields root(document.object(), QString(), &problem);
    if (root.string(u"format"_s, JsonFields::Optional) != kFormat)
        root.fail(tr("This is not an acr-purchase order file: “format” must be “%1”.").arg(kFormat));
    const int version = root.integer(u"version"_s);
    if (!root.failed() && version > kVersion)
        root.fail(tr("This order file was made by a newer acr-purchase (format version %1); this program reads "
                     "version %2.")
                      .arg(version)
                      .arg(kVersion));
    if (!root.failed() && version < 1)
        root.fail(tr("“version” must be at least 1 (not %1).").arg(version));
    root.rejectUnknownKeys({u"format"_s, u"version"_s, u"order"_s});
    const QJsonObject orderObject = root.object(u"order"_s);
    if (root.failed())
        return fail(problem);
    return orderFromJson(orderObject, error, root.keyPath(u"order"_s));
}

} // namespace acrp
