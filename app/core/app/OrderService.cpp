#include "core/app/OrderService.h"

#include "core/api/BssCall.h"
#include "core/api/BssClient.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "core/store/AccountStore.h"
#include "core/store/Journal.h"

#include <QTimer>
#include <memory>

namespace acrp {

namespace {

// The translation context of the application layer's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::OrderService)
};

OrderResult localError(const QString& message, ClientProblem problem = ClientProblem::None,
                       const QString& detail = QString())
{
    OrderResult result;
    result.kind = OrderResult::Kind::LocalError;
    result.message = message;
    result.clientProblem = problem;
    result.detail = detail;
    return result;
}

// The order field a refusal is about: only a refusal of the order itself names one (a signature
// error's text may well mention a parameter without being about it).
std::optional<OrderField> refusedField(const ApiError& error)
{
    if (error.kind != ApiError::Kind::InvalidOrder)
        return std::nullopt;
    return orderFieldNamedIn(error.code + u' ' + error.message);
}

// The answer of a failed call, as the user reads it: the service's message with its code.
Unavailable unavailable(const ApiError& error)
{
    return Unavailable {ClientProblem::None, error, error.userMessage()};
}

// The price a call answers (or why there is none) into `quote`, then `oneDone`.
template<class QuoteT, class Done>
void answerPrice(BssCall* price, QObject* scope, const std::shared_ptr<QuoteT>& quote, const Done& oneDone)
{
    QObject::connect(price, &BssCall::finished, scope, [price, quote, oneDone] {
        if (price->succeeded())
            quote->price = price->resultAs<SubscriptionPrice>();
        else
            quote->price = unavailable(*price->error());
        oneDone();
    });
}

// A Review's two questions, asked together on `client`: the price (`askPrice(quote, oneDone)`
// fills quote->price and calls oneDone once) and QueryAccountBalance. One attempt each: a quote is
// a courtesy, and the page must not wait on a slow service. `done` once with both, or with both
// unavailable when no client could be made.
template<class QuoteT, class AskPrice>
void askWithBalance(const ClientResult& client, QObject* scope, QuoteT base,
                    const std::function<void(const QuoteT&)>& done, const AskPrice& askPrice)
{
    if (!client.ok()) {
        const Unavailable none {client.problem, {}, client.message};
        base.price = none;
        base.balance = none;
        scope->deleteLater();
        done(base);
        return;
    }
    RetryPolicy quick = RetryPolicy::noRetry();
    quick.transferTimeout
        = std::min(client.client->retryPolicy().transferTimeout, std::chrono::milliseconds(std::chrono::seconds(15)));
    client.client->setRetryPolicy(quick);
    auto quote = std::make_shared<QuoteT>(base);
    auto pending = std::make_shared<int>(2);
    const std::function<void()> oneDone = [scope, quote, pending, done] {
        if (--*pending > 0)
            return;
        scope->deleteLater();
        done(*quote);
    };
    askPrice(quote, oneDone);
    BssCall* balance = client.client->queryAccountBalance();
    QObject::connect(balance, &BssCall::finished, scope, [balance, quote, oneDone] {
        if (balance->succeeded())
            quote->balance = balance->resultAs<AccountBalance>();
        else
            quote->balance = unavailable(*balance->error());
        oneDone();
    });
}

} // namespace

// --- OrderResult ---

OrderResult OrderResult::fromEntry(const JournalEntry& entry)
{
    OrderResult result;
    result.state = entry.state;
    result.journalId = entry.id;
    result.clientToken = entry.clientToken;
    result.attempts = entry.attempts;
    result.instanceId = entry.instanceId;
    result.orderId = entry.orderId;
    result.requestId = entry.requestId;
    result.provisioningStatus = entry.provisioningStatus;
    result.error = entry.lastError;
    result.orderKind = entry.kind;
    switch (entry.state) {
    case OrderState::Succeeded:
        // A renewal has nothing to provision: paid is done.
        result.kind = entry.kind == OrderKind::Renew || entry.provisioningStatus == u"RUNNING" ? Kind::Bought
                                                                                               : Kind::PaidProvisioning;
        break;
    case OrderState::Failed:
        result.kind = Kind::Refused;
        if (entry.lastError)
            result.field = refusedField(*entry.lastError);
        break;
    case OrderState::Sending: // the process stopped while it was being sent
    case OrderState::Unknown:
        result.kind = Kind::Unknown;
        break;
    case OrderState::Draft:
        result.kind = Kind::LocalError;
        break;
    }
    return result;
}

