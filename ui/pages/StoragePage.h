#pragma once

#include "ui/OrderPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace acrp::ui {

// The OSS bucket (the default one or a custom bucket) and the image scanner.
class StoragePage : public OrderPage
{
    Q_OBJECT

public:
    explicit StoragePage(OrderDraft* draft, QWidget* parent = nullptr);

protected:
    void syncFromDraft() override;
    void retranslate() override;

private:
    void fillScanners();
    void selectScanner();

    QCheckBox* m_defaultBucket;
    QLineEdit* m_customBucket;
    QComboBox* m_scanner;
};

} // namespace acrp::ui
