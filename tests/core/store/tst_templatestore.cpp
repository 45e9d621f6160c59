// TemplateStore: name rules, add / rename / setOrder / duplicate / remove, export and import of
// order files (all-or-nothing per file), no credentials or ClientToken, and surviving a restart.
#include "TestSupport.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"
#include "core/store/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using acrp::Journal;
using acrp::OrderFile;
using acrp::OrderSpec;
using acrp::OrderTemplate;
using acrp::TemplateImportResult;
using acrp::TemplateStore;

namespace {

OrderSpec validOrder(const QString& name = QStringLiteral("team-registry"))
{
    return acrp::test::chinaOrder(name, QStringLiteral("Basic"), QStringLiteral("cn-shanghai"), 1);
}

// An order file (format version `version`) of a Basic one-month order; `extra` adds members to the order.
QByteArray orderFile(const QByteArray& name, int version = 1, const QByteArray& region = "cn-shanghai",
                     const QByteArray& extra = {})
{
    return R"({"format":"acr-purchase/order","version":)" + QByteArray::number(version)
        + R"(,"order":{"site":"cn","edition":"Basic","instanceName":")" + name + R"(","region":")" + region
        + R"(","periodMonths":1)" + extra + "}}";
}

const QByteArray kValidFile = orderFile("imported-registry");

QStringList names(const QList<OrderTemplate>& templates)
{
    return acrp::test::each(templates, &OrderTemplate::name);
}

} // namespace

class TestTemplateStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addAndList();
    void badNames_data();
    void badNames();
    void nameProblemExceptsItself();
    void rename();
    void setOrder();
    void duplicate();
    void duplicateOfLongName();
    void removeAndMissingIds();
    void toJson();
    void exportImportRoundTrip();
    void exportToBadPath();
    void importRejects_data();
    void importRejects();
    void importSeveralFilesSomeFail();
    void noCredentialsOrClientToken();
    void survivesRestart();
    void importRefusesDuplicateKeys();

private:
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    int m_case = 0;
    QString m_caseDir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TemplateStore> m_store;
};

void TestTemplateStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTemplateStore::init()
{
    m_caseDir = m_dir.filePath(QString::number(++m_case));
    QVERIFY(QDir().mkpath(m_caseDir + QStringLiteral("/files")));
    m_journal = std::make_unique<Journal>(m_caseDir + QStringLiteral("/journal.sqlite"));
    QString error;
    QVERIFY2(m_journal->open(&error), qPrintable(error));
    m_store = std::make_unique<TemplateStore>(*m_journal);
}

void TestTemplateStore::cleanup()
{
    m_store.reset();
    m_journal.reset();
}

QString TestTemplateStore::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_caseDir + QStringLiteral("/files/") + name;
    return acrp::test::writeFile(path, content) ? path : QString();
}

