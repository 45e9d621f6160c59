#include "core/order/Catalog.h"

#include "core/order/JsonFields.h"
#include "core/order/StrictJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace acrp {

namespace {

LocalizedText readText(JsonFields& parent, const QString& key, QString* error)
{
    JsonFields fields(parent.object(key), parent.keyPath(key), error);
    if (parent.failed())
        return {};
    fields.rejectUnknownKeys({u"en"_s, u"zh_CN"_s});
    LocalizedText text;
    text.en = fields.nonEmptyString(u"en"_s);
    text.zhCN = fields.nonEmptyString(u"zh_CN"_s);
    return text;
}

QuotaRule readQuota(JsonFields& quotas, const QString& key, QString* error)
{
    JsonFields fields(quotas.object(key), quotas.keyPath(key), error);
    if (quotas.failed())
        return {};
    fields.rejectUnknownKeys({u"min"_s, u"max"_s, u"step"_s});
    QuotaRule rule;
    rule.min = fields.integer(u"min"_s);
    rule.max = fields.integer(u"max"_s);
    rule.step = fields.integer(u"step"_s);
    if (!fields.failed() && (rule.min < 0 || rule.max < rule.min || rule.step < 1))
        fields.fail(Catalog::tr("“%1” must have 0 <= min <= max and a step of at least 1.").arg(quotas.keyPath(key)));
    return rule;
}

QList<int> readPeriods(JsonFields& root, const QString& key)
{
    const QJsonArray array = root.array(key);
    const QString path = root.keyPath(key);
    QList<int> periods;
    for (qsizetype i = 0; i < array.size() && !root.failed(); ++i)
        periods.append(root.intValue(array.at(i), JsonFields::elementPath(path, i)));
    if (root.failed())
        return {};
    // Ascending without repeats, so messages list them in a sensible order.
    bool ascending = !periods.isEmpty() && periods.first() > 0;
    for (qsizetype i = 1; i < periods.size() && ascending; ++i)
        ascending = periods.at(i - 1) < periods.at(i);
    if (!ascending)
        root.fail(Catalog::tr("“%1” must hold positive whole numbers in ascending order.").arg(path));
    return periods;
}

// Reads an array of {"id", "name", ...} objects; `readExtra` reads the keys beyond id and name.
template<typename Info, typename ReadExtra>
QList<Info> readIdList(JsonFields& root, const QString& key, const QStringList& keys, QString* error,
                       ReadExtra readExtra)
{
    const QJsonArray array = root.array(key);
    const QString path = root.keyPath(key);
    if (!root.failed() && array.isEmpty())
        root.fail(Catalog::tr("“%1” must not be empty.").arg(path));
    QList<Info> list;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size() && !root.failed(); ++i) {
        const QString elementPath = JsonFields::elementPath(path, i);
        JsonFields fields(root.objectValue(array.at(i), elementPath), elementPath, error);
        fields.rejectUnknownKeys(keys);
        Info info;
        info.id = fields.nonEmptyString(u"id"_s);
        info.name = readText(fields, u"name"_s, error);
        readExtra(fields, info);
        if (!fields.failed() && ids.contains(info.id))
            fields.fail(Catalog::tr("“%1” repeats the id “%2”.").arg(fields.keyPath(u"id"_s), info.id));
        ids.insert(info.id);
        list.append(info);
    }
    return list;
}

} // namespace

QString LocalizedText::forLocale(const QString& localeName) const
{
    // Simplified Chinese for any Chinese locale: the closest we ship.
    if (localeName.startsWith(u"zh"_s) && !zhCN.isEmpty())
        return zhCN;
    return en;
}

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = [] {
        QFile file(u":/acrp/catalog.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in catalog :/acrp/catalog.json is missing");
        QString error;
        std::optional<Catalog> parsed = fromJson(file.readAll(), &error);
        // The resource is compiled in: a broken one is a programming error, found by tst_catalog.
        if (!parsed)
            qFatal("The built-in catalog is malformed: %s", qPrintable(error));
        return *std::move(parsed);
    }();
    return catalog;
}

