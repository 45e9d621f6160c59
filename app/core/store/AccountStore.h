#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace acrp {

class Journal;

// Which account's data: the profile (as the journal records it: a profile name, "sandbox" for
// the sandbox's demo pair, "" for the environment variables) and the endpoint it was read from
// (Endpoint::id(): "sandbox", "cn", "intl" or a URL), so the sandbox's instances never mix with a
// real account's.
struct AccountKey
{
    QString profile;
    QString endpoint;
    friend bool operator==(const AccountKey&, const AccountKey&) = default;
};

// One ACR EE instance as the service last described it: BSS QueryAvailableInstances, and ACR
// GetInstance (crReadAt valid when that was read). Times UTC; invalid when the service gave none.
struct AccountInstance
{
    QString instanceId; // InstanceID
    QString status; // Creating, WaitForExpire, Normal, Expired, ...
    QString subStatus;
    QDateTime createTime;
    QDateTime endTime;
    QString renewStatus; // AutoRenewal, ManualRenewal, NotRenewal
    int renewalDuration = 0;
    QString renewalDurationUnit; // M, Y
    QString region;
    QString productType; // acr_ee_public_cn / acr_ee_public_intl
    QDateTime readAt; // when QueryAvailableInstances said the above
    // ACR GetInstance (cr 2018-12-01):
    QString name; // InstanceName
    QString instanceStatus; // RUNNING, ...
    QString instanceSpecification; // Basic, Standard, Advanced
    QString instanceIssue; // e.g. OSS_BUCKET_ALREADY_EXISTS; empty: none
    QDateTime crReadAt; // invalid: GetInstance not read (yet)
};

// One order of the account as BSS QueryOrders (and GetOrderDetail for its instances) said it.
struct AccountOrder
{
    QString orderId;
    QStringList instanceIds; // from GetOrderDetail; empty when not read
    QString orderType; // New, Renew, Upgrade, Refund
    QString paymentStatus; // Paid, Unpaid, Cancelled
    QString pretaxGrossAmount; // decimal strings as sent
    QString pretaxAmount;
    QString afterTaxAmount;
    QString currency;
    QDateTime createTime;
    QDateTime paymentTime;
    QDateTime readAt;
};

// The last sync of an account: when one last succeeded and what went wrong last (empty: nothing).
struct SyncStatus
{
    QDateTime lastSuccess; // invalid: never
    QDateTime lastAttempt; // invalid: never
    QString lastError; // in words
};

// The columns the Instances view sorts by (each has an index with the profile).
enum class InstanceSort { EndTime, CreateTime, InstanceId, Name, Region, Status, RenewStatus, Specification };

// Which synced instances to list. Empty fields do not filter.
struct AccountInstanceQuery
{
    AccountKey account; // an empty endpoint: the profile's instances from every endpoint
    QString status; // QueryAvailableInstances Status
    QString region;
    QString renewStatus;
    QDateTime endBefore; // exclusive: instances ending before this (expiring / expired)
    QString search; // substring of InstanceID, name, region or specification (ASCII case-insensitive)
    InstanceSort sortBy = InstanceSort::EndTime; // ties by InstanceID
    bool descending = false;
};

// What account sync learned, in the journal's file (tables account_instances, account_orders,
// account_sync of schema 6). Written only by AccountService's sync; never touches the orders
// table. Every write commits before it returns. Needs an open Journal (same connection).
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(acrp::AccountStore)

public:
    explicit AccountStore(Journal* journal);

    // The account's instance list as a complete QueryAvailableInstances read it: rows upserted,
    // instances no longer listed removed, in one transaction. GetInstance's columns of instances
    // still listed are kept.
    bool replaceInstances(const AccountKey& account, const QList<AccountInstance>& instances, QString* error = nullptr);
    // GetInstance's answer for one instance (name, InstanceStatus, InstanceSpecification,
    // InstanceIssue) with the time it was read. False when the instance is not stored.
    bool recordInstanceDetails(const AccountKey& account, const AccountInstance& details, QString* error = nullptr);
    // Orders upserted by OrderId (orders are history: none removed). An order's stored instanceIds
    // are kept when the new read has none.
    bool upsertOrders(const AccountKey& account, const QList<AccountOrder>& orders, QString* error = nullptr);
    // The outcome of a sync attempt: lastAttempt = `at`; on success lastSuccess = `at` and the
    // error cleared; on failure the error kept and lastSuccess unchanged.
    bool recordSync(const AccountKey& account, const QDateTime& at, const QString& errorText, QString* error = nullptr);

    QList<AccountInstance> instances(const AccountInstanceQuery& query) const;
    // The instance as the newest read of any account described it.
    std::optional<AccountInstance> instance(const QString& instanceId) const;
    QList<AccountOrder> orders(const AccountKey& account) const; // newest first
    std::optional<AccountOrder> order(const AccountKey& account, const QString& orderId) const;
    std::optional<SyncStatus> syncStatus(const AccountKey& account) const;

    // SQLite's plan for instances(query), for the index tests (see Journal::queryPlan).
    QStringList queryPlan(const AccountInstanceQuery& query) const;

private:
    Journal* m_journal;
};

} // namespace acrp
