#include "storage/DraftRepository.h"

#include "model/CodeTable.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

namespace rd {

using namespace sql;

namespace {

constexpr codes::Table<Draft::Kind, 4> kindCodes{{
    {Draft::Kind::NameServers, "name-servers"},
    {Draft::Kind::AutoRenew, "auto-renew"},
    {Draft::Kind::Renew, "renew"},
    {Draft::Kind::OwnerChange, "owner-change"},
}};

constexpr codes::Table<Draft::State, 5> stateCodes{{
    {Draft::State::Draft, "draft"},
    {Draft::State::Sending, "sending"},
    {Draft::State::Unknown, "unknown"},
    {Draft::State::Done, "done"},
    {Draft::State::Failed, "failed"},
}};

const QString columns = QStringLiteral(
    "SELECT id, domain_id, kind, value, state, created_at, agent, sent_at, cl_trid, sv_trid,"
    " result FROM drafts");

Draft draftFrom(const QSqlQuery& query)
{
    Draft draft;
    draft.id = query.value(0).toLongLong();
    draft.domainId = query.value(1).toLongLong();
    draft.kind =
        codes::valueOf(kindCodes, query.value(2).toString()).value_or(Draft::Kind::NameServers);
    draft.value = query.value(3).toString();
    draft.state =
        codes::valueOf(stateCodes, query.value(4).toString()).value_or(Draft::State::Draft);
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
    return codes::codeOf(kindCodes, kind);
}

QString toCode(Draft::State state)
{
    return codes::codeOf(stateCodes, state);
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

QList<Draft> DraftRepository::inStates(const QList<Draft::State>& states) const
{
    QList<Draft> drafts;
    if (states.isEmpty())
        return drafts;
    QStringList marks;
    for (qsizetype i = 0; i < states.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db.connection());
    query.prepare(
        columns +
        QStringLiteral(" WHERE state IN (%1) ORDER BY id").arg(marks.join(QLatin1Char(','))));
    for (Draft::State state : states)
        query.addBindValue(toCode(state));
    if (query.exec()) {
        while (query.next())
            drafts.append(draftFrom(query));
    }
    return drafts;
}

} // namespace rd
