#include "ui/profiles/ProfileMessageBar.h"

#include "core/store/CredentialReply.h"
#include "core/store/CredentialStore.h"
#include "ui/OrderText.h"
#include "ui/profiles/PanelWidgets.h"
#include "ui/profiles/ProfilesText.h"

#include <QLabel>
#include <QPushButton>

namespace acrp::ui {

ProfileMessageBar::ProfileMessageBar(CredentialStore* credentials, QWidget* parent)
    : QWidget(parent)
    , m_credentials(credentials)
    , m_message(selectableLabel("messageLabel", this))
    , m_retryButton(panelButton("retryButton", this))
    , m_sessionOnlyButton(panelButton("sessionOnlyButton", this))
{
    layOutTextRow(this, m_message, {m_retryButton, m_sessionOnlyButton});
    m_retryButton->hide();
    m_sessionOnlyButton->hide();
    hide();

    connect(m_retryButton, &QPushButton::clicked, this, &ProfileMessageBar::retry);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ProfileMessageBar::keepForSession);
    retranslate();
}

QList<QWidget*> ProfileMessageBar::focusOrder() const
{
    return {m_retryButton, m_sessionOnlyButton};
}

void ProfileMessageBar::retranslate()
{
    m_retryButton->setText(ProfilesText::tr("Retr&y"));
    m_sessionOnlyButton->setText(ProfilesText::tr("Keep for this session &only"));
}

void ProfileMessageBar::showMessage(Kind kind, const QString& text)
{
    m_message->setText(text);
    m_message->setProperty("messageKind",
                           kind == Kind::Error         ? QStringLiteral("error")
                               : kind == Kind::Success ? QStringLiteral("success")
                                                       : QStringLiteral("info"));
    OrderText::setTone(m_message, kind == Kind::Error ? OrderText::Tone::Error : OrderText::Tone::Normal);
    m_message->setToolTip(QString());
    m_message->setAccessibleDescription(QString());
    // The whole bar goes, not just the label: an empty row would still take its spacing.
    setVisible(!text.isEmpty());
    m_retryButton->hide();
    m_sessionOnlyButton->hide();
    m_retry = nullptr;
}

void ProfileMessageBar::clearMessage()
{
    showMessage(Kind::Info, QString());
}

void ProfileMessageBar::showKeychainProblem(const CredentialReply& reply, std::function<void()> retry)
{
    showMessage(Kind::Error, reply.message());
    // The backend's own text (a D-Bus error such as "Object does not exist at path …") helps whoever
    // diagnoses the keychain, not the user deciding what to do: it goes to the details only.
    if (!reply.backendError().isEmpty()) {
        const QString details = ProfilesText::tr("Details: %1").arg(reply.backendError());
        m_message->setToolTip(details);
        m_message->setAccessibleDescription(details);
    }
    m_retry = std::move(retry);
    m_retryButton->setVisible(reply.canRetry() || reply.offersSessionOnly());
    m_sessionOnlyButton->setVisible(reply.offersSessionOnly() && !m_credentials->isSessionOnly());
    if (m_sessionOnlyButton->isVisible())
        m_sessionOnlyButton->setFocus();
    else if (m_retryButton->isVisible())
        m_retryButton->setFocus();
}

void ProfileMessageBar::retry()
{
    if (!m_retry)
        return;
    const std::function<void()> again = std::exchange(m_retry, nullptr);
    clearMessage();
    again();
}

void ProfileMessageBar::keepForSession()
{
    m_credentials->setSessionOnly(true);
    retry();
}

} // namespace acrp::ui
