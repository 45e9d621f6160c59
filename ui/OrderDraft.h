#pragma once

#include "core/api/Endpoint.h"
#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"
#include "core/order/Validator.h"

#include <QObject>

namespace acrp::ui {

// The one order model every wizard page edits (pages never read each other's widgets). Holds the
// OrderSpec and its validation, recomputed on every change.
class OrderDraft : public QObject
{
    Q_OBJECT

public:
    explicit OrderDraft(const Catalog& catalog = Catalog::builtIn(), QObject* parent = nullptr);

    const Catalog& catalog() const { return m_catalog; }
    const OrderSpec& order() const { return m_order; }
    const ValidationResult& validation() const { return m_validation; }

    // Replaces the whole order (e.g. from a template); emits changed() once and loaded(), so pages
    // show every message of the loaded order at once.
    void load(const OrderSpec& order);
    // A new, untouched order: emits changed() and startedOver(), so pages show no message until the
    // user works on a field again.
    void startOver(const OrderSpec& order);
    // Replaces the whole order as an edit; emits changed() when something changed.
    void setOrder(const OrderSpec& order);
    // Applies one edit; emits changed() when something changed.
    template<typename Edit> void edit(Edit&& apply)
    {
        OrderSpec next = m_order;
        apply(next);
        setOrder(next);
    }

    // Who pays and where the request goes (the Account page). The profile's site is the order's site.
    QString profileName() const { return m_profileName; }
    Endpoint endpoint() const { return m_endpoint; }
    void setAccount(const QString& profileName, const Endpoint& endpoint);

    // "Order again": this order buys another instance like an earlier one (the Review page says so
    // and asks for the confirmation on any endpoint).
    bool isAnotherInstance() const { return m_anotherInstance; }
    void setAnotherInstance(bool another) { m_anotherInstance = another; }

signals:
    void changed();
    void loaded();
    void startedOver();
    void accountChanged();

private:
    const Catalog& m_catalog;
    Validator m_validator;
    OrderSpec m_order;
    ValidationResult m_validation;
    QString m_profileName;
    Endpoint m_endpoint;
    bool m_anotherInstance = false;
};

} // namespace acrp::ui
