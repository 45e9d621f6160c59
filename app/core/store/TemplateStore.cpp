#include "core/store/TemplateStore.h"

#include "core/order/OrderFile.h"
#include "core/order/Validator.h"
#include "core/store/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace acrp {

namespace {

// An order file is a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxImportBytes = 1024 * 1024;

const QString kSelect = QStringLiteral("SELECT id, name, order_json, created_at, updated_at FROM templates");

OrderTemplate templateFromQuery(const QSqlQuery& query)
{
    OrderTemplate result;
    result.id = query.value(0).toLongLong();
    result.name = query.value(1).toString();
    result.orderJson = query.value(2).toString().toUtf8();
    QString parseError;
    if (const auto order = OrderFile::parse(result.orderJson, &parseError))
        result.order = *order;
    result.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    result.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    return result;
}

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QJsonObject OrderTemplate::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("order"), OrderFile::orderToJson(order)},
    };
}

TemplateStore::TemplateStore(Journal& journal)
    : m_journal(journal)
{ }

QList<OrderTemplate> TemplateStore::list() const
{
    QList<OrderTemplate> result;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE, id")))
        return result;
    while (query.next())
        result.append(templateFromQuery(query));
    // NOCASE folds ASCII only; sort the rest the same way as the names are compared.
    std::stable_sort(result.begin(), result.end(), [](const OrderTemplate& a, const OrderTemplate& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<OrderTemplate> TemplateStore::byId(qint64 id) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return templateFromQuery(query);
}

std::optional<OrderTemplate> TemplateStore::byName(const QString& name) const
{
    // Compared in Qt rather than SQL: NOCASE would ignore the case of ASCII letters only.
    const QString wanted = name.trimmed();
    for (const OrderTemplate& item : list()) {
        if (item.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return item;
    }
    return std::nullopt;
}

QString TemplateStore::nameProblem(const QString& name, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the template.");
    if (trimmed.size() > kMaxNameLength)
        return tr("A template name can have at most %1 characters.").arg(kMaxNameLength);
    if (const auto existing = byName(trimmed); existing && existing->id != exceptId)
        return tr("A template named “%1” already exists.").arg(existing->name);
    return {};
}

namespace {

qint64 insertTemplate(const QSqlDatabase& db, const QString& name, const QByteArray& orderJson, QString* error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO templates (name, order_json, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(QString::fromUtf8(orderJson));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        if (error)
            *error = TemplateStore::tr("The template “%1” could not be saved: %2").arg(name, query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace

qint64 TemplateStore::add(const QString& name, const OrderSpec& order, QString* error)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    return insertTemplate(m_journal.database(), name.trimmed(), OrderFile::serialize(order), error);
}

namespace {

QString missingTemplate(qint64 id)
{
    return TemplateStore::tr("There is no template with id %1.").arg(id);
}

// Runs an UPDATE or DELETE of one template row by id; false with a message when it is not there.
bool changeRow(QSqlQuery& query, qint64 id, QString* error)
{
    if (!query.exec()) {
        if (error)
            *error = TemplateStore::tr("The template could not be saved: %1").arg(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = missingTemplate(id);
        return false;
    }
    return true;
}

} // namespace

bool TemplateStore::rename(qint64 id, const QString& newName, QString* error)
{
    if (!byId(id)) {
        if (error)
            *error = missingTemplate(id);
        return false;
    }
    if (const QString problem = nameProblem(newName, id); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE templates SET name = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(newName.trimmed());
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    return changeRow(query, id, error);
}

bool TemplateStore::setOrder(qint64 id, const OrderSpec& order, QString* error)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE templates SET order_json = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(OrderFile::serialize(order)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    return changeRow(query, id, error);
}

qint64 TemplateStore::duplicate(qint64 id, QString* error)
{
    const std::optional<OrderTemplate> source = byId(id);
    if (!source) {
        if (error)
            *error = missingTemplate(id);
        return 0;
    }
    for (int copy = 1;; ++copy) {
        //: Suffix of a duplicated template's name: "prod (copy)", then "prod (copy 2)", ...
        const QString suffix = copy == 1 ? tr(" (copy)") : tr(" (copy %1)").arg(copy);
        // A long name is shortened so the copy's name stays within the limit.
        const QString name = source->name.left(kMaxNameLength - suffix.size()).trimmed() + suffix;
        if (byName(name))
            continue;
        return insertTemplate(m_journal.database(), name, source->orderJson, error);
    }
}

bool TemplateStore::remove(qint64 id, QString* error)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("DELETE FROM templates WHERE id = ?"));
    query.addBindValue(id);
    return changeRow(query, id, error);
}

bool TemplateStore::exportToFile(qint64 id, const QString& path, QString* error) const
{
    const std::optional<OrderTemplate> item = byId(id);
    if (!item) {
        if (error)
            *error = missingTemplate(id);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(OrderFile::serialize(item->order)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(displayPath(path), file.errorString());
        return false;
    }
    return true;
}

QList<TemplateImportResult> TemplateStore::importFiles(const QStringList& paths)
{
    QList<TemplateImportResult> results;
    const Validator validator;
    for (const QString& path : paths) {
        TemplateImportResult result;
        result.file = path;
        result.name = QFileInfo(path).completeBaseName().trimmed();
        const QString shown = displayPath(path);
        const auto reject = [&](const QString& message) {
            result.error = message;
            results.append(result);
        };

        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            reject(tr("Cannot read %1: %2")
                       .arg(shown, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()));
            continue;
        }
        if (file.size() > kMaxImportBytes) {
            reject(tr("%1 is too large to be an order file.").arg(shown));
            continue;
        }
        QString parseError;
        const std::optional<OrderSpec> order = OrderFile::parse(file.readAll(), &parseError);
        if (!order) {
            reject(tr("%1 is not a valid order file: %2").arg(shown, parseError));
            continue;
        }
        if (const ValidationResult validation = validator.validate(*order); !validation.isValid()) {
            QStringList problems;
            for (auto it = validation.messages().cbegin(); it != validation.messages().cend(); ++it)
                problems.append(orderFieldKey(it.key()) + QStringLiteral(": ") + it->text());
            reject(tr("The order in %1 is not valid: %2").arg(shown, problems.join(u' ')));
            continue;
        }
        if (const QString problem = nameProblem(result.name); !problem.isEmpty()) {
            reject(tr("%1 was not imported: %2").arg(shown, problem));
            continue;
        }
        QString insertError;
        result.id = insertTemplate(m_journal.database(), result.name, OrderFile::serialize(*order), &insertError);
        if (!result.ok())
            result.error = tr("%1 was not imported: %2").arg(shown, insertError);
        results.append(result);
    }
    return results;
}

} // namespace acrp
