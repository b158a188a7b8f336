// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only connection on a thread of its own, for the console's queries:
// the GUI thread posts jobs and never waits. Each job carries a generation;
// posting a newer generation skips queued older jobs and interrupts a
// running one (through SQLite's progress handler), so typing a filter never
// queues up work for filters nobody looks at any more.
#pragma once

#include "store/database.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace closeloop {

class ReaderWorker
{
public:
    using Job = std::function<void(Database&)>;

    // Opens the connection on the worker thread. If that fails, jobs are
    // skipped and lastError() says why.
    explicit ReaderWorker(std::string dbPath);
    ~ReaderWorker();
    ReaderWorker(const ReaderWorker&) = delete;
    ReaderWorker& operator=(const ReaderWorker&) = delete;

    // Queues job; generation 0 is never superseded. A job of a generation
    // below the newest posted one is dropped, or interrupted if running (its
    // statement then throws StoreError, which the worker swallows).
    void post(std::uint64_t generation, Job job);
    // Declares generation the newest without posting anything.
    void supersede(std::uint64_t generation);
    // True while a job of an outdated generation is running: long loops in a
    // job may check it.
    bool cancelled() const;
    std::string lastError() const;

private:
    struct Item
    {
        std::uint64_t generation;
        Job job;
    };
    void loop();
    static int onProgress(void* self);

    std::string m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Item> m_jobs;
    bool m_stop = false;
    std::string m_error;
    std::atomic<std::uint64_t> m_newest{0};
    std::atomic<std::uint64_t> m_running{0};
    std::thread m_thread;
};

} // namespace closeloop
