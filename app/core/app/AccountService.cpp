#include "core/app/AccountService.h"

#include "core/api/BssCall.h"
#include "core/api/BssClient.h"
#include "core/api/ErrorExplanation.h"
#include "core/store/Journal.h"

#include <QTimer>
#include <algorithm>

namespace acrp {

namespace {

QString keyText(const AccountKey& account)
{
    return account.profile + QChar(0) + account.endpoint;
}

OrderKind kindOfType(const QString& orderType)
{
    return orderType.compare(u"Renew", Qt::CaseInsensitive) == 0 ? OrderKind::Renew : OrderKind::New;
}

// The journal rows that count for an instance: bought (or renewed) ones, and those still open.
bool listed(const JournalEntry& entry)
{
    return entry.state == OrderState::Succeeded || isPendingState(entry.state);
}

} // namespace

// --- SyncHandle ---

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

// --- The merge ---

RenewalSpec renewalOf(const AccountInstance& instance, Site site, int periodMonths)
{
    RenewalSpec renewal;
    renewal.site = site;
    renewal.instanceId = instance.instanceId;
    renewal.periodMonths = periodMonths;
    renewal.region = instance.region;
    renewal.edition = Catalog::builtIn().editionOfSpecification(instance.instanceSpecification);
    renewal.instanceName = instance.name;
    return renewal;
}

QList<InstanceRow> mergeInstances(const QList<AccountInstance>& instances, const QList<AccountOrder>& orders,
                                  const QList<JournalEntry>& journal, const QDateTime& now, int soonDays)
{
    QList<InstanceRow> rows;
    rows.reserve(instances.size());
    for (const AccountInstance& instance : instances) {
        InstanceRow row;
        row.instance = instance;
        row.expiry = Expiry::classify(instance.endTime, instance.renewStatus, now, soonDays);
        QList<InstanceOrder> touched;
        QStringList orderIds;
        for (const AccountOrder& order : orders) {
            if (!order.instanceIds.contains(instance.instanceId))
                continue;
            InstanceOrder item;
            item.orderId = order.orderId;
            item.orderType = order.orderType;
            item.kind = kindOfType(order.orderType);
            item.service = order;
            item.createdAt = order.createTime;
            touched.append(item);
            orderIds.append(order.orderId);
        }
        for (const JournalEntry& entry : journal) {
            const bool ofInstance = entry.instanceId == instance.instanceId
                || (!entry.orderId.isEmpty() && orderIds.contains(entry.orderId));
            if (!ofInstance || !listed(entry))
                continue;
            if (entry.state == OrderState::Succeeded)
                row.boughtHere = true;
            // The service's order and the journal's row with the same OrderId are one order.
            auto same = std::find_if(touched.begin(), touched.end(), [&entry](const InstanceOrder& item) {
                return !entry.orderId.isEmpty() && item.orderId == entry.orderId;
            });
            if (same != touched.end()) {
                same->local = entry;
                same->kind = entry.kind;
                continue;
            }
            InstanceOrder item;
            item.orderId = entry.orderId;
            item.kind = entry.kind;
            item.local = entry;
            item.createdAt = entry.createdAt;
            touched.append(item);
        }
        std::stable_sort(touched.begin(), touched.end(),
                         [](const InstanceOrder& a, const InstanceOrder& b) { return a.createdAt < b.createdAt; });
        row.orders = touched;
        rows.append(row);
    }
    return rows;
}

// --- One sync ---

// The steps of one sync, each after the last answered: the instances' pages, the orders' pages,
// GetOrderDetail of the orders whose instances are not known, GetInstance of each instance.
class AccountService::Run : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(acrp::AccountService)

public:
    Run(AccountService* service, SyncHandle* handle, BssClient* client, Site site)
        : QObject(handle)
        , m_service(service)
        , m_handle(handle)
        , m_client(client)
        , m_site(site)
        , m_store(service->journal())
    {
        m_result.account = handle->account();
        m_result.startedAt = QDateTime::currentDateTimeUtc();
    }

    void start() { instancesPage(1); }

private:
    void failed(const QString& action, const ApiError& error)
    {
        const QString text = tr("%1 failed: %2").arg(action, ErrorExplanation::summary(error));
        if (!m_result.errors.contains(text)) {
            m_result.errors.append(text);
            m_result.apiErrors.append(error);
        }
    }

