#include "core/store/AccountStore.h"

#include "core/store/Journal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace acrp {

namespace {

qint64 msOf(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant& value)
{
    const qint64 ms = value.toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Text columns are NOT NULL with '' for none; a null QString would bind as NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

const QString kInstanceColumns = QStringLiteral(
    "instance_id, status, sub_status, create_time, end_time, renew_status, renewal_duration, renewal_duration_unit, "
    "region, product_type, read_at, name, instance_status, instance_specification, instance_issue, cr_read_at");

AccountInstance instanceFrom(const QSqlQuery& query)
{
    AccountInstance instance;
    instance.instanceId = query.value(0).toString();
    instance.status = query.value(1).toString();
    instance.subStatus = query.value(2).toString();
    instance.createTime = timeOf(query.value(3));
    instance.endTime = timeOf(query.value(4));
    instance.renewStatus = query.value(5).toString();
    instance.renewalDuration = query.value(6).toInt();
    instance.renewalDurationUnit = query.value(7).toString();
    instance.region = query.value(8).toString();
    instance.productType = query.value(9).toString();
    instance.readAt = timeOf(query.value(10));
    instance.name = query.value(11).toString();
    instance.instanceStatus = query.value(12).toString();
    instance.instanceSpecification = query.value(13).toString();
    instance.instanceIssue = query.value(14).toString();
    instance.crReadAt = timeOf(query.value(15));
    return instance;
}

const QString kOrderColumns = QStringLiteral(
    "order_id, instance_ids, order_type, payment_status, pretax_gross_amount, pretax_amount, after_tax_amount, "
    "currency, create_time, payment_time, read_at");

AccountOrder orderFrom(const QSqlQuery& query)
{
    AccountOrder order;
    order.orderId = query.value(0).toString();
    order.instanceIds = query.value(1).toString().split(u',', Qt::SkipEmptyParts);
    order.orderType = query.value(2).toString();
    order.paymentStatus = query.value(3).toString();
    order.pretaxGrossAmount = query.value(4).toString();
    order.pretaxAmount = query.value(5).toString();
    order.afterTaxAmount = query.value(6).toString();
    order.currency = query.value(7).toString();
    order.createTime = timeOf(query.value(8));
    order.paymentTime = timeOf(query.value(9));
    order.readAt = timeOf(query.value(10));
    return order;
}

QString sortColumn(InstanceSort sort)
{
    switch (sort) {
    case InstanceSort::EndTime:
        return QStringLiteral("end_time");
    case InstanceSort::CreateTime:
        return QStringLiteral("create_time");
    case InstanceSort::InstanceId:
        return QStringLiteral("instance_id");
    case InstanceSort::Name:
        return QStringLiteral("name");
    case InstanceSort::Region:
        return QStringLiteral("region");
    case InstanceSort::Status:
        return QStringLiteral("status");
    case InstanceSort::RenewStatus:
        return QStringLiteral("renew_status");
    case InstanceSort::Specification:
        return QStringLiteral("instance_specification");
    }
    return QStringLiteral("end_time");
}

// The FROM clause and what follows it for instances(query), with its values.
QString instancesFrom(const AccountInstanceQuery& query, QList<QVariant>* values)
{
    QStringList conditions {QStringLiteral("profile = ?")};
    values->append(text(query.account.profile));
    if (!query.account.endpoint.isEmpty()) {
        conditions.append(QStringLiteral("endpoint = ?"));
        values->append(query.account.endpoint);
    }
    const auto equal = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        conditions.append(column + QStringLiteral(" = ?"));
        values->append(value);
    };
    equal(QStringLiteral("status"), query.status);
    equal(QStringLiteral("region"), query.region);
    equal(QStringLiteral("renew_status"), query.renewStatus);
    if (query.endBefore.isValid()) {
        conditions.append(QStringLiteral("end_time > 0 AND end_time < ?"));
        values->append(query.endBefore.toMSecsSinceEpoch());
    }
    if (!query.search.isEmpty()) {
        QString escaped = query.search;
        escaped.replace(u'\\', QStringLiteral("\\\\"));
        escaped.replace(u'%', QStringLiteral("\\%"));
        escaped.replace(u'_', QStringLiteral("\\_"));
        QStringList any;
        for (const char* column : {"instance_id", "name", "region", "instance_specification"}) {
            any.append(QString::fromLatin1(column) + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            values->append(QString(u'%' + escaped + u'%'));
        }
        conditions.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
    }
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral("FROM account_instances WHERE ") + conditions.join(QStringLiteral(" AND "))
        + QStringLiteral(" ORDER BY %1 %2, instance_id %2").arg(sortColumn(query.sortBy), direction);
}

} // namespace

AccountStore::AccountStore(Journal* journal)
    : m_journal(journal)
{ }

namespace {

bool run(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = AccountStore::tr("The account data could not be written: %1").arg(query.lastError().text());
    return false;
}

// Runs `work` in one transaction of `db` and commits it; on any failure nothing of it stays
// (rolled back) and *error says why (`work` words its own failures).
bool inTransaction(QSqlDatabase db, QString* error, const std::function<bool()>& work)
{
    const auto unwritten = [&db, error] {
        if (error)
            *error = AccountStore::tr("The account data could not be written: %1").arg(db.lastError().text());
        return false;
    };
    if (!db.transaction())
        return unwritten();
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        unwritten();
        db.rollback();
        return false;
    }
    return true;
}

bool unavailable(const Journal* journal, QString* error)
{
    if (journal && journal->isOpen())
        return false;
    if (error)
        *error = AccountStore::tr("The order journal is not open.");
    return true;
}

} // namespace

