// SPDX-License-Identifier: GPL-3.0-or-later
// closeloop-cli policy, roles, exceptions, sla and notifications as a
// pipeline runs them (the real binary): a bad policy file names FILE:LINE and
// leaves the policy in force alone; only a manager loads a policy; --now must
// be a time; the exception lifecycle across --actor and --now, to expiry seen
// by a later `exceptions list`; the audit trail verifies after all of it.
#include "feed_test_support.h"
#include "policy/policy.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace closeloop;
using namespace closeloop::test;

namespace {

nlohmann::json jsonLine(const QByteArray& out)
{
    const auto j = nlohmann::json::parse(out.trimmed().toStdString(), nullptr, false);
    if (!j.is_object())
        qFatal("not one JSON object: %s", out.constData());
    return j;
}

std::vector<nlohmann::json> jsonLines(const QByteArray& out)
{
    std::vector<nlohmann::json> all;
    for (const QByteArray& line : out.trimmed().split('\n'))
        if (!line.isEmpty())
            all.push_back(jsonLine(line));
    return all;
}

class Workspace
{
public:
    QString db() const { return m_dir.path() + QStringLiteral("/w.sqlite"); }

    QString file(const QString& name, const std::string& content) const
    {
        const QString path = m_dir.path() + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write test file");
        f.write(content.data(), qint64(content.size()));
        return path;
    }

    // closeloop-cli --db DB [--now NOW] [--actor ACTOR] args...
    CliRun run(const QStringList& args, const QString& actor = {}, const QString& now = {}) const
    {
        QStringList all{QStringLiteral("--db"), db()};
        if (!now.isEmpty())
            all << QStringLiteral("--now") << now;
        if (!actor.isEmpty())
            all << QStringLiteral("--actor") << actor;
        return runCli(all + args);
    }

