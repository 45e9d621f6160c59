#pragma once

// The final secret scan of the test suite (issue 9): every file the app and the sandbox wrote under
// the tests' private HOME folders and the soak's work folder, and every captured output, searched
// for the AccessKey secrets (and STS tokens) the tests use. A hit names the file and the secret's
// label, never the secret itself.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QUrl;

namespace acrp::test {

struct TestSecret
{
    QString label; // where it comes from, printed instead of the value
    QByteArray value;
};

// The secrets and STS tokens the tests hand to the app, the sandbox and the official SDKs.
const QList<TestSecret>& testSecrets();

struct SecretHit
{
    QString file;
    QString label;
};

struct ScanResult
{
    int files = 0;
    qint64 bytes = 0;
    int databases = 0; // files that are SQLite databases, also read row by row

    QList<SecretHit> hits;
    QStringList unreadable;
};

// Every file under root, recursively, hidden ones included; not the folders where secrets belong
// or where the tests plant them as input: a Secret Service keyring ("keyrings") and the aliyun
// CLI configuration (".aliyun") the import tests read.
QStringList filesUnder(const QString& root);
// The folders under tree that tests write to: NAME.home (acrp_add_qtest) and NAME.work (the soak).
QStringList testFolders(const QString& tree);
// The captured outputs CTest keeps in dir: LastTest*.log, and LastTest*.log.tmp, the one a running
// ctest is writing (through a buffer; it becomes LastTest.log when ctest ends).
QStringList capturedLogs(const QString& dir);

// The temporary secrets and security tokens in the sandbox's GET /__admin/sts answer
// ({"credentials": [{"accessKeyId", "accessKeySecret", "securityToken", ...}]}), labelled by their
// (not secret) AccessKey ID; nothing, and *error, when the answer is not that.
std::optional<QList<TestSecret>> issuedStsSecrets(const QByteArray& adminSts, QString* error);
// The same read from the sandbox at baseUrl (GET baseUrl/__admin/sts), waiting at most 10 s.
std::optional<QList<TestSecret>> fetchIssuedStsSecrets(const QUrl& baseUrl, QString* error);
// Whether content holds something shaped like an STS security token (real ones and the sandbox's:
// "CAIS" and 100 or more Base64 characters), whichever test or run issued it; the label of such a hit.
bool hasSecurityToken(const QByteArray& content);
QString securityTokenLabel();

// Each file's bytes, and for an SQLite database (the journal, with its account and renewal rows)
// also every value of every table as SQLite reads it: a value is found even when the file splits
// it over overflow pages, and rows still only in the write-ahead log (FILE-wal) are read with it.
// A database SQLite cannot read is unreadable.
// Any security token-shaped string (hasSecurityToken) is a hit too.
ScanResult scan(const QStringList& files, const QList<TestSecret>& secrets);

// Whether content starts with the SQLite database header.
bool isSqliteDatabase(const QByteArray& content);
// Every value of every table (not the virtual ones, whose rows are in their shadow tables or in
// the table they index) of the SQLite database at path, one after another; read from a copy of the
// file and its -wal, so the scan changes nothing. Nothing, and *error, when SQLite cannot read it.
std::optional<QByteArray> sqliteValues(const QString& path, QString* error);

// String literals in the test sources under dir that look like a secret or an STS token ("...-secret-...",
// "CAIS+...") but that testSecrets() does not cover: a new test secret the scan would miss. Each as
// FILE:LINE, relative to dir.
QStringList uncoveredSecretLiterals(const QString& dir, const QList<TestSecret>& secrets);

} // namespace acrp::test
