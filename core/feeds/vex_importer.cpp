// SPDX-License-Identifier: GPL-3.0-or-later
#include "vex_importer.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace closeloop {

using nlohmann::json;

namespace {

struct Record
{
    json value;
    std::string place;
};

class OpenVexParse
{
public:
    explicit OpenVexParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        reader.capture("/@id", [this](auto&, json&& v) { header(m_documentId, m_idSeen, v); });
        reader.capture("/author", [this](auto&, json&& v) { header(m_author, m_authorSeen, v); });
        reader.capture("/timestamp", [this](auto&, json&& v) { header(m_timestamp, m_timestampSeen, v); });
        reader.capture("/statements/*", [this](auto& p, json&& v) {
            Record r{std::move(v), JsonRecordReader::pointer(p)};
            if (ready())
                statement(r);
            else
                m_buffered.push_back(std::move(r)); // the header comes later in this file
        });
        reader.run(src);
        flush();
        m_sink.setTool(m_author.empty() ? std::string("OpenVEX") : m_author, {});
    }

private:
    bool ready() const { return m_idSeen && m_authorSeen && m_timestampSeen; }

    void header(std::string& field, bool& seen, const json& v)
    {
        field = js::str(&v);
        seen = true;
        if (ready())
            flush();
    }

    void flush()
    {
        for (const auto& r : m_buffered)
            statement(r);
        m_buffered.clear();
    }

    static std::string productName(const json& p)
    {
        if (p.is_string())
            return p.get<std::string>();
        for (const char* key : {"purl", "cpe23", "cpe22"}) {
            if (const std::string id = js::strAt(p, {"identifiers", key}); !id.empty())
                return id;
        }
        return js::str(p, "@id");
    }

    void statement(const Record& r)
    {
        const json& st = r.value;
        if (!st.is_object())
            throw FeedError(r.place, "statement is not an object");
        VexStatement s;
        const json* vuln = js::find(st, "vulnerability");
        if (vuln && vuln->is_string())
            s.vulnerability = vuln->get<std::string>();
        else if (vuln && vuln->is_object())
            s.vulnerability = !js::str(*vuln, "name").empty() ? js::str(*vuln, "name") : js::str(*vuln, "@id");
        if (s.vulnerability.empty())
            throw FeedError(r.place + "/vulnerability", "statement without a vulnerability name");
        const std::string status = js::str(st, "status");
        const auto parsed = vexStatusFromName(status);
        if (!parsed)
            throw FeedError(r.place + "/status", status.empty() ? "statement without status"
                                                                : "unknown status \"" + status + '"');
        s.status = *parsed;
        if (const json* products = js::find(st, "products")) {
            if (!products->is_array())
                throw FeedError(r.place + "/products", "products are not a list");
            for (std::size_t i = 0; i < products->size(); ++i) {
                const std::string name = productName((*products)[i]);
                if (name.empty())
                    throw FeedError(r.place + "/products/" + std::to_string(i), "product without @id or identifiers");
                addUnique(s.products, name);
            }
        }
        s.documentId = m_documentId;
        s.author = m_author;
        s.justification = js::str(st, "justification");
        s.impactStatement = js::str(st, "impact_statement");
        if (s.impactStatement.empty())
            s.impactStatement = js::str(st, "status_notes");
        s.actionStatement = js::str(st, "action_statement");
        s.timestamp = js::str(st, "timestamp");
        if (s.timestamp.empty())
            s.timestamp = js::str(st, "last_updated");
        if (s.timestamp.empty())
            s.timestamp = m_timestamp;
        s.raw = st.dump();
        m_sink.addVexStatement(std::move(s));
    }

    FindingSink& m_sink;
    std::string m_documentId, m_author, m_timestamp;
    bool m_idSeen = false, m_authorSeen = false, m_timestampSeen = false;
    std::vector<Record> m_buffered;
};

class CsafParse
{
public:
    explicit CsafParse(FindingSink& sink)
        : m_sink(sink)
    {
    }

    void run(ByteSource& src)
    {
        JsonRecordReader reader;
        reader.capture("/document", [this](auto& p, json&& v) { document(v, JsonRecordReader::pointer(p)); });
        reader.capture("/product_tree", [this](auto& p, json&& v) { productTree(v, JsonRecordReader::pointer(p)); });
        reader.capture("/vulnerabilities/*", [this](auto& p, json&& v) {
            Record r{std::move(v), JsonRecordReader::pointer(p)};
            if (m_documentSeen && m_treeSeen)
                vulnerability(r);
            else
                m_buffered.push_back(std::move(r)); // products are named later in this file
        });
        reader.run(src);
        for (const auto& r : m_buffered)
            vulnerability(r);
        m_buffered.clear();
        m_sink.setTool(m_publisher.empty() ? std::string("CSAF") : m_publisher, {});
    }

private:
    void document(const json& d, const std::string& place)
    {
        if (!d.is_object())
            throw FeedError(place, "document is not an object");
        m_documentSeen = true;
        m_documentId = js::strAt(d, {"tracking", "id"});
        m_publisher = js::strAt(d, {"publisher", "name"});
        m_timestamp = js::strAt(d, {"tracking", "current_release_date"});
        if (m_timestamp.empty())
            m_timestamp = js::strAt(d, {"tracking", "initial_release_date"});
        flushIfReady();
    }

