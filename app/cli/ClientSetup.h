#pragma once

#include "core/api/BssClient.h"
#include "core/api/RetryPolicy.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace acrp::cli {

// Client options shared by submit and resume: --signature v1|v3, --timeout SECONDS, --attempts N.
struct ClientSettings
{
    SignatureVersion signature = SignatureVersion::V1;
    RetryPolicy retry;
};

class ClientSetup
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::ClientSetup)

public:
    static void addOptions(QCommandLineParser& parser);
    static bool readOptions(const QCommandLineParser& parser, ClientSettings* settings, QString* error);
    // A client with its own network access manager. The system proxy applies, except to loopback
    // endpoints (the sandbox, tests), which no proxy can reach.
    static BssClient* makeClient(const Endpoint& endpoint, const Credentials& credentials,
                                 const ClientSettings& settings, QObject* parent);
};

} // namespace acrp::cli
