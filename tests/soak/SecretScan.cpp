#include "SecretScan.h"

#include "core/store/SandboxCredentials.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>

namespace acrp::test {

const QList<TestSecret>& testSecrets()
{
    // Covering values: "env-secret" also finds env-secret-1, env-secret-2 and sys-env-secret-3.
    static const QList<TestSecret> secrets {
        {QStringLiteral("the China demo secret (SandboxCredentials.h)"), sandboxdemo::kAccessKeySecretCN},
        {QStringLiteral("the International demo secret (SandboxCredentials.h)"), sandboxdemo::kAccessKeySecretIntl},
        {QStringLiteral("the China RAM user secret (SandboxCredentials.h)"), sandboxdemo::kRamUserSecretCN},
        {QStringLiteral("the International RAM user secret (SandboxCredentials.h)"), sandboxdemo::kRamUserSecretIntl},
        {QStringLiteral("the wrong secret of tst_cli_submit"), "tst-cli-wrong-secret-4b7e"},
        {QStringLiteral("the wrong secret of tst_orderservice"), "tst-e2e-wrong-secret-91d3"},
        {QStringLiteral("the secret of tst_cli_templates"), "tst-cli-templates-secret-51fa"},
        {QStringLiteral("the secret of tst_cli_history"), "tst-cli-history-secret-9d2c"},
        {QStringLiteral("the secret of tst_bssclient"), "tst-client-secret-5f2c"},
        {QStringLiteral("a wrong secret of the wizard and SDK tests"), "wrong-secret"},
        {QStringLiteral("a wrong secret of the sandbox, wizard and SDK tests"), "not-the-secret"},
        {QStringLiteral("the wrong secret of tst_credentialcheck"), "not-the-demo-secret"},
        {QStringLiteral("the AccessKey secret of tst_credentialstore"), "test-only-secret-AK-7f3a"},
        {QStringLiteral("the STS secret of tst_credentialstore"), "test-only-secret-STS-91c2"},
        {QStringLiteral("a secret of tst_credentialstore"), "hand-written-secret-42"},
        {QStringLiteral("the secret of tst_credentialstore_nobackend"), "nobackend-only-secret-5d1e"},
        {QStringLiteral("a secret of tst_profileresolver"), "resolver-secret-"},
        {QStringLiteral("a secret of the environment import tests"), "env-secret"},
        {QStringLiteral("a secret of the aliyun CLI import data"), "example-import-secret"},
        {QStringLiteral("a secret of the aliyun CLI import data"), "example-role-secret"},
        {QStringLiteral("a secret of the aliyun CLI import data"), "example-missing-secret"},
        {QStringLiteral("a secret of the aliyun CLI import data"), "example-malformed-secret"},
        {QStringLiteral("a secret of tst_profilesdialog"), "work-secret-0"},
        {QStringLiteral("a secret of tst_nativewalk"), "walk-secret"},
        {QStringLiteral("a secret of tst_profilesdialog"), "locked-secret-1"},
        {QStringLiteral("a secret of tst_profilesdialog"), "bare-secret-1"},
        {QStringLiteral("a secret of tst_profilesdialog"), "gone-secret-1"},
        {QStringLiteral("an STS secret of the sandbox, dialog and fuzz tests"), "sts-secret"},
        {QStringLiteral("a secret of the sandbox fuzz target"), "not-a-sandbox-secret"},
        {QStringLiteral("the documentation example secret of tst_signer"), "testsecret"},
        {QStringLiteral("the documentation example secret of tst_signer"), "YourAccessKeySecret"},
        {QStringLiteral("the STS token of tst_sandboxauth"), "sts-token-value"},
        {QStringLiteral("an STS token of tst_profilesdialog"), "CAIS+dialog/token=="},
        {QStringLiteral("an STS token of tst_profileresolver"), "CAIS+resolver=="},
        {QStringLiteral("an STS token of the environment import tests"), "CAIS+env/token=="},
        {QStringLiteral("an STS token of the environment import tests"), "CAIS+env=="},
        {QStringLiteral("the STS token of the aliyun CLI import data"), "CAIS+example/import+token=="},
        {QStringLiteral("an STS token of tst_credentialstore"), "CAIS+renewed+token=="},
        {QStringLiteral("an STS token of tst_credentialstore"), "CAIS+test/only+token=="},
        {QStringLiteral("the environment secret of tst_clientfactory"), "tst-factory-environment-secret-7a1c"},
        {QStringLiteral("the profile secret of tst_clientfactory"), "tst-factory-profile-secret-11"},
        {QStringLiteral("the real-looking secret of tst_cli_applayer"), "tst-cli-applayer-secret-5e"},
        // RAM role profiles (issue 18): the RAM users' pairs and the scripted temporary credentials.
        {QStringLiteral("the China demo RAM user's secret (SandboxCredentials.h)"), sandboxdemo::kRamUserSecretCN},
        {QStringLiteral("the International demo RAM user's secret (SandboxCredentials.h)"),
         sandboxdemo::kRamUserSecretIntl},
        {QStringLiteral("the RAM user's secret of tst_rolecredentials"), "tst-role-user-secret-81d3"},
        {QStringLiteral("a scripted temporary secret of tst_rolecredentials"), "tmp-secret-"},
        {QStringLiteral("a scripted security token of tst_rolecredentials"), "tmp-token-"},
        {QStringLiteral("a scripted temporary secret of tst_profilescommand"), "tmp-check-secret"},
        {QStringLiteral("a scripted security token of tst_profilescommand"), "tmp-check-token"},
        {QStringLiteral("the role profile secret of tst_clientfactory"), "tst-factory-role-secret-12"},
        {QStringLiteral("a secret of tst_profilescommand"), "prod-secret-1"},
        {QStringLiteral("a RAM user's secret of tst_profilescommand and tst_profilesdialog"), "role-user-secret"},
        {QStringLiteral("a secret of the aliyun CLI role import data"), "example-role-user-secret"},
        {QStringLiteral("a secret of the aliyun CLI role import data"), "example-chain-base-secret"},
    };
    return secrets;
}

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QStringList parts = QDir(root).relativeFilePath(path).split(u'/');
        if (parts.contains(QStringLiteral("keyrings")) || parts.contains(QStringLiteral(".aliyun")))
            continue;
        files.append(path);
    }
    files.sort();
    return files;
}

