#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace rd::reports {

enum class ReportKind
{
    Briefing,
    Deletions,
    Actions,
    Dossier,
    PersonalData,
    Programmes
};

// briefing, deletions, actions, dossier, personal-data, programmes: the
// command line's words, the same in every language.
QString toCode(ReportKind kind);
std::optional<ReportKind> reportKindFromCode(const QString& code);
QStringList reportCodes();

// A table as people read it. Cells are already formatted for the report's
// locale; rowClasses mark rows for the stylesheet (an alert level code).
struct ReportTable
{
    QStringList header; // empty: a key/value table without a header row
    QList<QStringList> rows;
    QStringList rowClasses; // one per row, may be empty
    QList<int> numericColumns;
    QList<int> columnWidths; // percent per column, or empty to fit the content
    QString whenEmpty;       // said instead of the table when there are no rows
};

struct ChartBar
{
    QString label;
    int value = 0;
};

// A bar chart: drawn as SVG in HTML and painted with QPainter in PDF.
struct ReportChart
{
    QString title;
    QString description; // the same figures in words, for readers without the picture
    QList<ChartBar> bars;
};

struct ReportBlock
{
    enum class Type
    {
        Heading,
        Subheading,
        Paragraph,
        Table,
        Chart
    };
    Type type = Type::Paragraph;
    QString text;
    ReportTable table;
    ReportChart chart;
};

// A report ready to render: built once, written as HTML, PDF or CSV.
struct Report
{
    ReportKind kind = ReportKind::Briefing;
    QString title;
    QList<std::pair<QString, QString>> parameters; // label, value
    QString generatedAt;                           // formatted for people
    QString registrar;
    QString language; // BCP 47, for <html lang>
    bool landscape = false;
    QList<ReportBlock> blocks;
    // Tabular reports: the rows for spreadsheets, with raw values (ISO 8601
    // moments in UTC, codes beside labels).
    std::optional<ReportTable> csv;

    void heading(const QString& text) { blocks.append({ReportBlock::Type::Heading, text, {}, {}}); }
    void subheading(const QString& text)
    {
        blocks.append({ReportBlock::Type::Subheading, text, {}, {}});
    }
    void paragraph(const QString& text)
    {
        blocks.append({ReportBlock::Type::Paragraph, text, {}, {}});
    }
    void table(const ReportTable& table)
    {
        blocks.append({ReportBlock::Type::Table, {}, table, {}});
    }
    void chart(const ReportChart& chart)
    {
        blocks.append({ReportBlock::Type::Chart, {}, {}, chart});
    }
    QString parameterLine() const; // "Window: ... · Language: ..."
};

} // namespace rd::reports
