// SPDX-License-Identifier: GPL-3.0-or-later
// The service catalog: Backstage-shaped YAML and JSON files loaded into a
// real workspace; every bad file named with its line and reason while the
// previous catalog stays; the caps on size, depth and aliases; CODEOWNERS
// semantics; the normal forms assets and keys meet in; `catalog load` and
// `catalog list` through the real closeloop-cli.
#include "audit/audit_log.h"
#include "context/catalog_keys.h"
#include "context/catalog_loader.h"
#include "context/codeowners.h"
#include "feed_test_support.h"

#include "context/catalog_file_reader.h"

#include <QElapsedTimer>
#include <QTest>

#include <fstream>

using namespace closeloop;
using namespace closeloop::test;

namespace {

std::string cat(const std::string& rel)
{
    return fixture("catalog/" + rel);
}

CatalogLoadResult load(TempWorkspace& ws, const std::vector<std::string>& files)
{
    return loadCatalog(ws.writer(), files, "tester");
}

std::string errorsOf(const CatalogLoadResult& r)
{
    std::string s;
    for (const auto& e : r.errors)
        s += e.text() + "\n";
    return s + r.failure;
}

std::string str(const nlohmann::json& j)
{
    return j.is_string() ? j.get<std::string>() : j.dump();
}

nlohmann::json jsonColumn(Database& db, const std::string& sql)
{
    return nlohmann::json::parse(scalarText(db, sql));
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void yamlCatalogLoads()
    {
        TempWorkspace ws;
        const auto r = load(ws, {cat("acme/org.yaml"), cat("acme/shop.yaml")});
        QVERIFY2(r.ok, errorsOf(r).c_str());
        QCOMPARE(r.entities, 12);
        QCOMPARE(r.byKind.at("group"), 4);
        QCOMPARE(r.byKind.at("user"), 2);
        QCOMPARE(r.byKind.at("component"), 3);
        QCOMPARE(r.byKind.at("resource"), 2);
        QCOMPARE(r.byKind.at("system"), 1);
        QCOMPARE(r.skipped, 2); // a Location and an API
        QCOMPARE(r.codeownersRules, 5);

        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        const std::string api = "FROM catalog_entities WHERE ref = 'component:default/shop-api'";
        QCOMPARE(scalar(db, "SELECT tier " + api), 1);
        QCOMPARE(scalar(db, "SELECT customer_facing " + api), 1);
        QCOMPARE(scalar(db, "SELECT internet_facing " + api), 1);
        QCOMPARE(scalarText(db, "SELECT data_classes " + api), std::string("pii pci"));
        QCOMPARE(scalarText(db, "SELECT environment " + api), std::string("prod"));
        QCOMPARE(scalarText(db, "SELECT owner_ref " + api), std::string("group:default/team-shop"));
        QCOMPARE(scalarText(db, "SELECT system_ref " + api), std::string("system:default/shop"));
        QCOMPARE(scalarText(db, "SELECT lifecycle " + api), std::string("production"));
        QCOMPARE(scalarText(db, "SELECT source_line " + api), std::string("12"));
        QVERIFY(contains(scalarText(db, "SELECT source_file " + api), "acme/shop.yaml"));
        QCOMPARE(jsonColumn(db, "SELECT tags " + api).dump(), std::string(R"(["python","rest"])"));
        QCOMPARE(str(jsonColumn(db, "SELECT raw " + api)["spec"]["providesApis"][0]), std::string("shop-rest"));

        // The service has no chain of its own: its owner group's, with where it came from.
        const auto chain = jsonColumn(db, "SELECT escalation " + api);
        QCOMPARE(chain.size(), std::size_t(4));
        QCOMPARE(str(chain[0]["role"]), std::string("owner"));
        QCOMPARE(str(chain[0]["name"]), std::string("Jane Doe"));
        QCOMPARE(str(chain[0]["contact"]), std::string("jane.doe@acme.example"));
        QCOMPARE(str(chain[0]["from"]), std::string("group:default/team-shop"));
        QCOMPARE(str(chain[3]["role"]), std::string("operations-lead"));
        QCOMPARE(str(chain[3]["contact"]), std::string("#shop-oncall"));
        // team-frontend has neither chain nor e-mail: its parent's chain applies.
        const auto front = jsonColumn(db, "SELECT escalation FROM catalog_entities WHERE ref = 'group:default/team-frontend'");
        QCOMPARE(str(front[0]["contact"]), std::string("+49 30 5550 1000"));
        QCOMPARE(str(front[0]["from"]), std::string("group:default/acme-engineering"));
        // team-data has no chain but an e-mail: that is who is called.
        const auto data = jsonColumn(db, "SELECT escalation FROM catalog_entities WHERE ref = 'group:default/team-data'");
        QCOMPARE(str(data[0]["contact"]), std::string("data@acme.example"));
        QCOMPARE(str(data[0]["name"]), std::string("Data Team"));
        // Refs normalise whatever way they were written.
        QCOMPARE(scalarText(db, "SELECT members FROM catalog_entities WHERE ref = 'user:default/omar.haddad'"),
                 std::string(R"(["group:default/team-shop"])"));
        QCOMPARE(scalarText(db, "SELECT members FROM catalog_entities WHERE ref = 'group:default/team-shop'"),
                 std::string(R"(["user:default/jane.doe","user:default/omar.haddad"])"));
        QCOMPARE(scalarText(db, "SELECT email FROM catalog_entities WHERE ref = 'user:default/jane.doe'"),
                 std::string("jane.doe@acme.example"));
        QCOMPARE(scalarText(db, "SELECT owner_ref FROM catalog_entities WHERE ref = 'component:default/shop-web'"),
                 std::string("group:default/team-frontend"));

        // Ownership keys in their normal forms.
        auto keyOwner = [&](const std::string& kind, const std::string& key) {
            return scalarText(db, "SELECT coalesce((SELECT entity_ref FROM ownership_keys WHERE kind = '" + kind +
                                      "' AND key = '" + key + "'), '(none)')");
        };
        QCOMPARE(keyOwner("repository", "github.com/acme/shop"), std::string("component:default/shop-api"));
        QCOMPARE(keyOwner("repository", "github.com/acme/shop-web"), std::string("component:default/shop-web"));
        QCOMPARE(keyOwner("repository", "gitlab.com/acme-data/shop-reports"),
                 std::string("component:default/shop-reports"));
        QCOMPARE(keyOwner("image", "registry.example/shop/api"), std::string("component:default/shop-api"));
        QCOMPARE(keyOwner("image", "111122223333.dkr.ecr.eu-central-1.amazonaws.com/shop-api"),
                 std::string("component:default/shop-api"));
        QCOMPARE(keyOwner("host", "*.shop.example"), std::string("component:default/shop-web"));
        QCOMPARE(keyOwner("resource", "arn:aws:s3:::shop-public-assets"),
                 std::string("resource:default/shop-public-assets"));
        QCOMPARE(keyOwner("resource", "/subscriptions/fee3535b-9616-486f-a476-6a500a08a02b/resourcegroups/rg"),
                 std::string("resource:default/shop-public-assets"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM codeowners_rules WHERE repository = 'github.com/acme/shop'"), 5);
        QCOMPARE(scalarText(db, "SELECT owners FROM codeowners_rules WHERE pattern = 'web/'"),
                 std::string("@acme/frontend jane.doe@acme.example"));

        // One context_loads row per file read, one audit entry for the load.
        QCOMPARE(scalar(db, "SELECT count(*) FROM context_loads WHERE kind = 'catalog'"), 3);
        QCOMPARE(scalar(db, "SELECT count FROM context_loads WHERE file_path LIKE '%shop.yaml'"), 6);
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'catalog_load'"), 1);
        const auto after = jsonColumn(db, "SELECT after FROM audit_log WHERE action = 'catalog_load'");
        QCOMPARE(after["entities"].get<int>(), 12);
        QCOMPARE(after["files"].size(), std::size_t(3));
        QCOMPARE(after["files"][0]["sha256"].get<std::string>().size(), std::size_t(64));
        QVERIFY(verifyAudit(db).ok);
    }

    void jsonCatalogsLoad()
    {
        TempWorkspace ws;
        const auto r = load(ws, {cat("acme/search.json"), cat("acme/search-object.json")});
        QVERIFY2(r.ok, errorsOf(r).c_str());
        QCOMPARE(r.entities, 3);
        QCOMPARE(r.skipped, 1); // the Domain
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        const std::string api = "FROM catalog_entities WHERE ref = 'component:default/search-api'";
        QCOMPARE(scalar(db, "SELECT tier " + api), 2); // a JSON number is accepted
        QCOMPARE(scalar(db, "SELECT internet_facing " + api), 0);
        QVERIFY(scalar(db, "SELECT customer_facing IS NULL " + api) == 1);
        QCOMPARE(scalar(db, "SELECT source_line " + api), 8);
        QCOMPARE(scalar(db, "SELECT source_line FROM catalog_entities WHERE ref = 'component:default/search-indexer'"), 3);
        QCOMPARE(scalarText(db, "SELECT entity_ref FROM ownership_keys WHERE key = 'indexer-01.search.acme.example'"),
                 std::string("component:default/search-indexer"));
        // Its own chain beats the group's.
        QCOMPARE(str(jsonColumn(db, "SELECT escalation " + api)[0]["contact"]), std::string("mia.schulz@acme.example"));
    }

    void unknownOwnerIsAWarning()
    {
        TempWorkspace ws;
        const auto r = load(ws, {cat("acme/search-object.json")});
        QVERIFY2(r.ok, errorsOf(r).c_str());
        bool warned = false;
        for (const auto& w : r.warnings)
            warned = warned || (contains(w, "search-object.json:3") && contains(w, "group:default/team-search"));
        QVERIFY(warned);
    }

    void badFilesNameFileLineAndReason_data()
    {
        QTest::addColumn<QString>("files");  // ';' separated, relative to fixtures/catalog/errors
        QTest::addColumn<QString>("where");  // "file:line" the first error must name
        QTest::addColumn<QString>("reason"); // part of its reason
        QTest::newRow("yaml syntax") << "syntax.yaml" << "syntax.yaml:6" << "invalid YAML";
        QTest::newRow("document not a mapping") << "not-a-mapping.yaml" << "not-a-mapping.yaml:9" << "must be a mapping";
        QTest::newRow("missing metadata.name") << "missing-name.yaml" << "missing-name.yaml:10"
                                               << "metadata.name is missing";
        QTest::newRow("tags not a list") << "tags-not-list.yaml" << "tags-not-list.yaml:6"
                                         << "metadata.tags must be a list";
        QTest::newRow("tier out of range") << "bad-tier.yaml" << "bad-tier.yaml:7" << "closeloop.io/tier must be 1, 2, 3 or 4";
        QTest::newRow("boolean annotation") << "bad-boolean.yaml" << "bad-boolean.yaml:7"
                                            << "closeloop.io/internet-facing must be true or false";
        QTest::newRow("owner not text") << "owner-not-text.yaml" << "owner-not-text.yaml:8" << "spec.owner must be text";
        QTest::newRow("duplicate across files") << "duplicate-a.yaml;duplicate-b.yaml" << "duplicate-b.yaml:9"
                                                << "duplicate entity component:default/payments (first defined at";
        QTest::newRow("alias bomb") << "alias-bomb.yaml" << "alias-bomb.yaml:" << "aliases counted each time";
        QTest::newRow("too deep") << "deep.yaml" << "deep.yaml:6" << "nesting deeper than 32 levels";
        QTest::newRow("codeowners owner") << "bad-codeowners.yaml" << "bad-codeowners.CODEOWNERS:4"
                                          << "\"acme-docs-team\" is not an owner";
        QTest::newRow("codeowners missing") << "missing-codeowners.yaml" << "missing-codeowners.yaml:7"
                                            << "cannot open the file";
        QTest::newRow("json wrong type") << "wrong-type.json" << "wrong-type.json:15"
                                         << "closeloop.io/customer-facing must be true or false";
        QTest::newRow("json syntax") << "syntax.json" << "syntax.json:6" << "invalid JSON";
    }

    void badFilesNameFileLineAndReason()
    {
        QFETCH(QString, files);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        TempWorkspace ws;
        // A good catalog first: a bad load must leave it exactly as it was.
        const auto good = load(ws, {cat("acme/org.yaml"), cat("acme/shop.yaml")});
        QVERIFY2(good.ok, errorsOf(good).c_str());
        auto snapshot = [&] {
            Database db(ws.dbPath(), Database::Mode::ReadOnly);
            return scalarText(db, "SELECT group_concat(ref || owner_ref || escalation, ';') FROM catalog_entities") +
                   scalarText(db, "SELECT group_concat(kind || key || entity_ref, ';') FROM ownership_keys") +
                   scalarText(db, "SELECT group_concat(pattern || owners, ';') FROM codeowners_rules") +
                   std::to_string(scalar(db, "SELECT count(*) FROM context_loads")) +
                   std::to_string(scalar(db, "SELECT count(*) FROM audit_log"));
        };
        const std::string before = snapshot();

        std::vector<std::string> paths;
        for (const auto& f : files.split(u';'))
            paths.push_back(cat("errors/" + f.toStdString()));
        const auto r = load(ws, paths);
        QVERIFY(!r.ok);
        QVERIFY(r.failure.empty());
        QVERIFY(!r.errors.empty());
        const std::string first = r.errors.front().text();
        QVERIFY2(contains(first, where.toStdString()), first.c_str());
        QVERIFY2(contains(first, reason.toStdString()), first.c_str());
        QVERIFY2(r.errors.front().line > 0, first.c_str());
        QCOMPARE(snapshot(), before);
    }

    void aliasBombStopsAtTheCapQuickly()
    {
        QElapsedTimer t;
        t.start();
        TempWorkspace ws;
        const auto r = load(ws, {cat("errors/alias-bomb.yaml")});
        QVERIFY(!r.ok);
        // 9^9 strings if expanded; the cap stops it after 2M nodes.
        QVERIFY2(t.elapsed() < 30000, std::to_string(t.elapsed()).c_str());
        QVERIFY(r.errors.front().line >= 6 && r.errors.front().line <= 14);
    }

    void filesOverTheSizeCapAreRefused()
    {
        TempWorkspace ws;
        const std::string path = ws.path("huge.yaml");
        {
            std::ofstream out(path, std::ios::binary);
            std::string doc = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: huge\n"
                              "  description: \"";
            out << doc << std::string(CatalogFileReader::MaxFileBytes, 'x') << "\"\n";
        }
        const auto r = load(ws, {path});
        QVERIFY(!r.ok);
        QVERIFY2(contains(r.errors.front().text(), "huge.yaml: the file has"), r.errors.front().text().c_str());
        QVERIFY(contains(r.errors.front().reason, "over 16 MiB are refused"));
    }

    void deepNestingBeyondYamlCppsGuardIsAnError()
    {
        // yaml-cpp has its own recursion guard; far beyond it the error must
        // still be a clean one with a line, not a crash.
        TempWorkspace ws;
        ws.writeFile("deeper.yaml", "kind: Component\nmetadata:\n  name: x\n  labels: " + std::string(100000, '[') + "\n");
        const auto r = load(ws, {ws.path("deeper.yaml")});
        QVERIFY(!r.ok);
        QVERIFY2(contains(r.errors.front().text(), "nesting deeper than"), r.errors.front().text().c_str());
        ws.writeFile("deeper.json", "[" + std::string(100000, '{') + "\n");
        const auto j = load(ws, {ws.path("deeper.json")});
        QVERIFY(!j.ok);
        QVERIFY2(contains(j.errors.front().text(), "deeper.json:1: nesting deeper than 32"), j.errors.front().text().c_str());
    }

    void invalidUtf8IsRefusedWithItsLine()
    {
        TempWorkspace ws;
        ws.writeFile("latin1.yaml", "kind: Group\nmetadata:\n  name: team-x\n  title: \"M\xfcller\"\n");
        const auto r = load(ws, {ws.path("latin1.yaml")});
        QVERIFY(!r.ok);
        QVERIFY2(contains(r.errors.front().text(), "latin1.yaml:4: invalid UTF-8"), r.errors.front().text().c_str());
    }

    void documentsAreCutAtMarkersOnly()
    {
        // The reader parses one document at a time: directives, "..." ends,
        // indented "---" inside block text and a file without a first "---"
        // must all keep their documents and line numbers.
        const auto docs = CatalogFileReader::readText("# leading comment\n"
                                                      "kind: Group\n"
                                                      "metadata:\n"
                                                      "  name: first\n"
                                                      "...\n"
                                                      "%YAML 1.2\n"
                                                      "---\n"
                                                      "kind: Component\n"
                                                      "metadata:\n"
                                                      "  name: second\n"
                                                      "  description: |\n"
                                                      "    ---\n"
                                                      "    not a marker\n"
                                                      "--- # a comment after the marker\n"
                                                      "kind: User\n"
                                                      "metadata: {name: third}\n"
                                                      "---\n");
        QCOMPARE(docs.size(), std::size_t(3));
        QCOMPARE(docs[0].line, 2);
        QCOMPARE(docs[1].line, 8);
        QCOMPARE(docs[1].value["metadata"]["description"].get<std::string>(), std::string("---\nnot a marker\n"));
        QCOMPARE(docs[1].lineOf("/metadata/name"), 10);
        QCOMPARE(docs[2].line, 15);
        QCOMPARE(docs[2].lineOf("/metadata/name"), 16);
        try {
            CatalogFileReader::readText("kind: Group\n---\nkind: Group\nmetadata: [a,\n---\nkind: User\n");
            QFAIL("no error");
        } catch (const FeedError& e) {
            QCOMPARE(e.place(), std::string("line 5"));
        }
    }

    void severalErrorsAreReportedTogether()
    {
        TempWorkspace ws;
        const auto r = load(ws, {cat("errors/bad-tier.yaml"), cat("errors/bad-boolean.yaml"), cat("errors/syntax.yaml")});
        QCOMPARE(r.errors.size(), std::size_t(3));
        QVERIFY(contains(r.errors[1].text(), "bad-boolean.yaml:7"));
    }

    void keysClaimedTwiceWarnAndTheFirstWins()
    {
        TempWorkspace ws;
        ws.writeFile("twice.yaml", R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: first
  annotations:
    closeloop.io/images: registry.example/shop/api:9
spec:
  owner: team-a
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: second
  annotations:
    closeloop.io/images: registry.example/shop/api@sha256:0123
spec:
  owner: team-a
)");
        const auto r = load(ws, {ws.path("twice.yaml")});
        QVERIFY2(r.ok, errorsOf(r).c_str());
        bool warned = false;
        for (const auto& w : r.warnings)
            warned = warned || (contains(w, "twice.yaml:15") && contains(w, "already claimed by component:default/first"));
        QVERIFY(warned);
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalarText(db, "SELECT entity_ref FROM ownership_keys WHERE key = 'registry.example/shop/api'"),
                 std::string("component:default/first"));
    }

    void codeownersSemantics()
    {
        const Codeowners co = Codeowners::parse("# comment\n"
                                                "*                 @acme/all\n"
                                                "*.js              @acme/js   # trailing comment\n"
                                                "/build/logs/      @acme/logs\n"
                                                "docs/*            docs@acme.example\n"
                                                "apps/             @acme/apps\n"
                                                "/scripts/**/deploy.sh @acme/ops\n"
                                                "/unowned/deep\n"
                                                "my\\ file.txt     @acme/spaces\n");
        auto owner = [&](const char* path) {
            const auto r = co.match(path);
            return r ? (r->owners.empty() ? std::string("(none)") : r->owners.front()) : std::string("(no rule)");
        };
        QCOMPARE(owner("README"), std::string("@acme/all"));
        QCOMPARE(owner("src/app/main.js"), std::string("@acme/js"));
        QCOMPARE(owner("build/logs/today.txt"), std::string("@acme/logs"));
        QCOMPARE(owner("sub/build/logs/x.txt"), std::string("@acme/all")); // anchored at the root
        QCOMPARE(owner("docs/intro.md"), std::string("docs@acme.example"));
        QCOMPARE(owner("docs/api/intro.md"), std::string("@acme/all")); // docs/* is not recursive
        QCOMPARE(owner("x/apps/y/z.txt"), std::string("@acme/apps"));   // apps/ at any depth
        QCOMPARE(owner("scripts/deploy.sh"), std::string("@acme/ops"));
        QCOMPARE(owner("scripts/a/b/deploy.sh"), std::string("@acme/ops"));
        QCOMPARE(owner("unowned/deep/file.c"), std::string("(none)"));
        QCOMPARE(owner("./my file.txt"), std::string("@acme/spaces"));
        QCOMPARE(co.match("src/app/main.js")->line, 3);

        const Codeowners gl = Codeowners::parse("[Backend] @acme/backend\n"
                                                "*.rb\n"
                                                "/api/ @acme/api\n"
                                                "^[Docs][2] @acme/tech-writers\n"
                                                "*.md\n"
                                                "/api/ @acme/api-docs\n");
        QCOMPARE(gl.match("app/user.rb")->owners, std::vector<std::string>{"@acme/backend"});
        QCOMPARE(gl.match("app/user.rb")->section, std::string("Backend"));
        // An optional section's later match does not beat a required one.
        QCOMPARE(gl.match("api/v1/routes.rb")->owners, std::vector<std::string>{"@acme/api"});
        QCOMPARE(gl.match("README.md")->owners, std::vector<std::string>{"@acme/tech-writers"});
        QVERIFY(gl.match("README.md")->optionalSection);
        QVERIFY(!gl.match("Makefile"));

        try {
            Codeowners::parse("*.js @acme/js\n[Broken\n");
            QFAIL("no error");
        } catch (const FeedError& e) {
            QCOMPARE(e.place(), std::string("line 2"));
        }
    }

    void keyNormalForms()
    {
        auto repo = [](const char* s) {
            const auto r = parseRepository(s);
            return r ? r->key() + (r->path.empty() ? "" : " :" + r->path) : std::string("(none)");
        };
        QCOMPARE(repo("https://GitHub.com/Acme/Shop.git/"), std::string("github.com/acme/shop"));
        QCOMPARE(repo("git@github.com:acme/shop.git"), std::string("github.com/acme/shop"));
        QCOMPARE(repo("ssh://git@git.acme.example:7999/acme/shop.git"), std::string("git.acme.example/acme/shop"));
        QCOMPARE(repo("https://user:token@github.com/acme/shop"), std::string("github.com/acme/shop"));
        QCOMPARE(repo("https://git.demo.example/shop/checkout-web@main"), std::string("git.demo.example/shop/checkout-web"));
        QCOMPARE(repo("https://github.com/acme/mono/tree/main/services/cart"),
                 std::string("github.com/acme/mono :services/cart"));
        QCOMPARE(repo("https://gitlab.com/grp/sub/proj/-/tree/main/app"), std::string("gitlab.com/grp/sub/proj :app"));
        QCOMPARE(repo("Codertocat/Hello-World"), std::string("codertocat/hello-world"));
        QCOMPARE(repo("github.com/acme/shop"), std::string("github.com/acme/shop"));
        QCOMPARE(repo("."), std::string("(none)"));
        QCOMPARE(repo("project:25502d3a"), std::string("(none)"));
        QCOMPARE(repo("/tmp/components/yarn.lock"), std::string("(none)"));
        QCOMPARE(repo("(project)"), std::string("(none)"));
        QCOMPARE(repo("testdata/fixtures/repo/npm"), std::string("(none)"));

        QCOMPARE(normalizeImage("registry.demo.example/payments/payments-api:1.42.0"),
                 std::string("registry.demo.example/payments/payments-api"));
        QCOMPARE(normalizeImage("registry:5000/shop/api:1.4@sha256:abcd"), std::string("registry:5000/shop/api"));
        QCOMPARE(normalizeImage("index.docker.io/library/nginx:alpine"), std::string("nginx"));
        QCOMPARE(normalizeImage("busybox:1.32.1"), std::string("busybox"));
        QCOMPARE(normalizeImage("docker.io/bitnami/redis:7"), std::string("bitnami/redis"));
        QCOMPARE(normalizeImage("user-input@sha256:ca73"), std::string("user-input"));
        QCOMPARE(normalizeImage("sarim04/juiceshop:latest/juiceshop"), std::string("sarim04/juiceshop"));
        QCOMPARE(normalizeImage("registry.example/shop/api:1.2.3 (alpine 3.18.4)"), std::string("registry.example/shop/api"));
        QCOMPARE(normalizeImage("arn:aws:ecr:eu-central-1:123456789012:repository/repo-os/sha256:af96"),
                 std::string("123456789012.dkr.ecr.eu-central-1.amazonaws.com/repo-os"));
        QCOMPARE(normalizeImage("(unnamed artifact)"), std::string());

        QCOMPARE(normalizeHost("https://API.Shop.Example:8443/v1"), std::string("api.shop.example"));
        QCOMPARE(normalizeHost("web-01.shop.example."), std::string("web-01.shop.example"));
        QCOMPARE(normalizePath("./src//app\\main.js"), std::string("src/app/main.js"));
        QVERIFY(pathUnder("services/cart/main.go", "services/cart"));
        QVERIFY(!pathUnder("services/cartography/x", "services/cart"));
    }

    void cliLoadListAndBadFile()
    {
        TempWorkspace ws;
        const QString db = QString::fromStdString(ws.dbPath());
        const CliRun ok = runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("load"),
                                  qstr(cat("acme/org.yaml")), qstr(cat("acme/shop.yaml"))});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY2(ok.out.contains("catalog loaded: 12 entities"), ok.out.constData());

        const CliRun bad = runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("load"),
                                   QString::fromStdString(cat("errors/bad-tier.yaml"))});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("bad-tier.yaml:7: closeloop.io/tier must be 1, 2, 3 or 4"), bad.err.constData());
        QVERIFY(bad.err.contains("previous catalog stays in force"));

        const CliRun badJson = runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("load"),
                                       QString::fromStdString(cat("errors/syntax.yaml")), QStringLiteral("--json")});
        QCOMPARE(badJson.code, 2);
        const auto j = nlohmann::json::parse(badJson.out.trimmed().toStdString());
        QCOMPARE(j["ok"].get<bool>(), false);
        QVERIFY(contains(j["errors"][0].get<std::string>(), "syntax.yaml:6: invalid YAML"));

        const CliRun list = runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("list"),
                                    QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const auto lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 12); // the first catalog, still in force
        bool sawApi = false;
        for (const auto& line : lines) {
            const auto e = nlohmann::json::parse(line.toStdString());
            if (e["ref"] == "component:default/shop-api") {
                sawApi = true;
                QCOMPARE(e["tier"].get<int>(), 1);
                QCOMPARE(str(e["owner"]), std::string("group:default/team-shop"));
                QCOMPARE(str(e["lifecycle"]), std::string("production"));
                QCOMPARE(str(e["kind"]), std::string("component"));
            }
        }
        QVERIFY(sawApi);
        const CliRun text = runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("list")});
        QVERIFY(text.out.contains("component:default/shop-reports"));
        QVERIFY(text.out.contains("deprecated"));

        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("catalog")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("load")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("load"),
                         QString::fromStdString(ws.path("missing.yaml"))})
                        .code,
                 2);
        const CliRun help = runCli({QStringLiteral("--help")});
        QVERIFY(help.out.contains("catalog load FILE..."));
        QVERIFY(help.out.contains("owners [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
