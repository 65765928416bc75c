#pragma once

#include "EppFraming.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>

class QSslSocket;

namespace rd {

// Ways to misbehave on purpose, so that clients can be tested against them.
// They apply to what the session writes from the moment they are set.
struct ServerFaults
{
    // Close the connection once this many bytes (length headers included)
    // have been written in total, even in the middle of a frame; -1: never.
    qint64 closeAfterBytes = -1;
    // Wait this long before each write (a frame, or two merged ones).
    int delayMs = 0;
    // Write each frame in pieces of this many bytes (0: all at once)...
    int pieceBytes = 0;
    // ...with this pause between pieces.
    int piecePauseMs = 0;
    // Hold each frame back and write it together with the next one, in a
    // single write: the client reads two frames at once.
    bool mergeFrames = false;
};

// One client connection of an EppTlsServer, TLS already established: frames
// come in as frameReceived(), frames go out with send(). The server deletes
// the session (later) once it has emitted closed().
class EppServerSession : public QObject
{
    Q_OBJECT

public:
    EppServerSession(QSslSocket* socket, qint64 maxFrameSize, const ServerFaults& faults,
                     QObject* parent = nullptr);
    ~EppServerSession() override;

    void setFaults(const ServerFaults& faults) { m_faults = faults; }
    ServerFaults faults() const { return m_faults; }

    // Frames the XML and writes it, subject to the faults.
    void send(const QByteArray& xml);
    // Writes bytes as they are, without a length header (a broken frame, say).
    void sendRaw(const QByteArray& bytes);
    // Closes after what is queued has been written.
    void close();
    // Closes at once, dropping what is queued.
    void abort();

    bool isOpen() const;
    QSslCertificate peerCertificate() const;
    QSsl::SslProtocol protocol() const;
    qint64 bytesWritten() const { return m_written; }

Q_SIGNALS:
    void frameReceived(const QByteArray& xml);
    // The client sent a length that cannot be right; the session is closed.
    void protocolError(const QString& reason);
    void closed();

private:
    void enqueue(const QByteArray& bytes);
    void writeNext();
    void writePiece();
    void later(int ms, void (EppServerSession::*step)());
    void onReadyRead();
    void onDisconnected();

    QPointer<QSslSocket> m_socket;
    FrameReader m_reader;
    ServerFaults m_faults;
    QByteArray m_held;           // a frame waiting for the next one (mergeFrames)
    QQueue<QByteArray> m_writes; // what is still to be written, one entry per write
    QByteArray m_current;        // the rest of the write in progress
    bool m_writing = false;
    bool m_closeWhenDone = false;
    bool m_closed = false;
    qint64 m_written = 0;
};

} // namespace rd
