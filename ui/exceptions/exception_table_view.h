// SPDX-License-Identifier: GPL-3.0-or-later
// A list of exceptions (a day's, or the agenda): one row per exception, one
// line per row, keyboard first. Enter or a double-click asks to open the
// findings the exception covers.
#pragma once

#include <QTableView>

namespace closeloop {

class ExceptionListModel;

class ExceptionTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ExceptionTableView(QWidget* parent = nullptr);

    // Sets the model and sizes its columns.
    void setExceptionModel(ExceptionListModel* model);
    ExceptionListModel* exceptionModel() const { return m_model; }
    // The exception of the current row, 0 when none.
    qint64 currentExceptionId() const;
    // Makes the exception's row current and selected; false when absent.
    bool selectException(qint64 id);

signals:
    void openRequested(qint64 exceptionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void sizeColumns();

    ExceptionListModel* m_model = nullptr;
};

} // namespace closeloop
