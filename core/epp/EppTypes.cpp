#include "epp/EppTypes.h"

#include <QTimeZone>
#include <QUrl>

namespace rd::epp {

QString toALabel(const QString& name)
{
    QString normalised = name.trimmed();
    if (normalised.endsWith(QLatin1Char('.')))
        normalised.chop(1);
    normalised = normalised.toLower().normalized(QString::NormalizationForm_C);
    const QString ace = QString::fromLatin1(QUrl::toAce(normalised, QUrl::IgnoreIDNWhitelist));
    return ace.isEmpty() ? normalised : ace;
}

QString toULabel(const QString& name)
{
    for (const QChar c : name) {
        if (c.unicode() > 0x7F)
            return name; // already a U-label
    }
    const QString decoded = QUrl::fromAce(name.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return decoded.isEmpty() ? name : decoded;
}

std::optional<bool> parseXmlBoolean(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t == u"1" || t.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (t == u"0" || t.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QDateTime parseXmlDateTime(QStringView text)
{
    const QString t = text.trimmed().toString();
    QDateTime moment = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!moment.isValid())
        return {};
    // No "Z" and no offset: XML Schema leaves the zone open; registries mean UTC.
    if (moment.timeSpec() == Qt::LocalTime)
        moment = QDateTime(moment.date(), moment.time(), QTimeZone::utc());
    return moment.toUTC();
}

} // namespace rd::epp
