#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxInstances.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

class QLockFile;

namespace acrp::sandbox {

// What the sandbox has sold and what every account has left: orders and balances, in memory and,
// with a state file, on disk. The file is rewritten whole and atomically (QSaveFile) after every
// change, so a crash leaves the previous or the new state, never half of one. It holds AccessKey
// ids, never secrets.
//
// Several processes (two windows of the app, several `acr-purchase submit` runs) may share one
// state file, so the file has a single writer at a time: every operation on persisted state runs
// between lock() and unlock(), which hold a QLockFile beside the state file (<state>.lock) and
// re-read the file when another process changed it since this one last read or wrote it.
//
//   {"format": "acr-bss-sandbox/state", "version": 2, "balances": {"<AccessKeyId>": "9200.00"},
//    "instances": [{"instanceId", "accessKeyId", "created", "endTime", "renewStatus", "renewalDuration",
//                   "renewalDurationUnit", "instanceIssue", "order": {...}}],   (seeded ones only)
//    "orders": [{"clientToken", "orderId", "instanceId", "accessKeyId", "price", "created",
//                "order": {...as in order files...}, "type": "New"|"Renew", "renewMonths",
//                "usageStart", "usageEnd", "seeded"}]}
// Version 1 files (no "instances", orders without "type" and the fields after it: all New orders
// of CreateInstance) are read as they are and written as version 2.
class SandboxLedger
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::SandboxLedger)

public:
    static constexpr int kVersion = 2;
    // An operation holds the lock for milliseconds; a process that waited this long for it gives up.
    static constexpr int kLockWaitMs = 10000;
    // A lock older than this is taken over even when its process still runs (a hung one); a lock
    // whose process is gone is taken over at once.
    static constexpr int kStaleLockMs = 5000;
    // Add balance takes at most this much at once: a sane ceiling far below the qint64 cents limit.
    static constexpr qint64 kMaxTopUpCents = qint64(1000000000) * 100;

    // Holds the lock for one operation (see lock()); the operation runs only when isLocked().
    class Lock
    {
    public:
        explicit Lock(SandboxLedger& ledger);
        ~Lock();
        Lock(const Lock&) = delete;
        Lock& operator=(const Lock&) = delete;
        bool isLocked() const { return m_locked; }
        QString errorString() const { return m_error; }

    private:
        SandboxLedger& m_ledger;
        bool m_locked = false;
        QString m_error;
    };

    SandboxLedger(const QList<SandboxAccount>& accounts, qint64 startingBalanceCents, QString statePath);
    ~SandboxLedger();

    // Reads the state file when there is one (a missing file is an empty state). On error nothing
    // is loaded and *error says why; the file is left alone.
    bool load(QString* error);
    // Writes the state file (no-op without one).
    bool save(QString* error);

    // Takes the state file's lock, waiting up to kLockWaitMs for another process and taking over a
    // stale one, then re-reads the file if it changed since this ledger last read or wrote it. A
    // memory-only ledger needs neither. When the lock cannot even be created (a folder that does not
    // exist or is read-only) no other process can write the file either: the operation goes ahead
    // on the state as read, and save() reports the failure to write. False with *error when the
    // lock is held elsewhere too long or the changed file cannot be read; the lock is then not held.
    bool lock(QString* error);
    void unlock();

    QString statePath() const { return m_statePath; }
    qint64 balanceCents(const QString& accessKeyId) const { return m_balances.value(accessKeyId, 0); }
    const QList<SandboxOrder>& orders() const { return m_orders; }

    const SandboxOrder* findByClientToken(const QString& accessKeyId, const QString& clientToken) const;
    const SandboxOrder* findByOrderId(const QString& accessKeyId, const QString& orderId) const;
    const SandboxOrder* findByInstanceId(const QString& accessKeyId, const QString& instanceId) const;
    const SandboxOrder* findByInstanceId(const QString& instanceId) const; // whichever key bought it
    bool isNameTaken(const QString& accessKeyId, const QString& region, const QString& name) const;

    // The instance with this id, bought here or seeded, with its EndTime after the renewals;
    // nullopt when there is none (released ones are still here: the clock decides that).
    std::optional<SandboxInstance> instance(const QString& instanceId) const;
    // Every instance of every account, oldest first.
    QList<SandboxInstance> instances() const;
    const QList<SandboxInstance>& seededInstances() const { return m_seeded; }

    // An order as the state file and GET /__admin/orders write it.
    static QJsonObject orderToJson(const SandboxOrder& order);
    // A seeded instance as the state file writes it (endTime: as seeded, before renewals).
    static QJsonObject instanceToJson(const SandboxInstance& instance);

    // Records an order (new OrderId and InstanceId) and deducts its price from the key's balance.
    SandboxOrder record(const QString& accessKeyId, const QString& clientToken, const OrderSpec& order,
                        qint64 priceCents, const QDateTime& created);
    // Records a Renew order for `instance` (its current EndTime is where the renewal starts), moves
    // the instance's EndTime by `months` and deducts the price from the key's balance.
    SandboxOrder recordRenewal(const QString& clientToken, const SandboxInstance& instance, int months,
                               qint64 priceCents, const QDateTime& created);
    // Adds instances bought elsewhere, all or none; an order of a seed is a New order that charged
    // nothing here. An instance already seeded (the same id, or without an id the same account,
    // region and name) is kept as it is, so a seed file can be given again on every start. Fills
    // in the generated ids. False with *error naming the seed (by its position) when an id or
    // name belongs to an instance bought here, or an order id is taken.
    bool seed(QList<SandboxSeed>* seeds, QString* error);
    // Adds an amount (two decimals, more than 0, at most kMaxTopUpCents) to a key's balance. False
    // with *error naming what is wrong with the amount or the key; nothing changes then.
    bool addBalance(const QString& accessKeyId, const QString& amount, QString* error);
    // Forgets every order and seeded instance and gives every account its starting balance again.
    void reset();