// --- Quote ---

bool Quote::balanceTooLow() const
{
    const auto* price = std::get_if<SubscriptionPrice>(&this->price);
    const auto* account = std::get_if<AccountBalance>(&balance);
    if (!price || !account || price->currency != account->currency)
        return false;
    bool priceOk = false;
    bool balanceOk = false;
    const double amount = price->tradePrice.toDouble(&priceOk);
    const double available = account->availableAmount.toDouble(&balanceOk);
    return priceOk && balanceOk && available < amount;
}

bool RenewalQuote::balanceTooLow() const
{
    Quote quote;
    quote.price = price;
    quote.balance = balance;
    return quote.balanceTooLow();
}

// --- OrderHandle ---

OrderHandle::OrderHandle(QObject* parent)
    : QObject(parent)
{ }

void OrderHandle::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_sent) {
        // The call ends as Unknown (the request may have arrived); the service writes that down.
        if (m_call)
            m_call->cancel();
        return;
    }
    // Like every end, from the event loop; the client being made meanwhile is dropped unused.
    const OrderResult cancelled = localError(Text::tr("Cancelled. Nothing was sent and nothing was bought."));
    QTimer::singleShot(0, this, [this, cancelled] { finish(cancelled); });
}

void OrderHandle::finish(const OrderResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (auto* service = qobject_cast<OrderService*>(parent()); service && m_journalId) {
        if (service->m_inFlight.value(m_journalId) == this)
            service->m_inFlight.remove(m_journalId);
    }
    emit finished(result);
    deleteLater();
}

// --- OrderService ---