bool AccountStore::replaceInstances(const AccountKey& account, const QList<AccountInstance>& instances, QString* error)
{
    if (unavailable(m_journal, error))
        return false;
    QSqlDatabase db = m_journal->database();
    return inTransaction(db, error, [&] {
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO account_instances (profile, endpoint, instance_id, status, sub_status, create_time, end_time, "
            "renew_status, renewal_duration, renewal_duration_unit, region, product_type, read_at) VALUES (?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile, endpoint, instance_id) DO UPDATE SET status = "
            "excluded.status, sub_status = excluded.sub_status, create_time = excluded.create_time, end_time = "
            "excluded.end_time, renew_status = excluded.renew_status, renewal_duration = excluded.renewal_duration, "
            "renewal_duration_unit = excluded.renewal_duration_unit, region = excluded.region, product_type = "
            "excluded.product_type, read_at = excluded.read_at"));
        QStringList kept;
        for (const AccountInstance& instance : instances) {
            upsert.addBindValue(text(account.profile));
            upsert.addBindValue(text(account.endpoint));
            upsert.addBindValue(text(instance.instanceId));
            upsert.addBindValue(text(instance.status));
            upsert.addBindValue(text(instance.subStatus));
            upsert.addBindValue(msOf(instance.createTime));
            upsert.addBindValue(msOf(instance.endTime));
            upsert.addBindValue(text(instance.renewStatus));
            upsert.addBindValue(instance.renewalDuration);
            upsert.addBindValue(text(instance.renewalDurationUnit));
            upsert.addBindValue(text(instance.region));
            upsert.addBindValue(text(instance.productType));
            upsert.addBindValue(msOf(instance.readAt.isValid() ? instance.readAt : QDateTime::currentDateTimeUtc()));
            if (!run(upsert, error))
                return false;
            kept.append(instance.instanceId);
        }
        // The instances the complete list no longer names are gone (released, or another account's).
        QSqlQuery stale(db);
        stale.prepare(QStringLiteral("SELECT instance_id FROM account_instances WHERE profile = ? AND endpoint = ?"));
        stale.addBindValue(text(account.profile));
        stale.addBindValue(text(account.endpoint));
        if (!run(stale, error))
            return false;
        QStringList gone;
        while (stale.next()) {
            if (!kept.contains(stale.value(0).toString()))
                gone.append(stale.value(0).toString());
        }
        stale.finish();
        QSqlQuery remove(db);
        remove.prepare(
            QStringLiteral("DELETE FROM account_instances WHERE profile = ? AND endpoint = ? AND instance_id = ?"));
        for (const QString& id : std::as_const(gone)) {
            remove.addBindValue(text(account.profile));
            remove.addBindValue(text(account.endpoint));
            remove.addBindValue(id);
            if (!run(remove, error))
                return false;
        }
        return true;
    });
}