void TestTemplateStore::addAndList()
{
    QString error;
    const qint64 b = m_store->add(QStringLiteral("  beta  "), validOrder(QStringLiteral("b")), &error);
    QVERIFY2(b > 0, qPrintable(error));
    const qint64 a = m_store->add(QStringLiteral("Alpha"), validOrder(QStringLiteral("a")), &error);
    QVERIFY(a > 0);
    const qint64 c = m_store->add(QStringLiteral("gamma"), OrderSpec(), &error); // may be saved before it validates
    QVERIFY(c > 0);
    QCOMPARE(names(m_store->list()), QStringList({"Alpha", "beta", "gamma"})); // sorted ignoring case, trimmed
    const auto beta = m_store->byId(b);
    QVERIFY(beta);
    QCOMPARE(beta->name, QStringLiteral("beta"));
    QCOMPARE(beta->order, validOrder(QStringLiteral("b")));
    QCOMPARE(beta->orderJson, OrderFile::serialize(validOrder(QStringLiteral("b"))));
    QVERIFY(beta->createdAt.isValid());
    QCOMPARE(beta->createdAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(beta->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(m_store->byName(QStringLiteral("ALPHA"))->id, a);
    QCOMPARE(m_store->byName(QStringLiteral(" alpha "))->id, a);
    QVERIFY(!m_store->byName(QStringLiteral("delta")));
    QVERIFY(!m_store->byId(c + 100));
    QCOMPARE(m_store->byId(c)->order, OrderSpec());
}

void TestTemplateStore::badNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << ""
                           << "Enter a name for the template.";
    QTest::newRow("blank") << " \t "
                           << "Enter a name for the template.";
    QTest::newRow("too long") << QString(101, u'x') << "A template name can have at most 100 characters.";
    QTest::newRow("duplicate, other case") << "PROD"
                                           << "A template named “Prod” already exists.";
    QTest::newRow("duplicate, padded") << "  prod "
                                       << "A template named “Prod” already exists.";
    QTest::newRow("duplicate, non-ASCII case") << QStringLiteral("ÉTÉ") << "A template named “été” already exists.";
}

void TestTemplateStore::badNames()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QVERIFY(m_store->add(QStringLiteral("Prod"), validOrder()) > 0);
    QVERIFY(m_store->add(QStringLiteral("été"), validOrder()) > 0);
    QCOMPARE(m_store->nameProblem(name), problem);
    QString error;
    QCOMPARE(m_store->add(name, validOrder(), &error), 0);
    QCOMPARE(error, problem);
    QCOMPARE(m_store->list().size(), 2);
    // The longest allowed name and a padded one that trims to it are fine.
    QVERIFY(m_store->nameProblem(QString(100, u'y')).isEmpty());
    QVERIFY(m_store->add(QStringLiteral(" ") + QString(100, u'y') + QStringLiteral(" "), validOrder()) > 0);
}

void TestTemplateStore::nameProblemExceptsItself()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder());
    QVERIFY(m_store->nameProblem(QStringLiteral("PROD"), id).isEmpty());
    QCOMPARE(m_store->nameProblem(QStringLiteral("PROD"), id + 1),
             QStringLiteral("A template named “prod” already exists."));
}

void TestTemplateStore::rename()
{
    const qint64 prod = m_store->add(QStringLiteral("prod"), validOrder());
    const qint64 test = m_store->add(QStringLiteral("test"), validOrder());
    QString error;
    // Changing only the case of its own name is allowed.
    QVERIFY2(m_store->rename(prod, QStringLiteral(" Prod "), &error), qPrintable(error));
    QCOMPARE(m_store->byId(prod)->name, QStringLiteral("Prod"));
    QVERIFY(m_store->byId(prod)->updatedAt >= m_store->byId(prod)->createdAt);
    QVERIFY(!m_store->rename(test, QStringLiteral("PROD"), &error));
    QCOMPARE(error, QStringLiteral("A template named “Prod” already exists."));
    QVERIFY(!m_store->rename(test, QStringLiteral("  "), &error));
    QCOMPARE(error, QStringLiteral("Enter a name for the template."));
    QVERIFY(!m_store->rename(test, QString(101, u'z'), &error));
    QCOMPARE(error, QStringLiteral("A template name can have at most 100 characters."));
    QCOMPARE(m_store->byId(test)->name, QStringLiteral("test"));
    QVERIFY(!m_store->rename(test + 100, QStringLiteral("free"), &error));
    QCOMPARE(error, QStringLiteral("There is no template with id %1.").arg(test + 100));
    QVERIFY(m_store->rename(test, QStringLiteral("staging"), &error));
    QCOMPARE(names(m_store->list()), QStringList({"Prod", "staging"}));
}

void TestTemplateStore::setOrder()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder());
    OrderSpec changed = validOrder(QStringLiteral("changed"));
    changed.periodMonths = 12;
    QString error;
    QVERIFY2(m_store->setOrder(id, changed, &error), qPrintable(error));
    QCOMPARE(m_store->byId(id)->order, changed);
    QCOMPARE(m_store->byId(id)->orderJson, OrderFile::serialize(changed));
    QVERIFY(!m_store->setOrder(id + 100, changed, &error));
    QCOMPARE(error, QStringLiteral("There is no template with id %1.").arg(id + 100));
}

