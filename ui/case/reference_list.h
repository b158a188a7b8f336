// SPDX-License-Identifier: GPL-3.0-or-later
// The references of a finding, one per line, as plain text with a Copy
// button. Only an http(s) URL gets an Open button and the link colour: a
// reference from a feed is never rendered as a rich-text link, so a
// javascript:, file: or disguised URL cannot be clicked by accident.
#pragma once

#include <QUrl>
#include <QWidget>

#include <vector>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace closeloop {

class ReferenceList : public QWidget
{
    Q_OBJECT
public:
    explicit ReferenceList(QWidget* parent = nullptr);
    void setReferences(const QStringList& references);
    int count() const { return m_count; }
    // The URL an Open button would open, or an empty URL for a reference
    // that is not http(s).
    static QUrl openableUrl(const QString& reference);
    void retranslate();

signals:
    // Emitted before the URL is handed to the desktop, so a host can log it.
    void opened(const QUrl& url);

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLabel* text = nullptr;
        QToolButton* copy = nullptr;
        QToolButton* open = nullptr;
    };
    Row& rowAt(int index);
    QVBoxLayout* m_layout = nullptr;
    std::vector<Row> m_rows;
    int m_count = 0;
};

} // namespace closeloop
