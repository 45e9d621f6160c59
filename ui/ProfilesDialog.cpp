#include "ui/ProfilesDialog.h"

#include "core/store/Profiles.h"
#include "ui/profiles/CredentialCheckPanel.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/profiles/ProfileImportPanel.h"
#include "ui/profiles/ProfileListPanel.h"
#include "ui/profiles/ProfileMessageBar.h"
#include "ui/profiles/ProfileSession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace acrp::ui {

ProfilesDialog::ProfilesDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_messages(new ProfileMessageBar(context.credentials, this))
    , m_session(new ProfileSession(context, m_messages, this))
    , m_list(new ProfileListPanel(this))
    , m_stack(new QStackedWidget(this))
    , m_check(new CredentialCheckPanel(*m_session, this))
    , m_editor(new ProfileEditor(*m_session, m_check, this))
    , m_import(new ProfileImportPanel(*m_session, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    m_stack->setObjectName(QStringLiteral("profilesStack"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    // Left the profiles, right the editor or what an import found, below the message.
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_import);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addWidget(m_stack, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);

    // Keyboard order: list and its actions, then the form top to bottom, then the message actions.
    QList<QWidget*> order = m_list->focusOrder();
    order.append(m_editor->focusOrder());
    order.append(m_import->focusOrder());
    order.append(m_messages->focusOrder());
    order.append(m_buttons);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_list, &ProfileListPanel::profileSelected, this, &ProfilesDialog::showProfile);
    connect(m_list, &ProfileListPanel::addRequested, this, &ProfilesDialog::startNewProfile);
    connect(m_list, &ProfileListPanel::removeRequested, m_editor, &ProfileEditor::askRemove);
    connect(m_list, &ProfileListPanel::importAliyunRequested, m_import, &ProfileImportPanel::importFromAliyunCli);
    connect(m_list, &ProfileListPanel::importEnvironmentRequested, m_import,
            &ProfileImportPanel::importFromEnvironment);
    connect(m_editor, &ProfileEditor::removeCancelled, m_list, &ProfileListPanel::focusRemoveButton);
    connect(m_import, &ProfileImportPanel::opened, this, [this] { m_stack->setCurrentWidget(m_import); });
    connect(m_import, &ProfileImportPanel::closed, this, [this](bool byUser) {
        showEditor();
        updateButtons();
        if (byUser)
            m_list->focusList();
    });
    connect(m_session, &ProfileSession::busyChanged, this, &ProfilesDialog::updateButtons);
    connect(m_session, &ProfileSession::profilesRequested, this, [this](const QString& select) { fillList(select); });
    connect(m_session, &ProfileSession::secretRequested, m_editor, &ProfileEditor::focusSecret);
    connect(m_session, &ProfileSession::idle, this, &ProfilesDialog::idle);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Profiles changed elsewhere (another window, the wizard) show up here too.
    connect(context.profiles, &Profiles::changed, this, [this] {
        if (m_session->isOwnChange() || m_session->isBusy())
            return;
        const QString current = m_editor->originalName();
        const bool gone = !current.isEmpty() && !m_session->context().profiles->contains(current);
        fillList(gone ? QString() : current, gone);
    });

    retranslate();
    fillList(QString());
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setAliyunConfigPath(const QString& path)
{
    m_import->setAliyunConfigPath(path);
}

void ProfilesDialog::setImportEnvironment(const QProcessEnvironment& environment)
{
    m_import->setImportEnvironment(environment);
}

void ProfilesDialog::setCheckEndpoint(std::function<Endpoint(const Profile&)> endpointFor)
{
    m_check->setCheckEndpoint(std::move(endpointFor));
}

QString ProfilesDialog::currentProfileName() const
{
    return m_editor->originalName();
}

bool ProfilesDialog::isBusy() const
{
    return m_session->isBusy();
}

void ProfilesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The panels are parts of this dialog: they change language with it, not on their own.
        m_list->retranslate();
        m_editor->retranslate();
        m_check->retranslate();
        m_import->retranslate();
        m_messages->retranslate();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    setWindowTitle(tr("Credential profiles"));
}

void ProfilesDialog::fillList(const QString& select, bool load)
{
    m_list->fill(m_session->context().profiles->profiles(), select, load);
}

void ProfilesDialog::selectProfile(const QString& name)
{
    m_list->selectProfile(name);
}

void ProfilesDialog::showProfile(const QString& name)
{
    const std::optional<Profile> profile = m_session->context().profiles->profile(name);
    if (!profile)
        return;
    showEditor();
    m_editor->loadProfile(*profile);
    updateButtons();
}

void ProfilesDialog::startNewProfile()
{
    showEditor();
    m_list->clearSelection();
    m_editor->startNewProfile();
    updateButtons();
}

void ProfilesDialog::showEditor()
{
    m_stack->setCurrentWidget(m_editor);
}

void ProfilesDialog::updateButtons()
{
    m_list->updateButtons(m_session->isBusy(), !m_editor->isBuiltInSelected() && !m_editor->originalName().isEmpty());
    m_editor->updateButtons();
    m_import->updateButtons();
}

} // namespace acrp::ui
