#pragma once

#include "core/api/BssResults.h"
#include "core/api/Signer.h"
#include "core/app/ClientFactory.h"
#include "core/app/OrderResult.h"
#include "core/order/Catalog.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>
#include <variant>

namespace acrp {

class BssCall;
class BssClient;
class Journal;
class OrderService;

// One purchase in flight (submit or resume): its own signals, so a view hears only its order.
// finished() comes exactly once; the handle deletes itself afterwards (keep a QPointer).
class OrderHandle : public QObject
{
    Q_OBJECT

public:
    qint64 journalId() const { return m_journalId; }
    QString clientToken() const { return m_clientToken; }
    // The endpoint the order goes to, with its URL (known once the client is made).
    const Endpoint& endpoint() const { return m_endpoint; }
    // True from the moment the request may leave: from then on its outcome is the service's.
    bool isSent() const { return m_sent; }
    bool isFinished() const { return m_finished; }

    // Stops the order. Before it is sent: nothing was sent (LocalError). Once sent: stops waiting
    // for the answer; the order ends Unknown and stays in the journal for resume (the request may
    // still go through).
    void cancel();

signals:
    // The row is committed with its ClientToken; the request goes out next.
    void journaled(qint64 journalId, const QString& clientToken);
    void attemptStarted(int attempt, const QDateTime& time);
    void finished(const acrp::OrderResult& result);

private:
    friend class OrderService;
    explicit OrderHandle(QObject* parent);
    void finish(const OrderResult& result);

    qint64 m_journalId = 0;
    QString m_clientToken;
    QString m_profile; // as the journal records it
    Endpoint m_endpoint;
    QPointer<BssCall> m_call;
    bool m_sent = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

// Why a price or a balance is not known.
struct Unavailable
{
    ClientProblem clientProblem = ClientProblem::None; // no client could be made
    std::optional<ApiError> error; // the service's (or the network's) answer
    QString message; // in words, translated
};

// The price of an order and the balance of the account that would pay, asked together.
struct Quote
{
    std::variant<SubscriptionPrice, Unavailable> price = Unavailable {};
    std::variant<AccountBalance, Unavailable> balance = Unavailable {};
    // Both known, in the same currency, and the balance below the price.
    bool balanceTooLow() const;
};

// What a renewal would cost and do: the price (GetSubscriptionPrice, OrderType=Renewal), the
// balance, and the end dates from the last sync (invalid when the instance was never synced).
struct RenewalQuote
{
    std::variant<SubscriptionPrice, Unavailable> price = Unavailable {};
    std::variant<AccountBalance, Unavailable> balance = Unavailable {};
    QDateTime currentEndTime; // UTC, the synced EndTime; invalid: unknown
    QDateTime newEndTime; // currentEndTime + periodMonths; invalid: unknown
    QDateTime endTimeReadAt; // when the EndTime was read; invalid: unknown
    RenewalValidation validation; // not valid: nothing was asked
    bool balanceTooLow() const;
};

// What a status refresh read: GetOrderDetail's payment status and ACR GetInstance's status.
struct StatusRefresh
{
    qint64 journalId = 0;
    QString paymentStatus; // empty when not read
    QString instanceStatus; // empty when not read
    QString instanceIssue;
    QDateTime checkedAt; // UTC; when the status was read (invalid when nothing was read)
    QList<ApiError> errors; // the calls that failed, each once
    QString message; // a local problem (no row, not bought, no client): nothing was asked
    bool ok() const { return errors.isEmpty() && message.isEmpty(); }
};

// The request a submit would send, for --dry-run: signed, secrets masked.
struct RequestPreview
{
    SignedRequest request; // the security token replaced by "***" in the URL, headers and body
    Endpoint endpoint;
    QString clientToken; // a fresh one, not journaled: a real submit makes its own
    QString accessKeyId;
    QString message; // why there is none (no client)
    bool ok() const { return message.isEmpty(); }
};

// The application layer: the one place the front ends (the wizard, the history window, the
// command line) buy, resume, quote and refresh through, and the only writer of the journal's
// orders. A purchase is
//   validate -> client (ClientFactory) -> journal (row with a new ClientToken, state Sending,
//   committed) -> BssClient::createInstance -> journal (Succeeded / Failed / Unknown, committed).
// A row left Sending (the process died) or Unknown (no answer settled it) is resent by resume()
// with its own ClientToken, to the endpoint it was first sent to and signed with the same kind of
// key (the row's credential label), so the service answers the original result and nothing is
// bought twice.
class OrderService : public QObject
{
    Q_OBJECT

public:
    // Until the journal is open (or when it is null) every call ends with a local error; the program
    // opens it after its first paint.
    OrderService(Journal* journal, ClientFactory* clients, QObject* parent = nullptr);
    ~OrderService() override;

