#include "core/order/RenewalSpec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::RenewalSpec)
};

constexpr qsizetype kMaxInstanceIdLength = 64;

} // namespace

const QList<int>& RenewalSpec::renewalPeriods()
{
    static const QList<int> periods = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36};
    return periods;
}

QByteArray RenewalSpec::toJournalJson() const
{
    const QJsonObject renewal {
        {QStringLiteral("site"), siteId(site)},         {QStringLiteral("instanceId"), instanceId},
        {QStringLiteral("periodMonths"), periodMonths}, {QStringLiteral("region"), region},
        {QStringLiteral("edition"), edition},           {QStringLiteral("instanceName"), instanceName},
    };
    const QJsonObject document {{QStringLiteral("kind"), QStringLiteral("renew")},
                                {QStringLiteral("renewal"), renewal}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

std::optional<RenewalSpec> RenewalSpec::fromJournalJson(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<RenewalSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(Text::tr("The renewal is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    if (object.value(u"kind").toString() != u"renew" || !object.value(u"renewal").isObject())
        return fail(Text::tr("The document is not a renewal."));
    const QJsonObject renewal = object.value(u"renewal").toObject();
    RenewalSpec spec;
    if (!siteFromId(renewal.value(u"site").toString(), &spec.site))
        return fail(Text::tr("The renewal names no site."));
    spec.instanceId = renewal.value(u"instanceId").toString();
    if (spec.instanceId.isEmpty())
        return fail(Text::tr("The renewal names no instance."));
    const QJsonValue period = renewal.value(u"periodMonths");
    if (!period.isDouble())
        return fail(Text::tr("The renewal has no period."));
    spec.periodMonths = period.toInt();
    spec.region = renewal.value(u"region").toString();
    spec.edition = renewal.value(u"edition").toString();
    spec.instanceName = renewal.value(u"instanceName").toString();
    return spec;
}

QStringList RenewalValidation::messages() const
{
    QStringList texts;
    if (instanceId)
        texts.append(instanceId->text());
    if (period)
        texts.append(period->text());
    return texts;
}

RenewalValidation validateRenewal(const RenewalSpec& renewal)
{
    using Id = ValidationMessage::Id;
    RenewalValidation result;
    static const QRegularExpression shape(QStringLiteral("^cri-[a-z0-9]+$"));
    if (renewal.instanceId.isEmpty()) {
        ValidationMessage message;
        message.id = Id::RenewInstanceIdMissing;
        result.instanceId = message;
    } else if (renewal.instanceId.size() > kMaxInstanceIdLength || !shape.match(renewal.instanceId).hasMatch()) {
        ValidationMessage message;
        message.id = Id::RenewInstanceIdFormat;
        message.value = renewal.instanceId;
        result.instanceId = message;
    }
    if (!RenewalSpec::renewalPeriods().contains(renewal.periodMonths)) {
        ValidationMessage message;
        message.id = Id::RenewalPeriodNotOffered;
        message.numbers = {renewal.periodMonths, 0, 0, 0};
        message.months = RenewalSpec::renewalPeriods();
        result.period = message;
    }
    return result;
}

} // namespace acrp
