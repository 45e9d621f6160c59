#include "ui/AppServices.h"

#include "core/OrderService.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "core/store/TemplateStore.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace acrp::ui {

struct AppServices::Parts
{
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<Profiles> profiles;
    CredentialStore credentials;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<OrderService> orders;
    std::unique_ptr<TemplateStore> templates;
};

AppServices::AppServices(Options options)
    : m_parts(std::make_unique<Parts>())
{
    if (!options.sandboxInMemory && options.sandbox.statePath.isEmpty())
        options.sandbox.statePath = sandbox::embeddedStatePath();
    m_parts->sandbox = std::make_unique<sandbox::SandboxServer>(options.sandbox);
    m_sandbox = m_parts->sandbox.get();
    if (!m_sandbox->listen(0))
        m_problems << QCoreApplication::translate("acrp::ui", "The built-in sandbox could not start: %1")
                          .arg(m_sandbox->errorString());

    m_parts->profiles = options.profilesFile.isEmpty() ? std::make_unique<Profiles>()
                                                       : std::make_unique<Profiles>(options.profilesFile);
    m_parts->journal
        = std::make_unique<Journal>(options.journalPath.isEmpty() ? Journal::defaultPath() : options.journalPath);
    QString journalError;
    if (m_parts->journal->open(&journalError)) {
        m_parts->orders = std::make_unique<OrderService>(m_parts->journal.get());
        m_parts->templates = std::make_unique<TemplateStore>(*m_parts->journal);
    } else
        m_problems
            << QCoreApplication::translate("acrp::ui", "The order journal could not be opened: %1").arg(journalError);

    m_context.profiles = m_parts->profiles.get();
    m_context.credentials = &m_parts->credentials;
    m_context.network = &m_parts->network;
    m_context.journal = m_parts->orders ? m_parts->journal.get() : nullptr;
    m_context.orders = m_parts->orders.get();
    m_context.templates = m_parts->templates.get();
    m_context.sandboxUrl = m_sandbox->baseUrl();
    m_context.retryPolicy = options.retryPolicy;
}

AppServices::~AppServices() = default;

} // namespace acrp::ui
