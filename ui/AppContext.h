#pragma once

#include "core/api/RetryPolicy.h"

#include <QUrl>

class QNetworkAccessManager;

namespace acrp {
class AccountService;
class ClientFactory;
class CredentialStore;
class Journal;
class OrderService;
class Profiles;
class TemplateStore;
} // namespace acrp

namespace acrp::sandbox {
class SandboxServer;
}

namespace acrp::ui {

// The services the windows share, owned by whoever builds the GUI (runGui, or a test).
struct AppContext
{
    Profiles* profiles = nullptr;
    CredentialStore* credentials = nullptr;
    QNetworkAccessManager* network = nullptr; // the client factory's (its proxy rule applies)
    ClientFactory* clients = nullptr; // every BSS client is made here

    Journal* journal = nullptr;
    OrderService* orders = nullptr; // the application layer: buy, renew, resume, quote, refresh
    AccountService* accounts = nullptr; // account sync and the Instances view's data (same journal)
    TemplateStore* templates = nullptr; // in the journal's file; null when the journal is unavailable
    // The embedded sandbox's address on 127.0.0.1 when it listens from the start (tests); empty in
    // the program, where it starts on first use: clients resolve the sandbox through `clients`.
    QUrl sandboxUrl;
    sandbox::SandboxServer* sandbox = nullptr; // the same sandbox, for the Sandbox menu; null when it did not start
};

} // namespace acrp::ui
