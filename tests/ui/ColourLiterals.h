#pragma once

// The colour-literal scanner of tst_colourliterals and its samples. A header of their own: moc, which
// reads the test's source, does not follow the raw strings they are written in.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <algorithm>

namespace colourscan {

// `code` with its comments blanked (newlines kept, so line numbers stay), string and character
// literals kept as they are: a colour in a string is what this looks for.
inline QString withoutComments(const QString& code)
{
    enum class State { Code, LineComment, BlockComment, String, Char, RawString };
    QString out = code;
    State state = State::Code;
    QString rawEnd; // )delimiter" of the raw string being read
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const QChar next = i + 1 < code.size() ? code.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'/' && next == u'/') {
                state = State::LineComment;
                out[i] = u' ';
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                out[i] = u' ';
                out[++i] = u' ';
            } else if (c == u'R' && next == u'"') {
                const qsizetype open = code.indexOf(u'(', i + 2);
                if (open < 0)
                    return out;
                rawEnd = u')' + code.mid(i + 2, open - i - 2) + u'"';
                state = State::RawString;
                i = open;
            } else if (c == u'"') {
                state = State::String;
            } else if (c == u'\'') {
                state = State::Char;
            }
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            else
                out[i] = u' ';
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                out[i] = u' ';
                out[++i] = u' ';
                state = State::Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        case State::String:
        case State::Char:
            if (c == u'\\')
                ++i;
            else if ((state == State::String && c == u'"') || (state == State::Char && c == u'\''))
                state = State::Code;
            break;
        case State::RawString:
            if (QStringView(code).mid(i).startsWith(rawEnd)) {
                i += rawEnd.size() - 1;
                state = State::Code;
            }
            break;
        }
    }
    return out;
}

struct Finding
{
    int line;
    QString text;
};

// The colour literals in `code`, one per match, with their line (1-based).
inline QList<Finding> colourLiterals(const QString& code)
{
    static const QList<QRegularExpression> patterns = {
        // "#rgb", "#rrggbb", "#aarrggbb" (a preprocessor line is not one: "#define" is blanked first)
        QRegularExpression(QString::fromUtf8(R"(#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b)")),
        // QColor(255, 0, 0), QColor{1, 2, 3}, QColor("red"), QColor(QStringLiteral("#fff")), QColor(u"…")
        QRegularExpression(
            QString::fromUtf8(R"(\bQColor\s*[({]\s*(?:\d|(?:QStringLiteral|QLatin1String|QString)\s*\(\s*u?"|u?"))")),
        QRegularExpression(
            QString::fromUtf8(R"(\bQColor::from(?:Rgb|RgbF|Rgba64|Hsl|HslF|Hsv|HsvF|Cmyk|CmykF|String)\b)")),
        QRegularExpression(QString::fromUtf8(R"(\bqRgba?\s*\()")),
        QRegularExpression(QStringLiteral(
            R"(\bQt::(?:white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray)\b)")),
        // Style sheets and HTML: "color: …", "background-color: …", color="…", bgcolor='…'
        QRegularExpression(QString::fromUtf8(R"(color\s*:(?!:))"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QString::fromUtf8(R"(color\s*=\s*\\?["'])"), QRegularExpression::CaseInsensitiveOption),
    };
    QString scanned = withoutComments(code);
    // Preprocessor lines (#include, #define …) are blanked as well.
    static const QRegularExpression directive(QString::fromUtf8(R"(^[ \t]*#[^\n]*)"),
                                              QRegularExpression::MultilineOption);
    for (QRegularExpressionMatchIterator it = directive.globalMatch(scanned); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        scanned.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u' '));
    }
    QList<Finding> findings;
    for (const QRegularExpression& pattern : patterns) {
        for (QRegularExpressionMatchIterator it = pattern.globalMatch(scanned); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            findings.append({int(scanned.left(match.capturedStart()).count(u'\n')) + 1, match.captured()});
        }
    }
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.line < b.line; });
    return findings;
}

// The widget sources: ui/**/*.cpp and *.h, except OrderText, where the palette's colours are made.
inline QStringList widgetSources()
{
    QStringList files;
    QDirIterator it(QStringLiteral(ACRP_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).completeBaseName() != u"OrderText")
            files << path;
    }
    files.sort();
    return files;
}

