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

} // namespace

QJsonObject SandboxLedger::orderToJson(const SandboxOrder& order)
{
    return {
        {u"clientToken"_s, order.clientToken},
        {u"orderId"_s, order.orderId},
        {u"instanceId"_s, order.instanceId},
        {u"accessKeyId"_s, order.accessKeyId},
        {u"price"_s, order.price},
        {u"created"_s, order.created.toString(Qt::ISODateWithMs)},
        {u"order"_s, OrderFile::orderToJson(order.order)},
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
    if (root.value(u"version"_s).toInt() != kVersion)
        return fail(tr("\"version\" must be %1.").arg(kVersion));

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
        orders.append(order);
    }
    m_balances = balances;
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
    text += ",\n    \"format\": \"" + kFormat.toUtf8() + "\",\n    \"orders\": [";
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
}

void SandboxLedger::reindex()
{
    m_byClientToken.clear();
    m_byOrderId.clear();
    m_byInstanceId.clear();
    m_names.clear();
    for (qsizetype i = 0; i < m_orders.size(); ++i)
        index(i);
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
    m_orders.append(order);
    index(m_orders.size() - 1);
    m_balances[accessKeyId] -= priceCents;
    return order;
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
        if (!m_byInstanceId.contains(id))
            return id;
    }
}

} // namespace acrp::sandbox