private:
    // What identifies one version of the state file without reading it: QSaveFile replaces the
    // file on every write, so its inode changes even when a write within the same timestamp tick
    // keeps the size.
    struct FileStamp
    {
        bool exists = false;
        qint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedMs = 0;
        friend bool operator==(const FileStamp&, const FileStamp&) = default;
    };
    static FileStamp stampOf(const QString& path);
    QString newOrderId() const;
    QString newInstanceId() const;
    // The lookups above are hash look-ups, not scans: a soak sends thousands of orders.
    void index(qsizetype position);
    void indexSeeded(qsizetype position);
    void reindex();

    QString m_statePath;
    std::unique_ptr<QLockFile> m_lock;
    FileStamp m_stamp; // of the file as last read or written; empty: not there
    QHash<QString, qint64> m_startingBalances;
    QHash<QString, qint64> m_balances;
    QList<SandboxOrder> m_orders;
    QHash<QString, qsizetype> m_byClientToken; // tokenKey(accessKeyId, clientToken) -> position in m_orders
    QHash<QString, qsizetype> m_byOrderId; // OrderIds and InstanceIds are unique among all orders
    QHash<QString, qsizetype> m_byInstanceId;
    QSet<QString> m_names; // nameKey(accessKeyId, region, name)
    QList<SandboxInstance> m_seeded; // instances bought elsewhere
    QHash<QString, qsizetype> m_seededById; // instanceId -> position in m_seeded
    QHash<QString, QDateTime> m_endTimes; // instanceId -> EndTime, renewals included
    // The compact JSON of m_orders' first orders, as save() writes them: an order never changes
    // once recorded, so a save serialises only the orders recorded since the last one. Cleared
    // whenever m_orders is replaced (load, reset).
    QList<QByteArray> m_orderJson;
};

} // namespace acrp::sandbox
