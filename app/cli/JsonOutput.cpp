#include "JsonOutput.h"

#include "model/Codes.h"
#include "rules/DeadlineEngine.h"
#include "rules/TimeFormat.h"

#include <QJsonArray>

namespace rd::json {
namespace {

QJsonValue moment(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(timeformat::toIsoUtc(value)) : QJsonValue();
}

QJsonValue textOrNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonArray toJson(const QList<NameServer>& servers)
{
    QJsonArray array;
    for (const NameServer& ns : servers) {
        array.append(
            QJsonObject{{QStringLiteral("host"), ns.host},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(ns.addresses)}});
    }
    return array;
}

QJsonArray toJson(const QList<DsRecord>& records)
{
    QJsonArray array;
    for (const DsRecord& record : records) {
        array.append(QJsonObject{{QStringLiteral("keyTag"), record.keyTag},
                                 {QStringLiteral("algorithm"), record.algorithm},
                                 {QStringLiteral("digestType"), record.digestType},
                                 {QStringLiteral("digest"), record.digest}});
    }
    return array;
}

QJsonObject toJson(const Domain& domain)
{
    const QJsonArray nameServers = toJson(domain.nameServers);
    const QJsonArray ds = toJson(domain.dsRecords);
    return {
        {QStringLiteral("name"), domain.uLabel},
        {QStringLiteral("aLabel"), domain.aLabel},
        {QStringLiteral("uLabel"), domain.uLabel},
        {QStringLiteral("roid"), textOrNull(domain.roid)},
        {QStringLiteral("statuses"), QJsonArray::fromStringList(domain.statuses)},
        {QStringLiteral("registrant"), textOrNull(domain.registrantHandle)},
        {QStringLiteral("tech"), QJsonArray::fromStringList(domain.techHandles)},
        {QStringLiteral("nameServers"), nameServers},
        {QStringLiteral("dsRecords"), ds},
        {QStringLiteral("created"), moment(domain.createdAt)},
        {QStringLiteral("expires"), moment(domain.expiresAt)},
        {QStringLiteral("autoRenew"), domain.autoRenew},
        {QStringLiteral("ownerConf"), domain.ownerConf},
        {QStringLiteral("arbitration"), domain.arbitration},
        {QStringLiteral("registryLock"), domain.registryLock},
        {QStringLiteral("program"), codes::toCode(domain.programme)},
        {QStringLiteral("notes"), domain.notes},
        {QStringLiteral("updated"), moment(domain.updatedAt)},
    };
}

QJsonObject toJson(const Contact& contact)
{
    return {
        {QStringLiteral("handle"), contact.handle},
        {QStringLiteral("kind"), codes::toCode(contact.kind)},
        {QStringLiteral("name"), contact.name},
        {QStringLiteral("organisation"), textOrNull(contact.organisation)},
        {QStringLiteral("street"), QJsonArray::fromStringList(contact.address.street)},
        {QStringLiteral("city"), textOrNull(contact.address.city)},
        {QStringLiteral("province"), textOrNull(contact.address.province)},
        {QStringLiteral("postcode"), textOrNull(contact.address.postcode)},
        {QStringLiteral("country"), textOrNull(contact.address.countryCode)},
        {QStringLiteral("email"), textOrNull(contact.email)},
        {QStringLiteral("phone"), textOrNull(contact.voice)},
        {QStringLiteral("mobile"), textOrNull(contact.mobile)},
        {QStringLiteral("vat"), contact.vat},
        {QStringLiteral("identityDocument"), textOrNull(contact.identityDocument)},
        {QStringLiteral("verification"), codes::toCode(contact.verification)},
        {QStringLiteral("notes"), contact.notes},
    };
}

QJsonObject toJson(const PendingAction& action, const QString& domainName)
{
    QJsonArray steps;
    for (const ActionStep& step : action.steps) {
        steps.append(QJsonObject{{QStringLiteral("step"), codes::toCode(step.kind)},
                                 {QStringLiteral("at"), moment(step.at)},
                                 {QStringLiteral("agent"), textOrNull(step.agent)},
                                 {QStringLiteral("note"), textOrNull(step.note)}});
    }
    return {
        {QStringLiteral("id"), action.id},
        {QStringLiteral("domain"), domainName},
        {QStringLiteral("kind"), codes::toCode(action.kind)},
        {QStringLiteral("state"), codes::toCode(action.state)},
        {QStringLiteral("newHolder"), textOrNull(action.newHolderHandle)},
        {QStringLiteral("assignee"), textOrNull(action.assignee)},
        {QStringLiteral("notes"), action.notes},
        {QStringLiteral("outcome"), textOrNull(action.outcome)},
        {QStringLiteral("steps"), steps},
    };
}

QJsonObject toJson(const HistoryEntry& entry)
{
    return {
        {QStringLiteral("at"), moment(entry.at)},
        {QStringLiteral("agent"), entry.agent},
        {QStringLiteral("event"), entry.event},
        {QStringLiteral("detail"), entry.detail},
    };
}

QJsonObject toJson(const Deadline& deadline, const DeadlineEngine& engine)
{
    QJsonObject object{
        {QStringLiteral("domain"), deadline.uLabel},
        {QStringLiteral("aLabel"), deadline.aLabel},
        {QStringLiteral("kind"), toCode(deadline.kind)},
        {QStringLiteral("due"), moment(deadline.due)},
        {QStringLiteral("level"), toCode(deadline.level)},
        {QStringLiteral("consequence"), toCode(deadline.consequence)},
        {QStringLiteral("explanation"), engine.explain(deadline)},
    };
    object.insert(QStringLiteral("actionId"),
                  deadline.actionId ? QJsonValue(deadline.actionId) : QJsonValue());
    return object;
}

} // namespace rd::json
