#pragma once

#include "ui/OrderPage.h"

class QSpinBox;

namespace acrp::ui {

// Extra namespaces, extra repositories and the VPC access-control quota, with the catalog's steps
// and limits.
class QuotaPage : public OrderPage
{
    Q_OBJECT

public:
    explicit QuotaPage(OrderDraft* draft, QWidget* parent = nullptr);

protected:
    void syncFromDraft() override;
    void retranslate() override;

private:
    QSpinBox* addQuota(QFormLayout* form, OrderField field, const QString& label, const QString& objectName,
                       QuotaRule rule, int OrderSpec::*member);

    QSpinBox* m_namespaces;
    QSpinBox* m_repositories;
    QSpinBox* m_vpc;
};

} // namespace acrp::ui
