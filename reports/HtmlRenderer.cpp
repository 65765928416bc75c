#include "HtmlRenderer.h"

#include "ChartPainter.h"

#include <QStringBuilder>

namespace rd::reports {

namespace {

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

// Row tints by alert level; colour is a matter of the rendering, never of core.
QString tintOf(const QString& rowClass)
{
    if (rowClass == QLatin1String("overdue"))
        return QStringLiteral("#f9dedc");
    if (rowClass == QLatin1String("critical"))
        return QStringLiteral("#fde7d4");
    if (rowClass == QLatin1String("warning"))
        return QStringLiteral("#fff3c9");
    if (rowClass == QLatin1String("notice"))
        return QStringLiteral("#e3eefa");
    return {};
}

const char* const browserCss = R"css(
@page { size: A4 %PAGE%; margin: 16mm 14mm 18mm 14mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1d2430; margin: 0; }
header.report { border-bottom: 2pt solid #1f4e79; margin-bottom: 10pt; padding-bottom: 6pt; }
header.report h1 { font-size: 17pt; margin: 0 0 3pt 0; color: #1f4e79; }
header.report p { margin: 0; font-size: 9pt; color: #4a5565; }
h2 { font-size: 12.5pt; color: #1f4e79; margin: 14pt 0 4pt 0; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; color: #1d2430; margin: 10pt 0 3pt 0; break-after: avoid; page-break-after: avoid; }
p { margin: 4pt 0; }
p.empty { font-style: italic; color: #4a5565; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6pt 0; }
th, td { text-align: left; vertical-align: top; padding: 2.5pt 5pt; border-bottom: 0.5pt solid #c9d1db; }
thead { display: table-header-group; }
thead th { background: #e9eef4; border-bottom: 1pt solid #1f4e79; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; }
table.facts { width: auto; min-width: 60%; }
table.facts th { font-weight: normal; color: #4a5565; padding-right: 16pt; }
tr.overdue td { background: #f9dedc; }
tr.critical td { background: #fde7d4; }
tr.warning td { background: #fff3c9; }
tr.notice td { background: #e3eefa; }
figure.chart { margin: 4pt 0 8pt 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; }
figure.chart figcaption { font-size: 8.5pt; color: #4a5565; }
@media screen { body { max-width: 62em; margin: 2em auto; padding: 0 1em; } }
@media print { body { font-size: 9pt; } }
)css";

} // namespace

QString HtmlRenderer::chartResource(int index)
{
    return QStringLiteral("rd-chart:") + QString::number(index);
}

QString HtmlRenderer::generatedLine(const Report& report)
{
    //: %1 the registrar's name, %2 date and time
    return tr("%1 · generated on %2").arg(report.registrar, report.generatedAt);
}

QString HtmlRenderer::textDocumentStyleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #1d2430; }"
        "h2 { font-size: 12pt; color: #1f4e79; margin-top: 14px; margin-bottom: 5px; }"
        "h3 { font-size: 9.5pt; color: #1d2430; margin-top: 10px; margin-bottom: 4px; }"
        "p { margin-top: 3px; margin-bottom: 3px; }"
        "p.empty { font-style: italic; color: #4a5565; }"
        "table { border-collapse: collapse; margin-bottom: 6px; }"
        "th { background-color: #e9eef4; font-weight: bold; text-align: left; "
        "border-bottom: 1px solid #1f4e79; }"
        "td { border-bottom: 0.5px solid #c9d1db; }"
        "table.facts th { background-color: transparent; font-weight: normal; color: #4a5565; "
        "border-bottom: 0.5px solid #c9d1db; }"
        "p.caption { font-size: 7.5pt; color: #4a5565; }");
}

QString HtmlRenderer::render(const Report& report, const QLocale& locale, Target target,
                             int chartWidth)
{
    if (chartWidth <= 0)
        chartWidth = ChartPainter::Width;
    const bool browser = target == Target::Browser;
    QString html;
    html.reserve(4096);
    if (browser) {
        QString css = QString::fromUtf8(browserCss);
        css.replace(QLatin1String("%PAGE%"),
                    report.landscape ? QLatin1String("landscape") : QLatin1String("portrait"));
        html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") % report.language.toHtmlEscaped() %
                QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>") %
                escaped(report.title) % QStringLiteral("</title>\n<style>") % css %
                QStringLiteral("</style>\n</head>\n<body>\n<header class=\"report\">\n<h1>") %
                escaped(report.title) % QStringLiteral("</h1>\n");
        if (!report.parameters.isEmpty())
            html += QStringLiteral("<p class=\"parameters\">") % escaped(report.parameterLine()) %
                    QStringLiteral("</p>\n");
        html += QStringLiteral("<p class=\"generated\">") % escaped(generatedLine(report)) %
                QStringLiteral("</p>\n</header>\n");
    } else {
        html += QStringLiteral("<html><body>\n");
    }

    int chartIndex = 0;
    for (const ReportBlock& block : report.blocks) {
        switch (block.type) {
        case ReportBlock::Type::Heading:
            html += QStringLiteral("<h2>") % escaped(block.text) % QStringLiteral("</h2>\n");
            break;
        case ReportBlock::Type::Subheading:
            html += QStringLiteral("<h3>") % escaped(block.text) % QStringLiteral("</h3>\n");
            break;
        case ReportBlock::Type::Paragraph:
            html += QStringLiteral("<p>") % escaped(block.text) % QStringLiteral("</p>\n");
            break;
        case ReportBlock::Type::Chart: {
            const ReportChart& chart = block.chart;
            if (browser) {
                html += QStringLiteral("<figure class=\"chart\">\n") %
                        ChartPainter::svg(chart, locale) % QStringLiteral("\n<figcaption>") %
                        escaped(chart.description) % QStringLiteral("</figcaption>\n</figure>\n");
            } else {
                html += QStringLiteral("<p><img src=\"") % chartResource(chartIndex) %
                        QStringLiteral("\" width=\"%1\" height=\"%2\"/></p>\n")
                            .arg(chartWidth)
                            .arg(chartWidth * ChartPainter::Height / ChartPainter::Width) %
                        QStringLiteral("<p class=\"caption\">") % escaped(chart.description) %
                        QStringLiteral("</p>\n");
            }
            ++chartIndex;
            break;
        }
        case ReportBlock::Type::Table: {
            const ReportTable& table = block.table;
            if (table.rows.isEmpty()) {
                if (!table.whenEmpty.isEmpty())
                    html += QStringLiteral("<p class=\"empty\">") % escaped(table.whenEmpty) %
                            QStringLiteral("</p>\n");
                break;
            }
            const bool facts = table.header.isEmpty();
            const QString numeric =
                browser ? QStringLiteral(" class=\"num\"") : QStringLiteral(" align=\"right\"");
            if (browser)
                html += facts ? QStringLiteral("<table class=\"facts\">\n")
                              : QStringLiteral("<table class=\"data\">\n");
            else
                html += facts ? QStringLiteral("<table class=\"facts\" cellspacing=\"0\" "
                                               "cellpadding=\"3\">\n")
                              : QStringLiteral("<table class=\"data\" width=\"100%\" "
                                               "cellspacing=\"0\" cellpadding=\"3\">\n");
            if (!facts) {
                html += QStringLiteral("<thead><tr>");
                for (int c = 0; c < table.header.size(); ++c)
                    html += (table.numericColumns.contains(c)
                                 ? QStringLiteral("<th") % numeric % QLatin1Char('>')
                                 : QStringLiteral("<th>")) %
                            escaped(table.header.at(c)) % QStringLiteral("</th>");
                html += QStringLiteral("</tr></thead>\n");
            }
            html += QStringLiteral("<tbody>\n");
            for (int r = 0; r < table.rows.size(); ++r) {
                const QString rowClass = table.rowClasses.value(r);
                const QString tint = browser ? QString() : tintOf(rowClass);
                html += rowClass.isEmpty()
                            ? QStringLiteral("<tr>")
                            : QStringLiteral("<tr class=\"") % rowClass % QStringLiteral("\">");
                const QStringList& cells = table.rows.at(r);
                for (int c = 0; c < cells.size(); ++c) {
                    const bool key = facts && c == 0;
                    html += key ? QStringLiteral("<th scope=\"row\"") : QStringLiteral("<td");
                    if (table.numericColumns.contains(c))
                        html += numeric;
                    if (!tint.isEmpty())
                        html += QStringLiteral(" bgcolor=\"") % tint % QLatin1Char('"');
                    html += QLatin1Char('>') % escaped(cells.at(c)) %
                            (key ? QStringLiteral("</th>") : QStringLiteral("</td>"));
                }
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</tbody>\n</table>\n");
            break;
        }
        }
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace rd::reports
