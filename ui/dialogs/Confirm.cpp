#include "dialogs/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace rd::ui {

bool Confirm::ask(QWidget* parent, const QString& title, const QString& text,
                  const QString& acceptText)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(title);
    box.setText(text);
    QPushButton* yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no); // a stray Enter does nothing risky
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace rd::ui
