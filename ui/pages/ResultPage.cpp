#include "ui/pages/ResultPage.h"

#include "core/OrderService.h"
#include "core/api/BssCall.h"
#include "core/api/BssClient.h"
#include "core/store/Journal.h"
#include "ui/ClientSetup.h"
#include "ui/CopyButton.h"
#include "ui/OrderDraft.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
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

QLineEdit* idField(QWidget* parent, QFormLayout* form, const QString& objectName, QLabel* label)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    auto* copy = new CopyButton(
        objectName + u"Copy", [edit] { return edit->text(); }, parent);
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(copy);
    label->setBuddy(edit);
    form->addRow(label, row);
    return edit;
}

} // namespace

ResultPage::ResultPage(OrderDraft* draft, const AppContext& context, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_context(context)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_ids(new QWidget(this))
    , m_console(new QLabel(this))
    , m_provisioning(new QLabel(this))
    , m_fix(new QPushButton(this))
    , m_switchSite(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_pollTimer(new QTimer(this))
{
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress->setObjectName(QStringLiteral("sendingProgress"));
    m_progress->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("cancelSendButton"));
    m_console->setObjectName(QStringLiteral("consoleLink"));
    m_console->setOpenExternalLinks(true);
    m_console->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_provisioning->setObjectName(QStringLiteral("provisioningStatus"));
    m_provisioning->setWordWrap(true);
    m_fix->setObjectName(QStringLiteral("fixOrderButton"));
    m_switchSite->setObjectName(QStringLiteral("switchSiteButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_pollTimer->setSingleShot(true);

    auto* idsForm = new QFormLayout(m_ids);
    idsForm->setContentsMargins(0, 0, 0, 0);
    m_instanceId = idField(m_ids, idsForm, QStringLiteral("instanceIdEdit"), new QLabel(tr("&Instance ID:"), m_ids));
    m_orderId = idField(m_ids, idsForm, QStringLiteral("orderIdEdit"), new QLabel(tr("&Order ID:"), m_ids));
    m_requestId = idField(m_ids, idsForm, QStringLiteral("requestIdEdit"), new QLabel(tr("Re&quest ID:"), m_ids));
    m_clientToken = idField(m_ids, idsForm, QStringLiteral("clientTokenEdit"), new QLabel(tr("Client &token:"), m_ids));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_cancel);
    actions->addWidget(m_fix);
    actions->addWidget(m_switchSite);
    actions->addWidget(m_retry);
    actions->addWidget(m_resume);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_progress);
    layout->addWidget(m_detail);
    layout->addWidget(m_ids);
    layout->addWidget(m_provisioning);
    layout->addWidget(m_console);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Only before the request leaves: afterwards, stopping would only make the outcome unknown.
        if (!m_sent) {
            m_headline->setText(tr("Cancelled. Nothing was sent and nothing was bought."));
            setBusy(false);
            m_cancel->hide();
            m_retry->show();
        }
    });
    connect(m_fix, &QPushButton::clicked, this,
            [this] { emit fixRequested(m_fixField.value_or(OrderField::InstanceName)); });
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
    m_cancel->setText(tr("&Cancel"));
    m_fix->setText(tr("&Fix the order"));
    m_switchSite->setText(tr("&Switch site or profile"));
    m_retry->setText(tr("&Retry"));
    m_resume->setText(tr("Res&ume now"));
    const std::pair<QLineEdit*, QString> copies[] = {
        {m_instanceId, tr("Copy the instance ID")},
        {m_orderId, tr("Copy the order ID")},
        {m_requestId, tr("Copy the request ID")},
        {m_clientToken, tr("Copy the client token")},
    };
    for (const auto& [edit, description] : copies) {
        if (auto* copy = m_ids->findChild<CopyButton*>(edit->objectName() + u"Copy"))
            copy->setDescription(description);
    }
}

void ResultPage::initializePage()
{
    start();
}

void ResultPage::cleanupPage()
{
    m_pollTimer->stop();
    if (m_pollCall)
        m_pollCall->cancel();
}

bool ResultPage::isComplete() const
{
    return !m_busy;
}

