#include "sandbox/SandboxLedger.h"

#include "core/order/OrderFile.h"
#include "sandbox/PriceTable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

const QString kFormat = u"acr-bss-sandbox/state"_s;

QString randomFrom(QLatin1StringView alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())))));
    return text;
}

// Keys of the indexes: the parts joined by a character no id, token, region or name contains.
QString tokenKey(const QString& accessKeyId, const QString& clientToken)
{
    return accessKeyId + u'\n' + clientToken;
}

QString nameKey(const QString& accessKeyId, const QString& region, const QString& name)
{
    return accessKeyId + u'\n' + region + u'\n' + name;
}

QString timeText(const QDateTime& time)
{
    return time.toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

QJsonObject SandboxLedger::orderToJson(const SandboxOrder& order)
{
    QJsonObject json {
        {u"clientToken"_s, order.clientToken},
        {u"orderId"_s, order.orderId},
        {u"instanceId"_s, order.instanceId},
        {u"accessKeyId"_s, order.accessKeyId},
        {u"price"_s, order.price},
        {u"created"_s, timeText(order.created)},
        {u"order"_s, OrderFile::orderToJson(order.order)},
        {u"type"_s, order.type},
        {u"usageStart"_s, timeText(order.usageStart)},
        {u"usageEnd"_s, timeText(order.usageEnd)},
    };
    if (order.type == u"Renew"_s)
        json.insert(u"renewMonths"_s, order.renewMonths);
    if (order.seeded)
        json.insert(u"seeded"_s, true);
    return json;
}

QJsonObject SandboxLedger::instanceToJson(const SandboxInstance& instance)
{
    return {
        {u"instanceId"_s, instance.instanceId},
        {u"accessKeyId"_s, instance.accessKeyId},
        {u"created"_s, timeText(instance.created)},
        {u"endTime"_s, timeText(instance.endTime)},
        {u"renewStatus"_s, instance.renewStatus},
        {u"renewalDuration"_s, instance.renewalDuration},
        {u"renewalDurationUnit"_s, instance.renewalDurationUnit},
        {u"instanceIssue"_s, instance.instanceIssue},
        {u"order"_s, OrderFile::orderToJson(instance.spec)},
    };
}

SandboxLedger::SandboxLedger(const QList<SandboxAccount>& accounts, qint64 startingBalanceCents, QString statePath)
    : m_statePath(std::move(statePath))
{
    for (const SandboxAccount& account : accounts)
        m_startingBalances.insert(account.accessKeyId, startingBalanceCents);
    m_balances = m_startingBalances;
}

SandboxLedger::~SandboxLedger() = default;

SandboxLedger::Lock::Lock(SandboxLedger& ledger)
    : m_ledger(ledger)
{
    m_locked = m_ledger.lock(&m_error);
}

SandboxLedger::Lock::~Lock()
{
    if (m_locked)
        m_ledger.unlock();
}

SandboxLedger::FileStamp SandboxLedger::stampOf(const QString& path)
{
    FileStamp stamp;
    const QFileInfo info(path);
    if (!info.exists())
        return stamp;
    stamp.exists = true;
    stamp.size = info.size();
    stamp.modifiedMs = info.lastModified().toMSecsSinceEpoch();
#ifdef Q_OS_UNIX
    // Timestamps tick coarsely (milliseconds here, a few on the file system), and a balance change can
    // keep the size; the inode of the file QSaveFile renamed into place tells two writes apart.
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) == 0)
        stamp.inode = qint64(status.st_ino);
#endif
    return stamp;
}

bool SandboxLedger::lock(QString* error)
{
    if (m_statePath.isEmpty())
        return true;
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(m_statePath + u".lock"_s);
        m_lock->setStaleLockTime(kStaleLockMs);
    }
    if (!m_lock->tryLock(kLockWaitMs) && m_lock->error() == QLockFile::LockFailedError) {
        *error = tr("Another process has held the lock on the state file %1 for more than %2 seconds.")
                     .arg(m_statePath)
                     .arg(kLockWaitMs / 1000);
        return false;
    }
    const FileStamp now = stampOf(m_statePath);
    if (now == m_stamp)
        return true;
    if (!now.exists) {
        // Removed since: a fresh start, as for a process that finds no file.
        reset();
        m_stamp = now;
        return true;
    }
    if (load(error))
        return true;
    m_lock->unlock();
    return false;
}

void SandboxLedger::unlock()
{
    if (m_lock)
        m_lock->unlock();
}

