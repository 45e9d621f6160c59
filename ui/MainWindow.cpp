#include "ui/MainWindow.h"

#include "core/Translations.h"
#include "core/Version.h"
#include "core/app/AccountService.h"
#include "core/app/ClientFactory.h"
#include "core/store/Journal.h"
#include "core/store/TemplateStore.h"
#include "ui/AppServices.h"
#include "ui/ExpiryNoticeBar.h"
#include "ui/HelpDialogs.h"
#include "ui/HistoryWindow.h"
#include "ui/Icons.h"
#include "ui/InstancesWindow.h"
#include "ui/Language.h"
#include "ui/LeaveBar.h"
#include "ui/OrderDraft.h"
#include "ui/OrderText.h"
#include "ui/ProfilesDialog.h"
#include "ui/PurchaseWizard.h"
#include "ui/SandboxMenu.h"
#include "ui/SaveTemplateRow.h"
#include "ui/TemplatesDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace acrp::ui {

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : MainWindow(context, nullptr, parent)
{ }

MainWindow::MainWindow(AppServices& services, QWidget* parent)
    : MainWindow(services.context(), services.isStarted() ? nullptr : &services, parent)
{ }

MainWindow::MainWindow(const AppContext& context, AppServices* deferred, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_deferred(deferred)
    , m_wizard(new PurchaseWizard(context, this,
                                  deferred ? PurchaseWizard::Build::FirstPageOnly : PurchaseWizard::Build::AllPages))
    , m_problems(new QLabel(this))
    , m_resumeBar(new QWidget(this))
    , m_resumeText(new QLabel(m_resumeBar))
    , m_resumeButton(new QPushButton(m_resumeBar))
    , m_leaveBar(new LeaveBar(this))
    , m_expiryBar(new ExpiryNoticeBar(this))
    , m_saveBar(new QWidget(this))
    , m_saveRow(new SaveTemplateRow(context, m_saveBar))
    , m_closeSaveBar(new QToolButton(m_saveBar))
    , m_importBar(new QWidget(this))
    , m_importText(new QLabel(m_importBar))
    , m_closeImportBar(new QToolButton(m_importBar))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setMargin(6);
    OrderText::setTone(m_problems, OrderText::Tone::Error);
    m_problems->hide();
    m_resumeBar->setObjectName(QStringLiteral("resumeBar"));
    m_resumeText->setObjectName(QStringLiteral("resumeText"));
    m_resumeText->setWordWrap(true);
    m_resumeButton->setObjectName(QStringLiteral("resumeOfferButton"));
    auto* bar = new QHBoxLayout(m_resumeBar);
    bar->addWidget(m_resumeText, 1);
    bar->addWidget(m_resumeButton);

    // File → Save order as template…: inline, Esc or the close button hides it.
    m_saveBar->setObjectName(QStringLiteral("saveTemplateBar"));
    m_saveRow->setObjectName(QStringLiteral("barSaveTemplateRow"));
    m_closeSaveBar->setObjectName(QStringLiteral("closeSaveTemplateBarButton"));
    m_closeSaveBar->setAutoRaise(true);
    auto* saveLayout = new QHBoxLayout(m_saveBar);
    saveLayout->addWidget(m_saveRow, 1);
    saveLayout->addWidget(m_closeSaveBar, 0, Qt::AlignTop);
    connect(m_saveRow, &SaveTemplateRow::saved, this, [this] {
        if (m_templatesDialog)
            m_templatesDialog->reload();
    });
    m_saveBar->hide();
    connect(m_closeSaveBar, &QToolButton::clicked, m_saveBar, &QWidget::hide);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), m_saveBar, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, [this] {
                m_saveBar->hide();
                m_wizard->setFocus(Qt::OtherFocusReason);
            });

    // What an import of order files (File → Import templates…, a drop) did, one line per file.
    m_importBar->setObjectName(QStringLiteral("importBar"));
    m_importText->setObjectName(QStringLiteral("importResultsLabel"));
    m_importText->setWordWrap(true);
    m_importText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_closeImportBar->setObjectName(QStringLiteral("closeImportBarButton"));
    m_closeImportBar->setAutoRaise(true);
    auto* importLayout = new QHBoxLayout(m_importBar);
    importLayout->addWidget(m_importText, 1);
    importLayout->addWidget(m_closeImportBar, 0, Qt::AlignTop);
    m_importBar->hide();
    connect(m_closeImportBar, &QToolButton::clicked, m_importBar, &QWidget::hide);
    setAcceptDrops(true);

    // The wizard lives inside the window (not as a dialog of its own) so the menus stay at hand.
    m_wizard->setWindowFlags(Qt::Widget);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_expiryBar);
    layout->addWidget(m_leaveBar);
    layout->addWidget(m_saveBar);
    layout->addWidget(m_importBar);
    layout->addWidget(m_wizard, 1);
    setCentralWidget(central);

    connect(m_wizard, &PurchaseWizard::leaveRequested, this, &MainWindow::leaveWizard);
    connect(m_wizard, &QWizard::accepted, this, [this] {
        // Finish on the result page: a new, empty order, keeping the account choice. The bought one
        // is the journal's; buying it again takes "Order again".
        m_wizard->startFresh();
        m_wizard->show();
        refreshResumeOffer();
    });
    connect(m_wizard, &PurchaseWizard::newOrderStarted, m_leaveBar, &LeaveBar::keep);
    // The Review page has a "Save as template" row of its own: the bar would only repeat it.
    connect(m_wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PurchaseWizard::ReviewPageId)
            m_saveBar->hide();
    });
    connect(m_wizard, &PurchaseWizard::profilesRequested, this, &MainWindow::openProfiles);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        if (m_resumeRow)
            resumeOrder(m_resumeRow);
    });
    connect(m_expiryBar, &ExpiryNoticeBar::showInstancesRequested, this, &MainWindow::openInstances);
    connect(m_wizard, &PurchaseWizard::pagesNeeded, this, &MainWindow::finishStartup);
    createMenus();
    retranslate();
    resize(760, 640);
    if (!m_deferred)
        completeStartup();
}

