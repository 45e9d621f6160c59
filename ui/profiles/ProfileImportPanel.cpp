#include "ui/profiles/ProfileImportPanel.h"

#include "core/store/CredentialReply.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"
#include "ui/profiles/PanelWidgets.h"
#include "ui/profiles/ProfileSession.h"
#include "ui/profiles/ProfilesText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrp::ui {

ProfileImportPanel::ProfileImportPanel(ProfileSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_aliyunConfigPath(CredentialImport::aliyunConfigPath())
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_importListLabel(new QLabel(this))
    , m_importList(namedWidget<QListWidget>("importList", this))
    , m_importSiteLabel(new QLabel(this))
    , m_importSite(namedWidget<QComboBox>("importSiteCombo", this))
    , m_importConfirmButton(panelButton("importConfirmButton", this))
    , m_importCancelButton(panelButton("importCancelButton", this))
{
    setObjectName(QStringLiteral("importPanel"));
    m_importListLabel->setBuddy(m_importList);
    m_importSiteLabel->setBuddy(m_importSite);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_importListLabel);
    layout->addWidget(m_importList, 1);
    auto* form = new QFormLayout;
    form->addRow(m_importSiteLabel, m_importSite);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_importConfirmButton);
    buttons->addWidget(m_importCancelButton);
    layout->addLayout(buttons);

    connect(m_importConfirmButton, &QPushButton::clicked, this, &ProfileImportPanel::importSelected);
    connect(m_importCancelButton, &QPushButton::clicked, this, [this] {
        clearFinds();
        Q_EMIT closed(true);
    });
    connect(m_importList, &QListWidget::itemChanged, this, &ProfileImportPanel::updateButtons);
    retranslate();
}

QList<QWidget*> ProfileImportPanel::focusOrder() const
{
    return {m_importList, m_importSite, m_importConfirmButton, m_importCancelButton};
}

void ProfileImportPanel::retranslate()
{
    setTitle(ProfilesText::tr("Import"));
    m_importListLabel->setText(ProfilesText::tr("&Found (tick the ones to import):"));
    m_importList->setAccessibleName(ProfilesText::tr("Profiles found"));
    m_importSiteLabel->setText(ProfilesText::tr("Si&te of the imported profiles:"));
    m_importConfirmButton->setText(ProfilesText::tr("Import sele&cted"));
    m_importCancelButton->setText(ProfilesText::tr("&Back"));
    fillSiteCombo(m_importSite);
}

void ProfileImportPanel::importFromAliyunCli()
{
    showImport(CredentialImport::fromAliyunConfigFile(m_aliyunConfigPath));
}

void ProfileImportPanel::importFromEnvironment()
{
    showImport(CredentialImport::fromEnvironment(m_environment));
}

void ProfileImportPanel::updateButtons()
{
    bool anyPicked = false;
    for (int i = 0; i < m_importList->count(); ++i)
        anyPicked = anyPicked || m_importList->item(i)->checkState() == Qt::Checked;
    m_importConfirmButton->setEnabled(!m_session.isBusy() && anyPicked);
}

void ProfileImportPanel::showImport(const ImportResult& result)
{
    if (m_session.isBusy())
        return;
    ProfileMessageBar& messages = m_session.messages();
    if (!result.ok) {
        messages.showMessage(ProfileMessageBar::Kind::Error, result.error);
        m_session.finishStep();
        return;
    }
    messages.clearMessage();
    m_importCandidates = result.candidates;
    m_importList->clear();
    for (qsizetype i = 0; i < result.candidates.size(); ++i) {
        const ImportCandidate& candidate = result.candidates.at(i);
        auto* item = new QListWidgetItem(m_importList);
        item->setData(Qt::UserRole, int(i));
        if (candidate.supported) {
            const QString mode = ProfilesText::modeName(candidate.mode);
            item->setText(
                candidate.current
                    ? ProfilesText::tr("%1 (%2, %3, current)").arg(candidate.sourceName, mode, candidate.accessKeyId)
                    : ProfilesText::tr("%1 (%2, %3)").arg(candidate.sourceName, mode, candidate.accessKeyId));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            // Nothing is imported unless picked; a single find is picked for convenience.
            item->setCheckState(result.candidates.size() == 1 ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setText(ProfilesText::tr("%1 (skipped: %2)").arg(candidate.sourceName, candidate.reason));
            item->setFlags(Qt::ItemIsSelectable);
        }
    }
    Q_EMIT opened();
    m_importList->setCurrentRow(0);
    m_importList->setFocus();
    updateButtons();
    m_session.finishStep();
}

void ProfileImportPanel::importSelected()
{
    if (m_session.isBusy())
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
    m_session.messages().clearMessage();
    m_session.setBusy(true);
    importNext(picked, site, {});
}

void ProfileImportPanel::importNext(QList<ImportCandidate> remaining, Site site, QStringList imported)
{
    if (remaining.isEmpty()) {
        clearFinds();
        m_session.setBusy(false);
        Q_EMIT closed(false);
        m_session.showProfiles(imported.isEmpty() ? QString() : imported.last());
        m_session.messages().showMessage(ProfileMessageBar::Kind::Success,
                                         ProfilesText::tr("Imported: %1.").arg(imported.join(u", ")));
        return;
    }
    const ImportCandidate candidate = remaining.takeFirst();
    const QString name = m_session.context().profiles->uniqueName(candidate.sourceName);
    const Profile profile = candidate.toProfile(name, site);
    // The secret goes to the keychain first; the profile is saved only once its secret is safe.
    CredentialReply::onFinished(
        m_session.context().credentials->store(name, candidate.secret), this,
        [this, candidate, remaining, site, imported, profile](const CredentialReply& reply) mutable {
            if (reply.status() != CredentialStatus::Ok) {
                remaining.prepend(candidate);
                m_session.showKeychainProblem(reply, [this, remaining, site, imported] {
                    m_session.setBusy(true);
                    importNext(remaining, site, imported);
                });
                return;
            }
            QString error;
            if (!m_session.saveProfile(profile, QString(), &error)) {
                m_session.setBusy(false);
                m_session.messages().showMessage(ProfileMessageBar::Kind::Error, error);
                m_session.finishStep();
                return;
            }
            imported.append(profile.name);
            importNext(remaining, site, imported);
        });
}

void ProfileImportPanel::clearFinds()
{
    m_importCandidates.clear();
    m_importList->clear();
}

} // namespace acrp::ui
