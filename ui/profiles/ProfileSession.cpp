#include "ui/profiles/ProfileSession.h"

#include "core/store/CredentialReply.h"
#include "core/store/Profiles.h"

#include <QScopedValueRollback>

namespace acrp::ui {

ProfileSession::ProfileSession(const AppContext& context, ProfileMessageBar* messages, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_messages(messages)
{ }

void ProfileSession::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged();
}

bool ProfileSession::saveProfile(const Profile& profile, const QString& originalName, QString* error)
{
    const QScopedValueRollback<bool> own(m_ownChange, true);
    return m_context.profiles->save(profile, originalName, error);
}

bool ProfileSession::removeProfile(const QString& name, QString* error)
{
    const QScopedValueRollback<bool> own(m_ownChange, true);
    return m_context.profiles->remove(name, error);
}

void ProfileSession::showKeychainProblem(const CredentialReply& reply, std::function<void()> retry)
{
    setBusy(false);
    m_messages->showKeychainProblem(reply, std::move(retry));
    if (reply.status() == CredentialStatus::NotFound)
        askForSecret();
    Q_EMIT idle();
}

} // namespace acrp::ui
