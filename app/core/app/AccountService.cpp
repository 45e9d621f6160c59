#include "core/app/AccountService.h"

#include "core/store/Journal.h"

#include <QTimer>

namespace acrp {

// STUB (interface commit): replaced by the implementation.
SyncHandle::SyncHandle(QObject* parent)
    : QObject(parent)
{ }

void SyncHandle::finish(const SyncResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

QList<InstanceRow> mergeInstances(const QList<AccountInstance>&, const QList<AccountOrder>&, const QList<JournalEntry>&,
                                  const QDateTime&, int)
{
    return {};
}

AccountService::AccountService(Journal* journal, ClientFactory* clients, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clients(clients)
{ }

AccountService::~AccountService() = default;

AccountKey AccountService::accountFor(const QString& profileName, const Endpoint& endpoint)
{
    return {profileName.isEmpty() && endpoint.isSandbox() ? QStringLiteral("sandbox") : profileName, endpoint.id()};
}

Journal* AccountService::journal() const
{
    return m_journal && m_journal->isOpen() ? m_journal : nullptr;
}

SyncHandle* AccountService::sync(const QString& profileName, const Endpoint& endpoint, bool, Site)
{
    auto* handle = new SyncHandle(this);
    handle->m_account = accountFor(profileName, endpoint);
    QTimer::singleShot(0, handle, [handle] { handle->finish({}); });
    return handle;
}

bool AccountService::isSyncing(const AccountKey&) const
{
    return false;
}
bool AccountService::hasSynced(const AccountKey&) const
{
    return false;
}
std::optional<SyncStatus> AccountService::syncStatus(const AccountKey&) const
{
    return {};
}
QList<InstanceRow> AccountService::instances(const AccountInstanceQuery&, int, const QDateTime&) const
{
    return {};
}
QList<InstanceRow> AccountService::expiring(const AccountKey&, int, const QDateTime&) const
{
    return {};
}

} // namespace acrp
