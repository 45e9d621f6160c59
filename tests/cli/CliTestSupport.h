#pragma once

// Helpers for driving acr-purchase and acr-bss-sandbox as processes, the way a user or a script
// would: private HOME/XDG folders per case, an external sandbox on a free loopback port with its
// admin routes, and every captured output kept for the final secret scan.
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <memory>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // The "error" object of a --json answer (empty when it has none).
    QJsonObject error() const { return json().value(QLatin1String("error")).toObject(); }
};

// One acr-bss-sandbox process.
class SandboxProcess
{
public:
    bool start(const QStringList& options)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(ACRP_SANDBOX_EXE));
        m_process->setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0")} + options);
        m_process->start();
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        while (timer.elapsed() < 15000) {
            m_process->waitForReadyRead(500);
            output += m_process->readAllStandardOutput();
            const auto match = QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
                                   .match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_url = match.captured(1);
                return true;
            }
            if (m_process->state() != QProcess::Running)
                return false;
        }
        return false;
    }
    ~SandboxProcess()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000))
                m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    QString url() const { return m_url; }

    QJsonObject admin(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.sendCustomRequest(
            request, method, method == "POST" ? QJsonDocument(body).toJson() : QByteArray());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return answer;
    }
    QJsonArray orders()
    {
        return admin("GET", QStringLiteral("/__admin/orders")).value(QLatin1String("orders")).toArray();
    }
    void setFaults(const QJsonObject& faults) { admin("POST", QStringLiteral("/__admin/faults"), faults); }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_url;
};

// The environment of an acr-purchase process with its own HOME and data folders.
inline QProcessEnvironment cliEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
         {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
          QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("http_proxy"), QStringLiteral("https_proxy"),
          QStringLiteral("HTTP_PROXY"), QStringLiteral("HTTPS_PROXY")})
        environment.remove(name);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    return environment;
}

// Runs acr-purchase (ACRP_CLI_EXE) with its own HOME, extra environment variables and a closed
// standard input (no terminal, no answer), and collects what it printed.
inline CliRun runCli(const QString& home, const QStringList& args, const QMap<QString, QString>& env = {})
{
    QProcess process;
    QProcessEnvironment environment = cliEnvironment(home);
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ACRP_CLI_EXE), args);
    process.waitForStarted(10000);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliRun result;
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