QStringList testFolders(const QString& tree)
{
    QStringList folders;
    QDirIterator it(tree, {QStringLiteral("*.home"), QStringLiteral("*.work")}, QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Not a folder inside another test folder (a test's own NAME.home under its HOME).
        const bool nested = std::any_of(folders.cbegin(), folders.cend(),
                                        [&](const QString& outer) { return path.startsWith(outer + u'/'); });
        if (!nested)
            folders.append(path);
    }
    folders.sort();
    return folders;
}

QStringList capturedLogs(const QString& dir)
{
    QStringList logs;
    for (const QFileInfo& info : QDir(dir).entryInfoList(
             {QStringLiteral("LastTest*.log"), QStringLiteral("LastTest*.log.tmp")}, QDir::Files, QDir::Name))
        logs.append(info.filePath());
    return logs;
}

bool isSqliteDatabase(const QByteArray& content)
{
    return content.startsWith(QByteArrayView("SQLite format 3\0", 16));
}

std::optional<QByteArray> sqliteValues(const QString& path, QString* error)
{
    const auto fail = [error](const QString& text) {
        *error = text;
        return std::nullopt;
    };
    // A copy: opening the file itself would checkpoint its log and write a -shm beside it.
    QTemporaryDir copy;
    const QString database = copy.filePath(QStringLiteral("scanned.sqlite"));
    if (!copy.isValid() || !QFile::copy(path, database))
        return fail(QStringLiteral("cannot copy it to read it with SQLite"));
    if (QFile::exists(path + QStringLiteral("-wal"))
        && !QFile::copy(path + QStringLiteral("-wal"), database + QStringLiteral("-wal")))
        return fail(QStringLiteral("cannot copy its -wal to read it with SQLite"));
    static int connections = 0;
    const QString connection = QStringLiteral("acrp-secret-scan-%1").arg(++connections);
    QByteArray values;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database);
        QSqlQuery tables(db);
        if (!db.open())
            problem = db.lastError().text();
        else if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                             "'CREATE VIRTUAL TABLE%' ORDER BY name")))
            problem = tables.lastError().text();
        while (problem.isEmpty() && tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            if (!rows.exec(
                    QStringLiteral("SELECT * FROM \"%1\"").arg(QString(table).replace(u'"', QStringLiteral("\"\""))))) {
                problem = QStringLiteral("table %1: %2").arg(table, rows.lastError().text());
                break;
            }
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column) {
                    const QVariant value = rows.value(column);
                    values += value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
                    values += '\n';
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!problem.isEmpty())
        return fail(QStringLiteral("SQLite cannot read it: %1").arg(problem));
    return values;
}

