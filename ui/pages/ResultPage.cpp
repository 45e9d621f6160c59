#include "ui/pages/ResultPage.h"

#include "core/api/ErrorExplanation.h"
#include "core/app/OrderService.h"
#include "core/store/Journal.h"
#include "ui/CopyButton.h"
#include "ui/ExportCodeDialog.h"
#include "ui/OrderDraft.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

std::chrono::milliseconds& pollInterval()
{
    static std::chrono::milliseconds interval {3000};
    return interval;
}

} // namespace

ResultPage::ResultPage(OrderDraft* draft, const AppContext& context, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_context(context)
    , m_headline(new QLabel(this))
    , m_sandboxReminder(new QWidget(this))
    , m_sandboxReminderText(new QLabel(m_sandboxReminder))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_stopWaiting(new QPushButton(this))
    , m_ids(new QWidget(this))
    , m_idsForm(new QFormLayout(m_ids))
    , m_console(new QLabel(this))
    , m_provisioning(new QLabel(this))
    , m_fix(new QPushButton(this))
    , m_switchSite(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_orderAgain(new QPushButton(this))
    , m_exportCode(new QPushButton(this))
    , m_pollTimer(new QTimer(this))
{
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_sandboxReminder->setObjectName(QStringLiteral("sandboxReminder"));
    m_sandboxReminderText->setObjectName(QStringLiteral("sandboxReminderText"));
    m_sandboxReminderText->setWordWrap(true);
    auto* sandboxIcon = new QLabel(m_sandboxReminder);
    const int iconSize = m_sandboxReminderText->fontMetrics().height();
    sandboxIcon->setPixmap(
        QIcon(QStringLiteral(":/acrp/icons/sandbox.svg")).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    auto* sandboxRow = new QHBoxLayout(m_sandboxReminder);
    sandboxRow->setContentsMargins(0, 0, 0, 0);
    sandboxRow->addWidget(sandboxIcon, 0, Qt::AlignTop);
    sandboxRow->addWidget(m_sandboxReminderText, 1);
    m_sandboxReminder->hide();
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress->setObjectName(QStringLiteral("sendingProgress"));
    m_progress->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("cancelSendButton"));
    m_stopWaiting->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaiting->hide();
    m_console->setObjectName(QStringLiteral("consoleLink"));
    m_console->setOpenExternalLinks(true);
    m_console->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_provisioning->setObjectName(QStringLiteral("provisioningStatus"));
    m_provisioning->setWordWrap(true);
    m_fix->setObjectName(QStringLiteral("fixOrderButton"));
    m_switchSite->setObjectName(QStringLiteral("switchSiteButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_orderAgain->setObjectName(QStringLiteral("orderAgainButton"));
    m_exportCode->setObjectName(QStringLiteral("resultExportCodeButton"));
    m_pollTimer->setSingleShot(true);

    m_idsForm->setContentsMargins(0, 0, 0, 0);
    // The rows' labels are worded in retranslate().
    m_instanceId = addCopyableIdRow(m_ids, m_idsForm, QStringLiteral("instanceIdEdit"), new QLabel(m_ids));
    m_orderId = addCopyableIdRow(m_ids, m_idsForm, QStringLiteral("orderIdEdit"), new QLabel(m_ids));
    m_requestId = addCopyableIdRow(m_ids, m_idsForm, QStringLiteral("requestIdEdit"), new QLabel(m_ids));
    m_clientToken = addCopyableIdRow(m_ids, m_idsForm, QStringLiteral("clientTokenEdit"), new QLabel(m_ids));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_cancel);
    actions->addWidget(m_stopWaiting);
    actions->addWidget(m_fix);
    actions->addWidget(m_switchSite);
    actions->addWidget(m_retry);
    actions->addWidget(m_resume);
    actions->addWidget(m_orderAgain);
    actions->addWidget(m_exportCode);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_sandboxReminder);
    layout->addWidget(m_progress);
    layout->addWidget(m_detail);
    layout->addWidget(m_ids);
    layout->addWidget(m_provisioning);
    layout->addWidget(m_console);
    layout->addLayout(actions);
    layout->addStretch();

    // Tab follows the page from the top: the ID rows (made last), then the link and the actions.
    QWidget* previous = nullptr;
    for (QWidget* widget : m_ids->findChildren<QWidget*>()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            previous = widget;
    }
    for (QWidget* widget : std::initializer_list<QWidget*> {m_console, m_cancel, m_stopWaiting, m_fix, m_switchSite,
                                                            m_retry, m_resume, m_orderAgain, m_exportCode}) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Only before the request leaves: afterwards, stopping would only make the outcome unknown.
        if (m_handle && !m_handle->isSent())
            m_handle->cancel();
    });
    connect(m_stopWaiting, &QPushButton::clicked, this, &ResultPage::stopWaiting);
    connect(m_orderAgain, &QPushButton::clicked, this, [this] { emit orderAgainRequested(m_draft->order()); });
    connect(m_exportCode, &QPushButton::clicked, this, [this] {
        Journal* journal = m_context.journal;
        const qint64 id = m_journalId;
        if (!journal || id == 0)
            return;
        // The journal's row: the instance it bought, adopted by the export instead of bought again.
        ExportCodeDialog::openFor(
            this, [journal, id](InfraFormat format) { return InfraExportService::fromJournal(*journal, id, format); },
            m_draft->order().instanceName);
    });
    connect(m_fix, &QPushButton::clicked, this,
            [this] { emit fixRequested(m_fixField.value_or(OrderField::InstanceName), m_fixReason); });
    connect(m_switchSite, &QPushButton::clicked, this, &ResultPage::accountRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_resumeRow = 0;
        start();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_resumeRow = m_journalId;
        start();
    });
    connect(m_pollTimer, &QTimer::timeout, this, &ResultPage::pollProvisioning);
    retranslate();
}

