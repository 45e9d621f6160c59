#include "ui/profiles/CredentialCheckPanel.h"

#include "core/app/ClientFactory.h"
#include "core/store/CredentialCheck.h"
#include "core/store/ProfileResolver.h"
#include "ui/profiles/PanelWidgets.h"
#include "ui/profiles/ProfileSession.h"
#include "ui/profiles/ProfilesText.h"

#include <QLabel>
#include <QPushButton>

namespace acrp::ui {

CredentialCheckPanel::CredentialCheckPanel(ProfileSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_endpointFor([sandboxUrl = session.context().sandboxUrl](const Profile& profile) {
        return profile.builtIn ? Endpoint::sandbox(sandboxUrl) : Endpoint::forSite(profile.site);
    })
    , m_checkButton(panelButton("checkButton", this))
    , m_checkResult(selectableLabel("checkResultLabel", this))
    , m_switchSiteButton(panelButton("switchSiteButton", this))
{
    layOutTextRow(this, m_checkResult, {m_switchSiteButton});
    m_switchSiteButton->hide();

    const AppContext& context = m_session.context();
    if (context.network) {
        m_check = new CredentialCheck(context.network, this);
        connect(m_check, &CredentialCheck::finished, this, &CredentialCheckPanel::showOutcome);
    }

    connect(m_checkButton, &QPushButton::clicked, this, &CredentialCheckPanel::check);
    connect(m_switchSiteButton, &QPushButton::clicked, this, &CredentialCheckPanel::switchSite);
    retranslate();
}

CredentialCheckPanel::~CredentialCheckPanel() = default;

void CredentialCheckPanel::setCheckEndpoint(std::function<Endpoint(const Profile&)> endpointFor)
{
    m_endpointFor = std::move(endpointFor);
}

QList<QWidget*> CredentialCheckPanel::focusOrder() const
{
    return {m_checkButton, m_switchSiteButton};
}

void CredentialCheckPanel::retranslate()
{
    m_checkButton->setText(ProfilesText::tr("C&heck"));
    m_checkButton->setToolTip(
        ProfilesText::tr("Asks the service for the account balance with this profile's saved credentials."));
    m_switchSiteButton->setText(ProfilesText::tr("S&witch site"));
}

void CredentialCheckPanel::showProfile(const QString& name, bool builtIn)
{
    m_name = name;
    m_builtIn = builtIn;
    m_checkResult->clear();
    m_switchSiteButton->hide();
    m_suggestedSite.reset();
}

void CredentialCheckPanel::updateButtons()
{
    const bool busy = m_session.isBusy();
    m_checkButton->setVisible(m_check != nullptr);
    m_checkButton->setEnabled(!busy && !m_name.isEmpty());
    m_switchSiteButton->setEnabled(!busy && !m_builtIn);
}

void CredentialCheckPanel::check()
{
    if (m_session.isBusy() || !m_check || m_name.isEmpty())
        return;
    m_checkResult->setText(ProfilesText::tr("Checking…"));
    m_switchSiteButton->hide();
    m_suggestedSite.reset();
    m_session.messages().clearMessage();
    m_session.setBusy(true);
    const AppContext& context = m_session.context();
    ProfileResolver::resolve(
        m_name, *context.profiles, *context.credentials, this, [this](const ResolvedProfile& resolved) {
            if (!resolved.ok) {
                m_session.setBusy(false);
                m_checkResult->clear();
                if (resolved.status == CredentialStatus::NotFound) {
                    m_session.messages().showMessage(
                        ProfileMessageBar::Kind::Error,
                        ProfilesText::tr("No secret stored for this profile. Enter it, then save."));
                    m_session.askForSecret();
                } else {
                    m_session.messages().showMessage(ProfileMessageBar::Kind::Error, resolved.message);
                }
                m_session.finishStep();
                return;
            }
            Endpoint endpoint = m_endpointFor(resolved.profile);
            // The program's sandbox has no address until it is first used: the clients start it.
            if (endpoint.isSandbox() && endpoint.baseUrl().isEmpty()) {
                QString error = ClientFactory::tr("The built-in sandbox is not running.");
                const AppContext& context = m_session.context();
                const std::optional<Endpoint> started
                    = context.clients ? context.clients->resolve(endpoint, &error) : std::nullopt;
                if (!started) {
                    m_session.setBusy(false);
                    m_checkResult->clear();
                    m_session.messages().showMessage(ProfileMessageBar::Kind::Error, error);
                    m_session.finishStep();
                    return;
                }
                endpoint = *started;
            }
            m_check->start(resolved.profile, resolved.credentials, endpoint);
        });
}

void CredentialCheckPanel::showOutcome(const CheckOutcome& outcome)
{
    m_session.setBusy(false);
    m_checkResult->setText(outcome.message);
    m_checkResult->setProperty("checkResult", int(outcome.result));
    if (outcome.result == CheckOutcome::Result::WrongSite && !m_builtIn) {
        m_suggestedSite = outcome.otherSite;
        m_switchSiteButton->setText(ProfilesText::tr("S&witch to the %1")
                                        .arg(CredentialCheck::siteName(outcome.otherSite.value_or(Site::China))));
        m_switchSiteButton->show();
        m_switchSiteButton->setFocus();
    }
    m_session.finishStep();
}

void CredentialCheckPanel::switchSite()
{
    if (!m_suggestedSite || m_session.isBusy() || m_builtIn)
        return;
    std::optional<Profile> profile = m_session.context().profiles->profile(m_name);
    if (!profile)
        return;
    profile->site = *m_suggestedSite;
    QString error;
    if (!m_session.saveProfile(*profile, m_name, &error)) {
        m_session.messages().showMessage(ProfileMessageBar::Kind::Error, error);
        return;
    }
    m_suggestedSite.reset();
    m_session.showProfiles(profile->name);
    m_session.messages().showMessage(
        ProfileMessageBar::Kind::Success,
        ProfilesText::tr("Profile “%1” now uses the %2.").arg(profile->name, CredentialCheck::siteName(profile->site)));
}

} // namespace acrp::ui
