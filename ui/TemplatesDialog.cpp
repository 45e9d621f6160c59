#include "ui/TemplatesDialog.h"

#include "core/Formatting.h"
#include "core/order/Catalog.h"
#include "core/store/TemplateStore.h"
#include "ui/ExportCodeDialog.h"
#include "ui/OrderText.h"
#include "ui/RecordTable.h"
#include "ui/SaveTemplateRow.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QPushButton* actionButton(QWidget* parent, const char* objectName)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

TemplatesDialog::TemplatesDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_confirmBar(new QWidget(this))
    , m_confirmText(new QLabel(m_confirmBar))
    , m_confirmDelete(actionButton(m_confirmBar, "confirmDeleteButton"))
    , m_cancelDelete(actionButton(m_confirmBar, "cancelDeleteButton"))
    , m_newOrder(actionButton(this, "newOrderFromTemplateButton"))
    , m_rename(actionButton(this, "renameTemplateButton"))
    , m_duplicate(actionButton(this, "duplicateTemplateButton"))
    , m_delete(actionButton(this, "deleteTemplateButton"))
    , m_import(actionButton(this, "importTemplatesButton"))
    , m_export(actionButton(this, "exportTemplateButton"))
    , m_exportCode(actionButton(this, "templateExportCodeButton"))
    , m_close(actionButton(this, "closeTemplatesButton"))
{
    setObjectName(QStringLiteral("templatesDialog"));
    setModal(false);
    setAcceptDrops(true);
    m_intro->setObjectName(QStringLiteral("templatesIntro"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("templatesTable"));
    setUpRecordTable(m_table, false);
    // F2 renames in place; Enter and double-click start a new order.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UpdatedColumn, QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("templatesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    m_confirmBar->setObjectName(QStringLiteral("deleteConfirmBar"));
    m_confirmText->setObjectName(QStringLiteral("deleteConfirmText"));
    m_confirmText->setWordWrap(true);
    m_confirmBar->hide();
    m_newOrder->setDefault(true);

    auto* confirm = new QHBoxLayout(m_confirmBar);
    confirm->setContentsMargins(0, 0, 0, 0);
    confirm->addWidget(m_confirmText, 1);
    confirm->addWidget(m_confirmDelete);
    confirm->addWidget(m_cancelDelete);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_newOrder);
    buttons->addSpacing(8);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addSpacing(8);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_exportCode);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_confirmBar);
    layout->addWidget(m_message);

    setTabOrder(m_table, m_newOrder);
    setTabOrder(m_newOrder, m_rename);
    setTabOrder(m_rename, m_duplicate);
    setTabOrder(m_duplicate, m_delete);
    setTabOrder(m_delete, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_exportCode);
    setTabOrder(m_exportCode, m_close);

    connect(m_exportCode, &QPushButton::clicked, this, [this] {
        if (!m_context.templates)
            return;
        if (const std::optional<OrderTemplate> chosen = m_context.templates->byId(selectedId())) {
            const OrderTemplate item = *chosen;
            ExportCodeDialog::openFor(
                this, [item](InfraFormat format) { return InfraExportService::fromTemplate(item, format); },
                item.order.instanceName);
        }
    });
    connect(m_newOrder, &QPushButton::clicked, this, &TemplatesDialog::newOrderFromSelected);
    connect(m_table, &QTableWidget::doubleClicked, this, &TemplatesDialog::newOrderFromSelected);
    connect(m_rename, &QPushButton::clicked, this, &TemplatesDialog::renameSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplatesDialog::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteSelected);
    connect(new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated,
            this, &TemplatesDialog::deleteSelected);
    connect(m_confirmDelete, &QPushButton::clicked, this, &TemplatesDialog::confirmDelete);
    connect(m_cancelDelete, &QPushButton::clicked, this, [this] {
        hideConfirmation();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import templates"), QString(),
                                                                tr("Order files (*.json);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        const std::optional<OrderTemplate> chosen = m_context.templates ? m_context.templates->byId(id) : std::nullopt;
        if (!chosen)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export template"), chosen->name + u".json",
                                                          tr("Order files (*.json)"));
        if (!path.isEmpty())
            exportSelected(path);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &TemplatesDialog::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_pendingDelete && m_pendingDelete != selectedId())
            hideConfirmation();
        updateActions();
    });

    retranslate();
    reload();
    resize(720, 420);
    m_table->setFocus(Qt::OtherFocusReason);
}

void TemplatesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow()
               && !m_table->indexWidget(m_table->currentIndex())) {
        // Templates saved elsewhere meanwhile (the Review page, the history window) show up.
        reload();
    }
    QDialog::changeEvent(event);
}

