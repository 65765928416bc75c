#include "import/ColumnMapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rd::import {
namespace {

struct FieldInfo
{
    Field field;
    const char* code;
};

constexpr FieldInfo fieldInfo[] = {
    {Field::Ignore, "ignore"},
    {Field::DomainName, "domain"},
    {Field::Registrant, "registrant"},
    {Field::Expiry, "expiry"},
    {Field::Created, "created"},
    {Field::AutoRenew, "auto-renew"},
    {Field::Programme, "programme"},
    {Field::Handle, "handle"},
    {Field::Kind, "kind"},
    {Field::Name, "name"},
    {Field::Organisation, "organisation"},
    {Field::Vat, "vat"},
    {Field::Email, "email"},
    {Field::Phone, "phone"},
    {Field::Mobile, "mobile"},
    {Field::Street, "street"},
    {Field::City, "city"},
    {Field::Postcode, "postcode"},
    {Field::Country, "country"},
    {Field::IdentityDocument, "id-document"},
    {Field::Notes, "notes"},
};

// Header variants, written already normalised (lower case, no accents).
struct Synonyms
{
    Field field;
    QStringList names;
};

const QList<Synonyms>& domainSynonyms()
{
    static const QList<Synonyms> list = {
        {Field::DomainName,
         {QStringLiteral("dominio"), QStringLiteral("domain"), QStringLiteral("nome de dominio"),
          QStringLiteral("domain name"), QStringLiteral("nome do dominio"),
          QStringLiteral("dominios"), QStringLiteral("domains"), QStringLiteral("name")}},
        {Field::Registrant,
         {QStringLiteral("titular"), QStringLiteral("holder"), QStringLiteral("registrant"),
          QStringLiteral("handle do titular"), QStringLiteral("holder handle"),
          QStringLiteral("registrant handle"), QStringLiteral("titular handle"),
          QStringLiteral("nic handle"), QStringLiteral("owner")}},
        {Field::Expiry,
         {QStringLiteral("data de expiracao"), QStringLiteral("expiry date"),
          QStringLiteral("expira"), QStringLiteral("expiracao"), QStringLiteral("expiry"),
          QStringLiteral("expires"), QStringLiteral("expiration date"),
          QStringLiteral("expiration"), QStringLiteral("data de validade"),
          QStringLiteral("validade"), QStringLiteral("expira em"), QStringLiteral("expires at")}},
        {Field::Created,
         {QStringLiteral("data de registo"), QStringLiteral("data de criacao"),
          QStringLiteral("criado"), QStringLiteral("criacao"), QStringLiteral("created"),
          QStringLiteral("creation date"), QStringLiteral("registration date"),
          QStringLiteral("registered"), QStringLiteral("registo"), QStringLiteral("created at")}},
        {Field::AutoRenew,
         {QStringLiteral("renovacao automatica"), QStringLiteral("auto renew"),
          QStringLiteral("autorenew"), QStringLiteral("auto renewal"),
          QStringLiteral("renovacao auto"), QStringLiteral("renovacao")}},
        {Field::Programme,
         {QStringLiteral("programa"), QStringLiteral("programme"), QStringLiteral("program"),
          QStringLiteral("promocao"), QStringLiteral("promotion")}},
        {Field::Notes,
         {QStringLiteral("notas"), QStringLiteral("notes"), QStringLiteral("observacoes"),
          QStringLiteral("obs"), QStringLiteral("comments"), QStringLiteral("comentarios")}},
    };
    return list;
}

const QList<Synonyms>& contactSynonyms()
{
    static const QList<Synonyms> list = {
        {Field::Handle,
         {QStringLiteral("handle"), QStringLiteral("nic handle"), QStringLiteral("identificador"),
          QStringLiteral("contact handle"), QStringLiteral("handle do contacto"),
          QStringLiteral("id"), QStringLiteral("contacto")}},
        {Field::Kind,
         {QStringLiteral("tipo"), QStringLiteral("kind"), QStringLiteral("type"),
          QStringLiteral("tipo de contacto")}},
        {Field::Name,
         {QStringLiteral("nome"), QStringLiteral("name"), QStringLiteral("titular"),
          QStringLiteral("holder"), QStringLiteral("registrant"), QStringLiteral("full name"),
          QStringLiteral("nome completo")}},
        {Field::Organisation,
         {QStringLiteral("organizacao"), QStringLiteral("organisation"),
          QStringLiteral("organization"), QStringLiteral("empresa"), QStringLiteral("company"),
          QStringLiteral("entidade")}},
        {Field::Vat,
         {QStringLiteral("nif"), QStringLiteral("contribuinte"), QStringLiteral("vat"),
          QStringLiteral("nipc"), QStringLiteral("nif nipc"), QStringLiteral("vat number"),
          QStringLiteral("numero de contribuinte"), QStringLiteral("n contribuinte"),
          QStringLiteral("n o contribuinte"), QStringLiteral("no contribuinte"),
          QStringLiteral("tax id"), QStringLiteral("vat id")}},
        {Field::Email,
         {QStringLiteral("e mail"), QStringLiteral("email"), QStringLiteral("correio eletronico"),
          QStringLiteral("correio electronico"), QStringLiteral("mail")}},
        {Field::Phone,
         {QStringLiteral("telefone"), QStringLiteral("phone"), QStringLiteral("telephone"),
          QStringLiteral("tel"), QStringLiteral("voice")}},
        {Field::Mobile,
         {QStringLiteral("telemovel"), QStringLiteral("mobile"), QStringLiteral("mobile phone"),
          QStringLiteral("movel"), QStringLiteral("cell phone")}},
        {Field::Street,
         {QStringLiteral("morada"), QStringLiteral("rua"), QStringLiteral("street"),
          QStringLiteral("address"), QStringLiteral("endereco")}},
        {Field::City,
         {QStringLiteral("localidade"), QStringLiteral("cidade"), QStringLiteral("city"),
          QStringLiteral("town")}},
        {Field::Postcode,
         {QStringLiteral("codigo postal"), QStringLiteral("cod postal"), QStringLiteral("cp"),
          QStringLiteral("postcode"), QStringLiteral("postal code"), QStringLiteral("zip"),
          QStringLiteral("zip code")}},
        {Field::Country,
         {QStringLiteral("pais"), QStringLiteral("country"), QStringLiteral("country code"),
          QStringLiteral("codigo do pais")}},
        {Field::IdentityDocument,
         {QStringLiteral("cartao de cidadao"), QStringLiteral("cc"),
          QStringLiteral("documento de identificacao"), QStringLiteral("identity document"),
          QStringLiteral("id document")}},
        {Field::Notes,
         {QStringLiteral("notas"), QStringLiteral("notes"), QStringLiteral("observacoes"),
          QStringLiteral("obs"), QStringLiteral("comments"), QStringLiteral("comentarios")}},
    };
    return list;
}

} // namespace