void TestTemplateStore::duplicate()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder(QStringLiteral("dup")));
    QString error;
    const qint64 first = m_store->duplicate(id, &error);
    QVERIFY2(first > 0, qPrintable(error));
    const qint64 second = m_store->duplicate(id, &error);
    const qint64 third = m_store->duplicate(id, &error);
    QCOMPARE(m_store->byId(first)->name, QStringLiteral("prod (copy)"));
    QCOMPARE(m_store->byId(second)->name, QStringLiteral("prod (copy 2)"));
    QCOMPARE(m_store->byId(third)->name, QStringLiteral("prod (copy 3)"));
    QCOMPARE(m_store->byId(third)->order, validOrder(QStringLiteral("dup")));
    // A freed name is reused; a name taken in another case counts as taken.
    QVERIFY(m_store->remove(second));
    QVERIFY(m_store->rename(first, QStringLiteral("PROD (COPY)")));
    QCOMPARE(m_store->byId(m_store->duplicate(id))->name, QStringLiteral("prod (copy 2)"));
    QCOMPARE(m_store->duplicate(id + 100, &error), 0);
    QCOMPARE(error, QStringLiteral("There is no template with id %1.").arg(id + 100));
}

void TestTemplateStore::duplicateOfLongName()
{
    const qint64 id = m_store->add(QString(100, u'n'), validOrder());
    const qint64 copy = m_store->duplicate(id);
    QVERIFY(copy > 0);
    const QString name = m_store->byId(copy)->name;
    QCOMPARE(name.size(), TemplateStore::kMaxNameLength);
    QVERIFY(name.endsWith(QStringLiteral(" (copy)")));
    const QString second = m_store->byId(m_store->duplicate(id))->name;
    QCOMPARE(second.size(), TemplateStore::kMaxNameLength);
    QVERIFY(second.endsWith(QStringLiteral(" (copy 2)")));
}

void TestTemplateStore::removeAndMissingIds()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder());
    QString error;
    QVERIFY2(m_store->remove(id, &error), qPrintable(error));
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!m_store->remove(id, &error));
    QCOMPARE(error, QStringLiteral("There is no template with id %1.").arg(id));
    QVERIFY(!m_store->exportToFile(id, m_caseDir + QStringLiteral("/out.json"), &error));
    QCOMPARE(error, QStringLiteral("There is no template with id %1.").arg(id));
    QVERIFY(!QFile::exists(m_caseDir + QStringLiteral("/out.json")));
    // The name is free again.
    QVERIFY(m_store->add(QStringLiteral("PROD"), validOrder()) > 0);
}

void TestTemplateStore::toJson()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder());
    const QJsonObject json = m_store->byId(id)->toJson();
    QCOMPARE(json.keys(), QStringList({"createdAt", "id", "name", "order", "updatedAt"}));
    QCOMPARE(json.value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("prod"));
    QCOMPARE(json.value(QLatin1String("order")).toObject(), OrderFile::orderToJson(validOrder()));
    QVERIFY(json.value(QLatin1String("createdAt")).toString().endsWith(u'Z'));
}

void TestTemplateStore::exportImportRoundTrip()
{
    OrderSpec order = validOrder(QStringLiteral("round-trip"));
    order.edition = QStringLiteral("Standard");
    order.periodMonths = 12;
    order.autoRenewal = true;
    order.renewPeriodMonths = 1;
    const qint64 id = m_store->add(QStringLiteral("source"), order);
    const QString path = m_caseDir + QStringLiteral("/files/copy of source.json");
    QString error;
    QVERIFY2(m_store->exportToFile(id, path, &error), qPrintable(error));
    QCOMPARE(acrp::test::readFile(path), std::optional(OrderFile::serialize(order)));
    // Exporting again replaces the file.
    QVERIFY(m_store->exportToFile(id, path, &error));

    const QList<TemplateImportResult> results = m_store->importFiles({path});
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().ok(), qPrintable(results.first().error));
    QCOMPARE(results.first().file, path);
    QCOMPARE(results.first().name, QStringLiteral("copy of source"));
    QVERIFY(results.first().error.isEmpty());
    const auto imported = m_store->byId(results.first().id);
    QVERIFY(imported);
    QCOMPARE(imported->name, QStringLiteral("copy of source"));
    QCOMPARE(imported->order, order);
}

