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

// The names of catalog entries in the current UI language: QLocale() follows the language chosen.
QStringList namesNow(const QList<LocalizedText>& names)
{
    const QString locale = QLocale().name();
    QStringList texts;
    texts.reserve(names.size());
    for (const LocalizedText& name : names)
        texts.append(name.forLocale(locale));
    return texts;
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

// A list of catalog ids that have no translated name (scanners, regions).
QList<LocalizedText> untranslated(const QStringList& ids)
{
    QList<LocalizedText> names;
    names.reserve(ids.size());
    for (const QString& id : ids)
        names.append(LocalizedText {id, {}});
    return names;
}

ValidationMessage problem(ValidationMessage::Id id, std::array<int, 4> numbers = {})
{
    ValidationMessage message;
    message.id = id;
    message.numbers = numbers;
    return message;
}

// The problem quoting what the order holds.
ValidationMessage quoting(ValidationMessage::Id id, const QString& value)
{
    ValidationMessage message;
    message.id = id;
    message.value = value;
    return message;
}

// A quota outside min..max or off its step: the sentence with the step only where there is one.
std::optional<ValidationMessage> quotaProblem(const QuotaRule& rule, int value, ValidationMessage::Id offStep,
                                              ValidationMessage::Id outOfRange)
{
    if (value >= rule.min && value <= rule.max && (value - rule.min) % rule.step == 0)
        return std::nullopt;
    if (rule.step > 1)
        return problem(offStep, {rule.step, rule.min, rule.max, value});
    return problem(outOfRange, {rule.min, rule.max, value});
}

} // namespace

QString ValidationMessage::text() const
{
    using Id = ValidationMessage::Id;
    const auto [a, b, c, d] = numbers;
    switch (id) {
    case Id::EditionMissing:
        return Validator::tr("Choose an edition: %1.").arg(alternatives(namesNow(choices)));
    case Id::EditionUnknown:
        return Validator::tr("“%1” is not an edition; the %2 sells %3.")
            .arg(value, site.forLocale(QLocale().name()), conjunction(namesNow(choices)));
    case Id::EditionNotSold:
        return Validator::tr("The %1 sells only %2.")
            .arg(site.forLocale(QLocale().name()), conjunction(namesNow(choices)));
    case Id::InstanceNameMissing:
        return Validator::tr("Enter an instance name: %1 to %2 lowercase letters, digits and hyphens.").arg(a).arg(b);
    case Id::InstanceNameCharacter:
        return Validator::tr("The instance name may contain only lowercase letters, digits and hyphens (not “%1”).")
            .arg(value);
    case Id::InstanceNameLength:
        return Validator::tr("The instance name must be %1 to %2 characters long (it has %n).", nullptr, c)
            .arg(a)
            .arg(b);
    case Id::InstanceNameHyphen:
        return Validator::tr("The instance name cannot start or end with a hyphen.");
    case Id::RegionMissing:
        return Validator::tr("Choose a region.");
    case Id::RegionUnknown:
        return Validator::tr("“%1” is not a known region; use a region id such as %2.")
            .arg(value, namesNow(choices).value(0));
    case Id::BucketWithDefault:
        return Validator::tr("Leave the bucket name empty when the instance uses the default OSS bucket.");
    case Id::BucketMissing:
        return Validator::tr("Enter the name of your OSS bucket, or use the default bucket.");
    case Id::BucketNameMissing:
        return Validator::tr("Enter a bucket name: %1 to %2 lowercase letters, digits and hyphens.").arg(a).arg(b);
    case Id::BucketNameCharacter:
        return Validator::tr("The bucket name may contain only lowercase letters, digits and hyphens (not “%1”).")
            .arg(value);
    case Id::BucketNameLength:
        return Validator::tr("The bucket name must be %1 to %2 characters long (it has %n).", nullptr, c).arg(a).arg(b);
    case Id::BucketNameEnds:
        return Validator::tr("The bucket name must start and end with a lowercase letter or a digit.");
    case Id::ScannerMissing:
        return Validator::tr("Choose an image scanner: %1.").arg(alternatives(namesNow(choices)));
    case Id::ScannerUnknown:
        return Validator::tr("The image scanner must be %1 (not “%2”).").arg(alternatives(namesNow(choices)), value);
    // Quotas: one sentence per field so each translates whole.
    case Id::NamespacesOffStep:
        return Validator::tr("Extra namespaces must be a multiple of %1 from %2 to %3 (not %4).")
            .arg(a)
            .arg(b)
            .arg(c)
            .arg(d);
    case Id::NamespacesOutOfRange:
        return Validator::tr("Extra namespaces must be from %1 to %2 (not %3).").arg(a).arg(b).arg(c);
    case Id::RepositoriesOffStep:
        return Validator::tr("Extra repositories must be a multiple of %1 from %2 to %3 (not %4).")
            .arg(a)
            .arg(b)
            .arg(c)
            .arg(d);
    case Id::RepositoriesOutOfRange:
        return Validator::tr("Extra repositories must be from %1 to %2 (not %3).").arg(a).arg(b).arg(c);
    case Id::VpcQuotaOffStep:
        return Validator::tr("The VPC quota must be a multiple of %1 from %2 to %3 (not %4).")
            .arg(a)
            .arg(b)
            .arg(c)
            .arg(d);
    case Id::VpcQuotaOutOfRange:
        return Validator::tr("The VPC quota must be from %1 to %2 (not %3).").arg(a).arg(b).arg(c);
    case Id::PeriodNotOffered:
        return Validator::tr("The subscription period must be %1 months (not %2).")
            .arg(numberAlternatives(months))
            .arg(a);
    case Id::RenewPeriodMissing:
        return Validator::tr("Choose a renewal period for automatic renewal: %1 months.")
            .arg(numberAlternatives(months));
    case Id::RenewPeriodNotOffered:
        return Validator::tr("The renewal period must be %1 months (not %2).").arg(numberAlternatives(months)).arg(a);
    case Id::RenewPeriodWithManualRenewal:
        return Validator::tr("The renewal period must be empty when renewal is manual (it is %1).").arg(a);
    case Id::RenewInstanceIdMissing:
        return Validator::tr("Enter the ID of the instance to renew (it starts with “cri-”).");
    case Id::RenewInstanceIdFormat:
        return Validator::tr("An instance ID is “cri-” followed by lowercase letters and digits (not “%1”).")
            .arg(value);
    case Id::RenewalPeriodNotOffered:
        return Validator::tr("A renewal must be for %1 months (not %2).").arg(numberAlternatives(months)).arg(a);
    }
    return {};
}