bool AccountStore::recordInstanceDetails(const AccountKey& account, const AccountInstance& details, QString* error)
{
    if (unavailable(m_journal, error))
        return false;
    QSqlQuery query(m_journal->database());
    query.prepare(QStringLiteral("UPDATE account_instances SET name = ?, instance_status = ?, "
                                 "instance_specification = ?, instance_issue = ?, cr_read_at = ? WHERE profile = ? "
                                 "AND endpoint = ? AND instance_id = ?"));
    query.addBindValue(text(details.name));
    query.addBindValue(text(details.instanceStatus));
    query.addBindValue(text(details.instanceSpecification));
    query.addBindValue(text(details.instanceIssue));
    query.addBindValue(msOf(details.crReadAt.isValid() ? details.crReadAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(text(account.profile));
    query.addBindValue(text(account.endpoint));
    query.addBindValue(text(details.instanceId));
    if (!run(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("The instance %1 is not among the account’s instances.").arg(details.instanceId);
        return false;
    }
    return true;
}

bool AccountStore::upsertOrders(const AccountKey& account, const QList<AccountOrder>& orders, QString* error)
{
    if (unavailable(m_journal, error))
        return false;
    QSqlDatabase db = m_journal->database();
    return inTransaction(db, error, [&] {
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO account_orders (profile, endpoint, order_id, instance_ids, order_type, payment_status, "
            "pretax_gross_amount, pretax_amount, after_tax_amount, currency, create_time, payment_time, read_at) "
            "VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile, endpoint, order_id) DO UPDATE SET "
            "instance_ids = CASE WHEN excluded.instance_ids = '' THEN instance_ids ELSE excluded.instance_ids END, "
            "order_type = excluded.order_type, payment_status = excluded.payment_status, pretax_gross_amount = "
            "excluded.pretax_gross_amount, pretax_amount = excluded.pretax_amount, after_tax_amount = "
            "excluded.after_tax_amount, currency = excluded.currency, create_time = excluded.create_time, payment_time "
            "= excluded.payment_time, read_at = excluded.read_at"));
        for (const AccountOrder& order : orders) {
            upsert.addBindValue(text(account.profile));
            upsert.addBindValue(text(account.endpoint));
            upsert.addBindValue(text(order.orderId));
            upsert.addBindValue(text(order.instanceIds.join(u',')));
            upsert.addBindValue(text(order.orderType));
            upsert.addBindValue(text(order.paymentStatus));
            upsert.addBindValue(text(order.pretaxGrossAmount));
            upsert.addBindValue(text(order.pretaxAmount));
            upsert.addBindValue(text(order.afterTaxAmount));
            upsert.addBindValue(text(order.currency));
            upsert.addBindValue(msOf(order.createTime));
            upsert.addBindValue(msOf(order.paymentTime));
            upsert.addBindValue(msOf(order.readAt.isValid() ? order.readAt : QDateTime::currentDateTimeUtc()));
            if (!run(upsert, error))
                return false;
        }
        return true;
    });
}

bool AccountStore::recordSync(const AccountKey& account, const QDateTime& at, const QString& errorText, QString* error)
{
    if (unavailable(m_journal, error))
        return false;
    QSqlQuery query(m_journal->database());
    const bool ok = errorText.isEmpty();
    query.prepare(QStringLiteral("INSERT INTO account_sync (profile, endpoint, last_success, last_attempt, "
                                 "last_error) VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile, endpoint) DO UPDATE SET "
                                 "last_success = CASE WHEN excluded.last_error = '' THEN excluded.last_attempt "
                                 "ELSE last_success END, last_attempt = excluded.last_attempt, last_error = "
                                 "excluded.last_error"));
    query.addBindValue(text(account.profile));
    query.addBindValue(text(account.endpoint));
    query.addBindValue(ok ? msOf(at) : 0);
    query.addBindValue(msOf(at));
    query.addBindValue(text(errorText));
    return run(query, error);
}

QList<AccountInstance> AccountStore::instances(const AccountInstanceQuery& query) const
{
    QList<AccountInstance> result;
    if (!m_journal || !m_journal->isOpen())
        return result;
    QList<QVariant> values;
    QSqlQuery sql(m_journal->database());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT ") + kInstanceColumns + u' ' + instancesFrom(query, &values));
    for (const QVariant& value : std::as_const(values))
        sql.addBindValue(value);
    if (!sql.exec())
        return result;
    while (sql.next())
        result.append(instanceFrom(sql));
    return result;
}

std::optional<AccountInstance> AccountStore::instance(const QString& instanceId) const
{
    if (!m_journal || !m_journal->isOpen())
        return std::nullopt;
    QSqlQuery sql(m_journal->database());
    sql.prepare(QStringLiteral("SELECT ") + kInstanceColumns
                + QStringLiteral(" FROM account_instances WHERE instance_id = ? ORDER BY read_at DESC LIMIT 1"));
    sql.addBindValue(instanceId);
    if (!sql.exec() || !sql.next())
        return std::nullopt;
    return instanceFrom(sql);
}

QList<AccountOrder> AccountStore::orders(const AccountKey& account) const
{
    QList<AccountOrder> result;
    if (!m_journal || !m_journal->isOpen())
        return result;
    QSqlQuery sql(m_journal->database());
    sql.setForwardOnly(true);
    QString from = QStringLiteral(" FROM account_orders WHERE profile = ?");
    if (!account.endpoint.isEmpty())
        from += QStringLiteral(" AND endpoint = ?");
    sql.prepare(QStringLiteral("SELECT ") + kOrderColumns + from
                + QStringLiteral(" ORDER BY create_time DESC, order_id DESC"));
    sql.addBindValue(text(account.profile));
    if (!account.endpoint.isEmpty())
        sql.addBindValue(account.endpoint);
    if (!sql.exec())
        return result;
    while (sql.next())
        result.append(orderFrom(sql));
    return result;
}

std::optional<AccountOrder> AccountStore::order(const AccountKey& account, const QString& orderId) const
{
    if (!m_journal || !m_journal->isOpen())
        return std::nullopt;
    QSqlQuery sql(m_journal->database());
    sql.prepare(QStringLiteral("SELECT ") + kOrderColumns
                + QStringLiteral(" FROM account_orders WHERE profile = ? AND endpoint = ? AND order_id = ?"));
    sql.addBindValue(text(account.profile));
    sql.addBindValue(text(account.endpoint));
    sql.addBindValue(orderId);
    if (!sql.exec() || !sql.next())
        return std::nullopt;
    return orderFrom(sql);
}

std::optional<SyncStatus> AccountStore::syncStatus(const AccountKey& account) const
{
    if (!m_journal || !m_journal->isOpen())
        return std::nullopt;
    QSqlQuery sql(m_journal->database());
    sql.prepare(QStringLiteral(
        "SELECT last_success, last_attempt, last_error FROM account_sync WHERE profile = ? AND endpoint = ?"));
    sql.addBindValue(text(account.profile));
    sql.addBindValue(text(account.endpoint));
    if (!sql.exec() || !sql.next())
        return std::nullopt;
    SyncStatus status;
    status.lastSuccess = timeOf(sql.value(0));
    status.lastAttempt = timeOf(sql.value(1));
    status.lastError = sql.value(2).toString();
    return status;
}

QStringList AccountStore::queryPlan(const AccountInstanceQuery& query) const
{
    QStringList steps;
    if (!m_journal || !m_journal->isOpen())
        return steps;
    QList<QVariant> values;
    QSqlQuery sql(m_journal->database());
    sql.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT instance_id ") + instancesFrom(query, &values));
    for (const QVariant& value : std::as_const(values))
        sql.addBindValue(value);
    if (!sql.exec())
        return steps;
    while (sql.next())
        steps.append(sql.value(3).toString());
    return steps;
}

} // namespace acrp
