#include "ui/HistoryWindow.h"

#include "core/Formatting.h"
#include "core/api/Endpoint.h"
#include "core/app/OrderService.h"
#include "core/store/HistoryCsv.h"
#include "core/store/Journal.h"
#include "ui/ExportCodeDialog.h"
#include "ui/HistoryModel.h"
#include "ui/OrderText.h"
#include "ui/RecordTable.h"
#include "ui/SaveTemplateRow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace acrp::ui {

namespace {

// What the state filter offers: all, the unfinished ones (what Resume works on), or one state.
const QList<QList<OrderState>>& stateChoices()
{
    static const QList<QList<OrderState>> choices = {
        {},
        {OrderState::Sending, OrderState::Unknown},
        {OrderState::Succeeded},
        {OrderState::Failed},
        {OrderState::Unknown},
        {OrderState::Sending},
        {OrderState::Draft},
    };
    return choices;
}

// A refused or unanswered order keeps the RequestId of its last answer in the error.
QString requestIdOf(const JournalEntry& entry)
{
    return entry.requestId.isEmpty() && entry.lastError ? entry.lastError->requestId : entry.requestId;
}

constexpr auto kColumnsKey = "historyWindow/columns";
constexpr auto kColumnCountKey = "historyWindow/columnCount";

// Texts as wide as the widest a column is likely to hold, in the language in force: measuring
// 100,000 cells would defeat lazy fetching.
QStringList columnSamples(int column)
{
    switch (column) {
    case HistoryModel::TimeColumn:
        return {format::dateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)))};
    case HistoryModel::ProfileColumn:
        return {QStringLiteral("production")};
    case HistoryModel::SiteColumn:
        return {HistoryModel::siteName(Site::China), HistoryModel::siteName(Site::International)};
    case HistoryModel::EditionColumn: {
        QStringList names;
        for (const EditionInfo& edition : Catalog::builtIn().editions())
            names << edition.name.forLocale(QLocale().name());
        return names;
    }
    case HistoryModel::NameColumn:
        return {QStringLiteral("production-registry")};
    case HistoryModel::RegionColumn:
        return {QStringLiteral("ap-southeast-1")};
    case HistoryModel::PeriodColumn:
        return {OrderText::periodText(10), OrderText::periodText(24)};
    case HistoryModel::StateColumn: {
        QStringList names;
        for (const OrderState state :
             {OrderState::Draft, OrderState::Sending, OrderState::Succeeded, OrderState::Failed, OrderState::Unknown})
            names << OrderText::stateName(state);
        return names;
    }
    case HistoryModel::InstanceIdColumn:
        return {QStringLiteral("cri-0123456789abcdef")};
    case HistoryModel::OrderIdColumn:
        return {QStringLiteral("299851093681677")};
    default:
        return {};
    }
}

// An error as the history shows it: its sentence, then its code on a line of its own (a code run
// into the sentence, or several of them, reads as one long line of noise).
QString errorLines(const ApiError& error)
{
    QString text = error.userMessage();
    if (!error.code.isEmpty())
        text += u'\n' + HistoryWindow::tr("(code %1)").arg(error.code);
    return text;
}

} // namespace

struct HistoryWindow::Private
{
    explicit Private(HistoryWindow* window, const AppContext& appContext)
        : q(window)
        , context(appContext)
        , model(new HistoryModel(appContext.journal, window))
    { }

    HistoryWindow* q;
    AppContext context;
    HistoryModel* model;

    QLabel* stateLabel = nullptr;
    QComboBox* stateFilter = nullptr;
    QLabel* siteLabel = nullptr;
    QComboBox* siteFilter = nullptr;
    QLabel* searchLabel = nullptr;
    QLineEdit* search = nullptr;
    QLabel* count = nullptr;
    QLabel* tableLabel = nullptr;
    QTableView* table = nullptr;
    QLabel* details = nullptr;
    QProgressBar* refreshProgress = nullptr;
    QLabel* refreshMessage = nullptr;
    SaveTemplateRow* saveTemplate = nullptr;
    QPushButton* refreshStatus = nullptr;
    QPushButton* resume = nullptr;
    QPushButton* orderAgain = nullptr;
    QPushButton* exportCode = nullptr;
    QPushButton* copyIds = nullptr;
    QPushButton* instances = nullptr;
    QCheckBox* exportFiltered = nullptr;
    QPushButton* exportCsv = nullptr;
    QWidget* exportRow = nullptr;
    QLabel* exportLabel = nullptr;
    QProgressBar* exportProgress = nullptr;
    QPushButton* cancelExport = nullptr;
    QShortcut* cancelExportKey = nullptr;
    QLabel* message = nullptr;
    QTimer* searchTimer = nullptr;

    bool applyingWidths = false; // the window sets the widths, not the person
    bool customWidths = false; // the person's widths were restored or changed
    bool fitted = false;

