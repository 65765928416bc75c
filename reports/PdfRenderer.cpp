#include "PdfRenderer.h"

#include "ChartPainter.h"
#include "HtmlRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <cmath>

namespace rd::reports {

namespace {

// Layout in "CSS pixels": fonts in points and the stylesheet's pixel sizes come
// out as on screen, and the PDF stays vector text at any zoom.
constexpr int resolution = 96;

QFont bodyFont(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    // No ligatures: "fi" drawn as one glyph copies and searches as U+FB01,
    // and a report is read back by search and copy-paste.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Tables in document order, as QTextDocument built them from the HTML.
QList<QTextTable*> tablesOf(QTextFrame* frame)
{
    QList<QTextTable*> tables;
    const QList<QTextFrame*> children = frame->childFrames();
    for (QTextFrame* child : children) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables.append(table);
        tables += tablesOf(child);
    }
    return tables;
}

// QTextDocument has no "keep with next": a heading that lands at the foot of
// a page, with no room for what it introduces, starts the next page instead.
// Headings are visited in order and the layout catches up lazily, so this
// costs about one more layout pass, not one per heading.
void keepHeadingsWithContent(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    // Each moved heading lays the rest out again: past a few thousand rows
    // that costs more than an orphaned heading does.
    constexpr int maxBlocks = 20000;
    if (pageHeight <= 0 || document.blockCount() > maxBlocks)
        return;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal line = QFontMetricsF(document.defaultFont(), layout->paintDevice()).lineSpacing();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0 || block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageBottom = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        // A section heading needs room for a subheading, a header row and a
        // couple of rows; a subheading for the header row and a couple of rows.
        const qreal needed = line * (level <= 2 ? 7 : 4);
        if (rect.top() > 0 && pageBottom - rect.bottom() < needed) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
    }
}

} // namespace

void PdfRenderer::prepareBody(QTextDocument& document, const Report& report, const QLocale& locale,
                              const QSizeF& page)
{
    // Everything is built before the page size is set: QTextDocument lays a
    // paged document out again after each change, and one table format at a
    // time over a long report made the cost grow with the square of its length.
    document.setPageSize(QSizeF());
    document.setDefaultFont(bodyFont(8.5));
    document.setDefaultStyleSheet(HtmlRenderer::textDocumentStyleSheet());
    document.setDocumentMargin(0);
    const int width = int(page.width());
    const int chartWidth = std::max(200, std::min(width, 900));
    int index = 0;
    for (const ReportBlock& block : report.blocks) {
        if (block.type != ReportBlock::Type::Chart)
            continue;
        // Three times the laid-out size: sharp on paper.
        const qreal scale = 3.0 * chartWidth / ChartPainter::Width;
        document.addResource(QTextDocument::ImageResource,
                             QUrl(HtmlRenderer::chartResource(index++)),
                             ChartPainter::image(block.chart, locale, scale));
    }
    document.setHtml(
        HtmlRenderer::render(report, locale, HtmlRenderer::Target::TextDocument, chartWidth));
    // Header rows repeat at the top of every page a table runs onto.
    QList<const ReportTable*> shown;
    for (const ReportBlock& block : report.blocks) {
        if (block.type == ReportBlock::Type::Table && !block.table.rows.isEmpty())
            shown.append(&block.table);
    }
    const QList<QTextTable*> tables = tablesOf(document.rootFrame());
    for (int i = 0; i < tables.size() && i < shown.size(); ++i) {
        QTextTableFormat format = tables.at(i)->format();
        format.setHeaderRowCount(shown.at(i)->header.isEmpty() ? 0 : 1);
        format.setWidth(shown.at(i)->header.isEmpty()
                            ? QTextLength()
                            : QTextLength(QTextLength::PercentageLength, 100));
        tables.at(i)->setFormat(format);
    }
    document.setPageSize(page);
    keepHeadingsWithContent(document);
}

int PdfRenderer::paint(const Report& report, const QLocale& locale, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    const qreal width = device.width();
    const qreal height = device.height();

    QTextDocument header;
    header.documentLayout()->setPaintDevice(&device);
    header.setDocumentMargin(0);
    header.setDefaultFont(bodyFont(7.5));
    header.setTextWidth(width);
    header.setHtml(
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td><span style=\"font-size:11pt; font-weight:bold; color:#1f4e79\">") +
        report.title.toHtmlEscaped() + QStringLiteral("</span><br/>") +
        report.parameterLine().toHtmlEscaped() +
        QStringLiteral("</td><td align=\"right\" valign=\"top\" style=\"color:#4a5565\">") +
        report.registrar.toHtmlEscaped() + QStringLiteral("<br/>") +
        tr("Generated on %1").arg(report.generatedAt).toHtmlEscaped() +
        QStringLiteral("</td></tr></table>"));
    const qreal headerHeight = header.size().height() + 14;

    const QFont footerFont = bodyFont(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() + 10;

    QTextDocument body;
    body.documentLayout()->setPaintDevice(&device);
    const QSizeF page(width, height - headerHeight - footerHeight);
    prepareBody(body, report, locale, page);
    const int pages = body.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        header.drawContents(&painter);
        painter.setPen(QPen(QColor(0x1f, 0x4e, 0x79), 1.5));
        painter.drawLine(QPointF(0, headerHeight - 7), QPointF(width, headerHeight - 7));

        painter.save();
        painter.translate(0, headerHeight - i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);
        body.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x4a, 0x55, 0x65));
        const QRectF footer(0, height - footerHeight + 6, width, footerHeight - 6);
        painter.drawLine(QPointF(0, footer.top() - 2), QPointF(width, footer.top() - 2));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, report.title);
        //: %1 this page, %2 how many pages
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(locale.toString(i + 1), locale.toString(pages)));
    }
    return pages;
}

bool PdfRenderer::write(const Report& report, const QLocale& locale, const QString& path,
                        QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Registrar Desk"));
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4),
                        report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                        QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter));
        paint(report, locale, writer);
    }
    if (!file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace rd::reports
