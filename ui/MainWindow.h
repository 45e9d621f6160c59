#pragma once

#include "ui/AppContext.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;

namespace acrp::ui {

class PurchaseWizard;

// The application window: menus, the start-up offer to resume unfinished orders, and the
// purchase wizard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);

    PurchaseWizard* wizard() const { return m_wizard; }
    // Re-reads the journal for orders left in Sending or Unknown and shows or hides the offer.
    void refreshResumeOffer();
    void openProfiles();
    // Start-up problems (sandbox or journal unavailable), shown inline above the wizard.
    void showProblems(const QStringList& problems);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslate();

    AppContext m_context;
    PurchaseWizard* m_wizard;
    QLabel* m_problems;
    QWidget* m_resumeBar;
    QLabel* m_resumeText;
    QPushButton* m_resumeButton;
    qint64 m_resumeRow = 0;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newOrder = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_profiles = nullptr;
    QAction* m_systemLanguage = nullptr;
    QAction* m_about = nullptr;
    QActionGroup* m_languages = nullptr;
};

} // namespace acrp::ui
