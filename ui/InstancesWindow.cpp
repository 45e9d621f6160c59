#include "ui/InstancesWindow.h"

#include "core/Formatting.h"
#include "core/api/ErrorExplanation.h"
#include "core/app/AccountService.h"
#include "core/app/OrderService.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "ui/CopyButton.h"
#include "ui/ExpiryNoticeBar.h"
#include "ui/InstancesModel.h"
#include "ui/OrderText.h"
#include "ui/RecordTable.h"
#include "ui/RenewalPanel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace acrp::ui {

struct InstancesWindow::Private
{
    Private(InstancesWindow* window, const AppContext& appContext)
        : q(window)
        , context(appContext)
        , model(new InstancesModel(window))
    { }

    InstancesWindow* q;
    AppContext context;
    InstancesModel* model;
    QList<Account> accountList;

    QLabel* accountLabel = nullptr;
    QComboBox* account = nullptr;
    QPushButton* sync = nullptr;
    QLabel* syncStatus = nullptr;
    QLabel* syncError = nullptr;
    QLabel* levelLabel = nullptr;
    QComboBox* levelFilter = nullptr;
    QLabel* originLabel = nullptr;
    QComboBox* originFilter = nullptr;
    QLabel* searchLabel = nullptr;
    QLineEdit* search = nullptr;
    QLabel* count = nullptr;
    QLabel* tableLabel = nullptr;
    QTableView* table = nullptr;
    QLabel* details = nullptr;
    QScrollArea* detailsScroll = nullptr;
    RenewalPanel* renewal = nullptr;
    QPushButton* renew = nullptr;
    CopyButton* copyIds = nullptr;
    QLabel* console = nullptr;

    QString selectedId;
    QPointer<SyncHandle> syncing; // the sync this window started
    QString progress; // its last step in words

    const Account* current() const
    {
        const int index = account->currentIndex();
        return index >= 0 && index < accountList.size() ? &accountList.at(index) : nullptr;
    }
    AccountKey currentKey() const
    {
        const Account* chosen = current();
        return chosen ? AccountService::accountFor(chosen->profile, chosen->endpoint) : AccountKey();
    }
    const InstanceRow* selected() const { return model->rowAt(model->rowOf(selectedId)); }

    void build();
    void retranslate();
    void fillAccounts();
    void fillFilters();
    void updateSyncStatus();
    void updateDetails();
    void updateCount();
    void restoreSelection();
    QString copyText() const;
};

QList<InstancesWindow::Account> InstancesWindow::accounts(const AppContext& context)
{
    QList<Account> list;
    if (!context.profiles)
        return list;
    for (const Profile& profile : context.profiles->profiles()) {
        Account account;
        account.profile = profile.name;
        account.site = profile.site;
        account.endpoint = profile.builtIn ? Endpoint::sandbox(context.sandboxUrl) : Endpoint::forSite(profile.site);
        account.title
            = profile.builtIn ? account.endpoint.title() : tr("%1 (%2)").arg(profile.name, account.endpoint.title());
        list.append(account);
    }
    return list;
}