    void setCatalog(const Catalog* catalog) { m_catalog = catalog; }
    ClientFactory* clients() const { return m_clients; }
    // The journal once it is open (the program opens it after its first paint); null before.
    Journal* journal() const;

    // Starts a purchase of `order`, paid with `profileName`'s credentials (the environment's when
    // empty) at `endpoint`. The handle's finished() follows in every case.
    OrderHandle* submit(const OrderSpec& order, const QString& profileName, const Endpoint& endpoint);
    // Starts a renewal (BSS RenewInstance) of `renewal.instanceId`, with the same rules as a
    // purchase: validated (validateRenewal: InvalidOrder with result.validation unset and
    // result.message the first problem's words), journaled as a "renew" row with its ClientToken
    // before sending, resumable. Success is Bought (a renewal has no provisioning) with the OrderId.
    OrderHandle* renew(const RenewalSpec& renewal, const QString& profileName, const Endpoint& endpoint);
    // Resends a Sending or Unknown row (new or renew) with its own ClientToken, endpoint and
    // credentials.
    OrderHandle* resume(qint64 journalId);
    // True while an order of this row is in flight.
    bool isBusy(qint64 journalId) const;

    // The endpoint a row was sent to, with its URL (the sandbox's), or nothing with *error.
    std::optional<Endpoint> endpointOf(const JournalEntry& entry, QString* error) const;

    // The price of `order` and the balance, asked together (one attempt each, so a slow service
    // does not hold up the Review page). `done` once, from the event loop, unless `context` died.
    void quote(const OrderSpec& order, const QString& profileName, const Endpoint& endpoint, QObject* context,
               std::function<void(const Quote&)> done);

    // The Review of a renewal: price and balance asked together (one attempt each), the end dates
    // from AccountStore. `done` once, from the event loop, unless `context` died.
    void quoteRenewal(const RenewalSpec& renewal, const QString& profileName, const Endpoint& endpoint,
                      QObject* context, std::function<void(const RenewalQuote&)> done);

    // Asks the service how a bought order stands (GetOrderDetail and ACR GetInstance) and records
    // what it read in the journal, with the time. `done` once, from the event loop.
    void refreshStatus(qint64 journalId, QObject* context, std::function<void(const StatusRefresh&)> done);

    // The request a submit would send, signed but not sent and not journaled.
    void preview(const OrderSpec& order, const QString& profileName, const Endpoint& endpoint, QObject* context,
                 std::function<void(const RequestPreview&)> done);

signals:
    // A row was added or changed state (for views listing the journal).
    void journalChanged(qint64 journalId);

private:
    friend class OrderHandle;
    // Journals (unless existingToken) and sends a purchase of `order`, or with `renewal` a renewal.
    void sendWithClient(OrderHandle* handle, const ClientResult& client, const OrderSpec& order,
                        const std::optional<RenewalSpec>& renewal, const QString& existingToken, int previousAttempts);
    void finishLater(OrderHandle* handle, const OrderResult& result);

    Journal* m_journal;
    ClientFactory* m_clients;
    const Catalog* m_catalog = &Catalog::builtIn();
    QHash<qint64, QPointer<OrderHandle>> m_inFlight;
};

} // namespace acrp
