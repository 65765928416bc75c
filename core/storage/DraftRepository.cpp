#include "storage/DraftRepository.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

namespace rd {

using namespace sql;

namespace {

const Draft::Kind kinds[] = {Draft::Kind::NameServers, Draft::Kind::AutoRenew, Draft::Kind::Renew,
                             Draft::Kind::OwnerChange};
const Draft::State states[] = {Draft::State::Draft, Draft::State::Sending, Draft::State::Unknown,
                               Draft::State::Done, Draft::State::Failed};

template <typename T, std::size_t N> T fromCode(const T (&values)[N], const QString& code)
{
    for (const T value : values) {
        if (toCode(value) == code)
            return value;
    }
    return values[0];
}

const QString columns = QStringLiteral(
    "SELECT id, domain_id, kind, value, state, created_at, agent, sent_at, cl_trid, sv_trid,"
    " result FROM drafts");

Draft draftFrom(const QSqlQuery& query)
{
    Draft draft;
    draft.id = query.value(0).toLongLong();
    draft.domainId = query.value(1).toLongLong();
    draft.kind = fromCode(kinds, query.value(2).toString());
    draft.value = query.value(3).toString();
    draft.state = fromCode(states, query.value(4).toString());
    draft.createdAt = moment(query.value(5));
    draft.agent = query.value(6).toString();
    draft.sentAt = moment(query.value(7));
    draft.clTRID = query.value(8).toString();
    draft.svTRID = query.value(9).toString();
    draft.result = query.value(10).toString();
    return draft;
}

} // namespace

QString toCode(Draft::Kind kind)
{
    switch (kind) {
    case Draft::Kind::NameServers:
        return QStringLiteral("name-servers");
    case Draft::Kind::AutoRenew:
        return QStringLiteral("auto-renew");
    case Draft::Kind::Renew:
        return QStringLiteral("renew");
    case Draft::Kind::OwnerChange:
        return QStringLiteral("owner-change");
    }
    return {};
}

QString toCode(Draft::State state)
{
    switch (state) {
    case Draft::State::Draft:
        return QStringLiteral("draft");
    case Draft::State::Sending:
        return QStringLiteral("sending");
    case Draft::State::Unknown:
        return QStringLiteral("unknown");
    case Draft::State::Done:
        return QStringLiteral("done");
    case Draft::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool DraftRepository::insert(Draft& draft, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO drafts (domain_id, kind, value, state, created_at,"
                                 " agent) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(draft.domainId);
    query.addBindValue(toCode(draft.kind));
    query.addBindValue(draft.value);
    query.addBindValue(toCode(draft.state));
    query.addBindValue(secs(draft.createdAt));
    query.addBindValue(draft.agent);
    if (!query.exec()) {
        setError(error, withDetail(tr("Cannot keep the draft."), query.lastError()));
        return false;
    }
    draft.id = query.lastInsertId().toLongLong();
    return true;
}

bool DraftRepository::update(const Draft& draft, QString* error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE drafts SET state = ?, sent_at = ?, cl_trid = ?,"
                                 " sv_trid = ?, result = ? WHERE id = ?"));
    query.addBindValue(toCode(draft.state));
    query.addBindValue(secs(draft.sentAt));
    query.addBindValue(draft.clTRID);
    query.addBindValue(draft.svTRID);
    query.addBindValue(draft.result);
    query.addBindValue(draft.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        setError(error,
                 withDetail(tr("Cannot save the draft %1.").arg(draft.id), query.lastError()));
        return false;
    }
    return true;
}

std::optional<Draft> DraftRepository::findById(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(columns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return draftFrom(query);
}

QList<Draft> DraftRepository::forDomain(qint64 domainId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(columns + QStringLiteral(" WHERE domain_id = ? ORDER BY id"));
    query.addBindValue(domainId);
    QList<Draft> drafts;
    if (query.exec()) {
        while (query.next())
            drafts.append(draftFrom(query));
    }
    return drafts;
}

} // namespace rd