void MainWindow::finishStartup()
{
    if (!m_deferred)
        return;
    AppServices* services = std::exchange(m_deferred, nullptr);
    services->finishStartup();
    m_context = services->context();
    showProblems(services->problems());
    completeStartup();
}

void MainWindow::completeStartup()
{
    // Every window's icon, once the first page is painted (ui/Icons.h).
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(Icons::application());
    m_wizard->addRemainingPages(m_context);
    m_saveRow->setTemplates(m_context.templates);
    orderBarsForTab(); // once every page and bar exists
    refreshResumeOffer();
    startAccountSync();
    emit started();
}

void MainWindow::startAccountSync()
{
    if (!m_context.accounts || !m_context.journal)
        return;
    // Every sync (the Instances window's, a renewal's, the start-up's) may change what to warn of.
    connect(m_context.accounts, &AccountService::syncFinished, this, &MainWindow::refreshExpiryNotice);
    refreshExpiryNotice();
    for (const InstancesWindow::Account& account : InstancesWindow::accounts(m_context)) {
        const std::optional<SyncStatus> status
            = m_context.accounts->syncStatus(AccountService::accountFor(account.profile, account.endpoint));
        if (status && status->lastSuccess.isValid())
            m_context.accounts->sync(account.profile, account.endpoint, false, account.site);
    }
}

void MainWindow::refreshExpiryNotice()
{
    QList<ExpiryNoticeBar::Item> items;
    if (m_context.accounts && m_context.journal) {
        const int days = ExpiryNoticeBar::noticeDays();
        for (const InstancesWindow::Account& account : InstancesWindow::accounts(m_context)) {
            for (const InstanceRow& row :
                 m_context.accounts->expiring(AccountService::accountFor(account.profile, account.endpoint), days))
                items.append({account.title, row});
        }
    }
    const QList<ExpiryNoticeBar::Item> fresh = m_expiryBar->setItems(items);
    if (!fresh.isEmpty() && ExpiryNoticeBar::desktopNotifications())
        notifyDesktop(ExpiryNoticeBar::title(fresh), ExpiryNoticeBar::plainText(fresh));
}

