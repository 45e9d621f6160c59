#include "ui/pages/AccountPage.h"

#include "core/store/Profiles.h"
#include "ui/Icons.h"
#include "ui/OrderDraft.h"
#include "ui/OrderText.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace acrp::ui {

AccountPage::AccountPage(OrderDraft* draft, const AppContext& context, QWidget* parent)
    : OrderPage(draft, parent)
    , m_context(context)
    , m_banner(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_profilesButton(new QPushButton(this))
    , m_profileLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_endpoint(new QComboBox(this))
    , m_endpointLabel(new QLabel(this))
    , m_customUrlLabel(new QLabel(this))
    , m_customUrl(new QLineEdit(this))
    , m_customUrlMessage(new QLabel(this))
    , m_info(new QLabel(this))
{
    m_banner->setObjectName(QStringLiteral("sandboxBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(6);
    m_banner->setWordWrap(true);
    styleBanner();
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profilesButton->setObjectName(QStringLiteral("profilesButton"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_endpoint->setObjectName(QStringLiteral("endpointCombo"));
    m_customUrl->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrlMessage->setObjectName(QStringLiteral("customUrlMessage"));
    m_customUrlMessage->setWordWrap(true);
    OrderText::setTone(m_customUrlMessage, OrderText::Tone::Error);
    m_info->setObjectName(QStringLiteral("endpointInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_profileLabel->setBuddy(m_profile);
    m_endpointLabel->setBuddy(m_endpoint);
    m_customUrlLabel->setBuddy(m_customUrl);

    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_profilesButton);

    auto* form = new QFormLayout;
    form->addRow(m_profileLabel, profileRow);
    addFieldRow(form, OrderField::Site, QString(), m_site);
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(m_customUrlLabel, m_customUrl);
    form->addRow(QString(), m_customUrlMessage);
    form->addRow(QString(), m_info);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_profilesButton, &QPushButton::clicked, this, &AccountPage::profilesRequested);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // A real profile's site is its account's; only the sandbox lets you try both sites.
        fillEndpoints();
        apply();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            apply();
    });
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_customUrlTouched = false; // a new choice: its field starts untouched
        apply();
    });
    connect(m_customUrl, &QLineEdit::textEdited, this, [this] {
        m_customUrlTouched = true;
        apply();
    });
    m_customUrl->installEventFilter(this);
    if (m_context.profiles)
        connect(m_context.profiles, &Profiles::changed, this, [this] {
            fillProfiles();
            apply();
        });
    retranslate();
    fillSites();
    fillProfiles();
    apply();
    refresh();
}

void AccountPage::changeEvent(QEvent* event)
{
    OrderPage::changeEvent(event); // retranslate() and the messages
    if (event->type() == QEvent::LanguageChange) {
        fillSites();
        fillEndpoints();
        updateInfo();
    } else if (event->type() == QEvent::PaletteChange) {
        styleBanner();
        OrderText::setTone(m_customUrlMessage, OrderText::Tone::Error);
    }
}

void AccountPage::styleBanner()
{
    OrderText::setBanner(m_banner, OrderText::Tone::Warning);
}

void AccountPage::syncFromDraft()
{
    // Only the sandbox's demo profile lets the site be chosen; a real profile's account belongs to
    // one site, and the combo shows that one (the draft keeps what was loaded: the service says if
    // it is wrong, nothing is changed silently).
    if (!m_site->isEnabled())
        return;
    const int index = m_site->findData(siteId(draft()->order().site));
    if (index >= 0 && index != m_site->currentIndex()) {
        const bool wasFilling = m_filling;
        m_filling = true;
        m_site->setCurrentIndex(index);
        m_filling = wasFilling;
        fillEndpoints();
        updateInfo();
    }
}

void AccountPage::retranslate()
{
    setTitle(tr("Account"));
    setSubTitle(tr("Choose who pays and where the order is sent. The sandbox is free: nothing is bought."));
    m_banner->setText(tr("Sandbox: no real purchase. Orders go to the built-in simulator and cost nothing."));
    m_profileLabel->setText(tr("&Profile:"));
    m_profilesButton->setText(tr("Mana&ge profiles…"));
    setFieldLabel(OrderField::Site, tr("S&ite:"));
    m_endpointLabel->setText(tr("&Endpoint:"));
    m_customUrlLabel->setText(tr("Endpoint &address:"));
    m_customUrl->setPlaceholderText(tr("https://… or http://127.0.0.1:PORT"));
    m_profile->setAccessibleName(tr("Profile"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_customUrl->setAccessibleName(tr("Custom endpoint URL"));
}

void AccountPage::fillSites()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int site = m_site->currentIndex();
    m_site->clear();
    for (const SiteInfo& info : draft()->catalog().sites())
        m_site->addItem(info.name.forLocale(QLocale().name()), info.id);
    m_site->setCurrentIndex(site < 0 ? 0 : site);
    m_filling = wasFilling;
}

void AccountPage::fillProfiles()
{
    m_filling = true;
    const QString current = m_profile->currentData().toString();
    m_profile->clear();
    if (m_context.profiles) {
        for (const Profile& profile : m_context.profiles->profiles()) {
            const QString site = draft()->catalog().site(profile.site).name.forLocale(QLocale().name());
            m_profile->addItem(profile.builtIn ? tr("%1 (built-in, demo key)").arg(profile.name)
                                               : tr("%1 (%2, %3)").arg(profile.name, site, profile.accessKeyId),
                               profile.name);
        }
    }
    const QString wanted = current.isEmpty() ? draft()->profileName() : current;
    const int index = m_profile->findData(wanted);
    m_profile->setCurrentIndex(index < 0 ? 0 : index);
    m_filling = false;
    fillEndpoints();
}

void AccountPage::fillEndpoints()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int choice = m_endpoint->currentIndex();
    std::optional<Profile> profile
        = m_context.profiles ? m_context.profiles->profile(m_profile->currentData().toString()) : std::nullopt;
    const bool builtIn = !profile || profile->builtIn;
    Site site = profile && !profile->builtIn ? profile->site : draft()->order().site;
    if (builtIn)
        siteFromId(m_site->currentData().toString(), &site);
    else
        m_site->setCurrentIndex(m_site->findData(siteId(site)));
    m_site->setEnabled(builtIn);
    const SiteInfo& info = draft()->catalog().site(site);
    m_endpoint->clear();
    m_endpoint->addItem(Icons::sandbox(), tr("Sandbox (no real purchase)"), SandboxEndpoint);
    // The demo key exists only in the sandbox: the built-in profile cannot buy for real.
    if (!builtIn) {
        m_endpoint->addItem(tr("%1: %2").arg(info.name.forLocale(QLocale().name()), info.endpoint), SiteEndpoint);
        m_endpoint->addItem(tr("Custom URL"), CustomEndpoint);
    }
    m_endpoint->setCurrentIndex(choice >= 0 && choice < m_endpoint->count() ? choice : 0);
    m_filling = wasFilling;
}

void AccountPage::apply()
{
    std::optional<Profile> profile
        = m_context.profiles ? m_context.profiles->profile(m_profile->currentData().toString()) : std::nullopt;
    Site site = Site::China;
    if (profile && !profile->builtIn)
        site = profile->site;
    else
        siteFromId(m_site->currentData().toString(), &site);

    const auto choice = static_cast<EndpointChoice>(m_endpoint->currentData().toInt());
    m_customUrl->setVisible(choice == CustomEndpoint);
    m_customUrlLabel->setVisible(choice == CustomEndpoint);
    m_customUrlError.clear();
    Endpoint endpoint = Endpoint::sandbox(m_context.sandboxUrl);
    if (choice == SiteEndpoint) {
        endpoint = Endpoint::forSite(site, draft()->catalog());
    } else if (choice == CustomEndpoint) {
        const QString text = m_customUrl->text().trimmed();
        if (text.isEmpty()) {
            m_customUrlError = tr("Enter the endpoint’s URL.");
        } else if (const std::optional<Endpoint> parsed = Endpoint::parse(text, &m_customUrlError)) {
            endpoint = *parsed;
            // "sandbox" typed as a URL means the built-in one, which has its address only here.
            if (endpoint.isSandbox())
                endpoint.setBaseUrl(m_context.sandboxUrl);
        }
    }
    showCustomUrlMessage();

    if (draft()->order().site != site)
        draft()->edit([&](OrderSpec& order) { order.site = site; });
    draft()->setAccount(profile ? profile->name : QString(), endpoint);
    updateInfo();
    emit completeChanged();
}

void AccountPage::showCustomUrlMessage()
{
    const QString text = m_customUrlTouched ? m_customUrlError : QString();
    if (text == m_customUrlMessage->text() && text.isEmpty() == m_customUrlMessage->isHidden())
        return;
    m_customUrlMessage->setText(text);
    m_customUrlMessage->setVisible(!text.isEmpty());
    messageChanged();
}

bool AccountPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_customUrl && isLeavingField(event) && !m_customUrlTouched) {
        m_customUrlTouched = true;
        showCustomUrlMessage();
        emit completeChanged(); // the line under the page no longer repeats the message
    }
    return OrderPage::eventFilter(watched, event);
}