bool SandboxLedger::load(QString* error)
{
    if (m_statePath.isEmpty() || !QFile::exists(m_statePath))
        return true;
    // Taken before reading: a change made after the read then shows as a new stamp.
    const FileStamp stamp = stampOf(m_statePath);
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the state file %1: %2").arg(m_statePath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const auto fail = [&](const QString& why) {
        *error = tr("The state file %1 is not usable: %2").arg(m_statePath, why);
        return false;
    };
    if (!document.isObject())
        return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : tr("it is not a JSON object."));
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != kFormat)
        return fail(tr("\"format\" must be \"%1\".").arg(kFormat));
    const int version = root.value(u"version"_s).toInt();
    if (version != 1 && version != kVersion)
        return fail(tr("\"version\" must be 1 or %1.").arg(kVersion));

    // A key the file does not name has its starting balance.
    QHash<QString, qint64> balances = m_startingBalances;
    const QJsonObject balanceObject = root.value(u"balances"_s).toObject();
    for (auto it = balanceObject.constBegin(); it != balanceObject.constEnd(); ++it) {
        const QString text = it.value().toString();
        const auto cents = PriceTable::parseMoney(text);
        if (!cents)
            return fail(tr("the balance of %1 is not an amount (\"%2\").").arg(it.key(), text));
        balances.insert(it.key(), *cents);
    }

    QList<SandboxInstance> seeded;
    const QJsonArray instanceArray = root.value(u"instances"_s).toArray();
    for (qsizetype i = 0; i < instanceArray.size(); ++i) {
        const QJsonObject object = instanceArray.at(i).toObject();
        const QString path = u"instances[%1]"_s.arg(i);
        SandboxInstance instance;
        instance.seeded = true;
        instance.instanceId = object.value(u"instanceId"_s).toString();
        instance.accessKeyId = object.value(u"accessKeyId"_s).toString();
        instance.created = timeFrom(object.value(u"created"_s));
        instance.endTime = timeFrom(object.value(u"endTime"_s));
        instance.renewStatus = object.value(u"renewStatus"_s).toString();
        instance.renewalDuration = object.value(u"renewalDuration"_s).toInt();
        instance.renewalDurationUnit = object.value(u"renewalDurationUnit"_s).toString();
        instance.instanceIssue = object.value(u"instanceIssue"_s).toString();
        if (instance.instanceId.isEmpty() || instance.accessKeyId.isEmpty() || !instance.created.isValid()
            || !instance.endTime.isValid() || instance.renewStatus.isEmpty())
            return fail(tr("%1 lacks instanceId, accessKeyId, created, endTime or renewStatus.").arg(path));
        QString specError;
        const auto spec = OrderFile::orderFromJson(object.value(u"order"_s).toObject(), &specError, path + u".order"_s);
        if (!spec)
            return fail(specError);
        instance.spec = *spec;
        seeded.append(instance);
    }

    QList<SandboxOrder> orders;
    const QJsonArray orderArray = root.value(u"orders"_s).toArray();
    for (qsizetype i = 0; i < orderArray.size(); ++i) {
        const QJsonObject object = orderArray.at(i).toObject();
        const QString path = u"orders[%1]"_s.arg(i);
        SandboxOrder order;
        order.clientToken = object.value(u"clientToken"_s).toString();
        order.orderId = object.value(u"orderId"_s).toString();
        order.instanceId = object.value(u"instanceId"_s).toString();
        order.accessKeyId = object.value(u"accessKeyId"_s).toString();
        order.price = object.value(u"price"_s).toString();
        order.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODateWithMs).toUTC();
        if (order.orderId.isEmpty() || order.instanceId.isEmpty() || order.accessKeyId.isEmpty()
            || !PriceTable::parseMoney(order.price) || !order.created.isValid())
            return fail(tr("%1 lacks orderId, instanceId, accessKeyId, price or created.").arg(path));
        QString orderError;
        const auto spec
            = OrderFile::orderFromJson(object.value(u"order"_s).toObject(), &orderError, path + u".order"_s);
        if (!spec)
            return fail(orderError);
        order.order = *spec;
        // Version 1 knew New orders of CreateInstance only: they paid from creation for the period.
        order.type = object.value(u"type"_s).toString(u"New"_s);
        order.seeded = object.value(u"seeded"_s).toBool();
        order.renewMonths = object.value(u"renewMonths"_s).toInt();
        order.usageStart = object.contains(u"usageStart"_s) ? timeFrom(object.value(u"usageStart"_s)) : order.created;
        order.usageEnd = object.contains(u"usageEnd"_s) ? timeFrom(object.value(u"usageEnd"_s))
                                                        : order.created.addMonths(order.order.periodMonths);
        if ((order.type != u"New"_s && order.type != u"Renew"_s) || !order.usageStart.isValid()
            || !order.usageEnd.isValid() || (order.type == u"Renew"_s && order.renewMonths <= 0))
            return fail(
                tr("%1 has a type other than New or Renew, or lacks its usage times or renewMonths.").arg(path));
        orders.append(order);
    }
    m_balances = balances;
    m_seeded = seeded;
    m_orders = orders;
    m_orderJson.clear();
    reindex();
    m_stamp = stamp;
    return true;
}

