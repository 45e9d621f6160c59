#pragma once

#include "core/api/Signer.h"
#include "sandbox/SandboxConfig.h"
#include "ui/AppContext.h"

#include <QString>
#include <memory>
#include <optional>

namespace acrp {
class ClientFactory;
}

namespace acrp::sandbox {
class SandboxServer;
}

namespace acrp::ui {

// Builds and owns the services behind the windows: the embedded sandbox (listening on 127.0.0.1),
// profiles, the keychain store, the client factory, the order journal, OrderService and
// AccountService.
// The program makes one with the defaults; tests make their own with temporary files.
class AppServices
{
public:
    struct Options
    {
        sandbox::SandboxConfig sandbox; // statePath empty: AppDataLocation/sandbox-state.json
        bool sandboxInMemory = false; // tests: no state file
        QString profilesFile; // empty: the user's settings
        QString journalPath; // empty: Journal::defaultPath()
        RetryPolicy retryPolicy;
        // The program's start-up: the constructor does only what the first page needs. The journal
        // opens in finishStartup() (after the first paint) and the sandbox starts listening when it
        // is first used (its HTTP server loads the TLS backend). Tests: false, everything at once.
        bool deferred = false;
    };

    explicit AppServices(Options options);
    ~AppServices();

    // Every service once started; before finishStartup() (deferred) no journal, templates or
    // sandbox URL.
    const AppContext& context() const { return m_context; }
    // Opens the journal and completes the context. Once; nothing to do when not deferred.
    void finishStartup();
    bool isStarted() const { return m_started; }
    sandbox::SandboxServer& sandbox() const { return *m_sandbox; }
    // Problems met while starting (sandbox or journal unavailable), for the user; empty when none.
    // The sandbox's, when it starts on first use, are the caller's errors instead.
    QStringList problems() const { return m_problems; }

    // The signature version purchases use: a setting, remembered (V1 unless the user chose V3).
    static SignatureVersion signatureVersionSetting();
    // Remembers `version` and makes `clients` sign with it from the next request on.
    static void setSignatureVersion(ClientFactory& clients, SignatureVersion version);

private:
    // The sandbox's URL, listening from the first call on (ClientFactory's sandbox provider).
    std::optional<QUrl> sandboxUrl(QString* error);

    struct Parts;
    std::unique_ptr<Parts> m_parts;
    sandbox::SandboxServer* m_sandbox = nullptr;
    AppContext m_context;
    QStringList m_problems;
    bool m_deferred = false;
    bool m_started = false;
};

} // namespace acrp::ui
