#include "sandbox/SandboxInstances.h"

#include "core/order/Validator.h"
#include "sandbox/PriceTable.h"
#include "sandbox/RequestAuthenticator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::SandboxInstances)
};

const QStringList kSeedKeys {
    u"accessKeyId"_s,         u"instanceId"_s,    u"name"_s,       u"edition"_s,     u"region"_s,
    u"createTime"_s,          u"endTime"_s,       u"endsInDays"_s, u"renewStatus"_s, u"renewalDuration"_s,
    u"renewalDurationUnit"_s, u"instanceIssue"_s, u"order"_s};

// Reads one seed object; *error names the key, the caller adds which entry.
bool parseSeed(const QJsonObject& object, const QList<SandboxAccount>& accounts, const Catalog& catalog,
               const QDateTime& now, SandboxSeed* seed, QString* error)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!kSeedKeys.contains(it.key())) {
            *error = Text::tr("“%1” is not a field of an instance; the fields are %2.")
                         .arg(it.key(), kSeedKeys.join(u", "_s));
            return false;
        }
    }
    const auto text = [&](const QString& key, bool required, QString* target) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return true;
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            *error = required && value.isUndefined() ? Text::tr("“%1” is missing.").arg(key)
                                                     : Text::tr("“%1” must be a non-empty string.").arg(key);
            return false;
        }
        *target = value.toString().trimmed();
        return true;
    };

    SandboxInstance& instance = seed->instance;
    instance.seeded = true;
    if (!text(u"accessKeyId"_s, true, &instance.accessKeyId))
        return false;
    const auto account = std::find_if(accounts.cbegin(), accounts.cend(), [&](const SandboxAccount& candidate) {
        return candidate.accessKeyId == instance.accessKeyId;
    });
    if (account == accounts.cend()) {
        *error
            = Text::tr("“accessKeyId”: the sandbox has no account with the AccessKey ID %1.").arg(instance.accessKeyId);
        return false;
    }
    instance.spec.site = account->site;
    if (!text(u"instanceId"_s, false, &instance.instanceId))
        return false;
    static const QRegularExpression instanceIdPattern(u"^cri-[a-z0-9]{4,36}$"_s);
    if (object.contains(u"instanceId"_s) && !instanceIdPattern.match(instance.instanceId).hasMatch()) {
        *error = Text::tr("“instanceId” is “cri-” and 4 to 36 lowercase letters and digits, not “%1”.")
                     .arg(instance.instanceId);
        return false;
    }
    if (!text(u"name"_s, true, &instance.spec.instanceName) || !text(u"edition"_s, true, &instance.spec.edition)
        || !text(u"region"_s, true, &instance.spec.region))
        return false;
    // The order rules: the name, an edition sold on the account's site, a region.
    const ValidationResult checked = Validator(catalog).validate(instance.spec);
    for (const auto& [field, key] :
         {std::pair {OrderField::InstanceName, u"name"_s}, std::pair {OrderField::Edition, u"edition"_s},
          std::pair {OrderField::Region, u"region"_s}}) {
        if (!checked.isValid(field)) {
            *error = u"“%1”: %2"_s.arg(key, checked.message(field));
            return false;
        }
    }

    const auto time = [&](const QString& key, QDateTime* target) {
        QString value;
        if (!text(key, false, &value))
            return false;
        if (value.isEmpty())
            return true;
        *target = RequestAuthenticator::parseTimestamp(value);
        if (!target->isValid()) {
            *error = Text::tr("“%1” is a UTC time written yyyy-MM-ddTHH:mm:ssZ, not “%2”.").arg(key, value);
            return false;
        }
        return true;
    };
    if (!time(u"endTime"_s, &instance.endTime) || !time(u"createTime"_s, &instance.created))
        return false;
    const QJsonValue endsInDays = object.value(u"endsInDays"_s);
    if (object.contains(u"endTime"_s) == object.contains(u"endsInDays"_s)) {
        *error = Text::tr("Give either “endTime” or “endsInDays”, not both and not neither.");
        return false;
    }
    if (!endsInDays.isUndefined()) {
        const double days = endsInDays.toDouble(std::nan(""));
        if (!endsInDays.isDouble() || std::abs(days) > 36500) {
            *error = Text::tr("“endsInDays” is a number of days from -36500 to 36500.");
            return false;
        }
        instance.endTime = now.addMSecs(qint64(std::llround(days * 24 * 3600 * 1000)));
    }
    if (!instance.created.isValid())
        instance.created = instance.endTime.addYears(-1);
    if (instance.created >= instance.endTime) {
        *error = Text::tr("“createTime” must be before the end time.");
        return false;
    }

    if (!text(u"renewStatus"_s, false, &instance.renewStatus))
        return false;
    static const QStringList statuses {u"AutoRenewal"_s, u"ManualRenewal"_s, u"NotRenewal"_s};
    if (!statuses.contains(instance.renewStatus)) {
        *error = Text::tr("“renewStatus” is AutoRenewal, ManualRenewal or NotRenewal, not “%1”.")
                     .arg(instance.renewStatus);
        return false;
    }
    const bool automatic = instance.renewStatus == u"AutoRenewal"_s;
    instance.renewalDuration = automatic ? 1 : 0;
    if (object.contains(u"renewalDuration"_s)) {
        const QJsonValue value = object.value(u"renewalDuration"_s);
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < 1 || number > 36) {
            *error = Text::tr("“renewalDuration” is a whole number from 1 to 36.");
            return false;
        }
        instance.renewalDuration = int(number);
    }
    if (!text(u"renewalDurationUnit"_s, false, &instance.renewalDurationUnit))
        return false;
    if (instance.renewalDurationUnit != u"M"_s && instance.renewalDurationUnit != u"Y"_s) {
        *error
            = Text::tr("“renewalDurationUnit” is M (months) or Y (years), not “%1”.").arg(instance.renewalDurationUnit);
        return false;
    }
    if (!text(u"instanceIssue"_s, false, &instance.instanceIssue))
        return false;
    static const QRegularExpression printable(u"^[\\x20-\\x7E]{1,128}$"_s);
    if (!instance.instanceIssue.isEmpty() && !printable.match(instance.instanceIssue).hasMatch()) {
        *error = Text::tr("“instanceIssue” is at most 128 printable ASCII characters.");
        return false;
    }

    if (object.contains(u"order"_s)) {
        const QJsonValue orderValue = object.value(u"order"_s);
        const QJsonObject order = orderValue.toObject();
        for (auto it = order.constBegin(); it != order.constEnd(); ++it) {
            if (it.key() != u"amount"_s && it.key() != u"orderId"_s) {
                *error = Text::tr("“order.%1” is not a field of an order; the fields are amount and orderId.")
                             .arg(it.key());
                return false;
            }
        }
        const std::optional<qint64> amount = PriceTable::parseMoney(order.value(u"amount"_s).toString());
        if (!orderValue.isObject() || !amount) {
            *error = Text::tr("“order” is an object with “amount”, such as {“amount”: “8000.00”}; the amount has "
                              "digits and at most two decimals.");
            return false;
        }
        seed->withOrder = true;
        seed->amountCents = *amount;
        static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
        if (order.contains(u"orderId"_s)) {
            seed->orderId = order.value(u"orderId"_s).toString();
            if (!digits.match(seed->orderId).hasMatch()) {
                *error = Text::tr("“order.orderId” is 1 to 20 digits.");
                return false;
            }
        }
    }
    instance.spec.periodMonths = 0; // a seeded instance's time is createTime to endTime
    return true;
}

} // namespace

