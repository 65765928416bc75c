#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace rd::sandbox {

// One element the registry echoes back in a result's <value> (RFC 5730 section
// 2.6): the offending element as the client sent it, e.g. <domain:period
// unit="y">2</domain:period>.
struct ResultValue
{
    QString namespaceUri;
    QString element; // local name, written with the namespace's usual prefix
    QString text;
    QList<QPair<QString, QString>> attributes;
};

// The outcome of one registry operation: an RFC 5730 result code, the reason
// in the registry's words (empty when the standard message says it all) and
// the element it is about. Reasons are English, as the registry writes them.
struct RegistryResult
{
    int code = 1000;
    QString reason;
    QList<ResultValue> values;

    bool ok() const { return code < 2000; }

    static RegistryResult success(int successCode = 1000) { return {successCode, {}, {}}; }
    static RegistryResult error(int errorCode, const QString& why = {},
                                const QList<ResultValue>& about = {})
    {
        return {errorCode, why, about};
    }
};

// RFC 5730 section 3: the standard text of each result code.
QString standardMessage(int code);

// Commonly echoed values.
ResultValue domainValue(const QString& element, const QString& text,
                        const QList<QPair<QString, QString>>& attributes = {});
ResultValue contactValue(const QString& element, const QString& text,
                         const QList<QPair<QString, QString>>& attributes = {});

} // namespace rd::sandbox