// Code with one colour literal (`found`, on line 1) and code with none.
struct Sample
{
    const char* name;
    QString code;
    QString found;
};

inline QList<Sample> samplesWithAColour()
{
    return {
        {"#rrggbb", QString::fromUtf8(R"(label->setText(u"<font>" + QString("#b3261e"));)"), QStringLiteral("#b3261e")},
        {"#rgb", QString::fromUtf8(R"(const auto c = QStringLiteral("#f00");)"), QStringLiteral("#f00")},
        {"#aarrggbb", QString::fromUtf8(R"(x("#80b3261e");)"), QStringLiteral("#80b3261e")},
        {"QColor(r, g, b)", QStringLiteral("const QColor red = QColor(179, 38, 30);"), QStringLiteral("QColor(1")},
        {"QColor{r, g, b}", QStringLiteral("auto c = QColor{179, 38, 30};"), QStringLiteral("QColor{1")},
        {"QColor(name)", QString::fromUtf8(R"(QColor(QStringLiteral("red"));)"),
         QString::fromUtf8(R"(QColor(QStringLiteral(")")},
        {"QColor(u name)", QString::fromUtf8(R"(QColor(u"red");)"), QString::fromUtf8(R"(QColor(u")")},
        {"fromRgb", QStringLiteral("QColor::fromRgb(1, 2, 3)"), QStringLiteral("QColor::fromRgb")},
        {"fromHsl", QStringLiteral("QColor::fromHsl(4, 170, 95)"), QStringLiteral("QColor::fromHsl")},
        {"qRgb", QStringLiteral("image.fill(qRgb(0, 0, 0));"), QStringLiteral("qRgb(")},
        {"Qt::red", QStringLiteral("palette.setColor(QPalette::Text, Qt::red);"), QStringLiteral("Qt::red")},
        {"Qt::darkGray", QStringLiteral("pen.setColor(Qt::darkGray);"), QStringLiteral("Qt::darkGray")},
        {"style sheet", QString::fromUtf8(R"(w->setStyleSheet("QLabel { color: palette(highlight); }");)"),
         QStringLiteral("color:")},
        {"background-color", QString::fromUtf8(R"(w->setStyleSheet("background-color :x");)"),
         QStringLiteral("color :")},
        {"html style", QString::fromUtf8(R"(html += u"<div style=\"color: " + name + u"\">";)"),
         QStringLiteral("color:")},
        {"html attribute", QString::fromUtf8(R"(html += u"<font color=\"" + name;)"), QString::fromUtf8(R"(color=\")")},
        {"raw string", QStringLiteral("auto css = R\"x(QLabel { Color: red })x\";"), QStringLiteral("Color:")},
        {"after a comment", QStringLiteral("/* a comment */ f(Qt::blue); // and another"), QStringLiteral("Qt::blue")},
        {"escaped quote in a string", QString::fromUtf8(R"(f("a \" // b"); g(Qt::red);)"), QStringLiteral("Qt::red")},
        {"a URL is not a comment", QString::fromUtf8(R"(f("https://x.invalid", Qt::green);)"),
         QStringLiteral("Qt::green")},
    };
}

inline QList<Sample> samplesWithoutColour()
{
    return {
        {"line comment", QStringLiteral("int x; // was #b3261e, Qt::red, color: red"), {}},
        {"block comment", QStringLiteral("/* QColor(1, 2, 3)\n * Qt::red */ int y;"), {}},
        {"include", QStringLiteral("#include <QColor>\n#define ACE 1\n#if defined(X)\n#endif"), {}},
        {"palette colours",
         QStringLiteral("const QColor c = OrderText::color(OrderText::Tone::Error, palette());\n"
                        "QColor copy(c); QColor none; palette.color(QPalette::WindowText);"),
         {}},
        {"a colour spec, not a style", QStringLiteral("if (c.spec() == QColor::Rgb) return;"), {}},
        {"a variable named color", QStringLiteral("const QString color = tone.name();"), {}},
        {"transparent", QStringLiteral("painter.fillRect(r, Qt::transparent);"), {}},
        {"an id with hex digits", QString::fromUtf8(R"(f("cri-0123456789abcdef"); g("ace");)"), {}},
        {"a quote in a char", QStringLiteral("if (c == '\"') return; // \"#fff\""), {}},
    };
}

} // namespace colourscan