void MainWindow::setDesktopNotifier(std::function<void(const QString&, const QString&)> notifier)
{
    m_notifier = std::move(notifier);
}

void MainWindow::notifyDesktop(const QString& title, const QString& text)
{
    if (m_notifier) {
        m_notifier(title, text);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_trayIcon) {
        m_trayIcon = new QSystemTrayIcon(windowIcon(), this);
        connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, &MainWindow::openInstances);
    }
    m_trayIcon->show();
    m_trayIcon->showMessage(title, text, QSystemTrayIcon::Warning);
}

void MainWindow::resumeOrder(qint64 journalId)
{
    const std::optional<JournalEntry> entry
        = m_context.journal && m_context.journal->isOpen() ? m_context.journal->entry(journalId) : std::nullopt;
    m_resumeBar->hide();
    if (entry && entry->kind == OrderKind::Renew) {
        openInstances()->resumeRenewal(journalId);
        return;
    }
    m_wizard->resumeRow(journalId);
    raise();
    activateWindow();
}

bool MainWindow::isStarted() const
{
    return m_deferred == nullptr;
}

bool MainWindow::event(QEvent* event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        emit firstPainted();
        // The rest of the start-up on the next turn of the event loop, after this paint.
        if (m_deferred && m_finishAfterFirstPaint)
            QTimer::singleShot(0, this, &MainWindow::finishStartup);
    }
    return handled;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // A new order leaves the current one as Escape does: asked first when something would be lost.
    m_newOrder = m_fileMenu->addAction(QString(), this, &MainWindow::leaveWizard);
    m_newOrder->setObjectName(QStringLiteral("newOrderAction"));
    m_newOrder->setShortcut(QKeySequence::New);
    m_newFromTemplate = m_fileMenu->addAction(QString(), this, &MainWindow::openTemplates);
    m_newFromTemplate->setObjectName(QStringLiteral("newFromTemplateAction"));
    m_saveAsTemplate = m_fileMenu->addAction(QString(), this, &MainWindow::showSaveTemplateBar);
    m_saveAsTemplate->setObjectName(QStringLiteral("saveAsTemplateAction"));
    m_importTemplates = m_fileMenu->addAction(QString(), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import templates"), QString(),
                                                                tr("Order files (*.json);;All files (*)"));
        if (!paths.isEmpty())
            importTemplates(paths);
    });
    m_importTemplates->setObjectName(QStringLiteral("importTemplatesAction"));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_profiles = m_settingsMenu->addAction(QString(), this, &MainWindow::openProfiles);
    m_profiles->setObjectName(QStringLiteral("profilesAction"));
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_systemLanguage->setData(QString());
    m_systemLanguage->setObjectName(QStringLiteral("languageSystemAction"));
    m_languageMenu->addSeparator();
    QList<QAction*> actions = {m_systemLanguage};
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    for (const QString& code : availableLanguages()) {
        QAction* action = m_languageMenu->addAction(languageName(code));
        action->setData(code);
        action->setObjectName(u"language_" + code + u"Action");
        actions << action;
    }
    const QString saved = Language::saved();
    for (QAction* action : actions) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == saved);
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [](QAction* action) { Language::apply(action->data().toString()); });

    // How requests are signed: V1 (HMAC-SHA1, what the aliyun CLI uses) or V3 (ACS3-HMAC-SHA256).
    // Remembered; the Review page says which one the purchase will use.
    m_signatureMenu = m_settingsMenu->addMenu(QString());
    auto* signatures = new QActionGroup(this);
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        QAction* action = m_signatureMenu->addAction(QString());
        action->setCheckable(true);
        action->setObjectName(version == SignatureVersion::V3 ? QStringLiteral("signatureV3Action")
                                                              : QStringLiteral("signatureV1Action"));
        action->setChecked(m_context.clients && m_context.clients->settings().signature == version);
        signatures->addAction(action);
        connect(action, &QAction::triggered, this, [this, version] {
            if (m_context.clients)
                AppServices::setSignatureVersion(*m_context.clients, version);
        });
        (version == SignatureVersion::V3 ? m_signatureV3 : m_signatureV1) = action;
    }

    // Settings → Expiry warnings: how many days ahead the notice warns, and a desktop notification.
    m_expiryMenu = m_settingsMenu->addMenu(QString());
    m_expiryMenu->setObjectName(QStringLiteral("expiryMenu"));
    m_expiryDays = new QActionGroup(this);
    for (const int days : ExpiryNoticeBar::noticeDayChoices()) {
        QAction* action = m_expiryMenu->addAction(QString());
        action->setObjectName(QStringLiteral("expiryDays%1Action").arg(days));
        action->setData(days);
        action->setCheckable(true);
        action->setChecked(days == ExpiryNoticeBar::noticeDays());
        m_expiryDays->addAction(action);
    }
    connect(m_expiryDays, &QActionGroup::triggered, this, [this](QAction* action) {
        ExpiryNoticeBar::setNoticeDays(action->data().toInt());
        refreshExpiryNotice();
        if (m_instancesWindow)
            m_instancesWindow->reload();
    });
    m_expiryMenu->addSeparator();
    m_desktopNotifications = m_expiryMenu->addAction(QString());
    m_desktopNotifications->setObjectName(QStringLiteral("desktopNotificationsAction"));
    m_desktopNotifications->setCheckable(true);
    m_desktopNotifications->setChecked(ExpiryNoticeBar::desktopNotifications());
    connect(m_desktopNotifications, &QAction::toggled, this, &ExpiryNoticeBar::setDesktopNotifications);

    m_windowMenu = menuBar()->addMenu(QString());
    m_history = m_windowMenu->addAction(QString(), this, &MainWindow::openHistory);
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_instances = m_windowMenu->addAction(QString(), this, &MainWindow::openInstances);
    m_instances->setObjectName(QStringLiteral("instancesAction"));
    m_instances->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_templates = m_windowMenu->addAction(QString(), this, &MainWindow::openTemplates);
    m_templates->setObjectName(QStringLiteral("templatesAction"));

    menuBar()->addMenu(new SandboxMenu(m_context, m_wizard->draft(), this)); // retranslates itself

    m_helpMenu = menuBar()->addMenu(QString());
    m_documentation = m_helpMenu->addAction(QString(), this, &MainWindow::openDocumentation);
    m_documentation->setObjectName(QStringLiteral("documentationAction"));
    m_documentation->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setObjectName(QStringLiteral("aboutAction"));
}

