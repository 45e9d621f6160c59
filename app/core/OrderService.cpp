#include "core/OrderService.h"

#include "core/api/BssCall.h"
#include "core/api/BssClient.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"

#include <QTimer>

namespace acrp {

OrderService::OrderService(Journal* journal, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
{
    qRegisterMetaType<SubmitOutcome>();
}

OrderService::~OrderService()
{
    // A call still in flight belongs to its client; leaving it to finish there keeps its
    // outcome unknown to us, and the row stays Sending for resume.
    for (const auto& call : std::as_const(m_inFlight)) {
        if (call)
            call->disconnect(this);
    }
}

void OrderService::finishLater(const SubmitOutcome& outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { emit finished(outcome); });
}

qint64 OrderService::submit(const OrderSpec& order, BssClient* client, const QString& profileName)
{
    SubmitOutcome outcome;
    outcome.validation = Validator(*m_catalog).validate(order);
    if (outcome.isInvalidOrder()) {
        finishLater(outcome);
        return 0;
    }
    if (!m_journal || !m_journal->isOpen() || !client) {
        outcome.localError = tr("The order journal is not open; nothing was sent.");
        finishLater(outcome);
        return 0;
    }

    // Write-ahead: the ClientToken is on the disk before the first byte leaves. If the program
    // dies from here on, resume finds the row and resends it with this very token.
    JournalEntry entry;
    entry.profile = profileName;
    entry.site = order.site;
    entry.endpoint = client->endpoint().id();
    entry.order = order;
    entry.orderJson = OrderFile::serialize(order);
    entry.clientToken = newClientToken();
    entry.state = OrderState::Sending;
    QString error;
    const qint64 id = m_journal->insert(entry, &error);
    if (id == 0) {
        outcome.localError = error + u' ' + tr("Nothing was sent.");
        finishLater(outcome);
        return 0;
    }
    emit journaled(id, entry.clientToken);
    send(id, order, entry.clientToken, 0, client);
    return id;
}

bool OrderService::resume(qint64 journalId, BssClient* client)
{
    SubmitOutcome outcome;
    outcome.journalId = journalId;
    const std::optional<JournalEntry> entry
        = m_journal && m_journal->isOpen() ? m_journal->entry(journalId) : std::nullopt;
    if (!entry) {
        outcome.localError = tr("Order %1 is not in the journal.").arg(journalId);
        finishLater(outcome);
        return false;
    }
    outcome.clientToken = entry->clientToken;
    outcome.state = entry->state;
    outcome.attempts = entry->attempts;
    outcome.error = entry->lastError;
    outcome.result.instanceId = entry->instanceId;
    outcome.result.orderId = entry->orderId;
    outcome.result.requestId = entry->requestId;
    if (!isPendingState(entry->state)) {
        outcome.localError = tr("Order %1 is %2 and is not resent.").arg(journalId).arg(orderStateId(entry->state));
        finishLater(outcome);
        return false;
    }
    if (m_inFlight.contains(journalId)) {
        outcome.localError = tr("Order %1 is being sent already.").arg(journalId);
        finishLater(outcome);
        return false;
    }
    if (!client || client->endpoint().id() != entry->endpoint) {
        // Another endpoint is another service with its own idempotence records: resending there
        // could buy a second instance.
        outcome.localError
            = tr("Order %1 was sent to %2; it can only be resent there.").arg(journalId).arg(entry->endpoint);
        finishLater(outcome);
        return false;
    }
    QString error;
    const std::optional<OrderSpec> order = OrderFile::parse(entry->orderJson, &error);
    if (!order) {
        outcome.localError = tr("Order %1 cannot be read back from the journal: %2").arg(journalId).arg(error);
        finishLater(outcome);
        return false;
    }
    if (!m_journal->markSending(journalId, &error)) {
        outcome.localError = error;
        finishLater(outcome);
        return false;
    }
    send(journalId, *order, entry->clientToken, entry->attempts, client);
    return true;
}

void OrderService::cancel(qint64 journalId)
{
    if (const QPointer<BssCall> call = m_inFlight.value(journalId))
        call->cancel();
}

void OrderService::send(qint64 journalId, const OrderSpec& order, const QString& clientToken, int previousAttempts,
                        BssClient* client)
{
    BssCall* call = client->createInstance(order, clientToken);
    m_inFlight.insert(journalId, call);
    connect(call, &BssCall::attemptStarted, this,
            [this, journalId, previousAttempts](int attempt, const QDateTime& time) {
                // Counted before the attempt's bytes leave (the call sends right after this signal).
                m_journal->recordAttempts(journalId, previousAttempts + attempt);
                emit attemptStarted(journalId, previousAttempts + attempt, time);
            });
    connect(call, &BssCall::finished, this, [this, journalId, clientToken, previousAttempts, call] {
        m_inFlight.remove(journalId);
        call->deleteLater();
        SubmitOutcome outcome;
        outcome.journalId = journalId;
        outcome.clientToken = clientToken;
        outcome.attempts = previousAttempts + call->attempts();
        QString error;
        bool written = false;
        if (call->succeeded()) {
            outcome.state = OrderState::Succeeded;
            outcome.result = call->resultAs<CreateInstanceResult>();
            written = m_journal->finishSucceeded(journalId, outcome.attempts, outcome.result.instanceId,
                                                 outcome.result.orderId, outcome.result.requestId, &error);
        } else {
            // Unknown unless the service itself settled it: a timeout, a lost connection or an
            // unreadable answer after the request may have arrived leave the purchase open.
            outcome.state = call->outcomeUnknown() ? OrderState::Unknown : OrderState::Failed;
            outcome.error = call->error();
            written = m_journal->finishWithError(journalId, outcome.state, outcome.attempts, *outcome.error, &error);
        }
        if (!written)
            outcome.localError = error;
        emit finished(outcome);
    });
}

} // namespace acrp