void ResultPage::resetView()
{
    m_pollTimer->stop();
    m_detail->clear();
    m_ids->hide();
    m_console->hide();
    m_provisioning->hide();
    m_fix->hide();
    m_switchSite->hide();
    m_retry->hide();
    m_resume->hide();
    m_instanceId->clear();
    m_orderId->clear();
    m_requestId->clear();
    m_clientToken->clear();
    m_fixField.reset();
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
    m_sent = false;
    m_cancel->show();
    setBusy(true);
    m_headline->setText(m_resumeRow ? tr("Resuming the order…") : tr("Preparing the order…"));

    QString profile = m_draft->profileName();
    Endpoint endpoint = m_draft->endpoint();
    Site site = m_draft->order().site;
    if (m_resumeRow && m_context.journal) {
        // A resumed order goes to the endpoint it was first sent to, with its own profile.
        const std::optional<JournalEntry> row = m_context.journal->entry(m_resumeRow);
        if (row) {
            profile = row->profile;
            site = row->site;
            QString error;
            if (const auto parsed = Endpoint::parse(row->endpoint, &error))
                endpoint = *parsed;
            if (endpoint.isSandbox())
                endpoint.setBaseUrl(m_context.sandboxUrl);
        }
    }
    ClientSetup::create(m_context, profile, endpoint, site, this, [this](BssClient* client, const QString& error) {
        if (!m_busy || m_sent) { // cancelled meanwhile
            if (client)
                client->deleteLater();
            return;
        }
        if (!client) {
            setBusy(false);
            m_cancel->hide();
            m_headline->setText(tr("Not sent: the credentials are not available."));
            m_detail->setText(error);
            m_switchSite->show();
            m_retry->show();
            return;
        }
        sendWith(client);
    });
}

void ResultPage::sendWith(BssClient* client)
{
    if (m_client)
        m_client->deleteLater();
    m_client = client;
    m_sent = true;
    m_cancel->hide();
    OrderService* service = m_context.orders;
    if (!service) {
        setBusy(false);
        m_headline->setText(tr("Not sent: the order journal is not available."));
        return;
    }
    m_headline->setText(tr("Sending the order to %1…").arg(client->endpoint().displayName()));
    auto* context = new QObject(this);
    connect(service, &OrderService::journaled, context, [this](qint64 id, const QString& token) {
        m_journalId = id;
        m_clientToken->setText(token);
    });
    connect(service, &OrderService::attemptStarted, context, [this](qint64 id, int attempt) {
        if (id == m_journalId && attempt > 1)
            m_detail->setText(tr("No answer yet; trying again with the same client token (attempt %1).").arg(attempt));
    });
    connect(service, &OrderService::finished, context, [this, context](const SubmitOutcome& outcome) {
        if (outcome.journalId != 0 && m_journalId != 0 && outcome.journalId != m_journalId)
            return; // another order's answer
        context->deleteLater();
        onFinished(outcome);
    });
    if (m_resumeRow) {
        m_journalId = m_resumeRow;
        if (const auto row = m_context.journal->entry(m_resumeRow)) {
            m_clientToken->setText(row->clientToken);
            m_region = row->order.region;
        }
        service->resume(m_resumeRow, client);
    } else {
        m_journalId = 0;
        m_region = m_draft->order().region;
        const qint64 id = service->submit(m_draft->order(), client, m_draft->profileName());
        if (id)
            m_journalId = id;
    }
}

void ResultPage::onFinished(const SubmitOutcome& outcome)
{
    setBusy(false);
    m_resumeRow = 0;
    if (outcome.journalId)
        m_journalId = outcome.journalId;
    m_ids->show();
    m_clientToken->setText(outcome.clientToken);
    if (outcome.state == OrderState::Succeeded) {
        m_headline->setText(tr("Paid. The instance is being provisioned."));
        m_detail->setText(tr("The order went through after %n attempt(s).", nullptr, outcome.attempts));
        m_instanceId->setText(outcome.result.instanceId);
        m_orderId->setText(outcome.result.orderId);
        m_requestId->setText(outcome.result.requestId);
        const SiteInfo& site = m_draft->catalog().site(m_draft->order().site);
        if (!site.consoleUrl.isEmpty()) {
            const QString url = site.consoleUrl;
            m_console->setText(u"<a href=\"" + url.toHtmlEscaped() + u"\">" + tr("Open the Container Registry console")
                               + u"</a>");
            m_console->show();
        }
        m_provisioning->setText(tr("Provisioning: paid, waiting for the instance to start…"));
        m_provisioning->show();
        pollProvisioning();
        return;
    }
    showFailure(outcome);
}

