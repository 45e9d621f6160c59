#pragma once

#include "core/api/Endpoint.h"
#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QWidget>
#include <functional>

namespace acrp::ui {

class InstancesModel;
class RenewalPanel;

// What the account really owns: every ACR EE instance of one account (a profile at its site, or
// the sandbox), synced from the service (AccountService) and merged with the journal, in a sortable,
// filterable table with a details pane (the orders that touched each instance), Sync now, and
// Renew… (RenewalPanel, inline). A top-level window (objectName "instancesWindow").
class InstancesWindow : public QWidget
{
    Q_OBJECT

public:
    // An account the window (and the expiry notices) can show: a profile and the endpoint of its
    // site, or the built-in sandbox profile and the sandbox.
    struct Account
    {
        QString profile;
        Endpoint endpoint;
        Site site = Site::China;
        QString title; // for people
    };
    static QList<Account> accounts(const AppContext& context);

    explicit InstancesWindow(const AppContext& context, QWidget* parent = nullptr);
    ~InstancesWindow() override;

    // Re-reads the stored rows of the chosen account (keeps filters, sort and selection).
    void reload();
    // Chooses the account of `profile` (its title in the chooser); false when not offered.
    bool selectAccount(const QString& profile);
    void selectInstance(const QString& instanceId);
    // Sync now: AccountService::sync(force) of the chosen account, without blocking.
    void syncNow();
    // Renew… for the selected instance.
    void renewSelected();
    // Resumes an unfinished renewal row (from the history or the start-up offer).
    void resumeRenewal(qint64 journalId);
    // Closing the program while a renewal is on its way: true when none is; otherwise the renewal
    // panel asks and runs `close` once the user stops waiting.
    bool confirmRenewalClose(const std::function<void()>& close);
    InstancesModel* model() const;
    RenewalPanel* renewalPanel() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Private;
    Private* d;
};

} // namespace acrp::ui