bool SandboxLedger::save(QString* error)
{
    if (m_statePath.isEmpty())
        return true;
    QJsonObject balances;
    for (auto it = m_balances.constBegin(); it != m_balances.constEnd(); ++it)
        balances.insert(it.key(), PriceTable::money(it.value()));
    for (qsizetype i = m_orderJson.size(); i < m_orders.size(); ++i)
        m_orderJson.append(QJsonDocument(orderToJson(m_orders.at(i))).toJson(QJsonDocument::Compact));
    // Written out around the orders' cached JSON (one order a line), keys in QJsonObject's order.
    qsizetype size = 256;
    for (const QByteArray& order : std::as_const(m_orderJson))
        size += order.size() + 10;
    QByteArray text;
    text.reserve(size);
    text += "{\n    \"balances\": ";
    text += QJsonDocument(balances).toJson(QJsonDocument::Compact);
    text += ",\n    \"format\": \"" + kFormat.toUtf8() + "\",\n    \"instances\": [";
    for (qsizetype i = 0; i < m_seeded.size(); ++i) {
        text += i == 0 ? "\n        " : ",\n        ";
        text += QJsonDocument(instanceToJson(m_seeded.at(i))).toJson(QJsonDocument::Compact);
    }
    text += m_seeded.isEmpty() ? "]" : "\n    ]";
    text += ",\n    \"orders\": [";
    for (qsizetype i = 0; i < m_orderJson.size(); ++i) {
        text += i == 0 ? "\n        " : ",\n        ";
        text += m_orderJson.at(i);
    }
    text += m_orderJson.isEmpty() ? "]" : "\n    ]";
    text += ",\n    \"version\": " + QByteArray::number(kVersion) + "\n}\n";
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit()) {
        *error = tr("Cannot write the state file %1: %2").arg(m_statePath, file.errorString());
        return false;
    }
    m_stamp = stampOf(m_statePath);
    return true;
}

const SandboxOrder* SandboxLedger::findByClientToken(const QString& accessKeyId, const QString& clientToken) const
{
    if (clientToken.isEmpty())
        return nullptr;
    const auto it = m_byClientToken.constFind(tokenKey(accessKeyId, clientToken));
    return it == m_byClientToken.cend() ? nullptr : &m_orders.at(*it);
}

const SandboxOrder* SandboxLedger::findByOrderId(const QString& accessKeyId, const QString& orderId) const
{
    const auto it = m_byOrderId.constFind(orderId);
    if (it == m_byOrderId.cend() || m_orders.at(*it).accessKeyId != accessKeyId)
        return nullptr;
    return &m_orders.at(*it);
}

const SandboxOrder* SandboxLedger::findByInstanceId(const QString& accessKeyId, const QString& instanceId) const
{
    const auto it = m_byInstanceId.constFind(instanceId);
    if (it == m_byInstanceId.cend() || m_orders.at(*it).accessKeyId != accessKeyId)
        return nullptr;
    return &m_orders.at(*it);
}

const SandboxOrder* SandboxLedger::findByInstanceId(const QString& instanceId) const
{
    const auto it = m_byInstanceId.constFind(instanceId);
    return it == m_byInstanceId.cend() ? nullptr : &m_orders.at(*it);
}

bool SandboxLedger::isNameTaken(const QString& accessKeyId, const QString& region, const QString& name) const
{
    return m_names.contains(nameKey(accessKeyId, region, name));
}

