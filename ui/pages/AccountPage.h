#pragma once

#include "ui/AppContext.h"
#include "ui/OrderPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace acrp::ui {

// Who pays and where the order goes: the credential profile (its site fixes the BSS endpoint and
// the ProductType) and the endpoint (the built-in sandbox, the profile's site, or a custom URL).
// The site is the draft's Site field, so showField(Site) and a loaded order reach it like any other.
class AccountPage : public OrderPage
{
    Q_OBJECT

public:
    AccountPage(OrderDraft* draft, const AppContext& context, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

signals:
    void profilesRequested();

protected:
    void syncFromDraft() override;
    void retranslate() override;
    QString missingText() const override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum EndpointChoice { SandboxEndpoint, SiteEndpoint, CustomEndpoint };
    void fillSites();
    void fillProfiles();
    void fillEndpoints();
    void apply();
    void updateInfo();
    void showCustomUrlMessage();
    void styleBanner();

    AppContext m_context;
    QLabel* m_banner;
    QComboBox* m_profile;
    QPushButton* m_profilesButton;
    QLabel* m_profileLabel;
    QComboBox* m_site;
    QComboBox* m_endpoint;
    QLabel* m_endpointLabel;
    QLabel* m_customUrlLabel;
    QLineEdit* m_customUrl;
    QLabel* m_customUrlMessage;
    QLabel* m_info;
    QString m_customUrlError;
    // The custom URL's message shows once the person typed in the field or left it, or pressed Next;
    // choosing "Custom URL" does not put "Enter the endpoint's URL." in red before they could type it.
    bool m_customUrlTouched = false;
    bool m_filling = false;
};

} // namespace acrp::ui
