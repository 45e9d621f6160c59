#pragma once

#include "ui/OrderPage.h"

class QCheckBox;
class QComboBox;

namespace acrp::ui {

// Subscription period, auto-renewal and the renewal period.
class BillingPage : public OrderPage
{
    Q_OBJECT

public:
    explicit BillingPage(OrderDraft* draft, QWidget* parent = nullptr);

protected:
    void syncFromDraft() override;
    void retranslate() override;

private:
    void fillPeriods();
    void selectPeriods();

    QComboBox* m_period;
    QCheckBox* m_autoRenewal;
    QComboBox* m_renewPeriod;
};

} // namespace acrp::ui