bool ResultPage::isSending() const
{
    return m_busy && m_handle && m_handle->isSent();
}

void ResultPage::stopWaiting()
{
    if (isSending())
        m_handle->cancel(); // the order ends Unknown, written so; onFinished shows it
}

void ResultPage::forget()
{
    cleanupPage();
    m_resumeRow = 0;
    m_journalId = 0;
    m_handle.clear();
}

void ResultPage::setPollInterval(std::chrono::milliseconds interval)
{
    pollInterval() = interval;
}

void ResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ResultPage::retranslate()
{
    setTitle(tr("Result"));
    // A subtitle gives the page the wizard's header and logo, as on every other page.
    setSubTitle(tr("What became of the order, and what you can do next."));
    m_sandboxReminderText->setText(tr("Sandbox: nothing was charged. This order went to the built-in sandbox, not "
                                      "to Alibaba Cloud."));
    m_cancel->setText(tr("&Cancel"));
    m_stopWaiting->setText(tr("S&top waiting"));
    m_stopWaiting->setToolTip(tr("The order may still go through: it stays in the order history and is offered for "
                                 "resume with the same client token."));
    m_fix->setText(tr("Fix th&e order"));
    m_switchSite->setText(tr("Switch site or &profile"));
    m_retry->setText(tr("&Retry"));
    m_resume->setText(tr("Res&ume now"));
    m_orderAgain->setText(tr("Order &again…"));
    m_orderAgain->setToolTip(tr("Buy another instance like this one: a new order with its own review."));
    m_exportCode->setText(tr("Export as co&de…"));
    m_exportCode->setToolTip(tr("Write the bought instance as Terraform (which adopts it) or as a ROS template"));
    // The ID rows, in the order the constructor added them: label, and what the copy button copies.
    const struct
    {
        QLineEdit* edit;
        QString label;
        QString copy;
    } rows[] = {
        {m_instanceId, tr("&Instance ID:"), tr("Copy the instance ID")},
        {m_orderId, tr("&Order ID:"), tr("Copy the order ID")},
        {m_requestId, tr("Re&quest ID:"), tr("Copy the request ID")},
        {m_clientToken, tr("Client &token:"), tr("Copy the client token")},
    };
    for (int row = 0; row < int(std::size(rows)); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_idsForm->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(rows[row].label);
        if (auto* copy = m_ids->findChild<CopyButton*>(rows[row].edit->objectName() + u"Copy"))
            copy->setDescription(rows[row].copy);
    }
}

void ResultPage::initializePage()
{
    start();
}

void ResultPage::cleanupPage()
{
    m_pollTimer->stop();
    ++m_pollGeneration; // an answer on its way is for a page no longer shown
}

bool ResultPage::isComplete() const
{
    return !m_busy;
}

void ResultPage::showIdRows()
{
    // The form's rows, in the order the constructor added them.
    const QLineEdit* rows[] = {m_instanceId, m_orderId, m_requestId, m_clientToken};
    bool any = false;
    for (int row = 0; row < int(std::size(rows)); ++row) {
        const bool hasValue = !rows[row]->text().isEmpty();
        m_idsForm->setRowVisible(row, hasValue);
        any = any || hasValue;
    }
    m_ids->setVisible(any);
}