void SandboxLedger::index(qsizetype position)
{
    const SandboxOrder& order = m_orders.at(position);
    // A state file could hold the same token twice; the first order is the one a repeat returns,
    // as with the scans this replaces.
    const auto insertFirst = [position](QHash<QString, qsizetype>& hash, const QString& key) {
        if (!hash.contains(key))
            hash.insert(key, position);
    };
    if (!order.clientToken.isEmpty())
        insertFirst(m_byClientToken, tokenKey(order.accessKeyId, order.clientToken));
    insertFirst(m_byOrderId, order.orderId);
    insertFirst(m_byInstanceId, order.instanceId);
    m_names.insert(nameKey(order.accessKeyId, order.order.region, order.order.instanceName));
    // A New order of CreateInstance sets the EndTime, a renewal moves it; a seeded instance has
    // its own (indexSeeded).
    if (order.type == u"Renew"_s || (!order.seeded && !m_endTimes.contains(order.instanceId)))
        m_endTimes.insert(order.instanceId, order.usageEnd);
}

void SandboxLedger::indexSeeded(qsizetype position)
{
    const SandboxInstance& instance = m_seeded.at(position);
    m_seededById.insert(instance.instanceId, position);
    m_endTimes.insert(instance.instanceId, instance.endTime);
    m_names.insert(nameKey(instance.accessKeyId, instance.spec.region, instance.spec.instanceName));
}

void SandboxLedger::reindex()
{
    m_byClientToken.clear();
    m_byOrderId.clear();
    m_byInstanceId.clear();
    m_names.clear();
    m_seededById.clear();
    m_endTimes.clear();
    for (qsizetype i = 0; i < m_seeded.size(); ++i)
        indexSeeded(i);
    for (qsizetype i = 0; i < m_orders.size(); ++i)
        index(i);
}

std::optional<SandboxInstance> SandboxLedger::instance(const QString& instanceId) const
{
    SandboxInstance found;
    if (const auto seeded = m_seededById.constFind(instanceId); seeded != m_seededById.cend()) {
        found = m_seeded.at(*seeded);
    } else {
        const SandboxOrder* order = findByInstanceId(instanceId);
        if (!order)
            return std::nullopt;
        found.instanceId = order->instanceId;
        found.accessKeyId = order->accessKeyId;
        found.spec = order->order;
        found.created = order->created;
        found.renewStatus = order->order.autoRenewal ? u"AutoRenewal"_s : u"ManualRenewal"_s;
        found.renewalDuration = order->order.autoRenewal ? order->order.renewPeriodMonths : 0;
    }
    found.endTime = m_endTimes.value(instanceId, found.endTime);
    return found;
}

QList<SandboxInstance> SandboxLedger::instances() const
{
    QList<SandboxInstance> all;
    all.reserve(m_seeded.size() + m_byInstanceId.size());
    for (const SandboxInstance& seeded : m_seeded)
        all.append(*instance(seeded.instanceId));
    for (const SandboxOrder& order : m_orders) {
        if (order.type == u"New"_s && !order.seeded)
            all.append(*instance(order.instanceId));
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const SandboxInstance& a, const SandboxInstance& b) { return a.created < b.created; });
    return all;
}

SandboxOrder SandboxLedger::record(const QString& accessKeyId, const QString& clientToken, const OrderSpec& spec,
                                   qint64 priceCents, const QDateTime& created)
{
    SandboxOrder order;
    order.clientToken = clientToken;
    order.orderId = newOrderId();
    order.instanceId = newInstanceId();
    order.accessKeyId = accessKeyId;
    order.order = spec;
    order.price = PriceTable::money(priceCents);
    order.created = created;
    order.usageStart = created;
    order.usageEnd = created.addMonths(spec.periodMonths);
    m_orders.append(order);
    index(m_orders.size() - 1);
    m_balances[accessKeyId] -= priceCents;
    return order;
}

SandboxOrder SandboxLedger::recordRenewal(const QString& clientToken, const SandboxInstance& instance, int months,
                                          qint64 priceCents, const QDateTime& created)
{
    SandboxOrder order;
    order.clientToken = clientToken;
    order.orderId = newOrderId();
    order.instanceId = instance.instanceId;
    order.accessKeyId = instance.accessKeyId;
    order.order = instance.spec;
    order.price = PriceTable::money(priceCents);
    order.created = created;
    order.type = u"Renew"_s;
    order.renewMonths = months;
    order.usageStart = instance.endTime;
    order.usageEnd = instance.endTime.addMonths(months);
    m_orders.append(order);
    index(m_orders.size() - 1);
    m_balances[instance.accessKeyId] -= priceCents;
    return order;
}

