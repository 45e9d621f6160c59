#pragma once

#include "cli/CommandContext.h"
#include "cli/EmbeddedSandbox.h"
#include "core/app/AccountService.h"
#include "core/app/ClientFactory.h"
#include "core/app/OrderService.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"

#include <memory>

namespace acrp::cli {

// The application layer as a command uses it: the profiles and the keychain, the client factory
// (its built-in sandbox started on first use), the journal, OrderService and AccountService. Commands are views:
// they read arguments, call these services and print what they say.
class CommandServices
{
public:
    // `persistentSandbox` false: the built-in sandbox keeps no state file (--dry-run leaves no trace).
    CommandServices(const CommandContext& context, const ClientSettings& settings, bool persistentSandbox = true);
    ~CommandServices();

    // Opens the journal (not needed for a dry run).
    bool openJournal(QString* error);

    Journal& journal() { return m_journal; }
    const Profiles& profiles() const { return m_profiles; }
    ClientFactory& clients() { return *m_clients; }
    OrderService& orders() { return *m_orders; }
    // Account sync and the synced instances (after openJournal).
    AccountService& accounts() { return *m_accounts; }

    // Runs the event loop until `handle` finishes and returns its result.
    static OrderResult wait(OrderHandle* handle);
    // Tells people on stderr (not with --json) what a purchase or renewal in flight does: `journaled`
    // once its row is committed (%1 the journal row, %2 the ClientToken, %3 the endpoint), and every
    // retry, which carries the same ClientToken.
    static void showProgress(OrderHandle* handle, CommandContext& context, bool json, const QString& journaled);
    // Calls `start(context, done)` with a function that takes the answer, and runs the event loop
    // until it came.
    template<class Answer, class Start> static Answer waitFor(Start start);

private:
    Profiles m_profiles;
    CredentialStore m_credentials;
    EmbeddedSandbox m_sandbox;
    Journal m_journal;
    std::unique_ptr<ClientFactory> m_clients;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<AccountService> m_accounts;
};

template<class Answer, class Start> Answer CommandServices::waitFor(Start start)
{
    QEventLoop loop;
    Answer answer;
    start(&loop, [&loop, &answer](const Answer& value) {
        answer = value;
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace acrp::cli
