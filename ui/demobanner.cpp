#include "demobanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace tixsync {

DemoBanner::DemoBanner(const QString &url, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setStyleSheet(
        QStringLiteral("#demoBanner { background: #6a1b9a; } #demoBanner QLabel { color: white; font-weight: bold; }"));
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(10, 4, 10, 4);
    m_label = new QLabel(tr("Demo — simulated TIXNGO at %1. Nothing reaches real spectators.").arg(url));
    l->addWidget(m_label, 1);
}

QString DemoBanner::text() const
{
    return m_label->text();
}

void DemoBanner::setStopped(const QString &message)
{
    setStyleSheet(
        QStringLiteral("#demoBanner { background: #c62828; } #demoBanner QLabel { color: white; font-weight: bold; }"));
    m_label->setText(tr("Demo — %1").arg(message));
}

} // namespace tixsync
