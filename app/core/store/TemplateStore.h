#pragma once

#include "core/order/OrderSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace acrp {

class Journal;

// A named, reusable order. Holds the order only: never credentials, never a ClientToken (a new
// order from a template gets a new ClientToken when it is submitted).
struct OrderTemplate
{
    qint64 id = 0;
    QString name;
    OrderSpec order;
    QByteArray orderJson; // the OrderFile document as stored
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    // For `templates list --json`: id, name, createdAt, updatedAt, order (object).
    QJsonObject toJson() const;
};

// One file of an import: imported (id != 0) or rejected with a message naming the file and why.
struct TemplateImportResult
{
    QString file;
    QString name; // the template's name: the file's base name ("prod.json" -> "prod")
    qint64 id = 0; // 0: rejected
    QString error; // empty when imported

    bool ok() const { return id != 0; }
};

// Order templates, in the `templates` table of the journal's SQLite file (schema 2). Names are
// trimmed, 1..100 characters, unique ignoring case. Every call commits before it returns.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(acrp::TemplateStore)

public:
    static constexpr int kMaxNameLength = 100;

    // `journal` must be open and outlive the store.
    explicit TemplateStore(Journal& journal);

    // Sorted by name, ignoring case.
    QList<OrderTemplate> list() const;
    std::optional<OrderTemplate> byId(qint64 id) const;
    std::optional<OrderTemplate> byName(const QString& name) const; // ignoring case

    // Checks a name (empty, too long, taken by another template than `exceptId`); "" when fine.
    QString nameProblem(const QString& name, qint64 exceptId = 0) const;

    // Saves `order` (as it is: a template may be saved before it validates) under `name`.
    // Returns the new id, 0 on error (*error says why: bad or duplicate name, database).
    qint64 add(const QString& name, const OrderSpec& order, QString* error = nullptr);
    bool rename(qint64 id, const QString& newName, QString* error = nullptr);
    // Replaces the order of an existing template.
    bool setOrder(qint64 id, const OrderSpec& order, QString* error = nullptr);
    // Copies a template under a free name: "NAME (copy)", "NAME (copy 2)", ... Returns the new id.
    qint64 duplicate(qint64 id, QString* error = nullptr);
    bool remove(qint64 id, QString* error = nullptr);

    // Writes the template as an order file (OrderFile::serialize) to `path`, atomically
    // (QSaveFile). The file holds the order only.
    bool exportToFile(qint64 id, const QString& path, QString* error = nullptr) const;

    // Imports each file on its own, all-or-nothing per file: a file is rejected when it cannot be
    // read, is not a valid order file (OrderFile::parse: malformed, newer version, unknown keys),
    // its order does not validate against the built-in catalog, or its name (the base name) is
    // taken. Files imported earlier in the same call count as taken.
    QList<TemplateImportResult> importFiles(const QStringList& paths);

private:
    Journal& m_journal;
};

} // namespace acrp
