#include "cli/CommandServices.h"

#include "cli/CommandSupport.h"

#include <QEventLoop>

namespace acrp::cli {

CommandServices::CommandServices(const CommandContext& context, const ClientSettings& settings, bool persistentSandbox)
    : m_journal(journalPath(context))
    , m_clients(std::make_unique<ClientFactory>(&m_profiles, &m_credentials))
{
    m_clients->setSettings(settings);
    m_clients->setEnvironment(context.environment);
    m_clients->setSandboxProvider([this, persistentSandbox](QString* error) -> std::optional<QUrl> {
        if (!m_sandbox.start(persistentSandbox, error))
            return std::nullopt;
        return m_sandbox.endpoint().baseUrl();
    });
    m_orders = std::make_unique<OrderService>(nullptr, m_clients.get());
}

CommandServices::~CommandServices() = default;

bool CommandServices::openJournal(QString* error)
{
    if (!m_journal.open(error))
        return false;
    m_orders = std::make_unique<OrderService>(&m_journal, m_clients.get());
    m_accounts = std::make_unique<AccountService>(&m_journal, m_clients.get());
    return true;
}

OrderResult CommandServices::wait(OrderHandle* handle)
{
    QEventLoop loop;
    OrderResult result;
    QObject::connect(handle, &OrderHandle::finished, &loop, [&loop, &result](const OrderResult& value) {
        result = value;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace acrp::cli