    void instancesPage(int page)
    {
        emit m_handle->progress(tr("Reading the account’s instances (page %1)").arg(page), 0, 0);
        BssCall* call = m_client->queryAvailableInstances(m_site, page, kPageSize);
        connect(call, &BssCall::finished, this, [this, call, page] {
            call->deleteLater();
            if (!call->succeeded()) {
                failed(QStringLiteral("QueryAvailableInstances"), *call->error());
                finish();
                return;
            }
            const auto result = call->resultAs<AvailableInstancesPage>();
            const QDateTime readAt = QDateTime::currentDateTimeUtc();
            for (const AvailableInstance& listed : result.instances) {
                AccountInstance instance;
                instance.instanceId = listed.instanceId;
                instance.status = listed.status;
                instance.subStatus = listed.subStatus;
                instance.createTime = listed.createTime;
                instance.endTime = listed.endTime;
                instance.renewStatus = listed.renewStatus;
                instance.renewalDuration = listed.renewalDuration;
                instance.renewalDurationUnit = listed.renewalDurationUnit;
                instance.region = listed.region;
                instance.productType = listed.productType;
                instance.readAt = readAt;
                m_instances.append(instance);
            }
            if (result.hasMore() && !result.instances.isEmpty()) {
                instancesPage(page + 1);
                return;
            }
            QString error;
            if (!m_store.replaceInstances(m_result.account, m_instances, &error)) {
                m_result.message = error;
                finish();
                return;
            }
            m_result.instances = int(m_instances.size());
            emit m_service->accountChanged(m_result.account);
            ordersPage(1);
        });
    }

    void ordersPage(int page)
    {
        emit m_handle->progress(tr("Reading the account’s orders (page %1)").arg(page), 0, 0);
        BssCall* call = m_client->queryOrders(m_site, page, kPageSize);
        connect(call, &BssCall::finished, this, [this, call, page] {
            call->deleteLater();
            if (!call->succeeded()) {
                failed(QStringLiteral("QueryOrders"), *call->error());
                finish();
                return;
            }
            const auto result = call->resultAs<OrdersPage>();
            const QDateTime readAt = QDateTime::currentDateTimeUtc();
            for (const OrderSummary& listed : result.orders) {
                AccountOrder order;
                order.orderId = listed.orderId;
                order.orderType = listed.orderType;
                order.paymentStatus = listed.paymentStatus;
                order.pretaxGrossAmount = listed.pretaxGrossAmount;
                order.pretaxAmount = listed.pretaxAmount;
                order.afterTaxAmount = listed.afterTaxAmount;
                order.currency = listed.currency;
                order.createTime = listed.createTime;
                order.paymentTime = listed.paymentTime;
                order.readAt = readAt;
                // The list has no instances: kept from an earlier read, else GetOrderDetail.
                if (const auto known = m_store.order(m_result.account, order.orderId))
                    order.instanceIds = known->instanceIds;
                m_orders.append(order);
            }
            if (result.hasMore() && !result.orders.isEmpty()) {
                ordersPage(page + 1);
                return;
            }
            m_result.orders = int(m_orders.size());
            m_listed = true;
            orderDetail(0);
        });
    }

    void orderDetail(qsizetype from)
    {
        qsizetype next = from;
        while (next < m_orders.size() && !m_orders.at(next).instanceIds.isEmpty())
            ++next;
        if (next >= m_orders.size()) {
            QString error;
            if (!m_store.upsertOrders(m_result.account, m_orders, &error)) {
                m_result.message = error;
                finish();
                return;
            }
            emit m_service->accountChanged(m_result.account);
            instanceInfo(0);
            return;
        }
        emit m_handle->progress(tr("Reading the instances of order %1").arg(m_orders.at(next).orderId), int(next),
                                int(m_orders.size()));
        BssCall* call = m_client->getOrderDetail(m_orders.at(next).orderId);
        connect(call, &BssCall::finished, this, [this, call, next] {
            call->deleteLater();
            if (call->succeeded())
                m_orders[next].instanceIds = call->resultAs<OrderDetail>().instanceIds;
            else
                failed(QStringLiteral("GetOrderDetail"), *call->error());
            orderDetail(next + 1);
        });
    }

    void instanceInfo(qsizetype index)
    {
        while (index < m_instances.size() && m_instances.at(index).region.isEmpty())
            ++index;
        if (index >= m_instances.size()) {
            finish();
            return;
        }
        const AccountInstance& instance = m_instances.at(index);
        emit m_handle->progress(tr("Reading instance %1").arg(instance.instanceId), int(index),
                                int(m_instances.size()));
        BssCall* call = m_client->getInstance(instance.region, instance.instanceId);
        connect(call, &BssCall::finished, this, [this, call, index] {
            call->deleteLater();
            if (call->succeeded()) {
                const auto info = call->resultAs<InstanceInfo>();
                AccountInstance details = m_instances.at(index);
                details.name = info.instanceName;
                details.instanceStatus = info.instanceStatus;
                details.instanceSpecification = info.instanceSpecification;
                details.instanceIssue = info.instanceIssue;
                details.crReadAt = QDateTime::currentDateTimeUtc();
                QString error;
                if (m_store.recordInstanceDetails(m_result.account, details, &error))
                    ++m_result.details;
                else
                    m_result.errors.append(error);
            } else {
                failed(QStringLiteral("GetInstance"), *call->error());
            }
            instanceInfo(index + 1);
        });
    }

    void finish()
    {
        m_result.ok = m_listed && m_result.message.isEmpty();
        QString lastError;
        if (!m_result.ok)
            lastError = !m_result.message.isEmpty() ? m_result.message : m_result.errors.join(u'\n');
        QString error;
        if (!m_store.recordSync(m_result.account, m_result.startedAt, lastError, &error) && m_result.message.isEmpty())
            m_result.message = error;
        if (const auto status = m_store.syncStatus(m_result.account))
            m_result.lastSuccess = status->lastSuccess;
        m_service->done(m_handle, m_result);
    }

