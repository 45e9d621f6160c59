#include "core/store/CredentialReply.h"

#include <QCoreApplication>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::CredentialStore)

public:
    static QString forStatus(CredentialStatus status, const QString& backendError)
    {
        switch (status) {
        case CredentialStatus::Ok:
            return {};
        case CredentialStatus::NotFound:
            return tr("No secret stored for this profile.");
        case CredentialStatus::NoBackend:
            return tr("No keychain is available (Secret Service or KWallet on Linux, Keychain on macOS, Credential "
                      "Manager on Windows). The secret can be kept in memory for this session only; it is never "
                      "written to disk.");
        case CredentialStatus::Locked:
            return tr("The keychain is locked or refused access. Unlock it, then retry.");
        case CredentialStatus::Failed:
            return backendError.isEmpty() ? tr("The keychain reported an error. Retry, or keep the secret for this "
                                               "session only.")
                                          : tr("The keychain reported an error: %1. Retry, or keep the secret for "
                                               "this session only.")
                                                .arg(backendError);
        }
        return {};
    }
};

} // namespace

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
    m_message = Text::forStatus(status, backendError);
    m_secret = secret;
    m_sessionOnly = sessionOnly;
    Q_EMIT finished();
}

} // namespace acrp
