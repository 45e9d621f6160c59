#include "core/order/Validator.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace acrp {

namespace {

// Limits of the service, from the CreateInstance spec and OSS's bucket rules. They are fixed by the
// protocol, unlike the catalog's commercial data.
constexpr int kInstanceNameMin = 3;
constexpr int kInstanceNameMax = 30;
constexpr int kBucketNameMin = 3;
constexpr int kBucketNameMax = 63;

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// The first character outside [a-z0-9-] (a whole surrogate pair when it is one), or empty.
// A plain loop: this runs on every keystroke.
QString firstBadCharacter(const QString& name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isLowerAlnum(c) || c == u'-')
            continue;
        const bool pair = c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate();
        return name.mid(i, pair ? 2 : 1);
    }
    return {};
}

QString localeName()
{
    return QLocale().name();
}

// "A, B or C" and "A, B and C": lists in messages. The conjunction is a translated string, so the
// sentence follows the UI language (QLocale::createSeparatedList follows the process locale and
// has no "or").
QString joinList(const QStringList& items, const QString& lastPair)
{
    if (items.size() < 2)
        return items.value(0);
    //: Separator between the items of a list ("a, b or c"); Chinese uses 、
    const QString separator = Validator::tr(", ");
    return lastPair.arg(items.mid(0, items.size() - 1).join(separator), items.constLast());
}

QString alternatives(const QStringList& items)
{
    return joinList(items, Validator::tr("%1 or %2"));
}

QString conjunction(const QStringList& items)
{
    return joinList(items, Validator::tr("%1 and %2"));
}

QString numberAlternatives(const QList<int>& numbers)
{
    QStringList texts;
    for (const int number : numbers)
        texts.append(QString::number(number));
    return alternatives(texts);
}

} // namespace

QList<OrderField> ValidationResult::invalidFields() const
{
    QList<OrderField> fields;
    for (const OrderField field : allOrderFields()) {
        if (m_messages.contains(field))
            fields.append(field);
    }
    return fields;
}

Validator::Validator(const Catalog& catalog)
    : m_catalog(catalog)
{ }

