#pragma once

#include "core/api/Endpoint.h"
#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QCoreApplication>
#include <functional>

namespace acrp {
class BssClient;
}

namespace acrp::ui {

// Builds a BssClient for an account choice: the sandbox endpoint always uses the documented demo
// key of the order's site (it knows no other); a real endpoint reads the profile's secret from the
// keychain, asynchronously. `done` gets the client (parented to `context`) or a message saying why
// there is none.
class ClientSetup
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ui::ClientSetup)

public:
    static void create(const AppContext& context, const QString& profileName, const Endpoint& endpoint, Site site,
                       QObject* owner, std::function<void(BssClient* client, const QString& error)> done);
};

} // namespace acrp::ui