void TemplatesDialog::retranslate()
{
    setWindowTitle(tr("Order templates"));
    m_intro->setText(m_context.templates
                         ? tr("Saved orders to start from. Drop order files (.json) here to import them.")
                         : SaveTemplateRow::unavailableText());
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Site"), tr("Edition"), tr("Region"), tr("Period"), tr("Updated")});
    m_table->setAccessibleName(tr("Templates"));
    m_newOrder->setText(tr("&New order from template"));
    m_rename->setText(tr("&Rename"));
    m_rename->setToolTip(tr("Rename the template in place (F2)"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
    m_exportCode->setText(tr("Export as c&ode…"));
    m_exportCode->setToolTip(tr("Write the template's order as a Terraform configuration or a ROS template"));
    m_close->setText(tr("&Close"));
    m_confirmDelete->setText(tr("&Yes, delete"));
    m_cancelDelete->setText(tr("&Keep it"));
}

void TemplatesDialog::reload()
{
    const qint64 selected = selectedId();
    m_filling = true;
    m_table->setRowCount(0);
    const QList<OrderTemplate> templates = m_context.templates ? m_context.templates->list() : QList<OrderTemplate>();
    const Catalog& catalog = Catalog::builtIn();
    const QString language = QLocale().name();
    m_table->setRowCount(int(templates.size()));
    for (int row = 0; row < templates.size(); ++row) {
        const OrderTemplate& entry = templates.at(row);
        const OrderSpec& order = entry.order;
        const EditionInfo* edition = catalog.edition(order.edition);
        const RegionInfo* region = catalog.region(order.region);
        const QStringList texts = {
            entry.name,
            catalog.site(order.site).name.forLocale(language),
            edition ? edition->name.forLocale(language) : order.edition,
            order.region,
            OrderText::periodText(order.periodMonths),
            format::dateTime(entry.updatedAt),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            if (column == NameColumn)
                item->setData(kIdRole, entry.id);
            else
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (column == RegionColumn && region)
                item->setToolTip(region->name.forLocale(language));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(SiteColumn);
    m_table->resizeColumnToContents(EditionColumn);
    m_table->resizeColumnToContents(RegionColumn);
    m_table->resizeColumnToContents(PeriodColumn);
    m_filling = false;
    if (selected)
        selectTemplate(selected);
    if (selectedId() == 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, NameColumn);
    if (m_pendingDelete && m_pendingDelete != selectedId())
        hideConfirmation();
    updateActions();
}

void TemplatesDialog::selectTemplate(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(kIdRole).toLongLong() == id) {
            m_table->setCurrentCell(row, NameColumn);
            m_table->scrollToItem(m_table->item(row, NameColumn));
            return;
        }
    }
}

qint64 TemplatesDialog::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (const QTableWidgetItem* item : items) {
        if (item->column() == NameColumn)
            return item->data(kIdRole).toLongLong();
    }
    return 0;
}

void TemplatesDialog::updateActions()
{
    const bool available = m_context.templates != nullptr;
    const bool selected = available && selectedId() != 0;
    m_newOrder->setEnabled(selected);
    m_rename->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_export->setEnabled(selected);
    m_exportCode->setEnabled(selected);
    m_import->setEnabled(available);
    m_table->setEnabled(available);
}

QString TemplatesDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_messageText;
}

void TemplatesDialog::showMessage(const QString& text, bool problem)
{
    m_messageText = text;
    m_message->setTextFormat(Qt::PlainText);
    SaveTemplateRow::showMessage(m_message, text, problem);
}

QString TemplatesDialog::showImportResults(QLabel* label, const QList<TemplateImportResult>& results)
{
    // One line per file, the rejected ones in the error colour.
    QStringList plain;
    QString html;
    for (const TemplateImportResult& result : results) {
        const QString text = result.ok()
            ? tr("%1: imported as template “%2”.").arg(QFileInfo(result.file).fileName(), result.name)
            : result.error;
        plain << text;
        html += u"<div>"
            + OrderText::inTone(text.toHtmlEscaped(), result.ok() ? OrderText::Tone::Normal : OrderText::Tone::Error,
                                label->palette())
            + u"</div>";
    }
    label->setTextFormat(Qt::RichText);
    SaveTemplateRow::showMessage(label, html, false);
    label->setAccessibleDescription(plain.join(u'\n'));
    return plain.join(u'\n');
}

