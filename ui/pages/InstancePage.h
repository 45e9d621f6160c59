#pragma once

#include "ui/OrderPage.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace acrp::ui {

// Edition (only those sold on the order's site), instance name and region (searchable).
class InstancePage : public OrderPage
{
    Q_OBJECT

public:
    explicit InstancePage(OrderDraft* draft, QWidget* parent = nullptr);

protected:
    void syncFromDraft() override;
    void retranslate() override;

private:
    void fillEditions();
    void selectEdition();
    void fillRegions();
    void selectRegion(const QString& region);
    void applyRegionFilter(const QString& text, bool pick);
    void pickRegion(QListWidgetItem* item);

    QComboBox* m_edition;
    QLabel* m_editionDescription;
    QLineEdit* m_name;
    QLineEdit* m_regionFilter;
    QListWidget* m_regions;
    // While typing in the filter picks regions tentatively: the region to go back to when nothing
    // matches (unset when there is no tentative pick).
    std::optional<QString> m_regionBeforeFilter;
    bool m_filterPicking = false;
};

} // namespace acrp::ui