bool AccountPage::validatePage()
{
    if (!OrderPage::validatePage())
        return false;
    if (m_customUrlError.isEmpty())
        return true;
    m_customUrlTouched = true;
    showCustomUrlMessage();
    emit completeChanged();
    m_customUrl->setFocus(Qt::OtherFocusReason);
    return false;
}

void AccountPage::updateInfo()
{
    const Endpoint endpoint = draft()->endpoint();
    const SiteInfo& info = draft()->catalog().site(draft()->order().site);
    m_banner->setVisible(endpoint.isSandbox());
    m_info->setText(tr("Requests go to %1. ProductType: %2.").arg(endpoint.displayName(), info.productType));
}

bool AccountPage::isComplete() const
{
    return OrderPage::isComplete() && !draft()->profileName().isEmpty() && m_customUrlError.isEmpty();
}

QString AccountPage::missingText() const
{
    if (const QString field = OrderPage::missingText(); !field.isEmpty())
        return field;
    if (draft()->profileName().isEmpty())
        return tr("Choose a profile, or add one with “Manage profiles”.");
    return m_customUrlTouched ? QString() : m_customUrlError; // shown under the field once touched
}

void AccountPage::initializePage()
{
    fillProfiles();
    apply();
    OrderPage::initializePage();
}

} // namespace acrp::ui
