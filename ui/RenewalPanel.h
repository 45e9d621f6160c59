#pragma once

#include "core/api/Endpoint.h"
#include "core/app/AccountService.h"
#include "ui/AppContext.h"

#include <QFrame>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace acrp {
class OrderHandle;
struct OrderResult;
struct RenewalQuote;
} // namespace acrp

namespace acrp::ui {

class LeaveBar;

// Renews one instance, inline in the Instances window and from the keyboard: the period (1-9, 12,
// 24, 36 months), its review (the renewal price or why it is unavailable, the balance, the current
// and the new end date, the endpoint, and for a real endpoint the confirmation the purchase asks
// for), then Renew: journaled with its ClientToken before it is sent, the attempts, and the result
// (renewed with its OrderId, refused in words, or unknown and safe to resume). Escape closes it,
// or while the renewal is on its way asks first: stopping leaves it in the journal for resume.
class RenewalPanel : public QFrame
{
    Q_OBJECT

public:
    explicit RenewalPanel(const AppContext& context, QWidget* parent = nullptr);

    // The review of a renewal of `row` paid by `profileName` at `endpoint` (`site`: the profile's).
    void start(const InstanceRow& row, const QString& profileName, const Endpoint& endpoint, Site site);
    // Resends an unfinished renewal row of the journal with its own ClientToken.
    void resume(qint64 journalId);
    // The renewal is on its way (journaled, its answer awaited).
    bool isSending() const;
    // Stops waiting: the renewal ends Unknown and stays in the journal for resume.
    void stopWaiting();
    // Escape: closes the panel, or asks first while the renewal is on its way.
    void requestClose();
    // The window is closing: true when nothing is in flight; otherwise asks (Keep waiting / Stop
    // waiting and close) and runs `close` once stopped.
    bool confirmClose(const std::function<void()>& close);
    QString instanceId() const { return m_instanceId; }

signals:
    void closed();
    // A renewal ended (any outcome): the window re-reads the account after a renewal.
    void renewalFinished(const acrp::OrderResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void askQuote();
    void showQuote(const RenewalQuote& quote);
    void updateRenewButton();
    void send();
    void watch(OrderHandle* handle);
    void onFinished(const OrderResult& result);
    void showTitle();

    AppContext m_context;
    QLabel* m_title;
    LeaveBar* m_leaveBar;
    QStackedWidget* m_pages;
    // The review
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_currentEnd;
    QLabel* m_newEnd;
    QLabel* m_price;
    QLabel* m_balance;
    QLabel* m_balanceWarning;
    QLabel* m_endpointText;
    QCheckBox* m_confirm;
    QPushButton* m_renew;
    QPushButton* m_cancel;
    // The renewal on its way and its result
    QLabel* m_headline;
    QProgressBar* m_progress;
    QLabel* m_detail;
    QWidget* m_ids;
    QLabel* m_orderIdLabel;
    QLineEdit* m_orderId;
    QLabel* m_tokenLabel;
    QLineEdit* m_clientToken;
    QPushButton* m_stop;
    QPushButton* m_resume;
    QPushButton* m_close;

    QString m_instanceId;
    QString m_instanceName;
    QString m_profile;
    Endpoint m_endpoint;
    RenewalSpec m_described; // the instance as a renewal (renewalOf); each use sets the period
    QDateTime m_newEndTime; // from the review, for the result's sentence
    QPointer<OrderHandle> m_handle;
    qint64 m_journalId = 0;
    bool m_quoteValid = false;
    int m_generation = 0; // answers for an earlier review are dropped
};

} // namespace acrp::ui
