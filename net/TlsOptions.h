#pragma once

#include "EppFraming.h"

#include <QByteArray>
#include <QString>

namespace rd {

// Where and how to open an EPP session over TLS (RFC 5734).
struct TlsOptions
{
    QString host;
    quint16 port = 700; // RFC 5734 section 2; DNS.PT listens there too
    // PEM file with the certificate authorities to trust; empty: the system's.
    QString caFile;
    // Client certificate (PEM, optionally followed by its chain) and its
    // private key (PEM, plain or encrypted). An empty keyFile means the key is
    // in certificateFile.
    QString certificateFile;
    QString keyFile;
    // Unlocks an encrypted key. Never written to a log or an error message.
    QByteArray keyPassphrase;
    // The name the server's certificate must carry; empty: host.
    QString peerVerifyName;
    // TCP connection and TLS handshake together.
    int connectTimeoutMs = 15000;
    // The longest silence while an answer is awaited or a frame is half read.
    int readTimeoutMs = 60000;
    // RFC 5730 section 2.4: the server speaks first, with a greeting, so an
    // answer is awaited from the moment the session is up.
    bool expectGreeting = true;
    qint64 maxFrameSize = DefaultMaxFrameSize;
};

} // namespace rd
