#include "details/DetailsPanel.h"

#include "details/PanelText.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

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

QLabel* DetailsPanel::linkedLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = PanelText::richLabel(objectName, parent);
    connect(label, &QLabel::linkActivated, this, &DetailsPanel::followLink);
    return label;
}

QGroupBox* DetailsPanel::section(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace rd::ui
