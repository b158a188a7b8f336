// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_entity_reader.h"

#include "catalog_keys.h"
#include "feeds/feed_error.h"
#include "feeds/feed_text.h"
#include "util/ascii_text.h"
#include "util/json_pointer.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace closeloop {

using nlohmann::json;

namespace {

constexpr std::size_t MaxTextBytes = 64 * 1024;

std::string trimmed(std::string_view s)
{
    return std::string(trim(s, " \t\r\n"));
}

std::vector<std::string> splitList(const std::string& s, bool alsoSpaces = false)
{
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        std::string t = trimmed(cur);
        if (!t.empty())
            out.push_back(std::move(t));
        cur.clear();
    };
    for (char c : s) {
        if (c == ',' || c == '\n' || (alsoSpaces && (c == ' ' || c == '\t')))
            flush();
        else
            cur.push_back(c);
    }
    flush();
    return out;
}

class DocumentFields
{
public:
    DocumentFields(const CatalogDocument& doc, const std::string& file) : m_doc(doc), m_file(file) {}

    [[noreturn]] void fail(const std::string& pointer, const std::string& reason) const
    {
        throw FeedError("line " + std::to_string(m_doc.lineOf(pointer)), reason);
    }
    int line(const std::string& pointer) const { return m_doc.lineOf(pointer); }
    std::string where(const std::string& pointer) const { return m_file + ":" + std::to_string(line(pointer)); }

    // nullptr when absent or null.
    static const json* member(const json* obj, const char* key)
    {
        if (!obj || !obj->is_object())
            return nullptr;
        const auto it = obj->find(key);
        return it == obj->end() || it->is_null() ? nullptr : &*it;
    }

    const json* object(const json* parent, const char* key, const std::string& pointer, const char* what) const
    {
        const json* v = member(parent, key);
        if (v && !v->is_object())
            fail(pointer, std::string(what) + " must be a mapping");
        return v;
    }

    // Text of a scalar; YAML numbers and booleans count as their text.
    std::string text(const json& v, const std::string& pointer, const std::string& what) const
    {
        std::string s;
        if (v.is_string())
            s = v.get<std::string>();
        else if (v.is_number_integer())
            s = std::to_string(v.get<std::int64_t>());
        else if (v.is_number())
            s = v.dump();
        else if (v.is_boolean())
            s = v.get<bool>() ? "true" : "false";
        else
            fail(pointer, what + " must be text, not " + typeName(v));
        if (s.size() > MaxTextBytes)
            fail(pointer, what + " is longer than " + std::to_string(MaxTextBytes) + " bytes");
        return s;
    }

    std::string optText(const json* parent, const char* key, const std::string& pointer, const std::string& what) const
    {
        const json* v = member(parent, key);
        return v ? text(*v, pointer, what) : std::string();
    }

    std::vector<std::string> textList(const json* parent, const char* key, const std::string& pointer,
                                      const std::string& what) const
    {
        std::vector<std::string> out;
        const json* v = member(parent, key);
        if (!v)
            return out;
        if (!v->is_array())
            fail(pointer, what + " must be a list, not " + typeName(*v));
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& item = (*v)[i];
            if (!item.is_string() && !item.is_number() && !item.is_boolean())
                fail(pointer + '/' + std::to_string(i), what + " must be a list of text, item " + std::to_string(i + 1) +
                                                            " is " + typeName(item));
            out.push_back(text(item, pointer + '/' + std::to_string(i), what));
        }
        return out;
    }

    std::string ref(const std::string& text, const char* defaultKind, const std::string& pointer,
                    const std::string& what, const std::string& ns) const
    {
        // Backstage resolves a ref without namespace in the entity's own namespace.
        const auto r = normalizeEntityRef(trimmed(text), defaultKind, ns);
        if (!r)
            fail(pointer, what + " \"" + text + "\" is not an entity reference ([kind:][namespace/]name)");
        return *r;
    }

    static std::string typeName(const json& v)
    {
        switch (v.type()) {
        case json::value_t::object: return "a mapping";
        case json::value_t::array: return "a list";
        case json::value_t::string: return "text";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::null: return "null";
        default: return "a number";
        }
    }

