#include "RegistryResult.h"

#include "epp/EppNamespaces.h"

namespace rd::sandbox {

QString standardMessage(int code)
{
    switch (code) {
    case 1000:
        return QStringLiteral("Command completed successfully");
    case 1001:
        return QStringLiteral("Command completed successfully; action pending");
    case 1300:
        return QStringLiteral("Command completed successfully; no messages");
    case 1301:
        return QStringLiteral("Command completed successfully; ack to dequeue");
    case 1500:
        return QStringLiteral("Command completed successfully; ending session");
    case 2000:
        return QStringLiteral("Unknown command");
    case 2001:
        return QStringLiteral("Command syntax error");
    case 2002:
        return QStringLiteral("Command use error");
    case 2003:
        return QStringLiteral("Required parameter missing");
    case 2004:
        return QStringLiteral("Parameter value range error");
    case 2005:
        return QStringLiteral("Parameter value syntax error");
    case 2100:
        return QStringLiteral("Unimplemented protocol version");
    case 2101:
        return QStringLiteral("Unimplemented command");
    case 2102:
        return QStringLiteral("Unimplemented option");
    case 2103:
        return QStringLiteral("Unimplemented extension");
    case 2104:
        return QStringLiteral("Billing failure");
    case 2105:
        return QStringLiteral("Object is not eligible for renewal");
    case 2106:
        return QStringLiteral("Object is not eligible for transfer");
    case 2200:
        return QStringLiteral("Authentication error");
    case 2201:
        return QStringLiteral("Authorization error");
    case 2202:
        return QStringLiteral("Invalid authorization information");
    case 2300:
        return QStringLiteral("Object pending transfer");
    case 2301:
        return QStringLiteral("Object not pending transfer");
    case 2302:
        return QStringLiteral("Object exists");
    case 2303:
        return QStringLiteral("Object does not exist");
    case 2304:
        return QStringLiteral("Object status prohibits operation");
    case 2305:
        return QStringLiteral("Object association prohibits operation");
    case 2306:
        return QStringLiteral("Parameter value policy error");
    case 2307:
        return QStringLiteral("Unimplemented object service");
    case 2308:
        return QStringLiteral("Data management policy violation");
    case 2400:
        return QStringLiteral("Command failed");
    case 2500:
        return QStringLiteral("Command failed; server closing connection");
    case 2501:
        return QStringLiteral("Authentication error; server closing connection");
    case 2502:
        return QStringLiteral("Session limit exceeded; server closing connection");
    default:
        return code < 2000 ? QStringLiteral("Command completed successfully")
                           : QStringLiteral("Command failed");
    }
}

ResultValue domainValue(const QString& element, const QString& text,
                        const QList<QPair<QString, QString>>& attributes)
{
    return {epp::ns::Domain.toString(), element, text, attributes};
}

ResultValue contactValue(const QString& element, const QString& text,
                         const QList<QPair<QString, QString>>& attributes)
{
    return {epp::ns::Contact.toString(), element, text, attributes};
}

} // namespace rd::sandbox