void TemplatesDialog::newOrderFromSelected()
{
    if (!m_context.templates)
        return;
    const std::optional<OrderTemplate> chosen = m_context.templates->byId(selectedId());
    if (!chosen)
        return;
    emit orderRequested(chosen->order);
    close();
}

void TemplatesDialog::renameSelected()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (QTableWidgetItem* item : items) {
        if (item->column() == NameColumn) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentItem(item);
            m_table->editItem(item);
            return;
        }
    }
}

void TemplatesDialog::onItemChanged(QTableWidgetItem* item)
{
    if (m_filling || item->column() != NameColumn || !m_context.templates)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    const std::optional<OrderTemplate> current = m_context.templates->byId(id);
    if (!current)
        return;
    const QString name = item->text().trimmed();
    if (name == current->name)
        return;
    QString error;
    if (!m_context.templates->rename(id, name, &error)) {
        // The cell goes back to the name the template still has.
        m_filling = true;
        item->setText(current->name);
        m_filling = false;
        showMessage(error, true);
        return;
    }
    showMessage(tr("Renamed “%1” to “%2”.").arg(current->name, name), false);
    emit templatesChanged();
    // Re-sorted once the editor has closed (this runs while the view commits its data).
    QTimer::singleShot(0, this, [this, id] {
        reload();
        selectTemplate(id);
    });
}

void TemplatesDialog::duplicateSelected()
{
    if (!m_context.templates || !selectedId())
        return;
    QString error;
    const qint64 id = m_context.templates->duplicate(selectedId(), &error);
    if (!id) {
        showMessage(error, true);
        return;
    }
    reload();
    selectTemplate(id);
    if (const std::optional<OrderTemplate> copy = m_context.templates->byId(id))
        showMessage(tr("Duplicated as “%1”.").arg(copy->name), false);
    emit templatesChanged();
}

void TemplatesDialog::deleteSelected()
{
    if (!m_context.templates)
        return;
    const std::optional<OrderTemplate> chosen = m_context.templates->byId(selectedId());
    if (!chosen)
        return;
    m_pendingDelete = chosen->id;
    m_confirmText->setText(tr("Delete the template “%1”? This cannot be undone.").arg(chosen->name));
    m_confirmBar->show();
    // The safe choice has the focus: Enter keeps the template; Alt+Y deletes it.
    m_cancelDelete->setFocus(Qt::OtherFocusReason);
}

void TemplatesDialog::confirmDelete()
{
    const qint64 id = m_pendingDelete;
    hideConfirmation();
    if (!m_context.templates || !id)
        return;
    const std::optional<OrderTemplate> chosen = m_context.templates->byId(id);
    QString error;
    if (!chosen || !m_context.templates->remove(id, &error)) {
        showMessage(error, true);
        return;
    }
    // The row below (or above, for the last one) takes the selection.
    int row = m_table->currentRow();
    reload();
    row = std::min(row, m_table->rowCount() - 1);
    if (row >= 0)
        m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    showMessage(tr("Deleted the template “%1”.").arg(chosen->name), false);
    emit templatesChanged();
}

void TemplatesDialog::hideConfirmation()
{
    m_pendingDelete = 0;
    m_confirmBar->hide();
}

QList<TemplateImportResult> TemplatesDialog::importFiles(const QStringList& paths)
{
    if (!m_context.templates) {
        showMessage(SaveTemplateRow::unavailableText(), true);
        return {};
    }
    const QList<TemplateImportResult> results = m_context.templates->importFiles(paths);
    qint64 last = 0;
    for (const TemplateImportResult& result : results) {
        if (result.ok())
            last = result.id;
    }
    reload();
    if (last) {
        selectTemplate(last);
        emit templatesChanged();
    }
    m_messageText = showImportResults(m_message, results);
    return results;
}

bool TemplatesDialog::exportSelected(const QString& path)
{
    if (!m_context.templates)
        return false;
    const std::optional<OrderTemplate> chosen = m_context.templates->byId(selectedId());
    if (!chosen)
        return false;
    QString error;
    if (!m_context.templates->exportToFile(chosen->id, path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Exported “%1” to %2.").arg(chosen->name, QDir::toNativeSeparators(path)), false);
    return true;
}

QStringList TemplatesDialog::localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void TemplatesDialog::keyPressEvent(QKeyEvent* event)
{
    // Esc answers the pending question before it closes the window.
    if (event->key() == Qt::Key_Escape && m_confirmBar->isVisible()) {
        hideConfirmation();
        m_table->setFocus(Qt::OtherFocusReason);
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void TemplatesDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_context.templates && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TemplatesDialog::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace acrp::ui
