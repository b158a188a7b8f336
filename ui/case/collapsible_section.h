// SPDX-License-Identifier: GPL-3.0-or-later
// One foldable panel of the case view: a header button (chevron and title)
// over a body. Click, Space or Enter on the header folds it; whether it is
// folded is remembered per panel in QSettings ("case/panels/<id>"), so the
// analyst's layout survives restarts.
#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace closeloop {

class CollapsibleSection : public QWidget
{
    Q_OBJECT
public:
    // id is the stable key in QSettings and the object name; it is never shown.
    CollapsibleSection(const QString& id, bool expandedByDefault, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    // A short remark after the title, such as a count ("3").
    void setHint(const QString& hint);
    QVBoxLayout* bodyLayout() const { return m_bodyLayout; }
    QWidget* body() const { return m_body; }
    QToolButton* header() const { return m_header; }

    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);

    static QString settingsKey(const QString& id);

signals:
    void expandedChanged(bool expanded);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateHeader();

    QString m_id;
    QString m_title;
    QString m_hint;
    bool m_expanded = true;
    QToolButton* m_header = nullptr;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_bodyLayout = nullptr;
};

} // namespace closeloop
