#include "storage/ContactRepository.h"

#include "model/Codes.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rd {

using namespace rd::sql;

namespace {

constexpr int MaxStreetLines = 3; // RFC 5733 contact:street

const QLatin1String selectContacts(
    "SELECT id, handle, kind, name, organisation, street1, street2, street3, city, province,"
    " postcode, country_code, email, voice, mobile, vat, identity_document, verification, notes,"
    " created_at, updated_at FROM contacts");

// The stored precision is a second: keep the object equal to what a reload gives.
Contact fromRow(const QSqlQuery& query)
{
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.handle = query.value(1).toString();
    contact.kind =
        codes::contactKindFromCode(query.value(2).toString()).value_or(ContactKind::Person);
    contact.name = query.value(3).toString();
    contact.organisation = query.value(4).toString();
    contact.address.street.clear();
    for (int column = 5; column < 5 + MaxStreetLines; ++column) {
        // NULL marks an absent line; an empty line between two others is kept.
        if (!query.value(column).isNull())
            contact.address.street.append(query.value(column).toString());
    }
    contact.address.city = query.value(8).toString();
    contact.address.province = query.value(9).toString();
    contact.address.postcode = query.value(10).toString();
    contact.address.countryCode = query.value(11).toString();
    contact.email = query.value(12).toString();
    contact.voice = query.value(13).toString();
    contact.mobile = query.value(14).toString();
    contact.vat = query.value(15).toString();
    contact.identityDocument = query.value(16).toString();
    contact.verification = codes::verificationStateFromCode(query.value(17).toString())
                               .value_or(VerificationState::Unverified);
    contact.notes = query.value(18).toString();
    contact.createdAt = moment(query.value(19));
    contact.updatedAt = moment(query.value(20));
    return contact;
}

// Binds every column but id, created_at and updated_at, in table order.
void bindFields(QSqlQuery& query, const Contact& contact)
{
    query.addBindValue(contact.handle);
    query.addBindValue(codes::toCode(contact.kind));
    query.addBindValue(contact.name);
    query.addBindValue(contact.organisation);
    for (int line = 0; line < MaxStreetLines; ++line) {
        if (line < contact.address.street.size()) {
            const QString& text = contact.address.street.at(line);
            query.addBindValue(text.isNull() ? QStringLiteral("") : text);
        } else {
            query.addBindValue(QVariant(QMetaType::fromType<QString>()));
        }
    }
    query.addBindValue(contact.address.city);
    query.addBindValue(contact.address.province);
    query.addBindValue(contact.address.postcode);
    query.addBindValue(contact.address.countryCode);
    query.addBindValue(contact.email);
    query.addBindValue(contact.voice);
    query.addBindValue(contact.mobile);
    query.addBindValue(contact.vat);
    query.addBindValue(contact.identityDocument);
    query.addBindValue(codes::toCode(contact.verification));
    query.addBindValue(contact.notes);
}

// The id of the contact holding the handle, 0 when none does, -1 on a read error.
qint64 idOfHandle(const QSqlDatabase& db, const QString& handle, QSqlError* sqlError)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE handle = ?"));
    query.addBindValue(handle);
    if (!query.exec()) {
        *sqlError = query.lastError();
        return -1;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

void warnRead(const QSqlQuery& query)
{
    qWarning("rd::ContactRepository: read failed: %s", qUtf8Printable(query.lastError().text()));
}

} // namespace

bool ContactRepository::insert(Contact& contact, QString* error)
{
    if (contact.address.street.size() > MaxStreetLines) {
        setError(error, tr("The address of the contact %1 has more than three street lines.")
                            .arg(contact.handle));
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    QSqlError sqlError;
    const qint64 holder = idOfHandle(db, contact.handle, &sqlError);
    if (holder != 0) {
        setError(error,
                 holder > 0
                     ? tr("A contact with the handle %1 is already in the portfolio.")
                           .arg(contact.handle)
                     : withDetail(tr("Cannot add the contact %1.").arg(contact.handle), sqlError));
        return false;
    }

    const QDateTime now = nowUtc();
    const QDateTime created = contact.createdAt.isValid() ? moment(secs(contact.createdAt)) : now;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO contacts (handle, kind, name, organisation, street1, street2, street3, city,"
        " province, postcode, country_code, email, voice, mobile, vat, identity_document,"
        " verification, notes, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, contact);
    query.addBindValue(secs(created));
    query.addBindValue(secs(now));
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot add the contact %1.").arg(contact.handle),
                                   query.lastError()));
        return false;
    }
    contact.id = query.lastInsertId().toLongLong();
    contact.createdAt = created;
    contact.updatedAt = now;
    return true;
}

bool ContactRepository::update(Contact& contact, QString* error)
{
    if (contact.address.street.size() > MaxStreetLines) {
        setError(error, tr("The address of the contact %1 has more than three street lines.")
                            .arg(contact.handle));
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    QSqlError sqlError;
    const qint64 holder = idOfHandle(db, contact.handle, &sqlError);
    if (holder < 0) {
        setError(error,
                 withDetail(tr("Cannot save the contact %1.").arg(contact.handle), sqlError));
        return false;
    }
    if (holder > 0 && holder != contact.id) {
        setError(
            error,
            tr("A contact with the handle %1 is already in the portfolio.").arg(contact.handle));
        return false;
    }

    const QDateTime now = nowUtc();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE contacts SET handle = ?, kind = ?, name = ?, organisation = ?, street1 = ?,"
        " street2 = ?, street3 = ?, city = ?, province = ?, postcode = ?, country_code = ?,"
        " email = ?, voice = ?, mobile = ?, vat = ?, identity_document = ?, verification = ?,"
        " notes = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, contact);
    query.addBindValue(secs(now));
    query.addBindValue(contact.id);
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot save the contact %1.").arg(contact.handle),
                                   query.lastError()));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error,
                 tr("Cannot save the contact %1: it is not in the portfolio.").arg(contact.handle));
        return false;
    }
    contact.updatedAt = now;
    return true;
}

std::optional<Contact> ContactRepository::findById(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectContacts % QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        warnRead(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<Contact> ContactRepository::findByHandle(const QString& handle) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectContacts % QStringLiteral(" WHERE handle = ?"));
    query.addBindValue(handle);
    if (!query.exec()) {
        warnRead(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Contact> ContactRepository::all() const
{
    QList<Contact> contacts;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(selectContacts % QStringLiteral(" ORDER BY handle"))) {
        warnRead(query);
        return contacts;
    }
    while (query.next())
        contacts.append(fromRow(query));
    return contacts;
}

int ContactRepository::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM contacts")) || !query.next()) {
        warnRead(query);
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace rd
