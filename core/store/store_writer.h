// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's one writer connection, on its own thread. Every write goes
// through run(); readers open their own connections (WAL lets them read while
// this writes).
#pragma once

#include "database.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace closeloop {

class StoreWriter
{
public:
    // Opens or creates the database and brings its schema up to date, on the
    // writer thread. Throws StoreError if that fails.
    explicit StoreWriter(const std::string& path);
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    const std::string& path() const { return m_path; }

    // Runs fn(db) on the writer thread; the future carries its result or
    // exception.
    template<class F>
    auto run(F fn) -> std::future<decltype(fn(std::declval<Database&>()))>
    {
        using R = decltype(fn(std::declval<Database&>()));
        auto task = std::make_shared<std::packaged_task<R(Database&)>>(std::move(fn));
        auto fut = task->get_future();
        post([task](Database& db) { (*task)(db); });
        return fut;
    }

private:
    void post(std::function<void(Database&)> job);
    void loop(std::promise<void>& ready);

    std::string m_path;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::function<void(Database&)>> m_jobs;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace closeloop
