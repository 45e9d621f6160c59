#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTranslator>

// A translator that marks every text of the contexts starting with a prefix ("ZH " + the source
// text), so a test sees which texts were worded again on a language change without needing
// compiled .qm files. `overrides` gives whole translations for some source texts.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const QByteArray& contextPrefix, const QHash<QByteArray, QString>& overrides = {})
        : m_contextPrefix(contextPrefix)
        , m_overrides(overrides)
    { }

    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!QByteArray(context).startsWith(m_contextPrefix))
            return {};
        if (const auto it = m_overrides.constFind(QByteArray(sourceText)); it != m_overrides.cend())
            return *it;
        return QStringLiteral("ZH ") + QString::fromUtf8(sourceText);
    }

private:
    QByteArray m_contextPrefix;
    QHash<QByteArray, QString> m_overrides;
};
