#include "ui/OrderDraft.h"

namespace acrp::ui {

OrderDraft::OrderDraft(const Catalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_validator(catalog)
{
    m_validation = m_validator.validate(m_order);
}

void OrderDraft::setOrder(const OrderSpec& order)
{
    if (order == m_order)
        return;
    m_order = order;
    m_validation = m_validator.validate(m_order);
    emit changed();
}

void OrderDraft::setAccount(const QString& profileName, const Endpoint& endpoint)
{
    if (profileName == m_profileName && endpoint == m_endpoint)
        return;
    m_profileName = profileName;
    m_endpoint = endpoint;
    emit accountChanged();
}

void OrderDraft::startOver(const OrderSpec& order)
{
    setOrder(order);
    emit startedOver();
}

void OrderDraft::load(const OrderSpec& order)
{
    setOrder(order);
    emit loaded();
}

} // namespace acrp::ui