    AccountService* m_service;
    SyncHandle* m_handle;
    BssClient* m_client;
    Site m_site;
    AccountStore m_store;
    SyncResult m_result;
    QList<AccountInstance> m_instances;
    QList<AccountOrder> m_orders;
    bool m_listed = false;
};

// --- AccountService ---

AccountService::AccountService(Journal* journal, ClientFactory* clients, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clients(clients)
{
    qRegisterMetaType<SyncResult>();
    qRegisterMetaType<AccountKey>();
}

AccountService::~AccountService() = default;

AccountKey AccountService::accountFor(const QString& profileName, const Endpoint& endpoint)
{
    return {profileName.isEmpty() && endpoint.isSandbox() ? QStringLiteral("sandbox") : profileName, endpoint.id()};
}

Journal* AccountService::journal() const
{
    return m_journal && m_journal->isOpen() ? m_journal : nullptr;
}

bool AccountService::isSyncing(const AccountKey& account) const
{
    return m_running.value(keyText(account)) != nullptr;
}

bool AccountService::hasSynced(const AccountKey& account) const
{
    return m_synced.contains(keyText(account));
}

void AccountService::done(SyncHandle* handle, const SyncResult& result)
{
    const QString key = keyText(result.account);
    if (m_running.value(key) == handle)
        m_running.remove(key);
    if (!result.skipped && result.ok)
        m_synced.insert(key);
    emit syncFinished(result);
    handle->finish(result);
}

SyncHandle* AccountService::sync(const QString& profileName, const Endpoint& endpoint, bool force, Site site)
{
    const AccountKey account = accountFor(profileName, endpoint);
    const QString key = keyText(account);
    if (SyncHandle* running = m_running.value(key))
        return running;
    auto* handle = new SyncHandle(this);
    handle->m_account = account;
    const auto finishLater = [this, handle](const SyncResult& result) {
        QTimer::singleShot(0, handle, [this, handle, result] { done(handle, result); });
    };
    SyncResult result;
    result.account = account;
    result.startedAt = QDateTime::currentDateTimeUtc();
    if (!journal() || !m_clients) {
        result.message = tr("The order journal is not open; nothing was read.");
        finishLater(result);
        return handle;
    }
    if (!force && hasSynced(account)) {
        result.skipped = true;
        result.ok = true;
        if (const auto status = AccountStore(journal()).syncStatus(account))
            result.lastSuccess = status->lastSuccess;
        finishLater(result);
        return handle;
    }
    m_running.insert(key, handle);
    const Site clientSite = endpoint.site().value_or(site);
    m_clients->create({profileName, clientSite, endpoint}, handle,
                      [this, handle, result, clientSite](const ClientResult& client) mutable {
                          if (!client.ok()) {
                              result.clientProblem = client.problem;
                              result.message = client.message;
                              AccountStore(journal()).recordSync(result.account, result.startedAt, client.message);
                              if (const auto status = AccountStore(journal()).syncStatus(result.account))
                                  result.lastSuccess = status->lastSuccess;
                              done(handle, result);
                              return;
                          }
                          auto* run = new Run(this, handle, client.client, clientSite);
                          run->start();
                      });
    return handle;
}

std::optional<SyncStatus> AccountService::syncStatus(const AccountKey& account) const
{
    return AccountStore(m_journal).syncStatus(account);
}

QList<InstanceRow> AccountService::instances(const AccountInstanceQuery& query, int soonDays,
                                             const QDateTime& now) const
{
    if (!journal())
        return {};
    const AccountStore store(m_journal);
    const QList<AccountInstance> instances = store.instances(query);
    if (instances.isEmpty())
        return {};
    const QList<AccountOrder> orders = store.orders(query.account);
    QStringList instanceIds;
    for (const AccountInstance& instance : instances)
        instanceIds.append(instance.instanceId);
    QStringList orderIds;
    for (const AccountOrder& order : orders) {
        for (const QString& id : order.instanceIds) {
            if (instanceIds.contains(id)) {
                orderIds.append(order.orderId);
                break;
            }
        }
    }
    const QList<JournalEntry> journalRows = m_journal->entriesTouching(instanceIds, orderIds);
    return mergeInstances(instances, orders, journalRows, now.isValid() ? now : QDateTime::currentDateTimeUtc(),
                          soonDays);
}

QList<InstanceRow> AccountService::expiring(const AccountKey& account, int soonDays, const QDateTime& now) const
{
    AccountInstanceQuery query;
    query.account = account;
    query.sortBy = InstanceSort::EndTime;
    QList<InstanceRow> rows = instances(query, soonDays, now);
    rows.removeIf([](const InstanceRow& row) {
        return row.expiry.level != Expiry::Level::Soon && row.expiry.level != Expiry::Level::Expired;
    });
    return rows;
}

} // namespace acrp