    qint64 selectedId = 0;
    qint64 templateOrderId = 0; // the row whose order the Save as template row holds
    qint64 refreshingId = 0; // the row whose status is being asked, 0 when none
    std::function<QString(const QString&)> exportPathChooser;

    // The running export: its worker thread (null when none; cancelling requests its interruption)
    // and file.
    QThread* exportThread = nullptr;
    QString exportPath;
    int exportPageSize = 1000;
    std::function<void(int, int)> exportAfterPage;

    const JournalEntry* selected() const
    {
        const int row = selectedId ? model->rowOf(selectedId) : -1;
        return model->entryAt(row);
    }

    void build();
    void retranslate();
    // Column widths: each as wide as its header and its sample texts; fitColumns() then narrows the
    // widest ones until the table needs no horizontal scrolling. The person's widths (QSettings)
    // replace both.
    void applyDefaultWidths();
    void fitColumns();
    void restoreColumns();
    void saveColumns();
    void fillStateFilter();
    void fillSiteFilter();
    void applyStateFilter();
    void applySiteFilter();
    void updateCount();
    void reserveCountWidth();
    void updateDetails();
    // The endpoint a row was sent to, in words (the application layer reads it back from the row).
    QString endpointName(const JournalEntry& entry, bool standalone = false) const;
    void updateActions();
    void restoreSelection();
    void showMessage(const QString& text, bool error);
    void startRefresh();
    void finishRefresh(qint64 id, const QString& text, bool error);
    // After a failed refresh: when the status the details still show was read, or that it never was.
    QString lastReadLine(qint64 id) const;
    void copyIdsToClipboard();
    void exportFromButton();
    void startExport(const QString& path, bool filteredOnly);
    void showExportTarget();
    void showExportProgress(int written, int total);
    void finishExport(const HistoryCsvExport& result);
    void stopExportThread();
};

