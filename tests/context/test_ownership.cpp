// SPDX-License-Identifier: GPL-3.0-or-later
// Ownership mapping on real imports: findings from the project's fixture
// feeds (and the shared corpus when present) meet the Acme catalog by
// repository, slug, monorepo folder, image, ECR ARN, host wildcard and cloud
// resource prefix; CODEOWNERS overrides the owner for a path; what matches
// nothing says what was tried and why; an analyst's owner survives a reload;
// a reload moves findings; a mapping after an import touches only new rows.
#include "context/catalog_loader.h"
#include "context/ownership_mapper.h"
#include "demo/demo_catalog.h"
#include "demo/demo_feed_generator.h"
#include "demo/demo_other_feeds.h"
#include "demo/synthetic_trivy_feed.h"
#include "feed_test_support.h"

#include <QElapsedTimer>
#include <QTest>

using namespace closeloop;
using namespace closeloop::test;

namespace {

const char* const FixtureFeeds[] = {
    "trivy/schema2_image.json", "sarif/trivy_image.sarif",       "github/code_scanning_alerts.json",
    "github/dependabot_alerts.json", "csv/prowler.csv",          "asff/securityhub_export.json",
    "ocsf/vulnerability_finding.ocsf.json", "gitlab/sast_v15.json", "grype/image_report.json",
    "csv/wiz_issues.csv",       "ocsf/security_finding.ocsf.json",
};

std::string errorsOf(const CatalogLoadResult& r)
{
    std::string s;
    for (const auto& e : r.errors)
        s += e.text() + "\n";
    return s + r.failure;
}

struct Mapped
{
    std::string service;
    std::string owner;
    nlohmann::json why;
};

// The one finding of a tool with this asset (and location, when given).
Mapped mapped(const std::string& dbPath, const std::string& tool, const std::string& asset,
              const std::string& location = {})
{
    Database db(dbPath, Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT service, owner, ownership FROM findings WHERE tool = ? AND asset = ?"
                         " AND (? = '' OR location_file = ?) ORDER BY id LIMIT 1");
    st.bind(1, tool).bind(2, asset).bind(3, location).bind(4, location);
    if (!st.step())
        qFatal("no finding of %s on %s %s", tool.c_str(), asset.c_str(), location.c_str());
    return {st.text(0), st.text(1), nlohmann::json::parse(st.text(2))};
}

std::string str(const nlohmann::json& j)
{
    return j.is_string() ? j.get<std::string>() : j.dump();
}

class Workspace : public TempWorkspace
{
public:
    void importAll(const std::vector<std::string>& files)
    {
        for (const auto& f : files) {
            const auto r = import(f);
            if (r.status != ImportReport::Status::Imported)
                qFatal("import of %s failed: %s", f.c_str(), r.summary().c_str());
        }
    }
    CatalogLoadResult load(const std::vector<std::string>& files) { return loadCatalog(writer(), files, "tester"); }
    std::int64_t count(const std::string& sql)
    {
        Database db(dbPath(), Database::Mode::ReadOnly);
        return scalar(db, sql);
    }
};

std::vector<std::string> acme()
{
    return {fixture("catalog/acme/org.yaml"), fixture("catalog/acme/shop.yaml")};
}

} // namespace

