// Fuzz target: the strict JSON readers of core/order — OrderFile::parse (order files given to
// `acr-purchase submit`, templates, exports), OrderFile::orderFromJson (orders embedded in journal
// rows) and Catalog::fromJson — and what is built on what they accept: the Validator and the
// CreateInstance parameters, which must read back to the same order.
//
// Input: one JSON document; every reader runs on it (each refuses the other's format early).
#include "FuzzSupport.h"
#include "core/order/Catalog.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "core/order/Validator.h"

#include <QJsonDocument>
#include <QSet>

using namespace acrp;
using fuzz::check;

namespace {

QString describe(const OrderSpec& order)
{
    return QString::fromUtf8(OrderFile::serialize(order));
}

// A valid order becomes CreateInstance parameters that the sandbox reads back to the same order.
void checkParameterRoundTrip(const OrderSpec& order, const Catalog& catalog)
{
    const ParameterList parameters = createInstanceParameters(order, QStringLiteral("fuzz-client-token"), catalog);
    QMap<QString, QString> map;
    for (const auto& [name, value] : parameters) {
        check(!map.contains(name), "CreateInstance parameters have unique names", name);
        map.insert(name, value);
    }
    OrderSpec readBack;
    QString badParameter, error;
    const bool accepted = orderFromCreateInstanceParameters(map, catalog, &readBack, &badParameter, &error);
    check(accepted, "the parameters of a valid order are accepted",
          badParameter + u": " + error + u"\n" + describe(order));
    check(readBack == order, "the parameters read back to the same order",
          describe(order) + u"\nread back:\n" + describe(readBack));
}

void checkValidation(const OrderSpec& order, const Catalog& catalog)
{
    const ValidationResult result = Validator(catalog).validate(order);
    for (const OrderField field : result.invalidFields())
        check(!result.message(field).isEmpty(), "every invalid field has a message", orderFieldKey(field));
    if (result.isValid())
        checkParameterRoundTrip(order, catalog);
}

void checkOrder(const OrderSpec& order)
{
    std::optional<OrderSpec> again = OrderFile::parse(OrderFile::serialize(order), nullptr);
    check(again && *again == order, "serialize then parse gives the same order", describe(order));
    again = OrderFile::orderFromJson(OrderFile::orderToJson(order), nullptr);
    check(again && *again == order, "orderToJson then orderFromJson gives the same order", describe(order));
    checkValidation(order, Catalog::builtIn());
}

// The simplest order a catalog allows on a site: whatever the catalog says, it must be valid and
// survive the CreateInstance parameters.
OrderSpec cheapestOrder(const Catalog& catalog, Site site)
{
    OrderSpec order;
    order.site = site;
    order.edition = catalog.site(site).editions.constFirst();
    order.instanceName = QStringLiteral("fuzz-instance");
    order.region = catalog.regions().constFirst().id;
    order.imageScanner = catalog.defaultScanner();
    order.extraNamespaces = catalog.namespaceQuota().min;
    order.extraRepositories = catalog.repositoryQuota().min;
    order.vpcQuota = catalog.vpcQuota().min;
    order.periodMonths = catalog.periods().constFirst();
    order.autoRenewal = true;
    order.renewPeriodMonths = catalog.renewPeriods().constLast();
    return order;
}

void checkCatalog(const Catalog& catalog, const std::optional<OrderSpec>& order)
{
    QSet<QString> productTypes;
    for (const Site site : {Site::China, Site::International}) {
        const SiteInfo& info = catalog.site(site);
        check(info.site == site, "site() returns the site asked for");
        check(!info.editions.isEmpty(), "a site sells an edition");
        for (const QString& edition : info.editions)
            check(catalog.edition(edition) && catalog.isEditionSold(site, edition), "a sold edition is known", edition);
        productTypes.insert(info.productType);
        const OrderSpec cheapest = cheapestOrder(catalog, site);
        const ValidationResult result = Validator(catalog).validate(cheapest);
        check(result.isValid(), "the cheapest order of a catalog is valid",
              result.isValid() ? QString() : result.message(result.invalidFields().constFirst()));
        checkParameterRoundTrip(cheapest, catalog);
    }
    check(!catalog.regions().isEmpty() && !catalog.periods().isEmpty() && !catalog.renewPeriods().isEmpty(),
          "a catalog has regions and periods");
    check(catalog.scanner(catalog.defaultScanner()), "the default scanner is known");
    if (order)
        checkValidation(*order, catalog);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::installMessageHandler();
    Catalog::builtIn(); // loaded once, outside the measured inputs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);

    QString orderError;
    const std::optional<OrderSpec> order = OrderFile::parse(json, &orderError);
    if (order)
        checkOrder(*order);
    else
        check(!orderError.isEmpty(), "a refused order file has a message");

    // The same reader on a bare "order" object, as journal rows embed it.
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject()) {
        QString embeddedError;
        const std::optional<OrderSpec> embedded
            = OrderFile::orderFromJson(document.object(), &embeddedError, QStringLiteral("row.order"));
        if (embedded)
            checkOrder(*embedded);
        else
            check(embeddedError.contains(u"row.order"), "messages about an embedded order name its path",
                  embeddedError);
    }

    QString catalogError;
    const std::optional<Catalog> catalog = Catalog::fromJson(json, &catalogError);
    if (catalog)
        checkCatalog(*catalog, order);
    else
        check(!catalogError.isEmpty(), "a refused catalog has a message");
    return 0;
}
