#include "statusdelegate.h"

#include "items/tickettablemodel.h"
#include "statuspalette.h"

#include <QApplication>
#include <QPainter>

namespace tixsync {

namespace {
constexpr int kMargin = 3; // around the pill, inside the cell
constexpr int kPadding = 7; // text inside the pill
} // namespace

StatusDelegate::StatusDelegate(Vocabulary vocabulary, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_vocabulary(vocabulary)
{
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const StatusColors colors = StatusPalette::forCode(
        index.data(TicketTableModel::StatusCodeRole).toString(), m_vocabulary == Vocabulary::Tixngo);
    if (!colors.background.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(opt.font);
    const QRect cell = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int width = qMin(cell.width(), fm.horizontalAdvance(text) + 2 * kPadding + 2);
    const QRect pill(cell.left(), cell.top(), width, cell.height());
    painter->setPen(colors.background.darker(118));
    painter->setBrush(colors.background);
    const qreal radius = pill.height() / 2.0;
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(colors.foreground);
    painter->setFont(opt.font);
    const QRect textRect = pill.adjusted(kPadding, 0, -kPadding + 2, 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * (kMargin + kPadding);
    return size;
}

} // namespace tixsync