void HistoryWindow::Private::build()
{
    stateLabel = new QLabel(q);
    stateFilter = new QComboBox(q);
    stateFilter->setObjectName(QStringLiteral("stateFilterCombo"));
    stateLabel->setBuddy(stateFilter);
    siteLabel = new QLabel(q);
    siteFilter = new QComboBox(q);
    siteFilter->setObjectName(QStringLiteral("siteFilterCombo"));
    siteLabel->setBuddy(siteFilter);
    searchLabel = new QLabel(q);
    search = new QLineEdit(q);
    search->setObjectName(QStringLiteral("historySearchEdit"));
    search->setClearButtonEnabled(true);
    searchLabel->setBuddy(search);
    count = new QLabel(q);
    count->setObjectName(QStringLiteral("historyCountLabel"));
    count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(stateFilter);
    filters->addSpacing(8);
    filters->addWidget(siteLabel);
    filters->addWidget(siteFilter);
    filters->addSpacing(8);
    filters->addWidget(searchLabel);
    filters->addWidget(search, 1);
    filters->addSpacing(8);
    filters->addWidget(count);

    tableLabel = new QLabel(q);
    table = new QTableView(q);
    table->setObjectName(QStringLiteral("historyTable"));
    tableLabel->setBuddy(table);
    table->setModel(model);
    setUpRecordTable(table, true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    applyDefaultWidths();
    restoreColumns();
    // The newest first, also after the person's widths were restored; enabling sorting asks the
    // model to sort, which runs the first query.
    header->setSortIndicator(HistoryModel::TimeColumn, Qt::DescendingOrder);
    table->setSortingEnabled(true);
    // Widths the person chose are remembered; the last column only follows the window's width.
    QObject::connect(header, &QHeaderView::sectionResized, q, [this](int column) {
        if (!applyingWidths && column != HistoryModel::ColumnCount - 1)
            saveColumns();
    });

    details = new QLabel(q);
    details->setObjectName(QStringLiteral("historyDetails"));
    details->setTextFormat(Qt::RichText);
    details->setWordWrap(true);
    details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details->setFocusPolicy(Qt::StrongFocus);
    auto* detailsScroll = new QScrollArea(q);
    detailsScroll->setObjectName(QStringLiteral("historyDetailsScroll"));
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the details themselves (they scroll into view), not to an unnamed frame around them.
    detailsScroll->setFocusPolicy(Qt::NoFocus);

    refreshProgress = new QProgressBar(q);
    refreshProgress->setObjectName(QStringLiteral("refreshStatusProgress"));
    refreshProgress->setRange(0, 0);
    refreshProgress->setMaximumWidth(120);
    refreshProgress->hide();
    refreshMessage = new QLabel(q);
    refreshMessage->setObjectName(QStringLiteral("refreshStatusMessage"));
    refreshMessage->setWordWrap(true);
    refreshMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* refreshRow = new QHBoxLayout;
    refreshRow->addWidget(refreshProgress);
    refreshRow->addWidget(refreshMessage, 1);

    saveTemplate = new SaveTemplateRow(context, q);
    saveTemplate->setObjectName(QStringLiteral("historySaveTemplate"));

    auto* detailsPane = new QWidget(q);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(detailsScroll, 1);
    detailsLayout->addLayout(refreshRow);
    detailsLayout->addWidget(saveTemplate);

    auto* tablePane = new QWidget(q);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(tableLabel);
    tableLayout->addWidget(table, 1);

    auto* splitter = new QSplitter(Qt::Vertical, q);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tablePane);
    splitter->addWidget(detailsPane);
    // Room for the whole order in the details; the table keeps at least a few rows.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 6);
    splitter->setSizes({300, 340});

    auto button = [this](const char* name) {
        auto* b = new QPushButton(q);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    refreshStatus = button("refreshStatusButton");
    resume = button("historyResumeButton");
    orderAgain = button("orderAgainButton");
    exportCode = button("historyExportCodeButton");
    copyIds = button("copyIdsButton");
    instances = button("historyInstancesButton");
    exportFiltered = new QCheckBox(q);
    exportFiltered->setObjectName(QStringLiteral("exportFilteredCheck"));
    exportCsv = button("exportCsvButton");
    auto* actions = new QHBoxLayout;
    actions->addWidget(refreshStatus);
    actions->addWidget(resume);
    actions->addWidget(orderAgain);
    actions->addWidget(exportCode);
    actions->addWidget(copyIds);
    actions->addWidget(instances);
    actions->addStretch();
    actions->addWidget(exportFiltered);
    actions->addWidget(exportCsv);

    // The running export, under the buttons: no pop-up, the window stays usable.
    exportRow = new QWidget(q);
    exportRow->setObjectName(QStringLiteral("exportRow"));
    exportLabel = new QLabel(exportRow);
    exportLabel->setObjectName(QStringLiteral("exportLabel"));
    exportProgress = new QProgressBar(exportRow);
    exportProgress->setObjectName(QStringLiteral("exportProgress"));
    cancelExport = new QPushButton(exportRow);
    cancelExport->setObjectName(QStringLiteral("cancelExportButton"));
    cancelExport->setAutoDefault(false);
    auto* exportLayout = new QHBoxLayout(exportRow);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    exportLayout->addWidget(exportLabel);
    exportLayout->addWidget(exportProgress, 1);
    exportLayout->addWidget(cancelExport);
    exportRow->hide();
    cancelExportKey = new QShortcut(QKeySequence(Qt::Key_Escape), q);
    cancelExportKey->setContext(Qt::WidgetWithChildrenShortcut);
    cancelExportKey->setEnabled(false);

    message = new QLabel(q);
    message->setObjectName(QStringLiteral("historyMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->hide();

    auto* layout = new QVBoxLayout(q);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(exportRow);
    layout->addWidget(message);

    searchTimer = new QTimer(q);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(kSearchDelayMs);

    QObject::connect(cancelExport, &QPushButton::clicked, q, [this] { q->cancelExport(); });
    QObject::connect(cancelExportKey, &QShortcut::activated, q, [this] { q->cancelExport(); });

    QObject::connect(stateFilter, &QComboBox::currentIndexChanged, q, [this] { applyStateFilter(); });
    QObject::connect(siteFilter, &QComboBox::currentIndexChanged, q, [this] { applySiteFilter(); });
    QObject::connect(search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    QObject::connect(searchTimer, &QTimer::timeout, q, [this] { model->setSearch(search->text()); });
    QObject::connect(search, &QLineEdit::returnPressed, q, [this] {
        searchTimer->stop();
        model->setSearch(search->text());
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, q, [this] {
        // Laid out now rather than on the view's own later pass: the first frame with the new rows has
        // their scroll range (a search from 64 rows to 1 was painted three times, first with the old
        // rows' range; 0.4 ms of each search in bench_history). Qt shows or hides the bar itself in a
        // queued call, which a busy event loop may leave for the next frame.
        table->doItemsLayout();
        restoreSelection();
    });
    QObject::connect(model, &HistoryModel::totalCountChanged, q, [this] { updateCount(); });
    QObject::connect(model, &QAbstractItemModel::dataChanged, q, [this] { updateDetails(); });
    QObject::connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, q,
                     [this](const QModelIndex& current) {
                         selectedId = current.isValid() ? current.data(HistoryModel::JournalIdRole).toLongLong() : 0;
                         updateDetails();
                     });
    QObject::connect(refreshStatus, &QPushButton::clicked, q, [this] { startRefresh(); });
    QObject::connect(resume, &QPushButton::clicked, q, [this] {
        if (const JournalEntry* entry = selected(); entry && isPendingState(entry->state))
            emit q->resumeRequested(entry->id);
    });
    QObject::connect(orderAgain, &QPushButton::clicked, q, [this] {
        if (const JournalEntry* entry = selected())
            emit q->orderAgainRequested(entry->order);
    });
    QObject::connect(exportCode, &QPushButton::clicked, q, [this] {
        if (const JournalEntry* entry = selected()) {
            const JournalEntry row = *entry;
            ExportCodeDialog::openFor(
                q, [row](InfraFormat format) { return InfraExportService::fromEntry(row, format); },
                row.order.instanceName);
        }
    });
    QObject::connect(copyIds, &QPushButton::clicked, q, [this] { copyIdsToClipboard(); });
    QObject::connect(instances, &QPushButton::clicked, q, &HistoryWindow::instancesRequested);
    QObject::connect(exportCsv, &QPushButton::clicked, q, [this] { exportFromButton(); });
    // Orders sent or resumed elsewhere (the wizard) change the journal: show them.
    if (context.orders) {
        QObject::connect(context.orders, &OrderService::journalChanged, q, [this] { q->reload(); });
    }
}

void HistoryWindow::Private::applyDefaultWidths()
{
    QHeaderView* header = table->horizontalHeader();
    // A cell as wide as the table's delegate makes one for the text, and the grid line beside it.
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.font = table->font();
    option.features = QStyleOptionViewItem::HasDisplay;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    const QScopedValueRollback<bool> applying(applyingWidths, true);
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        int width = header->sectionSizeHint(column);
        for (const QString& sample : columnSamples(column)) {
            option.text = sample;
            width = qMax(width,
                         table->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, {}, table).width()
                             + (table->showGrid() ? 1 : 0));
        }
        header->resizeSection(column, width);
    }
}

void HistoryWindow::Private::fitColumns()
{
    QHeaderView* header = table->horizontalHeader();
    const int available = table->viewport()->width();
    int total = 0;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        total += header->sectionSize(column);
    if (total <= available)
        return;
    // Text that may be cut first: the names people type, then sites, regions and the IDs (the
    // details pane and Copy IDs give them whole); never narrower than the column's header.
    const QScopedValueRollback<bool> applying(applyingWidths, true);
    const QList<QList<int>> tiers = {
        {HistoryModel::NameColumn, HistoryModel::ProfileColumn},
        {HistoryModel::SiteColumn, HistoryModel::RegionColumn, HistoryModel::InstanceIdColumn,
         HistoryModel::OrderIdColumn},
    };
    int excess = total - available;
    for (const QList<int>& tier : tiers) {
        while (excess > 0) {
            // One pixel at a time from the widest column of the tier that can still give one.
            int widest = -1;
            for (const int column : tier) {
                if (header->sectionSize(column) > header->sectionSizeHint(column)
                    && (widest < 0 || header->sectionSize(column) > header->sectionSize(widest)))
                    widest = column;
            }
            if (widest < 0)
                break;
            header->resizeSection(widest, header->sectionSize(widest) - 1);
            --excess;
        }
    }
}

void HistoryWindow::Private::restoreColumns()
{
    const QSettings settings;
    if (settings.value(QLatin1String(kColumnCountKey)).toInt() != HistoryModel::ColumnCount)
        return; // none saved, or for other columns
    const QScopedValueRollback<bool> applying(applyingWidths, true);
    customWidths = table->horizontalHeader()->restoreState(settings.value(QLatin1String(kColumnsKey)).toByteArray());
}

void HistoryWindow::Private::saveColumns()
{
    customWidths = true;
    QSettings settings;
    settings.setValue(QLatin1String(kColumnsKey), table->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(kColumnCountKey), int(HistoryModel::ColumnCount));
}

void HistoryWindow::Private::retranslate()
{
    q->setWindowTitle(HistoryWindow::tr("Order history"));
    stateLabel->setText(HistoryWindow::tr("&State:"));
    siteLabel->setText(HistoryWindow::tr("S&ite:"));
    searchLabel->setText(HistoryWindow::tr("Searc&h:"));
    search->setPlaceholderText(HistoryWindow::tr("Name, region, profile or an ID"));
    stateFilter->setAccessibleName(HistoryWindow::tr("Filter by state"));
    siteFilter->setAccessibleName(HistoryWindow::tr("Filter by site"));
    search->setAccessibleName(HistoryWindow::tr("Search the orders"));
    search->setToolTip(
        HistoryWindow::tr("Instance name, region, edition, profile, InstanceId, OrderId, RequestId or ClientToken"));
    tableLabel->setText(HistoryWindow::tr("&Orders:"));
    table->setAccessibleName(HistoryWindow::tr("Orders"));
    details->setAccessibleName(HistoryWindow::tr("Order details"));
    refreshStatus->setText(HistoryWindow::tr("&Refresh status"));
    refreshStatus->setToolTip(
        HistoryWindow::tr("Ask the service for the payment and the instance's provisioning status"));
    resume->setText(HistoryWindow::tr("Res&ume"));
    resume->setToolTip(
        HistoryWindow::tr("Send the unfinished order again with its own client token: it cannot buy twice"));
    orderAgain->setText(HistoryWindow::tr("Order &again"));
    orderAgain->setToolTip(HistoryWindow::tr("Open the wizard with this order filled in (a new purchase)"));
    exportCode->setText(HistoryWindow::tr("Export as co&de…"));
    exportCode->setToolTip(HistoryWindow::tr(
        "Write this order as Terraform or a ROS template; a bought instance is adopted, not bought again"));
    copyIds->setText(HistoryWindow::tr("&Copy IDs"));
    copyIds->setToolTip(HistoryWindow::tr("Copy the InstanceId, OrderId, RequestId and ClientToken"));
    instances->setText(HistoryWindow::tr("I&nstances…"));
    instances->setToolTip(
        HistoryWindow::tr("What the account owns: every instance, its end date and renewal, and Sync now"));
    exportFiltered->setText(HistoryWindow::tr("Only the &filtered orders"));
    exportCsv->setText(HistoryWindow::tr("E&xport CSV…"));
    exportProgress->setAccessibleName(HistoryWindow::tr("Export progress"));
    cancelExport->setText(HistoryWindow::tr("Ca&ncel export"));
    cancelExport->setToolTip(HistoryWindow::tr("Stop the export (Esc): the file is not written"));
    if (exportThread)
        showExportTarget();
    fillStateFilter();
    fillSiteFilter();
    model->retranslate();
    if (!customWidths) {
        // The texts of the other language are wider or narrower: measured again.
        applyDefaultWidths();
        if (fitted)
            fitColumns();
    }
    reserveCountWidth();
    updateCount();
    updateDetails();
}

// The count changes with every search ("Counting…", "1 order", "100000 orders"): its label keeps
// the width of the widest of them, so the search field beside it does not move while the person
// types, and the window is not laid out and painted again for each count.
void HistoryWindow::Private::reserveCountWidth()
{
    const QFontMetrics metrics = count->fontMetrics();
    int widest = 0;
    for (const QString& text : {HistoryWindow::tr("No journal"), HistoryWindow::tr("Counting…"),
                                HistoryWindow::tr("%n order(s)", nullptr, 99'999'999)})
        widest = std::max(widest, metrics.horizontalAdvance(text));
    count->setMinimumWidth(widest + count->margin() * 2);
}

void HistoryWindow::Private::fillStateFilter()
{
    const int current = qMax(0, stateFilter->currentIndex());
    const QSignalBlocker blocker(stateFilter);
    stateFilter->clear();
    for (const QList<OrderState>& states : stateChoices()) {
        if (states.isEmpty())
            stateFilter->addItem(HistoryWindow::tr("All states"));
        else if (states.size() > 1)
            stateFilter->addItem(HistoryWindow::tr("Unfinished (Sending or Unknown)"));
        else
            stateFilter->addItem(OrderText::stateName(states.first()));
    }
    stateFilter->setCurrentIndex(current);
}

void HistoryWindow::Private::fillSiteFilter()
{
    const int current = qMax(0, siteFilter->currentIndex());
    const QSignalBlocker blocker(siteFilter);
    siteFilter->clear();
    siteFilter->addItem(HistoryWindow::tr("All sites"));
    siteFilter->addItem(HistoryModel::siteName(Site::China), siteId(Site::China));
    siteFilter->addItem(HistoryModel::siteName(Site::International), siteId(Site::International));
    siteFilter->setCurrentIndex(current);
}

void HistoryWindow::Private::applyStateFilter()
{
    model->setStates(stateChoices().value(stateFilter->currentIndex()));
}

void HistoryWindow::Private::applySiteFilter()
{
    Site site;
    if (siteFromId(siteFilter->currentData().toString(), &site))
        model->setSite(site);
    else
        model->setSite(std::nullopt);
}

void HistoryWindow::Private::updateCount()
{
    if (!context.journal) {
        count->setText(HistoryWindow::tr("No journal"));
        return;
    }
    const int total = model->totalCount();
    if (total < 0)
        count->setText(HistoryWindow::tr("Counting…"));
    else
        count->setText(HistoryWindow::tr("%n order(s)", nullptr, total));
}

void HistoryWindow::Private::restoreSelection()
{
    const int row = selectedId ? model->rowOf(selectedId) : -1;
    if (row >= 0) {
        table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(model->index(row, 0));
    } else {
        selectedId = 0;
    }
    updateDetails();
}

QString HistoryWindow::Private::endpointName(const JournalEntry& entry, bool standalone) const
{
    QString error;
    const std::optional<Endpoint> endpoint = context.orders ? context.orders->endpointOf(entry, &error) : std::nullopt;
    if (!endpoint)
        return entry.endpoint;
    // A summary row stands alone ("Sandbox (built-in, no charge)"); a sentence says "the sandbox".
    return standalone ? endpoint->title() : endpoint->displayName();
}

void HistoryWindow::Private::updateDetails()
{
    const JournalEntry* entry = selected();
    if (!entry) {
        details->setText(context.journal
                             ? HistoryWindow::tr("Select an order to see its details.")
                             : HistoryWindow::tr("The order journal is not available: there is no history to show."));
        saveTemplate->setEnabled(false);
        updateActions();
        return;
    }
    // A renewal row: what it renewed and for how long (its document holds no other order field).
    const QString summary = entry->kind == OrderKind::Renew
        ? OrderText::html(
            {{HistoryWindow::tr("Kind"), HistoryModel::renewalText(*entry)},
             {HistoryWindow::tr("Instance name"), entry->order.instanceName},
             {HistoryWindow::tr("Region"), entry->order.region},
             {HistoryWindow::tr("Renewed for"),
              OrderText::periodText(entry->renewal ? entry->renewal->periodMonths : entry->order.periodMonths)},
             {HistoryWindow::tr("Endpoint"), endpointName(*entry, true)},
             {HistoryWindow::tr("Profile"), entry->profile}})
        : OrderText::html(OrderText::summaryRows(entry->order, entry->profile, endpointName(*entry, true)));

    const QString none = HistoryWindow::tr("none");
    const QString requestId = requestIdOf(*entry);
    QList<std::pair<QString, QString>> rows = {
        {HistoryWindow::tr("State"),
         OrderText::stateName(entry->state) + u" — " + JournalEntry::stateDescription(entry->state)},
        {HistoryWindow::tr("Created"), format::dateTime(entry->createdAt)},
        {HistoryWindow::tr("Updated"), format::dateTime(entry->updatedAt)},
        {HistoryWindow::tr("Attempts"), format::number(entry->attempts)},
        {HistoryWindow::tr("Instance ID"), entry->instanceId.isEmpty() ? none : entry->instanceId},
        {HistoryWindow::tr("Order ID"), entry->orderId.isEmpty() ? none : entry->orderId},
        {HistoryWindow::tr("Request ID"), requestId.isEmpty() ? none : requestId},
        {HistoryWindow::tr("Client token"), entry->clientToken},
    };
    if (!entry->paymentStatus.isEmpty())
        rows.append({HistoryWindow::tr("Payment"), entry->paymentStatus});
    if (entry->state == OrderState::Succeeded && entry->kind == OrderKind::New) {
        // A status is only as current as its reading: say when it was read.
        QString provisioning = entry->provisioningStatus.isEmpty()
            ? HistoryWindow::tr("not known yet: refresh the status")
            : entry->provisioningStatus;
        if (!entry->provisioningStatus.isEmpty() && entry->statusCheckedAt.isValid())
            provisioning += u' ' + HistoryWindow::tr("(as of %1)").arg(format::dateTime(entry->statusCheckedAt));
        rows.append({HistoryWindow::tr("Provisioning"), provisioning});
    }
    if (entry->lastError)
        rows.append({HistoryWindow::tr("Last error"), errorLines(*entry->lastError)});
    details->setText(u"<table><tr><td valign=\"top\">" + summary + u"</td><td width=\"24\"></td><td valign=\"top\">"
                     + OrderText::html(rows) + u"</td></tr></table>");
    if (templateOrderId != entry->id) {
        templateOrderId = entry->id;
        saveTemplate->setOrder(entry->order, entry->order.instanceName);
    }
    // A renewal is no order to buy again or keep as a template.
    saveTemplate->setEnabled(context.templates != nullptr && entry->kind == OrderKind::New);
    updateActions();
}

void HistoryWindow::Private::updateActions()
{
    const JournalEntry* entry = selected();
    refreshStatus->setEnabled(entry && entry->state == OrderState::Succeeded && !entry->instanceId.isEmpty()
                              && refreshingId == 0);
    // Not while the order is being sent (the wizard resumed it): its answer is on the way.
    resume->setEnabled(entry && isPendingState(entry->state) && !(context.orders && context.orders->isBusy(entry->id)));
    orderAgain->setEnabled(entry != nullptr && entry->kind == OrderKind::New);
    // Not a renewal (it buys no instance) nor an order whose outcome is unknown (resume it first).
    exportCode->setEnabled(entry != nullptr && entry->kind == OrderKind::New && !isPendingState(entry->state));
    copyIds->setEnabled(entry != nullptr);
    exportCsv->setEnabled(context.journal != nullptr && !exportThread);
    exportFiltered->setEnabled(context.journal != nullptr && !exportThread);
    if (entry && entry->id != refreshingId && refreshProgress->isHidden()) {
        // A message about another row's status does not belong under this one.
        if (refreshMessage->property("journalId").toLongLong() != entry->id)
            refreshMessage->clear();
    }
}

void HistoryWindow::Private::showMessage(const QString& text, bool error)
{
    OrderText::setTone(message, error ? OrderText::Tone::Error : OrderText::Tone::Normal);
    message->setText(text);
    message->setVisible(!text.isEmpty());
}

void HistoryWindow::Private::startRefresh()
{
    const JournalEntry* entry = selected();
    if (!entry || entry->state != OrderState::Succeeded || refreshingId)
        return;
    const qint64 id = entry->id;
    if (!context.orders) {
        finishRefresh(id, HistoryWindow::tr("The status cannot be asked: the order journal is not available."), true);
        return;
    }
    refreshingId = id;
    refreshProgress->show();
    refreshMessage->setProperty("journalId", id);
    OrderText::setTone(refreshMessage, OrderText::Tone::Normal);
    refreshMessage->setText(HistoryWindow::tr("Asking %1 for the status…").arg(endpointName(*entry)));
    updateActions();
    context.orders->refreshStatus(id, q, [this, id](const StatusRefresh& status) {
        model->refreshRow(id);
        if (!status.message.isEmpty()) {
            finishRefresh(
                id, HistoryWindow::tr("The status cannot be asked: %1").arg(status.message) + u'\n' + lastReadLine(id),
                true);
            return;
        }
        if (!status.errors.isEmpty()) {
            // The order and the instance queries often fail alike: each distinct error once.
            QStringList texts;
            for (const ApiError& apiError : status.errors) {
                const QString text = errorLines(apiError);
                if (!texts.contains(text))
                    texts.append(text);
            }
            finishRefresh(id,
                          HistoryWindow::tr("The status could not be read: %1").arg(texts.join(u'\n')) + u'\n'
                              + lastReadLine(id),
                          true);
            return;
        }
        QString text = status.instanceStatus == u"RUNNING"
            ? HistoryWindow::tr("Paid and running: the instance is ready to use.")
            : HistoryWindow::tr("Paid; the instance is %1. This can take a few minutes.").arg(status.instanceStatus);
        if (!status.instanceIssue.isEmpty())
            text += u' ' + HistoryWindow::tr("Reported issue: %1").arg(status.instanceIssue);
        finishRefresh(id, text, false);
    });
}

QString HistoryWindow::Private::lastReadLine(qint64 id) const
{
    // The details keep showing the status last read: a failed refresh must not pass it off as current.
    const std::optional<JournalEntry> entry = context.journal ? context.journal->entry(id) : std::nullopt;
    if (!entry || entry->provisioningStatus.isEmpty())
        return HistoryWindow::tr("The provisioning status has never been read.");
    if (!entry->statusCheckedAt.isValid())
        return HistoryWindow::tr("The provisioning status shown (%1) is from an earlier reading.")
            .arg(entry->provisioningStatus);
    return HistoryWindow::tr("The provisioning status shown (%1) is as of %2.")
        .arg(entry->provisioningStatus, format::dateTime(entry->statusCheckedAt));
}

void HistoryWindow::Private::finishRefresh(qint64 id, const QString& text, bool error)
{
    refreshingId = 0;
    refreshProgress->hide();
    refreshMessage->setProperty("journalId", id);
    OrderText::setTone(refreshMessage, error ? OrderText::Tone::Error : OrderText::Tone::Normal);
    refreshMessage->setText(text);
    updateDetails();
}

void HistoryWindow::Private::copyIdsToClipboard()
{
    const JournalEntry* entry = selected();
    if (!entry)
        return;
    // The API's own names, so the lines can be pasted into a support ticket as they are.
    const QStringList lines = {
        QStringLiteral("InstanceId: ") + entry->instanceId,
        QStringLiteral("OrderId: ") + entry->orderId,
        QStringLiteral("RequestId: ") + requestIdOf(*entry),
        QStringLiteral("ClientToken: ") + entry->clientToken,
    };
    QApplication::clipboard()->setText(lines.join(u'\n'));
    showMessage(HistoryWindow::tr("Copied the IDs of “%1”.").arg(entry->order.instanceName), false);
}

void HistoryWindow::Private::exportFromButton()
{
    const bool filteredOnly = exportFiltered->isChecked();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("acr-purchase-history.csv"));
    const QString path = exportPathChooser
        ? exportPathChooser(suggested)
        : QFileDialog::getSaveFileName(q, HistoryWindow::tr("Export the order history"), suggested,
                                       HistoryWindow::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    startExport(path, filteredOnly);
}

void HistoryWindow::Private::startExport(const QString& path, bool filteredOnly)
{
    if (exportThread)
        return;
    if (!context.journal) {
        showMessage(HistoryWindow::tr("The order journal is not available: there is nothing to export."), true);
        emit q->exportFinished(false);
        return;
    }
    JournalQuery query = model->query();
    if (!filteredOnly) {
        query.states.clear();
        query.site.reset();
        query.search.clear();
    }
    // Off the GUI thread: writeHistoryCsv opens its own connection to the journal's file. What it
    // reports comes back queued to the window (dropped if the window is gone).
    exportPath = path;
    const QString journalPath = context.journal->path();
    const int pageSize = exportPageSize;
    const std::function<void(int, int)> afterPage = exportAfterPage;
    exportThread = QThread::create([this, journalPath, query, path, pageSize, afterPage] {
        const HistoryCsvExport result = writeHistoryCsv(
            journalPath, query, path,
            [&](int written, int total) {
                QMetaObject::invokeMethod(
                    q, [this, written, total] { showExportProgress(written, total); }, Qt::QueuedConnection);
                if (afterPage)
                    afterPage(written, total);
                return !QThread::currentThread()->isInterruptionRequested();
            },
            pageSize);
        QMetaObject::invokeMethod(
            q, [this, result] { finishExport(result); }, Qt::QueuedConnection);
    });
    exportThread->setObjectName(QStringLiteral("historyExport"));
    showMessage(QString(), false);
    showExportTarget();
    exportProgress->setRange(0, 0); // counting
    exportProgress->setTextVisible(false);
    exportRow->show();
    cancelExportKey->setEnabled(true);
    const bool focusWasOnExport = exportCsv->hasFocus() || exportFiltered->hasFocus();
    updateActions();
    if (focusWasOnExport)
        cancelExport->setFocus(); // the disabled button would drop it
    exportThread->start();
}

void HistoryWindow::Private::showExportTarget()
{
    exportLabel->setText(HistoryWindow::tr("Exporting to %1…").arg(QDir::toNativeSeparators(exportPath)));
}

void HistoryWindow::Private::showExportProgress(int written, int total)
{
    if (!exportThread)
        return;
    exportProgress->setRange(0, std::max(total, 1));
    exportProgress->setValue(std::min(written, std::max(total, 1)));
    exportProgress->setTextVisible(true);
    exportProgress->setFormat(
        HistoryWindow::tr("%1 of %Ln order(s) written", nullptr, total).arg(format::number(written)));
}

void HistoryWindow::Private::stopExportThread()
{
    if (!exportThread)
        return;
    exportThread->requestInterruption();
    exportThread->wait();
    delete exportThread;
    exportThread = nullptr;
}

void HistoryWindow::Private::finishExport(const HistoryCsvExport& result)
{
    stopExportThread(); // it has ended: this was its last word
    const bool focusWasOnCancel = cancelExport->hasFocus();
    exportRow->hide();
    cancelExportKey->setEnabled(false);
    updateActions();
    if (focusWasOnCancel)
        exportCsv->setFocus();
    const QString path = QDir::toNativeSeparators(exportPath);
    switch (result.outcome) {
    case HistoryCsvExport::Outcome::Written:
        showMessage(HistoryWindow::tr("Exported %n order(s) to %1.", nullptr, result.rows).arg(path), false);
        break;
    case HistoryCsvExport::Outcome::Cancelled:
        showMessage(HistoryWindow::tr("Export cancelled; %1 was not written.").arg(path), false);
        break;
    case HistoryCsvExport::Outcome::FileFailed:
        showMessage(HistoryWindow::tr("Could not write %1: %2").arg(path, result.error), true);
        break;
    case HistoryCsvExport::Outcome::JournalFailed:
        showMessage(HistoryWindow::tr("Could not export the orders: %1").arg(result.error), true);
        break;
    }
    emit q->exportFinished(result.outcome == HistoryCsvExport::Outcome::Written);
}

// --- HistoryWindow ---

HistoryWindow::HistoryWindow(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private(this, context))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowFlag(Qt::Window);
    d->build();
    d->retranslate();
    resize(1040, 720);
}

HistoryWindow::~HistoryWindow()
{
    d->stopExportThread(); // the export stops at its next page; its file is not written
    delete d;
}

HistoryModel* HistoryWindow::model() const
{
    return d->model;
}

void HistoryWindow::setExportPathChooser(std::function<QString(const QString&)> chooser)
{
    d->exportPathChooser = std::move(chooser);
}

void HistoryWindow::setExportPaging(int pageSize, std::function<void(int, int)> afterPage)
{
    d->exportPageSize = std::max(1, pageSize);
    d->exportAfterPage = std::move(afterPage);
}

void HistoryWindow::reload()
{
    d->model->reload();
}

void HistoryWindow::selectOrder(qint64 journalId)
{
    const int row = d->model->fetchUntil(journalId);
    if (row < 0)
        return;
    d->selectedId = journalId;
    d->restoreSelection();
}

void HistoryWindow::exportCsv(const QString& path, bool filteredOnly)
{
    d->startExport(path, filteredOnly);
}

bool HistoryWindow::isExporting() const
{
    return d->exportThread != nullptr;
}

void HistoryWindow::cancelExport()
{
    if (!d->exportThread)
        return;
    d->exportThread->requestInterruption(); // the worker stops at its next page and says so
}

void HistoryWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first time the table has its real width: the default widths are fitted into it.
    if (!d->fitted) {
        d->fitted = true;
        if (!d->customWidths)
            d->fitColumns();
    }
}

void HistoryWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    else if (event->type() == QEvent::FontChange)
        d->reserveCountWidth();
    QWidget::changeEvent(event);
}

} // namespace acrp::ui
