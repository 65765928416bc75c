#include "PdfRenderer.h"

#include "ChartPainter.h"
#include "HtmlRenderer.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>
#include <vector>

namespace rd::reports {

namespace {

// Layout in "CSS pixels" on the PDF writer: fonts in points and the sizes
// below in pixels come out as on screen, and the PDF stays vector text.
constexpr int resolution = 96;

// The browser stylesheet's colours (HtmlRenderer), for paper.
const QColor ink(0x1d, 0x24, 0x30);
const QColor accent(0x1f, 0x4e, 0x79);
const QColor muted(0x4a, 0x55, 0x65);
const QColor rule(0xc9, 0xd1, 0xdb);
const QColor headerFill(0xe9, 0xee, 0xf4);

QFont reportFont(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    // No ligatures: "fi" drawn as one glyph copies and searches as U+FB01,
    // and a report is read back by search and copy-paste.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Row tints by alert level; colour is a matter of the rendering, never of core.
QColor tintOf(const QString& rowClass)
{
    if (rowClass == QLatin1String("overdue"))
        return QColor(0xf9, 0xde, 0xdc);
    if (rowClass == QLatin1String("critical"))
        return QColor(0xfd, 0xe7, 0xd4);
    if (rowClass == QLatin1String("warning"))
        return QColor(0xff, 0xf3, 0xc9);
    if (rowClass == QLatin1String("notice"))
        return QColor(0xe3, 0xee, 0xfa);
    return {};
}

// Text in one font and colour, in a box of a given width. Nearly every table
// cell fits on one line: it is measured with one advance and drawn at its
// baseline. Longer text wraps at word boundaries, or inside a word longer than
// the box (an e-mail address), through QTextLayout.
class TextStyle
{
public:
    TextStyle(const QFont& font, const QColor& colour, const QPaintDevice& device)
        : m_font(font)
        , m_colour(colour)
        , m_device(&device)
        , m_metrics(font, &device)
    {}

    qreal lineHeight() const { return m_metrics.height(); }
    qreal advance(const QString& text) const
    {
        qreal widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, m_metrics.horizontalAdvance(line));
        return widest;
    }

    qreal height(const QString& text, qreal width) const
    {
        if (fitsOnOneLine(text, width))
            return lineHeight();
        QTextLayout layout(QString(), m_font, m_device);
        return wrap(layout, text, width, Qt::AlignLeft);
    }

    void draw(QPainter& painter, const QRectF& box, const QString& text,
              Qt::Alignment alignment = Qt::AlignLeft) const
    {
        painter.setFont(m_font);
        painter.setPen(m_colour);
        if (fitsOnOneLine(text, box.width())) {
            const qreal x = alignment & Qt::AlignRight
                                ? box.right() - m_metrics.horizontalAdvance(text)
                                : box.left();
            painter.drawText(QPointF(x, box.top() + m_metrics.ascent()), text);
            return;
        }
        QTextLayout layout(QString(), m_font, m_device);
        wrap(layout, text, box.width(), alignment);
        layout.draw(&painter, box.topLeft());
    }

private:
    bool fitsOnOneLine(const QString& text, qreal width) const
    {
        return !text.contains(QLatin1Char('\n')) && m_metrics.horizontalAdvance(text) <= width;
    }

    qreal wrap(QTextLayout& layout, const QString& text, qreal width, Qt::Alignment alignment) const
    {
        QString lines = text;
        lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
        layout.setText(lines);
        layout.setCacheEnabled(true);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        qreal y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return y;
    }

    QFont m_font;
    QColor m_colour;
    const QPaintDevice* m_device;
    QFontMetricsF m_metrics;
};

// The body of a report flowed onto pages of a fixed size: first placed (every
// piece gets its page and its top), then painted one page at a time, so that
// "page n of m" is known before the first page is painted.
class PageFlow
{
public:
    PageFlow(const Report& report, const QLocale& locale, const QPaintDevice& device,
             const QSizeF& page);

    int pageCount() const { return m_page + 1; }
    void paintPage(QPainter& painter, int page) const;

private:
    // What a piece of a block is: the block whole, a table's header row, a
    // chart's caption, or (from 0) a table's row.
    enum Part : int
    {
        Whole = -1,
        HeaderRow = -2,
        Caption = -3
    };
    struct Piece
    {
        int block;
        int part;
        int page;
        qreal top;
        qreal height;
    };
    struct Columns
    {
        QList<qreal> left;
        QList<qreal> width;
        qreal total = 0;
    };
    struct Spacing
    {
        qreal above;
        qreal below;
    };

