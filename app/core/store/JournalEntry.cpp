#include "core/store/JournalEntry.h"

#include <QJsonDocument>

namespace acrp {

namespace {

struct StateName
{
    OrderState state;
    const char16_t* id;
};

constexpr StateName kStateNames[] = {
    {OrderState::Draft, u"Draft"},   {OrderState::Sending, u"Sending"}, {OrderState::Succeeded, u"Succeeded"},
    {OrderState::Failed, u"Failed"}, {OrderState::Unknown, u"Unknown"},
};

} // namespace

QString orderStateId(OrderState state)
{
    for (const auto& name : kStateNames) {
        if (name.state == state)
            return QString::fromUtf16(name.id);
    }
    return {};
}

bool orderStateFromId(const QString& id, OrderState* state)
{
    for (const auto& name : kStateNames) {
        if (id == QStringView(name.id)) {
            *state = name.state;
            return true;
        }
    }
    return false;
}

QString orderKindId(OrderKind kind)
{
    return kind == OrderKind::Renew ? QStringLiteral("renew") : QStringLiteral("new");
}

bool orderKindFromId(const QString& id, OrderKind* kind)
{
    if (id == u"new")
        *kind = OrderKind::New;
    else if (id == u"renew")
        *kind = OrderKind::Renew;
    else
        return false;
    return true;
}

QString orderKindName(OrderKind kind)
{
    return kind == OrderKind::Renew ? JournalEntry::tr("renew") : JournalEntry::tr("new");
}

bool isPendingState(OrderState state)
{
    return state == OrderState::Sending || state == OrderState::Unknown;
}

QString JournalEntry::stateDescription(OrderState state)
{
    switch (state) {
    case OrderState::Draft:
        return tr("not sent yet");
    case OrderState::Sending:
        return tr("being sent (if no program is sending it, run resume)");
    case OrderState::Succeeded:
        return tr("bought");
    case OrderState::Failed:
        return tr("not bought: the service refused it");
    case OrderState::Unknown:
        return tr("outcome unknown: run resume to find out (it cannot buy twice)");
    }
    return {};
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject object {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), orderKindId(kind)},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("site"), siteId(site)},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("clientToken"), clientToken},
        {QStringLiteral("state"), orderStateId(state)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("instanceId"), instanceId},
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("provisioningStatus"), provisioningStatus},
        {QStringLiteral("paymentStatus"), paymentStatus},
        {QStringLiteral("statusCheckedAt"),
         statusCheckedAt.isValid() ? QJsonValue(statusCheckedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
    };
    object.insert(QStringLiteral("lastError"), lastError ? QJsonValue(lastError->toJson()) : QJsonValue());
    const QJsonDocument document = QJsonDocument::fromJson(orderJson);
    object.insert(QStringLiteral("order"), document.isObject() ? QJsonValue(document.object()) : QJsonValue());
    QJsonValue renewalValue;
    if (renewal) {
        renewalValue = QJsonObject {
            {QStringLiteral("site"), siteId(renewal->site)},
            {QStringLiteral("instanceId"), renewal->instanceId},
            {QStringLiteral("periodMonths"), renewal->periodMonths},
            {QStringLiteral("region"), renewal->region},
            {QStringLiteral("edition"), renewal->edition},
            {QStringLiteral("instanceName"), renewal->instanceName},
        };
    }
    object.insert(QStringLiteral("renewal"), renewalValue);
    return object;
}

} // namespace acrp
