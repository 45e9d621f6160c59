#pragma once

#include "ui/AppContext.h"
#include "ui/profiles/ProfileMessageBar.h"

#include <QObject>
#include <functional>

namespace acrp {
class CredentialReply;
struct Profile;
} // namespace acrp

namespace acrp::ui {

// What the panels of the Profiles dialog share. One keychain or network step runs at a time in the
// whole dialog (busy), there is one inline message, and the profile list belongs to the dialog: a
// panel asks for it to be shown again (showProfiles) instead of rebuilding it. Profiles are written
// through here so that the dialog can tell its own changes from those made elsewhere.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    ProfileSession(const AppContext& context, ProfileMessageBar* messages, QObject* parent = nullptr);

    const AppContext& context() const { return m_context; }
    ProfileMessageBar& messages() const { return *m_messages; }

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    // True while Profiles::changed comes from a write of this dialog.
    bool isOwnChange() const { return m_ownChange; }
    bool saveProfile(const Profile& profile, const QString& originalName, QString* error);
    bool removeProfile(const QString& name, QString* error);

    // Ends the current step with a keychain problem and its way forward; `retry` repeats the step.
    void showKeychainProblem(const CredentialReply& reply, std::function<void()> retry);
    // Rebuilds the list and shows `select` (the first profile when empty) in the editor.
    void showProfiles(const QString& select) { Q_EMIT profilesRequested(select); }
    // Sends the keyboard to the secret field: the way forward when no secret is stored.
    void askForSecret() { Q_EMIT secretRequested(); }
    // An asynchronous step has finished and the dialog is ready for input again.
    void finishStep() { Q_EMIT idle(); }

Q_SIGNALS:
    void busyChanged();
    void profilesRequested(const QString& select);
    void secretRequested();
    void idle();

private:
    AppContext m_context;
    ProfileMessageBar* m_messages;
    bool m_busy = false;
    bool m_ownChange = false;
};

} // namespace acrp::ui
