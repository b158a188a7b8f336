// SPDX-License-Identifier: GPL-3.0-or-later
#include "core_bridge.h"

#include "context/catalog_loader.h"
#include "context/change_log_loader.h"
#include "context/intel_loader.h"
#include "feeds/feed_error.h"
#include "query/case_context.h"
#include "query/filter_compiler.h"
#include "query/filter_completer.h"
#include "query/filter_database_value_source.h"
#include "query/filter_error.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

// Positions in the core are UTF-8 bytes; QString counts UTF-16 units.
int utf16Index(const QByteArray& utf8, std::size_t bytes)
{
    return int(QString::fromUtf8(utf8.left(qsizetype(std::min<std::size_t>(bytes, std::size_t(utf8.size()))))).size());
}

} // namespace

FilterCheck checkFilter(const QString& text, const QString& currentUser, Database* reader, bool typing)
{
    FilterContext ctx;
    ctx.currentUser = currentUser.toStdString();
    ctx.reader = reader;
    ctx.prefixLastWord = typing;
    const QByteArray utf8 = text.toUtf8();
    FilterCheck out;
    try {
        CompiledFilter c = FilterCompiler(ctx).compile(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        out.where = std::move(c.where);
        out.countWhere = std::move(c.countWhere);
        out.binds = std::move(c.binds);
    } catch (const FilterError& e) {
        out.ok = false;
        out.errorStart = utf16Index(utf8, e.offset());
        out.errorLength = std::max(1, utf16Index(utf8, e.offset() + e.length()) - out.errorStart);
        out.message = QCoreApplication::translate("FilterEdit", "Column %1: %2")
                          .arg(out.errorStart + 1)
                          .arg(QString::fromStdString(e.message()));
    }
    return out;
}

FilterSuggestions completeFilter(const QString& text, int cursor, Database* valuesDb)
{
    const QByteArray utf8 = text.toUtf8();
    const std::size_t cursorBytes = std::size_t(text.left(cursor).toUtf8().size());
    struct NoValues : FilterValueSource
    {
        std::vector<std::string> values(std::string_view, std::string_view, std::size_t) const override { return {}; }
    } none;
    std::optional<FilterDatabaseValueSource> fromDb;
    if (valuesDb)
        fromDb.emplace(*valuesDb);
    const FilterValueSource& source = fromDb ? static_cast<const FilterValueSource&>(*fromDb) : none;
    FilterSuggestions out;
    try {
        const FilterCompletion c =
            FilterCompleter::complete(std::string_view(utf8.constData(), std::size_t(utf8.size())), cursorBytes, source);
        out.replaceStart = utf16Index(utf8, c.replaceFrom);
        out.replaceLength = utf16Index(utf8, c.replaceFrom + c.replaceLength) - out.replaceStart;
        for (const auto& item : c.items) {
            out.candidates << QString::fromStdString(item.text);
            out.descriptions << QString::fromStdString(item.description);
        }
    } catch (const std::exception&) {
        // A failed value look-up only means no suggestions.
    }
    return out;
}

std::optional<nlohmann::json> loadCaseContext(Database& db, std::int64_t findingId)
{
    return caseContext(db, findingId);
}

std::vector<std::int64_t> similarOpenFindings(Database& db, std::int64_t findingId)
{
    // The strongest likeness that has any: the same CVE, else the same rule,
    // else the same package.
    for (SimilarBy by : {SimilarBy::Cve, SimilarBy::Rule, SimilarBy::Package}) {
        auto ids = similarFindingIds(db, findingId, by);
        if (!ids.empty())
            return ids;
    }
    return {};
}

ContextLoadOutcome loadContextFiles(StoreWriter& writer, ContextKind kind, const QStringList& files, const QString& actor)
{
    ContextLoadOutcome out;
    std::vector<std::string> paths;
    for (const QString& f : files)
        paths.push_back(f.toStdString());
    ContextLoadOptions options;
    options.actor = actor.toStdString();
    if (kind == ContextKind::Catalog) {
        const CatalogLoadResult r = loadCatalog(writer, paths, options.actor);
        out.ok = r.ok;
        QStringList lines;
        for (const auto& e : r.errors)
            lines << QString::fromStdString(e.text());
        if (!r.failure.empty())
            lines << QString::fromStdString(r.failure);
        for (const auto& w : r.warnings)
            lines << QString::fromStdString(w);
        out.details = lines.join(u'\n');
        out.summary = r.ok ? QCoreApplication::translate("closeloop::MainWindow", "Catalog loaded: %1 entities; %2 findings mapped to a service, %3 unowned.")
                                 .arg(r.entities)
                                 .arg(r.ownership.mapped)
                                 .arg(r.ownership.unowned)
                           : QCoreApplication::translate("closeloop::MainWindow", "The catalog was not loaded; the previous one stays in force.");
        return out;
    }
    QStringList summaries;
    QStringList problems;
    for (const QString& f : files) {
        const std::string path = f.toStdString();
        try {
            if (kind == ContextKind::ChangeLog)
                summaries << QString::fromStdString(ChangeLogLoader(writer).load(path, options).summary());
            else if (kind == ContextKind::Kev)
                summaries << QString::fromStdString(IntelLoader(writer).loadKev(path, options).summary());
            else
                summaries << QString::fromStdString(IntelLoader(writer).loadEpss(path, options).summary());
        } catch (const FeedError& e) {
            problems << QStringLiteral("%1: %2: %3").arg(f, QString::fromStdString(e.place()), QString::fromStdString(e.reason()));
        } catch (const std::exception& e) {
            problems << QStringLiteral("%1: %2").arg(f, QString::fromUtf8(e.what()));
        }
    }
    out.ok = problems.isEmpty();
    out.summary = out.ok ? summaries.join(QStringLiteral("; "))
                         : QCoreApplication::translate("closeloop::MainWindow", "%1 of %2 file(s) not loaded; what was loaded before stays in force.")
                               .arg(problems.size())
                               .arg(files.size());
    out.details = problems.join(u'\n');
    return out;
}

} // namespace closeloop
