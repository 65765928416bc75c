#include "dialogs/Confirm.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

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

bool Confirm::askTyped(QWidget* parent, const QString& title, const QString& text,
                       const QString& expected, const QString& acceptText)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("typedConfirmBox"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(&dialog);
    const int size = dialog.style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(dialog.style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
    icon->setAlignment(Qt::AlignTop);
    auto* question = new QLabel(text, &dialog);
    question->setObjectName(QStringLiteral("confirmText"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    row->addWidget(icon);
    row->addWidget(question, 1);
    layout->addLayout(row);
    auto* hint = new QLabel(tr("To confirm, type %1:").arg(expected), &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* typed = new QLineEdit(&dialog);
    typed->setObjectName(QStringLiteral("typedConfirmEdit"));
    layout->addWidget(typed);
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* yes = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    yes->setEnabled(false);
    yes->setAutoDefault(false);
    QPushButton* no = buttons->addButton(QDialogButtonBox::Cancel);
    no->setDefault(true);
    QObject::connect(typed, &QLineEdit::textChanged, yes, [yes, expected](const QString& now) {
        yes->setEnabled(now.trimmed().compare(expected, Qt::CaseInsensitive) == 0);
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(460);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace rd::ui