void TestTemplateStore::exportToBadPath()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder());
    const QString path = m_caseDir + QStringLiteral("/no-such-folder/prod.json");
    QString error;
    QVERIFY(!m_store->exportToFile(id, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(error));
}

void TestTemplateStore::importRejects_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedStart"); // %1: the file
    QTest::addColumn<QString>("mentions");

    QTest::newRow("malformed") << "broken.json" << QByteArray("{\"format\": \"acr-purchase/order\", ")
                               << "%1 is not a valid order file: "
                               << "";
    QTest::newRow("not JSON at all") << "text.json" << QByteArray("hello") << "%1 is not a valid order file: "
                                     << "";
    QTest::newRow("newer version") << "future.json" << orderFile("x-registry", 2) << "%1 is not a valid order file: "
                                   << "version";
    QTest::newRow("unknown key") << "extra.json"
                                 << orderFile("x-registry", 1, "cn-shanghai", R"(,"accessKeySecret":"x")")
                                 << "%1 is not a valid order file: "
                                 << "accessKeySecret";
    QTest::newRow("invalid order") << "invalid.json" << orderFile("x-registry", 1, "mars-north-1")
                                   << "The order in %1 is not valid: "
                                   << "region: ";
    QTest::newRow("duplicate name, other case") << "EXISTING.json" << kValidFile << "%1 was not imported: "
                                                << "A template named “existing” already exists.";
    QTest::newRow("blank name") << " .json" << kValidFile << "%1 was not imported: "
                                << "Enter a name for the template.";
    QTest::newRow("name too long") << QString(101, u'l') + QStringLiteral(".json") << kValidFile
                                   << "%1 was not imported: "
                                   << "at most 100 characters";
    QTest::newRow("missing file") << "" << QByteArray() << "Cannot read %1: "
                                  << "";
}

void TestTemplateStore::importRejects()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedStart);
    QFETCH(QString, mentions);
    QVERIFY(m_store->add(QStringLiteral("existing"), validOrder()) > 0);
    const QString path
        = fileName.isEmpty() ? m_caseDir + QStringLiteral("/files/absent.json") : writeFile(fileName, content);
    QVERIFY(!path.isEmpty());
    const QList<TemplateImportResult> results = m_store->importFiles({path});
    QCOMPARE(results.size(), 1);
    const TemplateImportResult& result = results.first();
    QVERIFY(!result.ok());
    QCOMPARE(result.id, 0);
    QCOMPARE(result.file, path);
    QVERIFY2(result.error.startsWith(expectedStart.arg(QDir::toNativeSeparators(path))), qPrintable(result.error));
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    // Nothing of the file was kept.
    QCOMPARE(names(m_store->list()), QStringList {"existing"});
}

