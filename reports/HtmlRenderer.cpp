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

QString HtmlRenderer::generatedLine(const Report& report)
{
    //: %1 the registrar's name, %2 date and time
    return tr("%1 · generated on %2").arg(report.registrar, report.generatedAt);
}

QString HtmlRenderer::render(const Report& report, const QLocale& locale)
{
    QString html;
    html.reserve(4096);
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
            html += QStringLiteral("<figure class=\"chart\">\n") %
                    ChartPainter::svg(chart, locale) % QStringLiteral("\n<figcaption>") %
                    escaped(chart.description) % QStringLiteral("</figcaption>\n</figure>\n");
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
            const QString numeric = QStringLiteral(" class=\"num\"");
            html += facts ? QStringLiteral("<table class=\"facts\">\n")
                          : QStringLiteral("<table class=\"data\">\n");
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
                html += rowClass.isEmpty()
                            ? QStringLiteral("<tr>")
                            : QStringLiteral("<tr class=\"") % rowClass % QStringLiteral("\">");
                const QStringList& cells = table.rows.at(r);
                for (int c = 0; c < cells.size(); ++c) {
                    const bool key = facts && c == 0;
                    html += key ? QStringLiteral("<th scope=\"row\"") : QStringLiteral("<td");
                    if (table.numericColumns.contains(c))
                        html += numeric;
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
