#include "ui/ProfilesDialog.h"

#include "core/order/Catalog.h"
#include "core/store/CredentialCheck.h"
#include "core/store/CredentialReply.h"
#include "core/store/CredentialRules.h"
#include "core/store/CredentialStore.h"
#include "core/store/ProfileResolver.h"
#include "ui/OrderText.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

constexpr int kEditorPage = 0;
constexpr int kImportPage = 1;

QPushButton* button(const char* objectName, QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAutoDefault(false);
    return b;
}

QLabel* label(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

ProfilesDialog::ProfilesDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_aliyunConfigPath(CredentialImport::aliyunConfigPath())
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_addButton(button("addButton", this))
    , m_removeButton(button("removeButton", this))
    , m_importAliyunButton(button("importAliyunButton", this))
    , m_importEnvButton(button("importEnvButton", this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QGroupBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_keyIdLabel(new QLabel(this))
    , m_keyId(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_regionLabel(new QLabel(this))
    , m_region(new QLineEdit(this))
    , m_secretStatus(label(this))
    , m_saveButton(button("saveButton", this))
    , m_checkButton(button("checkButton", this))
    , m_checkResult(label(this))
    , m_switchSiteButton(button("switchSiteButton", this))
    , m_removeConfirmation(new QWidget(this))
    , m_removeQuestion(label(this))
    , m_confirmRemoveButton(button("confirmRemoveButton", this))
    , m_cancelRemoveButton(button("cancelRemoveButton", this))
    , m_importPanel(new QGroupBox(this))
    , m_importListLabel(new QLabel(this))
    , m_importList(new QListWidget(this))
    , m_importSiteLabel(new QLabel(this))
    , m_importSite(new QComboBox(this))
    , m_importConfirmButton(button("importConfirmButton", this))
    , m_importCancelButton(button("importCancelButton", this))
    , m_message(label(this))
    , m_retryButton(button("retryButton", this))
    , m_sessionOnlyButton(button("sessionOnlyButton", this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_stack->setObjectName(QStringLiteral("profilesStack"));
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_keyId->setObjectName(QStringLiteral("accessKeyIdEdit"));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_region->setObjectName(QStringLiteral("regionEdit"));
    m_secretStatus->setObjectName(QStringLiteral("secretStatusLabel"));
    m_checkResult->setObjectName(QStringLiteral("checkResultLabel"));
    m_removeConfirmation->setObjectName(QStringLiteral("removeConfirmation"));
    m_removeQuestion->setObjectName(QStringLiteral("removeQuestionLabel"));
    m_importPanel->setObjectName(QStringLiteral("importPanel"));
    m_importList->setObjectName(QStringLiteral("importList"));
    m_importSite->setObjectName(QStringLiteral("importSiteCombo"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    // Secrets are typed blind and never put back into these fields.
    for (QLineEdit* secret : {m_secret, m_token}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_keyId->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    QStringList regionIds;
    for (const RegionInfo& region : Catalog::builtIn().regions())
        regionIds.append(region.id);
    auto* completer = new QCompleter(regionIds, m_region);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_region->setCompleter(completer);

    m_listLabel->setBuddy(m_list);
    m_nameLabel->setBuddy(m_name);
    m_siteLabel->setBuddy(m_site);
    m_modeLabel->setBuddy(m_mode);
    m_keyIdLabel->setBuddy(m_keyId);
    m_secretLabel->setBuddy(m_secret);
    m_tokenLabel->setBuddy(m_token);
    m_regionLabel->setBuddy(m_region);
    m_importListLabel->setBuddy(m_importList);
    m_importSiteLabel->setBuddy(m_importSite);

    // Left: the profiles and what to do with them.
    auto* left = new QVBoxLayout;
    left->addWidget(m_listLabel);
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    left->addLayout(listButtons);
    left->addWidget(m_importAliyunButton);
    left->addWidget(m_importEnvButton);

    // Right, page 1: the editor.
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_siteLabel, m_site);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_keyIdLabel, m_keyId);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(m_regionLabel, m_region);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_saveButton);
    editorButtons->addWidget(m_checkButton);
    editorButtons->addStretch(1);
    auto* removeRow = new QHBoxLayout(m_removeConfirmation);
    removeRow->setContentsMargins(0, 0, 0, 0);
    removeRow->addWidget(m_removeQuestion, 1);
    removeRow->addWidget(m_confirmRemoveButton);
    removeRow->addWidget(m_cancelRemoveButton);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_secretStatus);
    editorLayout->addLayout(editorButtons);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkResult, 1);
    checkRow->addWidget(m_switchSiteButton);
    editorLayout->addLayout(checkRow);
    editorLayout->addWidget(m_removeConfirmation);
    editorLayout->addStretch(1);

    // Right, page 2: what an import found.
    auto* importLayout = new QVBoxLayout(m_importPanel);
    importLayout->addWidget(m_importListLabel);
    importLayout->addWidget(m_importList, 1);
    auto* importForm = new QFormLayout;
    importForm->addRow(m_importSiteLabel, m_importSite);
    importLayout->addLayout(importForm);
    auto* importButtons = new QHBoxLayout;
    importButtons->addStretch(1);
    importButtons->addWidget(m_importConfirmButton);
    importButtons->addWidget(m_importCancelButton);
    importLayout->addLayout(importButtons);

    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_importPanel);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_stack, 3);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_retryButton);
    messageRow->addWidget(m_sessionOnlyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(messageRow);
    layout->addWidget(m_buttons);

    // Keyboard order: list and its actions, then the form top to bottom, then the message actions.
    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_importAliyunButton);
    setTabOrder(m_importAliyunButton, m_importEnvButton);
    setTabOrder(m_importEnvButton, m_name);
    setTabOrder(m_name, m_site);
    setTabOrder(m_site, m_mode);
    setTabOrder(m_mode, m_keyId);
    setTabOrder(m_keyId, m_secret);
    setTabOrder(m_secret, m_token);
    setTabOrder(m_token, m_region);
    setTabOrder(m_region, m_saveButton);
    setTabOrder(m_saveButton, m_checkButton);
    setTabOrder(m_checkButton, m_switchSiteButton);
    setTabOrder(m_switchSiteButton, m_confirmRemoveButton);
    setTabOrder(m_confirmRemoveButton, m_cancelRemoveButton);
    setTabOrder(m_cancelRemoveButton, m_importList);
    setTabOrder(m_importList, m_importSite);
    setTabOrder(m_importSite, m_importConfirmButton);
    setTabOrder(m_importConfirmButton, m_importCancelButton);
    setTabOrder(m_importCancelButton, m_retryButton);
    setTabOrder(m_retryButton, m_sessionOnlyButton);
    setTabOrder(m_sessionOnlyButton, m_buttons);

    m_saveButton->setDefault(true);
    m_removeConfirmation->hide();
    m_switchSiteButton->hide();
    m_retryButton->hide();
    m_sessionOnlyButton->hide();
    m_message->hide();

    if (m_context.network) {
        m_check = new CredentialCheck(m_context.network, this);
        connect(m_check, &CredentialCheck::finished, this, &ProfilesDialog::showCheckOutcome);
    }
    m_endpointFor = [this](const Profile& profile) {
        return profile.builtIn ? Endpoint::sandbox(m_context.sandboxUrl) : Endpoint::forSite(profile.site);
    };

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::onSelectionChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfilesDialog::askRemove);
    connect(m_confirmRemoveButton, &QPushButton::clicked, this, &ProfilesDialog::remove);
    connect(m_cancelRemoveButton, &QPushButton::clicked, this, [this] {
        m_removeConfirmation->hide();
        m_removeButton->setFocus();
    });
    connect(m_importAliyunButton, &QPushButton::clicked, this,
            [this] { showImport(CredentialImport::fromAliyunConfigFile(m_aliyunConfigPath)); });
    connect(m_importEnvButton, &QPushButton::clicked, this,
            [this] { showImport(CredentialImport::fromEnvironment(m_environment)); });
    connect(m_importConfirmButton, &QPushButton::clicked, this, &ProfilesDialog::importSelected);
    connect(m_importCancelButton, &QPushButton::clicked, this, &ProfilesDialog::closeImport);
    connect(m_importList, &QListWidget::itemChanged, this, &ProfilesDialog::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_checkButton, &QPushButton::clicked, this, &ProfilesDialog::check);
    connect(m_switchSiteButton, &QPushButton::clicked, this, &ProfilesDialog::switchSite);
    connect(m_retryButton, &QPushButton::clicked, this, &ProfilesDialog::retry);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ProfilesDialog::keepForSession);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateModeFields);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Profiles changed elsewhere (another window, the wizard) show up here too.
    connect(m_context.profiles, &Profiles::changed, this, [this] {
        if (m_ownChange || m_busy)
            return;
        const bool gone = !m_originalName.isEmpty() && !m_context.profiles->contains(m_originalName);
        fillList(gone ? QString() : m_originalName, gone);
    });

    retranslate();
    fillList(QString());
}

