#pragma once

#include <QGroupBox>
#include <QList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace acrp {
struct Profile;
} // namespace acrp

namespace acrp::ui {

class CredentialCheckPanel;
class ProfileSession;

// The form for one profile (profileEditor): shows a saved profile or takes a new one, saves it
// (non-secret fields to Profiles, the secret to the keychain, in the order that leaves nothing
// orphaned), and removes it after an inline confirmation. Secrets are typed into password fields and
// never shown back; the status line says whether one is stored. The built-in profile is read-only.
// A RAM role profile adds the role to assume (ARN, session name, external id, duration), checked
// as it is typed.
class ProfileEditor : public QGroupBox
{
    Q_OBJECT

public:
    // `check` is laid out inside the editor: its Check button next to Save, its result below.
    ProfileEditor(ProfileSession& session, CredentialCheckPanel* check, QWidget* parent = nullptr);

    void loadProfile(const Profile& profile);
    void startNewProfile();
    // The saved profile being edited; empty while adding a new one.
    QString originalName() const { return m_originalName; }
    bool isBuiltInSelected() const { return m_builtInSelected; }
    // Asks inline whether to remove the profile being edited (and its secret).
    void askRemove();
    void focusSecret();
    void updateButtons();
    // Sets the texts in the current language; the dialog calls it when the language changes.
    void retranslate();

    // The editor's focusable widgets in keyboard order, the check panel's included.
    QList<QWidget*> focusOrder() const;

Q_SIGNALS:
    // "Keep the profile" was chosen: the keyboard goes back to where removing started.
    void removeCancelled();

private:
    // The form's fields, top to bottom.
    QList<QWidget*> fields() const;
    // Clears or fills the form, enabled only for a profile that may be changed.
    void resetForm(const Profile& profile, bool editable);
    void updateModeFields();
    // The RAM role fields' problems as they are typed (roleProblemLabel).
    void updateRoleProblems();
    void refreshSecretStatus();
    Profile profileFromForm() const;
    void save();
    void finishSave(const Profile& profile, const QString& originalName);
    void remove();

    ProfileSession& m_session;
    CredentialCheckPanel* m_check;
    QString m_originalName; // the saved profile being edited; empty for a new one
    bool m_builtInSelected = false;
    int m_statusGeneration = 0; // drops keychain answers for a profile no longer shown

    QLineEdit* m_name;
    QComboBox* m_site;
    QComboBox* m_mode;
    QLineEdit* m_keyId;
    QLineEdit* m_secret;
    QLineEdit* m_token;
    QLineEdit* m_roleArn; // RAM role only, like the three below
    QLineEdit* m_sessionName;
    QLineEdit* m_externalId;
    QSpinBox* m_duration;
    QLabel* m_roleProblems;
    QLineEdit* m_region;
    QFormLayout* m_form; // holds each field's label
    QLabel* m_secretStatus;
    QPushButton* m_saveButton;
    QWidget* m_removeConfirmation;
    QLabel* m_removeQuestion;
    QPushButton* m_confirmRemoveButton;
    QPushButton* m_cancelRemoveButton;
};

} // namespace acrp::ui