    std::string activeVersion() const
    {
        const CliRun r = run({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")});
        if (r.code != 0)
            qFatal("policy show failed: %s", r.err.constData());
        return jsonLine(r.out)["active"]["version"].get<std::string>();
    }

    std::int64_t audits(const std::string& action) const
    {
        Database d(db().toStdString(), Database::Mode::ReadOnly);
        auto st = d.prepare("SELECT count(*) FROM audit_log WHERE action = ?");
        st.bind(1, action);
        st.step();
        return st.int64(0);
    }

private:
    QTemporaryDir m_dir;
};

std::string trivyScan(const std::vector<std::string>& cves)
{
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& c : cves)
        arr.push_back({{"VulnerabilityID", c}, {"PkgName", "pkg-" + c}, {"InstalledVersion", "1.0"},
                       {"Severity", "HIGH"}, {"Title", c}});
    return nlohmann::json({{"SchemaVersion", 2},
                           {"ArtifactName", "registry.example/cli/app:1"},
                           {"ArtifactType", "container_image"},
                           {"Results", {{{"Target", "app"}, {"Class", "os-pkgs"}, {"Type", "alpine"},
                                         {"Vulnerabilities", arr}}}}})
        .dump(1);
}

// The finding ids by CVE, through the CLI.
std::map<std::string, std::int64_t> findingIds(const Workspace& w)
{
    const CliRun r = w.run({QStringLiteral("findings"), QStringLiteral("--json")});
    if (r.code != 0)
        qFatal("findings failed: %s", r.err.constData());
    std::map<std::string, std::int64_t> out;
    for (const auto& j : jsonLines(r.out))
        out[j["rule_id"].get<std::string>()] = j["id"].get<std::int64_t>();
    return out;
}

std::string statusOf(const Workspace& w, std::int64_t id)
{
    const CliRun r = w.run({QStringLiteral("findings"), QStringLiteral("--json")});
    for (const auto& j : jsonLines(r.out))
        if (j["id"].get<std::int64_t>() == id)
            return j["status"].get<std::string>();
    return "<missing>";
}

const QString T0 = QStringLiteral("2026-03-02T10:00:00Z");

} // namespace

class TestPolicyCli : public QObject
{
    Q_OBJECT
private slots:
    void badPolicyNamesFileAndLineAndChangesNothing()
    {
        Workspace w;
        const std::string good = readFixture("policy/minimal.json");
        std::string bad = good;
        const std::string from = R"("remediate": {"within": "30d"})";
        const auto pos = bad.find(from);
        QVERIFY(pos != std::string::npos && bad.find(from, pos + 1) == std::string::npos);
        bad.replace(pos, from.size(), R"("remediate": {"withn": "30d"})");
        const int line = int(std::count(bad.begin(), bad.begin() + std::ptrdiff_t(pos), '\n')) + 1;
        const QString badFile = w.file(QStringLiteral("bad-policy.json"), bad);
        const QString goodFile = w.file(QStringLiteral("good-policy.json"), good);

        CliRun r = w.run({QStringLiteral("policy"), QStringLiteral("check"), badFile});
        QCOMPARE(r.code, 2);
        const QByteArray where = (badFile + u':' + QString::number(line) + QStringLiteral(": ")).toUtf8();
        QVERIFY2(r.err.contains(where), r.err.constData());
        QVERIFY2(r.err.contains("unknown key \"withn\""), r.err.constData());
        QVERIFY2(r.err.contains("did you mean \"within\"?"), r.err.constData());
        r = w.run({QStringLiteral("policy"), QStringLiteral("check"), badFile, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QCOMPARE(jsonLine(r.out)["status"].get<std::string>(), std::string("rejected"));
        QCOMPARE(jsonLine(r.out)["where"].get<std::string>(), badFile.toStdString() + ":" + std::to_string(line));

        r = w.run({QStringLiteral("policy"), QStringLiteral("check"), goodFile, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const std::string goodVersion = parsePolicy(good, "x").version;
        QCOMPARE(jsonLine(r.out)["version"].get<std::string>(), goodVersion);

        const std::string before = w.activeVersion();
        QCOMPARE(before, defaultPolicy().version);
        r = w.run({QStringLiteral("policy"), QStringLiteral("load"), badFile}, QStringLiteral("max"));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(where));
        QCOMPARE(w.activeVersion(), before);
        QCOMPARE(w.audits("policy.activate"), 0);

        r = w.run({QStringLiteral("policy"), QStringLiteral("load"), goodFile, QStringLiteral("--json")},
                  QStringLiteral("max"), T0);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(jsonLine(r.out)["status"].get<std::string>(), std::string("activated"));
        QCOMPARE(w.activeVersion(), goodVersion);
        QCOMPARE(w.audits("policy.activate"), 1);

        // A missing file and a usage error are bad input too.
        QCOMPARE(w.run({QStringLiteral("policy"), QStringLiteral("check"), w.db() + QStringLiteral(".nope")}).code, 2);
        QCOMPARE(w.run({QStringLiteral("policy"), QStringLiteral("frobnicate"), goodFile}).code, 2);
        QCOMPARE(w.run({QStringLiteral("policy"), QStringLiteral("check")}).code, 2);
    }

    void onlyAManagerLoadsAPolicy()
    {
        Workspace w;
        const QString roles = w.file(QStringLiteral("roles.json"), readFixture("policy/roles.json"));
        const QString policy = w.file(QStringLiteral("p.json"), readFixture("policy/minimal.json"));
        // The first roles file sets itself up; after that only a manager replaces it.
        CliRun r = w.run({QStringLiteral("roles"), QStringLiteral("load"), roles}, QStringLiteral("ana"));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(w.run({QStringLiteral("roles"), QStringLiteral("load"), roles}, QStringLiteral("ana")).code, 2);
        QCOMPARE(w.run({QStringLiteral("roles"), QStringLiteral("load"), roles}, QStringLiteral("max")).code, 0);
        const QString badRoles = w.file(QStringLiteral("bad-roles.json"),
                                        "{\"schema\": \"closeloop-roles/1\",\n \"users\": {\n  \"eve\": [\"admin\"]\n }\n}\n");
        r = w.run({QStringLiteral("roles"), QStringLiteral("load"), badRoles}, QStringLiteral("max"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains((badRoles + QStringLiteral(":3: ")).toUtf8()), r.err.constData());

        const std::string before = w.activeVersion();
        r = w.run({QStringLiteral("policy"), QStringLiteral("load"), policy}, QStringLiteral("ana"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("manager"), r.err.constData());
        QCOMPARE(w.activeVersion(), before);
        QCOMPARE(w.audits("policy.activate.denied"), 1);
        r = w.run({QStringLiteral("policy"), QStringLiteral("load"), policy}, QStringLiteral("aud"));
        QCOMPARE(r.code, 2);
        r = w.run({QStringLiteral("policy"), QStringLiteral("load"), policy}, QStringLiteral("mia"));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(w.activeVersion() != before);
    }

    void nowMustBeATime()
    {
        Workspace w;
        for (const QString& bad : {QStringLiteral("garbage"), QStringLiteral("2026-02-30T10:00:00Z"),
                                   QStringLiteral("2026-03-02"), QStringLiteral("")}) {
            const CliRun r = runCli({QStringLiteral("--db"), w.db(), QStringLiteral("--now"), bad, QStringLiteral("sla"),
                                     QStringLiteral("sweep")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("--now"), r.err.constData());
        }
        CliRun r = runCli({QStringLiteral("--db"), w.db(), QStringLiteral("--now"), QStringLiteral("garbage"),
                           QStringLiteral("exceptions"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("'garbage' is not an ISO-8601 time"), r.err.constData());
        // After the command, --now is no option of it: refused, not ignored (which would sweep at the real time).
        r = runCli({QStringLiteral("--db"), w.db(), QStringLiteral("sla"), QStringLiteral("sweep"), QStringLiteral("--now"),
                    QStringLiteral("2026-03-02T10:00:00Z")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--now"), r.err.constData());
        QCOMPARE(runCli({QStringLiteral("--db"), w.db(), QStringLiteral("notifications"), QStringLiteral("--now"),
                         QStringLiteral("2026-03-02T10:00:00Z")})
                     .code,
                 2);
        r = w.run({QStringLiteral("sla"), QStringLiteral("sweep"), QStringLiteral("--json")}, {},
                  QStringLiteral("2026-03-02T11:00:00+01:00"));
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonLine(r.out)["now"].get<std::string>(), std::string("2026-03-02T10:00:00.000Z"));
    }

    void exceptionLifecycleThroughTheCli()
    {
        Workspace w;
        QCOMPARE(w.run({QStringLiteral("roles"), QStringLiteral("load"),
                        w.file(QStringLiteral("roles.json"), readFixture("policy/roles.json"))},
                       QStringLiteral("max"))
                     .code,
                 0);
        const QString scan = w.file(QStringLiteral("scan.json"), trivyScan({"CVE-2026-0001", "CVE-2026-0002"}));
        QCOMPARE(w.run({QStringLiteral("import"), scan}, QStringLiteral("scanner"), T0).code, 0);
        const auto ids = findingIds(w);
        const std::int64_t first = ids.at("CVE-2026-0001"), second = ids.at("CVE-2026-0002");
        const QString justification = QStringLiteral("Only reachable from the build network");

        // No catalog: nothing places the finding, so the default tier (high) needs a manager.
        CliRun r = w.run({QStringLiteral("exceptions"), QStringLiteral("request"), QStringLiteral("--finding"),
                          QString::number(first), QStringLiteral("--justification"), justification,
                          QStringLiteral("--controls"), QStringLiteral("network policy"), QStringLiteral("--days"),
                          QStringLiteral("30"), QStringLiteral("--json")},
                         QStringLiteral("ana"), T0);
        QVERIFY2(r.code == 0, r.err.constData());
        nlohmann::json e = jsonLine(r.out);
        QCOMPARE(e["state"].get<std::string>(), std::string("requested"));
        QCOMPARE(e["tier"].get<std::string>(), std::string("high"));
        QCOMPARE(e["requested_by"].get<std::string>(), std::string("ana"));
        QCOMPARE(e["expires_at"].get<std::string>(), std::string("2026-04-01T10:00:00.000Z"));
        const QString id = QString::number(e["id"].get<std::int64_t>());

        // Refusals: beyond the tier's maximum (with the date), no scope, the analyst or the requester deciding.
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("request"), QStringLiteral("--finding"),
                   QString::number(second), QStringLiteral("--justification"), justification, QStringLiteral("--days"),
                   QStringLiteral("181")},
                  QStringLiteral("ana"), T0);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("2026-08-29T10:00:00.000Z"), r.err.constData());
        QCOMPARE(w.run({QStringLiteral("exceptions"), QStringLiteral("request"), QStringLiteral("--justification"),
                        justification, QStringLiteral("--days"), QStringLiteral("3")},
                       QStringLiteral("ana"), T0)
                     .code,
                 2);
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                   QStringLiteral("ok")},
                  QStringLiteral("ana"), T0);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("manager"), r.err.constData());

        r = w.run({QStringLiteral("exceptions"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                   QStringLiteral("compensated by the network policy"), QStringLiteral("--json")},
                  QStringLiteral("max"), QStringLiteral("2026-03-02T11:00:00Z"));
        QVERIFY2(r.code == 0, r.err.constData());
        e = jsonLine(r.out);
        QCOMPARE(e["state"].get<std::string>(), std::string("active"));
        QCOMPARE(e["decided_by"].get<std::string>(), std::string("max"));
        QCOMPARE(e["findings_covered"].get<int>(), 1);
        QCOMPARE(statusOf(w, first), std::string("accepted_risk"));

        // A second request, rejected by another manager.
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("request"), QStringLiteral("--finding"),
                   QString::number(second), QStringLiteral("--justification"), justification, QStringLiteral("--expires"),
                   QStringLiteral("2026-03-20"), QStringLiteral("--json")},
                  QStringLiteral("bob"), T0);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(jsonLine(r.out)["expires_at"].get<std::string>(), std::string("2026-03-20T23:59:59.000Z"));
        const QString rejected = QString::number(jsonLine(r.out)["id"].get<std::int64_t>());
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("reject"), rejected, QStringLiteral("--reason"),
                   QStringLiteral("patch it"), QStringLiteral("--json")},
                  QStringLiteral("mia"), T0);
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonLine(r.out)["state"].get<std::string>(), std::string("rejected"));