private:
    const CatalogDocument& m_doc;
    const std::string& m_file;
};

bool looksLikeContact(const std::string& s)
{
    return s.find('@') != std::string::npos || s.find("://") != std::string::npos || s.rfind("+", 0) == 0 ||
           s.rfind("#", 0) == 0 || (!s.empty() && s.find_first_not_of("0123456789 -()+/") == std::string::npos);
}

std::string annPointer(const std::string& k)
{
    return "/metadata/annotations/" + escapeJsonPointerToken(k);
}

// Closeloop's business context from its annotations.
void readBusinessContext(const DocumentFields& f, const std::map<std::string, std::string>& ann, CatalogEntity& e)
{
    if (const auto it = ann.find("closeloop.io/tier"); it != ann.end()) {
        const std::string t = trimmed(it->second);
        if (t.size() != 1 || t[0] < '1' || t[0] > '4')
            f.fail(annPointer(it->first), "closeloop.io/tier must be 1, 2, 3 or 4, not \"" + t + "\"");
        e.tier = t[0] - '0';
    }
    for (const auto& [key, target] : {std::pair{"closeloop.io/customer-facing", &e.customerFacing},
                                      std::pair{"closeloop.io/internet-facing", &e.internetFacing}}) {
        const auto it = ann.find(key);
        if (it == ann.end())
            continue;
        const std::string b = asciiLower(trimmed(it->second));
        if (b != "true" && b != "false")
            f.fail(annPointer(key), std::string(key) + " must be true or false, not \"" + it->second + "\"");
        *target = b == "true";
    }
    if (const auto it = ann.find("closeloop.io/data-classes"); it != ann.end()) {
        for (const auto& c : splitList(it->second, true)) {
            const std::string lc = asciiLower(c);
            if (lc.size() > 32 || lc.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") != std::string::npos)
                f.fail(annPointer(it->first), "closeloop.io/data-classes: \"" + c +
                                                  "\" is not a data class (a word such as pii, pci, phi)");
            if (std::find(e.dataClasses.begin(), e.dataClasses.end(), lc) == e.dataClasses.end())
                e.dataClasses.push_back(lc);
        }
    }
    if (const auto it = ann.find("closeloop.io/environment"); it != ann.end()) {
        for (const auto& env : splitList(it->second, true))
            e.environment += (e.environment.empty() ? "" : " ") + asciiLower(env);
    }
    for (const auto& [key, role] : {std::pair{"closeloop.io/escalation-owner", "owner"},
                                    std::pair{"closeloop.io/escalation-backup", "backup"},
                                    std::pair{"closeloop.io/escalation-manager", "manager"},
                                    std::pair{"closeloop.io/escalation-operations-lead", "operations-lead"}}) {
        const auto it = ann.find(key);
        if (it == ann.end() || trimmed(it->second).empty())
            continue;
        e.escalation.push_back(parseEscalationContact(role, it->second));
    }
}

// What the entity owns: its repositories (or folders of them), images, hosts,
// cloud resources and CODEOWNERS file, in normal form.
void readOwnershipKeys(const DocumentFields& f, const std::map<std::string, std::string>& ann, const std::string& file,
                       CatalogEntity& e, std::vector<std::string>& warnings)
{
    std::set<std::pair<std::string, std::string>> seen;
    std::string primaryRepo;
    auto add = [&](const std::string& kind, const std::string& key, const std::string& annotation) {
        if (key.empty() || !seen.insert({kind, key}).second)
            return;
        e.keys.push_back({kind, key, "annotation " + annotation, f.line(annPointer(annotation))});
    };
    auto addRepo = [&](const RepositoryRef& r, const std::string& annotation) {
        if (primaryRepo.empty())
            primaryRepo = r.key();
        if (r.path.empty())
            add("repository", r.key(), annotation);
        else
            add("path", r.key() + ':' + r.path, annotation);
    };
    for (const auto& [key, host] :
         {std::pair{"github.com/project-slug", "github.com"}, std::pair{"gitlab.com/project-slug", "gitlab.com"}}) {
        const auto it = ann.find(key);
        if (it == ann.end())
            continue;
        const auto r = parseRepository(std::string(host) + '/' + trimmed(it->second));
        if (!r || !r->path.empty())
            f.fail(annPointer(key), std::string(key) + " must be \"org/repo\", not \"" + it->second + "\"");
        addRepo(*r, key);
    }
    if (const auto it = ann.find("backstage.io/source-location"); it != ann.end()) {
        std::string loc = trimmed(it->second);
        if (loc.rfind("url:", 0) == 0) {
            loc.erase(0, 4);
            if (const auto r = parseRepository(loc))
                addRepo(*r, it->first);
            else
                warnings.push_back(f.where(annPointer(it->first)) + ": " + e.ref +
                                   ": backstage.io/source-location \"" + loc +
                                   "\" names no repository Closeloop can match; ignored");
        }
        // "dir:" locations are relative to where Backstage read the file: nothing to match.
    }
    if (const auto it = ann.find("closeloop.io/repositories"); it != ann.end()) {
        for (const auto& item : splitList(it->second, true)) {
            const auto r = parseRepository(item);
            if (!r)
                f.fail(annPointer(it->first), "closeloop.io/repositories: \"" + item +
                                                  "\" is not a repository URL or org/repo slug");
            addRepo(*r, it->first);
        }
    }
    if (const auto it = ann.find("closeloop.io/paths"); it != ann.end()) {
        for (const auto& item : splitList(it->second)) {
            const std::string p = normalizePath(item);
            if (p.empty())
                f.fail(annPointer(it->first), "closeloop.io/paths: \"" + item + "\" is not a path");
            add("path", primaryRepo + ':' + p, it->first);
        }
    }
    if (const auto it = ann.find("closeloop.io/images"); it != ann.end()) {
        for (const auto& item : splitList(it->second, true)) {
            const std::string img = normalizeImage(item);
            if (img.empty())
                f.fail(annPointer(it->first), "closeloop.io/images: \"" + item + "\" is not an image reference");
            add("image", img, it->first);
        }
    }
    if (const auto it = ann.find("closeloop.io/hosts"); it != ann.end()) {
        for (const auto& item : splitList(it->second, true)) {
            const std::string h = normalizeHost(item);
            if (h.empty() || h == "*" || h == "*.")
                f.fail(annPointer(it->first), "closeloop.io/hosts: \"" + item + "\" is not a host name");
            add("host", h, it->first);
        }
    }
    if (const auto it = ann.find("closeloop.io/cloud-resources"); it != ann.end()) {
        for (const auto& item : splitList(it->second, true)) {
            const std::string r = normalizeResource(item);
            if (r.size() < 3 || r == "*")
                f.fail(annPointer(it->first), "closeloop.io/cloud-resources: \"" + item +
                                                  "\" is too short to name a resource");
            add("resource", r, it->first);
        }
    }
    if (const auto it = ann.find("closeloop.io/codeowners"); it != ann.end()) {
        const std::string rel = trimmed(it->second);
        const std::filesystem::path p(rel);
        if (rel.empty() || p.is_absolute())
            f.fail(annPointer(it->first), "closeloop.io/codeowners must be a path relative to the catalog file");
        if (primaryRepo.empty())
            f.fail(annPointer(it->first), "closeloop.io/codeowners needs the component's repository "
                                          "(github.com/project-slug, gitlab.com/project-slug, "
                                          "backstage.io/source-location or closeloop.io/repositories)");
        e.codeownersFile = (std::filesystem::path(file).parent_path() / p).lexically_normal().string();
        e.codeownersLine = f.line(annPointer(it->first));
        e.codeownersRepository = primaryRepo;
    }
}

} // namespace

