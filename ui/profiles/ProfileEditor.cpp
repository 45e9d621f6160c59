#include "ui/profiles/ProfileEditor.h"

#include "core/order/Catalog.h"
#include "core/store/CredentialReply.h"
#include "core/store/CredentialRules.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"
#include "ui/profiles/CredentialCheckPanel.h"
#include "ui/profiles/PanelWidgets.h"
#include "ui/profiles/ProfileSession.h"
#include "ui/profiles/ProfilesText.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace acrp::ui {

ProfileEditor::ProfileEditor(ProfileSession& session, CredentialCheckPanel* check, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_check(check)
    , m_name(namedWidget<QLineEdit>("nameEdit", this))
    , m_site(namedWidget<QComboBox>("siteCombo", this))
    , m_mode(namedWidget<QComboBox>("modeCombo", this))
    , m_keyId(namedWidget<QLineEdit>("accessKeyIdEdit", this))
    , m_secret(namedWidget<QLineEdit>("secretEdit", this))
    , m_token(namedWidget<QLineEdit>("tokenEdit", this))
    , m_roleArn(namedWidget<QLineEdit>("roleArnEdit", this))
    , m_sessionName(namedWidget<QLineEdit>("sessionNameEdit", this))
    , m_externalId(namedWidget<QLineEdit>("externalIdEdit", this))
    , m_duration(namedWidget<QSpinBox>("durationSpin", this))
    , m_roleProblems(wrappingLabel("roleProblemLabel", this))
    , m_region(namedWidget<QLineEdit>("regionEdit", this))
    , m_form(new QFormLayout)
    , m_secretStatus(wrappingLabel("secretStatusLabel", this))
    , m_saveButton(panelButton("saveButton", this))
    , m_removeConfirmation(namedWidget<QWidget>("removeConfirmation", this))
    , m_removeQuestion(wrappingLabel("removeQuestionLabel", this))
    , m_confirmRemoveButton(panelButton("confirmRemoveButton", this))
    , m_cancelRemoveButton(panelButton("cancelRemoveButton", this))
{
    setObjectName(QStringLiteral("profileEditor"));

    // Secrets are typed blind and never put back into these fields.
    for (QLineEdit* secret : {m_secret, m_token}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_keyId->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    for (QLineEdit* field : {m_roleArn, m_sessionName, m_externalId})
        field->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_duration->setRange(RoleSettings::kMinDurationSeconds, RoleSettings::kMaxDurationSeconds);
    m_duration->setSingleStep(900);
    m_duration->setValue(RoleSettings::kDefaultDurationSeconds);

    QStringList regionIds;
    for (const RegionInfo& region : Catalog::builtIn().regions())
        regionIds.append(region.id);
    auto* completer = new QCompleter(regionIds, m_region);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_region->setCompleter(completer);

    // One row a field; the label's mnemonic takes the keyboard to its field.
    for (QWidget* field : fields()) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_saveButton);
    editorButtons->addWidget(m_check->checkButton());
    editorButtons->addStretch(1);
    layOutTextRow(m_removeConfirmation, m_removeQuestion, {m_confirmRemoveButton, m_cancelRemoveButton});
    // The role's problems, as typed, right below its fields.
    int regionRow = 0;
    QFormLayout::ItemRole regionRole = QFormLayout::FieldRole;
    m_form->getWidgetPosition(m_region, &regionRow, &regionRole);
    m_form->insertRow(regionRow, m_roleProblems);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_secretStatus);
    layout->addLayout(editorButtons);
    layout->addWidget(m_check);
    layout->addWidget(m_removeConfirmation);
    layout->addStretch(1);

    m_saveButton->setDefault(true);
    m_removeConfirmation->hide();

    connect(m_saveButton, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_confirmRemoveButton, &QPushButton::clicked, this, &ProfileEditor::remove);
    connect(m_cancelRemoveButton, &QPushButton::clicked, this, [this] {
        m_removeConfirmation->hide();
        Q_EMIT removeCancelled();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateModeFields);
    for (QLineEdit* field : {m_roleArn, m_sessionName, m_externalId})
        connect(field, &QLineEdit::textChanged, this, &ProfileEditor::updateRoleProblems);
    retranslate();
}

QList<QWidget*> ProfileEditor::fields() const
{
    return {m_name,    m_site,        m_mode,       m_keyId,    m_secret, m_token,
            m_roleArn, m_sessionName, m_externalId, m_duration, m_region};
}

QList<QWidget*> ProfileEditor::focusOrder() const
{
    QList<QWidget*> order = fields();
    order.append(m_saveButton);
    order.append(m_check->focusOrder());
    order.append({m_confirmRemoveButton, m_cancelRemoveButton});
    return order;
}

void ProfileEditor::retranslate()
{
    setTitle(ProfilesText::tr("Profile"));
    const std::pair<QWidget*, QString> labels[] = {
        {m_name, ProfilesText::tr("&Name:")},
        {m_site, ProfilesText::tr("Si&te:")},
        {m_mode, ProfilesText::tr("&Mode:")},
        {m_keyId, ProfilesText::tr("AccessKey &ID:")},
        {m_secret, ProfilesText::tr("AccessKey s&ecret:")},
        {m_token, ProfilesText::tr("STS to&ken:")},
        // Every letter of "Session name" is taken by a field or button of this page: Tab reaches it.
        {m_roleArn, ProfilesText::tr("R&ole ARN:")},
        {m_sessionName, ProfilesText::tr("Session name:")},
        {m_externalId, ProfilesText::tr("E&xternal ID:")},
        {m_duration, ProfilesText::tr("D&uration:")},
        {m_region, ProfilesText::tr("Default re&gion:")},
    };
    for (const auto& [field, text] : labels)
        static_cast<QLabel*>(m_form->labelForField(field))->setText(text);
    m_region->setPlaceholderText(ProfilesText::tr("Optional, e.g. cn-shanghai"));
    m_roleArn->setPlaceholderText(QStringLiteral("acs:ram::<account>:role/<name>"));
    m_externalId->setPlaceholderText(ProfilesText::tr("Optional: only if the role demands one"));
    m_duration->setSuffix(ProfilesText::tr(" seconds"));
    m_duration->setToolTip(ProfilesText::tr("How long the temporary credentials of the role last (900-43200 s); "
                                            "they are renewed before they expire and kept in memory only."));
    m_saveButton->setText(ProfilesText::tr("&Save"));
    m_confirmRemoveButton->setText(ProfilesText::tr("&Delete profile and secret"));
    m_cancelRemoveButton->setText(ProfilesText::tr("Keep the pro&file"));

    fillSiteCombo(m_site);
    const int current = m_mode->currentIndex();
    m_mode->clear();
    for (const CredentialMode mode : {CredentialMode::AccessKey, CredentialMode::StsToken, CredentialMode::RamRoleArn})
        m_mode->addItem(ProfilesText::modeName(mode), credentialModeId(mode));
    m_mode->setCurrentIndex(qMax(current, 0));
    updateModeFields();
}

void ProfileEditor::resetForm(const Profile& profile, bool editable)
{
    m_name->setText(profile.name);
    m_site->setCurrentIndex(m_site->findData(siteId(profile.site)));
    m_mode->setCurrentIndex(m_mode->findData(credentialModeId(profile.mode)));
    m_keyId->setText(profile.accessKeyId);
    m_secret->clear();
    m_token->clear();
    m_region->setText(profile.defaultRegion);
    m_roleArn->setText(profile.role.roleArn);
    m_sessionName->setText(profile.role.sessionName);
    m_externalId->setText(profile.role.externalId);
    m_duration->setValue(profile.role.durationSeconds);
    for (QWidget* field : fields())
        field->setEnabled(editable);
    updateModeFields();
    m_removeConfirmation->hide();
    m_check->showProfile(m_originalName, m_builtInSelected);
}

void ProfileEditor::loadProfile(const Profile& profile)
{
    m_originalName = profile.name;
    m_builtInSelected = profile.builtIn;
    resetForm(profile, !profile.builtIn);
    refreshSecretStatus();
}

void ProfileEditor::startNewProfile()
{
    m_originalName.clear();
    m_builtInSelected = false;
    resetForm(Profile(), true);
    m_secret->setPlaceholderText(QString());
    m_token->setPlaceholderText(QString());
    m_secretStatus->setText(
        ProfilesText::tr("Enter the AccessKey pair; the secret goes to the keychain when you save."));
    m_session.messages().clearMessage();
    m_name->setFocus();
}

void ProfileEditor::focusSecret()
{
    m_secret->setFocus();
}

void ProfileEditor::updateModeFields()
{
    const bool sts = m_mode->currentData().toString() == credentialModeId(CredentialMode::StsToken);
    m_token->setVisible(sts);
    m_form->labelForField(m_token)->setVisible(sts);
    if (!sts)
        m_token->clear();
    const bool role = m_mode->currentData().toString() == credentialModeId(CredentialMode::RamRoleArn);
    for (QWidget* field : {static_cast<QWidget*>(m_roleArn), static_cast<QWidget*>(m_sessionName),
                           static_cast<QWidget*>(m_externalId), static_cast<QWidget*>(m_duration)}) {
        field->setVisible(role);
        m_form->labelForField(field)->setVisible(role);
    }
    updateRoleProblems();
}

void ProfileEditor::updateRoleProblems()
{
    // Each field's rule as soon as it has text (an empty ARN is said on Save, not while typing).
    const bool role = m_mode->currentData().toString() == credentialModeId(CredentialMode::RamRoleArn);
    QStringList problems;
    if (role) {
        const QString arn = CredentialRules::cleaned(m_roleArn->text());
        if (!arn.isEmpty())
            problems.append(RoleSettings::roleArnProblem(arn));
        problems.append(RoleSettings::sessionNameProblem(CredentialRules::cleaned(m_sessionName->text())));
        problems.append(RoleSettings::externalIdProblem(CredentialRules::cleaned(m_externalId->text())));
        problems.removeAll(QString());
    }
    m_roleProblems->setText(problems.join(u'\n'));
    m_roleProblems->setVisible(!problems.isEmpty());
}

void ProfileEditor::updateButtons()
{
    const bool editable = !m_session.isBusy() && !m_builtInSelected;
    m_saveButton->setEnabled(editable);
    m_confirmRemoveButton->setEnabled(editable);
    m_check->updateButtons();
}

void ProfileEditor::refreshSecretStatus()
{
    const int generation = ++m_statusGeneration;
    m_secret->setPlaceholderText(QString());
    m_token->setPlaceholderText(QString());
    if (m_builtInSelected) {
        m_secretStatus->setText(ProfilesText::tr("The built-in sandbox profile uses the documented demo key; it "
                                                 "needs no keychain and cannot be changed."));
        return;
    }
    const QString name = m_originalName;
    m_secretStatus->setText(ProfilesText::tr("Looking for the stored secret…"));
    CredentialStore* credentials = m_session.context().credentials;
    // Informational only: the dialog stays usable while the keychain answers.
    CredentialReply::onFinished(
        credentials->read(name), this, [this, generation, credentials](const CredentialReply& reply) {
            if (generation != m_statusGeneration)
                return;
            switch (reply.status()) {
            case CredentialStatus::Ok:
                m_secretStatus->setText(credentials->isSessionOnly()
                                            ? ProfilesText::tr("A secret is kept for this session only (in memory).")
                                            : ProfilesText::tr("A secret is stored in the keychain."));
                m_secret->setPlaceholderText(ProfilesText::tr("Leave empty to keep the stored secret"));
                m_token->setPlaceholderText(ProfilesText::tr("Leave empty to keep the stored token"));
                break;
            case CredentialStatus::NotFound:
                m_secretStatus->setText(ProfilesText::tr("No secret stored for this profile. Enter it, then save."));
                break;
            default:
                m_secretStatus->setText(ProfilesText::tr("The stored secret could not be read."));
                m_session.showKeychainProblem(reply, [this] { refreshSecretStatus(); });
                break;
            }
            m_session.finishStep();
        });
}

Profile ProfileEditor::profileFromForm() const
{
    Profile profile;
    profile.name = CredentialRules::cleaned(m_name->text());
    siteFromId(m_site->currentData().toString(), &profile.site);
    credentialModeFromId(m_mode->currentData().toString(), &profile.mode);
    profile.accessKeyId = CredentialRules::cleaned(m_keyId->text());
    profile.defaultRegion = CredentialRules::cleaned(m_region->text());
    if (profile.mode == CredentialMode::RamRoleArn) {
        profile.role.roleArn = CredentialRules::cleaned(m_roleArn->text());
        profile.role.sessionName = CredentialRules::cleaned(m_sessionName->text());
        profile.role.externalId = CredentialRules::cleaned(m_externalId->text());
        profile.role.durationSeconds = m_duration->value();
    }
    return profile;
}

void ProfileEditor::save()
{
    if (m_session.isBusy() || m_builtInSelected)
        return;
    const Profile profile = profileFromForm();
    const QString originalName = m_originalName;
    // Pasted values are shown as they will be saved.
    m_name->setText(profile.name);
    m_keyId->setText(profile.accessKeyId);
    m_region->setText(profile.defaultRegion);

    QStringList problems = m_session.context().profiles->validate(profile, originalName);
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
        m_session.messages().showMessage(ProfileMessageBar::Kind::Error, problems.join(QLatin1Char('\n')));
        return;
    }

    m_session.messages().clearMessage();
    m_session.setBusy(true);
    CredentialStore* credentials = m_session.context().credentials;
    const bool renamed = !originalName.isEmpty() && originalName != profile.name;
    const auto done = [this, profile, originalName] { finishSave(profile, originalName); };
    if (newSecret) {
        const StoredSecret stored {secret, sts ? token : QString()};
        // Write the new entry first; the old one (after a rename) is deleted only once that worked, and
        // the settings follow only once the keychain is in order, so nothing is left orphaned.
        const std::function<void()> removeOld = [this, credentials, originalName, done] {
            CredentialReply::onFinished(credentials->remove(originalName), this,
                                        [this, done](const CredentialReply& removed) {
                                            if (removed.status() == CredentialStatus::Ok)
                                                done();
                                            else
                                                m_session.showKeychainProblem(removed, [this] { save(); });
                                        });
        };
        CredentialReply::onFinished(credentials->store(profile.name, stored), this,
                                    [this, renamed, done, removeOld](const CredentialReply& reply) {
                                        if (reply.status() != CredentialStatus::Ok)
                                            m_session.showKeychainProblem(reply, [this] { save(); });
                                        else if (renamed)
                                            removeOld();
                                        else
                                            done();
                                    });
    } else if (renamed) {
        CredentialReply::onFinished(
            credentials->rename(originalName, profile.name), this, [this, done](const CredentialReply& reply) {
                // Nothing stored under the old name: nothing to move.
                if (reply.status() == CredentialStatus::Ok || reply.status() == CredentialStatus::NotFound)
                    done();
                else
                    m_session.showKeychainProblem(reply, [this] { save(); });
            });
    } else {
        done();
    }
}