    void productTree(const json& t, const std::string& place)
    {
        if (!t.is_object())
            throw FeedError(place, "product_tree is not an object");
        m_treeSeen = true;
        branches(js::find(t, "branches"), place + "/branches", 0);
        if (const json* names = js::find(t, "full_product_names"); names && names->is_array()) {
            for (std::size_t i = 0; i < names->size(); ++i)
                product((*names)[i], place + "/full_product_names/" + std::to_string(i));
        }
        if (const json* rels = js::find(t, "relationships"); rels && rels->is_array()) {
            for (std::size_t i = 0; i < rels->size(); ++i) {
                if (const json* p = js::find((*rels)[i], "full_product_name"))
                    product(*p, place + "/relationships/" + std::to_string(i) + "/full_product_name");
            }
        }
        if (const json* groups = js::find(t, "product_groups"); groups && groups->is_array()) {
            for (const auto& g : *groups) {
                std::vector<std::string>& members = m_groups[js::str(g, "group_id")];
                if (const json* ids = js::find(g, "product_ids"); ids && ids->is_array()) {
                    for (const auto& id : *ids)
                        addUnique(members, js::str(&id));
                }
            }
        }
        flushIfReady();
    }

    void branches(const json* list, const std::string& place, int depth)
    {
        if (!list)
            return;
        if (!list->is_array())
            throw FeedError(place, "branches are not a list");
        if (depth > JsonRecordReader::MaxDepth)
            throw FeedError(place, "branches nested too deep");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& b = (*list)[i];
            const std::string at = place + '/' + std::to_string(i);
            if (const json* p = js::find(b, "product"))
                product(*p, at + "/product");
            branches(js::find(b, "branches"), at + "/branches", depth + 1);
        }
    }

    void product(const json& p, const std::string& place)
    {
        const std::string id = js::str(p, "product_id");
        if (id.empty())
            throw FeedError(place, "product without product_id");
        std::string shown = js::strAt(p, {"product_identification_helper", "purl"});
        if (const json* purls = js::path(p, {"product_identification_helper", "purls"});
            shown.empty() && purls && purls->is_array() && !purls->empty()) // CSAF 2.1
            shown = js::str(&purls->front());
        if (shown.empty())
            shown = js::str(p, "name");
        m_products[id] = shown.empty() ? id : shown;
    }

    void flushIfReady()
    {
        if (!m_documentSeen || !m_treeSeen)
            return;
        for (const auto& r : m_buffered)
            vulnerability(r);
        m_buffered.clear();
    }

    // Product ids named by an entry directly or through its product groups.
    std::vector<std::string> productsOf(const json& entry) const
    {
        std::vector<std::string> out;
        if (const json* ids = js::find(entry, "product_ids"); ids && ids->is_array()) {
            for (const auto& id : *ids)
                addUnique(out, js::str(&id));
        }
        if (const json* groups = js::find(entry, "group_ids"); groups && groups->is_array()) {
            for (const auto& g : *groups) {
                const auto it = m_groups.find(js::str(&g));
                if (it != m_groups.end()) {
                    for (const auto& id : it->second)
                        addUnique(out, id);
                }
            }
        }
        return out;
    }

    static bool intersects(const std::vector<std::string>& a, const std::vector<std::string>& b)
    {
        return std::any_of(a.begin(), a.end(), [&](const std::string& x) {
            return std::find(b.begin(), b.end(), x) != b.end();
        });
    }

    void vulnerability(const Record& r)
    {
        const json& v = r.value;
        if (!v.is_object())
            throw FeedError(r.place, "vulnerability is not an object");
        std::string name = js::str(v, "cve");
        if (const json* ids = js::find(v, "ids"); name.empty() && ids && ids->is_array() && !ids->empty())
            name = js::str(ids->front(), "text");
        if (name.empty())
            throw FeedError(r.place, "vulnerability without cve or ids");
        const json* status = js::find(v, "product_status");
        if (!status)
            return;
        if (!status->is_object())
            throw FeedError(r.place + "/product_status", "product_status is not an object");

        static const std::pair<const char*, VexStatus> groups[] = {
            {"known_affected", VexStatus::Affected},     {"first_affected", VexStatus::Affected},
            {"last_affected", VexStatus::Affected},      {"known_not_affected", VexStatus::NotAffected},
            {"fixed", VexStatus::Fixed},                 {"first_fixed", VexStatus::Fixed},
            {"under_investigation", VexStatus::UnderInvestigation},
        };
        std::map<VexStatus, std::vector<std::string>> byStatus;
        std::vector<VexStatus> order;
        for (const auto& [key, vs] : groups) {
            const json* ids = js::find(*status, key);
            if (!ids)
                continue;
            const std::string at = r.place + "/product_status/" + key;
            if (!ids->is_array())
                throw FeedError(at, "product ids are not a list");
            for (std::size_t i = 0; i < ids->size(); ++i) {
                if (!(*ids)[i].is_string())
                    throw FeedError(at + '/' + std::to_string(i), "product id is not a string");
                if (std::find(order.begin(), order.end(), vs) == order.end())
                    order.push_back(vs);
                addUnique(byStatus[vs], (*ids)[i].get<std::string>());
            }
        }

        std::map<std::string, std::string> label; // product id -> flag label
        if (const json* flags = js::find(v, "flags"); flags && flags->is_array()) {
            for (const auto& f : *flags) {
                for (const auto& id : productsOf(f))
                    label.emplace(id, js::str(f, "label"));
            }
        }
        const std::string raw = v.dump();
        for (const VexStatus vs : order) {
            const auto& ids = byStatus[vs];
            if (vs != VexStatus::NotAffected) {
                emit(v, name, vs, ids, {}, raw);
                continue;
            }
            // One statement per justification, in the order the products come;
            // products without a flag ("" label) make one more.
            auto labelOf = [&label](const std::string& id) {
                const auto it = label.find(id);
                return it == label.end() ? std::string() : it->second;
            };
            std::vector<std::string> labels;
            for (const auto& id : ids) {
                if (std::find(labels.begin(), labels.end(), labelOf(id)) == labels.end())
                    labels.push_back(labelOf(id));
            }
            for (const auto& l : labels) {
                std::vector<std::string> part;
                std::copy_if(ids.begin(), ids.end(), std::back_inserter(part),
                             [&](const std::string& id) { return labelOf(id) == l; });
                emit(v, name, vs, part, l, raw);
            }
        }
    }

    void emit(const json& v, const std::string& name, VexStatus status, const std::vector<std::string>& ids,
              const std::string& justification, const std::string& raw)
    {
        VexStatement s;
        s.documentId = m_documentId;
        s.author = m_publisher;
        s.vulnerability = name;
        for (const auto& id : ids) {
            const auto it = m_products.find(id);
            addUnique(s.products, it == m_products.end() ? id : it->second);
        }
        s.status = status;
        s.justification = justification;
        std::vector<std::string> impact, action;
        if (const json* threats = js::find(v, "threats"); threats && threats->is_array()) {
            for (const auto& t : *threats) {
                if (js::str(t, "category") == "impact" && intersects(productsOf(t), ids))
                    addUnique(impact, js::str(t, "details"));
            }
        }
        if (const json* remediations = js::find(v, "remediations"); remediations && remediations->is_array()) {
            for (const auto& rem : *remediations) {
                if (intersects(productsOf(rem), ids) && !js::str(rem, "details").empty())
                    addUnique(action, js::str(rem, "category") + ": " + js::str(rem, "details"));
            }
        }
        s.impactStatement = join(impact, "\n");
        s.actionStatement = join(action, "\n");
        s.timestamp = m_timestamp;
        s.raw = raw;
        m_sink.addVexStatement(std::move(s));
    }

    FindingSink& m_sink;
    bool m_documentSeen = false, m_treeSeen = false;
    std::string m_documentId, m_publisher, m_timestamp;
    std::map<std::string, std::string> m_products; // product id -> purl or name
    std::map<std::string, std::vector<std::string>> m_groups;
    std::vector<Record> m_buffered;
};

} // namespace

int OpenVexImporter::detect(const FeedSniff& sniff) const
{
    if (sniff.kind != FeedSniff::Kind::Json || sniff.jsonRoot != '{')
        return 0;
    const std::string context = sniff.value("/@context");
    return context.rfind("https://openvex.dev/ns", 0) == 0 || context.rfind("http://openvex.dev/ns", 0) == 0 ? 90 : 0;
}

void OpenVexImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (!detect(sniff))
        throw FeedError({}, "not an OpenVEX document");
    OpenVexParse(sink).run(src);
}

int CsafVexImporter::detect(const FeedSniff& sniff) const
{
    if (sniff.kind != FeedSniff::Kind::Json || sniff.jsonRoot != '{' || sniff.value("/document/csaf_version").empty())
        return 0;
    if (sniff.value("/document/category") == "csaf_vex")
        return 90;
    // Security advisories state product status the same way; an informational
    // advisory (notes only) has nothing to import.
    return sniff.hasPrefix("/vulnerabilities") || sniff.hasPrefix("/product_tree") ? 80 : 0;
}

void CsafVexImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (!detect(sniff))
        throw FeedError({}, "not a CSAF document");
    CsafParse(sink).run(src);
}

} // namespace closeloop
