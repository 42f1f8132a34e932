#include "productionconfirmation.h"

#include "secrets/connectionprofile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ProductionConfirmation::ProductionConfirmation(
    const tixsync::secrets::ConnectionProfile &profile, const QString &action, qint64 ticketCount, QWidget *parent)
    : QDialog(parent)
    , m_typed(new QLineEdit(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Confirm on production"));
    setWindowModality(Qt::WindowModal);
    m_message = ticketCount == 1
        ? tr("You are about to %1 1 ticket on the PRODUCTION environment \"%2\".").arg(action, profile.name)
        : tr("You are about to %1 %2 tickets on the PRODUCTION environment \"%3\".")
              .arg(action, QLocale().toString(ticketCount), profile.name);

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(m_message + QStringLiteral("\n\n")
        + tr("This changes real spectators' tickets on %1 and cannot be undone from TixSync.").arg(profile.url));
    head->addWidget(text, 1);
    layout->addLayout(head);

    auto *prompt = new QLabel(tr("Type the number of tickets (%1) to confirm:").arg(ticketCount), this);
    prompt->setBuddy(m_typed);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Proceed on production"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString expected = QString::number(ticketCount);
    connect(m_typed, &QLineEdit::textChanged, this, [this, expected](const QString &t) {
        QString digits = t.trimmed();
        digits.remove(QLatin1Char(' '))
            .remove(QLatin1Char(','))
            .remove(QLatin1Char('\''))
            .remove(QChar(0x2019))
            .remove(QChar(0x202F))
            .remove(QChar(0x00A0))
            .remove(QLatin1Char('.'));
        m_ok->setEnabled(digits == expected);
    });
    resize(520, sizeHint().height());
}

QString ProductionConfirmation::message() const
{
    return m_message;
}

void ProductionConfirmation::ask(QWidget *parent, const tixsync::secrets::ConnectionProfile &profile,
    const QString &action, qint64 ticketCount, std::function<void(bool)> done)
{
    if (!profile.production) {
        done(true);
        return;
    }
    auto *dialog = new ProductionConfirmation(profile, action, ticketCount, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, dialog,
        [done = std::move(done)](int result) { done(result == QDialog::Accepted); });
    dialog->open();
}
