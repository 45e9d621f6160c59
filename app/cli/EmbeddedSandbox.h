#pragma once

#include "core/api/Endpoint.h"

#include <QString>
#include <memory>

namespace acrp::sandbox {
class SandboxServer;
}

namespace acrp::cli {

// The built-in sandbox the `sandbox` endpoint stands for: an in-process SandboxServer on a free
// loopback port. With persistence its orders and balances live in a state file under
// AppDataLocation, so `submit` and a later `resume` or `history` in another process agree on what
// was bought.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();

    // AppDataLocation/sandbox-state.json
    static QString defaultStatePath();

    // Starts on 127.0.0.1:0; `persistent` keeps the state file (false for --dry-run: it sends
    // nothing and leaves no trace). False with *error on failure.
    bool start(bool persistent, QString* error);
    bool isRunning() const { return m_server != nullptr; }
    // Endpoint::sandbox() with the listening URL.
    Endpoint endpoint() const;

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace acrp::cli