bool ProfilesDialog::saveProfile(const Profile& profile, const QString& originalName, QString* error)
{
    const QScopedValueRollback<bool> own(m_ownChange, true);
    return m_context.profiles->save(profile, originalName, error);
}

bool ProfilesDialog::removeProfile(const QString& name, QString* error)
{
    const QScopedValueRollback<bool> own(m_ownChange, true);
    return m_context.profiles->remove(name, error);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setCheckEndpoint(std::function<Endpoint(const Profile&)> endpointFor)
{
    m_endpointFor = std::move(endpointFor);
}

void ProfilesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    setWindowTitle(tr("Credential Profiles"));
    m_listLabel->setText(tr("&Profiles:"));
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("&Remove"));
    m_importAliyunButton->setText(tr("Import from a&liyun CLI"));
    m_importEnvButton->setText(tr("Import from en&vironment"));
    m_editor->setTitle(tr("Profile"));
    m_nameLabel->setText(tr("&Name:"));
    m_siteLabel->setText(tr("&Site:"));
    m_modeLabel->setText(tr("&Mode:"));
    m_keyIdLabel->setText(tr("AccessKey &ID:"));
    m_secretLabel->setText(tr("AccessKey s&ecret:"));
    m_tokenLabel->setText(tr("STS to&ken:"));
    m_regionLabel->setText(tr("Default re&gion:"));
    m_region->setPlaceholderText(tr("Optional, e.g. cn-shanghai"));
    m_saveButton->setText(tr("Sa&ve"));
    m_checkButton->setText(tr("C&heck"));
    m_checkButton->setToolTip(tr("Asks the service for the account balance with this profile's saved credentials."));
    m_switchSiteButton->setText(tr("S&witch site"));
    m_confirmRemoveButton->setText(tr("&Delete profile and secret"));
    m_cancelRemoveButton->setText(tr("Keep the pro&file"));
    m_importPanel->setTitle(tr("Import"));
    m_importListLabel->setText(tr("&Found (tick the ones to import):"));
    m_importSiteLabel->setText(tr("Si&te of the imported profiles:"));
    m_importConfirmButton->setText(tr("Import sele&cted"));
    m_importCancelButton->setText(tr("&Back"));
    m_retryButton->setText(tr("Retr&y"));
    m_sessionOnlyButton->setText(tr("Keep for this session &only"));

    const bool filling = m_filling;
    m_filling = true;
    const int site = m_site->currentIndex();
    const int importSite = m_importSite->currentIndex();
    const int mode = m_mode->currentIndex();
    m_site->clear();
    m_importSite->clear();
    for (const Site s : {Site::China, Site::International}) {
        m_site->addItem(CredentialCheck::siteName(s), siteId(s));
        m_importSite->addItem(CredentialCheck::siteName(s), siteId(s));
    }
    m_site->setCurrentIndex(qMax(site, 0));
    m_importSite->setCurrentIndex(qMax(importSite, 0));
    m_mode->clear();
    m_mode->addItem(tr("AccessKey"), credentialModeId(CredentialMode::AccessKey));
    m_mode->addItem(tr("STS token"), credentialModeId(CredentialMode::StsToken));
    m_mode->setCurrentIndex(qMax(mode, 0));
    m_filling = filling;
    updateModeFields();
}

