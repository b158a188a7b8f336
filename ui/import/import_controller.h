// SPDX-License-Identifier: GPL-3.0-or-later
// Runs imports off the GUI thread: one worker thread parses, the workspace's
// writer thread stores; progress and results come back as queued signals.
// The GUI thread never waits.
#pragma once

#include "ingest/import_report.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace closeloop {

class StoreWriter;
class ImporterRegistry;

class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override;

    void setWriter(StoreWriter* writer) { m_writer = writer; }
    bool isRunning() const { return m_thread != nullptr; }

    // Imports the files one after another; ignored while a run is going.
    void start(const QStringList& files);
    // Stops after the current file rolls back; nothing of it is stored.
    void cancel();

signals:
    void started(int fileCount);
    // Throttled to a few updates per second.
    void progress(const QString& file, int fileIndex, int fileCount, qint64 bytesDone, qint64 bytesTotal);
    void fileFinished(const closeloop::ImportReport& report);
    void finished(const QList<closeloop::ImportReport>& reports);

private:
    StoreWriter* m_writer = nullptr;
    std::unique_ptr<ImporterRegistry> m_registry;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace closeloop

Q_DECLARE_METATYPE(closeloop::ImportReport)
