#include "CalendarWriter.h"
#include "ReportTestSupport.h"
#include "rules/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::reports;
using namespace rd::test;

class tst_CalendarWriter : public QObject
{
    Q_OBJECT

private:
    LanguageSwitch m_language;

    // The file as a strict reader sees it (tests/reports/check_ics.py).
    static QJsonArray parsed(const QByteArray& ics, QString* failure)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deadlines.ics"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        QProcess process;
        process.start(
            QStringLiteral("/usr/bin/python3"),
            {qEnvironmentVariable("RD_SOURCE_DIR") + QStringLiteral("/tests/reports/check_ics.py"),
             path});
        if (!process.waitForFinished(60000))
            qFatal("check_ics.py did not finish");
        if (process.exitCode() != 0) {
            *failure = QString::fromUtf8(process.readAllStandardError());
            return {};
        }
        return QJsonDocument::fromJson(process.readAllStandardOutput())
            .object()
            .value(QStringLiteral("events"))
            .toArray();
    }

private Q_SLOTS:
    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "café.pt"
                               << "café.pt";
        QTest::newRow("comma") << "a, b"
                               << "a\\, b";
        QTest::newRow("semicolon") << "a;b"
                                   << "a\\;b";
        QTest::newRow("backslash") << "C:\\dir"
                                   << "C:\\\\dir";
        QTest::newRow("newline") << "one\ntwo"
                                 << "one\\ntwo";
        QTest::newRow("crlf") << "one\r\ntwo"
                              << "one\\ntwo";
        QTest::newRow("colon stays") << "Deletion: x"
                                     << "Deletion: x";
        QTest::newRow("control dropped") << QString("a") + QChar(7) + "b"
                                         << "ab";
    }
    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(CalendarWriter::escapeText(text), escaped);
    }

    // Folded at 75 octets, never inside a character: unfolding gives the line back.
    void contentLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << "SUMMARY:x";
        QTest::newRow("exactly 75") << QString(75, QLatin1Char('a'));
        QTest::newRow("76") << QString(76, QLatin1Char('a'));
        QTest::newRow("long ascii") << "DESCRIPTION:" + QString(300, QLatin1Char('b'));
        QTest::newRow("two-octet characters") << "SUMMARY:" + QString(100, QChar(0xE7));
        QTest::newRow("three-octet characters") << "SUMMARY:" + QString(90, QChar(0x20AC));
        QTest::newRow("mixed at the edge")
            << "SUMMARY:" + QString(66, QLatin1Char('a')) + QString::fromUtf8("ãçé€€ção");
    }
    void contentLine()
    {
        QFETCH(QString, line);
        const QByteArray folded = CalendarWriter::contentLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> parts = folded.chopped(2).split('\n');
        QByteArray unfolded;
        for (int i = 0; i < parts.size(); ++i) {
            QByteArray part = parts.at(i);
            if (i + 1 < parts.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            // Each physical line is valid UTF-8 on its own.
            QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
            unfolded += part;
        }
        QCOMPARE(QString::fromUtf8(unfolded), line);
    }

    // The portfolio's deadlines as a calendar a strict reader accepts: one
    // event per deadline, UTC start times, a reminder each, text in the language.
    void portfolioCalendar_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("deletionSummary");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("en") << "en"
                            << "Deletion: pastelaria-lusitana.pt"
                            << "will be deleted on";
        QTest::newRow("pt_PT") << "pt_PT"
                               << "Eliminação: pastelaria-lusitana.pt"
                               << "será eliminado";
    }
    void portfolioCalendar()
    {
        QFETCH(QString, language);
        QFETCH(QString, deletionSummary);
        QFETCH(QString, explanation);
        ReportEnv env;
        QString error;
        QVERIFY2(seed(env, m_language, &error), qPrintable(error));
        const QLocale locale = m_language.use(language);
        const QList<Deadline> deadlines = env.service.deadlines();
        const QByteArray ics =
            CalendarWriter::write(deadlines, env.service.engine(), fixtureNow(), lisbon(), locale);
        const QJsonArray events = parsed(ics, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), deadlines.size());
        bool found = false;
        for (int i = 0; i < events.size(); ++i) {
            const QJsonObject event = events.at(i).toObject();
            const Deadline& d = deadlines.at(i);
            QCOMPARE(event.value("uid").toString(), CalendarWriter::uid(d));
            QCOMPARE(event.value("start").toString(), timeformat::toIsoUtc(d.due));
            QCOMPARE(event.value("stamp").toString(), QStringLiteral("2026-11-23T09:30:00Z"));
            QVERIFY(event.value("trigger").toInt() < 0);
            QVERIFY(!event.value("description").toString().isEmpty());
            if (event.value("summary").toString() == deletionSummary) {
                found = true;
                QVERIFY2(event.value("description").toString().contains(explanation),
                         qPrintable(event.value("description").toString()));
                // The description's line break survives escaping and folding.
                QVERIFY(event.value("description").toString().contains(QLatin1Char('\n')));
            }
        }
        QVERIFY(found);
    }

    // UIDs name the deadline, not the export: a second export at another time
    // keeps them, so a subscribed calendar updates instead of duplicating.
    void uidsAreStable()
    {
        ReportEnv env;
        QString error;
        QVERIFY2(seed(env, m_language, &error), qPrintable(error));
        QStringList first;
        for (const Deadline& d : env.service.deadlines())
            first.append(CalendarWriter::uid(d));
        env.clock.advanceSecs(3 * 24 * 3600);
        QStringList later;
        for (const Deadline& d : env.service.deadlines())
            later.append(CalendarWriter::uid(d));
        QCOMPARE(later, first);
        QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
    }
};

QTEST_GUILESS_MAIN(tst_CalendarWriter)
#include "tst_calendarwriter.moc"
