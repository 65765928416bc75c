#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// Ordered schema steps. Step i takes a database from user_version i to i + 1.
// Released steps are never edited: a change to the schema is a new step.
struct MigrationStep
{
    int toVersion = 0;
    QString description;
    QStringList statements; // portable SQL where practical
};

const QList<MigrationStep>& migrationSteps();

} // namespace rd
