#pragma once

// Whether the columns of a table the command line printed line up on a terminal: the cells of a
// line start at the line's start and after every run of two or more spaces, and their offsets,
// measured in terminal columns, must be the same on every line. The width is counted here on its
// own (CJK and fullwidth characters two columns), not with the program's format::displayWidth.
#include <QList>
#include <QString>
#include <QStringList>

namespace acrp::test {

inline int terminalWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
    return width;
}

// The terminal columns at which the cells of `line` start.
inline QList<int> columnStarts(const QString& line)
{
    QList<int> starts;
    int spaces = 2; // the line's start counts as a gap
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u' ') {
            ++spaces;
            continue;
        }
        if (spaces >= 2)
            starts.append(terminalWidth(line.left(i)));
        spaces = 0;
    }
    return starts;
}

// Empty when every line of `table` has `columns` cells starting at the same terminal columns;
// otherwise the first line that differs from the first line, with both lists of offsets.
inline QString misalignedColumns(const QStringList& table, qsizetype columns)
{
    if (table.isEmpty())
        return QStringLiteral("no table");
    const QList<int> first = columnStarts(table.first());
    for (const QString& line : table) {
        const QList<int> starts = columnStarts(line);
        if (starts.size() != columns || starts != first) {
            QStringList a, b;
            for (int start : first)
                a.append(QString::number(start));
            for (int start : starts)
                b.append(QString::number(start));
            return QStringLiteral("“%1” starts its cells at [%2], the header at [%3]")
                .arg(line, b.join(u','), a.join(u','));
        }
    }
    return {};
}

} // namespace acrp::test