QString ValidationResult::message(OrderField field) const
{
    const auto it = m_messages.constFind(field);
    return it == m_messages.cend() ? QString() : it->text();
}

const ValidationMessage* ValidationResult::problem(OrderField field) const
{
    const auto it = m_messages.constFind(field);
    return it == m_messages.cend() ? nullptr : &*it;
}

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
    using Id = ValidationMessage::Id;
    ValidationResult result;

    // Edition: known, and sold on the order's site.
    const SiteInfo& site = m_catalog.site(order.site);
    if (!m_catalog.isEditionSold(order.site, order.edition)) {
        ValidationMessage message;
        for (const QString& id : site.editions) {
            const EditionInfo* edition = m_catalog.edition(id);
            message.choices.append(edition ? edition->name : LocalizedText {id, {}});
        }
        message.site = site.name;
        if (order.edition.isEmpty()) {
            message.id = Id::EditionMissing;
        } else if (!m_catalog.edition(order.edition)) {
            message.id = Id::EditionUnknown;
            message.value = order.edition;
        } else {
            message.id = Id::EditionNotSold;
        }
        result.setMessage(OrderField::Edition, message);
    }

    if (const auto message = instanceNameProblem(order.instanceName))
        result.setMessage(OrderField::InstanceName, *message);

    if (order.region.isEmpty()) {
        result.setMessage(OrderField::Region, problem(Id::RegionMissing));
    } else if (!m_catalog.region(order.region)) {
        ValidationMessage message = quoting(Id::RegionUnknown, order.region);
        message.choices = untranslated({m_catalog.regions().value(0).id});
        result.setMessage(OrderField::Region, message);
    }

    // The bucket: the service's default one, or the user's own, never both.
    if (order.defaultBucket) {
        if (!order.customBucket.isEmpty())
            result.setMessage(OrderField::CustomBucket, problem(Id::BucketWithDefault));
    } else if (order.customBucket.isEmpty()) {
        result.setMessage(OrderField::CustomBucket, problem(Id::BucketMissing));
    } else if (const auto message = bucketNameProblem(order.customBucket)) {
        result.setMessage(OrderField::CustomBucket, *message);
    }

    if (!m_catalog.scanner(order.imageScanner)) {
        QStringList ids;
        for (const ScannerInfo& scanner : m_catalog.scanners())
            ids.append(scanner.id);
        ValidationMessage message = order.imageScanner.isEmpty() ? problem(Id::ScannerMissing)
                                                                 : quoting(Id::ScannerUnknown, order.imageScanner);
        message.choices = untranslated(ids);
        result.setMessage(OrderField::ImageScanner, message);
    }

    // Quotas: within min..max and on a step.
    if (const auto message = quotaProblem(m_catalog.namespaceQuota(), order.extraNamespaces, Id::NamespacesOffStep,
                                          Id::NamespacesOutOfRange))
        result.setMessage(OrderField::ExtraNamespaces, *message);
    if (const auto message = quotaProblem(m_catalog.repositoryQuota(), order.extraRepositories, Id::RepositoriesOffStep,
                                          Id::RepositoriesOutOfRange))
        result.setMessage(OrderField::ExtraRepositories, *message);
    if (const auto message
        = quotaProblem(m_catalog.vpcQuota(), order.vpcQuota, Id::VpcQuotaOffStep, Id::VpcQuotaOutOfRange))
        result.setMessage(OrderField::VpcQuota, *message);

    if (!m_catalog.periods().contains(order.periodMonths)) {
        ValidationMessage message = problem(Id::PeriodNotOffered, {order.periodMonths});
        message.months = m_catalog.periods();
        result.setMessage(OrderField::Period, message);
    }

    // Renewal: a period with automatic renewal, none with manual renewal.
    if (order.autoRenewal) {
        if (order.renewPeriodMonths == 0 || !m_catalog.renewPeriods().contains(order.renewPeriodMonths)) {
            ValidationMessage message = order.renewPeriodMonths == 0
                ? problem(Id::RenewPeriodMissing)
                : problem(Id::RenewPeriodNotOffered, {order.renewPeriodMonths});
            message.months = m_catalog.renewPeriods();
            result.setMessage(OrderField::RenewPeriod, message);
        }
    } else if (order.renewPeriodMonths != 0) {
        result.setMessage(OrderField::RenewPeriod,
                          problem(Id::RenewPeriodWithManualRenewal, {order.renewPeriodMonths}));
    }

    return result;
}

