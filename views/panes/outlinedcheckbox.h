#pragma once

#include <QCheckBox>

// A check box whose box shows on a dark palette too: the style (Fusion, also
// under the GTK theme) outlines it in a darker window colour that vanishes on
// a dark base, so an edge is drawn over it (CountPainter::drawCheckEdge, as
// the side pane's rows do).
class OutlinedCheckBox final : public QCheckBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlinedCheckBox)

public:
    explicit OutlinedCheckBox(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};
