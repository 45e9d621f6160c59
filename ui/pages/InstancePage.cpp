#include "ui/pages/InstancePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace acrp::ui {

InstancePage::InstancePage(OrderDraft* draft, QWidget* parent)
    : OrderPage(draft, parent)
    , m_edition(new QComboBox(this))
    , m_editionDescription(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_regionFilter(new QLineEdit(this))
    , m_regions(new QListWidget(this))
{
    m_edition->setObjectName(QStringLiteral("editionCombo"));
    m_editionDescription->setObjectName(QStringLiteral("editionDescription"));
    m_editionDescription->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("instanceNameEdit"));
    m_name->setMaxLength(64);
    m_regionFilter->setObjectName(QStringLiteral("regionFilterEdit"));
    m_regionFilter->setClearButtonEnabled(true);
    m_regions->setObjectName(QStringLiteral("regionList"));
    m_regions->setMinimumHeight(160);

    auto* editionBox = new QWidget(this);
    auto* editionLayout = new QVBoxLayout(editionBox);
    editionLayout->setContentsMargins(0, 0, 0, 0);
    editionLayout->addWidget(m_edition);
    editionLayout->addWidget(m_editionDescription);

    auto* regionBox = new QWidget(this);
    auto* regionLayout = new QVBoxLayout(regionBox);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    regionLayout->addWidget(m_regionFilter);
    regionLayout->addWidget(m_regions);

    // Label texts are set by retranslate().
    auto* form = new QFormLayout(this);
    addFieldRow(form, OrderField::Edition, QString(), m_edition, editionBox);
    addFieldRow(form, OrderField::InstanceName, QString(), m_name);
    addFieldRow(form, OrderField::Region, QString(), m_regionFilter, regionBox);
    setTabOrder(m_edition, m_name);
    setTabOrder(m_name, m_regionFilter);
    setTabOrder(m_regionFilter, m_regions);

    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] {
        const QString edition = m_edition->currentData().toString();
        userEdit(OrderField::Edition, [&](OrderSpec& order) { order.edition = edition; });
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        userEdit(OrderField::InstanceName, [&](OrderSpec& order) { order.instanceName = text; });
    });
    connect(m_regionFilter, &QLineEdit::textChanged, this,
            [this](const QString& text) { applyRegionFilter(text, !isSyncing()); });
    // Enter or leaving the filter confirms the region it picked.
    connect(m_regionFilter, &QLineEdit::editingFinished, this, [this] { m_regionBeforeFilter.reset(); });
    connect(m_regions, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!m_filterPicking)
            m_regionBeforeFilter.reset(); // chosen in the list itself: a firm choice
        const QString region = item ? item->data(Qt::UserRole).toString() : QString();
        userEdit(OrderField::Region, [&](OrderSpec& order) { order.region = region; });
    });
    retranslate();
    refresh();
}

void InstancePage::retranslate()
{
    setTitle(tr("Instance"));
    setSubTitle(tr("Choose the edition, a name and the region of the registry instance."));
    // Alt+N and Alt+B belong to the wizard's Next and Back buttons.
    setFieldLabel(OrderField::Edition, tr("&Edition:"));
    setFieldLabel(OrderField::InstanceName, tr("&Instance name:"));
    setFieldLabel(OrderField::Region, tr("&Region:"));
    m_name->setPlaceholderText(tr("e.g. team-registry"));
    m_regionFilter->setPlaceholderText(tr("Type to filter regions by name or id"));
    m_regions->setAccessibleName(tr("Regions"));
    fillEditions();
    fillRegions();
}

void InstancePage::fillEditions()
{
    {
        const QSignalBlocker blocker(m_edition);
        const Catalog& catalog = draft()->catalog();
        m_edition->clear();
        for (const QString& id : catalog.site(draft()->order().site).editions) {
            const EditionInfo* info = catalog.edition(id);
            m_edition->addItem(info ? info->name.forLocale(QLocale().name()) : id, id);
        }
    }
    selectEdition();
}

