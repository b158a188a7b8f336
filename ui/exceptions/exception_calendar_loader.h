// SPDX-License-Identifier: GPL-3.0-or-later
// Reads what the exceptions page shows (a range of day counts, one day's
// exceptions, the agenda) on a reader thread of its own and hands it back on
// the GUI thread. A newer request supersedes and interrupts older ones and
// carries every part they had not delivered yet, so nothing asked for is
// lost and nothing outdated reaches the screen.
#pragma once

#include "exceptions/exception_calendar_reader.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace closeloop {

class ReaderWorker;

struct ExceptionCalendarData
{
    int parts = 0; // ExceptionCalendarLoader::Part flags
    std::vector<ExpiryDayCount> counts;
    QDate day;
    std::vector<ExceptionRecord> dayRows;
    std::vector<ExceptionRecord> agendaRows; // by expiry, overdue first
};

class ExceptionCalendarLoader : public QObject
{
    Q_OBJECT
public:
    enum Part { Counts = 1, Day = 2, Agenda = 4, All = Counts | Day | Agenda };
    // A read that has not started by then will not: the connection failed.
    static constexpr int StartTimeoutMs = 1500;

    struct Request
    {
        QDate from; // the counted range
        QDate to;
        QDate day;  // the day listed
        QDateTime now;
        QTimeZone zone;
        int agendaDays = 90;
    };

    explicit ExceptionCalendarLoader(const QString& dbPath, QObject* parent = nullptr);
    ~ExceptionCalendarLoader() override;

    void load(int parts, const Request& request);
    bool isLoading() const { return m_pending != 0; }

signals:
    // elapsedMs: since the oldest request this answers.
    void loaded(const closeloop::ExceptionCalendarData& data, qint64 elapsedMs);
    void failed(const QString& message);

private:
    struct Result;
    void deliver(const Result& result);
    void fail(const QString& message);

    std::unique_ptr<ReaderWorker> m_worker;
    quint64 m_generation = 0;
    int m_pending = 0;
    QElapsedTimer m_sinceRequest;
};

} // namespace closeloop
