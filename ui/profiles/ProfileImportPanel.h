#pragma once

#include "core/order/OrderSpec.h"
#include "core/store/CredentialImport.h"

#include <QGroupBox>
#include <QList>
#include <QProcessEnvironment>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace acrp::ui {

class ProfileSession;

// Import (importPanel): lists what the aliyun CLI's config or the environment holds, lets the user
// tick what to take over and on which site, then stores each secret in the keychain before saving
// its profile. Nothing is imported unless picked; unsupported finds are listed with the reason.
class ProfileImportPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProfileImportPanel(ProfileSession& session, QWidget* parent = nullptr);

    // Where "Import from aliyun CLI" reads (default ~/.aliyun/config.json) and what "Import from
    // environment" reads (default the process environment).
    void setAliyunConfigPath(const QString& path) { m_aliyunConfigPath = path; }
    void setImportEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }

    void importFromAliyunCli();
    void importFromEnvironment();
    void updateButtons();

    // Sets the texts in the current language; the dialog calls it when the language changes.
    void retranslate();

    // The panel's focusable widgets in keyboard order, for the dialog's tab chain.
    QList<QWidget*> focusOrder() const;

Q_SIGNALS:
    // The finds are listed; the panel wants to be shown (before it takes the keyboard).
    void opened();
    // Done: imported, or `byUser` when Back was chosen.
    void closed(bool byUser);

private:
    void showImport(const ImportResult& result);
    void importSelected();
    void importNext(QList<ImportCandidate> remaining, Site site, QStringList imported);
    // Forgets the finds: the secrets in memory are no longer needed.
    void clearFinds();

    ProfileSession& m_session;
    QString m_aliyunConfigPath;
    QProcessEnvironment m_environment;
    QList<ImportCandidate> m_importCandidates;
    QLabel* m_importListLabel;
    QListWidget* m_importList;
    QLabel* m_importSiteLabel;
    QComboBox* m_importSite;
    QPushButton* m_importConfirmButton;
    QPushButton* m_importCancelButton;
};

} // namespace acrp::ui
