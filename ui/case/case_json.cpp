// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_json.h"

#include "model/severity.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace closeloop::casejson {

namespace {

using nlohmann::json;

// nlohmann's dump and destructor recurse: text nested deeper than this is shown
// as it is rather than parsed.
constexpr int MaxParseDepth = 128;
constexpr int MaxFlattenDepth = 8;

QString cut(QString s)
{
    if (s.size() > MaxFieldChars) {
        s.truncate(MaxFieldChars);
        s.append(QChar(0x2026));
    }
    return s;
}

// Recursion bounded by limit, so it is safe on any value.
bool deeperThan(const json& v, int limit)
{
    if (!v.is_structured())
        return false;
    if (limit <= 0)
        return true;
    for (const json& e : v) {
        if (deeperThan(e, limit - 1))
            return true;
    }
    return false;
}

bool shallowEnough(std::string_view s)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > MaxParseDepth)
                return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

// A string that holds a JSON array or object, parsed; null otherwise.
json parseEmbedded(const std::string& s)
{
    std::size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || (s[first] != '[' && s[first] != '{') || !shallowEnough(s))
        return json();
    json parsed = json::parse(s, nullptr, false);
    if (parsed.is_discarded())
        return json();
    return parsed;
}

bool isScalar(const json& v) { return v.is_string() || v.is_number() || v.is_boolean() || v.is_null(); }

void flatten(const json& v, const QString& prefix, int depth, std::size_t maxRows,
             std::vector<std::pair<QString, QString>>& rows)
{
    auto add = [&](const QString& name, const QString& value) {
        if (rows.size() < maxRows)
            rows.emplace_back(name, value);
    };
    auto joined = [&](const QString& name) {
        return prefix.isEmpty() ? name : (name.isEmpty() ? prefix : prefix + QLatin1Char('.') + name);
    };
    if (rows.size() >= maxRows)
        return;
    if (depth > MaxFlattenDepth) {
        // Deeper than any real fingerprint; dumping it could recurse without end.
        add(prefix, QStringLiteral("\u2026"));
        return;
    }
    if (v.is_string()) {
        const json inner = parseEmbedded(v.get_ref<const std::string&>());
        if (!inner.is_null()) {
            flatten(inner, prefix, depth + 1, maxRows, rows);
            return;
        }
    }
    if (isScalar(v)) {
        add(prefix.isEmpty() ? QStringLiteral("value") : prefix, text(v));
        return;
    }
    if (v.is_object()) {
        // {"name": .., "value": ..} is one row, not two.
        if (v.size() == 2 && v.contains("name") && v.contains("value") && isScalar(v["value"])) {
            add(joined(text(v["name"])), text(v["value"]));
            return;
        }
        for (auto it = v.begin(); it != v.end() && rows.size() < maxRows; ++it) {
            const QString key = cut(QString::fromStdString(it.key()));
            // The inputs list of {family, inputs:[...]} carries its own names.
            const bool transparent = it.value().is_array() && (key == QLatin1String("inputs") || key == QLatin1String("fields"));
            flatten(it.value(), transparent ? prefix : joined(key), depth + 1, maxRows, rows);
        }
        return;
    }
    // Arrays: [name, value] pairs, {name, value} objects, or positional.
    std::size_t index = 0;
    for (const json& e : v) {
        if (rows.size() >= maxRows)
            return;
        if (e.is_array() && e.size() == 2 && e[0].is_string() && isScalar(e[1])) {
            add(joined(cut(QString::fromStdString(e[0].get<std::string>()))), text(e[1]));
        } else if (e.is_object() && e.contains("name") && e.contains("value") && isScalar(e["value"])) {
            add(joined(text(e["name"])), text(e["value"]));
        } else {
            flatten(e, joined(QStringLiteral("[%1]").arg(index)), depth + 1, maxRows, rows);
        }
        ++index;
    }
}

} // namespace

const nlohmann::json& member(const nlohmann::json& obj, const char* key)
{
    static const json null;
    if (!obj.is_object())
        return null;
    const auto it = obj.find(key);
    return it == obj.end() ? null : *it;
}

nlohmann::json bounded(const nlohmann::json& value, int maxDepth)
{
    if (!value.is_structured())
        return value;
    if (maxDepth <= 0)
        return json("\u2026");
    json out = value.is_object() ? json::object() : json::array();
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            out.emplace(it.key(), bounded(it.value(), maxDepth - 1));
    } else {
        for (const json& e : value)
            out.push_back(bounded(e, maxDepth - 1));
    }
    return out;
}

