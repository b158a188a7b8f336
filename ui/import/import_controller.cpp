// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_controller.h"

#include "feeds/importer_registry.h"
#include "ingest/feed_import.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace closeloop {

ImportController::ImportController(QObject* parent)
    : QObject(parent)
    , m_registry(std::make_unique<ImporterRegistry>())
{
    qRegisterMetaType<closeloop::ImportReport>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ImportController::start(const QStringList& files)
{
    if (m_thread || !m_writer || files.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    StoreWriter* writer = m_writer;
    const ImporterRegistry* registry = m_registry.get();
    QPointer<ImportController> self(this);
    m_thread = QThread::create([self, files, cancel, writer, registry] {
        FeedImport import(*writer, *registry);
        QList<ImportReport> reports;
        QElapsedTimer sinceUpdate;
        sinceUpdate.start();
        for (int i = 0; i < files.size(); ++i) {
            if (cancel->load())
                break;
            const QString file = files[i];
            ImportOptions options;
            options.cancel = cancel.get();
            options.progress = [&, i](std::uint64_t done, std::uint64_t total) {
                if (sinceUpdate.elapsed() < 100 && done < total)
                    return;
                sinceUpdate.restart();
                if (self)
                    emit self->progress(file, i, int(files.size()), qint64(done), qint64(total));
            };
            reports.push_back(import.importFile(file.toStdString(), options));
            if (self)
                emit self->fileFinished(reports.back());
        }
        if (self)
            emit self->finished(reports);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    emit started(int(files.size()));
    m_thread->start();
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace closeloop
