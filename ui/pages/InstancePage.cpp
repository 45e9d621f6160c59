#include "ui/pages/InstancePage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
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
    auto* form = addForm();
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
    // Filtering only narrows the list: a region is chosen in the list (click, arrow keys) or with Enter
    // when the filter leaves exactly one, never by typing alone, so a prefix such as "hang" cannot quietly
    // become the order's region one Enter away from the next page.
    connect(m_regionFilter, &QLineEdit::textChanged, this, &InstancePage::applyRegionFilter);
    m_regionFilter->installEventFilter(this);
    // A filter left from the last order would hide the region a loaded order names (chosen, and not
    // in the list), and greets a new order with a list cut to the last one's region.
    connect(draft, &OrderDraft::loaded, this, &InstancePage::clearRegionFilter);
    connect(draft, &OrderDraft::startedOver, this, &InstancePage::clearRegionFilter);
    connect(m_regions, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
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
    applyRegionFilter(m_regionFilter->text());
}

void InstancePage::selectRegion(const QString& region)
{
    const QListWidgetItem* current = m_regions->currentItem();
    if (current ? current->data(Qt::UserRole).toString() == region : region.isEmpty())
        return;
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
    m_regions->setCurrentItem(item);
    m_regions->scrollToItem(item);
}

void InstancePage::applyRegionFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_regions->count(); ++row) {
        QListWidgetItem* item = m_regions->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void InstancePage::clearRegionFilter()
{
    m_regionFilter->clear();
    if (QListWidgetItem* item = m_regions->currentItem())
        m_regions->scrollToItem(item);
}

bool InstancePage::filterKey(int key)
{
    QList<QListWidgetItem*> visible;
    for (int row = 0; row < m_regions->count(); ++row) {
        if (!m_regions->item(row)->isHidden())
            visible.append(m_regions->item(row));
    }
    QListWidgetItem* current = m_regions->currentItem();
    const bool currentShown = current && visible.contains(current);
    if (key == Qt::Key_Down || key == Qt::Key_Up) {
        // The arrow keys move into the list: the row moved to is the user's choice.
        if (visible.isEmpty())
            return true;
        m_regions->setFocus(Qt::OtherFocusReason);
        if (!currentShown)
            pickRegion(key == Qt::Key_Down ? visible.constFirst() : visible.constLast());
        return true;
    }
    // Enter: an empty filter leaves the key to the wizard (Next when the page is complete). With text,
    // exactly one match is an unambiguous choice and Enter takes it (a second Enter goes on); with
    // several, Enter goes on only for the region the user chose among them, and otherwise does
    // nothing rather than guess.
    if (m_regionFilter->text().trimmed().isEmpty())
        return false;
    if (visible.size() == 1 && current != visible.constFirst()) {
        pickRegion(visible.constFirst());
        return true;
    }
    if (currentShown)
        return false;
    // Say why Enter did nothing (with no region chosen yet: "Choose a region.").
    revealField(OrderField::Region);
    return true;
}

bool InstancePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_regionFilter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool handled = (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down || key == Qt::Key_Up)
            && filterKey(key);
        if (handled)
            return true;
    }
    return OrderPage::eventFilter(watched, event);
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
