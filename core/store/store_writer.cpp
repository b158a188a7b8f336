// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_writer.h"

#include "migrations.h"

namespace closeloop {

StoreWriter::StoreWriter(const std::string& path)
    : m_path(path)
{
    std::promise<void> ready;
    auto started = ready.get_future();
    m_thread = std::thread([this, &ready] { loop(ready); });
    try {
        started.get();
    } catch (...) {
        m_thread.join();
        throw;
    }
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StoreWriter::post(std::function<void(Database&)> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_cv.notify_one();
}

void StoreWriter::loop(std::promise<void>& ready)
{
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(m_path);
        migrate(*db);
        ready.set_value();
    } catch (...) {
        ready.set_exception(std::current_exception());
        return;
    }
    for (;;) {
        std::function<void(Database&)> job;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, all work done
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(*db);
    }
}

} // namespace closeloop
