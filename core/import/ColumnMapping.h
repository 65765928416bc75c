#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

namespace rd::import {

enum class ImportKind
{
    Domains,
    Contacts
};

// What a column of the file holds. Codes (fieldCode) are stable: mapping files use them.
enum class Field
{
    Ignore,
    // domains
    DomainName,
    Registrant, // the holder's handle
    Expiry,
    Created,
    AutoRenew,
    Programme,
    // contacts
    Handle,
    Kind, // person or organisation
    Name,
    Organisation,
    Vat,
    Email,
    Phone,
    Mobile,
    Street,
    City,
    Postcode,
    Country,
    IdentityDocument,
    // both
    Notes
};

QString toCode(ImportKind kind);
std::optional<ImportKind> importKindFromCode(const QString& code);
QString fieldCode(Field field);
std::optional<Field> fieldFromCode(const QString& code);

// Which field each column of a file holds. Guessed from the header (Portuguese
// or English and their usual variants, without regard to case or accents),
// shown to the user to confirm or correct, and saved as JSON to reuse on the
// next file of the same shape. Saved mappings name columns by header text, so
// they still apply when the columns come in another order.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ColumnMapping() = default;
    explicit ColumnMapping(ImportKind kind)
        : m_kind(kind)
    {}

    // The fields a kind of import knows, in the order a wizard lists them.
    static QList<Field> fieldsOf(ImportKind kind);
    // The fields without which a row cannot be imported (domain name; contact handle).
    static QList<Field> requiredFields(ImportKind kind);
    // A translated name for people ("expiry date", "VAT number").
    static QString label(Field field);
    // Lower case, accents and punctuation gone, spaces simplified: "Data de expiração" ->
    // "data de expiracao".
    static QString normaliseHeader(const QString& header);
    static Field guessField(ImportKind kind, const QString& header);
    static ColumnMapping guess(ImportKind kind, const QStringList& header);

    ImportKind kind() const { return m_kind; }
    Field fieldAt(int column) const { return m_columns.value(column, Field::Ignore); }
    void set(int column, Field field);
    int columnOf(Field field) const; // -1 when no column holds it
    int columnCount() const { return m_width; }

    // Each field in at most one column, the required ones present; error names
    // what is missing or doubled.
    bool isComplete(const QStringList& header, QString* error) const;

    // JSON: {"kind": "domains", "columns": {"Header text": "field-code", ...}}.
    QByteArray toJson(const QStringList& header) const;
    // Applies a saved mapping to a file's header: columns it does not name are
    // guessed; a header it names that the file lacks is ignored.
    static std::optional<ColumnMapping> fromJson(const QByteArray& json, const QStringList& header,
                                                 QString* error);
    bool save(const QString& path, const QStringList& header, QString* error) const;
    static std::optional<ColumnMapping> load(const QString& path, const QStringList& header,
                                             QString* error);

private:
    ImportKind m_kind = ImportKind::Domains;
    QHash<int, Field> m_columns;
    int m_width = 0;
};

} // namespace rd::import