void InstancesWindow::Private::build()
{
    accountLabel = new QLabel(q);
    account = new QComboBox(q);
    account->setObjectName(QStringLiteral("instancesAccountCombo"));
    accountLabel->setBuddy(account);
    sync = new QPushButton(q);
    sync->setObjectName(QStringLiteral("syncNowButton"));
    sync->setAutoDefault(false);
    syncStatus = new QLabel(q);
    syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    syncStatus->setWordWrap(true);
    syncStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    syncError = new QLabel(q);
    syncError->setObjectName(QStringLiteral("syncErrorLabel"));
    syncError->setWordWrap(true);
    syncError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    OrderText::setTone(syncError, OrderText::Tone::Error);
    syncError->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(accountLabel);
    top->addWidget(account, 1);
    top->addWidget(sync);
    top->addWidget(syncStatus, 2);

    levelLabel = new QLabel(q);
    levelFilter = new QComboBox(q);
    levelFilter->setObjectName(QStringLiteral("expiryFilterCombo"));
    levelLabel->setBuddy(levelFilter);
    originLabel = new QLabel(q);
    originFilter = new QComboBox(q);
    originFilter->setObjectName(QStringLiteral("originFilterCombo"));
    originLabel->setBuddy(originFilter);
    searchLabel = new QLabel(q);
    search = new QLineEdit(q);
    search->setObjectName(QStringLiteral("instancesSearchEdit"));
    search->setClearButtonEnabled(true);
    searchLabel->setBuddy(search);
    count = new QLabel(q);
    count->setObjectName(QStringLiteral("instancesCountLabel"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(levelLabel);
    filters->addWidget(levelFilter);
    filters->addWidget(originLabel);
    filters->addWidget(originFilter);
    filters->addWidget(searchLabel);
    filters->addWidget(search, 1);
    filters->addWidget(count);

    tableLabel = new QLabel(q);
    table = new QTableView(q);
    table->setObjectName(QStringLiteral("instancesTable"));
    tableLabel->setBuddy(table);
    table->setModel(model);
    setUpRecordTable(table, true);
    // An account has a handful of instances, so every cell is measured: each column as wide as its
    // texts, and the name takes what is left (a long name is elided; the details show it whole), so
    // the table fits the window without scrolling sideways.
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(InstancesModel::NameColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSortIndicator(InstancesModel::EndColumn, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 5);

    details = new QLabel(q);
    details->setObjectName(QStringLiteral("instanceDetails"));
    details->setTextFormat(Qt::RichText);
    details->setWordWrap(true);
    details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details->setFocusPolicy(Qt::StrongFocus);
    detailsScroll = new QScrollArea(q);
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    renewal = new RenewalPanel(context, q);

    auto* tablePane = new QWidget(q);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(tableLabel);
    tableLayout->addWidget(table, 1);
    auto* detailsPane = new QWidget(q);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(renewal);
    detailsLayout->addWidget(detailsScroll, 1);
    auto* splitter = new QSplitter(Qt::Vertical, q);
    splitter->setObjectName(QStringLiteral("instancesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tablePane);
    splitter->addWidget(detailsPane);
    splitter->setSizes({260, 340});

    renew = new QPushButton(q);
    renew->setObjectName(QStringLiteral("renewButton"));
    renew->setAutoDefault(false);
    copyIds = new CopyButton(
        QStringLiteral("instancesCopyIdsButton"), [this] { return copyText(); }, q);
    console = new QLabel(q);
    console->setObjectName(QStringLiteral("renewalSettingsLink"));
    console->setOpenExternalLinks(true);
    console->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* actions = new QHBoxLayout;
    actions->addWidget(renew);
    actions->addWidget(copyIds);
    actions->addStretch();
    actions->addWidget(console);

    auto* layout = new QVBoxLayout(q);
    layout->addLayout(top);
    layout->addWidget(syncError);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    QObject::connect(account, &QComboBox::currentIndexChanged, q, [this] {
        selectedId.clear();
        q->reload();
        updateSyncStatus();
    });
    QObject::connect(sync, &QPushButton::clicked, q, [this] { q->syncNow(); });
    QObject::connect(levelFilter, &QComboBox::currentIndexChanged, q, [this] {
        model->setLevelFilter(InstancesModel::LevelFilter(levelFilter->currentData().toInt()));
    });
    QObject::connect(originFilter, &QComboBox::currentIndexChanged, q, [this] {
        model->setOriginFilter(InstancesModel::OriginFilter(originFilter->currentData().toInt()));
    });
    QObject::connect(search, &QLineEdit::textChanged, q, [this](const QString& text) { model->setSearch(text); });
    QObject::connect(model, &QAbstractItemModel::modelReset, q, [this] {
        restoreSelection();
        updateCount();
    });
    QObject::connect(
        table->selectionModel(), &QItemSelectionModel::currentRowChanged, q, [this](const QModelIndex& index) {
            selectedId = index.isValid() ? index.data(InstancesModel::InstanceIdRole).toString() : QString();
            updateDetails();
        });
    QObject::connect(renew, &QPushButton::clicked, q, [this] { q->renewSelected(); });
    // Enter on a row renews it, as the button does.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        QObject::connect(new QShortcut(QKeySequence(key), table, nullptr, nullptr, Qt::WidgetShortcut),
                         &QShortcut::activated, q, [this] { q->renewSelected(); });
    }
    QObject::connect(renewal, &RenewalPanel::closed, q, [this] {
        detailsScroll->show();
        updateDetails();
        table->setFocus(Qt::OtherFocusReason);
    });
    QObject::connect(renewal, &RenewalPanel::renewalFinished, q, [this](const OrderResult& result) {
        // A renewal moved the end: read the account again (the end date, the new order).
        if (result.isPaid() && context.accounts)
            q->syncNow();
        updateDetails();
    });
    if (context.accounts) {
        QObject::connect(context.accounts, &AccountService::accountChanged, q, [this](const AccountKey& changed) {
            if (changed == currentKey())
                q->reload();
        });
        QObject::connect(context.accounts, &AccountService::syncFinished, q, [this](const SyncResult& result) {
            if (result.account == currentKey()) {
                q->reload();
                updateSyncStatus();
            }
        });
    }
    if (context.orders) {
        QObject::connect(context.orders, &OrderService::journalChanged, q, [this] { q->reload(); });
    }
}

void InstancesWindow::Private::retranslate()
{
    q->setWindowTitle(InstancesWindow::tr("Instances"));
    accountLabel->setText(InstancesWindow::tr("A&ccount:"));
    account->setAccessibleName(InstancesWindow::tr("Account"));
    sync->setText(InstancesWindow::tr("S&ync now"));
    sync->setToolTip(InstancesWindow::tr("Read the account’s instances and orders from the service"));
    levelLabel->setText(InstancesWindow::tr("E&xpiry:"));
    levelFilter->setAccessibleName(InstancesWindow::tr("Filter by expiry"));
    originLabel->setText(InstancesWindow::tr("&Bought:"));
    originFilter->setAccessibleName(InstancesWindow::tr("Filter by where it was bought"));
    searchLabel->setText(InstancesWindow::tr("Searc&h:"));
    search->setPlaceholderText(InstancesWindow::tr("Name, region, edition or an ID"));
    search->setAccessibleName(InstancesWindow::tr("Search the instances"));
    tableLabel->setText(InstancesWindow::tr("&Instances:"));
    table->setAccessibleName(InstancesWindow::tr("Instances"));
    details->setAccessibleName(InstancesWindow::tr("Instance details"));
    renew->setText(InstancesWindow::tr("&Renew…"));
    renew->setToolTip(InstancesWindow::tr("Renew the selected instance (Enter)"));
    copyIds->setTexts(InstancesWindow::tr("Copy I&Ds"),
                      InstancesWindow::tr("Copy the instance ID and the IDs of the orders that touched it"));
    fillAccounts();
    fillFilters();
    model->retranslate();
    updateSyncStatus();
    updateCount();
    updateDetails();
}

void InstancesWindow::Private::fillAccounts()
{
    const QString chosen = current() ? current()->profile : QString();
    accountList = InstancesWindow::accounts(context);
    const QSignalBlocker blocker(account);
    account->clear();
    int index = 0;
    for (int i = 0; i < accountList.size(); ++i) {
        account->addItem(accountList.at(i).title);
        if (accountList.at(i).profile == chosen)
            index = i;
    }
    account->setCurrentIndex(accountList.isEmpty() ? -1 : index);
}

void InstancesWindow::Private::fillFilters()
{
    const int level = qMax(0, levelFilter->currentIndex());
    const int origin = qMax(0, originFilter->currentIndex());
    {
        const QSignalBlocker blocker(levelFilter);
        levelFilter->clear();
        levelFilter->addItem(InstancesWindow::tr("All"), int(InstancesModel::LevelFilter::All));
        levelFilter->addItem(InstancesWindow::tr("Expiring or expired"),
                             int(InstancesModel::LevelFilter::NeedsAttention));
        levelFilter->addItem(InstancesWindow::tr("Expires soon"), int(InstancesModel::LevelFilter::Soon));
        levelFilter->addItem(InstancesWindow::tr("Expired or released"), int(InstancesModel::LevelFilter::Expired));
        levelFilter->addItem(InstancesWindow::tr("OK"), int(InstancesModel::LevelFilter::Ok));
        levelFilter->setCurrentIndex(level);
    }
    const QSignalBlocker blocker(originFilter);
    originFilter->clear();
    originFilter->addItem(InstancesWindow::tr("Anywhere"), int(InstancesModel::OriginFilter::All));
    originFilter->addItem(InstancesModel::originText(true), int(InstancesModel::OriginFilter::Here));
    originFilter->addItem(InstancesModel::originText(false), int(InstancesModel::OriginFilter::Elsewhere));
    originFilter->setCurrentIndex(origin);
}

void InstancesWindow::Private::updateSyncStatus()
{
    const Account* chosen = current();
    if (!context.accounts || !context.journal) {
        syncStatus->setText(InstancesWindow::tr("The order journal is not available: nothing can be synced."));
        sync->setEnabled(false);
        return;
    }
    const AccountKey key = currentKey();
    const bool running = chosen && context.accounts->isSyncing(key);
    sync->setEnabled(chosen && !running);
    if (running) {
        syncStatus->setText(progress.isEmpty() ? InstancesWindow::tr("Syncing…") : progress + u'…');
        return;
    }
    const std::optional<SyncStatus> status = chosen ? context.accounts->syncStatus(key) : std::nullopt;
    const QString last = status && status->lastSuccess.isValid() ? format::dateTime(status->lastSuccess)
                                                                 : InstancesWindow::tr("never");
    syncStatus->setText(InstancesWindow::tr("Last synced: %1").arg(last));
    const QString error = status ? status->lastError : QString();
    syncError->setText(error.isEmpty() ? QString() : InstancesWindow::tr("The last sync failed: %1").arg(error));
    syncError->setVisible(!error.isEmpty());
}

void InstancesWindow::Private::updateCount()
{
    count->setText(model->isFiltered() ? InstancesWindow::tr("%1 of %n instance(s)", nullptr, model->totalCount())
                                             .arg(format::number(model->rowCount()))
                                       : InstancesWindow::tr("%n instance(s)", nullptr, model->totalCount()));
}

void InstancesWindow::Private::restoreSelection()
{
    const int row = model->rowOf(selectedId);
    if (row >= 0) {
        table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        selectedId.clear();
    }
    updateDetails();
}

void InstancesWindow::Private::updateDetails()
{
    const Account* chosen = current();
    const SiteInfo* site = chosen ? &Catalog::builtIn().site(chosen->site) : nullptr;
    // Changing the renewal setting is out of scope: the console does it.
    if (site && !site->consoleUrl.isEmpty()) {
        console->setText(u"<a href=\"" + site->consoleUrl.toHtmlEscaped() + u"\">"
                         + InstancesWindow::tr("Change renewal settings in the console").toHtmlEscaped() + u"</a>");
        console->show();
    } else {
        console->hide();
    }
    const InstanceRow* row = selected();
    // While the renewal panel is open its own Renew is the action (and the only Alt+R): Cancel or
    // close it to renew another instance.
    renew->setEnabled(row && context.orders && row->expiry.level != Expiry::Level::Released && renewal->isHidden());
    copyIds->setEnabled(row != nullptr);
    if (!row) {
        if (!context.journal)
            details->setText(
                InstancesWindow::tr("The order journal is not available: there are no instances to show."));
        else if (model->totalCount() == 0)
            details->setText(InstancesWindow::tr("No instances are known for this account yet. Sync now reads them "
                                                 "from the service."));
        else
            details->setText(
                InstancesWindow::tr("Select an instance to see its details and the orders that touched it."));
        return;
    }
    const AccountInstance& instance = row->instance;
    const QString none = InstancesWindow::tr("none");
    QList<std::pair<QString, QString>> rows = {
        {InstancesWindow::tr("Instance ID"), instance.instanceId},
        {InstancesWindow::tr("Name"), instance.name.isEmpty() ? InstancesWindow::tr("not read yet") : instance.name},
        {InstancesWindow::tr("Edition"), InstancesModel::editionName(instance)},
        {InstancesWindow::tr("Region"), instance.region},
        {InstancesWindow::tr("Status"), InstancesModel::statusText(instance)},
        {InstancesWindow::tr("Created"), format::dateTime(instance.createTime)},
        {InstancesWindow::tr("Ends"), format::dateTime(instance.endTime)},
        {InstancesWindow::tr("Expiry"), row->expiry.notice()},
        {InstancesWindow::tr("Renewal"), InstancesModel::renewalText(instance)},
        {InstancesWindow::tr("Bought"), InstancesModel::originText(row->boughtHere)},
        {InstancesWindow::tr("Read"), format::dateTime(instance.readAt)},
    };
    if (!instance.instanceIssue.isEmpty())
        rows.insert(5, {InstancesWindow::tr("Issue"), ErrorExplanation::instanceIssue(instance.instanceIssue)});
    QString html = OrderText::html(rows);
    html += u"<p><b>" + InstancesWindow::tr("Orders that touched it").toHtmlEscaped() + u"</b></p>";
    if (row->orders.isEmpty()) {
        html += u"<p>" + InstancesWindow::tr("None known.").toHtmlEscaped() + u"</p>";
    } else {
        html += u"<table cellspacing=\"4\"><tr><th align=\"left\">" + InstancesWindow::tr("Kind").toHtmlEscaped()
            + u"</th><th align=\"left\">" + InstancesWindow::tr("Order ID").toHtmlEscaped()
            + u"</th><th align=\"left\">" + InstancesWindow::tr("Amount").toHtmlEscaped() + u"</th><th align=\"left\">"
            + InstancesWindow::tr("Payment").toHtmlEscaped() + u"</th><th align=\"left\">"
            + InstancesWindow::tr("Created").toHtmlEscaped() + u"</th><th align=\"left\">"
            + InstancesWindow::tr("Sent").toHtmlEscaped() + u"</th></tr>";
        for (const InstanceOrder& order : row->orders) {
            QString amount;
            QString payment;
            if (order.service) {
                amount = format::money(order.service->pretaxAmount, order.service->currency);
                payment = order.service->paymentStatus;
            } else if (order.local) {
                payment = order.local->paymentStatus;
            }
            const QString sent = order.local
                ? InstancesWindow::tr("here (%1)").arg(OrderText::stateName(order.local->state))
                : InstancesWindow::tr("elsewhere");
            const QStringList cells = {orderKindName(order.kind),
                                       order.orderId.isEmpty() ? none : order.orderId,
                                       amount,
                                       payment,
                                       format::dateTime(order.createdAt),
                                       sent};
            html += u"<tr>";
            for (const QString& cell : cells)
                html += u"<td>" + cell.toHtmlEscaped() + u"</td>";
            html += u"</tr>";
        }
        html += u"</table>";
    }
    details->setText(html);
}

QString InstancesWindow::Private::copyText() const
{
    const InstanceRow* row = selected();
    if (!row)
        return {};
    QStringList lines = {QStringLiteral("InstanceId: ") + row->instance.instanceId};
    for (const InstanceOrder& order : row->orders) {
        if (!order.orderId.isEmpty())
            lines << QStringLiteral("OrderId: ") + order.orderId;
    }
    return lines.join(u'\n');
}

// --- InstancesWindow ---

InstancesWindow::InstancesWindow(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private(this, context))
{
    setObjectName(QStringLiteral("instancesWindow"));
    setWindowFlag(Qt::Window);
    d->build();
    d->retranslate();
    reload();
    resize(1040, 680);
}

InstancesWindow::~InstancesWindow()
{
    delete d;
}

InstancesModel* InstancesWindow::model() const
{
    return d->model;
}

RenewalPanel* InstancesWindow::renewalPanel() const
{
    return d->renewal;
}

void InstancesWindow::reload()
{
    QList<InstanceRow> rows;
    if (d->context.accounts && d->current()) {
        AccountInstanceQuery query;
        query.account = d->currentKey();
        rows = d->context.accounts->instances(query, ExpiryNoticeBar::noticeDays());
    }
    d->model->setRows(rows);
}

bool InstancesWindow::selectAccount(const QString& profile)
{
    for (int i = 0; i < d->accountList.size(); ++i) {
        if (d->accountList.at(i).profile == profile) {
            d->account->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void InstancesWindow::selectInstance(const QString& instanceId)
{
    d->selectedId = instanceId;
    d->restoreSelection();
}

void InstancesWindow::syncNow()
{
    const Account* chosen = d->current();
    if (!chosen || !d->context.accounts)
        return;
    SyncHandle* handle = d->context.accounts->sync(chosen->profile, chosen->endpoint, true, chosen->site);
    d->syncing = handle;
    d->progress.clear();
    d->syncError->hide();
    connect(handle, &SyncHandle::progress, this, [this](const QString& step) {
        d->progress = step;
        d->updateSyncStatus();
    });
    connect(handle, &SyncHandle::finished, this, [this](const SyncResult& result) {
        d->progress.clear();
        d->updateSyncStatus();
        // What went wrong with single items (one GetInstance, say) when the listing itself worked.
        if (result.ok && !result.errors.isEmpty()) {
            d->syncError->setText(tr("Synced, but some details could not be read: %1").arg(result.errors.join(u'\n')));
            d->syncError->show();
        } else if (!result.ok && !result.message.isEmpty()) {
            d->syncError->setText(tr("The sync failed: %1").arg(result.message));
            d->syncError->show();
        }
    });
    d->updateSyncStatus();
}

void InstancesWindow::renewSelected()
{
    const InstanceRow* row = d->selected();
    const Account* chosen = d->current();
    if (!row || !chosen || !d->renew->isEnabled())
        return;
    d->detailsScroll->hide();
    d->renewal->start(*row, chosen->profile, chosen->endpoint, chosen->site);
    d->updateDetails();
}

void InstancesWindow::resumeRenewal(qint64 journalId)
{
    d->detailsScroll->hide();
    d->renewal->resume(journalId);
    d->updateDetails();
}

bool InstancesWindow::confirmRenewalClose(const std::function<void()>& close)
{
    return d->renewal->confirmClose(close);
}

void InstancesWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    QWidget::changeEvent(event);
}

void InstancesWindow::closeEvent(QCloseEvent* event)
{
    // Never lose a renewal silently: ask while one is on its way (the journal keeps it either way).
    if (!d->renewal->confirmClose([this] { close(); })) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace acrp::ui
