#pragma once

#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

namespace acrp {

// One problem of one field, kept as data: the rule broken and what the sentence quotes. text() words
// it in the UI language of the moment, so a message already on screen can follow a language switch
// without validating again. Nothing here is translated or chosen by locale in advance: lists stay
// lists (joined with the translated ", " / "or" / "and" when shown) and catalog names keep both
// languages.
struct ValidationMessage
{
    // One per English sentence of the Validator; the comment says which arguments it uses.
    enum class Id : quint8 {
        EditionMissing, // choices: the site's editions
        EditionUnknown, // value: the edition given; site; choices: the site's editions
        EditionNotSold, // site; choices: the site's editions
        InstanceNameMissing, // numbers: min, max
        InstanceNameCharacter, // value: the first character not allowed
        InstanceNameLength, // numbers: min, max, length
        InstanceNameHyphen,
        RegionMissing,
        RegionUnknown, // value: the region given; choices: one example id
        BucketWithDefault,
        BucketMissing,
        BucketNameMissing, // numbers: min, max
        BucketNameCharacter, // value: the first character not allowed
        BucketNameLength, // numbers: min, max, length
        BucketNameEnds,
        ScannerMissing, // choices: the scanner ids
        ScannerUnknown, // value: the scanner given; choices: the scanner ids
        NamespacesOffStep, // numbers: step, min, max, value
        NamespacesOutOfRange, // numbers: min, max, value
        RepositoriesOffStep, // numbers: step, min, max, value
        RepositoriesOutOfRange, // numbers: min, max, value
        VpcQuotaOffStep, // numbers: step, min, max, value
        VpcQuotaOutOfRange, // numbers: min, max, value
        PeriodNotOffered, // months; numbers: the period given
        RenewPeriodMissing, // months
        RenewPeriodNotOffered, // months; numbers: the period given
        RenewPeriodWithManualRenewal, // numbers: the period given
        // A renewal (RenewalSpec): the instance and RenewInstance's period.
        RenewInstanceIdMissing,
        RenewInstanceIdFormat, // value: the instance ID given
        RenewalPeriodNotOffered, // months: the renewal periods; numbers: the period given
    };

    Id id = Id::EditionMissing;
    QString value; // what the order holds, quoted back as typed
    std::array<int, 4> numbers {}; // in the order the sentence uses them; a fixed array: no allocation per keystroke
    QList<int> months; // the periods on offer: the catalog's list, shared rather than copied
    LocalizedText site; // the site's name in both languages
    QList<LocalizedText> choices; // what may be chosen; ids that have no translation carry only `en`

    // The sentence in the current UI language (installed translators, and QLocale() for catalog
    // names), under the translation context acrp::Validator.
    QString text() const;

    bool operator==(const ValidationMessage& other) const = default;
};

// The outcome of validating an order: a message for every field that is wrong, none for the ones
// that are fine. Messages are kept as ValidationMessage and worded when asked, in the language of
// that moment.
class ValidationResult
{
public:
    bool isValid() const { return m_messages.isEmpty(); }
    bool isValid(OrderField field) const { return !m_messages.contains(field); }
    // The message for `field` in the current UI language; empty when the field is fine.
    QString message(OrderField field) const;
    // The problem of `field` as data, or nullptr when the field is fine.
    const ValidationMessage* problem(OrderField field) const;
    // The wrong fields in the wizard's order (allOrderFields()).
    QList<OrderField> invalidFields() const;
    const QMap<OrderField, ValidationMessage>& messages() const { return m_messages; }
    void setMessage(OrderField field, const ValidationMessage& message) { m_messages.insert(field, message); }

    bool operator==(const ValidationResult& other) const = default;

private:
    QMap<OrderField, ValidationMessage> m_messages;
};

// The one set of order rules, used by the wizard (on every keystroke), the CLI, the order-file
// loader and the sandbox. Cheap: no allocation beyond the messages it returns, and no wording: a
// message is worded only when shown.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Validator)

public:
    explicit Validator(const Catalog& catalog = Catalog::builtIn());

    ValidationResult validate(const OrderSpec& order) const;

    // Single-field rules usable before a whole order exists (e.g. pasted text). Nothing when fine.
    static std::optional<ValidationMessage> instanceNameProblem(const QString& name);
    static std::optional<ValidationMessage> bucketNameProblem(const QString& name);
    // The same, worded in the current UI language; empty when fine.
    QString checkInstanceName(const QString& name) const;
    QString checkBucketName(const QString& name) const;

private:
    const Catalog& m_catalog;
};

} // namespace acrp