EscalationContact parseEscalationContact(const std::string& role, const std::string& textIn)
{
    EscalationContact c;
    c.role = role;
    const std::string text = trimmed(textIn);
    const auto lt = text.rfind('<');
    if (lt != std::string::npos && !text.empty() && text.back() == '>') {
        c.name = trimmed(text.substr(0, lt));
        c.contact = trimmed(text.substr(lt + 1, text.size() - lt - 2));
    } else if (looksLikeContact(text)) {
        c.contact = text;
    } else {
        c.name = text;
    }
    return c;
}

bool CatalogEntityReader::keptKind(const std::string& k)
{
    return k == "component" || k == "resource" || k == "system" || k == "group" || k == "user";
}

std::string CatalogEntityReader::kindOf(const CatalogDocument& doc)
{
    static const std::string noFile;
    DocumentFields f(doc, noFile);
    if (!doc.value.is_object())
        f.fail("", "a catalog document must be a mapping (apiVersion, kind, metadata, spec), not " +
                       DocumentFields::typeName(doc.value));
    const json* kind = DocumentFields::member(&doc.value, "kind");
    if (!kind)
        f.fail("", "the document has no kind");
    if (!kind->is_string())
        f.fail("/kind", "kind must be text");
    return asciiLower(kind->get<std::string>());
}