OrderService::OrderService(Journal* journal, ClientFactory* clients, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clients(clients)
{
    qRegisterMetaType<OrderResult>();
}

Journal* OrderService::journal() const
{
    return m_journal && m_journal->isOpen() ? m_journal : nullptr;
}

OrderService::~OrderService()
{
    // Calls still in flight die with their handles; their rows stay Sending and are offered for
    // resume, which asks the service what became of them.
    for (const auto& handle : std::as_const(m_inFlight)) {
        if (handle && handle->m_call)
            handle->m_call->disconnect();
    }
}

bool OrderService::isBusy(qint64 journalId) const
{
    return m_inFlight.value(journalId) != nullptr;
}

void OrderService::finishLater(OrderHandle* handle, const OrderResult& result)
{
    QTimer::singleShot(0, handle, [handle, result] { handle->finish(result); });
}

std::optional<Endpoint> OrderService::endpointOf(const JournalEntry& entry, QString* error) const
{
    std::optional<Endpoint> endpoint = Endpoint::parse(entry.endpoint, error, *m_catalog);
    if (!endpoint)
        return std::nullopt;
    if (!m_clients) {
        if (error)
            *error = Text::tr("No client can be made.");
        return std::nullopt;
    }
    return m_clients->resolve(*endpoint, error);
}

OrderHandle* OrderService::submit(const OrderSpec& order, const QString& profileName, const Endpoint& endpoint)
{
    auto* handle = new OrderHandle(this);
    OrderResult invalid;
    invalid.validation = Validator(*m_catalog).validate(order);
    if (!invalid.validation.isValid()) {
        invalid.kind = OrderResult::Kind::InvalidOrder;
        invalid.field = invalid.validation.invalidFields().constFirst();
        finishLater(handle, invalid);
        return handle;
    }
    if (!journal() || !m_clients) {
        finishLater(handle, localError(Text::tr("The order journal is not open; nothing was sent.")));
        return handle;
    }
    m_clients->create({profileName, order.site, endpoint}, handle,
                      [this, handle, order, profileName](const ClientResult& client) {
                          if (handle->m_finished || handle->m_cancelled)
                              return; // cancelled meanwhile
                          if (!client.ok()) {
                              handle->finish(localError(client.message, client.problem, client.detail));
                              return;
                          }
                          // The row records the profile chosen (the factory's rules turn it into the same kind of key
                          // on resume), or, when none was, whose key signed.
                          handle->m_profile = profileName.isEmpty() ? client.credentialLabel : profileName;
                          sendWithClient(handle, client, order, std::nullopt, QString(), 0);
                      });
    return handle;
}

OrderHandle* OrderService::renew(const RenewalSpec& renewal, const QString& profileName, const Endpoint& endpoint)
{
    auto* handle = new OrderHandle(this);
    const RenewalValidation validation = validateRenewal(renewal);
    if (!validation.isValid()) {
        OrderResult invalid;
        invalid.kind = OrderResult::Kind::InvalidOrder;
        invalid.orderKind = OrderKind::Renew;
        invalid.message = validation.messages().constFirst();
        if (validation.period)
            invalid.field = OrderField::Period;
        finishLater(handle, invalid);
        return handle;
    }
    if (!journal() || !m_clients) {
        OrderResult result = localError(Text::tr("The order journal is not open; nothing was sent."));
        result.orderKind = OrderKind::Renew;
        finishLater(handle, result);
        return handle;
    }
    m_clients->create({profileName, renewal.site, endpoint}, handle,
                      [this, handle, renewal, profileName](const ClientResult& client) {
                          if (handle->m_finished || handle->m_cancelled)
                              return;
                          if (!client.ok()) {
                              OrderResult result = localError(client.message, client.problem, client.detail);
                              result.orderKind = OrderKind::Renew;
                              handle->finish(result);
                              return;
                          }
                          handle->m_profile = profileName.isEmpty() ? client.credentialLabel : profileName;
                          sendWithClient(handle, client, OrderSpec(), renewal, QString(), 0);
                      });
    return handle;
}

OrderHandle* OrderService::resume(qint64 journalId)
{
    auto* handle = new OrderHandle(this);
    handle->m_journalId = journalId;
    const std::optional<JournalEntry> entry = journal() ? journal()->entry(journalId) : std::nullopt;
    if (!entry) {
        finishLater(handle, localError(Text::tr("Order %1 is not in the journal.").arg(journalId)));
        return handle;
    }
    handle->m_clientToken = entry->clientToken;
    const auto refuse = [this, handle, &entry](const QString& message) {
        OrderResult result = OrderResult::fromEntry(*entry);
        result.kind = OrderResult::Kind::LocalError;
        result.message = message;
        finishLater(handle, result);
        return handle;
    };
    if (!isPendingState(entry->state))
        return refuse(Text::tr("Order %1 is %2 and is not resent.").arg(journalId).arg(orderStateId(entry->state)));
    if (isBusy(journalId))
        return refuse(Text::tr("Order %1 is being sent already.").arg(journalId));
    QString error;
    const std::optional<Endpoint> endpoint = endpointOf(*entry, &error);
    if (!endpoint)
        return refuse(Text::tr("Order %1 cannot be resent: %2").arg(journalId).arg(error));
    std::optional<OrderSpec> order;
    std::optional<RenewalSpec> renewal;
    if (entry->kind == OrderKind::Renew) {
        renewal = RenewalSpec::fromJournalJson(entry->orderJson, &error);
        order = OrderSpec();
    } else {
        order = OrderFile::parse(entry->orderJson, &error);
    }
    if (!order || (entry->kind == OrderKind::Renew && !renewal))
        return refuse(Text::tr("Order %1 cannot be read back from the journal: %2").arg(journalId).arg(error));

    // From here on this row is taken: a second resume of it waits for this one.
    m_inFlight.insert(journalId, handle);
    // The row's own credentials (its label: a profile, "sandbox", or "" for the environment) and
    // its own endpoint: the same kind of key signs the resent request.
    const JournalEntry row = *entry;
    m_clients->create(
        {row.profile, row.site, *endpoint}, handle, [this, handle, row, order, renewal](const ClientResult& client) {
            if (handle->m_finished || handle->m_cancelled)
                return;
            if (!client.ok()) {
                OrderResult result = OrderResult::fromEntry(row);
                result.kind = OrderResult::Kind::LocalError;
                result.clientProblem = client.problem;
                result.message = Text::tr("Order %1 could not be resent: %2").arg(row.id).arg(client.message);
                result.detail = client.detail;
                handle->finish(result);
                return;
            }
            QString markError;
            if (!journal()->markSending(row.id, &markError)) {
                handle->finish(localError(markError));
                return;
            }
            sendWithClient(handle, client, *order, renewal, row.clientToken, row.attempts);
        });
    return handle;
}

void OrderService::sendWithClient(OrderHandle* handle, const ClientResult& client, const OrderSpec& order,
                                  const std::optional<RenewalSpec>& renewal, const QString& existingToken,
                                  int previousAttempts)
{
    const OrderKind kind = renewal ? OrderKind::Renew : OrderKind::New;
    handle->m_endpoint = client.endpoint;
    QString token = existingToken;
    if (token.isEmpty()) {
        // Write-ahead: the ClientToken is on the disk before the first byte leaves. If the program
        // dies from here on, resume finds the row and resends it with this very token.
        JournalEntry entry;
        entry.profile = handle->m_profile;
        entry.site = renewal ? renewal->site : order.site;
        entry.endpoint = client.endpoint.id();
        entry.kind = kind;
        entry.order = order;
        entry.renewal = renewal;
        entry.orderJson = renewal ? renewal->toJournalJson() : OrderFile::serialize(order);
        entry.clientToken = newClientToken();
        entry.state = OrderState::Sending;
        QString error;
        const qint64 id = journal()->insert(entry, &error);
        if (id == 0) {
            handle->finish(localError(error + u' ' + Text::tr("Nothing was sent.")));
            return;
        }
        token = entry.clientToken;
        handle->m_journalId = id;
        m_inFlight.insert(id, handle);
    }
    handle->m_clientToken = token;
    const qint64 journalId = handle->m_journalId;
    // A journaled order is committed: from here a cancel only stops the waiting, and the row stays
    // for resume with its ClientToken.
    handle->m_sent = true;
    emit journalChanged(journalId);
    emit handle->journaled(journalId, token);

    BssCall* call
        = renewal ? client.client->renewInstance(*renewal, token) : client.client->createInstance(order, token);
    handle->m_call = call;
    connect(call, &BssCall::attemptStarted, handle,
            [this, handle, journalId, previousAttempts](int attempt, const QDateTime& time) {
                // Counted before the attempt's bytes leave (the call sends right after this signal).
                journal()->recordAttempts(journalId, previousAttempts + attempt);
                emit handle->attemptStarted(previousAttempts + attempt, time);
            });
    const QString renewedInstance = renewal ? renewal->instanceId : QString();
    connect(call, &BssCall::finished, handle,
            [this, handle, journalId, token, previousAttempts, call, kind, renewedInstance] {
                OrderResult result;
                result.orderKind = kind;
                result.journalId = journalId;
                result.clientToken = token;
                result.attempts = previousAttempts + call->attempts();
                QString error;
                bool written = false;
                if (call->succeeded() && kind == OrderKind::Renew) {
                    // Renewed and paid: nothing to provision.
                    const auto renewed = call->resultAs<RenewInstanceResult>();
                    result.kind = OrderResult::Kind::Bought;
                    result.state = OrderState::Succeeded;
                    result.instanceId = renewedInstance;
                    result.orderId = renewed.orderId;
                    result.requestId = renewed.requestId;
                    written = journal()->finishSucceeded(journalId, result.attempts, renewedInstance, renewed.orderId,
                                                         renewed.requestId, &error);
                } else if (call->succeeded()) {
                    const auto bought = call->resultAs<CreateInstanceResult>();
                    result.kind = OrderResult::Kind::PaidProvisioning;
                    result.state = OrderState::Succeeded;
                    result.instanceId = bought.instanceId;
                    result.orderId = bought.orderId;
                    result.requestId = bought.requestId;
                    written = journal()->finishSucceeded(journalId, result.attempts, bought.instanceId, bought.orderId,
                                                         bought.requestId, &error);
                } else {
                    // Unknown unless the service itself settled it: a timeout, a lost connection or an
                    // unreadable answer after the request may have arrived leave the purchase open.
                    const ApiError apiError = *call->error();
                    result.kind = call->outcomeUnknown() ? OrderResult::Kind::Unknown : OrderResult::Kind::Refused;
                    result.state = call->outcomeUnknown() ? OrderState::Unknown : OrderState::Failed;
                    result.error = apiError;
                    result.requestId = apiError.requestId;
                    if (result.kind == OrderResult::Kind::Refused)
                        result.field = refusedField(apiError);
                    written = journal()->finishWithError(journalId, result.state, result.attempts, apiError, &error);
                }
                if (!written)
                    result.message = error;
                emit journalChanged(journalId);
                handle->finish(result);
            });
    if (handle->m_cancelled)
        call->cancel(); // cancelled while `journaled` was being handled
}

void OrderService::quote(const OrderSpec& order, const QString& profileName, const Endpoint& endpoint, QObject* context,
                         std::function<void(const Quote&)> done)
{
    auto* scope = new QObject(context);
    if (!m_clients) {
        QTimer::singleShot(0, scope, [scope, done] {
            Quote quote;
            const Unavailable none {ClientProblem::None, {}, Text::tr("No client can be made.")};
            quote.price = none;
            quote.balance = none;
            scope->deleteLater();
            done(quote);
        });
        return;
    }
    m_clients->create({profileName, order.site, endpoint}, scope, [scope, order, done](const ClientResult& client) {
        askWithBalance<Quote>(
            client, scope, Quote {}, done,
            [client, order, scope](const std::shared_ptr<Quote>& quote, const auto& oneDone) {
                // The price needs the site's pricing modules first.
                BssCall* modules = client.client->describePricingModule(order.site);
                connect(modules, &BssCall::finished, scope, [modules, client, order, quote, oneDone, scope] {
                    if (!modules->succeeded()) {
                        quote->price = unavailable(*modules->error());
                        oneDone();
                        return;
                    }
                    answerPrice(client.client->getSubscriptionPrice(order), scope, quote, oneDone);
                });
            });
    });
}

void OrderService::refreshStatus(qint64 journalId, QObject* context, std::function<void(const StatusRefresh&)> done)
{
    auto* scope = new QObject(context);
    const auto answer = [scope, done](const StatusRefresh& refresh) {
        QTimer::singleShot(0, scope, [scope, done, refresh] {
            scope->deleteLater();
            done(refresh);
        });
    };
    StatusRefresh refresh;
    refresh.journalId = journalId;
    const std::optional<JournalEntry> entry = journal() ? journal()->entry(journalId) : std::nullopt;
    if (!entry) {
        refresh.message = Text::tr("Order %1 is not in the journal.").arg(journalId);
        answer(refresh);
        return;
    }
    if (entry->state != OrderState::Succeeded || entry->instanceId.isEmpty()) {
        refresh.message = Text::tr("Order %1 was not bought: there is no status to ask for.").arg(journalId);
        answer(refresh);
        return;
    }
    QString error;
    const std::optional<Endpoint> endpoint = endpointOf(*entry, &error);
    if (!endpoint) {
        refresh.message = error;
        answer(refresh);
        return;
    }
    const JournalEntry row = *entry;
    m_clients->create({row.profile, row.site, *endpoint}, scope,
                      [this, scope, row, refresh, done](const ClientResult& client) mutable {
                          if (!client.ok()) {
                              refresh.message = client.message;
                              scope->deleteLater();
                              done(refresh);
                              return;
                          }
                          // The user (or the next poll) can ask again: no retries to wait through.
                          RetryPolicy once = RetryPolicy::noRetry();
                          once.transferTimeout = client.client->retryPolicy().transferTimeout;
                          client.client->setRetryPolicy(once);
                          auto state = std::make_shared<StatusRefresh>(refresh);
                          // A renewal row may not know its instance's region: then GetOrderDetail only.
                          const bool askInstance = !row.order.region.isEmpty() || row.orderId.isEmpty();
                          auto pending = std::make_shared<int>((row.orderId.isEmpty() ? 0 : 1) + (askInstance ? 1 : 0));
                          const auto failed = [state](const ApiError& apiError) {
                              // Both calls often fail alike (a wrong key, no network): say it once.
                              for (const ApiError& known : std::as_const(state->errors)) {
                                  if (known.code == apiError.code && known.message == apiError.message)
                                      return;
                              }
                              state->errors.append(apiError);
                          };
                          const auto oneDone = [this, scope, state, pending, done, id = row.id] {
                              if (--*pending > 0)
                                  return;
                              if (!state->paymentStatus.isEmpty() || !state->instanceStatus.isEmpty()) {
                                  state->checkedAt = QDateTime::currentDateTimeUtc();
                                  QString writeError;
                                  if (!journal()->recordStatus(id, state->paymentStatus, state->instanceStatus,
                                                               state->checkedAt, &writeError))
                                      state->message = writeError;
                                  emit journalChanged(id);
                              }
                              scope->deleteLater();
                              done(*state);
                          };
                          if (!row.orderId.isEmpty()) {
                              BssCall* detail = client.client->getOrderDetail(row.orderId);
                              connect(detail, &BssCall::finished, scope, [detail, state, failed, oneDone] {
                                  if (detail->succeeded())
                                      state->paymentStatus = detail->resultAs<OrderDetail>().paymentStatus;
                                  else
                                      failed(*detail->error());
                                  oneDone();
                              });
                          }
                          if (!askInstance)
                              return;
                          BssCall* instance = client.client->getInstance(row.order.region, row.instanceId);
                          connect(instance, &BssCall::finished, scope, [instance, state, failed, oneDone] {
                              if (instance->succeeded()) {
                                  const auto info = instance->resultAs<InstanceInfo>();
                                  state->instanceStatus = info.instanceStatus;
                                  state->instanceIssue = info.instanceIssue;
                              } else {
                                  failed(*instance->error());
                              }
                              oneDone();
                          });
                      });
}

void OrderService::preview(const OrderSpec& order, const QString& profileName, const Endpoint& endpoint,
                           QObject* context, std::function<void(const RequestPreview&)> done)
{
    auto* scope = new QObject(context);
    m_clients->create({profileName, order.site, endpoint}, scope, [scope, order, done](const ClientResult& client) {
        RequestPreview preview;
        preview.endpoint = client.endpoint;
        if (!client.ok()) {
            preview.message = client.message;
        } else {
            BssClient* bss = client.client;
            preview.clientToken = newClientToken();
            preview.accessKeyId = bss->accessKeyId();
            SignedRequest request = bss->sign(bss->createInstanceCall(order, preview.clientToken), bss->serviceTime(),
                                              signer::newNonce());
            // The security token is a secret too, and it is signed along: mask it everywhere.
            request.url = bss->redacted(request.url);
            request.body = bss->redacted(request.body);
            request.stringToSign = bss->redacted(request.stringToSign);
            for (auto& header : request.headers)
                header.second = bss->redacted(header.second);
            preview.request = request;
        }
        scope->deleteLater();
        done(preview);
    });
}

void OrderService::quoteRenewal(const RenewalSpec& renewal, const QString& profileName, const Endpoint& endpoint,
                                QObject* context, std::function<void(const RenewalQuote&)> done)
{
    auto* scope = new QObject(context);
    RenewalQuote base;
    base.validation = validateRenewal(renewal);
    const auto answer = [scope, done](const RenewalQuote& quote) {
        QTimer::singleShot(0, scope, [scope, done, quote] {
            scope->deleteLater();
            done(quote);
        });
    };
    if (!base.validation.isValid()) {
        const Unavailable none {ClientProblem::None, {}, base.validation.messages().constFirst()};
        base.price = none;
        base.balance = none;
        answer(base);
        return;
    }
    // The end dates are what the last sync read; the renewal extends the subscription from its end.
    if (journal()) {
        if (const auto synced = AccountStore(journal()).instance(renewal.instanceId);
            synced && synced->endTime.isValid()) {
            base.currentEndTime = synced->endTime;
            base.newEndTime = synced->endTime.addMonths(renewal.periodMonths);
            base.endTimeReadAt = synced->readAt;
        }
    }
    if (!m_clients) {
        const Unavailable none {ClientProblem::None, {}, Text::tr("No client can be made.")};
        base.price = none;
        base.balance = none;
        answer(base);
        return;
    }
    m_clients->create(
        {profileName, renewal.site, endpoint}, scope, [scope, renewal, done, base](const ClientResult& client) {
            askWithBalance<RenewalQuote>(
                client, scope, base, done,
                [client, renewal, scope](const std::shared_ptr<RenewalQuote>& quote, const auto& oneDone) {
                    answerPrice(client.client->getRenewalPrice(renewal), scope, quote, oneDone);
                });
        });
}

} // namespace acrp
