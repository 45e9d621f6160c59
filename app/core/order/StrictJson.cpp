#include "core/order/StrictJson.h"

#include <QJsonParseError>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_set>
#include <vector>

namespace acrp {

namespace {

// Follows the parser through the document: where it is (object keys and array indexes) and which
// keys each open object has had so far. Stops the parse at the first key an object has already had.
class DuplicateKeyFinder : public nlohmann::json_sax<nlohmann::json>
{
public:
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }

    bool start_object(std::size_t) override
    {
        value();
        m_open.push_back(Level {false, {}, 0, {}});
        return true;
    }

    bool key(string_t& key) override
    {
        Level& object = m_open.back();
        if (!object.keys.insert(key).second) {
            m_duplicatePath = pathTo(key);
            return false;
        }
        object.key = key;
        return true;
    }

    bool end_object() override
    {
        m_open.pop_back();
        return true;
    }

    bool start_array(std::size_t) override
    {
        value();
        m_open.push_back(Level {true, {}, 0, {}});
        return true;
    }

    bool end_array() override
    {
        m_open.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override
    {
        m_errorPosition = position;
        return false;
    }

    QString duplicatePath() const { return m_duplicatePath; }
    std::size_t errorPosition() const { return m_errorPosition; }

private:
    struct Level
    {
        bool isArray;
        std::string key; // of the value being read, in an object
        std::size_t elements; // started so far, in an array
        std::unordered_set<std::string> keys; // in an object: every key so far
    };

    // Every value moves an enclosing array on to its next index.
    bool value()
    {
        if (!m_open.empty() && m_open.back().isArray)
            ++m_open.back().elements;
        return true;
    }

    // The path of `key` in the innermost open object, as JsonFields writes paths.
    QString pathTo(const std::string& key) const
    {
        QString path;
        const auto addKey = [&path](const std::string& name) {
            if (!path.isEmpty())
                path += u'.';
            path += QString::fromStdString(name);
        };
        for (std::size_t i = 0; i + 1 < m_open.size(); ++i) {
            if (m_open[i].isArray)
                path += u'[' + QString::number(m_open[i].elements - 1) + u']';
            else
                addKey(m_open[i].key);
        }
        addKey(key);
        return path;
    }

    std::vector<Level> m_open;
    QString m_duplicatePath;
    std::size_t m_errorPosition = 0;
};

} // namespace

StrictJson StrictJson::parse(const QByteArray& json)
{
    StrictJson result;
    // QJsonDocument first: its messages and offsets for broken JSON are the ones users (and the
    // tests) already know, and it limits the nesting depth before the second parser sees the text.
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.status = NotJson;
        result.problem = parseError.errorString();
        result.offset = parseError.offset;
        return result;
    }

    DuplicateKeyFinder finder;
    const auto* begin = reinterpret_cast<const unsigned char*>(json.constData());
    if (nlohmann::json::sax_parse(begin, begin + json.size(), &finder))
        return result;
    result.document = QJsonDocument();
    if (!finder.duplicatePath().isEmpty()) {
        result.status = DuplicateKey;
        result.problem = tr("“%1” is given more than once.").arg(finder.duplicatePath());
    } else {
        // Only what QJsonDocument accepts and JSON does not gets here: numbers such as "1." or
        // ".5", unknown or unpaired escapes ("\x", "\ud800") and unescaped control characters.
        result.status = NotJson;
        result.problem = tr("a number or string that strict JSON does not allow");
        result.offset = static_cast<qsizetype>(finder.errorPosition());
    }
    return result;
}

} // namespace acrp
