#include "cli/CommandServices.h"

#include "cli/CommandSupport.h"

#include <QEventLoop>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::CommandServices)
};

} // namespace

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

void CommandServices::showProgress(OrderHandle* handle, CommandContext& context, bool json, const QString& journaled)
{
    if (json)
        return;
    QObject::connect(handle, &OrderHandle::journaled, handle,
                     [handle, &context, journaled](qint64 id, const QString& token) {
                         context.err << QString(journaled).arg(id).arg(token, handle->endpoint().displayName()) << '\n';
                         context.err.flush();
                     });
    QObject::connect(handle, &OrderHandle::attemptStarted, handle, [&context](int attempt, const QDateTime&) {
        if (attempt > 1) {
            context.err << Text::tr("Attempt %1 (same ClientToken)…").arg(attempt) << '\n';
            context.err.flush();
        }
    });
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
