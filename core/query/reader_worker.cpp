// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader_worker.h"

namespace closeloop {

ReaderWorker::ReaderWorker(std::string dbPath)
    : m_path(std::move(dbPath))
    , m_thread([this] { loop(); })
{
}

ReaderWorker::~ReaderWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_newest = UINT64_MAX; // interrupts a running job
    m_cv.notify_all();
    m_thread.join();
}

void ReaderWorker::post(std::uint64_t generation, Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (generation > m_newest)
            m_newest = generation;
        m_jobs.push_back({generation, std::move(job)});
    }
    m_cv.notify_one();
}

void ReaderWorker::supersede(std::uint64_t generation)
{
    std::lock_guard lock(m_mutex);
    if (generation > m_newest)
        m_newest = generation;
}

bool ReaderWorker::cancelled() const
{
    const auto running = m_running.load();
    return running != 0 && running < m_newest.load();
}

std::string ReaderWorker::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

int ReaderWorker::onProgress(void* self)
{
    return static_cast<ReaderWorker*>(self)->cancelled() ? 1 : 0;
}

void ReaderWorker::loop()
{
    std::optional<Database> db;
    try {
        db.emplace(m_path, Database::Mode::ReadOnly);
        // Checked every few thousand virtual machine steps: well under a
        // millisecond between checks, invisible in the query's cost.
        sqlite3_progress_handler(db->handle(), 4000, &ReaderWorker::onProgress, this);
    } catch (const std::exception& e) {
        std::lock_guard lock(m_mutex);
        m_error = e.what();
    }
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [&] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                return;
            item = std::move(m_jobs.front());
            m_jobs.pop_front();
            if (item.generation != 0 && item.generation < m_newest)
                continue;
        }
        if (!db)
            continue;
        m_running = item.generation;
        try {
            item.job(*db);
        } catch (const std::exception& e) {
            // Interrupted (superseded) or failed: a job that wants to report
            // failures catches them itself.
            std::lock_guard lock(m_mutex);
            m_error = e.what();
        }
        m_running = 0;
    }
}

} // namespace closeloop