        // Still active ten days on; expired at a later --now, which `exceptions list` handles first.
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("list"), QStringLiteral("--json")}, {},
                  QStringLiteral("2026-03-12T10:00:00Z"));
        QCOMPARE(r.code, 0);
        std::vector<nlohmann::json> listed = jsonLines(r.out);
        QCOMPARE(listed.size(), std::size_t(2));
        for (const auto& x : listed)
            if (std::to_string(x["id"].get<std::int64_t>()) == id.toStdString())
                QCOMPARE(x["state"].get<std::string>(), std::string("active"));
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("list"), QStringLiteral("--state"),
                   QStringLiteral("expired"), QStringLiteral("--json")},
                  {}, QStringLiteral("2026-04-01T10:00:01Z"));
        QCOMPARE(r.code, 0);
        listed = jsonLines(r.out);
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed[0]["state"].get<std::string>(), std::string("expired"));
        QCOMPARE(QString::number(listed[0]["id"].get<std::int64_t>()), id);
        QCOMPARE(statusOf(w, first), std::string("reopened"));

        // The expiry is a notification, written to the outbox.
        r = w.run({QStringLiteral("notifications"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        bool expiredNotice = false;
        for (const auto& n : jsonLines(r.out))
            if (n["kind"] == "exception_expired") {
                expiredNotice = true;
                QVERIFY(!n["outbox_file"].get<std::string>().empty());
                QCOMPARE(n["recipient"].get<std::string>(), std::string("ana"));
            }
        QVERIFY(expiredNotice);

        // A renewal of the expired one is a new request; a manager revokes it.
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("renew"), id, QStringLiteral("--justification"),
                   justification, QStringLiteral("--days"), QStringLiteral("30")},
                  QStringLiteral("ana"), QStringLiteral("2026-04-02T10:00:00Z"));
        QCOMPARE(r.code, 2); // the same justification again
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("renew"), id, QStringLiteral("--justification"),
                   QStringLiteral("The vendor fix is due in May; the build network stays closed"),
                   QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--json")},
                  QStringLiteral("ana"), QStringLiteral("2026-04-02T10:00:00Z"));
        QVERIFY2(r.code == 0, r.err.constData());
        e = jsonLine(r.out);
        QCOMPARE(e["state"].get<std::string>(), std::string("requested"));
        QCOMPARE(QString::number(e["renewal_of"].get<std::int64_t>()), id);
        const QString renewal = QString::number(e["id"].get<std::int64_t>());
        r = w.run({QStringLiteral("exceptions"), QStringLiteral("revoke"), renewal, QStringLiteral("--reason"),
                   QStringLiteral("fixed after all"), QStringLiteral("--json")},
                  QStringLiteral("mia"), QStringLiteral("2026-04-03T10:00:00Z"));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(jsonLine(r.out)["state"].get<std::string>(), std::string("revoked"));

        r = w.run({QStringLiteral("sla"), QStringLiteral("sweep"), QStringLiteral("--json")}, {},
                  QStringLiteral("2026-04-03T10:00:00Z"));
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonLine(r.out)["exceptions_expired"].get<int>(), 0);

        // Everything above is on an unbroken audit trail.
        r = w.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const nlohmann::json v = jsonLine(r.out);
        QVERIFY(v["ok"].get<bool>());
        QVERIFY(v["entries"].get<int>() >= 10);
        for (const char* action : {"roles.load", "import", "exception.request", "exception.approve.denied",
                                   "exception.approve", "exception.reject", "exception.expire", "exception.renew",
                                   "exception.revoke"})
            QVERIFY2(w.audits(action) >= 1, action);
    }
};

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "test_policy_cli.moc"
