#pragma once

#include "core/api/ApiError.h"
#include "core/api/Signer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <variant>

namespace acrp {

// Where a client's credentials come from. BssCall asks its client's source before EVERY attempt,
// so a retry, or a call made long after the client was built, signs with credentials that are
// valid now. A fixed pair (AccessKey, STS token) is simply handed back; a RAM role source
// (RoleCredentialSource) assumes the role first and renews the temporary credentials ahead of
// their expiry. Everything a source holds stays in memory.
class CredentialSource : public QObject
{
    Q_OBJECT

public:
    using Result = std::variant<Credentials, ApiError>;
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;

    // Calls `done` with credentials good for a request sent now, or the error that prevented
    // getting them: at once when the current ones are good, otherwise once they were renewed.
    // Not called when `context` is destroyed first. `staleAccessKeyId`: the service said the
    // credentials with this AccessKey ID expired; do not hand them out again.
    virtual void acquire(QObject* context, Callback done, const QString& staleAccessKeyId = QString()) = 0;
    // True when acquire() can give other credentials than before (after an expiry).
    virtual bool renews() const { return false; }
    // The AccessKey ID of the long-lived pair (the profile's), whatever is signed with.
    virtual QString accessKeyId() const = 0;
    // The credentials last handed out (the fixed pair until a role was assumed): for a preview.
    virtual Credentials current() const = 0;
    // Every secret and security token this source holds or ever handed out: what redaction
    // must remove from messages.
    virtual QStringList secrets() const = 0;

protected:
    // Calls `done` unless `context` is gone.
    static void answer(const QPointer<QObject>& context, const Callback& done, const Result& result)
    {
        if (context)
            done(result);
    }
};

// A fixed AccessKey pair (with its STS token, if any).
class FixedCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    explicit FixedCredentialSource(const Credentials& credentials, QObject* parent = nullptr)
        : CredentialSource(parent)
        , m_credentials(credentials)
    { }

    void acquire(QObject* context, Callback done, const QString& = QString()) override
    {
        answer(context, done, m_credentials);
    }
    QString accessKeyId() const override { return m_credentials.accessKeyId; }
    Credentials current() const override { return m_credentials; }
    QStringList secrets() const override { return {m_credentials.accessKeySecret, m_credentials.securityToken}; }

private:
    Credentials m_credentials;
};

} // namespace acrp
