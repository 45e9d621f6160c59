#pragma once

#include "core/api/ApiError.h"
#include "core/api/BssResults.h"
#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"
#include "core/order/Validator.h"
#include "core/store/JournalEntry.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

namespace acrp {

class BssCall;
class BssClient;
class Journal;

// How one submit or resume ended.
struct SubmitOutcome
{
    qint64 journalId = 0; // 0 when it stopped before the journal (invalid order, journal error)
    QString clientToken;
    OrderState state = OrderState::Draft;
    int attempts = 0; // all attempts for this order, across resumes
    CreateInstanceResult result; // Succeeded
    std::optional<ApiError> error; // Failed / Unknown
    ValidationResult validation; // the problems of an invalid order (state Draft, nothing sent)
    QString localError; // the journal could not be written, the row cannot be resumed, ...

    bool isInvalidOrder() const { return !validation.isValid(); }
};

// The one submit path, used by the GUI and the CLI:
//   validate -> journal (row with a new ClientToken, state Sending, committed)
//            -> BssClient::createInstance -> journal (Succeeded / Failed / Unknown, committed).
// A row left in Sending (the process died) or Unknown (no answer settled it) is resent by resume()
// with its own ClientToken, so the service answers the original result and nothing is bought twice.
//
// The journal must be open. Clients are the caller's (configured with endpoint and credentials).
class OrderService : public QObject
{
    Q_OBJECT

public:
    explicit OrderService(Journal* journal, QObject* parent = nullptr);
    ~OrderService() override;

    void setCatalog(const Catalog* catalog) { m_catalog = catalog; }

    // Starts a purchase. finished() follows in every case (also for an invalid order, from the
    // event loop). Returns the journal id, or 0 when it stopped before the journal.
    qint64 submit(const OrderSpec& order, BssClient* client, const QString& profileName);

    // Resends a Sending or Unknown row with its own ClientToken through `client`, which must point
    // at the endpoint the row was first sent to (another endpoint is another service and could buy
    // again). finished() follows in every case. False when it could not start (then finished() is
    // still emitted with localError set).
    bool resume(qint64 journalId, BssClient* client);

    // Cancels the call in flight for a row; it ends as Unknown if the request may have been sent.
    void cancel(qint64 journalId);
    bool isBusy(qint64 journalId) const { return m_inFlight.contains(journalId); }

signals:
    // The row is committed with its ClientToken; the request goes out next.
    void journaled(qint64 journalId, const QString& clientToken);
    void attemptStarted(qint64 journalId, int attempt, const QDateTime& time);
    void finished(const acrp::SubmitOutcome& outcome);

private:
    void send(qint64 journalId, const OrderSpec& order, const QString& clientToken, int previousAttempts,
              BssClient* client);
    void finishLater(const SubmitOutcome& outcome);

    Journal* m_journal;
    const Catalog* m_catalog = &Catalog::builtIn();
    QHash<qint64, QPointer<BssCall>> m_inFlight;
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::SubmitOutcome)
