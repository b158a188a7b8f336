// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_calendar_loader.h"

#include "query/reader_worker.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace closeloop {

struct ExceptionCalendarLoader::Result
{
    quint64 generation = 0;
    ExceptionCalendarData data;
    QString error;
};

ExceptionCalendarLoader::ExceptionCalendarLoader(const QString& dbPath, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<ReaderWorker>(dbPath.toStdString()))
{
}

ExceptionCalendarLoader::~ExceptionCalendarLoader()
{
    // The worker first: no job may come back to a loader being destroyed.
    m_worker.reset();
}

void ExceptionCalendarLoader::load(int parts, const Request& request)
{
    if (!m_pending)
        m_sinceRequest.start();
    m_pending |= parts;
    const quint64 generation = ++m_generation;
    const int wanted = m_pending;
    QPointer<ExceptionCalendarLoader> self(this);
    auto started = std::make_shared<std::atomic<bool>>(false);
    m_worker->post(generation, [self, generation, wanted, request, started](Database& db) {
        started->store(true);
        auto result = std::make_shared<Result>();
        result->generation = generation;
        result->data.parts = wanted;
        result->data.day = request.day;
        try {
            ReadSnapshot snapshot(db); // counts, day and agenda agree with each other
            ExceptionCalendarReader reader(db);
            if (wanted & Counts)
                result->data.counts = reader.countsByDay(request.from, request.to, request.zone, request.now);
            if (wanted & Day)
                result->data.dayRows = reader.onDay(request.day, request.zone);
            if (wanted & Agenda) {
                auto& rows = result->data.agendaRows;
                rows = reader.agenda(request.now, request.agendaDays);
                // By day, overdue first: ordered here, off the GUI thread.
                std::stable_sort(rows.begin(), rows.end(), [](const ExceptionRecord& a, const ExceptionRecord& b) {
                    return a.expiresAt < b.expiresAt;
                });
            }
        } catch (const std::exception& e) {
            result->error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->deliver(*result);
        }, Qt::QueuedConnection);
    });
    // The worker skips every job when it could not open the workspace, and
    // only says so through lastError(): a read that never started is that.
    QTimer::singleShot(StartTimeoutMs, this, [this, generation, started] {
        if (generation != m_generation || !m_pending || started->load())
            return;
        const std::string error = m_worker->lastError();
        if (!error.empty())
            fail(QString::fromStdString(error));
    });
}

void ExceptionCalendarLoader::deliver(const Result& result)
{
    if (result.generation != m_generation)
        return; // superseded: a newer read carries these parts too
    if (!result.error.isEmpty()) {
        fail(result.error);
        return;
    }
    m_pending = 0;
    emit loaded(result.data, m_sinceRequest.elapsed());
}

void ExceptionCalendarLoader::fail(const QString& message)
{
    m_pending = 0;
    emit failed(message);
}

} // namespace closeloop