ValidationResult Validator::validate(const OrderSpec& order) const
{
    ValidationResult result;

    // Edition: known, and sold on the order's site.
    const SiteInfo& site = m_catalog.site(order.site);
    if (!m_catalog.isEditionSold(order.site, order.edition)) {
        QStringList sold;
        for (const QString& id : site.editions) {
            const EditionInfo* edition = m_catalog.edition(id);
            sold.append(edition ? edition->name.forLocale(localeName()) : id);
        }
        const QString siteName = site.name.forLocale(localeName());
        QString message;
        if (order.edition.isEmpty())
            message = tr("Choose an edition: %1.").arg(alternatives(sold));
        else if (!m_catalog.edition(order.edition))
            message = tr("\"%1\" is not an edition; the %2 sells %3.").arg(order.edition, siteName, conjunction(sold));
        else
            message = tr("The %1 sells only %2.").arg(siteName, conjunction(sold));
        result.setMessage(OrderField::Edition, message);
    }

    if (const QString message = checkInstanceName(order.instanceName); !message.isEmpty())
        result.setMessage(OrderField::InstanceName, message);

    if (order.region.isEmpty())
        result.setMessage(OrderField::Region, tr("Choose a region."));
    else if (!m_catalog.region(order.region))
        result.setMessage(OrderField::Region,
                          tr("\"%1\" is not a known region; use a region id such as %2.")
                              .arg(order.region, m_catalog.regions().value(0).id));

    // The bucket: the service's default one, or the user's own, never both.
    if (order.defaultBucket) {
        if (!order.customBucket.isEmpty())
            result.setMessage(OrderField::CustomBucket,
                              tr("Leave the bucket name empty when the instance uses the default OSS bucket."));
    } else if (order.customBucket.isEmpty()) {
        result.setMessage(OrderField::CustomBucket,
                          tr("Enter the name of your OSS bucket, or use the default bucket."));
    } else if (const QString message = checkBucketName(order.customBucket); !message.isEmpty()) {
        result.setMessage(OrderField::CustomBucket, message);
    }

    if (!m_catalog.scanner(order.imageScanner)) {
        QStringList ids;
        for (const ScannerInfo& scanner : m_catalog.scanners())
            ids.append(scanner.id);
        result.setMessage(
            OrderField::ImageScanner,
            order.imageScanner.isEmpty()
                ? tr("Choose an image scanner: %1.").arg(alternatives(ids))
                : tr("The image scanner must be %1 (not \"%2\").").arg(alternatives(ids), order.imageScanner));
    }

    // Quotas: within min..max and on a step. One sentence per field so each translates whole.
    const auto quotaBroken = [](const QuotaRule& rule, int value) {
        return value < rule.min || value > rule.max || (value - rule.min) % rule.step != 0;
    };
    if (const QuotaRule rule = m_catalog.namespaceQuota(); quotaBroken(rule, order.extraNamespaces)) {
        result.setMessage(OrderField::ExtraNamespaces,
                          rule.step > 1 ? tr("Extra namespaces must be a multiple of %1 from %2 to %3 (not %4).")
                                              .arg(rule.step)
                                              .arg(rule.min)
                                              .arg(rule.max)
                                              .arg(order.extraNamespaces)
                                        : tr("Extra namespaces must be from %1 to %2 (not %3).")
                                              .arg(rule.min)
                                              .arg(rule.max)
                                              .arg(order.extraNamespaces));
    }
    if (const QuotaRule rule = m_catalog.repositoryQuota(); quotaBroken(rule, order.extraRepositories)) {
        result.setMessage(OrderField::ExtraRepositories,
                          rule.step > 1 ? tr("Extra repositories must be a multiple of %1 from %2 to %3 (not %4).")
                                              .arg(rule.step)
                                              .arg(rule.min)
                                              .arg(rule.max)
                                              .arg(order.extraRepositories)
                                        : tr("Extra repositories must be from %1 to %2 (not %3).")
                                              .arg(rule.min)
                                              .arg(rule.max)
                                              .arg(order.extraRepositories));
    }
    if (const QuotaRule rule = m_catalog.vpcQuota(); quotaBroken(rule, order.vpcQuota)) {
        result.setMessage(
            OrderField::VpcQuota,
            rule.step > 1
                ? tr("The VPC quota must be a multiple of %1 from %2 to %3 (not %4).")
                      .arg(rule.step)
                      .arg(rule.min)
                      .arg(rule.max)
                      .arg(order.vpcQuota)
                : tr("The VPC quota must be from %1 to %2 (not %3).").arg(rule.min).arg(rule.max).arg(order.vpcQuota));
    }

    if (!m_catalog.periods().contains(order.periodMonths))
        result.setMessage(OrderField::Period,
                          tr("The subscription period must be %1 months (not %2).")
                              .arg(numberAlternatives(m_catalog.periods()))
                              .arg(order.periodMonths));

    // Renewal: a period with automatic renewal, none with manual renewal.
    if (order.autoRenewal) {
        if (order.renewPeriodMonths == 0)
            result.setMessage(OrderField::RenewPeriod,
                              tr("Choose a renewal period for automatic renewal: %1 months.")
                                  .arg(numberAlternatives(m_catalog.renewPeriods())));
        else if (!m_catalog.renewPeriods().contains(order.renewPeriodMonths))
            result.setMessage(OrderField::RenewPeriod,
                              tr("The renewal period must be %1 months (not %2).")
                                  .arg(numberAlternatives(m_catalog.renewPeriods()))
                                  .arg(order.renewPeriodMonths));
    } else if (order.renewPeriodMonths != 0) {
        result.setMessage(
            OrderField::RenewPeriod,
            tr("The renewal period must be empty when renewal is manual (it is %1).").arg(order.renewPeriodMonths));
    }

    return result;
}

QString Validator::checkInstanceName(const QString& name) const
{
    // One message, for the first rule broken: characters, then length, then the hyphens.
    if (name.isEmpty())
        return tr("Enter an instance name: %1 to %2 lowercase letters, digits and hyphens.")
            .arg(kInstanceNameMin)
            .arg(kInstanceNameMax);
    if (const QString bad = firstBadCharacter(name); !bad.isEmpty())
        return tr("The instance name may contain only lowercase letters, digits and hyphens (not \"%1\").").arg(bad);
    if (name.size() < kInstanceNameMin || name.size() > kInstanceNameMax)
        return tr("The instance name must be %1 to %2 characters long (it has %n).", nullptr, int(name.size()))
            .arg(kInstanceNameMin)
            .arg(kInstanceNameMax);
    if (name.startsWith(u'-') || name.endsWith(u'-'))
        return tr("The instance name cannot start or end with a hyphen.");
    return {};
}

QString Validator::checkBucketName(const QString& name) const
{
    if (name.isEmpty())
        return tr("Enter a bucket name: %1 to %2 lowercase letters, digits and hyphens.")
            .arg(kBucketNameMin)
            .arg(kBucketNameMax);
    if (const QString bad = firstBadCharacter(name); !bad.isEmpty())
        return tr("The bucket name may contain only lowercase letters, digits and hyphens (not \"%1\").").arg(bad);
    if (name.size() < kBucketNameMin || name.size() > kBucketNameMax)
        return tr("The bucket name must be %1 to %2 characters long (it has %n).", nullptr, int(name.size()))
            .arg(kBucketNameMin)
            .arg(kBucketNameMax);
    if (!isLowerAlnum(name.front()) || !isLowerAlnum(name.back()))
        return tr("The bucket name must start and end with a lowercase letter or a digit.");
    return {};
}

} // namespace acrp
