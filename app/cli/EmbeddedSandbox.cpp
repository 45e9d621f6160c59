#include "cli/EmbeddedSandbox.h"

#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace acrp::cli {

EmbeddedSandbox::EmbeddedSandbox() = default;
EmbeddedSandbox::~EmbeddedSandbox() = default;

QString EmbeddedSandbox::defaultStatePath()
{
    return sandbox::embeddedStatePath();
}

bool EmbeddedSandbox::start(bool persistent, QString* error)
{
    if (m_server)
        return true;
    sandbox::SandboxConfig config;
    if (persistent)
        config.statePath = defaultStatePath();
    auto server = std::make_unique<sandbox::SandboxServer>(config);
    if (!server->listen(0)) {
        if (error)
            *error = server->errorString();
        return false;
    }
    m_server = std::move(server);
    return true;
}

Endpoint EmbeddedSandbox::endpoint() const
{
    return Endpoint::sandbox(m_server ? m_server->baseUrl() : QUrl());
}

} // namespace acrp::cli
