#pragma once

#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace acrp {

// The outcome of validating an order: a message for every field that is wrong, none for the ones
// that are fine. Messages are translated sentences that name the rule and what is allowed.
class ValidationResult
{
public:
    bool isValid() const { return m_messages.isEmpty(); }
    bool isValid(OrderField field) const { return !m_messages.contains(field); }
    QString message(OrderField field) const { return m_messages.value(field); }
    // The wrong fields in the wizard's order (allOrderFields()).
    QList<OrderField> invalidFields() const;
    const QMap<OrderField, QString>& messages() const { return m_messages; }
    void setMessage(OrderField field, const QString& message) { m_messages.insert(field, message); }

private:
    QMap<OrderField, QString> m_messages;
};

// The one set of order rules, used by the wizard (on every keystroke), the CLI, the order-file
// loader and the sandbox. Cheap: no allocation beyond the messages it returns.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Validator)

public:
    explicit Validator(const Catalog& catalog = Catalog::builtIn());

    ValidationResult validate(const OrderSpec& order) const;

    // Single-field rules usable before a whole order exists (e.g. pasted text). Empty when fine.
    QString checkInstanceName(const QString& name) const;
    QString checkBucketName(const QString& name) const;

private:
    const Catalog& m_catalog;
};

} // namespace acrp
