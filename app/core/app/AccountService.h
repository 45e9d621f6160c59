#pragma once

#include "core/api/ApiError.h"
#include "core/api/Endpoint.h"
#include "core/app/ClientFactory.h"
#include "core/app/Expiry.h"
#include "core/order/Catalog.h"
#include "core/store/AccountStore.h"
#include "core/store/JournalEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

namespace acrp {

class AccountService;
class Journal;

// How one sync ended.
struct SyncResult
{
    AccountKey account;
    // Both listings (instances and orders) were read to the end and stored. GetOrderDetail and
    // GetInstance failures of single items do not fail a sync; they are in `errors`.
    bool ok = false;
    // Nothing was asked: this account was synced already in this process (and force was not set).
    bool skipped = false;
    int instances = 0; // instances listed
    int orders = 0; // orders listed
    int details = 0; // instances GetInstance described
    QDateTime startedAt; // UTC
    QDateTime lastSuccess; // UTC; invalid: never
    // What went wrong, each once, in words (ErrorExplanation::summary, the call named); empty when
    // nothing did.
    QStringList errors;
    QList<ApiError> apiErrors; // the service's answers behind `errors`
    ClientProblem clientProblem = ClientProblem::None; // no client could be made
    QString message; // a local problem (no journal, no client, a write failed); empty otherwise
};

// One sync in flight. finished() comes exactly once; the handle deletes itself afterwards.
class SyncHandle : public QObject
{
    Q_OBJECT

public:
    const AccountKey& account() const { return m_account; }
    bool isFinished() const { return m_finished; }

signals:
    // `step` in words ("Reading instances (page 2)"); done/total when countable, else 0/0.
    void progress(const QString& step, int done, int total);
    void finished(const acrp::SyncResult& result);

private:
    friend class AccountService;
    explicit SyncHandle(QObject* parent);
    void finish(const SyncResult& result);

    AccountKey m_account;
    bool m_finished = false;
};

// An order that touched an instance: a journal row, an account order, or both (joined by OrderId).
struct InstanceOrder
{
    QString orderId; // empty for a journal row not settled yet
    OrderKind kind = OrderKind::New; // the service's Renew is Renew; New, Upgrade, Refund by type
    QString orderType; // the service's OrderType when known (New, Renew, Upgrade, Refund)
    std::optional<JournalEntry> local; // the journal's row when this program sent it
    std::optional<AccountOrder> service; // what QueryOrders said of it
    QDateTime createdAt; // the service's CreateTime, else the row's
};

// One line of the Instances view: a synced instance, whether this program bought (or renewed) it,
// the orders that touched it (oldest first, each once) and its expiry.
struct InstanceRow
{
    AccountInstance instance;
    bool boughtHere = false; // a journal order (new or renew) names its InstanceId or an OrderId of it
    QList<InstanceOrder> orders;
    Expiry expiry;
};

// The merge rules, a pure function: one row per synced instance; a journal row belongs to an
// instance by its InstanceId or by an OrderId of an account order naming the instance; account
// orders and journal rows with the same OrderId are one InstanceOrder. Journal rows are read, never
// changed.
QList<InstanceRow> mergeInstances(const QList<AccountInstance>& instances, const QList<AccountOrder>& orders,
                                  const QList<JournalEntry>& journal, const QDateTime& now,
                                  int soonDays = Expiry::kDefaultSoonDays);

// A renewal of the synced `instance` on `site` for `periodMonths`: its ID, and its region, edition
// (the catalog's id for ACR's InstanceSpecification, "Enterprise_Basic" → "Basic") and name as the
// sync read them, so the journal's renewal row names the instance as its purchase did.
RenewalSpec renewalOf(const AccountInstance& instance, Site site, int periodMonths);

// Account sync and the Instances view's data: what the account really owns, read from BSS
// QueryAvailableInstances and QueryOrders (GetOrderDetail for an order's instances) and ACR
// GetInstance, stored with the time it was read (AccountStore). Never blocks: every call answers
// through the event loop. The one writer of AccountStore.
class AccountService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    AccountService(Journal* journal, ClientFactory* clients, QObject* parent = nullptr);
    ~AccountService() override;

    void setCatalog(const Catalog* catalog) { m_catalog = catalog; }

    // The account a sync of `profileName` at `endpoint` reads and stores under: {the profile name,
    // or the client's credential label when it is empty ("sandbox" for the sandbox, "" for the
    // environment); endpoint.id()}.
    static AccountKey accountFor(const QString& profileName, const Endpoint& endpoint);

    // Syncs one account. At most once per account per process unless `force`: a second call finishes
    // with skipped = true and the last success. A call while one is running returns that handle.
    // The site (ProductType, the sandbox's demo pair) is the endpoint's, else `site`.
    SyncHandle* sync(const QString& profileName, const Endpoint& endpoint, bool force = false, Site site = Site::China);
    bool isSyncing(const AccountKey& account) const;
    bool hasSynced(const AccountKey& account) const; // in this process

    std::optional<SyncStatus> syncStatus(const AccountKey& account) const;
    // The Instances view's rows for the account (an empty endpoint: all the profile's), filtered
    // and sorted by `query`; now = the current time unless given.
    QList<InstanceRow> instances(const AccountInstanceQuery& query, int soonDays = Expiry::kDefaultSoonDays,
                                 const QDateTime& now = {}) const;
    // The rows whose expiry needs a notice (Soon and Expired; Released ones are gone), the soonest
    // end first.
    QList<InstanceRow> expiring(const AccountKey& account, int soonDays = Expiry::kDefaultSoonDays,
                                const QDateTime& now = {}) const;

signals:
    // A sync stored something (views listing instances refresh).
    void accountChanged(const acrp::AccountKey& account);
    void syncFinished(const acrp::SyncResult& result);

private:
    class Run;
    friend class Run;
    Journal* journal() const;
    // Ends a sync: bookkeeping, syncFinished, then the handle's finished.
    void done(SyncHandle* handle, const SyncResult& result);

    Journal* m_journal;
    ClientFactory* m_clients;
    const Catalog* m_catalog = &Catalog::builtIn();
    QHash<QString, QPointer<SyncHandle>> m_running; // by account key text
    QSet<QString> m_synced;
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::SyncResult)
Q_DECLARE_METATYPE(acrp::AccountKey)
