#pragma once

#include "core/api/RetryPolicy.h"

#include <QUrl>

class QNetworkAccessManager;

namespace acrp {
class CredentialStore;
class Journal;
class OrderService;
class Profiles;
} // namespace acrp

namespace acrp::ui {

// The services the windows share, owned by whoever builds the GUI (runGui, or a test).
struct AppContext
{
    Profiles* profiles = nullptr;
    CredentialStore* credentials = nullptr;
    QNetworkAccessManager* network = nullptr;
    Journal* journal = nullptr;
    OrderService* orders = nullptr;
    QUrl sandboxUrl; // the embedded sandbox, listening on 127.0.0.1
    RetryPolicy retryPolicy; // for purchases (tests shorten it)
};

} // namespace acrp::ui
