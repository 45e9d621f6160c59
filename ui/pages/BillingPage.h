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

    // "1 month", "6 months", "1 year", "2 years": whole years are shown as years.
    static QString periodText(int months);

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
