#pragma once

#include <QStyledItemDelegate>

namespace tixsync {

/// Paints a status cell as a coloured pill with its text (StatusPalette), from the model's
/// TicketTableModel::StatusCodeRole. Set it on the S-360 or the TIXNGO status column.
class StatusDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)
public:
    enum class Vocabulary { S360, Tixngo };
    explicit StatusDelegate(Vocabulary vocabulary, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Vocabulary m_vocabulary;
};

} // namespace tixsync
