#pragma once

#include "sandbox/SandboxConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace acrp::sandbox {

// What the sandbox has sold and what every account has left: orders and balances, in memory and,
// with a state file, on disk. The file is rewritten whole and atomically (QSaveFile) after every
// change, so a crash leaves the previous or the new state, never half of one. It holds AccessKey
// ids, never secrets.
//
//   {"format": "acr-bss-sandbox/state", "version": 1, "balances": {"<AccessKeyId>": "9200.00"},
//    "orders": [{"clientToken", "orderId", "instanceId", "accessKeyId", "price", "created",
//                "order": {...as in order files...}}]}
class SandboxLedger
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::SandboxLedger)

public:
    static constexpr int kVersion = 1;

    SandboxLedger(const QList<SandboxAccount>& accounts, qint64 startingBalanceCents, QString statePath);

    // Reads the state file when there is one (a missing file is an empty state). On error nothing
    // is loaded and *error says why; the file is left alone.
    bool load(QString* error);
    // Writes the state file (no-op without one).
    bool save(QString* error) const;

    QString statePath() const { return m_statePath; }
    qint64 balanceCents(const QString& accessKeyId) const { return m_balances.value(accessKeyId, 0); }
    const QList<SandboxOrder>& orders() const { return m_orders; }

    const SandboxOrder* findByClientToken(const QString& accessKeyId, const QString& clientToken) const;
    const SandboxOrder* findByOrderId(const QString& accessKeyId, const QString& orderId) const;
    const SandboxOrder* findByInstanceId(const QString& accessKeyId, const QString& instanceId) const;
    bool isNameTaken(const QString& accessKeyId, const QString& region, const QString& name) const;

    // An order as the state file and GET /__admin/orders write it.
    static QJsonObject orderToJson(const SandboxOrder& order);

    // Records an order (new OrderId and InstanceId) and deducts its price from the key's balance.
    SandboxOrder record(const QString& accessKeyId, const QString& clientToken, const OrderSpec& order,
                        qint64 priceCents, const QDateTime& created);

private:
    QString newOrderId() const;
    QString newInstanceId() const;
    // The lookups above are hash look-ups, not scans: a soak sends thousands of orders.
    void index(qsizetype position);
    void reindex();

    QString m_statePath;
    QHash<QString, qint64> m_balances;
    QList<SandboxOrder> m_orders;
    QHash<QString, qsizetype> m_byClientToken; // tokenKey(accessKeyId, clientToken) -> position in m_orders
    QHash<QString, qsizetype> m_byOrderId; // OrderIds and InstanceIds are unique among all orders
    QHash<QString, qsizetype> m_byInstanceId;
    QSet<QString> m_names; // nameKey(accessKeyId, region, name)
};

} // namespace acrp::sandbox