    void placeTable(int block, const ReportTable& table);
    Columns columnsOf(const ReportTable& table) const;
    qreal rowHeight(const ReportTable& table, const Columns& columns, int row) const;
    // Places a piece below the last one, on a new page when it (and `keep`,
    // the room what follows it needs) does not fit on this one.
    void place(int block, int part, qreal height, Spacing spacing, qreal keep = 0);
    void startPage();
    const TextStyle& styleOf(const ReportBlock& block, int part) const;
    void paintRow(QPainter& painter, const Piece& piece) const;

    const Report& m_report;
    const QLocale m_locale;
    const qreal m_px; // one CSS pixel on the device
    const qreal m_width;
    const qreal m_pageHeight;
    const qreal m_padding;
    const TextStyle m_heading;
    const TextStyle m_subheading;
    const TextStyle m_paragraph;
    const TextStyle m_empty;
    const TextStyle m_caption;
    const TextStyle m_cell;
    const TextStyle m_headerCell;
    const TextStyle m_keyCell;
    const qreal m_chartWidth;

    QList<Piece> m_pieces;
    std::vector<Columns> m_columns; // by block, for tables
    int m_page = 0;
    qreal m_bottom = 0; // where the last piece ends on this page
    qreal m_gap = 0;    // the room the last piece wants below it
    bool m_pageEmpty = true;
};

PageFlow::PageFlow(const Report& report, const QLocale& locale, const QPaintDevice& device,
                   const QSizeF& page)
    : m_report(report)
    , m_locale(locale)
    , m_px(device.logicalDpiY() / qreal(resolution))
    , m_width(page.width())
    , m_pageHeight(page.height())
    , m_padding(3 * m_px)
    , m_heading(reportFont(12, QFont::Bold), accent, device)
    , m_subheading(reportFont(9.5, QFont::Bold), ink, device)
    , m_paragraph(reportFont(8.5), ink, device)
    , m_empty(reportFont(8.5, QFont::Normal, true), muted, device)
    , m_caption(reportFont(7.5), muted, device)
    , m_cell(reportFont(8.5), ink, device)
    , m_headerCell(reportFont(8.5, QFont::Bold), ink, device)
    , m_keyCell(reportFont(8.5), muted, device)
    , m_chartWidth(std::clamp(page.width(), 200 * m_px, 900 * m_px))
{
    m_columns.resize(size_t(report.blocks.size()));
    const qreal line = m_paragraph.lineHeight();
    const Spacing paragraph{3 * m_px, 3 * m_px};
    for (int i = 0; i < report.blocks.size(); ++i) {
        const ReportBlock& block = report.blocks.at(i);
        switch (block.type) {
        case ReportBlock::Type::Heading:
            // A section heading keeps room below it for a subheading, a
            // header row and a couple of rows; a subheading for the header
            // row and a couple of rows (there is no "keep with next" otherwise).
            place(i, Whole, m_heading.height(block.text, m_width), {14 * m_px, 5 * m_px}, 7 * line);
            break;
        case ReportBlock::Type::Subheading:
            place(i, Whole, m_subheading.height(block.text, m_width), {10 * m_px, 4 * m_px},
                  4 * line);
            break;
        case ReportBlock::Type::Paragraph:
            place(i, Whole, m_paragraph.height(block.text, m_width), paragraph);
            break;
        case ReportBlock::Type::Chart: {
            const qreal caption = m_caption.height(block.chart.description, m_width);
            place(i, Whole, m_chartWidth * ChartPainter::Height / ChartPainter::Width, paragraph,
                  caption + 3 * m_px);
            place(i, Caption, caption, paragraph);
            break;
        }
        case ReportBlock::Type::Table:
            if (!block.table.rows.isEmpty())
                placeTable(i, block.table);
            else if (!block.table.whenEmpty.isEmpty())
                place(i, Whole, m_empty.height(block.table.whenEmpty, m_width), paragraph);
            break;
        }
    }
}

void PageFlow::startPage()
{
    ++m_page;
    m_bottom = 0;
    m_gap = 0;
    m_pageEmpty = true;
}

void PageFlow::place(int block, int part, qreal height, Spacing spacing, qreal keep)
{
    qreal top = m_pageEmpty ? 0 : m_bottom + std::max(m_gap, spacing.above);
    // A piece taller than a page goes on a page of its own and is cut there.
    if (!m_pageEmpty && top + height + keep > m_pageHeight) {
        startPage();
        top = 0;
    }
    m_pieces.append({block, part, m_page, top, height});
    m_bottom = top + height;
    m_gap = spacing.below;
    m_pageEmpty = false;
}

void PageFlow::placeTable(int block, const ReportTable& table)
{
    m_columns[size_t(block)] = columnsOf(table);
    const Columns& columns = m_columns[size_t(block)];
    const bool hasHeader = !table.header.isEmpty();
    qreal header = 0;
    if (hasHeader) {
        for (int c = 0; c < table.header.size(); ++c)
            header = std::max(header, m_headerCell.height(table.header.at(c),
                                                          columns.width.at(c) - 2 * m_padding));
        header += 2 * m_padding;
        // The header row never stands alone at the foot of a page.
        place(block, HeaderRow, header, {3 * m_px, 0}, rowHeight(table, columns, 0));
    }
    const Spacing between{hasHeader ? 0 : 3 * m_px, 0};
    for (int r = 0; r < table.rows.size(); ++r) {
        const qreal height = rowHeight(table, columns, r);
        // Rows break between, never inside, and the header row goes first on
        // every page the table runs onto.
        if (!m_pageEmpty && m_bottom + height > m_pageHeight) {
            startPage();
            if (hasHeader)
                place(block, HeaderRow, header, {0, 0});
        }
        place(block, r, height, r == 0 ? between : Spacing{0, 0});
    }
    m_gap = 6 * m_px;
}

// Column widths as a browser's automatic table layout would give them: each
// column's widest content (header and rows; a sample of a long table), the
// narrow columns as wide as they need, the wide ones sharing the rest. Key/value
// tables (no header) are as wide as their content, at least 60% of the page.
PageFlow::Columns PageFlow::columnsOf(const ReportTable& table) const
{
    const bool facts = table.header.isEmpty();
    int count = int(table.header.size());
    for (const QStringList& row : table.rows)
        count = std::max(count, int(row.size()));
    QList<qreal> natural(count, 0);
    if (!table.columnWidths.isEmpty() && !facts) {
        qreal sum = 0;
        for (int c = 0; c < count; ++c)
            sum += table.columnWidths.value(c, 0);
        for (int c = 0; c < count && sum > 0; ++c)
            natural[c] = m_width * table.columnWidths.value(c, 0) / sum;
    } else {
        for (int c = 0; c < table.header.size(); ++c)
            natural[c] = m_headerCell.advance(table.header.at(c));
        const int step = std::max(1, int(table.rows.size() / 2000));
        for (int r = 0; r < table.rows.size(); r += step) {
            const QStringList& cells = table.rows.at(r);
            for (int c = 0; c < cells.size(); ++c)
                natural[c] = std::max(natural[c], m_cell.advance(cells.at(c)));
        }
        for (int c = 0; c < count; ++c)
            natural[c] += 2 * m_padding + (facts && c == 0 ? 10 * m_px : 0);
    }
    qreal wanted = 0;
    for (qreal w : natural)
        wanted += w;
    const qreal width = facts ? std::clamp(wanted, 0.6 * m_width, m_width) : m_width;
    Columns columns;
    columns.total = width;
    if (count == 0)
        return columns;
    QList<qreal> widths = natural;
    if (wanted <= width) {
        // Room to spare: every column grows in proportion.
        for (qreal& w : widths)
            w = wanted > 0 ? w * width / wanted : width / count;
    } else {
        const qreal share = width / count;
        qreal narrow = 0;
        qreal excess = 0;
        for (qreal w : natural) {
            if (w <= share)
                narrow += w;
            else
                excess += w - share;
        }
        int wide = 0;
        for (qreal w : natural)
            wide += w > share ? 1 : 0;
        const qreal spare = width - narrow - wide * share;
        for (qreal& w : widths) {
            if (w > share)
                w = share + spare * (w - share) / excess;
        }
    }
    qreal left = 0;
    for (qreal w : widths) {
        columns.left.append(left);
        columns.width.append(w);
        left += w;
    }
    return columns;
}

qreal PageFlow::rowHeight(const ReportTable& table, const Columns& columns, int row) const
{
    const QStringList& cells = table.rows.at(row);
    const bool facts = table.header.isEmpty();
    qreal height = m_cell.lineHeight();
    for (int c = 0; c < cells.size() && c < columns.width.size(); ++c) {
        const TextStyle& style = facts && c == 0 ? m_keyCell : m_cell;
        height = std::max(height, style.height(cells.at(c), columns.width.at(c) - 2 * m_padding));
    }
    return height + 2 * m_padding;
}

const TextStyle& PageFlow::styleOf(const ReportBlock& block, int part) const
{
    if (part == Caption)
        return m_caption;
    switch (block.type) {
    case ReportBlock::Type::Heading:
        return m_heading;
    case ReportBlock::Type::Subheading:
        return m_subheading;
    case ReportBlock::Type::Table:
        return m_empty;
    case ReportBlock::Type::Paragraph:
    case ReportBlock::Type::Chart:
        break;
    }
    return m_paragraph;
}

void PageFlow::paintPage(QPainter& painter, int page) const
{
    const auto first = std::lower_bound(m_pieces.cbegin(), m_pieces.cend(), page,
                                        [](const Piece& p, int n) { return p.page < n; });
    for (auto it = first; it != m_pieces.cend() && it->page == page; ++it) {
        const Piece& piece = *it;
        const ReportBlock& block = m_report.blocks.at(piece.block);
        if (block.type == ReportBlock::Type::Table && piece.part != Whole) {
            paintRow(painter, piece);
        } else if (block.type == ReportBlock::Type::Chart && piece.part == Whole) {
            painter.save();
            painter.translate(0, piece.top);
            painter.scale(m_chartWidth / ChartPainter::Width, m_chartWidth / ChartPainter::Width);
            ChartPainter::paint(painter, block.chart, m_locale);
            painter.restore();
        } else {
            const QString& text = block.type == ReportBlock::Type::Chart   ? block.chart.description
                                  : block.type == ReportBlock::Type::Table ? block.table.whenEmpty
                                                                           : block.text;
            styleOf(block, piece.part)
                .draw(painter, QRectF(0, piece.top, m_width, piece.height), text);
        }
    }
}

void PageFlow::paintRow(QPainter& painter, const Piece& piece) const
{
    const ReportTable& table = m_report.blocks.at(piece.block).table;
    const Columns& columns = m_columns[size_t(piece.block)];
    const bool header = piece.part == HeaderRow;
    const bool facts = table.header.isEmpty();
    const QRectF row(0, piece.top, columns.total, piece.height);
    const QColor fill = header ? headerFill : tintOf(table.rowClasses.value(piece.part));
    if (fill.isValid())
        painter.fillRect(row, fill);
    const QStringList& cells = header ? table.header : table.rows.at(piece.part);
    for (int c = 0; c < cells.size() && c < columns.width.size(); ++c) {
        const TextStyle& style = header ? m_headerCell : facts && c == 0 ? m_keyCell : m_cell;
        const QRectF box = QRectF(columns.left.at(c), row.top(), columns.width.at(c), row.height())
                               .adjusted(m_padding, m_padding, -m_padding, -m_padding);
        style.draw(painter, box, cells.at(c),
                   table.numericColumns.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
    }
    painter.setPen(header ? QPen(accent, m_px) : QPen(rule, 0.5 * m_px));
    painter.drawLine(row.bottomLeft(), row.bottomRight());
}

} // namespace

int PdfRenderer::paint(const Report& report, const QLocale& locale, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    const qreal width = device.width();
    const qreal height = device.height();
    const qreal px = device.logicalDpiY() / qreal(resolution);

    // The page header: the report's name and parameters on the left, the
    // registrar and the generation time on the right.
    const TextStyle title(reportFont(11, QFont::Bold), accent, device);
    const TextStyle left(reportFont(7.5), ink, device);
    const TextStyle right(reportFont(7.5), muted, device);
    const QString generated = tr("Generated on %1").arg(report.generatedAt);
    const qreal rightWidth =
        std::min(std::max(right.advance(report.registrar), right.advance(generated)), width * 0.4);
    const qreal leftWidth = width - rightWidth - 12 * px;
    const QString parameters = report.parameterLine();
    const qreal titleHeight = title.height(report.title, leftWidth);
    const qreal registrarHeight = right.height(report.registrar, rightWidth);
    const qreal headerHeight = std::max(titleHeight + left.height(parameters, leftWidth),
                                        registrarHeight + right.height(generated, rightWidth)) +
                               14 * px;

    const TextStyle footer(reportFont(7.5), muted, device);
    const qreal footerHeight = footer.lineHeight() + 10 * px;

    const QSizeF page(width, height - headerHeight - footerHeight);
    const PageFlow body(report, locale, device, page);
    const int pages = body.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        title.draw(painter, QRectF(0, 0, leftWidth, titleHeight), report.title);
        left.draw(painter, QRectF(0, titleHeight, leftWidth, headerHeight), parameters);
        right.draw(painter, QRectF(width - rightWidth, 0, rightWidth, registrarHeight),
                   report.registrar, Qt::AlignRight);
        right.draw(painter, QRectF(width - rightWidth, registrarHeight, rightWidth, headerHeight),
                   generated, Qt::AlignRight);
        painter.setPen(QPen(accent, 1.5 * px));
        painter.drawLine(QPointF(0, headerHeight - 7 * px), QPointF(width, headerHeight - 7 * px));

        painter.save();
        painter.translate(0, headerHeight);
        painter.setClipRect(QRectF(QPointF(0, 0), page));
        body.paintPage(painter, i);
        painter.restore();

        const QRectF foot(0, height - footerHeight + 6 * px, width, footerHeight - 6 * px);
        painter.setPen(QPen(muted, px));
        painter.drawLine(QPointF(0, foot.top() - 2 * px), QPointF(width, foot.top() - 2 * px));
        footer.draw(painter, foot, report.title);
        //: %1 this page, %2 how many pages
        footer.draw(painter, foot,
                    tr("Page %1 of %2").arg(locale.toString(i + 1), locale.toString(pages)),
                    Qt::AlignRight);
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
