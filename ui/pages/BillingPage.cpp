#include "ui/pages/BillingPage.h"

#include "ui/OrderText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

namespace acrp::ui {

BillingPage::BillingPage(OrderDraft* draft, QWidget* parent)
    : OrderPage(draft, parent)
    , m_period(new QComboBox(this))
    , m_autoRenewal(new QCheckBox(this))
    , m_renewPeriod(new QComboBox(this))
{
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_autoRenewal->setObjectName(QStringLiteral("autoRenewalCheck"));
    m_renewPeriod->setObjectName(QStringLiteral("renewPeriodCombo"));

    // Label texts are set by retranslate().
    auto* form = addForm();
    addFieldRow(form, OrderField::Period, QString(), m_period);
    addCheckRow(form, OrderField::RenewalStatus, m_autoRenewal);
    addFieldRow(form, OrderField::RenewPeriod, QString(), m_renewPeriod);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const int months = m_period->currentData().toInt();
        userEdit(OrderField::Period, [&](OrderSpec& order) { order.periodMonths = months; });
    });
    connect(m_autoRenewal, &QCheckBox::toggled, this, [this](bool on) {
        // Manual renewal sends no RenewPeriod; turning auto-renewal off forgets the choice. Turning it on
        // touches the renewal, not its period: the period's message waits until the person chose one
        // or left that field, or pressed Next.
        userEdit(OrderField::RenewalStatus, [&](OrderSpec& order) {
            order.autoRenewal = on;
            if (!on)
                order.renewPeriodMonths = 0;
        });
    });
    connect(m_renewPeriod, &QComboBox::currentIndexChanged, this, [this] {
        const int months = m_renewPeriod->currentData().toInt();
        userEdit(OrderField::RenewPeriod, [&](OrderSpec& order) { order.renewPeriodMonths = months; });
    });
    retranslate();
    refresh();
}

void BillingPage::retranslate()
{
    setTitle(tr("Billing"));
    setSubTitle(tr("How long the subscription runs and whether it renews by itself."));
    setFieldLabel(OrderField::Period, tr("Subscription &period:"));
    m_autoRenewal->setText(tr("Renew &automatically when the period ends"));
    setFieldLabel(OrderField::RenewPeriod, tr("&Renew for:"));
    fillPeriods();
}

void BillingPage::fillPeriods()
{
    const Catalog& catalog = draft()->catalog();
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
        for (int months : catalog.periods())
            m_period->addItem(OrderText::periodText(months), months);
    }
    {
        const QSignalBlocker blocker(m_renewPeriod);
        m_renewPeriod->clear();
        m_renewPeriod->addItem(tr("Choose a renewal period"), 0);
        for (int months : catalog.renewPeriods())
            m_renewPeriod->addItem(OrderText::periodText(months), months);
    }
    selectPeriods();
}

void BillingPage::selectPeriods()
{
    // Only selects: a combo may be the one whose signal caused this sync, so none is rebuilt here.
    const OrderSpec& order = draft()->order();
    const QSignalBlocker periodBlocker(m_period);
    m_period->setCurrentIndex(m_period->findData(order.periodMonths));
    const QSignalBlocker renewBlocker(m_renewPeriod);
    const int index = m_renewPeriod->findData(order.renewPeriodMonths);
    m_renewPeriod->setCurrentIndex(index < 0 ? 0 : index);
    // Also enabled when a loaded order has a renewal period with manual renewal, so the user can reach
    // the field its message is about and clear it.
    m_renewPeriod->setEnabled(order.autoRenewal || order.renewPeriodMonths != 0);
}

void BillingPage::syncFromDraft()
{
    m_autoRenewal->setChecked(draft()->order().autoRenewal);
    selectPeriods();
}

} // namespace acrp::ui