void TestTemplateStore::importSeveralFilesSomeFail()
{
    QVERIFY(m_store->add(QStringLiteral("taken"), validOrder()) > 0);
    const QString good1 = writeFile(QStringLiteral("good-one.json"), kValidFile);
    const QString bad = writeFile(QStringLiteral("bad.json"), QByteArray("[]"));
    const QString taken = writeFile(QStringLiteral("Taken.json"), kValidFile);
    const QString good2 = writeFile(QStringLiteral("good-two.order.json"), kValidFile);
    // The same name twice in one call: the second counts as taken.
    QVERIFY(QDir().mkpath(m_caseDir + QStringLiteral("/files/other")));
    const QString again = writeFile(QStringLiteral("other/GOOD-ONE.json"), kValidFile);
    const QString folder = m_caseDir + QStringLiteral("/files/other");
    const QList<TemplateImportResult> results = m_store->importFiles({good1, bad, taken, good2, again, folder});
    QCOMPARE(results.size(), 6);
    QVERIFY(results.at(0).ok());
    QVERIFY(!results.at(1).ok());
    QVERIFY(results.at(1).error.contains(QDir::toNativeSeparators(bad)));
    QVERIFY(!results.at(2).ok());
    QCOMPARE(results.at(2).error,
             QStringLiteral("%1 was not imported: A template named “taken” already exists.")
                 .arg(QDir::toNativeSeparators(taken)));
    QVERIFY(results.at(3).ok());
    QCOMPARE(results.at(3).name, QStringLiteral("good-two.order"));
    QVERIFY(!results.at(4).ok());
    QCOMPARE(results.at(4).error,
             QStringLiteral("%1 was not imported: A template named “good-one” already exists.")
                 .arg(QDir::toNativeSeparators(again)));
    QVERIFY(!results.at(5).ok());
    QCOMPARE(results.at(5).error,
             QStringLiteral("Cannot read %1: it is a folder").arg(QDir::toNativeSeparators(folder)));
    QCOMPARE(names(m_store->list()), QStringList({"good-one", "good-two.order", "taken"}));
    QVERIFY(m_store->importFiles({}).isEmpty());
}

void TestTemplateStore::noCredentialsOrClientToken()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder());
    // The stored row holds the name, the order document and times only.
    QSqlQuery query(m_journal->database());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM templates")));
    QVERIFY(query.next());
    QStringList row;
    for (int i = 0; i < 5; ++i)
        row.append(query.value(i).toString());
    query.finish();
    const QString path = m_caseDir + QStringLiteral("/export.json");
    QVERIFY(m_store->exportToFile(id, path));
    const std::optional<QByteArray> file = acrp::test::readFile(path);
    QVERIFY(file);
    const QString exported = QString::fromUtf8(*file);
    for (const QString& text : {row.join(u'\n'), exported}) {
        for (const QString& word :
             {QStringLiteral("token"), QStringLiteral("secret"), QStringLiteral("accesskey"),
              QStringLiteral("credential"), QStringLiteral("profile"), QStringLiteral("password")})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word + u' ' + text));
    }
    const QJsonObject document = QJsonDocument::fromJson(exported.toUtf8()).object();
    QCOMPARE(document.keys(), QStringList({"format", "order", "version"}));
    QCOMPARE(document.value(QLatin1String("order")).toObject(), OrderFile::orderToJson(validOrder()));
}

void TestTemplateStore::survivesRestart()
{
    const qint64 id = m_store->add(QStringLiteral("prod"), validOrder(QStringLiteral("kept")));
    QVERIFY(m_store->rename(id, QStringLiteral("Production")));
    const QDateTime created = m_store->byId(id)->createdAt;
    const QString path = m_journal->path();
    cleanup();
    Journal reopened(path);
    QVERIFY(reopened.open());
    TemplateStore store(reopened);
    const auto kept = store.byId(id);
    QVERIFY(kept);
    QCOMPARE(kept->name, QStringLiteral("Production"));
    QCOMPARE(kept->order, validOrder(QStringLiteral("kept")));
    QCOMPARE(kept->createdAt, created);
    QCOMPARE(store.list().size(), 1);
}

void TestTemplateStore::importRefusesDuplicateKeys()
{
    // A file that names two editions says two things about what to buy: nothing of it is kept.
    const QString path = writeFile(
        QStringLiteral("two-editions.json"),
        R"({"format":"acr-purchase/order","version":1,"order":{"site":"cn","edition":"Basic","edition":"Advanced",
            "instanceName":"imported-registry","region":"cn-shanghai","periodMonths":1}})");
    QVERIFY(!path.isEmpty());
    const QList<TemplateImportResult> results = m_store->importFiles({path});
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.first().ok());
    QCOMPARE(results.first().id, 0);
    const QString error = results.first().error;
    QVERIFY2(error.startsWith(QStringLiteral("%1 is not a valid order file: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("“order.edition”")), qPrintable(error));
    QVERIFY(m_store->list().isEmpty());
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