CatalogEntity CatalogEntityReader::read(const CatalogDocument& doc, const std::string& file,
                                        std::vector<std::string>& warnings)
{
    DocumentFields f(doc, file);
    CatalogEntity e;
    e.kind = kindOf(doc);
    e.sourceFile = file;
    e.sourceLine = doc.line;
    e.raw = doc.value.dump(-1, ' ', false, json::error_handler_t::replace);
    const json& v = doc.value;

    if (const json* api = DocumentFields::member(&v, "apiVersion"); api && !api->is_string())
        f.fail("/apiVersion", "apiVersion must be text");
    const json* meta = DocumentFields::member(&v, "metadata");
    if (!meta)
        f.fail("", "the " + e.kind + " has no metadata");
    if (!meta->is_object())
        f.fail("/metadata", "metadata must be a mapping");
    const json* nameValue = DocumentFields::member(meta, "name");
    if (!nameValue)
        f.fail("/metadata", "metadata.name is missing");
    e.name = trimmed(f.text(*nameValue, "/metadata/name", "metadata.name"));
    if (!validEntityName(e.name))
        f.fail("/metadata/name", "metadata.name \"" + e.name +
                                     "\" is not a valid name (letters, digits and - _ . between them, at most 63 characters)");
    e.ns = trimmed(f.optText(meta, "namespace", "/metadata/namespace", "metadata.namespace"));
    if (e.ns.empty())
        e.ns = "default";
    if (!validEntityName(e.ns))
        f.fail("/metadata/namespace", "metadata.namespace \"" + e.ns + "\" is not a valid namespace");
    e.ns = asciiLower(e.ns);
    e.ref = e.kind + ':' + e.ns + '/' + asciiLower(e.name);
    e.title = f.optText(meta, "title", "/metadata/title", "metadata.title");
    e.description = f.optText(meta, "description", "/metadata/description", "metadata.description");
    e.tags = f.textList(meta, "tags", "/metadata/tags", "metadata.tags");
    if (const json* links = DocumentFields::member(meta, "links")) {
        if (!links->is_array())
            f.fail("/metadata/links", "metadata.links must be a list");
        for (std::size_t i = 0; i < links->size(); ++i) {
            const std::string p = "/metadata/links/" + std::to_string(i);
            const json& l = (*links)[i];
            if (!l.is_object() || !DocumentFields::member(&l, "url"))
                f.fail(p, "each of metadata.links must be a mapping with a url");
            json link = json::object();
            for (const char* k : {"url", "title", "icon", "type"}) {
                const std::string s = f.optText(&l, k, p + '/' + k, std::string("metadata.links ") + k);
                if (!s.empty())
                    link[k] = s;
            }
            e.links.push_back(std::move(link));
        }
    }

    // Annotations: text values only (Backstage's rule), kept for the case view.
    std::map<std::string, std::string> ann;
    if (const json* a = f.object(meta, "annotations", "/metadata/annotations", "metadata.annotations")) {
        for (const auto& [k, val] : a->items()) {
            if (val.is_null())
                continue;
            const std::string p = "/metadata/annotations/" + escapeJsonPointerToken(k);
            ann[k] = f.text(val, p, "annotation " + k);
            e.annotations[k] = ann[k];
        }
    }

    const json* spec = f.object(&v, "spec", "/spec", "spec");
    e.type = f.optText(spec, "type", "/spec/type", "spec.type");
    e.lifecycle = asciiLower(trimmed(f.optText(spec, "lifecycle", "/spec/lifecycle", "spec.lifecycle")));
    if (const std::string owner = f.optText(spec, "owner", "/spec/owner", "spec.owner"); !owner.empty())
        e.ownerRef = f.ref(owner, "group", "/spec/owner", "spec.owner", e.ns);
    if (const std::string system = f.optText(spec, "system", "/spec/system", "spec.system"); !system.empty())
        e.systemRef = f.ref(system, "system", "/spec/system", "spec.system", e.ns);
    if ((e.kind == "component" || e.kind == "resource" || e.kind == "system") && e.ownerRef.empty() &&
        e.systemRef.empty())
        warnings.push_back(f.where("") + ": " + e.ref + " has no spec.owner: its findings will have no owner");

    if (e.kind == "group" || e.kind == "user") {
        if (const json* profile = f.object(spec, "profile", "/spec/profile", "spec.profile")) {
            e.email = trimmed(f.optText(profile, "email", "/spec/profile/email", "spec.profile.email"));
            if (e.title.empty())
                e.title = f.optText(profile, "displayName", "/spec/profile/displayName", "spec.profile.displayName");
        }
    }
    if (e.kind == "group") {
        const auto members = f.textList(spec, "members", "/spec/members", "spec.members");
        for (std::size_t i = 0; i < members.size(); ++i)
            e.members.push_back(
                f.ref(members[i], "user", "/spec/members/" + std::to_string(i), "spec.members item", e.ns));
        const auto children = f.textList(spec, "children", "/spec/children", "spec.children");
        for (std::size_t i = 0; i < children.size(); ++i)
            e.children.push_back(
                f.ref(children[i], "group", "/spec/children/" + std::to_string(i), "spec.children item", e.ns));
        if (const std::string parent = f.optText(spec, "parent", "/spec/parent", "spec.parent"); !parent.empty())
            e.parentRef = f.ref(parent, "group", "/spec/parent", "spec.parent", e.ns);
        if (const auto it = ann.find("github.com/team-slug"); it != ann.end())
            e.teamSlug = asciiLower(trimmed(it->second));
    } else if (e.kind == "user") {
        const auto groups = f.textList(spec, "memberOf", "/spec/memberOf", "spec.memberOf");
        for (std::size_t i = 0; i < groups.size(); ++i)
            e.members.push_back(
                f.ref(groups[i], "group", "/spec/memberOf/" + std::to_string(i), "spec.memberOf item", e.ns));
    }

    readBusinessContext(f, ann, e);
    // Groups and users own through their components.
    if (e.kind == "component" || e.kind == "resource" || e.kind == "system")
        readOwnershipKeys(f, ann, file, e, warnings);
    return e;
}

} // namespace closeloop
