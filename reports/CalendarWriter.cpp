#include "CalendarWriter.h"

#include "i18n/Labels.h"
#include "rules/DeadlineEngine.h"

namespace rd::reports {

QString CalendarWriter::uid(const Deadline& deadline)
{
    QString id = toCode(deadline.kind) + QLatin1Char('-') + deadline.aLabel;
    if (deadline.actionId != 0)
        id += QStringLiteral("-action-") + QString::number(deadline.actionId);
    return id + QStringLiteral("@registrar-desk");
}

QString CalendarWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            // RFC 5545 3.3.11: other control characters are not allowed in TEXT.
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray CalendarWriter::contentLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    int start = 0;
    int limit = 75; // the first line; continuation lines spend one octet on the space
    while (utf8.size() - start > limit) {
        int end = start + limit;
        // Back up to the first octet of a UTF-8 sequence (continuation octets are 10xxxxxx).
        while (end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        out += utf8.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QString CalendarWriter::utcStamp(const QDateTime& moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QByteArray CalendarWriter::write(const QList<Deadline>& deadlines, const DeadlineEngine& engine,
                                 const QDateTime& now, const QTimeZone& zone, const QLocale& locale)
{
    QByteArray out;
    const auto line = [&out](const QString& text) { out += contentLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Registrar Desk//Deadlines//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(tr("Domain deadlines")));
    const QString stamp = utcStamp(now);
    for (const Deadline& d : deadlines) {
        const QString summary = tr("%1: %2").arg(Labels::of(d.kind), d.uLabel);
        //: %1 the deadline explained in a sentence, %2 its alert level
        const QString description =
            tr("%1\nLevel: %2").arg(engine.explain(d, zone, locale), Labels::of(d.level));
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + uid(d));
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART:") + utcStamp(d.due));
        line(QStringLiteral("SUMMARY:") + escapeText(summary));
        line(QStringLiteral("DESCRIPTION:") + escapeText(description));
        line(QStringLiteral("CATEGORIES:") + escapeText(Labels::of(d.kind)));
        // A deadline marks a moment; it does not make the desk busy.
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("BEGIN:VALARM"));
        line(QStringLiteral("ACTION:DISPLAY"));
        // A day ahead, or a quarter of the time for the 48-hour verifications.
        line(d.kind == DeadlineKind::Verification ? QStringLiteral("TRIGGER:-PT12H")
                                                  : QStringLiteral("TRIGGER:-P1D"));
        line(QStringLiteral("DESCRIPTION:") + escapeText(summary));
        line(QStringLiteral("END:VALARM"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace rd::reports