class TestOwnership : public QObject
{
    Q_OBJECT

private slots:
    void mapsRealFeedsToTheCatalog()
    {
        Workspace ws;
        std::vector<std::string> feeds;
        for (const char* f : FixtureFeeds)
            feeds.push_back(fixture(f));
        ws.importAll(feeds);
        const std::int64_t total = ws.count("SELECT count(*) FROM findings");
        const auto r = ws.load(acme());
        QVERIFY2(r.ok, errorsOf(r).c_str());
        QCOMPARE(r.ownership.mapped + r.ownership.unowned, total);
        QCOMPARE(r.ownership.unowned, ws.count("SELECT count(*) FROM findings WHERE service = ''"));
        QCOMPARE(ws.count("SELECT count(*) FROM findings WHERE ownership = ''"), 0);
        const std::string db = ws.dbPath();

        // Image: tag stripped, registry kept.
        auto m = mapped(db, "Trivy", "registry.example/shop/api:1.2.3");
        QCOMPARE(m.service, std::string("component:default/shop-api"));
        QCOMPARE(m.owner, std::string("group:default/team-shop"));
        QCOMPARE(str(m.why["matched"]), std::string("image"));
        QCOMPARE(str(m.why["key"]), std::string("registry.example/shop/api"));
        QCOMPARE(str(m.why["source"]), std::string("annotation closeloop.io/images"));
        QCOMPARE(mapped(db, "Grype", "quay.example/shop/api:1.4.2").service, std::string("component:default/shop-api"));
        // An ECR image ARN, whether the feed calls it an image or a cloud resource.
        const std::string ecr = "arn:aws:ecr:eu-central-1:111122223333:repository/shop-api/sha256:"
                                "3f1c9a0e5b7d2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c";
        m = mapped(db, "Inspector", ecr);
        QCOMPARE(m.service, std::string("component:default/shop-api"));
        QCOMPARE(str(m.why["key"]), std::string("111122223333.dkr.ecr.eu-central-1.amazonaws.com/shop-api"));
        QCOMPARE(mapped(db, "Amazon Inspector", ecr).service, std::string("component:default/shop-api"));

        // Repository by its slug (GitHub alerts name "acme/shop"); CODEOWNERS decides the owner.
        m = mapped(db, "GitHub code scanning (CodeQL)", "acme/shop", "shop/db/orders.py");
        QCOMPARE(m.service, std::string("component:default/shop-api"));
        QCOMPARE(m.owner, std::string("group:default/team-data"));
        QCOMPARE(str(m.why["matched"]), std::string("repository"));
        QCOMPARE(str(m.why["key"]), std::string("github.com/acme/shop"));
        QCOMPARE(str(m.why["via"]), std::string("slug acme/shop"));
        QCOMPARE(str(m.why["owner_from"]), std::string("codeowners"));
        QCOMPARE(m.why["codeowners"]["line"].get<int>(), 3);
        QCOMPARE(str(m.why["codeowners"]["pattern"]), std::string("/shop/db/"));
        QVERIFY(contains(str(m.why["codeowners"]["file"]), "catalog/acme/CODEOWNERS"));
        // "*" names the shop team by its GitHub team slug.
        m = mapped(db, "GitHub Dependabot", "acme/shop", "package-lock.json");
        QCOMPARE(m.owner, std::string("group:default/team-shop"));
        QCOMPARE(str(m.why["codeowners"]["group"]), std::string("group:default/team-shop"));
        // A CODEOWNERS match whose owners are no Group keeps the service's owner, and says so.
        m = mapped(db, "GitHub Dependabot", "acme/shop", "web/package-lock.json");
        QCOMPARE(m.owner, std::string("group:default/team-shop"));
        QVERIFY(m.why["codeowners"]["group"].is_null());
        QCOMPARE(str(m.why["owner_from"]), std::string("spec.owner"));
        QCOMPARE(str(m.why["codeowners"]["pattern"]), std::string("web/"));

        // Host under a wildcard.
        m = mapped(db, "HostScan", "web-01.shop.example");
        QCOMPARE(m.service, std::string("component:default/shop-web"));
        QCOMPARE(m.owner, std::string("group:default/team-frontend"));
        QCOMPARE(str(m.why["key"]), std::string("*.shop.example"));

        // Cloud resources: exact, raw prefix, and an Azure id below a resource group.
        for (const char* tool : {"Prowler", "Security Hub", "Wiz"})
            QCOMPARE(mapped(db, tool, "arn:aws:s3:::shop-public-assets").service,
                     std::string("resource:default/shop-public-assets"));
        m = mapped(db, "Prowler", "arn:aws:ec2:us-east-1:111122223333:instance/i-0a1b2c3d4e5f60718");
        QCOMPARE(m.service, std::string("resource:default/shop-hosts"));
        QCOMPARE(m.owner, std::string("group:default/team-shop")); // no owner: the system's
        QCOMPARE(str(m.why["owner_from"]), std::string("system system:default/shop"));
        m = mapped(db, "Wiz", "/subscriptions/fee3535b-9616-486f-a476-6a500a08a02b/resourceGroups/rg/providers/"
                              "Microsoft.Storage/storageAccounts/shopcdn");
        QCOMPARE(m.service, std::string("resource:default/shop-public-assets"));

        // Unowned, with what was tried and why nothing matched.
        m = mapped(db, "GuardDuty", "arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f60718");
        QCOMPARE(m.service, std::string());
        QCOMPARE(m.owner, std::string());
        QVERIFY(m.why["matched"].is_null());
        QCOMPARE(str(m.why["tried"][0]["kind"]), std::string("resource"));
        QVERIFY2(contains(str(m.why["reason"]), "no catalog entity names resource "
                                                 "arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f60718"),
                 m.why.dump().c_str());
        QVERIFY(contains(str(m.why["reason"]), "catalog has 12 entities"));
        m = mapped(db, "GitLab SAST (Semgrep)", "");
        QCOMPARE(m.service, std::string());
        QVERIFY(m.why["tried"].empty());
        QVERIFY(contains(str(m.why["reason"]), "names no repository, image, host or cloud resource"));
    }

