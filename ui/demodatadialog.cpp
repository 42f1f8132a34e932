#include "demodatadialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tixsync {

DemoDataDialog::DemoDataDialog(QWidget *parent)
    : QDialog(parent)
    , m_events(new QSpinBox)
    , m_perEvent(new QSpinBox)
    , m_seed(new QSpinBox)
{
    setWindowTitle(tr("Generate demo data"));
    m_events->setObjectName(QStringLiteral("eventsSpin"));
    m_events->setRange(1, 500);
    m_events->setValue(12);
    m_perEvent->setObjectName(QStringLiteral("ticketsPerEventSpin"));
    m_perEvent->setRange(1, 1000000);
    m_perEvent->setSingleStep(100);
    m_perEvent->setValue(500);
    m_perEvent->setGroupSeparatorShown(true);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);

    auto *total = new QLabel;
    auto updateTotal = [this, total] {
        total->setText(tr("%1 tickets in all").arg(QLocale().toString(qint64(events()) * ticketsPerEvent())));
    };
    connect(m_events, &QSpinBox::valueChanged, this, updateTotal);
    connect(m_perEvent, &QSpinBox::valueChanged, this, updateTotal);
    updateTotal();

    auto *intro = new QLabel(tr("Adds realistic events and tickets with every S-360 and TIXNGO status to the "
                                "open database. The same seed gives the same data; generating it again "
                                "updates those tickets instead of adding more."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Events:"), m_events);
    form->addRow(tr("&Tickets per event:"), m_perEvent);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(QString(), total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

int DemoDataDialog::events() const
{
    return m_events->value();
}
int DemoDataDialog::ticketsPerEvent() const
{
    return m_perEvent->value();
}
quint32 DemoDataDialog::seed() const
{
    return quint32(m_seed->value());
}

void DemoDataDialog::setValues(int events, int ticketsPerEvent, quint32 seed)
{
    m_events->setValue(events);
    m_perEvent->setValue(ticketsPerEvent);
    m_seed->setValue(int(seed));
}

} // namespace tixsync