void InstancePage::selectEdition()
{
    const QString edition = draft()->order().edition;
    const int index = m_edition->findData(edition);
    if (m_edition->currentIndex() != index) {
        const QSignalBlocker blocker(m_edition);
        m_edition->setCurrentIndex(index);
    }
    const EditionInfo* info = draft()->catalog().edition(edition);
    m_editionDescription->setText(info && index >= 0 ? info->description.forLocale(QLocale().name()) : QString());
}

void InstancePage::fillRegions()
{
    {
        const QSignalBlocker blocker(m_regions);
        m_regions->clear();
        const QString localeName = QLocale().name();
        for (const RegionInfo& region : draft()->catalog().regions()) {
            auto* item = new QListWidgetItem(region.name.forLocale(localeName) + u"  (" + region.id + u')', m_regions);
            item->setData(Qt::UserRole, region.id);
            if (region.id == draft()->order().region)
                m_regions->setCurrentItem(item);
        }
    }
    // Refilling (a language change) shows the same choice; it never picks one.
    applyRegionFilter(m_regionFilter->text(), false);
}

void InstancePage::selectRegion(const QString& region)
{
    const QListWidgetItem* current = m_regions->currentItem();
    if (current ? current->data(Qt::UserRole).toString() == region : region.isEmpty())
        return;
    // The region was set from outside (a template, another page): no tentative pick to undo.
    m_regionBeforeFilter.reset();
    const QSignalBlocker blocker(m_regions);
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < m_regions->count() && !item; ++row) {
        if (m_regions->item(row)->data(Qt::UserRole).toString() == region)
            item = m_regions->item(row);
    }
    m_regions->setCurrentItem(item);
    if (!item)
        m_regions->clearSelection();
}

void InstancePage::pickRegion(QListWidgetItem* item)
{
    m_filterPicking = true;
    m_regions->setCurrentItem(item);
    if (item)
        m_regions->scrollToItem(item);
    else
        m_regions->clearSelection();
    m_filterPicking = false;
}

void InstancePage::applyRegionFilter(const QString& text, bool pick)
{
    const QString needle = text.trimmed();
    QListWidgetItem* firstVisible = nullptr;
    int visible = 0;
    for (int row = 0; row < m_regions->count(); ++row) {
        QListWidgetItem* item = m_regions->item(row);
        const bool hidden = !needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive);
        item->setHidden(hidden);
        if (!hidden) {
            ++visible;
            if (!firstVisible)
                firstVisible = item;
        }
    }
    if (!pick)
        return;
    if (needle.isEmpty()) {
        m_regionBeforeFilter.reset();
        return;
    }
    // Typing in the filter picks the first match when the chosen region is filtered out, so "shang" +
    // Enter chooses Shanghai without the mouse. That pick is tentative while the text is being typed:
    // text that ends up matching nothing (a typo, garbage) goes back to the region chosen before, rather
    // than leaving whatever an intermediate prefix matched ("z" for "zzz") as the order's region.
    if (visible == 0) {
        if (m_regionBeforeFilter) {
            const QString before = *m_regionBeforeFilter;
            m_regionBeforeFilter.reset();
            QListWidgetItem* item = nullptr;
            for (int row = 0; row < m_regions->count() && !item; ++row) {
                if (m_regions->item(row)->data(Qt::UserRole).toString() == before)
                    item = m_regions->item(row);
            }
            pickRegion(item);
        }
        return;
    }
    const QListWidgetItem* current = m_regions->currentItem();
    if (!current || current->isHidden()) {
        if (!m_regionBeforeFilter)
            m_regionBeforeFilter = draft()->order().region;
        pickRegion(firstVisible);
    }
    if (visible == 1)
        m_regionBeforeFilter.reset(); // the text names exactly one region: the user chose it
}

void InstancePage::syncFromDraft()
{
    const OrderSpec& order = draft()->order();
    // Rebuild the editions only when the site sells others; otherwise just select (the combo may be the
    // one whose signal caused this sync).
    QStringList shown;
    for (int i = 0; i < m_edition->count(); ++i)
        shown.append(m_edition->itemData(i).toString());
    if (shown != draft()->catalog().site(order.site).editions)
        fillEditions();
    else
        selectEdition();
    if (m_name->text() != order.instanceName)
        m_name->setText(order.instanceName);
    selectRegion(order.region);
}

} // namespace acrp::ui
