#include "ui/RenewalPanel.h"

#include "core/Formatting.h"
#include "core/app/OrderService.h"
#include "core/order/RenewalSpec.h"
#include "core/store/Journal.h"
#include "ui/CopyButton.h"
#include "ui/LeaveBar.h"
#include "ui/OrderText.h"
#include "ui/pages/ResultPage.h"
#include "ui/pages/ReviewPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

QLabel* textLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RenewalPanel::RenewalPanel(const AppContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_leaveBar(new LeaveBar(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("renewalPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("renewalTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_leaveBar->setObjectName(QStringLiteral("renewalLeaveBar"));

    // The review: the period, then what it costs and does.
    auto* review = new QWidget(m_pages);
    m_periodLabel = new QLabel(review);
    m_period = new QComboBox(review);
    m_period->setObjectName(QStringLiteral("renewalPeriodCombo"));
    m_periodLabel->setBuddy(m_period);
    for (const int months : RenewalSpec::renewalPeriods())
        m_period->addItem(QString(), months);
    m_currentEnd = textLabel(review, "renewalCurrentEnd");
    m_newEnd = textLabel(review, "renewalNewEnd");
    m_price = textLabel(review, "renewalPrice");
    m_balance = textLabel(review, "renewalBalance");
    m_balanceWarning = textLabel(review, "renewalBalanceWarning");
    OrderText::setTone(m_balanceWarning, OrderText::Tone::Error);
    m_balanceWarning->hide();
    m_endpointText = textLabel(review, "renewalEndpoint");
    m_confirm = new QCheckBox(review);
    m_confirm->setObjectName(QStringLiteral("renewalConfirmCheck"));
    m_renew = new QPushButton(review);
    m_renew->setObjectName(QStringLiteral("renewalRenewButton"));
    m_renew->setDefault(true);
    m_cancel = new QPushButton(review);
    m_cancel->setObjectName(QStringLiteral("renewalCancelButton"));
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch();
    auto* reviewButtons = new QHBoxLayout;
    reviewButtons->addStretch();
    reviewButtons->addWidget(m_renew);
    reviewButtons->addWidget(m_cancel);
    auto* reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addLayout(periodRow);
    for (QWidget* widget : std::initializer_list<QWidget*> {m_currentEnd, m_newEnd, m_price, m_balance,
                                                            m_balanceWarning, m_endpointText, m_confirm})
        reviewLayout->addWidget(widget);
    reviewLayout->addLayout(reviewButtons);
    reviewLayout->addStretch();

    // The renewal on its way, then its result.
    auto* outcome = new QWidget(m_pages);
    m_headline = textLabel(outcome, "renewalHeadline");
    m_headline->setFont(bold);
    m_progress = new QProgressBar(outcome);
    m_progress->setObjectName(QStringLiteral("renewalProgress"));
    m_progress->setRange(0, 0);
    m_detail = textLabel(outcome, "renewalDetail");
    m_ids = new QWidget(outcome);
    auto* idsForm = new QFormLayout(m_ids);
    idsForm->setContentsMargins(0, 0, 0, 0);
    m_orderIdLabel = new QLabel(m_ids);
    m_orderId = addCopyableIdRow(m_ids, idsForm, QStringLiteral("renewalOrderIdEdit"), m_orderIdLabel);
    m_tokenLabel = new QLabel(m_ids);
    m_clientToken = addCopyableIdRow(m_ids, idsForm, QStringLiteral("renewalClientTokenEdit"), m_tokenLabel);
    m_stop = new QPushButton(outcome);
    m_stop->setObjectName(QStringLiteral("renewalStopButton"));
    m_resume = new QPushButton(outcome);
    m_resume->setObjectName(QStringLiteral("renewalResumeButton"));
    m_close = new QPushButton(outcome);
    m_close->setObjectName(QStringLiteral("renewalCloseButton"));
    auto* outcomeButtons = new QHBoxLayout;
    outcomeButtons->addStretch();
    outcomeButtons->addWidget(m_stop);
    outcomeButtons->addWidget(m_resume);
    outcomeButtons->addWidget(m_close);
    auto* outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    outcomeLayout->addWidget(m_headline);
    outcomeLayout->addWidget(m_progress);
    outcomeLayout->addWidget(m_detail);
    outcomeLayout->addWidget(m_ids);
    outcomeLayout->addLayout(outcomeButtons);
    outcomeLayout->addStretch();

    m_pages->addWidget(review);
    m_pages->addWidget(outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_leaveBar);
    layout->addWidget(m_pages, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &RenewalPanel::askQuote);
    connect(m_confirm, &QCheckBox::toggled, this, &RenewalPanel::updateRenewButton);
    connect(m_renew, &QPushButton::clicked, this, &RenewalPanel::send);
    connect(m_cancel, &QPushButton::clicked, this, &RenewalPanel::requestClose);
    connect(m_close, &QPushButton::clicked, this, &RenewalPanel::requestClose);
    connect(m_stop, &QPushButton::clicked, this, &RenewalPanel::stopWaiting);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_journalId)
            resume(m_journalId);
    });
    // Escape anywhere in the panel (the leave bar answers its own Escape with Keep).
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), m_pages, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &RenewalPanel::requestClose);
    retranslate();
    hide();
}

void RenewalPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void RenewalPanel::retranslate()
{
    m_periodLabel->setText(tr("Renew &for:"));
    m_period->setAccessibleName(tr("Renewal period"));
    for (int index = 0; index < m_period->count(); ++index)
        m_period->setItemText(index, OrderText::periodText(m_period->itemData(index).toInt()));
    m_confirm->setText(tr("I &understand this renews the subscription and charges my account"));
    m_renew->setText(tr("&Renew"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Close the renewal (Esc): nothing is sent"));
    m_orderIdLabel->setText(tr("&Order ID:"));
    m_tokenLabel->setText(tr("Client &token:"));
    if (auto* copy = m_ids->findChild<CopyButton*>(QStringLiteral("renewalOrderIdEditCopy")))
        copy->setDescription(tr("Copy the order ID"));
    if (auto* copy = m_ids->findChild<CopyButton*>(QStringLiteral("renewalClientTokenEditCopy")))
        copy->setDescription(tr("Copy the client token"));
    m_stop->setText(tr("S&top waiting"));
    m_stop->setToolTip(tr("The renewal may still go through: it stays in the order history and can be resumed "
                          "with the same client token."));
    m_resume->setText(tr("Res&ume"));
    m_close->setText(tr("C&lose"));
    showTitle();
    if (m_pages->currentIndex() == 0 && !m_instanceId.isEmpty())
        askQuote();
}

void RenewalPanel::showTitle()
{
    m_title->setText(m_instanceName.isEmpty() ? tr("Renew %1").arg(m_instanceId)
                                              : tr("Renew “%1” (%2)").arg(m_instanceName, m_instanceId));
}

void RenewalPanel::start(const InstanceRow& row, const QString& profileName, const Endpoint& endpoint, Site site)
{
    m_instanceId = row.instance.instanceId;
    m_instanceName = row.instance.name;
    m_profile = profileName;
    m_endpoint = endpoint;
    m_described = renewalOf(row.instance, site, 1);
    m_journalId = 0;
    m_handle.clear();
    m_leaveBar->keep();
    showTitle();
    m_confirm->setVisible(endpoint.isReal());
    m_confirm->setChecked(false);
    m_endpointText->setText(tr("Endpoint: %1").arg(endpoint.title()));
    {
        const QSignalBlocker blocker(m_period);
        m_period->setCurrentIndex(0);
    }
    m_pages->setCurrentIndex(0);
    show();
    askQuote();
    m_period->setFocus(Qt::OtherFocusReason);
}

void RenewalPanel::askQuote()
{
    if (m_instanceId.isEmpty())
        return;
    const int generation = ++m_generation;
    m_quoteValid = false;
    m_balanceWarning->hide();
    const int months = m_period->currentData().toInt();
    m_currentEnd->setText(tr("Current end: asking…"));
    m_newEnd->setText(tr("New end: asking…"));
    m_price->setText(tr("Price: asking %1…").arg(m_endpoint.displayName()));
    m_balance->setText(tr("Balance: asking…"));
    updateRenewButton();
    if (!m_context.orders)
        return;
    RenewalSpec spec = m_described;
    spec.periodMonths = months;
    m_context.orders->quoteRenewal(spec, m_profile, m_endpoint, this, [this, generation](const RenewalQuote& quote) {
        if (generation == m_generation)
            showQuote(quote);
    });
}

void RenewalPanel::showQuote(const RenewalQuote& quote)
{
    m_quoteValid = quote.validation.isValid();
    if (!m_quoteValid) {
        m_price->setText(quote.validation.messages().join(u'\n'));
        m_balance->clear();
        updateRenewButton();
        return;
    }
    const QString unknown = tr("unknown (sync the account to read it)");
    m_currentEnd->setText(
        tr("Current end: %1").arg(quote.currentEndTime.isValid() ? format::dateTime(quote.currentEndTime) : unknown));
    m_newEndTime = quote.newEndTime;
    m_newEnd->setText(tr("New end: %1").arg(quote.newEndTime.isValid() ? format::dateTime(quote.newEndTime) : unknown));
    m_price->setText(ReviewPage::priceText(quote.price, m_endpoint.isSandbox()));
    m_balance->setText(ReviewPage::balanceText(quote.balance));
    const bool low = quote.balanceTooLow();
    m_balanceWarning->setText(low ? ReviewPage::balanceTooLowText() : QString());
    m_balanceWarning->setVisible(low);
    updateRenewButton();
}

void RenewalPanel::updateRenewButton()
{
    m_renew->setEnabled(m_quoteValid && m_context.orders && (!m_endpoint.isReal() || m_confirm->isChecked()));
}

void RenewalPanel::send()
{
    if (!m_renew->isEnabled() || !m_context.orders)
        return;
    RenewalSpec spec = m_described;
    spec.periodMonths = m_period->currentData().toInt();
    m_headline->setText(tr("Preparing the renewal…"));
    watch(m_context.orders->renew(spec, m_profile, m_endpoint));
}

void RenewalPanel::resume(qint64 journalId)
{
    if (!m_context.orders)
        return;
    const std::optional<JournalEntry> entry = m_context.journal ? m_context.journal->entry(journalId) : std::nullopt;
    if (entry) {
        m_instanceId = entry->instanceId;
        m_instanceName = entry->renewal ? entry->renewal->instanceName : entry->order.instanceName;
    }
    m_journalId = journalId;
    m_newEndTime = {};
    showTitle();
    show();
    m_headline->setText(tr("Resuming the renewal…"));
    watch(m_context.orders->resume(journalId));
}

void RenewalPanel::watch(OrderHandle* handle)
{
    m_handle = handle;
    m_leaveBar->keep();
    m_pages->setCurrentIndex(1);
    m_progress->show();
    m_detail->clear();
    m_ids->hide();
    m_orderId->clear();
    m_clientToken->clear();
    m_stop->show(); // before it is journaled, stopping sends nothing
    m_resume->hide();
    m_close->hide();
    m_stop->setFocus(Qt::OtherFocusReason);
    connect(handle, &OrderHandle::journaled, this, [this, handle](qint64 id, const QString& token) {
        m_journalId = id;
        m_clientToken->setText(token);
        m_ids->show();
        m_headline->setText(tr("Sending the renewal to %1…").arg(handle->endpoint().displayName()));
        m_detail->setText(tr("Journaled with client token %1 before it was sent.").arg(token));
    });
    connect(handle, &OrderHandle::attemptStarted, this, [this](int attempt) {
        if (attempt > 1)
            m_detail->setText(tr("No answer yet; trying again with the same client token (attempt %1).").arg(attempt));
    });
    connect(handle, &OrderHandle::finished, this, &RenewalPanel::onFinished);
}

bool RenewalPanel::isSending() const
{
    return m_handle && !m_handle->isFinished() && m_pages->currentIndex() == 1;
}

void RenewalPanel::stopWaiting()
{
    if (m_handle && !m_handle->isFinished())
        m_handle->cancel(); // ends Unknown (sent) or not sent; onFinished shows which
}

void RenewalPanel::requestClose()
{
    if (isSending()) {
        m_leaveBar->ask(tr("The renewal is being sent. If you stop waiting, it may still go through: it stays in "
                           "the order history and can be resumed with the same client token."),
                        tr("&Keep waiting"), tr("Sto&p waiting"), [this] { stopWaiting(); });
        return;
    }
    m_leaveBar->keep();
    ++m_generation;
    hide();
    emit closed();
}

bool RenewalPanel::confirmClose(const std::function<void()>& close)
{
    if (!isSending())
        return true;
    m_leaveBar->ask(tr("The renewal is being sent. Close anyway? It may still go through: it stays in the order "
                       "history and can be resumed with the same client token."),
                    tr("&Keep waiting"), tr("Stop waiting and c&lose"), [this, close] {
                        stopWaiting();
                        close();
                    });
    return false;
}

void RenewalPanel::onFinished(const OrderResult& result)
{
    m_leaveBar->keep();
    m_progress->hide();
    m_stop->hide();
    m_close->show();
    if (result.journalId)
        m_journalId = result.journalId;
    m_clientToken->setText(result.clientToken);
    m_orderId->setText(result.orderId);
    m_ids->setVisible(!result.clientToken.isEmpty() || !result.orderId.isEmpty());
    const QString attempts = tr("%n attempt(s), client token %1.", nullptr, result.attempts).arg(result.clientToken);
    if (result.isPaid()) {
        m_headline->setText(
            m_newEndTime.isValid()
                ? tr("Renewed and paid: the subscription now runs until %1.").arg(format::dateTime(m_newEndTime))
                : tr("Renewed and paid."));
        m_detail->setText(attempts);
    } else if (result.kind == OrderResult::Kind::Unknown) {
        const bool stopped = result.error && result.error->kind == ApiError::Kind::Cancelled;
        m_headline->setText(stopped ? tr("Stopped waiting: the renewal may still go through. It is saved and safe to "
                                         "resume.")
                                    : tr("Outcome unknown: the renewal may or may not have been placed. It is safe to "
                                         "resume."));
        m_detail->setText(tr("Resuming sends the same client token, so the service answers with the original result "
                             "and nothing is renewed twice.")
                          + u' ' + attempts);
        m_resume->show();
    } else if (result.kind == OrderResult::Kind::Refused && result.error
               && result.error->kind == ApiError::Kind::Cancelled) {
        // Stopped before the request left: the service never saw it.
        m_headline->setText(tr("Stopped before it was sent: nothing was renewed."));
        m_detail->setText(attempts);
    } else if (result.kind == OrderResult::Kind::Refused) {
        const ApiError error = result.error.value_or(ApiError());
        m_headline->setText(error.kind == ApiError::Kind::Payment
                                ? tr("Rejected: payment failed. Nothing was renewed.")
                                : tr("Rejected: the service did not renew the instance."));
        QString detail = ResultPage::serviceReason(error);
        if (!error.code.isEmpty())
            detail += u"\n\n" + tr("Code: %1").arg(error.code);
        m_detail->setText(detail);
    } else {
        // Not sent (invalid, no credentials, no journal); a journaled row that could not be resent
        // stays the journal's: Resume, with its own ClientToken.
        m_headline->setText(tr("Not sent: %1").arg(result.message));
        m_detail->setText(result.detail);
        m_resume->setVisible(result.journalId != 0 && isPendingState(result.state));
    }
    (m_resume->isVisible() ? m_resume : m_close)->setFocus(Qt::OtherFocusReason);
    emit renewalFinished(result);
}

} // namespace acrp::ui
