#include "productionbanner.h"

#include "secrets/connectionprofile.h"

#include <QHBoxLayout>
#include <QLabel>

ProductionBanner::ProductionBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("productionBanner"));
    // Red with white bold text: readable for colour-blind users because of the words, too.
    setStyleSheet(QStringLiteral("#productionBanner { background: #b3001b; border-bottom: 3px solid #ffd400; }"
                                 "#productionBanner QLabel { color: white; font-weight: bold; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_label->setTextFormat(Qt::PlainText);
    QFont f = m_label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_label->setFont(f);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Production environment"));
    hide();
}

void ProductionBanner::setProfile(const tixsync::secrets::ConnectionProfile &profile)
{
    if (!profile.production) {
        clear();
        return;
    }
    m_label->setText(
        tr("\u26A0 PRODUCTION \u2014 %1 \u2014 pushes, fixes and test injections reach real spectators' tickets")
            .arg(profile.name));
    setToolTip(profile.url);
    show();
}

void ProductionBanner::clear()
{
    m_label->clear();
    hide();
}

QString ProductionBanner::text() const
{
    return m_label->text();
}
