#include "details/DetailsPanel.h"

namespace rd::ui {

void DetailsPanel::followLink(const QString& link)
{
    const int colon = int(link.indexOf(QLatin1Char(':')));
    const QString scheme = link.left(colon);
    const QString target = link.mid(colon + 1);
    if (scheme == QLatin1String("domain"))
        Q_EMIT domainRequested(target);
    else if (scheme == QLatin1String("contact"))
        Q_EMIT contactRequested(target);
    else if (scheme == QLatin1String("action"))
        Q_EMIT actionRequested(target.toLongLong());
}

void DetailsPanel::afterChange()
{
    reload();
    Q_EMIT changed();
}

} // namespace rd::ui
