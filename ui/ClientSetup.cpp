#include "ui/ClientSetup.h"

#include "core/api/BssClient.h"
#include "core/store/ProfileResolver.h"
#include "core/store/SandboxCredentials.h"

#include <QTimer>

namespace acrp::ui {

void ClientSetup::create(const AppContext& context, const QString& profileName, const Endpoint& endpoint, Site site,
                         QObject* owner, std::function<void(BssClient*, const QString&)> done)
{
    auto makeClient = [context, endpoint, owner](const Credentials& credentials) {
        auto* client = new BssClient(context.network, owner);
        client->setEndpoint(endpoint);
        client->setCredentials(credentials);
        client->setRetryPolicy(context.retryPolicy);
        return client;
    };
    if (endpoint.isSandbox()) {
        // Same shape as the keychain path: the answer always comes from the event loop.
        QTimer::singleShot(0, owner, [done, client = makeClient(sandboxdemo::credentials(site))] { done(client, QString()); });
        return;
    }
    if (!context.profiles || !context.credentials) {
        QTimer::singleShot(0, owner, [done] { done(nullptr, tr("No credential profiles are available.")); });
        return;
    }
    ProfileResolver::resolve(profileName, *context.profiles, *context.credentials, owner,
                             [done, makeClient](const ResolvedProfile& resolved) {
                                 if (!resolved.ok)
                                     done(nullptr, resolved.message);
                                 else
                                     done(makeClient(resolved.credentials), QString());
                             });
}

} // namespace acrp::ui
