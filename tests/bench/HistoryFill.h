#pragma once

// The large journal of the history benchmarks (bench_history, bench_stalls): raw SQL inserts after
// Journal::open made the schema, as fast as SQLite takes them.
#include "core/order/Catalog.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace acrp::bench {

// Fills a freshly opened journal with `count` varied orders in one transaction: instance names
// team-0…team-N, random sites, editions, regions, periods and profiles, 85 % Succeeded, 8 % Failed,
// 4 % Unknown, 3 % Sending, a minute apart up to now. A fixed seed: the same orders every run (only the UUIDs differ).
inline bool fillJournal(Journal& journal, int count, QString* error)
{
    const Catalog& catalog = Catalog::builtIn();
    QRandomGenerator random(20261128);
    QSqlDatabase db = journal.database();
    // The indexes of random keys (ClientToken, the search index) outgrow SQLite's default 2 MiB
    // cache at once; a bulk load wants them in memory.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // The search indexes are built once at the end ('rebuild', as the migration does) rather than row
    // by row by their trigger: several times faster for a bulk load.
    QSqlQuery trigger(db);
    if (!trigger.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'orders_search_insert'"))
        || !trigger.next()) {
        *error = QStringLiteral("no search index trigger");
        db.rollback();
        return false;
    }
    const QString triggerSql = trigger.value(0).toString();
    trigger.finish();
    QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER orders_search_insert"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO orders (created_at, updated_at, profile, site, endpoint, order_json, client_token, state, "
        "attempts, instance_id, order_id, request_id, last_error, provisioning_status, edition, instance_name, region, "
        "period_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList profiles = {QStringLiteral("sandbox"), QStringLiteral("production"), QStringLiteral("staging"),
                                  QStringLiteral("team \"blue\", east")};
    const QString failure = QStringLiteral(
        R"({"code":"PAY.INSUFFICIENT_BALANCE","httpStatus":400,"kind":"payment","message":"Your account does not have enough balance.","recommend":"","requestId":"5D8C0F0B-0000-4000-8000-000000000000","retryable":false})");
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 60'000;
    for (int i = 0; i < count; ++i) {
        OrderSpec order;
        order.site = random.bounded(4) == 0 ? Site::International : Site::China;
        const SiteInfo& site = catalog.site(order.site);
        order.edition = site.editions.at(random.bounded(int(site.editions.size())));
        order.instanceName = QStringLiteral("team-%1").arg(i);
        const QList<RegionInfo>& regions = catalog.regions();
        order.region = regions.at(random.bounded(int(regions.size()))).id;
        order.periodMonths = catalog.periods().at(random.bounded(int(catalog.periods().size())));
        const int roll = random.bounded(100);
        const QString state = roll < 85 ? QStringLiteral("Succeeded")
            : roll < 93                 ? QStringLiteral("Failed")
            : roll < 97                 ? QStringLiteral("Unknown")
                                        : QStringLiteral("Sending");
        const bool succeeded = state == u"Succeeded";
        const qint64 created = start + qint64(i) * 60'000;
        insert.addBindValue(created);
        insert.addBindValue(created + 1500);
        insert.addBindValue(profiles.at(random.bounded(int(profiles.size()))));
        insert.addBindValue(siteId(order.site));
        insert.addBindValue(QStringLiteral("sandbox"));
        insert.addBindValue(QString::fromUtf8(OrderFile::serialize(order)));
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(state);
        insert.addBindValue(1);
        insert.addBindValue(succeeded ? QStringLiteral("cri-%1").arg(i, 16, 36, QChar(u'0')) : QStringLiteral(""));
        insert.addBindValue(succeeded ? QString::number(210000000000000LL + i) : QStringLiteral(""));
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper());
        insert.addBindValue(state == u"Failed" ? failure : QStringLiteral(""));
        insert.addBindValue(succeeded ? QStringLiteral("RUNNING") : QStringLiteral(""));
        insert.addBindValue(order.edition);
        insert.addBindValue(order.instanceName);
        insert.addBindValue(order.region);
        insert.addBindValue(order.periodMonths);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    QSqlQuery index(db);
    if (!index.exec(QStringLiteral("INSERT INTO orders_search(orders_search) VALUES ('rebuild')"))
        || !index.exec(QStringLiteral("INSERT INTO orders_search_hex(orders_search_hex) VALUES ('rebuild')"))
        || !index.exec(triggerSql)) {
        *error = index.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace acrp::bench