DocumentationDialog* MainWindow::openDocumentation()
{
    if (!m_documentationDialog) {
        m_documentationDialog = new DocumentationDialog(this);
        m_documentationDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_documentationDialog->show();
    m_documentationDialog->raise();
    m_documentationDialog->activateWindow();
    return m_documentationDialog;
}

QMessageBox* MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About ACR Purchase"));
    box->setTextFormat(Qt::PlainText);
    box->setText(aboutText());
    // The SVG icon drawn for the screen's scale, so it stays sharp at 200 %.
    box->setIconPixmap(windowIcon().pixmap(QSize(64, 64), box->devicePixelRatio()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    return box;
}

void MainWindow::leaveWizard()
{
    if (m_wizard->isSending()) {
        m_leaveBar->ask(tr("The order is being sent. If you stop waiting, it may still go through: it stays in the "
                           "order history and is offered for resume with the same client token."),
                        tr("&Keep waiting"), tr("Sto&p waiting"), [this] { m_wizard->stopWaiting(); });
        return;
    }
    if (m_wizard->hasUnsentChanges()) {
        m_leaveBar->ask(tr("Discard this order? What you entered is lost; nothing was sent."), tr("&Keep"),
                        tr("&Discard"), [this] { m_wizard->startFresh(); });
        return;
    }
    // Nothing to lose: the order was sent (its result is in the history) or nothing was entered.
    m_wizard->startFresh();
    refreshResumeOffer();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const auto closeAfter = [this](const std::function<void()>& first) {
        return [this, first] {
            first();
            m_closeConfirmed = true;
            close();
        };
    };
    if (!m_closeConfirmed && m_instancesWindow && !m_instancesWindow->confirmRenewalClose(closeAfter([] {}))) {
        // The question is in the Instances window, beside the renewal it is about.
        event->ignore();
        m_instancesWindow->show();
        m_instancesWindow->raise();
        return;
    }
    if (!m_closeConfirmed && m_wizard->isSending()) {
        event->ignore();
        m_leaveBar->ask(tr("The order is being sent. Close anyway? It may still go through: it stays in the order "
                           "history and is offered for resume when acr-purchase starts."),
                        tr("&Keep waiting"), tr("Stop waiting and c&lose"),
                        closeAfter([this] { m_wizard->stopWaiting(); }));
        return;
    }
    if (!m_closeConfirmed && m_wizard->hasUnsentChanges()) {
        event->ignore();
        m_leaveBar->ask(tr("Discard this order and close? What you entered is lost; nothing was sent."), tr("&Keep"),
                        tr("Discard and c&lose"), closeAfter([] {}));
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ACR Purchase %1").arg(versionString()));
    m_fileMenu->setTitle(tr("&File"));
    m_newOrder->setText(tr("&New order"));
    m_newFromTemplate->setText(tr("New order from &template…"));
    m_saveAsTemplate->setText(tr("Save order as te&mplate…"));
    m_importTemplates->setText(tr("&Import templates…"));
    m_windowMenu->setTitle(tr("&Window"));
    m_history->setText(tr("&History"));
    m_instances->setText(tr("&Instances"));
    m_expiryMenu->setTitle(tr("&Expiry warnings"));
    for (QAction* action : m_expiryDays->actions())
        action->setText(tr("Warn %n day(s) ahead", nullptr, action->data().toInt()));
    m_desktopNotifications->setText(tr("&Desktop notifications"));
    m_templates->setText(tr("&Templates"));
    m_closeSaveBar->setText(tr("Close"));
    m_closeSaveBar->setToolTip(tr("Close (Esc)"));
    m_closeImportBar->setText(tr("Close"));
    m_quit->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_profiles->setText(tr("&Profiles…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("&System language"));
    m_signatureMenu->setTitle(tr("Request si&gnature"));
    m_signatureV1->setText(tr("V&1 (HMAC-SHA1)"));
    m_signatureV3->setText(tr("V&3 (ACS3-HMAC-SHA256)"));
    m_helpMenu->setTitle(tr("&Help"));
    m_documentation->setText(tr("&Documentation"));
    m_about->setText(tr("&About ACR Purchase"));
    m_resumeButton->setText(tr("&Resume"));
    refreshResumeOffer();
}

void MainWindow::refreshResumeOffer()
{
    m_resumeRow = 0;
    // Counted by SQL, and only the newest row read: a journal with thousands of unfinished orders
    // would otherwise stall the window while each is read (bench_stalls: 0.45 s at 7,000).
    QList<JournalEntry> pending;
    int unfinished = 0;
    if (m_context.journal && m_context.journal->isOpen()) {
        JournalQuery query;
        query.states = {OrderState::Sending, OrderState::Unknown};
        unfinished = m_context.journal->count(query);
        query.limit = 1; // newest first
        pending = m_context.journal->entries(query);
    }
    if (pending.isEmpty()) {
        m_resumeBar->hide();
        return;
    }
    const JournalEntry& newest = pending.first();
    m_resumeRow = newest.id;
    m_resumeText->setText(tr("%n order(s) did not finish: the outcome is unknown and it is safe to resume. Newest: "
                             "%1 in %2, client token %3.",
                             nullptr, std::max(unfinished, 1))
                              .arg(newest.order.instanceName, newest.order.region, newest.clientToken));
    m_resumeBar->show();
}

void MainWindow::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

TemplatesDialog* MainWindow::openTemplates()
{
    finishStartup();
    if (!m_templatesDialog) {
        // A window of its own (non-modal): the wizard stays usable next to it.
        m_templatesDialog = new TemplatesDialog(m_context, this);
        connect(m_templatesDialog, &TemplatesDialog::orderRequested, this, [this](const OrderSpec& order) {
            m_wizard->startWith(order);
            refreshResumeOffer();
            activateWindow();
        });
    }
    m_templatesDialog->reload();
    m_templatesDialog->show();
    m_templatesDialog->raise();
    m_templatesDialog->activateWindow();
    return m_templatesDialog;
}

TemplatesDialog* MainWindow::templatesDialog() const
{
    return m_templatesDialog;
}

HistoryWindow* MainWindow::historyWindow() const
{
    return m_historyWindow;
}

InstancesWindow* MainWindow::instancesWindow() const
{
    return m_instancesWindow;
}

InstancesWindow* MainWindow::openInstances()
{
    finishStartup();
    if (!m_instancesWindow) {
        m_instancesWindow = new InstancesWindow(m_context, this);
        m_instancesWindow->setWindowFlags(m_instancesWindow->windowFlags() | Qt::Window);
        // The account the wizard pays with, when it is one the window offers.
        m_instancesWindow->selectAccount(m_wizard->draft()->profileName());
    } else {
        m_instancesWindow->reload();
    }
    m_instancesWindow->show();
    m_instancesWindow->raise();
    m_instancesWindow->activateWindow();
    return m_instancesWindow;
}

HistoryWindow* MainWindow::openHistory()
{
    finishStartup();
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_context, this);
        m_historyWindow->setWindowFlags(m_historyWindow->windowFlags() | Qt::Window);
        connect(m_historyWindow, &HistoryWindow::resumeRequested, this, &MainWindow::resumeOrder);
        connect(m_historyWindow, &HistoryWindow::instancesRequested, this, &MainWindow::openInstances);
        connect(m_historyWindow, &HistoryWindow::orderAgainRequested, this, [this](const OrderSpec& order) {
            // Another instance, said as much on its own Review page and confirmed there: the wizard
            // makes a new ClientToken when it is submitted.
            m_wizard->startAnotherInstance(order);
            raise();
            activateWindow();
        });
    } else {
        m_historyWindow->reload();
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
    return m_historyWindow;
}

void MainWindow::orderBarsForTab()
{
    // The wizard's buttons come first in its focus chain, then the pages' fields; the bars, made
    // later, would come after the fields. Move them right after the last of the buttons, so the
    // cycle reads: bars, fields, Back/Next/Cancel.
    const QList<QAbstractButton*> buttons = m_wizard->navigationButtons();
    QWidget* previous = m_wizard;
    for (QWidget* widget = m_wizard->nextInFocusChain(); widget != m_wizard && widget != this;
         widget = widget->nextInFocusChain()) {
        if (std::any_of(buttons.begin(), buttons.end(), [widget](const QWidget* button) { return button == widget; }))
            previous = widget;
    }
    for (QWidget* bar : {m_resumeBar, static_cast<QWidget*>(m_leaveBar), m_saveBar, m_importBar}) {
        for (QWidget* widget : bar->findChildren<QWidget*>()) {
            if (widget->focusPolicy() & Qt::TabFocus) {
                setTabOrder(previous, widget);
                previous = widget;
            }
        }
    }
}

void MainWindow::showSaveTemplateBar()
{
    finishStartup();
    if (m_wizard->currentId() == PurchaseWizard::ReviewPageId) {
        if (auto* row = m_wizard->currentPage()->findChild<SaveTemplateRow*>()) {
            row->focusName();
            return;
        }
    }
    m_saveRow->setOrder(m_wizard->draft()->order());
    m_saveBar->show();
    m_saveRow->focusName();
}

QList<TemplateImportResult> MainWindow::importTemplates(const QStringList& paths)
{
    finishStartup();
    QList<TemplateImportResult> results;
    if (!m_context.templates) {
        SaveTemplateRow::showMessage(m_importText, SaveTemplateRow::unavailableText(), true);
    } else {
        results = m_context.templates->importFiles(paths);
        TemplatesDialog::showImportResults(m_importText, results);
        if (m_templatesDialog)
            m_templatesDialog->reload();
    }
    m_importBar->show();
    return results;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!TemplatesDialog::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = TemplatesDialog::localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importTemplates(paths);
}

void MainWindow::openProfiles()
{
    auto* dialog = new ProfilesDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("profilesDialog"));
    if (!m_wizard->draft()->profileName().isEmpty())
        dialog->selectProfile(m_wizard->draft()->profileName());
    dialog->open();
}

} // namespace acrp::ui
