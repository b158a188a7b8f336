// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_test_support.h"

#include "audit/audit_log.h"

#include <QFile>
#include <QTest>

namespace closeloop::test {

QDateTime utc(const char* iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!t.isValid())
        qFatal("bad time in test: %s", iso);
    return t.toUTC();
}

std::string iso(const char* text)
{
    return isoUtc(utc(text));
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("(invalid)");
}

std::string replacedOnce(std::string text, const std::string& from, const std::string& to)
{
    const auto pos = text.find(from);
    if (pos == std::string::npos || text.find(from, pos + 1) != std::string::npos)
        qFatal("'%s' is not in the text exactly once", from.c_str());
    text.replace(pos, from.size(), to);
    return text;
}

ClockedWorkspace::ClockedWorkspace(const QDateTime& start)
    : clock(start)
    , m_writer(std::make_unique<StoreWriter>(dbPath()))
{
}

ClockedWorkspace::~ClockedWorkspace() = default;

std::string ClockedWorkspace::dbPath() const
{
    return (m_dir.path() + QStringLiteral("/w.sqlite")).toStdString();
}

std::string ClockedWorkspace::path(const std::string& name) const
{
    return (m_dir.path() + u'/' + qstr(name)).toStdString();
}

Database ClockedWorkspace::reader() const
{
    return Database(dbPath(), Database::Mode::ReadOnly);
}

void ClockedWorkspace::write(const std::string& name, const std::string& text) const
{
    QFile f(qstr(path(name)));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", name.c_str());
    f.write(text.data(), qint64(text.size()));
}

ImportReport ClockedWorkspace::importFile(const std::string& file)
{
    ImportOptions o;
    o.actor = "scanner";
    o.clock = &clock;
    const ImportReport r = FeedImport(*m_writer, m_registry).importFile(file, o);
    if (r.status != ImportReport::Status::Imported)
        qFatal("import of %s failed: %s", file.c_str(), r.summary().c_str());
    return r;
}

ImportReport ClockedWorkspace::importScan(const std::string& name, const std::string& text)
{
    write(name, text);
    return importFile(path(name));
}

PolicySwitch ClockedWorkspace::loadPolicy(const std::string& text, const std::string& name, const std::string& actor)
{
    write(name, text);
    return switchPolicy(*m_writer, text, path(name), actor, clock);
}

SweepResult ClockedWorkspace::sweep()
{
    return runSweep(*m_writer, clock);
}

std::string ClockedWorkspace::findingText(std::int64_t id, const std::string& column)
{
    Database db = reader();
    auto st = db.prepare("SELECT coalesce(" + column + ", '<null>') FROM findings WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        qFatal("no finding %lld", (long long)id);
    return st.text(0);
}

std::int64_t ClockedWorkspace::count(const std::string& sql)
{
    Database db = reader();
    return scalar(db, sql);
}

void ClockedWorkspace::verifyAuditChain()
{
    Database db = reader();
    const AuditVerification v = verifyAudit(db);
    QVERIFY2(v.ok, v.problem.c_str());
    QVERIFY(v.entries > 0);
}

} // namespace closeloop::test
