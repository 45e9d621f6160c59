#pragma once

#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QPointer>
#include <QWizardPage>
#include <chrono>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace acrp {
class ApiError;
class OrderHandle;
struct OrderResult;
} // namespace acrp

namespace acrp::ui {

class OrderDraft;

// Sends the order through OrderService and tells what happened, in the words of the three states
// that matter: paid (and provisioning until the instance runs), rejected (with the way forward),
// or outcome unknown (safe to resume: the ClientToken is kept).
class ResultPage : public QWizardPage
{
    Q_OBJECT

public:
    // What the user can do after a failure; the wizard takes them to the right page.
    enum class Action { FixOrder, SwitchSite, Retry, Resume };

    ResultPage(OrderDraft* draft, const AppContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // How often the provisioning status is asked while the instance is not RUNNING.
    static void setPollInterval(std::chrono::milliseconds interval);
    // Resumes a journal row (from the start-up offer) instead of sending the draft.
    void setResumeRow(qint64 journalId) { m_resumeRow = journalId; }

    // Why the service refused or failed, for people: the explanation of its code (or the error's
    // own sentence) and the service's own words beside it (also the renewal's result).
    static QString serviceReason(const ApiError& error);

    // While the order may be on its way and its answer is awaited (after it was journaled).
    bool isSending() const;
    // True once this page journaled an order (or resumed one): the order is the journal's now.
    bool hasJournaled() const { return m_journalId != 0; }
    // Stops waiting for the answer of the order being sent. It may still go through: the row stays
    // in the journal as Unknown and is offered for resume (same ClientToken).
    void stopWaiting();
    // Forgets the order shown, for a fresh wizard run.
    void forget();

signals:
    // The user wants to fix `field` (FixOrder) or the account (SwitchSite). `serviceReason`: why the
    // service refused the field, in words (empty when the order was refused before sending).
    void fixRequested(acrp::OrderField field, const QString& serviceReason);
    void accountRequested();
    // "Order again" after a purchase: another instance like this one (its own Review and token).
    void orderAgainRequested(const acrp::OrderSpec& order);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void start();
    void onFinished(const OrderResult& result);
    void showFailure(const OrderResult& outcome);
    void pollProvisioning();
    void setBusy(bool busy);
    void resetView();
    // The ID rows that have a value, and the block only when one does.
    void showIdRows();
    OrderDraft* m_draft;
    AppContext m_context;
    QLabel* m_headline;
    QWidget* m_sandboxReminder;
    QLabel* m_sandboxReminderText;
    QLabel* m_detail;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_stopWaiting;
    QWidget* m_ids;
    QFormLayout* m_idsForm;
    QLineEdit* m_instanceId;
    QLineEdit* m_orderId;
    QLineEdit* m_requestId;
    QLineEdit* m_clientToken;
    QLabel* m_console;
    QLabel* m_provisioning;
    QPushButton* m_fix;
    QPushButton* m_switchSite;
    QPushButton* m_retry;
    QPushButton* m_resume;
    QPushButton* m_orderAgain;
    QPushButton* m_exportCode; // "Export as code…" of the bought instance (its journal row)
    QTimer* m_pollTimer;
    QPointer<OrderHandle> m_handle; // the order being sent
    qint64 m_journalId = 0;
    qint64 m_resumeRow = 0;
    std::optional<OrderField> m_fixField;
    QString m_fixReason; // the service's reason for refusing m_fixField
    int m_pollGeneration = 0; // a status answer for an earlier poll is dropped
    bool m_busy = false;
    bool m_toSandbox = false; // the order being sent or shown went to the sandbox (set when journaled)
};

} // namespace acrp::ui
