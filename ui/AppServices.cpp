#include "ui/AppServices.h"

#include "core/app/AccountService.h"
#include "core/app/ClientFactory.h"
#include "core/app/OrderService.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "core/store/TemplateStore.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QSettings>

namespace acrp::ui {

namespace {

QString sandboxProblem(const sandbox::SandboxServer& sandbox)
{
    return QCoreApplication::translate("acrp::ui", "The built-in sandbox could not start: %1")
        .arg(sandbox.errorString());
}

} // namespace

struct AppServices::Parts
{
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    std::unique_ptr<Profiles> profiles;
    CredentialStore credentials;
    std::unique_ptr<ClientFactory> clients;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<OrderService> orders;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<TemplateStore> templates;
};

AppServices::AppServices(Options options)
    : m_parts(std::make_unique<Parts>())
{
    if (!options.sandboxInMemory && options.sandbox.statePath.isEmpty())
        options.sandbox.statePath = sandbox::embeddedStatePath();
    m_parts->sandbox = std::make_unique<sandbox::SandboxServer>(options.sandbox);
    m_sandbox = m_parts->sandbox.get();
    m_parts->profiles = options.profilesFile.isEmpty() ? std::make_unique<Profiles>()
                                                       : std::make_unique<Profiles>(options.profilesFile);
    m_parts->journal
        = std::make_unique<Journal>(options.journalPath.isEmpty() ? Journal::defaultPath() : options.journalPath);
    m_parts->clients = std::make_unique<ClientFactory>(m_parts->profiles.get(), &m_parts->credentials);
    m_parts->clients->setSandboxProvider([this](QString* error) { return sandboxUrl(error); });
    ClientSettings settings;
    settings.retry = options.retryPolicy;
    settings.signature = signatureVersionSetting();
    m_parts->clients->setSettings(settings);
    // Until the journal is open the service quotes and sends nothing (it cannot journal first).
    m_parts->orders = std::make_unique<OrderService>(m_parts->journal.get(), m_parts->clients.get());
    // Beside it, over the same journal: it reads nothing until the journal is open (no sync, no rows).
    m_parts->accounts = std::make_unique<AccountService>(m_parts->journal.get(), m_parts->clients.get());

    m_context.profiles = m_parts->profiles.get();
    m_context.credentials = &m_parts->credentials;
    m_context.network = m_parts->clients->network();
    m_context.clients = m_parts->clients.get();
    m_context.orders = m_parts->orders.get();
    m_context.accounts = m_parts->accounts.get();
    // A sandbox whose configuration or state file is unusable is not offered.
    m_context.sandbox = m_sandbox->errorString().isEmpty() ? m_sandbox : nullptr;
    if (!m_context.sandbox)
        m_problems << sandboxProblem(*m_sandbox);
    m_deferred = options.deferred;
    if (!m_deferred)
        finishStartup();
}

void AppServices::finishStartup()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_deferred && m_context.sandbox) {
        // Tests: listening from the start, at an address they can use.
        QString sandboxError;
        if (sandboxUrl(&sandboxError)) {
            m_context.sandboxUrl = m_sandbox->baseUrl();
        } else {
            m_context.sandbox = nullptr;
            m_problems << sandboxError;
        }
    }
    QString journalError;
    if (m_parts->journal->open(&journalError)) {
        m_parts->templates = std::make_unique<TemplateStore>(*m_parts->journal);
        m_context.journal = m_parts->journal.get();
        m_context.templates = m_parts->templates.get();
    } else {
        m_problems
            << QCoreApplication::translate("acrp::ui", "The order journal could not be opened: %1").arg(journalError);
    }
}

std::optional<QUrl> AppServices::sandboxUrl(QString* error)
{
    if (!m_sandbox->isListening() && !m_sandbox->listen(0)) {
        if (error)
            *error = sandboxProblem(*m_sandbox);
        return std::nullopt;
    }
    return m_sandbox->baseUrl();
}

AppServices::~AppServices() = default;

SignatureVersion AppServices::signatureVersionSetting()
{
    return QSettings().value(QStringLiteral("signatureVersion")).toString() == u"v3" ? SignatureVersion::V3
                                                                                     : SignatureVersion::V1;
}

void AppServices::setSignatureVersion(ClientFactory& clients, SignatureVersion version)
{
    QSettings().setValue(QStringLiteral("signatureVersion"),
                         version == SignatureVersion::V3 ? QStringLiteral("v3") : QStringLiteral("v1"));
    clients.setSignatureVersion(version);
}

} // namespace acrp::ui
