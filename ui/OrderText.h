#pragma once

#include "core/order/Catalog.h"
#include "core/store/JournalEntry.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>
#include <utility>

class QWidget;

namespace acrp::ui {

// How the windows put an order into words and colours, in one place: the summary lines shared by
// the Review page and the history, the period, the state names, and the message colours derived
// from the palette in force (so a dark palette gets a light red, a light one a dark red).
class OrderText
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ui::OrderText)

public:
    // The whole order, one (label, value) line each: site, endpoint, profile, edition, name,
    // region, bucket, scanner, quotas, period and renewal.
    static QList<std::pair<QString, QString>> summaryRows(const OrderSpec& order, const QString& profile,
                                                          const QString& endpointName,
                                                          const Catalog& catalog = Catalog::builtIn());
    // Lines as an HTML table (names in bold, values escaped; a line break in a value stays one).
    static QString html(const QList<std::pair<QString, QString>>& rows);

    // "1 month", "6 months", "1 year", "2 years": whole years are shown as years.
    static QString periodText(int months);
    // "Draft", "Sending", "Succeeded", "Failed", "Unknown", translated.
    static QString stateName(OrderState state);

    enum class Tone { Normal, Error, Warning };
    // A colour for text of `tone` that reads well on `palette`'s window colour.
    static QColor color(Tone tone, const QPalette& palette);
    // Rich text `html` shown in `tone` on `palette` (for a text that mixes tones line by line).
    static QString inTone(const QString& html, Tone tone, const QPalette& palette);
    // Gives `widget` (a banner with autoFillBackground) `tone`'s text on a background tinted with
    // the tone's hue, both derived from the palette in force.
    static void setBanner(QWidget* widget, Tone tone);
    // Shows `label`-like `widget`'s text in `tone` (Normal restores the palette's own colour).
    static void setTone(QWidget* widget, Tone tone);
};

} // namespace acrp::ui