    void monorepoFoldersBeatTheRepository()
    {
        Workspace ws;
        const std::string sarif = ws.path("mono.sarif");
        demo::writeSemgrepSarif(sarif, "https://github.com/acme/mono");
        ws.importAll({sarif});
        ws.writeFile("mono.yaml", R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: mono-server
  annotations:
    backstage.io/source-location: url:https://github.com/acme/mono/tree/main/server/routes
spec:
  type: service
  owner: team-api
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: mono
  annotations:
    closeloop.io/repositories: git@github.com:acme/mono.git
    closeloop.io/paths: web
spec:
  type: website
  owner: team-web
)");
        const auto r = ws.load({ws.path("mono.yaml")});
        QVERIFY2(r.ok, errorsOf(r).c_str());
        const std::string db = ws.dbPath();
        const std::string repo = "https://github.com/acme/mono@main";
        auto m = mapped(db, "Semgrep OSS", repo, "server/routes/orders.js");
        QCOMPARE(m.service, std::string("component:default/mono-server"));
        QCOMPARE(str(m.why["matched"]), std::string("path"));
        QCOMPARE(str(m.why["key"]), std::string("github.com/acme/mono:server/routes"));
        m = mapped(db, "Semgrep OSS", repo, "web/src/components/Review.tsx");
        QCOMPARE(m.service, std::string("component:default/mono"));
        QCOMPARE(str(m.why["matched"]), std::string("path"));
        m = mapped(db, "Semgrep OSS", repo, "server/app.js"); // outside both folders: the repository's owner
        QCOMPARE(m.service, std::string("component:default/mono"));
        QCOMPARE(str(m.why["matched"]), std::string("repository"));
        QCOMPARE(m.owner, std::string("group:default/team-web"));
    }

    void pathsWithoutARepositoryMatchFiles()
    {
        // OSV-Scanner names the lockfile it read, not a repository.
        Workspace ws;
        ws.importAll({fixture("osv/lockfile_report.json")});
        ws.writeFile("paths.yaml", R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shop-build
  annotations:
    closeloop.io/paths: /src/shop
spec:
  type: service
  owner: team-shop
)");
        const auto r = ws.load({ws.path("paths.yaml")});
        QVERIFY2(r.ok, errorsOf(r).c_str());
        QCOMPARE(r.ownership.unowned, 0);
        const auto m = mapped(ws.dbPath(), "OSV-Scanner", "/src/shop/requirements.txt");
        QCOMPARE(m.service, std::string("component:default/shop-build"));
        QCOMPARE(str(m.why["matched"]), std::string("path"));
        QCOMPARE(str(m.why["key"]), std::string(":src/shop"));
    }

    void ownerSetByAnAnalystIsKept()
    {
        Workspace ws;
        ws.importAll({fixture("trivy/schema2_image.json")});
        QVERIFY(ws.load(acme()).ok);
        ws.writer()
            .run([](Database& db) {
                db.exec("UPDATE findings SET owner = 'group:default/security', owner_manual = 1"
                        " WHERE id = (SELECT min(id) FROM findings)");
            })
            .get();
        const auto r = ws.load(acme());
        QVERIFY(r.ok);
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalarText(db, "SELECT owner FROM findings ORDER BY id LIMIT 1"), std::string("group:default/security"));
        QCOMPARE(scalarText(db, "SELECT service FROM findings ORDER BY id LIMIT 1"),
                 std::string("component:default/shop-api"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE owner = 'group:default/team-shop'"),
                 scalar(db, "SELECT count(*) FROM findings") - 1);
    }

