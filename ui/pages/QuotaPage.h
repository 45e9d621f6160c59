#pragma once

#include "ui/OrderPage.h"

class QSpinBox;

namespace acrp::ui {

// Extra namespaces, extra repositories and the VPC access-control quota, with the catalog's steps
// and limits: the arrows step from valid value to valid value, digits are grouped, and the boxes make
// one column as wide as the largest number.
class QuotaPage : public OrderPage
{
    Q_OBJECT

public:
    explicit QuotaPage(OrderDraft* draft, QWidget* parent = nullptr);

protected:
    void syncFromDraft() override;
    void retranslate() override;

private:
    QSpinBox* addQuota(QFormLayout* form, OrderField field, const QString& objectName, QuotaRule rule, int widest,
                       int OrderSpec::*member);

    QSpinBox* m_namespaces;
    QSpinBox* m_repositories;
    QSpinBox* m_vpc;
};

} // namespace acrp::ui