void ResultPage::resetView()
{
    m_pollTimer->stop();
    m_detail->clear();
    m_sandboxReminder->hide();
    m_stopWaiting->hide();
    m_ids->hide();
    m_console->hide();
    m_provisioning->hide();
    m_fix->hide();
    m_switchSite->hide();
    m_retry->hide();
    m_resume->hide();
    m_orderAgain->hide();
    m_exportCode->hide();
    m_instanceId->clear();
    m_orderId->clear();
    m_requestId->clear();
    m_clientToken->clear();
    m_fixField.reset();
    m_fixReason.clear();
}

void ResultPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    emit completeChanged();
}

void ResultPage::start()
{
    resetView();
    m_cancel->show();
    setBusy(true);
    if (!m_context.orders) {
        setBusy(false);
        m_cancel->hide();
        m_headline->setText(tr("Not sent: the order journal is not available."));
        return;
    }
    m_headline->setText(m_resumeRow ? tr("Resuming the order…") : tr("Preparing the order…"));
    // A resumed order goes to the endpoint it was first sent to, with its own credentials: the
    // application layer reads both from the row.
    OrderHandle* handle = m_resumeRow
        ? m_context.orders->resume(m_resumeRow)
        : m_context.orders->submit(m_draft->order(), m_draft->profileName(), m_draft->endpoint());
    m_handle = handle;
    m_journalId = m_resumeRow;
    m_toSandbox = false; // known once the order is journaled, just before it leaves
    connect(handle, &OrderHandle::journaled, this, [this, handle](qint64 id, const QString& token) {
        m_toSandbox = handle->endpoint().isSandbox();
        m_journalId = id;
        m_cancel->hide();
        m_stopWaiting->show();
        m_clientToken->setText(token);
        m_headline->setText(tr("Sending the order to %1…").arg(handle->endpoint().displayName()));
        m_sandboxReminder->setVisible(m_toSandbox);
    });
    connect(handle, &OrderHandle::attemptStarted, this, [this](int attempt) {
        if (attempt > 1)
            m_detail->setText(tr("No answer yet; trying again with the same client token (attempt %1).").arg(attempt));
    });
    connect(handle, &OrderHandle::finished, this, &ResultPage::onFinished);
}

void ResultPage::onFinished(const OrderResult& result)
{
    setBusy(false);
    m_cancel->hide();
    m_stopWaiting->hide();
    m_resumeRow = 0;
    if (result.journalId)
        m_journalId = result.journalId;
    m_clientToken->setText(result.clientToken);
    // Sent, whatever came of it: the reminder stays for the sandbox. Not sent: nothing went anywhere.
    const bool sent = result.kind != OrderResult::Kind::InvalidOrder && result.kind != OrderResult::Kind::LocalError;
    m_sandboxReminder->setVisible(sent && m_toSandbox);
    if (result.isPaid()) {
        m_headline->setText(tr("Paid. The instance is being provisioned."));
        m_detail->setText(tr("The order went through after %n attempt(s).", nullptr, result.attempts));
        m_instanceId->setText(result.instanceId);
        m_orderId->setText(result.orderId);
        m_requestId->setText(result.requestId);
        const SiteInfo& site = m_draft->catalog().site(m_draft->order().site);
        if (!site.consoleUrl.isEmpty()) {
            const QString url = site.consoleUrl;
            m_console->setText(u"<a href=\"" + url.toHtmlEscaped() + u"\">" + tr("Open the Container Registry console")
                               + u"</a>");
            m_console->show();
        }
        m_provisioning->setText(tr("Provisioning: paid, waiting for the instance to start…"));
        m_provisioning->show();
        m_orderAgain->show();
        m_exportCode->setVisible(m_context.journal != nullptr && m_journalId != 0);
        showIdRows();
        pollProvisioning();
        return;
    }
    showFailure(result);
    showIdRows();
}

