#pragma once

#include "core/api/Endpoint.h"
#include "core/store/CredentialImport.h"
#include "core/store/Profiles.h"
#include "ui/AppContext.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace acrp {
class CredentialCheck;
class CredentialReply;
struct CheckOutcome;
} // namespace acrp

namespace acrp::ui {

// Add, edit, remove, import and check credential profiles. Non-secret fields go to Profiles
// (QSettings), secrets to the CredentialStore (keychain); every keychain and network step is
// asynchronous and the dialog stays responsive. Problems are shown inline (messageLabel) with their
// way forward (retry, keep for this session only, switch site); nothing pops up. Secrets are typed
// into password fields and never shown back.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // Uses context.profiles, context.credentials, context.network (for the check) and
    // context.sandboxUrl (where the built-in sandbox profile is checked).
    explicit ProfilesDialog(const AppContext& context, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    // Where "Import from aliyun CLI" reads (default ~/.aliyun/config.json) and what "Import from
    // environment" reads (default the process environment); for tests.
    void setAliyunConfigPath(const QString& path) { m_aliyunConfigPath = path; }
    void setImportEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    // Where a profile is checked; default: the sandbox for the built-in profile, the profile's site
    // otherwise. Tests point every profile at a local sandbox.
    void setCheckEndpoint(std::function<Endpoint(const Profile&)> endpointFor);

    void selectProfile(const QString& name);
    // The profile being edited; empty while adding a new one.
    QString currentProfileName() const { return m_originalName; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Emitted whenever an asynchronous step (keychain, import, check) has finished and the dialog
    // is ready for input again.
    void idle();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class MessageKind { Info, Success, Error };

    void retranslate();
    // Rebuilds the list and selects `select`; with `load`, shows that profile in the form.
    void fillList(const QString& select, bool load = true);
    void onSelectionChanged();
    void loadProfile(const Profile& profile);
    void startNewProfile();
    void updateModeFields();
    void refreshSecretStatus();
    void save();
    void finishSave(const Profile& profile, const QString& originalName);
    void askRemove();
    void remove();
    void showImport(const ImportResult& result);
    void importSelected();
    void importNext(QList<ImportCandidate> remaining, Site site, QStringList imported);
    void closeImport();
    void check();
    void showCheckOutcome(const CheckOutcome& outcome);
    void switchSite();
    void retry();
    void keepForSession();

    void showMessage(MessageKind kind, const QString& text);
    void clearMessage();
    // Shows a keychain problem with its way forward; `retry` repeats the failed step.
    void showKeychainProblem(const CredentialReply& reply, std::function<void()> retry);
    void setBusy(bool busy);
    void updateButtons();
    Profile profileFromForm() const;
    bool saveProfile(const Profile& profile, const QString& originalName, QString* error);
    bool removeProfile(const QString& name, QString* error);

    AppContext m_context;
    CredentialCheck* m_check = nullptr;
    std::function<Endpoint(const Profile&)> m_endpointFor;
    QString m_aliyunConfigPath;
    QProcessEnvironment m_environment;
    QString m_originalName; // the saved profile being edited; empty for a new one
    bool m_builtInSelected = false;
    bool m_busy = false;
    bool m_filling = false;
    bool m_ownChange = false; // Profiles::changed caused by this dialog
    int m_statusGeneration = 0; // drops keychain answers for a profile no longer shown
    std::function<void()> m_retry;
    QList<ImportCandidate> m_importCandidates;
    std::optional<Site> m_suggestedSite;

    QLabel* m_listLabel;
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_importAliyunButton;
    QPushButton* m_importEnvButton;
    QStackedWidget* m_stack;

    // Editor page.
    QGroupBox* m_editor;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_siteLabel;
    QComboBox* m_site;
    QLabel* m_modeLabel;
    QComboBox* m_mode;
    QLabel* m_keyIdLabel;
    QLineEdit* m_keyId;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QLabel* m_tokenLabel;
    QLineEdit* m_token;
    QLabel* m_regionLabel;
    QLineEdit* m_region;
    QLabel* m_secretStatus;
    QPushButton* m_saveButton;
    QPushButton* m_checkButton;
    QLabel* m_checkResult;
    QPushButton* m_switchSiteButton;
    QWidget* m_removeConfirmation;
    QLabel* m_removeQuestion;
    QPushButton* m_confirmRemoveButton;
    QPushButton* m_cancelRemoveButton;

    // Import page.
    QGroupBox* m_importPanel;
    QLabel* m_importListLabel;
    QListWidget* m_importList;
    QLabel* m_importSiteLabel;
    QComboBox* m_importSite;
    QPushButton* m_importConfirmButton;
    QPushButton* m_importCancelButton;

    // Inline message and its actions.
    QLabel* m_message;
    QPushButton* m_retryButton;
    QPushButton* m_sessionOnlyButton;
    QDialogButtonBox* m_buttons;
};

} // namespace acrp::ui
