#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace rd::test {

// Every file under `root` (hidden ones included) whose bytes contain `needle`.
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace rd::test
