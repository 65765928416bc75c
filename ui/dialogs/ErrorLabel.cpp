#include "dialogs/ErrorLabel.h"

#include <QLabel>

namespace rd::ui {

QLabel* errorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(errorStyle());
    label->hide();
    return label;
}

QString errorStyle()
{
    return QStringLiteral("color: #c62828;");
}

} // namespace rd::ui
