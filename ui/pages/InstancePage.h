#pragma once

#include "ui/OrderPage.h"

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
    void applyRegionFilter(const QString& text);
    // Empties the filter and shows the chosen region: a new or loaded order starts with the whole list.
    void clearRegionFilter();
    void pickRegion(QListWidgetItem* item);
    // Enter or an arrow key in the region filter; true when the key was used up here.
    bool filterKey(int key);
    bool eventFilter(QObject* watched, QEvent* event) override;

    QComboBox* m_edition;
    QLabel* m_editionDescription;
    QLineEdit* m_name;
    QLineEdit* m_regionFilter;
    QListWidget* m_regions;
};

} // namespace acrp::ui
