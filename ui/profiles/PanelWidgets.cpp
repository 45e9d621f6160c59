#include "ui/profiles/PanelWidgets.h"

#include "core/order/OrderSpec.h"
#include "core/store/CredentialCheck.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace acrp::ui {

QPushButton* panelButton(const char* objectName, QWidget* parent)
{
    auto* button = namedWidget<QPushButton>(objectName, parent);
    button->setAutoDefault(false);
    return button;
}

QLabel* wrappingLabel(const char* objectName, QWidget* parent)
{
    auto* label = namedWidget<QLabel>(objectName, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* selectableLabel(const char* objectName, QWidget* parent)
{
    QLabel* label = wrappingLabel(objectName, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void layOutTextRow(QWidget* row, QLabel* text, std::initializer_list<QWidget*> actions)
{
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    for (QWidget* action : actions)
        layout->addWidget(action);
}

void fillSiteCombo(QComboBox* combo)
{
    const int current = combo->currentIndex();
    combo->clear();
    for (const Site site : {Site::China, Site::International})
        combo->addItem(CredentialCheck::siteName(site), siteId(site));
    combo->setCurrentIndex(qMax(current, 0));
}

} // namespace acrp::ui
