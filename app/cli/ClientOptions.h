#pragma once

#include "core/app/ClientFactory.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace acrp::cli {

// The client options of submit and resume: --signature v1|v3, --timeout SECONDS, --attempts N,
// read into the settings of the application layer's ClientFactory.
class ClientOptions
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::ClientOptions)

public:
    static QList<QCommandLineOption> options();
    static bool readOptions(const QCommandLineParser& parser, ClientSettings* settings, QString* error);
};

} // namespace acrp::cli
