#pragma once

#include "core/api/Endpoint.h"
#include "ui/AppContext.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <functional>

class QDialogButtonBox;
class QStackedWidget;

namespace acrp {
struct Profile;
} // namespace acrp

namespace acrp::ui {

class CredentialCheckPanel;
class ProfileEditor;
class ProfileImportPanel;
class ProfileListPanel;
class ProfileMessageBar;
class ProfileSession;

// Add, edit, remove, import and check credential profiles. Non-secret fields go to Profiles
// (QSettings), secrets to the CredentialStore (keychain); every keychain and network step is
// asynchronous and the dialog stays responsive. Problems are shown inline (messageLabel) with their
// way forward (retry, keep for this session only, switch site); nothing pops up. Secrets are typed
// into password fields and never shown back.
// The jobs live in panels (ui/profiles): the list, the editor with the credential check, the import
// and the message bar; the dialog lays them out, keeps them in step and reloads the list when the
// profiles change.
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
    void setAliyunConfigPath(const QString& path);
    void setImportEnvironment(const QProcessEnvironment& environment);
    // Where a profile is checked; default: the sandbox for the built-in profile, the profile's site
    // otherwise. Tests point every profile at a local sandbox.
    void setCheckEndpoint(std::function<Endpoint(const Profile&)> endpointFor);

    void selectProfile(const QString& name);
    // The profile being edited; empty while adding a new one.
    QString currentProfileName() const;
    bool isBusy() const;

Q_SIGNALS:
    // Emitted whenever an asynchronous step (keychain, import, check) has finished and the dialog
    // is ready for input again.
    void idle();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Rebuilds the list and selects `select`; with `load`, shows that profile in the editor.
    void fillList(const QString& select, bool load = true);
    void showProfile(const QString& name);
    void startNewProfile();
    void showEditor();
    void updateButtons();

    ProfileMessageBar* m_messages;
    ProfileSession* m_session;
    ProfileListPanel* m_list;
    QStackedWidget* m_stack;
    CredentialCheckPanel* m_check;
    ProfileEditor* m_editor;
    ProfileImportPanel* m_import;
    QDialogButtonBox* m_buttons;
};

} // namespace acrp::ui