std::optional<Catalog> Catalog::fromJson(const QByteArray& json, QString* error)
{
    QString problem;
    const StrictJson parsed = StrictJson::parse(json);
    const QJsonDocument& document = parsed.document;
    if (parsed.status == StrictJson::NotJson) {
        problem = tr("The catalog is not valid JSON: %1 (at character %2).").arg(parsed.problem).arg(parsed.offset);
    } else if (parsed.status == StrictJson::DuplicateKey) {
        problem = parsed.problem;
    } else if (!document.isObject()) {
        problem = tr("The catalog must be a JSON object.");
    }

    Catalog catalog;
    JsonFields root(document.object(), QString(), &problem);
    if (!root.failed() && root.string(u"format"_s, JsonFields::Optional) != u"acr-purchase/catalog"_s)
        root.fail(tr("This is not an acr-purchase catalog: “format” must be “acr-purchase/catalog”."));
    const int version = root.integer(u"version"_s);
    if (!root.failed() && version != kVersion)
        root.fail(
            tr("The catalog version %1 is not supported (this program reads version %2).").arg(version).arg(kVersion));
    root.rejectUnknownKeys({u"format"_s, u"version"_s, u"productCode"_s, u"subscriptionType"_s, u"sites"_s,
                            u"editions"_s, u"regions"_s, u"scanners"_s, u"defaultScanner"_s, u"periods"_s,
                            u"renewPeriods"_s, u"quotas"_s});
    catalog.m_productCode = root.nonEmptyString(u"productCode"_s);
    catalog.m_subscriptionType = root.nonEmptyString(u"subscriptionType"_s);

    catalog.m_editions = readIdList<EditionInfo>(root, u"editions"_s, {u"id"_s, u"name"_s, u"description"_s}, &problem,
                                                 [&](JsonFields& fields, EditionInfo& info) {
                                                     info.description = readText(fields, u"description"_s, &problem);
                                                 });

    catalog.m_sites = readIdList<SiteInfo>(
        root, u"sites"_s, {u"id"_s, u"name"_s, u"endpoint"_s, u"productType"_s, u"consoleUrl"_s, u"editions"_s},
        &problem, [&](JsonFields& fields, SiteInfo& info) {
            if (!fields.failed() && (!siteFromId(info.id, &info.site) || info.id != siteId(info.site)))
                fields.fail(tr("“%1” must be “cn” or “intl”.").arg(fields.keyPath(u"id"_s)));
            info.endpoint = fields.nonEmptyString(u"endpoint"_s);
            info.productType = fields.nonEmptyString(u"productType"_s);
            info.consoleUrl = fields.nonEmptyString(u"consoleUrl"_s);
            const QJsonArray editions = fields.array(u"editions"_s);
            const QString path = fields.keyPath(u"editions"_s);
            if (!fields.failed() && editions.isEmpty())
                fields.fail(tr("“%1” must not be empty.").arg(path));
            for (qsizetype i = 0; i < editions.size() && !fields.failed(); ++i) {
                const QString elementPath = JsonFields::elementPath(path, i);
                const QString edition = fields.stringValue(editions.at(i), elementPath);
                if (!fields.failed() && !catalog.edition(edition))
                    fields.fail(tr("“%1” names an unknown edition “%2”.").arg(elementPath, edition));
                info.editions.append(edition);
            }
        });
    if (!root.failed() && catalog.m_sites.size() != 2)
        root.fail(tr("“sites” must describe the sites “cn” and “intl”, once each."));
    // The ProductType is how a request names its site (siteByProductType): it must tell them apart.
    if (!root.failed() && catalog.m_sites.at(0).productType == catalog.m_sites.at(1).productType)
        root.fail(tr("The sites “cn” and “intl” must have different product types."));

    catalog.m_regions
        = readIdList<RegionInfo>(root, u"regions"_s, {u"id"_s, u"name"_s}, &problem, [](JsonFields&, RegionInfo&) {});
    catalog.m_scanners = readIdList<ScannerInfo>(root, u"scanners"_s, {u"id"_s, u"name"_s}, &problem,
                                                 [](JsonFields&, ScannerInfo&) {});
    catalog.m_defaultScanner = root.nonEmptyString(u"defaultScanner"_s);
    if (!root.failed() && !catalog.scanner(catalog.m_defaultScanner))
        root.fail(tr("“defaultScanner” names an unknown scanner “%1”.").arg(catalog.m_defaultScanner));

    catalog.m_periods = readPeriods(root, u"periods"_s);
    catalog.m_renewPeriods = readPeriods(root, u"renewPeriods"_s);

    JsonFields quotas(root.object(u"quotas"_s), u"quotas"_s, &problem);
    quotas.rejectUnknownKeys({u"namespaces"_s, u"repositories"_s, u"vpc"_s});
    catalog.m_namespaceQuota = readQuota(quotas, u"namespaces"_s, &problem);
    catalog.m_repositoryQuota = readQuota(quotas, u"repositories"_s, &problem);
    catalog.m_vpcQuota = readQuota(quotas, u"vpc"_s, &problem);

    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return catalog;
}

const SiteInfo& Catalog::site(Site site) const
{
    // fromJson guarantees both sites; builtIn() guarantees a parsed catalog.
    for (const SiteInfo& info : m_sites) {
        if (info.site == site)
            return info;
    }
    qFatal("The catalog has no entry for site %d", static_cast<int>(site));
}

const SiteInfo* Catalog::siteByProductType(const QString& productType) const
{
    for (const SiteInfo& info : m_sites) {
        if (info.productType == productType)
            return &info;
    }
    return nullptr;
}

const EditionInfo* Catalog::edition(const QString& id) const
{
    for (const EditionInfo& info : m_editions) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QString Catalog::editionOfSpecification(const QString& specification) const
{
    const QString id = specification.startsWith(QLatin1String("Enterprise_"))
        ? specification.mid(int(qstrlen("Enterprise_")))
        : specification;
    return edition(id) ? id : specification;
}

const RegionInfo* Catalog::region(const QString& id) const
{
    for (const RegionInfo& info : m_regions) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

const ScannerInfo* Catalog::scanner(const QString& id) const
{
    for (const ScannerInfo& info : m_scanners) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

bool Catalog::isEditionSold(Site site, const QString& edition) const
{
    return this->site(site).editions.contains(edition);
}

} // namespace acrp