QString toCode(ImportKind kind)
{
    return kind == ImportKind::Domains ? QStringLiteral("domains") : QStringLiteral("contacts");
}

std::optional<ImportKind> importKindFromCode(const QString& code)
{
    if (code == QLatin1String("domains"))
        return ImportKind::Domains;
    if (code == QLatin1String("contacts"))
        return ImportKind::Contacts;
    return std::nullopt;
}

QString fieldCode(Field field)
{
    for (const FieldInfo& info : fieldInfo) {
        if (info.field == field)
            return QString::fromLatin1(info.code);
    }
    return {};
}

std::optional<Field> fieldFromCode(const QString& code)
{
    for (const FieldInfo& info : fieldInfo) {
        if (code == QLatin1String(info.code))
            return info.field;
    }
    return std::nullopt;
}

QList<Field> ColumnMapping::fieldsOf(ImportKind kind)
{
    if (kind == ImportKind::Domains)
        return {Field::DomainName, Field::Registrant, Field::Expiry, Field::Created,
                Field::AutoRenew,  Field::Programme,  Field::Notes};
    return {Field::Handle,
            Field::Kind,
            Field::Name,
            Field::Organisation,
            Field::Vat,
            Field::Email,
            Field::Phone,
            Field::Mobile,
            Field::Street,
            Field::City,
            Field::Postcode,
            Field::Country,
            Field::IdentityDocument,
            Field::Notes};
}

QList<Field> ColumnMapping::requiredFields(ImportKind kind)
{
    return {kind == ImportKind::Domains ? Field::DomainName : Field::Handle};
}

QString ColumnMapping::label(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(ignored)");
    case Field::DomainName:
        return tr("domain");
    case Field::Registrant:
        return tr("holder");
    case Field::Expiry:
        return tr("expiry date");
    case Field::Created:
        return tr("creation date");
    case Field::AutoRenew:
        return tr("auto-renew");
    case Field::Programme:
        return tr("programme");
    case Field::Handle:
        return tr("handle");
    case Field::Kind:
        return tr("kind");
    case Field::Name:
        return tr("name");
    case Field::Organisation:
        return tr("organisation");
    case Field::Vat:
        return tr("VAT number");
    case Field::Email:
        return tr("e-mail");
    case Field::Phone:
        return tr("phone");
    case Field::Mobile:
        return tr("mobile phone");
    case Field::Street:
        return tr("street");
    case Field::City:
        return tr("city");
    case Field::Postcode:
        return tr("postcode");
    case Field::Country:
        return tr("country");
    case Field::IdentityDocument:
        return tr("identity document");
    case Field::Notes:
        return tr("notes");
    }
    return {};
}

