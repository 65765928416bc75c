#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace rd::ui {

// The red line under a form that says why a step failed: wrapped, hidden until
// there is something to say. Tests find it by its object name.
QLabel* errorLabel(QWidget* parent, const QString& objectName = QStringLiteral("errorLabel"));

// The style of error text, for labels that are errors only some of the time.
QString errorStyle();

} // namespace rd::ui