std::string safeDump(const nlohmann::json& value, int indent)
{
    return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

QString text(const nlohmann::json& value)
{
    switch (value.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
        return {};
    case json::value_t::string: return cut(QString::fromStdString(value.get_ref<const std::string&>()));
    case json::value_t::boolean: return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case json::value_t::number_integer: return QString::number(value.get<std::int64_t>());
    case json::value_t::number_unsigned: return QString::number(value.get<std::uint64_t>());
    case json::value_t::number_float: return QString::number(value.get<double>(), 'g', 6);
    case json::value_t::array: {
        if (std::all_of(value.begin(), value.end(), [](const json& e) { return isScalar(e); })) {
            QStringList parts;
            for (const json& e : value) {
                if (parts.size() >= 200)
                    break;
                if (!e.is_null())
                    parts << text(e);
            }
            return cut(parts.join(QStringLiteral(", ")));
        }
        break;
    }
    default: break;
    }
    if (deeperThan(value, MaxParseDepth))
        return QStringLiteral("\u2026");
    return cut(QString::fromStdString(safeDump(value)));
}

std::optional<double> number(const nlohmann::json& value)
{
    if (value.is_number())
        return value.get<double>();
    if (value.is_string()) {
        bool ok = false;
        const double d = QString::fromStdString(value.get_ref<const std::string&>()).trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<bool> flag(const nlohmann::json& value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_number())
        return value.get<double>() != 0.0;
    if (value.is_string()) {
        const QString s = QString::fromStdString(value.get_ref<const std::string&>()).trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("y") || s == QLatin1String("1")
            || s == QLatin1String("known"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("n") || s == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

QStringList list(const nlohmann::json& value, int maxItems)
{
    QStringList out;
    if (value.is_array()) {
        for (const json& e : value) {
            if (out.size() >= maxItems)
                break;
            const QString s = text(e).trimmed();
            if (!s.isEmpty())
                out << s;
        }
        return out;
    }
    if (value.is_string()) {
        const json inner = parseEmbedded(value.get_ref<const std::string&>());
        if (inner.is_array())
            return list(inner, maxItems);
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        const QStringList parts = QString::fromStdString(value.get_ref<const std::string&>()).split(separators, Qt::SkipEmptyParts);
        for (const QString& p : parts) {
            if (out.size() >= maxItems)
                break;
            out << cut(p);
        }
        return out;
    }
    const QString s = text(value).trimmed();
    if (!s.isEmpty())
        out << s;
    return out;
}

std::vector<nlohmann::json> items(const nlohmann::json& value, std::size_t maxItems)
{
    std::vector<json> out;
    const json parsed = value.is_string() ? parseEmbedded(value.get_ref<const std::string&>()) : json();
    const json& arr = value.is_string() ? parsed : value;
    if (!arr.is_array())
        return out;
    for (const json& e : arr) {
        if (out.size() >= maxItems)
            break;
        out.push_back(e);
    }
    return out;
}

std::vector<std::pair<QString, QString>> nameValueRows(const nlohmann::json& value, std::size_t maxRows)
{
    std::vector<std::pair<QString, QString>> rows;
    if (!value.is_null())
        flatten(value, QString(), 0, maxRows, rows);
    return rows;
}

QString prettyRaw(const nlohmann::json& raw)
{
    if (raw.is_null())
        return {};
    if (!raw.is_string()) {
        if (deeperThan(raw, MaxParseDepth))
            return QStringLiteral("\u2026");
        std::string dumped = safeDump(raw, 2);
        if (dumped.size() > MaxRawBytes) {
            dumped.resize(MaxRawBytes);
            dumped += "\n\u2026"; // may split a UTF-8 sequence: fromStdString replaces it
        }
        return QString::fromStdString(dumped);
    }
    const std::string& s = raw.get_ref<const std::string&>();
    const bool tooBig = s.size() > MaxRawBytes;
    const std::string_view shown = tooBig ? std::string_view(s).substr(0, MaxRawBytes) : std::string_view(s);
    if (!tooBig) {
        const std::size_t first = s.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && shallowEnough(s)) {
            json parsed = json::parse(s, nullptr, false);
            if (!parsed.is_discarded() && (parsed.is_object() || parsed.is_array()))
                return QString::fromStdString(safeDump(parsed, 2));
        }
    }
    QString out = QString::fromUtf8(shown.data(), qsizetype(shown.size()));
    if (tooBig)
        out.append(QStringLiteral("\n…"));
    return out;
}

int severityOf(const nlohmann::json& obj, const char* key)
{
    const nlohmann::json& v = member(obj, key);
    if (v.is_string()) {
        const auto s = severityFromWord(v.get_ref<const std::string&>());
        return s ? int(*s) : -1;
    }
    const auto n = number(v);
    return n && *n >= 0 && *n <= 4 ? int(*n) : -1;
}

} // namespace closeloop::casejson
