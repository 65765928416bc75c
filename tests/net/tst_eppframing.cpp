#include "EppFraming.h"

#include <QTest>
#include <QtEndian>

using namespace rd;

Q_DECLARE_METATYPE(rd::FrameReader::Error)

namespace {

QByteArray header(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, bytes.data());
    return bytes;
}

QByteArray stream(const QByteArrayList& frames)
{
    QByteArray bytes;
    for (const QByteArray& xml : frames)
        bytes += frame(xml);
    return bytes;
}

// Feeds `bytes` in pieces of `piece` bytes (0: all at once) and collects the frames.
QByteArrayList feed(FrameReader& reader, const QByteArray& bytes, int piece)
{
    QByteArrayList frames;
    const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(bytes.size(), 1);
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        reader.append(bytes.mid(at, step));
        while (reader.hasFrame())
            frames.append(reader.takeFrame());
    }
    return frames;
}

const QByteArray greeting =
    QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                      "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><greeting>"
                      "<svID>DNS.PT EPP Server</svID></greeting></epp>");

QByteArray large()
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < 300 * 1024; ++i)
        bytes += "<domain:name>d" + QByteArray::number(i) + ".pt</domain:name>";
    return bytes;
}

} // namespace

class TstEppFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameHasTheLengthThatCountsItself_data();
    void frameHasTheLengthThatCountsItself();
    void framesSurviveAnyPieces_data();
    void framesSurviveAnyPieces();
    void splitAtEveryByte_data();
    void splitAtEveryByte();
    void badLengthsBreakTheStream_data();
    void badLengthsBreakTheStream();
    void maximumIsInclusive();
    void partialFrameIsReported();
    void resetForgetsEverything();
};

void TstEppFraming::frameHasTheLengthThatCountsItself_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QByteArray>("expectedHeader");
    QTest::newRow("empty") << QByteArray() << QByteArray("\x00\x00\x00\x04", 4);
    QTest::newRow("one byte") << QByteArray("x") << QByteArray("\x00\x00\x00\x05", 4);
    QTest::newRow("greeting") << greeting << header(quint32(greeting.size() + 4));
    QTest::newRow("256 bytes crosses a byte")
        << QByteArray(252, 'a') << QByteArray("\x00\x00\x01\x00", 4);
    QTest::newRow("UTF-8 counted in bytes")
        << QStringLiteral("<name>café.pt</name>").toUtf8() << QByteArray("\x00\x00\x00\x19", 4);
    QTest::newRow("large") << large() << header(quint32(large().size() + 4));
}

void TstEppFraming::frameHasTheLengthThatCountsItself()
{
    QFETCH(QByteArray, xml);
    QFETCH(QByteArray, expectedHeader);
    const QByteArray bytes = frame(xml);
    QCOMPARE(bytes.size(), xml.size() + 4);
    QCOMPARE(bytes.left(4), expectedHeader);
    QCOMPARE(bytes.mid(4), xml);
}

void TstEppFraming::framesSurviveAnyPieces_data()
{
    QTest::addColumn<QByteArrayList>("frames");
    QTest::addColumn<int>("piece");

    const QByteArrayList several{greeting, QByteArray(), QByteArray("<epp/>"),
                                 QStringLiteral("<n>açaí.pt</n>").toUtf8(), greeting};
    const QByteArrayList big{large(), QByteArray("<after/>")};
    for (const int piece : {0, 1, 2, 3, 4, 5, 7, 64, 1000}) {
        QTest::addRow("one frame in pieces of %d", piece) << QByteArrayList{greeting} << piece;
        QTest::addRow("several frames in pieces of %d", piece) << several << piece;
        QTest::addRow("empty frames only in pieces of %d", piece)
            << QByteArrayList{QByteArray(), QByteArray(), QByteArray()} << piece;
    }
    QTest::newRow("large frame at once") << big << 0;
    QTest::newRow("large frame byte by byte") << big << 1;
    QTest::newRow("large frame in TLS-record pieces") << big << 16384;
}

void TstEppFraming::framesSurviveAnyPieces()
{
    QFETCH(QByteArrayList, frames);
    QFETCH(int, piece);
    FrameReader reader;
    const QByteArrayList got = feed(reader, stream(frames), piece);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(got, frames);
    QCOMPARE(reader.partialBytes(), qint64(0));
    QVERIFY(!reader.hasFrame());
    QVERIFY(reader.takeFrame().isEmpty());
}

void TstEppFraming::splitAtEveryByte_data()
{
    QTest::addColumn<QByteArrayList>("frames");
    QTest::newRow("one frame") << QByteArrayList{greeting};
    QTest::newRow("two frames merged")
        << QByteArrayList{greeting, QByteArray("<epp><response/></epp>")};
    QTest::newRow("empty frame between two")
        << QByteArrayList{QByteArray("<a/>"), QByteArray(), QByteArray("<b/>")};
}