bool SandboxLedger::seed(QList<SandboxSeed>* seeds, QString* error)
{
    // Checked whole before anything changes: all or none.
    QSet<QString> newIds, newNames, newOrderIds;
    QList<bool> skip;
    for (qsizetype i = 0; i < seeds->size(); ++i) {
        SandboxSeed& seed = (*seeds)[i];
        const SandboxInstance& instance = seed.instance;
        const QString name = nameKey(instance.accessKeyId, instance.spec.region, instance.spec.instanceName);
        const auto fail = [&](const QString& why) {
            *error = tr("Instance %1: %2").arg(i + 1).arg(why);
            return false;
        };
        const SandboxInstance* existing = nullptr;
        if (!instance.instanceId.isEmpty() && m_seededById.contains(instance.instanceId))
            existing = &m_seeded.at(m_seededById.value(instance.instanceId));
        for (const SandboxInstance& candidate : std::as_const(m_seeded)) {
            if (!existing && instance.instanceId.isEmpty()
                && nameKey(candidate.accessKeyId, candidate.spec.region, candidate.spec.instanceName) == name)
                existing = &candidate;
        }
        if (existing) { // seeded before: kept as it is
            seed.instance.instanceId = existing->instanceId;
            skip.append(true);
            continue;
        }
        if (!instance.instanceId.isEmpty()
            && (m_byInstanceId.contains(instance.instanceId) || newIds.contains(instance.instanceId)))
            return fail(tr("the instance ID %1 is taken.").arg(instance.instanceId));
        if (m_names.contains(name) || newNames.contains(name))
            return fail(tr("the account already has an instance named “%1” in %2.")
                            .arg(instance.spec.instanceName, instance.spec.region));
        if (!seed.orderId.isEmpty() && (m_byOrderId.contains(seed.orderId) || newOrderIds.contains(seed.orderId)))
            return fail(tr("the order ID %1 is taken.").arg(seed.orderId));
        newIds.insert(instance.instanceId);
        newNames.insert(name);
        newOrderIds.insert(seed.orderId);
        skip.append(false);
    }
    for (qsizetype i = 0; i < seeds->size(); ++i) {
        if (skip.at(i))
            continue;
        SandboxSeed& seed = (*seeds)[i];
        SandboxInstance& instance = seed.instance;
        if (instance.instanceId.isEmpty())
            instance.instanceId = newInstanceId();
        instance.seeded = true;
        m_seeded.append(instance);
        indexSeeded(m_seeded.size() - 1);
        if (!seed.withOrder)
            continue;
        SandboxOrder order;
        order.orderId = seed.orderId.isEmpty() ? newOrderId() : seed.orderId;
        order.instanceId = instance.instanceId;
        order.accessKeyId = instance.accessKeyId;
        order.order = instance.spec;
        order.price = PriceTable::money(seed.amountCents);
        order.created = instance.created;
        order.usageStart = instance.created;
        order.usageEnd = instance.endTime;
        order.seeded = true;
        m_orders.append(order);
        index(m_orders.size() - 1);
    }
    return true;
}

bool SandboxLedger::addBalance(const QString& accessKeyId, const QString& amount, QString* error)
{
    if (!m_startingBalances.contains(accessKeyId)) {
        *error = tr("The sandbox has no account with the AccessKey ID %1.").arg(accessKeyId);
        return false;
    }
    const QString text = amount.trimmed();
    const std::optional<qint64> cents = PriceTable::parseMoney(text);
    if (text.startsWith(u'-') || (cents && *cents == 0)) {
        *error = tr("The amount must be more than 0.");
        return false;
    }
    if (!cents) {
        *error = tr("\"%1\" is not an amount. Use digits with at most two decimals, such as 5000.00.").arg(text);
        return false;
    }
    const qint64 balance = m_balances.value(accessKeyId);
    if (*cents > kMaxTopUpCents || balance > std::numeric_limits<qint64>::max() - *cents) {
        *error = tr("The amount can be at most %1.").arg(PriceTable::money(kMaxTopUpCents));
        return false;
    }
    m_balances.insert(accessKeyId, balance + *cents);
    return true;
}

void SandboxLedger::reset()
{
    m_balances = m_startingBalances;
    m_orders.clear();
    m_seeded.clear();
    m_orderJson.clear();
    reindex();
}

QString SandboxLedger::newOrderId() const
{
    // 15 digits starting with 2, like the real ones; unique among the orders kept.
    for (;;) {
        const QString id = u'2' + randomFrom("0123456789"_L1, 14);
        if (!m_byOrderId.contains(id))
            return id;
    }
}

QString SandboxLedger::newInstanceId() const
{
    for (;;) {
        const QString id = u"cri-"_s + randomFrom("abcdefghijklmnopqrstuvwxyz0123456789"_L1, 16);
        if (!m_byInstanceId.contains(id) && !m_seededById.contains(id))
            return id;
    }
}

} // namespace acrp::sandbox
