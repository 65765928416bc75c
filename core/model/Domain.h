#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// The registry's promotional programmes: a free first year, after which the
// holder converts to a paid registration or loses the name.
enum class Programme
{
    None,
    TresEmUm,
    TresEmUmComercio,
    Sitestar
};

struct NameServer
{
    QString host;          // A-label
    QStringList addresses; // glue (RFC 5731 hostAttr/hostAddr), only for in-zone hosts
};

// RFC 5910 DS data interface (secDNS-1.1).
struct DsRecord
{
    int keyTag = 0;
    int algorithm = 0;
    int digestType = 0;
    QString digest; // upper-case hex
};

struct Domain
{
    qint64 id = 0;
    QString aLabel; // what EPP carries, e.g. xn--caf-dma.pt
    QString uLabel; // what people read, e.g. café.pt
    QString roid;
    QStringList statuses; // EPP status values (RFC 5731 section 2.3)
    QString registrantHandle;
    QStringList techHandles; // .PT v2 has tech contacts only, no admin or billing
    QList<NameServer> nameServers;
    QList<DsRecord> dsRecords;
    QDateTime createdAt;       // UTC; may be invalid when unknown
    QDateTime expiresAt;       // UTC
    bool autoRenew = false;    // ptdomain:autoRenew
    bool ownerConf = false;    // ptdomain:ownerConf
    bool arbitration = false;  // ptdomain:Arbitration
    bool registryLock = false; // ptdomain:rl (read-only)
    Programme programme = Programme::None;
    QString notes;
    QDateTime updatedAt; // UTC, local record
};

} // namespace rd