QString securityTokenLabel()
{
    return QStringLiteral("an STS security token (CAIS followed by 100 or more Base64 characters)");
}

bool hasSecurityToken(const QByteArray& content)
{
    // Real STS tokens, and the sandbox's, are long Base64 after "CAIS"; the short test tokens
    // ("CAIS+dialog/token==") are in testSecrets().
    static const QRegularExpression token(QStringLiteral("CAIS[A-Za-z0-9+/]{100,}"));
    return !content.isEmpty() && token.match(QString::fromLatin1(content)).hasMatch();
}

std::optional<QList<TestSecret>> issuedStsSecrets(const QByteArray& adminSts, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(adminSts, &parseError);
    const QJsonValue list = document.object().value(QLatin1String("credentials"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        *error = QStringLiteral("not the sandbox's GET /__admin/sts answer ({\"credentials\": [...]})");
        return std::nullopt;
    }
    QList<TestSecret> secrets;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject credential = value.toObject();
        const QString keyId = credential.value(QLatin1String("accessKeyId")).toString();
        const QByteArray secret = credential.value(QLatin1String("accessKeySecret")).toString().toUtf8();
        const QByteArray token = credential.value(QLatin1String("securityToken")).toString().toUtf8();
        if (secret.isEmpty() || token.isEmpty()) {
            *error = QStringLiteral("a credential of the sandbox's answer has no secret or token");
            return std::nullopt;
        }
        // The label names the key, which is not secret.
        secrets.append({QStringLiteral("the temporary secret of %1").arg(keyId), secret});
        secrets.append({QStringLiteral("the security token of %1").arg(keyId), token});
    }
    return secrets;
}

std::optional<QList<TestSecret>> fetchIssuedStsSecrets(const QUrl& baseUrl, QString* error)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/__admin/sts"));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        *error = reply->errorString();
        return std::nullopt;
    }
    return issuedStsSecrets(reply->readAll(), error);
}

ScanResult scan(const QStringList& files, const QList<TestSecret>& secrets)
{
    ScanResult result;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.unreadable.append(path);
            continue;
        }
        const QByteArray content = file.readAll();
        ++result.files;
        result.bytes += content.size();
        QByteArray values;
        if (isSqliteDatabase(content)) {
            QString error;
            const std::optional<QByteArray> read = sqliteValues(path, &error);
            if (read) {
                values = *read;
                ++result.databases;
            } else {
                result.unreadable.append(QStringLiteral("%1 (%2)").arg(path, error)); // its bytes still scanned
            }
        }
        for (const TestSecret& secret : secrets) {
            if (content.contains(secret.value) || values.contains(secret.value))
                result.hits.append({path, secret.label});
        }
        if (hasSecurityToken(content) || hasSecurityToken(values))
            result.hits.append({path, securityTokenLabel()});
    }
    return result;
}

QStringList uncoveredSecretLiterals(const QString& dir, const QList<TestSecret>& secrets)
{
    // Literals such as "tst-cli-wrong-secret-4b7e" or 'not-the-secret', and STS tokens "CAIS+...".
    static const QRegularExpression literal(QStringLiteral(
        R"re(["']([A-Za-z0-9_+=-]*(?:-[Ss]ecret|[Ss]ecret-)[A-Za-z0-9_+=-]*|CAIS\+[A-Za-z0-9+/=]+)["'])re"));
    // Dash-joined words with "secret" that are not secrets: a program, a profile name in import data.
    static const QStringList notSecrets {QStringLiteral("secret-tool"), QStringLiteral("no-secret")};
    QStringList uncovered;
    QDirIterator it(dir,
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.js"), QStringLiteral("*.mjs"),
                     QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/node_modules/")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = literal.globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            const QString candidate = found.captured(1);
            if (candidate.startsWith(u'-') || notSecrets.contains(candidate))
                continue;
            const QByteArray bytes = candidate.toUtf8();
            const bool covered = std::any_of(secrets.cbegin(), secrets.cend(), [&](const TestSecret& secret) {
                return bytes.contains(secret.value) || secret.value.contains(bytes);
            });
            // The place, not the literal: the scan output is captured too.
            if (!covered)
                uncovered.append(QStringLiteral("%1:%2")
                                     .arg(QDir(dir).relativeFilePath(path))
                                     .arg(text.left(found.capturedStart(1)).count(u'\n') + 1));
        }
    }
    return uncovered;
}

} // namespace acrp::test
