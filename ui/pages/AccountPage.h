#pragma once

#include "ui/AppContext.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace acrp::ui {

class OrderDraft;

// Who pays and where the order goes: the credential profile (its site fixes the BSS endpoint and
// the ProductType) and the endpoint (the built-in sandbox, the profile's site, or a custom URL).
class AccountPage : public QWizardPage
{
    Q_OBJECT

public:
    AccountPage(OrderDraft* draft, const AppContext& context, QWidget* parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;

signals:
    void profilesRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum EndpointChoice { SandboxEndpoint, SiteEndpoint, CustomEndpoint };
    void retranslate();
    void fillProfiles();
    void fillEndpoints();
    void apply();
    void updateInfo();

    OrderDraft* m_draft;
    AppContext m_context;
    QLabel* m_banner;
    QComboBox* m_profile;
    QPushButton* m_profilesButton;
    QLabel* m_profileLabel;
    QComboBox* m_site;
    QLabel* m_siteLabel;
    QComboBox* m_endpoint;
    QLabel* m_endpointLabel;
    QLabel* m_customUrlLabel;
    QLineEdit* m_customUrl;
    QLabel* m_customUrlMessage;
    QLabel* m_info;
    QString m_customUrlError;
    bool m_filling = false;
};

} // namespace acrp::ui
