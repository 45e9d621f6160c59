#pragma once

#include "core/api/Endpoint.h"
#include "core/order/OrderSpec.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace acrp {
class CredentialCheck;
struct CheckOutcome;
struct Profile;
} // namespace acrp

namespace acrp::ui {

class ProfileSession;

// "Check" for the profile being edited: asks the service for the balance with the saved
// credentials, shows what came back (checkResultLabel) and, when the account belongs to the other
// site, offers to switch the profile to it. The panel itself is the result row; the Check button
// is placed by the editor next to Save (checkButton()). Without a network the button is hidden.
class CredentialCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialCheckPanel(ProfileSession& session, QWidget* parent = nullptr);
    ~CredentialCheckPanel() override;

    QPushButton* checkButton() const { return m_checkButton; }
    // Where a profile is checked; default: the sandbox for the built-in profile, the profile's site
    // otherwise.
    void setCheckEndpoint(std::function<Endpoint(const Profile&)> endpointFor);
    // The profile `name` (empty for a new one) is now edited: the last result no longer applies.
    void showProfile(const QString& name, bool builtIn);
    void updateButtons();
    // Sets the texts in the current language; the dialog calls it when the language changes.
    void retranslate();

    // The panel's focusable widgets in keyboard order (Check, then Switch site).
    QList<QWidget*> focusOrder() const;

private:
    void check();
    void showOutcome(const CheckOutcome& outcome);
    void switchSite();

    ProfileSession& m_session;
    CredentialCheck* m_check = nullptr;
    std::function<Endpoint(const Profile&)> m_endpointFor;
    QString m_name; // the saved profile being edited; empty for a new one
    bool m_builtIn = false;
    std::optional<Site> m_suggestedSite;
    QPushButton* m_checkButton;
    QLabel* m_checkResult;
    QPushButton* m_switchSiteButton;
};

} // namespace acrp::ui