std::optional<ValidationMessage> Validator::instanceNameProblem(const QString& name)
{
    using Id = ValidationMessage::Id;
    // One message, for the first rule broken: characters, then length, then the hyphens.
    if (name.isEmpty())
        return problem(Id::InstanceNameMissing, {kInstanceNameMin, kInstanceNameMax});
    if (const QString bad = firstBadCharacter(name); !bad.isEmpty())
        return quoting(Id::InstanceNameCharacter, bad);
    if (name.size() < kInstanceNameMin || name.size() > kInstanceNameMax)
        return problem(Id::InstanceNameLength, {kInstanceNameMin, kInstanceNameMax, int(name.size())});
    if (name.startsWith(u'-') || name.endsWith(u'-'))
        return problem(Id::InstanceNameHyphen);
    return std::nullopt;
}

std::optional<ValidationMessage> Validator::bucketNameProblem(const QString& name)
{
    using Id = ValidationMessage::Id;
    if (name.isEmpty())
        return problem(Id::BucketNameMissing, {kBucketNameMin, kBucketNameMax});
    if (const QString bad = firstBadCharacter(name); !bad.isEmpty())
        return quoting(Id::BucketNameCharacter, bad);
    if (name.size() < kBucketNameMin || name.size() > kBucketNameMax)
        return problem(Id::BucketNameLength, {kBucketNameMin, kBucketNameMax, int(name.size())});
    if (!isLowerAlnum(name.front()) || !isLowerAlnum(name.back()))
        return problem(Id::BucketNameEnds);
    return std::nullopt;
}

QString Validator::checkInstanceName(const QString& name) const
{
    const auto message = instanceNameProblem(name);
    return message ? message->text() : QString();
}

QString Validator::checkBucketName(const QString& name) const
{
    const auto message = bucketNameProblem(name);
    return message ? message->text() : QString();
}

} // namespace acrp
