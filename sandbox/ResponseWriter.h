#pragma once

#include "RegistryResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

namespace rd::sandbox {

// Writes one EPP response document (RFC 5730 section 2.6) with
// QXmlStreamWriter, in the order the schema sets: result, msgQ, resData,
// extension, trID. EPP's namespace is the default one; every other namespace
// is declared, under the prefix the registry uses (domain, contact, secDNS,
// ptdomain, ptcontact), on the first element that needs it.
class ResponseWriter
{
public:
    ResponseWriter();

    // RFC 5730 section 2.4, as fact sheet E1.
    static QByteArray greeting(const QDateTime& now);

    // The result: code, standard message, and each value with the reason
    // (as extValue) or without (as value). fallback stands for the value
    // when there is a reason and no value, since extValue must carry one.
    void result(const RegistryResult& result, const ResultValue& fallback);
    void messageQueue(qint64 count, qint64 id, const QDateTime& queued = {},
                      const QString& message = {});

    void start(const QString& namespaceUri, const QString& name);
    void attribute(const QString& name, const QString& value);
    void characters(const QString& text);
    void end();
    void textElement(const QString& namespaceUri, const QString& name, const QString& text);
    void element(const ResultValue& value);

    // Writes trID and closes the document.
    QByteArray finish(const QString& clTRID, const QString& svTRID);

    static QString dateTime(const QDateTime& moment); // 2025-03-10T09:16:40Z

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    QList<QStringList> m_declared; // namespaces declared on each open element
};

} // namespace rd::sandbox
