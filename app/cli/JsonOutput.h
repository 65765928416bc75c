#pragma once

#include "model/Contact.h"
#include "model/Domain.h"
#include "model/HistoryEntry.h"
#include "model/PendingAction.h"
#include "rules/Deadline.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd {
class DeadlineEngine;
}

// The command line's JSON: stable keys, moments in UTC as YYYY-MM-DDTHH:MM:SSZ,
// enums as their text codes, null where a value is unknown.
namespace rd::json {

QJsonArray toJson(const QList<NameServer>& servers); // host and glue addresses
QJsonArray toJson(const QList<DsRecord>& records);
QJsonObject toJson(const Domain& domain);
QJsonObject toJson(const Contact& contact);
QJsonObject toJson(const PendingAction& action, const QString& domainName);
QJsonObject toJson(const HistoryEntry& entry);
QJsonObject toJson(const Deadline& deadline, const DeadlineEngine& engine);

} // namespace rd::json
