#include "ui/profiles/ProfileListPanel.h"

#include "core/store/Profiles.h"
#include "ui/profiles/PanelWidgets.h"
#include "ui/profiles/ProfilesText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrp::ui {

ProfileListPanel::ProfileListPanel(QWidget* parent)
    : QWidget(parent)
    , m_listLabel(new QLabel(this))
    , m_list(namedWidget<QListWidget>("profileList", this))
    , m_addButton(panelButton("addButton", this))
    , m_removeButton(panelButton("removeButton", this))
    , m_importAliyunButton(panelButton("importAliyunButton", this))
    , m_importEnvButton(panelButton("importEnvButton", this))
{
    m_listLabel->setBuddy(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    layout->addLayout(listButtons);
    layout->addWidget(m_importAliyunButton);
    layout->addWidget(m_importEnvButton);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileListPanel::onCurrentRowChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileListPanel::addRequested);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileListPanel::removeRequested);
    connect(m_importAliyunButton, &QPushButton::clicked, this, &ProfileListPanel::importAliyunRequested);
    connect(m_importEnvButton, &QPushButton::clicked, this, &ProfileListPanel::importEnvironmentRequested);
    retranslate();
}

QList<QWidget*> ProfileListPanel::focusOrder() const
{
    return {m_list, m_addButton, m_removeButton, m_importAliyunButton, m_importEnvButton};
}

void ProfileListPanel::retranslate()
{
    m_listLabel->setText(ProfilesText::tr("&Profiles:"));
    // A list's name for a screen reader: Qt does not take it from the buddy label.
    m_list->setAccessibleName(ProfilesText::tr("Profiles"));
    m_addButton->setText(ProfilesText::tr("&Add"));
    m_removeButton->setText(ProfilesText::tr("&Remove"));
    m_importAliyunButton->setText(ProfilesText::tr("Import from a&liyun CLI"));
    m_importEnvButton->setText(ProfilesText::tr("Import from en&vironment"));
}

void ProfileListPanel::fill(const QList<Profile>& profiles, const QString& select, bool load)
{
    m_filling = true;
    m_list->clear();
    int row = load ? 0 : -1;
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile& profile = profiles.at(i);
        auto* item
            = new QListWidgetItem(profile.builtIn ? ProfilesText::tr("%1 (built-in)").arg(profile.name) : profile.name);
        item->setData(Qt::UserRole, profile.name);
        m_list->addItem(item);
        if (profile.name == select)
            row = i;
    }
    if (!load) {
        // Only the list changes; the form (maybe half-typed) stays as it is.
        m_list->setCurrentRow(row);
        m_filling = false;
        return;
    }
    m_filling = false;
    m_list->setCurrentRow(row); // reports the profile through currentRowChanged
}

void ProfileListPanel::selectProfile(const QString& name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void ProfileListPanel::clearSelection()
{
    m_filling = true;
    m_list->setCurrentRow(-1);
    m_filling = false;
}

void ProfileListPanel::onCurrentRowChanged()
{
    if (m_filling)
        return;
    if (const QListWidgetItem* item = m_list->currentItem())
        Q_EMIT profileSelected(item->data(Qt::UserRole).toString());
}

void ProfileListPanel::updateButtons(bool busy, bool canRemove)
{
    m_addButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && canRemove);
    m_importAliyunButton->setEnabled(!busy);
    m_importEnvButton->setEnabled(!busy);
}

void ProfileListPanel::focusList()
{
    m_list->setFocus();
}

void ProfileListPanel::focusRemoveButton()
{
    m_removeButton->setFocus();
}

} // namespace acrp::ui