Lifecycle lifecycleOf(const SandboxInstance& instance, const QDateTime& now, int provisioningSeconds)
{
    if (now >= instance.endTime.addSecs(kReleaseAfterSeconds))
        return Lifecycle::Released;
    if (now >= instance.endTime)
        return Lifecycle::Expired;
    if (!instance.seeded && now < instance.created.addSecs(provisioningSeconds))
        return Lifecycle::Creating;
    return Lifecycle::Normal;
}

bool parseSeeds(const QJsonValue& json, const QList<SandboxAccount>& accounts, const Catalog& catalog,
                const QDateTime& now, QList<SandboxSeed>* seeds, QString* error)
{
    if (!json.isArray()) {
        *error = Text::tr("The instances must be a JSON array of objects, such as [{“accessKeyId”: …, “name”: …}].");
        return false;
    }
    const QJsonArray array = json.toArray();
    QList<SandboxSeed> parsed;
    for (qsizetype i = 0; i < array.size(); ++i) {
        SandboxSeed seed;
        QString why;
        if (!array.at(i).isObject()) {
            *error = Text::tr("Instance %1 is not a JSON object.").arg(i + 1);
            return false;
        }
        if (!parseSeed(array.at(i).toObject(), accounts, catalog, now, &seed, &why)) {
            *error = Text::tr("Instance %1: %2").arg(i + 1).arg(why);
            return false;
        }
        parsed.append(seed);
    }
    *seeds = parsed;
    return true;
}

} // namespace acrp::sandbox
