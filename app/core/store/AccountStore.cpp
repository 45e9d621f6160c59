#include "core/store/AccountStore.h"

#include "core/store/Journal.h"

namespace acrp {

// STUB (interface commit): replaced by the implementation.
AccountStore::AccountStore(Journal* journal)
    : m_journal(journal)
{ }
bool AccountStore::replaceInstances(const AccountKey&, const QList<AccountInstance>&, QString*)
{
    return false;
}
bool AccountStore::recordInstanceDetails(const AccountKey&, const AccountInstance&, QString*)
{
    return false;
}
bool AccountStore::upsertOrders(const AccountKey&, const QList<AccountOrder>&, QString*)
{
    return false;
}
bool AccountStore::recordSync(const AccountKey&, const QDateTime&, const QString&, QString*)
{
    return false;
}
QList<AccountInstance> AccountStore::instances(const AccountInstanceQuery&) const
{
    return {};
}
std::optional<AccountInstance> AccountStore::instance(const QString&) const
{
    return {};
}
QList<AccountOrder> AccountStore::orders(const AccountKey&) const
{
    return {};
}
std::optional<AccountOrder> AccountStore::order(const AccountKey&, const QString&) const
{
    return {};
}
std::optional<SyncStatus> AccountStore::syncStatus(const AccountKey&) const
{
    return {};
}
QStringList AccountStore::queryPlan(const AccountInstanceQuery&) const
{
    return {};
}

} // namespace acrp