void ProfilesDialog::fillList(const QString& select, bool load)
{
    m_filling = true;
    m_list->clear();
    const QList<Profile> profiles = m_context.profiles->profiles();
    int row = load ? 0 : -1;
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile& profile = profiles.at(i);
        auto* item = new QListWidgetItem(profile.builtIn ? tr("%1 (built-in)").arg(profile.name) : profile.name);
        item->setData(Qt::UserRole, profile.name);
        m_list->addItem(item);
        if (profile.name == select)
            row = i;
    }
    if (!load) {
        // Only the list changes; the form (maybe half-typed) stays as it is.
        m_list->setCurrentRow(row);
        m_filling = false;
        return;
    }
    m_filling = false;
    m_list->setCurrentRow(row); // loads the profile through currentRowChanged
}

void ProfilesDialog::selectProfile(const QString& name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void ProfilesDialog::onSelectionChanged()
{
    if (m_filling)
        return;
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const std::optional<Profile> profile = m_context.profiles->profile(item->data(Qt::UserRole).toString());
    if (profile)
        loadProfile(*profile);
}

void ProfilesDialog::loadProfile(const Profile& profile)
{
    m_stack->setCurrentIndex(kEditorPage);
    m_originalName = profile.name;
    m_builtInSelected = profile.builtIn;
    m_filling = true;
    m_name->setText(profile.name);
    m_site->setCurrentIndex(m_site->findData(siteId(profile.site)));
    m_mode->setCurrentIndex(m_mode->findData(credentialModeId(profile.mode)));
    m_keyId->setText(profile.accessKeyId);
    m_secret->clear();
    m_token->clear();
    m_region->setText(profile.defaultRegion);
    m_filling = false;
    for (QWidget* field :
         std::initializer_list<QWidget*> {m_name, m_site, m_mode, m_keyId, m_secret, m_token, m_region})
        field->setEnabled(!profile.builtIn);
    updateModeFields();
    m_removeConfirmation->hide();
    m_checkResult->clear();
    m_switchSiteButton->hide();
    m_suggestedSite.reset();
    refreshSecretStatus();
    updateButtons();
}

void ProfilesDialog::startNewProfile()
{
    m_stack->setCurrentIndex(kEditorPage);
    m_originalName.clear();
    m_builtInSelected = false;
    m_filling = true;
    m_list->setCurrentRow(-1);
    m_name->clear();
    m_site->setCurrentIndex(0);
    m_mode->setCurrentIndex(0);
    m_keyId->clear();
    m_secret->clear();
    m_token->clear();
    m_region->clear();
    m_filling = false;
    for (QWidget* field :
         std::initializer_list<QWidget*> {m_name, m_site, m_mode, m_keyId, m_secret, m_token, m_region})
        field->setEnabled(true);
    updateModeFields();
    m_removeConfirmation->hide();
    m_checkResult->clear();
    m_switchSiteButton->hide();
    m_secret->setPlaceholderText(QString());
    m_token->setPlaceholderText(QString());
    m_secretStatus->setText(tr("Enter the AccessKey pair; the secret goes to the keychain when you save."));
    clearMessage();
    updateButtons();
    m_name->setFocus();
}

void ProfilesDialog::updateModeFields()
{
    const bool sts = m_mode->currentData().toString() == credentialModeId(CredentialMode::StsToken);
    m_token->setVisible(sts);
    m_tokenLabel->setVisible(sts);
    if (!sts)
        m_token->clear();
}

void ProfilesDialog::refreshSecretStatus()
{
    const int generation = ++m_statusGeneration;
    m_secret->setPlaceholderText(QString());
    m_token->setPlaceholderText(QString());
    if (m_builtInSelected) {
        m_secretStatus->setText(tr("The built-in sandbox profile uses the documented demo key; it needs no keychain "
                                   "and cannot be changed."));
        return;
    }
    const QString name = m_originalName;
    m_secretStatus->setText(tr("Looking for the stored secret…"));
    // Informational only: the dialog stays usable while the keychain answers.
    CredentialReply::onFinished(
        m_context.credentials->read(name), this, [this, generation, name](const CredentialReply& reply) {
            if (generation != m_statusGeneration)
                return;
            switch (reply.status()) {
            case CredentialStatus::Ok:
                m_secretStatus->setText(m_context.credentials->isSessionOnly()
                                            ? tr("A secret is kept for this session only (in memory).")
                                            : tr("A secret is stored in the keychain."));
                m_secret->setPlaceholderText(tr("Leave empty to keep the stored secret"));
                m_token->setPlaceholderText(tr("Leave empty to keep the stored token"));
                break;
            case CredentialStatus::NotFound:
                m_secretStatus->setText(tr("No secret stored for this profile. Enter it, then save."));
                break;
            default:
                m_secretStatus->setText(tr("The stored secret could not be read."));
                showKeychainProblem(reply, [this] { refreshSecretStatus(); });
                break;
            }
            Q_EMIT idle();
        });
}

Profile ProfilesDialog::profileFromForm() const
{
    Profile profile;
    profile.name = CredentialRules::cleaned(m_name->text());
    siteFromId(m_site->currentData().toString(), &profile.site);
    credentialModeFromId(m_mode->currentData().toString(), &profile.mode);
    profile.accessKeyId = CredentialRules::cleaned(m_keyId->text());
    profile.defaultRegion = CredentialRules::cleaned(m_region->text());
    return profile;
}

void ProfilesDialog::save()
{
    if (m_busy || m_builtInSelected)
        return;
    const Profile profile = profileFromForm();
    const QString originalName = m_originalName;
    // Pasted values are shown as they will be saved.
    m_name->setText(profile.name);
    m_keyId->setText(profile.accessKeyId);
    m_region->setText(profile.defaultRegion);

    QStringList problems = m_context.profiles->validate(profile, originalName);
    const QString secret = CredentialRules::cleaned(m_secret->text());
    const QString token = CredentialRules::cleaned(m_token->text());
    const bool sts = profile.mode == CredentialMode::StsToken;
    // A new profile needs its secret; an existing one keeps the stored secret unless one is typed.
    const bool newSecret = originalName.isEmpty() || !secret.isEmpty() || (sts && !token.isEmpty());
    if (newSecret) {
        if (const QString problem = CredentialRules::secretProblem(secret); !problem.isEmpty())
            problems.append(problem);
        if (sts) {
            if (const QString problem = CredentialRules::securityTokenProblem(token); !problem.isEmpty())
                problems.append(problem);
        }
    }
    if (!problems.isEmpty()) {
        showMessage(MessageKind::Error, problems.join(QLatin1Char('\n')));
        return;
    }

    clearMessage();
    setBusy(true);
    const bool renamed = !originalName.isEmpty() && originalName != profile.name;
    const auto done = [this, profile, originalName] { finishSave(profile, originalName); };
    if (newSecret) {
        const StoredSecret stored {secret, sts ? token : QString()};
        // Write the new entry first; the old one (after a rename) is deleted only once that worked, and
        // the settings follow only once the keychain is in order, so nothing is left orphaned.
        const std::function<void()> removeOld = [this, originalName, done] {
            CredentialReply::onFinished(m_context.credentials->remove(originalName), this,
                                        [this, done](const CredentialReply& removed) {
                                            if (removed.status() == CredentialStatus::Ok)
                                                done();
                                            else
                                                showKeychainProblem(removed, [this] { save(); });
                                        });
        };
        CredentialReply::onFinished(m_context.credentials->store(profile.name, stored), this,
                                    [this, renamed, done, removeOld](const CredentialReply& reply) {
                                        if (reply.status() != CredentialStatus::Ok)
                                            showKeychainProblem(reply, [this] { save(); });
                                        else if (renamed)
                                            removeOld();
                                        else
                                            done();
                                    });
    } else if (renamed) {
        CredentialReply::onFinished(m_context.credentials->rename(originalName, profile.name), this,
                                    [this, done](const CredentialReply& reply) {
                                        // Nothing stored under the old name: nothing to move.
                                        if (reply.status() == CredentialStatus::Ok
                                            || reply.status() == CredentialStatus::NotFound)
                                            done();
                                        else
                                            showKeychainProblem(reply, [this] { save(); });
                                    });
    } else {
        done();
    }
}

void ProfilesDialog::finishSave(const Profile& profile, const QString& originalName)
{
    QString error;
    if (!saveProfile(profile, originalName, &error)) {
        setBusy(false);
        showMessage(MessageKind::Error, error);
        Q_EMIT idle();
        return;
    }
    m_secret->clear();
    m_token->clear();
    setBusy(false);
    fillList(profile.name);
    showMessage(MessageKind::Success,
                m_context.credentials->isSessionOnly()
                    ? tr("Profile \"%1\" saved; its secret is kept for this session only.").arg(profile.name)
                    : tr("Profile \"%1\" saved.").arg(profile.name));
    // fillList() started reading the secret status; idle() follows when that is done.
}

void ProfilesDialog::askRemove()
{
    if (m_busy || m_builtInSelected || m_originalName.isEmpty())
        return;
    m_removeQuestion->setText(tr("Remove profile \"%1\" and its stored secret?").arg(m_originalName));
    m_removeConfirmation->show();
    m_cancelRemoveButton->setFocus();
}

void ProfilesDialog::remove()
{
    const QString name = m_originalName;
    if (m_busy || name.isEmpty() || m_builtInSelected)
        return;
    m_removeConfirmation->hide();
    clearMessage();
    setBusy(true);
    CredentialReply::onFinished(m_context.credentials->remove(name), this, [this, name](const CredentialReply& reply) {
        // Without any keychain there is no entry to leave behind.
        if (reply.status() != CredentialStatus::Ok && reply.status() != CredentialStatus::NoBackend) {
            showKeychainProblem(reply, [this] { remove(); });
            return;
        }
        QString error;
        setBusy(false);
        if (!removeProfile(name, &error)) {
            showMessage(MessageKind::Error, error);
            Q_EMIT idle();
            return;
        }
        fillList(QString());
        showMessage(MessageKind::Success, tr("Profile \"%1\" and its secret were removed.").arg(name));
        Q_EMIT idle();
    });
}

void ProfilesDialog::showImport(const ImportResult& result)
{
    if (m_busy)
        return;
    if (!result.ok) {
        showMessage(MessageKind::Error, result.error);
        Q_EMIT idle();
        return;
    }
    clearMessage();
    m_importCandidates = result.candidates;
    m_importList->clear();
    for (qsizetype i = 0; i < result.candidates.size(); ++i) {
        const ImportCandidate& candidate = result.candidates.at(i);
        auto* item = new QListWidgetItem(m_importList);
        item->setData(Qt::UserRole, int(i));
        if (candidate.supported) {
            const QString mode = candidate.mode == CredentialMode::StsToken ? tr("STS token") : tr("AccessKey");
            item->setText(candidate.current
                              ? tr("%1 (%2, %3, current)").arg(candidate.sourceName, mode, candidate.accessKeyId)
                              : tr("%1 (%2, %3)").arg(candidate.sourceName, mode, candidate.accessKeyId));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            // Nothing is imported unless picked; a single find is picked for convenience.
            item->setCheckState(result.candidates.size() == 1 ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setText(tr("%1 (skipped: %2)").arg(candidate.sourceName, candidate.reason));
            item->setFlags(Qt::ItemIsSelectable);
        }
    }
    m_stack->setCurrentIndex(kImportPage);
    m_importList->setCurrentRow(0);
    m_importList->setFocus();
    updateButtons();
    Q_EMIT idle();
}

void ProfilesDialog::importSelected()
{
    if (m_busy)
        return;
    QList<ImportCandidate> picked;
    for (int i = 0; i < m_importList->count(); ++i) {
        const QListWidgetItem* item = m_importList->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            picked.append(m_importCandidates.at(item->data(Qt::UserRole).toInt()));
    }
    if (picked.isEmpty())
        return;
    Site site = Site::China;
    siteFromId(m_importSite->currentData().toString(), &site);
    clearMessage();
    setBusy(true);
    importNext(picked, site, {});
}

void ProfilesDialog::importNext(QList<ImportCandidate> remaining, Site site, QStringList imported)
{
    if (remaining.isEmpty()) {
        m_importCandidates.clear(); // the secrets in memory are no longer needed
        m_importList->clear();
        setBusy(false);
        m_stack->setCurrentIndex(kEditorPage);
        fillList(imported.isEmpty() ? QString() : imported.last());
        showMessage(MessageKind::Success, tr("Imported: %1.").arg(imported.join(u", ")));
        return;
    }
    const ImportCandidate candidate = remaining.takeFirst();
    const QString name = m_context.profiles->uniqueName(candidate.sourceName);
    const Profile profile = candidate.toProfile(name, site);
    // The secret goes to the keychain first; the profile is saved only once its secret is safe.
    CredentialReply::onFinished(
        m_context.credentials->store(name, candidate.secret), this,
        [this, candidate, remaining, site, imported, profile](const CredentialReply& reply) mutable {
            if (reply.status() != CredentialStatus::Ok) {
                remaining.prepend(candidate);
                showKeychainProblem(reply, [this, remaining, site, imported] {
                    setBusy(true);
                    importNext(remaining, site, imported);
                });
                return;
            }
            QString error;
            if (!saveProfile(profile, QString(), &error)) {
                setBusy(false);
                showMessage(MessageKind::Error, error);
                Q_EMIT idle();
                return;
            }
            imported.append(profile.name);
            importNext(remaining, site, imported);
        });
}

void ProfilesDialog::closeImport()
{
    m_importCandidates.clear();
    m_importList->clear();
    m_stack->setCurrentIndex(kEditorPage);
    updateButtons();
    m_list->setFocus();
}

void ProfilesDialog::check()
{
    if (m_busy || !m_check || m_originalName.isEmpty())
        return;
    m_checkResult->setText(tr("Checking…"));
    m_switchSiteButton->hide();
    m_suggestedSite.reset();
    clearMessage();
    setBusy(true);
    ProfileResolver::resolve(
        m_originalName, *m_context.profiles, *m_context.credentials, this, [this](const ResolvedProfile& resolved) {
            if (!resolved.ok) {
                setBusy(false);
                m_checkResult->clear();
                if (resolved.status == CredentialStatus::NotFound) {
                    showMessage(MessageKind::Error, tr("No secret stored for this profile. Enter it, then save."));
                    m_secret->setFocus();
                } else {
                    showMessage(MessageKind::Error, resolved.message);
                }
                Q_EMIT idle();
                return;
            }
            m_check->start(resolved.profile, resolved.credentials, m_endpointFor(resolved.profile));
        });
}

void ProfilesDialog::showCheckOutcome(const CheckOutcome& outcome)
{
    setBusy(false);
    m_checkResult->setText(outcome.message);
    m_checkResult->setProperty("checkResult", int(outcome.result));
    if (outcome.result == CheckOutcome::Result::WrongSite && !m_builtInSelected) {
        m_suggestedSite = outcome.otherSite;
        m_switchSiteButton->setText(
            tr("S&witch to the %1").arg(CredentialCheck::siteName(outcome.otherSite.value_or(Site::China))));
        m_switchSiteButton->show();
        m_switchSiteButton->setFocus();
    }
    Q_EMIT idle();
}

void ProfilesDialog::switchSite()
{
    if (!m_suggestedSite || m_busy || m_builtInSelected)
        return;
    std::optional<Profile> profile = m_context.profiles->profile(m_originalName);
    if (!profile)
        return;
    profile->site = *m_suggestedSite;
    QString error;
    if (!saveProfile(*profile, m_originalName, &error)) {
        showMessage(MessageKind::Error, error);
        return;
    }
    m_suggestedSite.reset();
    fillList(profile->name);
    showMessage(MessageKind::Success,
                tr("Profile \"%1\" now uses the %2.").arg(profile->name, CredentialCheck::siteName(profile->site)));
}

void ProfilesDialog::retry()
{
    if (!m_retry)
        return;
    const std::function<void()> again = std::exchange(m_retry, nullptr);
    clearMessage();
    again();
}

void ProfilesDialog::keepForSession()
{
    m_context.credentials->setSessionOnly(true);
    retry();
}

void ProfilesDialog::showMessage(MessageKind kind, const QString& text)
{
    m_message->setText(text);
    m_message->setProperty("messageKind",
                           kind == MessageKind::Error         ? QStringLiteral("error")
                               : kind == MessageKind::Success ? QStringLiteral("success")
                                                              : QStringLiteral("info"));
    OrderText::setTone(m_message, kind == MessageKind::Error ? OrderText::Tone::Error : OrderText::Tone::Normal);
    m_message->setVisible(!text.isEmpty());
    m_retryButton->hide();
    m_sessionOnlyButton->hide();
    m_retry = nullptr;
}

void ProfilesDialog::clearMessage()
{
    showMessage(MessageKind::Info, QString());
}

void ProfilesDialog::showKeychainProblem(const CredentialReply& reply, std::function<void()> retry)
{
    setBusy(false);
    showMessage(MessageKind::Error, reply.message());
    m_retry = std::move(retry);
    m_retryButton->setVisible(reply.canRetry() || reply.offersSessionOnly());
    m_sessionOnlyButton->setVisible(reply.offersSessionOnly() && !m_context.credentials->isSessionOnly());
    if (m_sessionOnlyButton->isVisible())
        m_sessionOnlyButton->setFocus();
    else if (m_retryButton->isVisible())
        m_retryButton->setFocus();
    if (reply.status() == CredentialStatus::NotFound)
        m_secret->setFocus();
    Q_EMIT idle();
}

void ProfilesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool editable = !m_busy && !m_builtInSelected;
    m_addButton->setEnabled(!m_busy);
    m_removeButton->setEnabled(editable && !m_originalName.isEmpty());
    m_importAliyunButton->setEnabled(!m_busy);
    m_importEnvButton->setEnabled(!m_busy);
    m_saveButton->setEnabled(editable);
    m_checkButton->setVisible(m_check != nullptr);
    m_checkButton->setEnabled(!m_busy && !m_originalName.isEmpty());
    m_switchSiteButton->setEnabled(editable);
    m_confirmRemoveButton->setEnabled(editable);
    bool anyPicked = false;
    for (int i = 0; i < m_importList->count(); ++i)
        anyPicked = anyPicked || m_importList->item(i)->checkState() == Qt::Checked;
    m_importConfirmButton->setEnabled(!m_busy && anyPicked);
}

} // namespace acrp::ui