void ResultPage::showFailure(const SubmitOutcome& outcome)
{
    if (outcome.isInvalidOrder()) {
        m_headline->setText(tr("Not sent: the order is not valid."));
        const QList<OrderField> fields = outcome.validation.invalidFields();
        m_fixField = fields.value(0);
        m_detail->setText(outcome.validation.message(*m_fixField));
        m_ids->hide();
        m_fix->show();
        return;
    }
    if (!outcome.localError.isEmpty() && !outcome.error) {
        m_headline->setText(tr("Not sent: %1").arg(outcome.localError));
        m_retry->show();
        return;
    }
    const ApiError error = outcome.error.value_or(ApiError());
    m_requestId->setText(error.requestId);
    QString detail = error.userMessage();
    if (!error.code.isEmpty())
        detail += u"\n\n" + tr("Code: %1").arg(error.code);
    if (!error.requestId.isEmpty())
        detail += u"\n" + tr("Request ID: %1").arg(error.requestId);
    m_detail->setText(detail);
    if (outcome.state == OrderState::Unknown) {
        m_headline->setText(tr("Outcome unknown: the order may or may not have been placed. It is safe to resume."));
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
        m_fixField = fieldNamedIn(error.code + u' ' + error.message);
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

std::optional<OrderField> ResultPage::fieldNamedIn(const QString& text)
{
    static const std::pair<const char*, OrderField> names[] = {
        {"InstanceStorageName", OrderField::CustomBucket},
        {"InstanceName", OrderField::InstanceName},
        {"Duplicate", OrderField::InstanceName},
        {"InstanceType", OrderField::Edition},
        {"Edition", OrderField::Edition},
        {"Region", OrderField::Region},
        {"DefaultOssBucket", OrderField::CustomBucket},
        {"image_scanner", OrderField::ImageScanner},
        {"NamespaceQuota", OrderField::ExtraNamespaces},
        {"RepoQuota", OrderField::ExtraRepositories},
        {"vpc_num", OrderField::VpcQuota},
        {"RenewPeriod", OrderField::RenewPeriod},
        {"Period", OrderField::Period},
    };
    for (const auto& [name, field] : names) {
        if (text.contains(QLatin1String(name), Qt::CaseInsensitive))
            return field;
    }
    return std::nullopt;
}

void ResultPage::pollProvisioning()
{
    if (!m_client || m_instanceId->text().isEmpty())
        return;
    BssCall* call = m_client->getInstance(m_region, m_instanceId->text());
    m_pollCall = call;
    connect(call, &BssCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            // Provisioning is ACR's business: a failed status query never makes a paid order "failed".
            m_provisioning->setText(tr("Provisioning: paid; the status could not be read (%1). Trying again…")
                                        .arg(call->error()->userMessage()));
            m_pollTimer->start(pollInterval());
            return;
        }
        const auto info = call->resultAs<InstanceInfo>();
        if (m_context.journal && m_journalId)
            m_context.journal->setProvisioningStatus(m_journalId, info.instanceStatus);
        if (info.instanceStatus == u"RUNNING") {
            m_headline->setText(tr("Paid and running. The instance is ready to use."));
            m_provisioning->setText(tr("Provisioning: RUNNING"));
            return;
        }
        QString text = tr("Provisioning: paid, %1. This can take a few minutes.").arg(info.instanceStatus);
        if (!info.instanceIssue.isEmpty())
            text += u' ' + tr("Reported issue: %1").arg(info.instanceIssue);
        m_provisioning->setText(text);
        m_pollTimer->start(pollInterval());
    });
}

} // namespace acrp::ui