    void reloadingTheCatalogMovesFindings()
    {
        Workspace ws;
        ws.importAll({fixture("trivy/schema2_image.json"), fixture("grype/image_report.json")});
        QVERIFY(ws.load(acme()).ok);
        QCOMPARE(ws.count("SELECT count(*) FROM findings WHERE service = 'component:default/shop-api'"),
                 ws.count("SELECT count(*) FROM findings"));
        // The API image moves to a new service owned by another team; quay's image is no one's.
        ws.writeFile("v2.yaml", R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shop-api-next
  annotations:
    closeloop.io/images: registry.example/shop/api
spec:
  type: service
  lifecycle: production
  owner: team-data
)");
        const auto r = ws.load({ws.path("v2.yaml")});
        QVERIFY2(r.ok, errorsOf(r).c_str());
        const std::string db = ws.dbPath();
        auto m = mapped(db, "Trivy", "registry.example/shop/api:1.2.3");
        QCOMPARE(m.service, std::string("component:default/shop-api-next"));
        QCOMPARE(m.owner, std::string("group:default/team-data"));
        m = mapped(db, "Grype", "quay.example/shop/api:1.4.2");
        QCOMPARE(m.service, std::string());
        QCOMPARE(m.owner, std::string());
        QVERIFY2(contains(str(m.why["reason"]), "no catalog entity names image quay.example/shop/api; catalog has 1 entities"),
                 m.why.dump().c_str());
        QCOMPARE(ws.count("SELECT count(*) FROM catalog_entities"), 1);
    }

    void mappingAfterAnImportTouchesOnlyNewFindings()
    {
        Workspace ws;
        ws.importAll({fixture("trivy/schema2_image.json")});
        QVERIFY(ws.load(acme()).ok);
        const std::int64_t before = ws.count("SELECT max(id) FROM findings");
        // A marker an all-findings pass would overwrite.
        ws.writer().run([](Database& db) { db.exec("UPDATE findings SET ownership = 'marker'"); }).get();
        ws.importAll({fixture("grype/image_report.json")});
        const OwnershipStats stats = ws.writer()
                                         .run([before](Database& db) {
                                             Transaction tx(db);
                                             const auto s = mapOwnership(db, before);
                                             tx.commit();
                                             return s;
                                         })
                                         .get();
        const std::int64_t added = ws.count("SELECT count(*) FROM findings WHERE id > " + std::to_string(before));
        QVERIFY(added > 0);
        QCOMPARE(stats.mapped, added);
        QCOMPARE(stats.unowned, 0);
        QCOMPARE(ws.count("SELECT count(*) FROM findings WHERE ownership = 'marker'"), before);
        QCOMPARE(ws.count("SELECT count(*) FROM findings WHERE id > " + std::to_string(before) +
                          " AND service = 'component:default/shop-api'"),
                 added);
    }

    void noCatalogMeansUnownedWithThatReason()
    {
        Workspace ws;
        ws.importAll({fixture("trivy/schema2_image.json")});
        const auto stats = ws.writer()
                               .run([](Database& db) {
                                   Transaction tx(db);
                                   const auto s = mapOwnership(db);
                                   tx.commit();
                                   return s;
                               })
                               .get();
        QCOMPARE(stats.mapped, 0);
        QCOMPARE(stats.unowned, ws.count("SELECT count(*) FROM findings"));
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QVERIFY(contains(scalarText(db, "SELECT ownership FROM findings LIMIT 1"), "no service catalog is loaded"));
    }

    void corpusFindingsMapByUrlAndSlug()
    {
        const std::string corpus = corpusDir();
        if (corpus.empty())
            QSKIP("the shared corpus is not present");
        Workspace ws;
        ws.importAll({corpus + "/trivy_json/trivy__test-repo.json.golden",
                      corpus + "/github/octokit-webhooks__code_scanning_alert__created.payload.json"});
        ws.writeFile("corpus.yaml", R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: trivy-ci-test
  annotations:
    backstage.io/source-location: url:https://github.com/knqyf263/trivy-ci-test/tree/master/
spec:
  type: service
  owner: team-rust
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: hello-world
  annotations:
    closeloop.io/repositories: git@github.com:Codertocat/Hello-World.git
spec:
  type: service
  owner: team-java
)");
        QVERIFY(ws.load({ws.path("corpus.yaml")}).ok);
        const std::string db = ws.dbPath();
        auto m = mapped(db, "Trivy", "https://github.com/knqyf263/trivy-ci-test");
        QCOMPARE(m.service, std::string("component:default/trivy-ci-test"));
        QCOMPARE(str(m.why["key"]), std::string("github.com/knqyf263/trivy-ci-test"));
        m = mapped(db, "GitHub code scanning (CodeQL)", "Codertocat/Hello-World");
        QCOMPARE(m.service, std::string("component:default/hello-world"));
        QCOMPARE(m.owner, std::string("group:default/team-java"));
    }

