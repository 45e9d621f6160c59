#include "ui/pages/QuotaPage.h"

#include <QFormLayout>
#include <QSpinBox>
#include <algorithm>

namespace acrp::ui {

namespace {
constexpr auto kNormalMinimum = "acrpNormalMinimum";
constexpr auto kNormalMaximum = "acrpNormalMaximum";
} // namespace

QuotaPage::QuotaPage(OrderDraft* draft, QWidget* parent)
    : OrderPage(draft, parent)
{
    const Catalog& catalog = draft->catalog();
    auto* form = new QFormLayout(this);
    // Label texts are set by retranslate().
    m_namespaces = addQuota(form, OrderField::ExtraNamespaces, QString(), QStringLiteral("namespacesSpin"),
                            catalog.namespaceQuota(), &OrderSpec::extraNamespaces);
    m_repositories = addQuota(form, OrderField::ExtraRepositories, QString(), QStringLiteral("repositoriesSpin"),
                              catalog.repositoryQuota(), &OrderSpec::extraRepositories);
    m_vpc = addQuota(form, OrderField::VpcQuota, QString(), QStringLiteral("vpcSpin"), catalog.vpcQuota(),
                     &OrderSpec::vpcQuota);
    retranslate();
    refresh();
}

QSpinBox* QuotaPage::addQuota(QFormLayout* form, OrderField field, const QString& label, const QString& objectName,
                              QuotaRule rule, int OrderSpec::*member)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    // The range is wider than the rule so an off-limit value typed by the user is shown with the
    // validator's message instead of being silently clamped.
    spin->setRange(rule.min, rule.max + rule.step);
    spin->setProperty(kNormalMinimum, spin->minimum());
    spin->setProperty(kNormalMaximum, spin->maximum());
    spin->setSingleStep(rule.step);
    // No group separators: with keyboard tracking QSpinBox inserts them while the user types and the
    // cursor lands before the last digit, so typing 1001000 gives 1000001.
    spin->setGroupSeparatorShown(false);
    spin->setKeyboardTracking(true);
    addFieldRow(form, field, label, spin);
    connect(spin, &QSpinBox::valueChanged, this,
            [this, field, member](int value) { userEdit(field, [&](OrderSpec& order) { order.*member = value; }); });
    return spin;
}

void QuotaPage::retranslate()
{
    setTitle(tr("Quotas"));
    setSubTitle(tr("Capacity bought on top of what the edition includes. Leave 0 to buy none."));
    // Alt+N belongs to the wizard's Next button.
    setFieldLabel(OrderField::ExtraNamespaces, tr("Extra na&mespaces:"));
    setFieldLabel(OrderField::ExtraRepositories, tr("Extra &repositories:"));
    setFieldLabel(OrderField::VpcQuota, tr("&VPC access-control quota:"));
}

namespace {

// Shows a loaded value even outside the spin box's usual range (a hand-edited template): clamping it
// would show a number the order does not hold, next to a message quoting the real one. The range
// returns to normal once the value is back inside it.
void showValue(QSpinBox* spin, int value)
{
    const int low = spin->property(kNormalMinimum).toInt();
    const int high = spin->property(kNormalMaximum).toInt();
    spin->setRange(std::min(low, value), std::max(high, value));
    spin->setValue(value);
}

} // namespace

void QuotaPage::syncFromDraft()
{
    const OrderSpec& order = draft()->order();
    showValue(m_namespaces, order.extraNamespaces);
    showValue(m_repositories, order.extraRepositories);
    showValue(m_vpc, order.vpcQuota);
}

} // namespace acrp::ui
