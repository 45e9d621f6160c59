#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/store/Journal.h"
#include "ui/Language.h"
#include "ui/OrderDraft.h"
#include "ui/ProfilesDialog.h"
#include "ui/PurchaseWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrp::ui {

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_wizard(new PurchaseWizard(context, this))
    , m_problems(new QLabel(this))
    , m_resumeBar(new QWidget(this))
    , m_resumeText(new QLabel(m_resumeBar))
    , m_resumeButton(new QPushButton(m_resumeBar))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/acrp/icons/acr-purchase.svg")));
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setMargin(6);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->hide();
    m_resumeBar->setObjectName(QStringLiteral("resumeBar"));
    m_resumeText->setObjectName(QStringLiteral("resumeText"));
    m_resumeText->setWordWrap(true);
    m_resumeButton->setObjectName(QStringLiteral("resumeOfferButton"));
    auto* bar = new QHBoxLayout(m_resumeBar);
    bar->addWidget(m_resumeText, 1);
    bar->addWidget(m_resumeButton);

    // The wizard lives inside the window (not as a dialog of its own) so the menus stay at hand.
    m_wizard->setWindowFlags(Qt::Widget);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_wizard, 1);
    setCentralWidget(central);

    connect(m_wizard, &QWizard::rejected, this, &QWidget::close);
    connect(m_wizard, &QWizard::accepted, this, [this] {
        // Finish on the result page: start a new order, keeping the account choice.
        m_wizard->restart();
        m_wizard->show();
        refreshResumeOffer();
    });
    connect(m_wizard, &PurchaseWizard::profilesRequested, this, &MainWindow::openProfiles);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        if (m_resumeRow) {
            m_wizard->resumeRow(m_resumeRow);
            m_resumeBar->hide();
        }
    });
    createMenus();
    retranslate();
    refreshResumeOffer();
    resize(760, 640);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newOrder = m_fileMenu->addAction(QString(), this, [this] {
        m_wizard->restart();
        refreshResumeOffer();
    });
    m_newOrder->setObjectName(QStringLiteral("newOrderAction"));
    m_newOrder->setShortcut(QKeySequence::New);
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
    for (const QString& code : Language::available()) {
        QAction* action = m_languageMenu->addAction(Language::nativeName(code));
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

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About ACR Purchase"),
                           tr("ACR Purchase %1\n\nBuys Alibaba Cloud Container Registry Enterprise Edition "
                              "instances. Secrets stay in the system keychain; every order keeps one client token "
                              "so it is never bought twice.")
                               .arg(versionString()));
    });
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
    m_quit->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_profiles->setText(tr("&Profiles…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("&System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About ACR Purchase"));
    m_resumeButton->setText(tr("&Resume"));
    refreshResumeOffer();
}

void MainWindow::refreshResumeOffer()
{
    m_resumeRow = 0;
    QList<JournalEntry> pending;
    if (m_context.journal && m_context.journal->isOpen()) {
        JournalQuery query;
        query.states = {OrderState::Sending, OrderState::Unknown};
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
                             nullptr, int(pending.size()))
                              .arg(newest.order.instanceName, newest.order.region, newest.clientToken));
    m_resumeBar->show();
}

void MainWindow::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
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
