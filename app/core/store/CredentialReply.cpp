#include "core/store/CredentialReply.h"

#include <QCoreApplication>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::CredentialStore)
};

bool containsAny(const QString& text, std::initializer_list<QLatin1String> hints)
{
    for (const QLatin1String hint : hints) {
        if (text.contains(hint, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString CredentialReply::describe(CredentialStatus status, const QString& backendError)
{
    switch (status) {
    case CredentialStatus::Ok:
        return {};
    case CredentialStatus::NotFound:
        return Text::tr("No secret stored for this profile.");
    case CredentialStatus::NoBackend:
        return Text::tr("No keychain is available (Secret Service or KWallet on Linux, Keychain on macOS, "
                        "Credential Manager on Windows). The secret can be kept in memory for this session only; "
                        "it is never written to disk.");
    case CredentialStatus::Locked:
    case CredentialStatus::Failed:
        break;
    }
    // The backends' texts (libsecret's D-Bus errors, QtKeychain's own) mean little to a user and say
    // nothing of what to do; they only tell which of these cases it is. A locked collection, or one that
    // was never created (gnome-keyring: "Object does not exist at path /org/freedesktop/secrets/collection/
    // login" until the login keyring exists), comes first: its text may also say access was denied.
    const QString lockedOrMissing = Text::tr(
        "The keyring is locked or was not created; unlock it in your desktop's password manager, then Retry.");
    if (containsAny(backendError,
                    {QLatin1String("locked"), QLatin1String("does not exist"), QLatin1String("no such object"),
                     QLatin1String("UnknownObject"), QLatin1String("/collection/")}))
        return lockedOrMissing;
    if (containsAny(backendError,
                    {QLatin1String("denied"), QLatin1String("dismiss"), QLatin1String("cancel"),
                     QLatin1String("not allowed"), QLatin1String("refused")}))
        return Text::tr("The keychain refused access (the request was denied or its prompt was closed). Allow "
                        "acr-purchase in your desktop's password manager, then Retry.");
    if (status == CredentialStatus::Locked)
        return lockedOrMissing;
    return Text::tr("The keychain reported an error. Retry, or keep the secret for this session only.");
}

CredentialReply::CredentialReply(Operation operation, const QString& profileName, QObject* parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileName(profileName)
{ }

void CredentialReply::onFinished(CredentialReply* reply, QObject* context,
                                 std::function<void(const CredentialReply&)> callback)
{
    const auto deliver = [reply, callback = std::move(callback)] {
        callback(*reply);
        reply->deleteLater();
    };
    if (reply->isFinished()) {
        QMetaObject::invokeMethod(context, deliver, Qt::QueuedConnection);
        return;
    }
    connect(reply, &CredentialReply::finished, context, deliver, Qt::SingleShotConnection);
    // If the context goes away first, nobody wants the answer: just free the reply when it comes.
    connect(reply, &CredentialReply::finished, reply, &QObject::deleteLater, Qt::QueuedConnection);
}

void CredentialReply::finish(CredentialStatus status, const QString& backendError, const StoredSecret& secret,
                             bool sessionOnly)
{
    m_finished = true;
    m_status = status;
    m_backendError = backendError;
    m_message = describe(status, backendError);
    m_secret = secret;
    m_sessionOnly = sessionOnly;
    Q_EMIT finished();
}

} // namespace acrp
