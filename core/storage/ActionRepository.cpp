#include "storage/ActionRepository.h"

#include "model/Codes.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace rd {

using namespace rd::sql;

namespace {

const QLatin1String selectActions(
    "SELECT a.id, a.domain_id, a.kind, a.state, a.new_holder_handle, a.assignee, a.notes,"
    " a.outcome FROM actions a");

const QLatin1String
    selectSteps("SELECT s.action_id, s.kind, s.at, s.agent, s.note FROM action_steps s"
                " JOIN actions a ON a.id = s.action_id");

void warnRead(const QSqlQuery& query)
{
    qWarning("rd::ActionRepository: read failed: %s", qUtf8Printable(query.lastError().text()));
}

// The stored precision is a second: keep the steps equal to what a reload gives.
void truncateToSeconds(PendingAction& action, qsizetype from)
{
    for (qsizetype i = from; i < action.steps.size(); ++i) {
        QDateTime& at = action.steps[i].at;
        if (at.isValid())
            at = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    }
}

// Appends steps[from...] with their position as sequence number.
bool insertSteps(const QSqlDatabase& db, const PendingAction& action, qsizetype from,
                 const QString& failure, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO action_steps (action_id, seq, kind, at, agent, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = from; i < action.steps.size(); ++i) {
        const ActionStep& step = action.steps.at(i);
        query.addBindValue(action.id);
        query.addBindValue(static_cast<qint64>(i));
        query.addBindValue(codes::toCode(step.kind));
        query.addBindValue(secs(step.at));
        query.addBindValue(step.agent);
        query.addBindValue(step.note);
        if (!query.exec()) {
            setError(error, withDetail(failure, query.lastError()));
            return false;
        }
    }
    return true;
}

PendingAction actionFromRow(const QSqlQuery& query)
{
    PendingAction action;
    action.id = query.value(0).toLongLong();
    action.domainId = query.value(1).toLongLong();
    action.kind =
        codes::actionKindFromCode(query.value(2).toString()).value_or(ActionKind::Verification);
    action.state =
        codes::actionStateFromCode(query.value(3).toString()).value_or(ActionState::Open);
    action.newHolderHandle = query.value(4).toString();
    action.assignee = query.value(5).toString();
    action.notes = query.value(6).toString();
    action.outcome = query.value(7).toString();
    return action;
}

// Actions matching the filter, with their steps: two queries whatever the count.
QList<PendingAction> load(const QSqlDatabase& db, const QString& where, const QString& order,
                          const QVariantList& values)
{
    QList<PendingAction> actions;
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(selectActions % where % order);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            warnRead(query);
            return actions;
        }
        while (query.next()) {
            index.insert(query.value(0).toLongLong(), actions.size());
            actions.append(actionFromRow(query));
        }
    }
    if (actions.isEmpty())
        return actions;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(selectSteps % where % QStringLiteral(" ORDER BY s.action_id, s.seq"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        warnRead(query);
        return actions;
    }
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toLongLong());
        if (found == index.constEnd())
            continue;
        ActionStep step;
        step.kind = codes::actionStepKindFromCode(query.value(1).toString())
                        .value_or(ActionStepKind::Opened);
        step.at = moment(query.value(2));
        step.agent = query.value(3).toString();
        step.note = query.value(4).toString();
        actions[found.value()].steps.append(step);
    }
    return actions;
}

} // namespace

bool ActionRepository::insert(PendingAction& action, QString* error)
{
    const QSqlDatabase db = m_db.connection();
    const QString failure =
        tr("Cannot open the action on the domain %1.").arg(domainName(db, action.domainId));
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT 1 FROM domains WHERE id = ?"));
        query.addBindValue(action.domainId);
        if (!query.exec()) {
            setError(error, withDetail(failure, query.lastError()));
            return false;
        }
        if (!query.next()) {
            setError(error, tr("Cannot open the action: there is no domain with the id %1.")
                                .arg(action.domainId));
            return false;
        }
    }

    qint64 newId = 0;
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT INTO actions (domain_id, kind, state, new_holder_handle, assignee, notes,"
                " outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(action.domainId);
            query.addBindValue(codes::toCode(action.kind));
            query.addBindValue(codes::toCode(action.state));
            query.addBindValue(action.newHolderHandle);
            query.addBindValue(action.assignee);
            query.addBindValue(action.notes);
            query.addBindValue(action.outcome);
            if (!query.exec()) {
                setError(error, withDetail(failure, query.lastError()));
                return false;
            }
            newId = query.lastInsertId().toLongLong();
            PendingAction stored = action;
            stored.id = newId;
            return insertSteps(db, stored, 0, failure, error);
        },
        error);
    if (!ok)
        return false;
    action.id = newId;
    truncateToSeconds(action, 0);
    return true;
}

bool ActionRepository::update(PendingAction& action, QString* error)
{
    const QSqlDatabase db = m_db.connection();
    const QString failure =
        tr("Cannot save the action on the domain %1.").arg(domainName(db, action.domainId));
    qsizetype stored = 0;
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "UPDATE actions SET state = ?, new_holder_handle = ?, assignee = ?, notes = ?,"
                " outcome = ? WHERE id = ?"));
            query.addBindValue(codes::toCode(action.state));
            query.addBindValue(action.newHolderHandle);
            query.addBindValue(action.assignee);
            query.addBindValue(action.notes);
            query.addBindValue(action.outcome);
            query.addBindValue(action.id);
            if (!query.exec()) {
                setError(error, withDetail(failure, query.lastError()));
                return false;
            }
            if (query.numRowsAffected() == 0) {
                setError(error, tr("Cannot save the action: there is no action with the id %1.")
                                    .arg(action.id));
                return false;
            }

            // Steps are history: the stored ones stay as they are, new ones follow.
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT COUNT(*) FROM action_steps WHERE action_id = ?"));
            count.addBindValue(action.id);
            if (!count.exec() || !count.next()) {
                setError(error, withDetail(failure, count.lastError()));
                return false;
            }
            stored = count.value(0).toLongLong();
            return insertSteps(db, action, stored, failure, error);
        },
        error);
    if (ok)
        truncateToSeconds(action, stored);
    return ok;
}

std::optional<PendingAction> ActionRepository::findById(qint64 id) const
{
    const QList<PendingAction> found =
        load(m_db.connection(), QStringLiteral(" WHERE a.id = ?"), QString(), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PendingAction> ActionRepository::forDomain(qint64 domainId, bool openOnly) const
{
    if (openOnly) {
        return load(m_db.connection(), QStringLiteral(" WHERE a.domain_id = ? AND a.state <> ?"),
                    QStringLiteral(" ORDER BY a.id"),
                    {domainId, codes::toCode(ActionState::Closed)});
    }
    return load(m_db.connection(), QStringLiteral(" WHERE a.domain_id = ?"),
                QStringLiteral(" ORDER BY a.id"), {domainId});
}

QList<PendingAction> ActionRepository::allOpen() const
{
    return load(m_db.connection(), QStringLiteral(" WHERE a.state <> ?"),
                QStringLiteral(" ORDER BY a.domain_id, a.id"),
                {codes::toCode(ActionState::Closed)});
}

} // namespace rd