// Every place a TCP segment or TLS record could end, header bytes included.
void TstEppFraming::splitAtEveryByte()
{
    QFETCH(QByteArrayList, frames);
    const QByteArray bytes = stream(frames);
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        FrameReader reader;
        QByteArrayList got;
        for (const QByteArray& piece : {bytes.left(split), bytes.mid(split)}) {
            QVERIFY(reader.append(piece));
            while (reader.hasFrame())
                got.append(reader.takeFrame());
        }
        QVERIFY2(got == frames, qPrintable(QStringLiteral("split at %1").arg(split)));
        QCOMPARE(reader.partialBytes(), qint64(0));
    }
}

void TstEppFraming::badLengthsBreakTheStream_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<int>("goodFrames"); // complete frames before the bad length
    QTest::addColumn<FrameReader::Error>("error");
    QTest::addColumn<QString>("mentions");

    const qint64 max = DefaultMaxFrameSize;
    QTest::newRow("zero") << header(0) << max << 0 << FrameReader::Error::LengthTooSmall
                          << QStringLiteral("length of 0 bytes");
    QTest::newRow("one") << header(1) << max << 0 << FrameReader::Error::LengthTooSmall
                         << QStringLiteral("length of 1 bytes");
    QTest::newRow("three, one short of the header")
        << header(3) << max << 0 << FrameReader::Error::LengthTooSmall
        << QStringLiteral("at least 4 bytes");
    QTest::newRow("one above 16 MiB")
        << header(quint32(max + 1)) << max << 0 << FrameReader::Error::LengthTooLarge
        << QStringLiteral("limit of 16777216 bytes");
    QTest::newRow("largest length field")
        << header(0xFFFFFFFFu) << max << 0 << FrameReader::Error::LengthTooLarge
        << QStringLiteral("4294967295");
    QTest::newRow("above a small maximum")
        << header(101) + QByteArray(97, 'x') << qint64(100) << 0
        << FrameReader::Error::LengthTooLarge << QStringLiteral("limit of 100 bytes");
    QTest::newRow("after good frames")
        << stream({greeting, QByteArray("<b/>")}) + header(2) << max << 2
        << FrameReader::Error::LengthTooSmall << QStringLiteral("length of 2 bytes");
    QTest::newRow("bytes that are not EPP")
        << QByteArray("GET / HTTP/1.1\r\n") << max << 0 << FrameReader::Error::LengthTooLarge
        << QStringLiteral("1195725856");
}

void TstEppFraming::badLengthsBreakTheStream()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maximum);
    QFETCH(int, goodFrames);
    QFETCH(FrameReader::Error, error);
    QFETCH(QString, mentions);

    for (const int piece : {0, 1}) {
        FrameReader reader(maximum);
        const QByteArrayList got = feed(reader, bytes, piece);
        QCOMPARE(got.size(), goodFrames);
        QCOMPARE(reader.error(), error);
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(mentions), qPrintable(reader.errorString()));
        // Nothing after a bad length can be trusted.
        QVERIFY(!reader.append(frame("<later/>")));
        QVERIFY(!reader.hasFrame());
    }
}

void TstEppFraming::maximumIsInclusive()
{
    FrameReader reader(100);
    QVERIFY(reader.append(frame(QByteArray(96, 'x'))));
    QVERIFY(reader.hasFrame());
    QCOMPARE(reader.takeFrame().size(), 96);
    QCOMPARE(reader.maxFrameSize(), qint64(100));
    QVERIFY(!reader.append(frame(QByteArray(97, 'x'))));
    QCOMPARE(reader.error(), FrameReader::Error::LengthTooLarge);
}

void TstEppFraming::partialFrameIsReported()
{
    FrameReader reader;
    const QByteArray bytes = frame(greeting);
    QVERIFY(reader.append(bytes.left(2)));
    QCOMPARE(reader.partialBytes(), qint64(2));
    QCOMPARE(reader.partialFrameSize(), qint64(0)); // the header is not complete
    QVERIFY(reader.append(bytes.mid(2, 20)));
    QCOMPARE(reader.partialBytes(), qint64(22));
    QCOMPARE(reader.partialFrameSize(), qint64(bytes.size()));
    QVERIFY(!reader.hasFrame());
    QVERIFY(reader.append(bytes.mid(22)));
    QCOMPARE(reader.partialBytes(), qint64(0));
    QCOMPARE(reader.takeFrame(), greeting);
}

void TstEppFraming::resetForgetsEverything()
{
    FrameReader reader;
    QVERIFY(reader.append(frame("<a/>") + frame("<b/>").left(5)));
    QVERIFY(reader.hasFrame());
    QCOMPARE(reader.partialBytes(), qint64(5));
    reader.reset();
    QVERIFY(!reader.hasFrame());
    QCOMPARE(reader.partialBytes(), qint64(0));

    QVERIFY(!reader.append(header(2)));
    reader.reset();
    QVERIFY(!reader.hasError());
    QVERIFY(reader.errorString().isEmpty());
    QVERIFY(reader.append(frame("<c/>")));
    QCOMPARE(reader.takeFrame(), QByteArray("<c/>"));
}

QTEST_GUILESS_MAIN(TstEppFraming)
#include "tst_eppframing.moc"
