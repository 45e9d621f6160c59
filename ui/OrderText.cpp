#include "ui/OrderText.h"

#include <QApplication>
#include <QLocale>
#include <QWidget>
#include <algorithm>

namespace acrp::ui {

QList<std::pair<QString, QString>> OrderText::summaryRows(const OrderSpec& order, const QString& profile,
                                                          const QString& endpointName, const Catalog& catalog)
{
    const QString language = QLocale().name();
    const EditionInfo* edition = catalog.edition(order.edition);
    const RegionInfo* region = catalog.region(order.region);
    const ScannerInfo* scanner = catalog.scanner(order.imageScanner);
    const QLocale locale;
    return {
        {tr("Site"), catalog.site(order.site).name.forLocale(language)},
        {tr("Endpoint"), endpointName},
        {tr("Profile"), profile},
        {tr("Edition"), edition ? edition->name.forLocale(language) : order.edition},
        {tr("Instance name"), order.instanceName},
        {tr("Region"), (region ? region->name.forLocale(language) : QString()) + u" (" + order.region + u')'},
        {tr("OSS bucket"), order.defaultBucket ? tr("default bucket") : order.customBucket},
        {tr("Image scanner"), scanner ? scanner->name.forLocale(language) : order.imageScanner},
        {tr("Extra namespaces"), locale.toString(order.extraNamespaces)},
        {tr("Extra repositories"), locale.toString(order.extraRepositories)},
        {tr("VPC quota"), locale.toString(order.vpcQuota)},
        {tr("Period"), periodText(order.periodMonths)},
        {tr("Renewal"),
         order.autoRenewal ? tr("automatic, every %1").arg(periodText(order.renewPeriodMonths)) : tr("manual")},
    };
}

QString OrderText::html(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const auto& [name, value] : rows)
        html += u"<tr><td><b>" + name.toHtmlEscaped() + u"</b>&nbsp;&nbsp;</td><td>"
            + value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + u"</td></tr>";
    html += u"</table>";
    return html;
}

QString OrderText::periodText(int months)
{
    // Whole years are shown as years; the numerus forms come from the translation (English too).
    if (months > 0 && months % 12 == 0)
        return tr("%n year(s)", nullptr, months / 12);
    return tr("%n month(s)", nullptr, months);
}

QString OrderText::stateName(OrderState state)
{
    switch (state) {
    case OrderState::Draft:
        return tr("Draft");
    case OrderState::Sending:
        return tr("Sending");
    case OrderState::Succeeded:
        return tr("Succeeded");
    case OrderState::Failed:
        return tr("Failed");
    case OrderState::Unknown:
        return tr("Unknown");
    }
    return {};
}

QColor OrderText::color(Tone tone, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    if (tone == Tone::Normal)
        return text;
    // The hue says error (red) or warning (amber); the lightness follows the palette, so the text
    // keeps its contrast on a light window (dark red) as on a dark one (light red).
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const int hue = tone == Tone::Error ? 4 : 36;
    const int lightness = dark ? 185 : (tone == Tone::Error ? 95 : 80);
    return QColor::fromHsl(hue, 170, lightness);
}

QString OrderText::inTone(const QString& html, Tone tone, const QPalette& palette)
{
    if (tone == Tone::Normal)
        return html;
    return u"<span style=\"color: " + color(tone, palette).name() + u";\">" + html + u"</span>";
}

void OrderText::setBanner(QWidget* widget, Tone tone)
{
    // The tone's text on the window colour tinted with its hue, both from the palette in force: pale
    // amber under dark amber text on a light palette, dark amber under light text on a dark one.
    const QPalette base = QApplication::palette(widget);
    const QColor text = color(tone, base);
    const QColor window = base.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor tint = QColor::fromHsl(text.hslHue(), 200, std::clamp(window.lightness() + (dark ? 25 : -14), 0, 255));
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, tint);
    palette.setColor(QPalette::WindowText, text);
    widget->setPalette(palette);
}

void OrderText::setTone(QWidget* widget, Tone tone)
{
    QPalette palette = widget->palette();
    // Derived from the application's palette, not the widget's (which may carry an earlier tone).
    const QPalette base = QApplication::palette(widget);
    palette.setColor(QPalette::WindowText, color(tone, base));
    palette.setColor(QPalette::Text, color(tone, base));
    widget->setPalette(palette);
}

} // namespace acrp::ui