QString ColumnMapping::normaliseHeader(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    }
    return out.simplified();
}

Field ColumnMapping::guessField(ImportKind kind, const QString& header)
{
    const QString key = normaliseHeader(header);
    for (const Synonyms& entry :
         kind == ImportKind::Domains ? domainSynonyms() : contactSynonyms()) {
        if (entry.names.contains(key))
            return entry.field;
    }
    return Field::Ignore;
}

ColumnMapping ColumnMapping::guess(ImportKind kind, const QStringList& header)
{
    ColumnMapping mapping(kind);
    mapping.m_width = int(header.size());
    for (int c = 0; c < header.size(); ++c) {
        const Field field = guessField(kind, header.at(c));
        // The first column that matches a field takes it; another is left for the user.
        if (field != Field::Ignore && mapping.columnOf(field) < 0)
            mapping.m_columns.insert(c, field);
    }
    return mapping;
}

void ColumnMapping::set(int column, Field field)
{
    if (field == Field::Ignore)
        m_columns.remove(column);
    else
        m_columns.insert(column, field);
    m_width = std::max(m_width, column + 1);
}

int ColumnMapping::columnOf(Field field) const
{
    int found = -1;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() == field && (found < 0 || it.key() < found))
            found = it.key();
    }
    return found;
}

bool ColumnMapping::isComplete(const QStringList& header, QString* error) const
{
    const QList<Field> known = fieldsOf(m_kind);
    QHash<int, int> seen; // field -> column
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (!known.contains(it.value())) {
            if (error)
                *error = tr("Column \"%1\": the field %2 does not belong to an import of %3.")
                             .arg(header.value(it.key()), label(it.value()), toCode(m_kind));
            return false;
        }
        if (seen.contains(int(it.value()))) {
            if (error)
                *error = tr("The columns \"%1\" and \"%2\" both hold the %3.")
                             .arg(header.value(std::min(seen.value(int(it.value())), it.key())),
                                  header.value(std::max(seen.value(int(it.value())), it.key())),
                                  label(it.value()));
            return false;
        }
        seen.insert(int(it.value()), it.key());
    }
    for (const Field field : requiredFields(m_kind)) {
        if (!seen.contains(int(field))) {
            if (error)
                *error =
                    tr("No column holds the %1; name it in the header (for example \"%2\") "
                       "or in a mapping.")
                        .arg(label(field), field == Field::DomainName ? QStringLiteral("Domínio")
                                                                      : QStringLiteral("Handle"));
            return false;
        }
    }
    return true;
}

QByteArray ColumnMapping::toJson(const QStringList& header) const
{
    QJsonObject columns;
    for (int c = 0; c < header.size(); ++c)
        columns.insert(header.at(c), fieldCode(fieldAt(c)));
    QJsonObject root;
    root.insert(QStringLiteral("kind"), toCode(m_kind));
    root.insert(QStringLiteral("columns"), columns);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json,
                                                     const QStringList& header, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const std::optional<ImportKind> kind =
        importKindFromCode(document.object().value(QStringLiteral("kind")).toString());
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !kind) {
        if (error)
            *error = tr("The mapping is not a JSON object with \"kind\" (domains or contacts) "
                        "and \"columns\".");
        return std::nullopt;
    }
    ColumnMapping mapping = guess(*kind, header);
    const QJsonObject columns = document.object().value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const std::optional<Field> field = fieldFromCode(it.value().toString());
        if (!field) {
            if (error)
                *error = tr("The mapping gives column \"%1\" an unknown field \"%2\".")
                             .arg(it.key(), it.value().toString());
            return std::nullopt;
        }
        const int column = int(header.indexOf(it.key()));
        if (column < 0)
            continue;
        // A saved choice overrides the guess, also for the column that guessed the same field.
        if (*field != Field::Ignore) {
            const int other = mapping.columnOf(*field);
            if (other >= 0 && other != column)
                mapping.set(other, Field::Ignore);
        }
        mapping.set(column, *field);
    }
    mapping.m_width = int(header.size());
    return mapping;
}

bool ColumnMapping::save(const QString& path, const QStringList& header, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = toJson(header);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

std::optional<ColumnMapping> ColumnMapping::load(const QString& path, const QStringList& header,
                                                 QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<ColumnMapping> mapping = fromJson(file.readAll(), header, &why);
    if (!mapping && error)
        *error = path + QStringLiteral(": ") + why;
    return mapping;
}

} // namespace rd::import
