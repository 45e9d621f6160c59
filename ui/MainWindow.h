#pragma once

#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <functional>

class QActionGroup;
class QLabel;
class QMenu;
class QMessageBox;
class QPushButton;
class QSystemTrayIcon;
class QToolButton;

namespace acrp {
struct TemplateImportResult;
}

namespace acrp::ui {

class AppServices;
class DocumentationDialog;
class LeaveBar;

class ExpiryNoticeBar;
class HistoryWindow;
class InstancesWindow;
class PurchaseWizard;
class SaveTemplateRow;
class TemplatesDialog;

// The application window: menus, the start-up offer to resume unfinished orders, the purchase
// wizard, and the way to the templates and the history. Order files dropped on it are imported as
// templates.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Every service ready (tests).
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    // The program: when `services` are deferred (AppServices::Options::deferred), the window shows
    // the wizard's first page with what is ready, says firstPainted(), and finishStartup() opens the
    // journal, builds the other pages and the bars that need it, and offers to resume.
    explicit MainWindow(AppServices& services, QWidget* parent = nullptr);

    // Once; called by whoever owns the start-up after the first paint, and by every way in that
    // needs the rest sooner (Next, the templates, the history, saving or importing templates).
    void finishStartup();
    bool isStarted() const;
    // Deferred: whether the window finishes its start-up by itself right after its first paint (the
    // default) or waits for finishStartup() (the smoke test, which measures the first paint alone).
    void setFinishAfterFirstPaint(bool finish) { m_finishAfterFirstPaint = finish; }

    PurchaseWizard* wizard() const { return m_wizard; }
    // Re-reads the journal for orders left in Sending or Unknown and shows or hides the offer.
    void refreshResumeOffer();
    void openProfiles();
    // Start-up problems (sandbox or journal unavailable), shown inline above the wizard.
    void showProblems(const QStringList& problems);

    // Window → Templates / File → New order from template…: the templates dialog (one, non-modal).
    TemplatesDialog* openTemplates();
    // Window → History: the history window (one).
    HistoryWindow* openHistory();
    TemplatesDialog* templatesDialog() const;
    HistoryWindow* historyWindow() const;
    // Window → Instances (Ctrl+I), the notice's Show instances, the History window's button: the
    // instances window (one).
    InstancesWindow* openInstances();
    InstancesWindow* instancesWindow() const;
    // Resumes an unfinished journal row where it belongs: a purchase in the wizard, a renewal in the
    // Instances window's renewal panel.
    void resumeOrder(qint64 journalId);
    // The expiry notice from the stored sync data of every account offered (AccountService::expiring
    // with the days of Settings), shown or hidden; a desktop notification for instances not told of
    // before in this run when Settings asks for one.
    void refreshExpiryNotice();
    ExpiryNoticeBar* expiryNoticeBar() const { return m_expiryBar; }
    // How a desktop notification is shown (title, text); by default QSystemTrayIcon::showMessage
    // when the system has a tray. Tests replace it to see what would be notified.
    void setDesktopNotifier(std::function<void(const QString& title, const QString& text)> notifier);
    // Help → Documentation (F1): the README's sections in a window of their own (one, non-modal).
    DocumentationDialog* openDocumentation();
    // Help → About: the program's, Qt's and QtKeychain's versions (window-modal, not blocking).
    QMessageBox* showAbout();
    // File → Save order as template…: the inline bar at the top for the wizard's current order.
    void showSaveTemplateBar();
    // Imports order files as templates (File → Import templates…, drops) and shows one line per file.
    QList<TemplateImportResult> importTemplates(const QStringList& paths);

signals:
    // The window was painted for the first time.
    void firstPainted();
    // Every service is ready and every page built (at once when not deferred).
    void started();

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // Closing while an order is on its way, or with a changed draft not sent, asks first.
    void closeEvent(QCloseEvent* event) override;

private:
    MainWindow(const AppContext& context, AppServices* deferred, QWidget* parent);
    void completeStartup();
    // Escape or Cancel in the wizard: stop waiting, discard the draft, or start a new order.
    void leaveWizard();
    void createMenus();
    void retranslate();
    // After the journal opened: the notice from the stored data, then a sync of every account that
    // was synced before (at most once per run; never one that was not: no call the user did not ask
    // for reaches a real endpoint).
    void startAccountSync();
    void notifyDesktop(const QString& title, const QString& text);
    // Tab reaches the bars above the wizard (created after it) before the page's fields.
    void orderBarsForTab();

    AppContext m_context;
    AppServices* m_deferred = nullptr; // until finishStartup()
    bool m_painted = false;
    bool m_finishAfterFirstPaint = true;
    PurchaseWizard* m_wizard;
    QLabel* m_problems;
    QWidget* m_resumeBar;
    QLabel* m_resumeText;
    QPushButton* m_resumeButton;
    LeaveBar* m_leaveBar;
    ExpiryNoticeBar* m_expiryBar;
    std::function<void(const QString&, const QString&)> m_notifier;
    QSystemTrayIcon* m_trayIcon = nullptr;
    bool m_closeConfirmed = false;
    qint64 m_resumeRow = 0;
    QWidget* m_saveBar;
    SaveTemplateRow* m_saveRow;
    QToolButton* m_closeSaveBar;
    QWidget* m_importBar;
    QLabel* m_importText;
    QToolButton* m_closeImportBar;
    QPointer<TemplatesDialog> m_templatesDialog;
    QPointer<HistoryWindow> m_historyWindow;
    QPointer<InstancesWindow> m_instancesWindow;
    QPointer<DocumentationDialog> m_documentationDialog;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_signatureMenu = nullptr;
    QAction* m_signatureV1 = nullptr;
    QAction* m_signatureV3 = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_windowMenu = nullptr;
    QAction* m_newOrder = nullptr;
    QAction* m_newFromTemplate = nullptr;
    QAction* m_saveAsTemplate = nullptr;
    QAction* m_importTemplates = nullptr;
    QAction* m_history = nullptr;
    QAction* m_instances = nullptr;
    QMenu* m_expiryMenu = nullptr;
    QActionGroup* m_expiryDays = nullptr;
    QAction* m_desktopNotifications = nullptr;
    QAction* m_templates = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_profiles = nullptr;
    QAction* m_systemLanguage = nullptr;
    QAction* m_documentation = nullptr;
    QAction* m_about = nullptr;
    QActionGroup* m_languages = nullptr;
};

} // namespace acrp::ui
