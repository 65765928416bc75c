#include "EppServerSession.h"

#include <QSslSocket>
#include <QTimer>
#include <algorithm>

namespace rd {

EppServerSession::EppServerSession(QSslSocket* socket, qint64 maxFrameSize,
                                   const ServerFaults& faults, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_reader(maxFrameSize)
    , m_faults(faults)
{
    socket->setParent(this);
    connect(socket, &QIODevice::readyRead, this, &EppServerSession::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &EppServerSession::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            abort();
    });
    // Bytes that came with the end of the handshake raised no readyRead for us.
    QTimer::singleShot(0, this, &EppServerSession::onReadyRead);
}

EppServerSession::~EppServerSession() = default;

void EppServerSession::send(const QByteArray& xml)
{
    const QByteArray bytes = frame(xml);
    if (!m_faults.mergeFrames) {
        enqueue(bytes);
    } else if (m_held.isEmpty()) {
        m_held = bytes;
    } else {
        enqueue(m_held + bytes);
        m_held.clear();
    }
}

void EppServerSession::sendRaw(const QByteArray& bytes)
{
    enqueue(bytes);
}

void EppServerSession::close()
{
    if (m_closed || !m_socket)
        return;
    if (!m_held.isEmpty()) {
        enqueue(m_held);
        m_held.clear();
    }
    m_closeWhenDone = true;
    if (!m_writing)
        m_socket->disconnectFromHost();
}

void EppServerSession::abort()
{
    if (m_closed || !m_socket)
        return;
    m_writes.clear();
    m_current.clear();
    m_socket->abort();
}

bool EppServerSession::isOpen() const
{
    return !m_closed && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QSslCertificate EppServerSession::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

QSsl::SslProtocol EppServerSession::protocol() const
{
    return m_socket ? m_socket->sessionProtocol() : QSsl::UnknownProtocol;
}

void EppServerSession::enqueue(const QByteArray& bytes)
{
    if (m_closed || m_closeWhenDone)
        return;
    m_writes.enqueue(bytes);
    if (!m_writing)
        writeNext();
}

void EppServerSession::later(int ms, void (EppServerSession::*step)())
{
    if (ms > 0)
        QTimer::singleShot(ms, this, step);
    else
        (this->*step)();
}

void EppServerSession::writeNext()
{
    if (m_closed || !m_socket)
        return;
    if (m_writes.isEmpty()) {
        m_writing = false;
        if (m_closeWhenDone)
            m_socket->disconnectFromHost();
        return;
    }
    m_writing = true;
    m_current = m_writes.dequeue();
    later(m_faults.delayMs, &EppServerSession::writePiece);
}

void EppServerSession::writePiece()
{
    if (m_closed || !m_socket)
        return;
    qint64 size = m_faults.pieceBytes > 0 ? std::min<qint64>(m_faults.pieceBytes, m_current.size())
                                          : m_current.size();
    const bool cut = m_faults.closeAfterBytes >= 0 && m_written + size >= m_faults.closeAfterBytes;
    if (cut)
        size = std::max<qint64>(0, m_faults.closeAfterBytes - m_written);
    // No flush() here: with Qt 6.4 it stalled the reading of what the client
    // sent meanwhile. The socket's own queued flush runs before the next
    // piece's timer, which keeps the pieces in separate TLS records.
    m_socket->write(m_current.left(size));
    m_written += size;
    m_current.remove(0, size);
    if (cut) {
        // What was written still reaches the client, then the connection ends.
        m_writes.clear();
        m_current.clear();
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_current.isEmpty())
        QTimer::singleShot(m_faults.piecePauseMs, this, &EppServerSession::writePiece);
    else
        writeNext();
}

void EppServerSession::onReadyRead()
{
    if (m_closed || !m_socket)
        return;
    const bool intact = m_reader.append(m_socket->readAll());
    const QPointer<EppServerSession> self(this);
    while (m_reader.hasFrame()) {
        Q_EMIT frameReceived(m_reader.takeFrame());
        if (!self || m_closed)
            return;
    }
    if (!intact) {
        Q_EMIT protocolError(m_reader.errorString());
        abort();
    }
}

void EppServerSession::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_writes.clear();
    m_current.clear();
    Q_EMIT closed();
}

} // namespace rd