void ResultPage::showFailure(const OrderResult& outcome)
{
    if (outcome.kind == OrderResult::Kind::InvalidOrder) {
        m_headline->setText(tr("Not sent: the order is not valid."));
        m_fixField = outcome.field;
        m_detail->setText(outcome.validation.message(*m_fixField));
        m_clientToken->clear(); // nothing was sent: no token to speak of
        m_fix->show();
        return;
    }
    if (outcome.kind == OrderResult::Kind::LocalError) {
        // A journaled order that could not be resent (its credentials are missing, say) is still the
        // journal's: only Resume, with its own ClientToken. A new send (Retry, another account)
        // could buy it twice.
        const bool journaled = outcome.journalId != 0 && isPendingState(outcome.state);
        if (journaled) {
            m_headline->setText(tr("Not resent: %1").arg(outcome.message));
            if (!outcome.detail.isEmpty())
                m_detail->setText(tr("Details: %1").arg(outcome.detail));
            m_resume->show();
            return;
        }
        if (outcome.clientProblem != ClientProblem::None) {
            m_headline->setText(tr("Not sent: the credentials are not available."));
            // The sentence says what to do; the keychain's own text, when there is one, is a details line.
            m_detail->setText(outcome.detail.isEmpty()
                                  ? outcome.message
                                  : outcome.message + u"\n\n" + tr("Details: %1").arg(outcome.detail));
            m_clientToken->clear();
            m_switchSite->show();
        } else {
            m_headline->setText(tr("Not sent: %1").arg(outcome.message));
            if (outcome.journalId == 0)
                m_clientToken->clear();
        }
        m_retry->show();
        return;
    }
    const ApiError error = outcome.error.value_or(ApiError());
    // The RequestId has its row (with a copy button); the text says what happened, in the
    // explanation of the code when it is known, and beside it what the service itself said.
    m_requestId->setText(error.requestId);
    const QString reason = serviceReason(error);
    QString detail = reason;
    if (!error.code.isEmpty())
        detail += u"\n\n" + tr("Code: %1").arg(error.code);
    m_detail->setText(detail);
    if (outcome.state == OrderState::Unknown) {
        const bool stopped = error.kind == ApiError::Kind::Cancelled;
        m_headline->setText(stopped ? tr("Stopped waiting: the order may still go through. It is saved and safe "
                                         "to resume.")
                                    : tr("Outcome unknown: the order may or may not have been placed. It is safe "
                                         "to resume."));
        m_detail->setText(detail + u"\n\n"
                          + tr("Resuming sends the same client token, so the service answers with the original "
                               "result and nothing is bought twice. The order is saved; acr-purchase offers to "
                               "resume it when it starts."));
        m_resume->show();
        return;
    }
    switch (error.kind) {
    case ApiError::Kind::InvalidOrder:
        m_headline->setText(tr("Rejected: the service did not accept the order."));
        m_fixField = outcome.field;
        // Repeated under the field: the explanation and the service's own words.
        m_fixReason = reason;
        m_fix->show();
        break;
    case ApiError::Kind::WrongSite:
        m_headline->setText(tr("Rejected: wrong site for this account."));
        m_switchSite->show();
        break;
    case ApiError::Kind::Auth:
    case ApiError::Kind::Permission:
        m_headline->setText(tr("Rejected: the credentials were not accepted."));
        m_switchSite->show();
        break;
    case ApiError::Kind::Payment:
        m_headline->setText(tr("Rejected: payment failed. Nothing was bought."));
        m_retry->show();
        break;
    default:
        m_headline->setText(tr("Failed: nothing was bought."));
        m_retry->show();
        break;
    }
}

QString ResultPage::serviceReason(const ApiError& error)
{
    QString text = ErrorExplanation::summary(error);
    const QString words = ErrorExplanation::serviceWords(error);
    if (!words.isEmpty())
        text += u' ' + tr("The service said: “%1”").arg(words);
    return text;
}

void ResultPage::pollProvisioning()
{
    if (!m_context.orders || !m_journalId || m_instanceId->text().isEmpty())
        return;
    const int generation = ++m_pollGeneration;
    m_context.orders->refreshStatus(m_journalId, this, [this, generation](const StatusRefresh& status) {
        if (generation != m_pollGeneration)
            return;
        if (status.instanceStatus.isEmpty()) {
            // Provisioning is ACR's business: a failed status query never makes a paid order "failed".
            const QString reason = status.errors.isEmpty() ? status.message : status.errors.constFirst().userMessage();
            m_provisioning->setText(
                tr("Provisioning: paid; the status could not be read (%1). Trying again…").arg(reason));
            m_pollTimer->start(pollInterval());
            return;
        }
        if (status.instanceStatus == u"RUNNING") {
            m_headline->setText(tr("Paid and running. The instance is ready to use."));
            m_provisioning->setText(tr("Provisioning: RUNNING"));
            return;
        }
        QString text = tr("Provisioning: paid, %1. This can take a few minutes.").arg(status.instanceStatus);
        if (!status.instanceIssue.isEmpty())
            text += u' ' + tr("Reported issue: %1").arg(status.instanceIssue);
        m_provisioning->setText(text);
        m_pollTimer->start(pollInterval());
    });
}

} // namespace acrp::ui