void ProfileEditor::finishSave(const Profile& profile, const QString& originalName)
{
    QString error;
    if (!m_session.saveProfile(profile, originalName, &error)) {
        m_session.setBusy(false);
        m_session.messages().showMessage(ProfileMessageBar::Kind::Error, error);
        m_session.finishStep();
        return;
    }
    m_secret->clear();
    m_token->clear();
    m_session.setBusy(false);
    m_session.showProfiles(profile.name);
    m_session.messages().showMessage(
        ProfileMessageBar::Kind::Success,
        m_session.context().credentials->isSessionOnly()
            ? ProfilesText::tr("Profile “%1” saved; its secret is kept for this session only.").arg(profile.name)
            : ProfilesText::tr("Profile “%1” saved.").arg(profile.name));
    // showProfiles() started reading the secret status; idle() follows when that is done.
}

void ProfileEditor::askRemove()
{
    if (m_session.isBusy() || m_builtInSelected || m_originalName.isEmpty())
        return;
    m_removeQuestion->setText(ProfilesText::tr("Remove profile “%1” and its stored secret?").arg(m_originalName));
    m_removeConfirmation->show();
    m_cancelRemoveButton->setFocus();
}

void ProfileEditor::remove()
{
    const QString name = m_originalName;
    if (m_session.isBusy() || name.isEmpty() || m_builtInSelected)
        return;
    m_removeConfirmation->hide();
    m_session.messages().clearMessage();
    m_session.setBusy(true);
    CredentialReply::onFinished(
        m_session.context().credentials->remove(name), this, [this, name](const CredentialReply& reply) {
            // Without any keychain there is no entry to leave behind.
            if (reply.status() != CredentialStatus::Ok && reply.status() != CredentialStatus::NoBackend) {
                m_session.showKeychainProblem(reply, [this] { remove(); });
                return;
            }
            QString error;
            m_session.setBusy(false);
            if (!m_session.removeProfile(name, &error)) {
                m_session.messages().showMessage(ProfileMessageBar::Kind::Error, error);
                m_session.finishStep();
                return;
            }
            m_session.showProfiles(QString());
            m_session.messages().showMessage(ProfileMessageBar::Kind::Success,
                                             ProfilesText::tr("Profile “%1” and its secret were removed.").arg(name));
            m_session.finishStep();
        });
}

} // namespace acrp::ui