    void demoCatalogCoversTheDemoFeeds()
    {
        Workspace ws;
        ws.importAll(writeDemoFeeds(ws.path("")));
        const auto files = writeDemoCatalog(ws.path(""));
        const auto r = ws.load(files);
        QVERIFY2(r.ok, errorsOf(r).c_str());
        std::string warnings;
        for (const auto& w : r.warnings)
            warnings += w + "\n";
        QVERIFY2(r.warnings.empty(), warnings.c_str());
        QCOMPARE(r.byKind.at("component"), 30);
        QCOMPARE(r.byKind.at("system"), 6);
        QVERIFY(r.byKind.at("resource") >= 3);
        QCOMPARE(r.codeownersRules, 8);
        QCOMPARE(ws.count("SELECT count(*) FROM catalog_entities WHERE lifecycle = 'deprecated'"), 4);
        // Every demo service's image and repository belongs to its component.
        for (const auto& svc : demoServices()) {
            Database db(ws.dbPath(), Database::Mode::ReadOnly);
            auto st = db.prepare("SELECT count(*), sum(service = ?) FROM findings WHERE asset = ?");
            st.bind(1, "component:default/" + svc.name).bind(2, svc.image);
            QVERIFY(st.step());
            QVERIFY2(st.int64(0) > 0 && st.int64(0) == st.int64(1), svc.name.c_str());
        }
        // Exactly the two unowned on purpose: the GitLab scan naming no project,
        // and the account's root user.
        Database db(ws.dbPath(), Database::Mode::ReadOnly);
        QCOMPARE(scalar(db, "SELECT count(DISTINCT tool || asset) FROM findings WHERE service = ''"), 2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE service = '' AND asset = 'arn:aws:iam::123456789012:root'"), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM findings WHERE service = '' AND tool LIKE 'GitLab%'"), 5);
        // The monorepo's CODEOWNERS hands auth code to application security.
        const auto m = mapped(ws.dbPath(), "Semgrep OSS", "https://git.demo.example/shop/checkout-web@main",
                              "server/auth/verify.js");
        QCOMPARE(m.service, std::string("component:default/checkout-web"));
        QCOMPARE(m.owner, std::string("group:default/team-appsec"));
        QCOMPARE(mapped(ws.dbPath(), "Semgrep OSS", "https://git.demo.example/shop/checkout-web@main",
                        "web/src/components/Review.tsx")
                     .owner,
                 std::string("group:default/team-checkout"));
        QCOMPARE(mapped(ws.dbPath(), "Prowler", "arn:aws:kms:eu-central-1:123456789012:key/2f7c1e0a").service,
                 std::string("resource:default/platform-kms"));
        // The payments API keeps its own chain; a service without one gets its team's.
        QVERIFY(contains(scalarText(db, "SELECT escalation FROM catalog_entities WHERE ref = 'component:default/payments-api'"),
                         "Payments on-call"));
        QVERIFY(contains(scalarText(db, "SELECT escalation FROM catalog_entities WHERE ref = 'component:default/orders-service'"),
                         "\"from\":\"group:default/team-checkout\""));
    }

    void manyFindingsInOnePass()
    {
        // Enough rows for several pages and the cache; the 1M figure is in the report.
        Workspace ws;
        SyntheticTrivyOptions opt;
        opt.findings = 20000;
        opt.artifact = "registry.example/shop/api:7.0.0";
        writeSyntheticTrivyFeed(ws.path("big.json"), opt);
        ws.importAll({ws.path("big.json"), fixture("grype/image_report.json")});
        const std::int64_t total = ws.count("SELECT count(*) FROM findings");
        QVERIFY(total > 20000);
        QElapsedTimer t;
        t.start();
        const auto r = ws.load(acme());
        QVERIFY(r.ok);
        qInfo("catalog load with mapping of %lld findings: %lld ms", (long long)total, (long long)t.elapsed());
        QCOMPARE(r.ownership.mapped, total);
        QCOMPARE(ws.count("SELECT count(*) FROM findings WHERE service = 'component:default/shop-api'"), total);
    }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "test_ownership.moc"
