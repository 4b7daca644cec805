#include "yaml_map.h"

#include <algorithm>

namespace secondlook {
namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

const char* type_name(const YamlNode& node) {
    switch (node.kind()) {
        case YamlNode::Kind::Map: return "a mapping";
        case YamlNode::Kind::Sequence: return "a list";
        case YamlNode::Kind::Scalar: return "a single value";
        case YamlNode::Kind::Null: return "nothing";
    }
    return "nothing";
}

}  // namespace

SourceLocation location_of(const YamlNode& node, const std::string& file) {
    return {file, node.line(), node.column()};
}

std::vector<std::string> closest_matches(const std::string& word,
                                         std::vector<std::string> candidates) {
    // Ids are at most 64 characters; comparing only that much keeps a file
    // full of long, wrong names from taking minutes to report.
    constexpr std::size_t kCompared = 64;
    const std::string key = word.substr(0, kCompared);
    std::vector<std::pair<std::size_t, std::string>> scored;
    scored.reserve(candidates.size());
    for (auto& candidate : candidates)
        scored.emplace_back(edit_distance(key, candidate.substr(0, kCompared)), std::move(candidate));
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> ordered;
    ordered.reserve(scored.size());
    for (auto& entry : scored) ordered.push_back(std::move(entry.second));
    return ordered;
}

std::string hint_list(const std::string& word, const std::vector<std::string>& candidates,
                      std::size_t limit) {
    auto ordered = closest_matches(word, candidates);
    std::string text;
    for (std::size_t i = 0; i < ordered.size() && i < limit; ++i)
        text += (i ? ", " : "") + ordered[i];
    if (ordered.size() > limit) text += ", ...";
    return text.empty() ? "(none)" : text;
}

YamlMap::YamlMap(const YamlNode& node, std::string what, const std::string& file, Diagnostics& diagnostics)
    : what_(std::move(what)), file_(file), where_(location_of(node, file)), diagnostics_(diagnostics) {
    if (!node.is_map()) {
        diagnostics_.error(where_, what_ + " should be a mapping of keys to values, but is " +
                                       type_name(node));
        return;
    }
    is_map_ = true;
    entries_.reserve(node.entries().size());
    for (const auto [key, value] : node.entries()) {
        if (!key.is_scalar()) {
            diagnostics_.error(location_of(key, file_), "keys in " + what_ + " must be plain words");
            continue;
        }
        // A key given twice was reported when the file was read (parse_yaml); the first one counts.
        entries_.push_back({key.text(), location_of(key, file_), &value});
    }
}

const YamlMap::Entry* YamlMap::find(std::string_view key) const {
    for (const auto& entry : entries_)
        if (entry.key == key) return &entry;
    return nullptr;
}

bool YamlMap::has(const std::string& key) const {
    const Entry* entry = find(key);
    return entry && !entry->value->is_null();
}

SourceLocation YamlMap::where_of(const std::string& key) const {
    const Entry* entry = find(key);
    return entry ? location_of(*entry->value, file_) : where_;
}

const YamlNode* YamlMap::take(const std::string& key) {
    const Entry* entry = find(key);
    if (!entry || entry->value->is_null()) return nullptr;
    return entry->value;
}

std::optional<std::string> YamlMap::scalar(const YamlNode& value, const std::string& key) {
    if (!value.is_scalar()) {
        diagnostics_.error(where_of(key), "'" + key + "' in " + what_ +
                                              " should be text, but is " + type_name(value));
        return std::nullopt;
    }
    return std::string(value.text());
}

std::string YamlMap::required_string(const std::string& key) {
    auto value = take(key);
    if (!value) {
        if (is_map_) diagnostics_.error(where_, what_ + " needs '" + key + ":'");
        return {};
    }
    auto text = scalar(*value, key);
    if (text && text->empty())
        diagnostics_.error(where_of(key), "'" + key + "' in " + what_ + " is empty; write it out");
    return text.value_or("");
}

std::string YamlMap::optional_string(const std::string& key, const std::string& fallback) {
    auto value = take(key);
    if (!value) return fallback;
    return scalar(*value, key).value_or(fallback);
}

std::optional<int> YamlMap::optional_int(const std::string& key) {
    auto value = take(key);
    if (!value) return std::nullopt;
    auto number = yaml_int(*value);
    if (!number)
        diagnostics_.error(where_of(key), "'" + key + "' in " + what_ + " should be a whole number");
    return number;
}

std::optional<double> YamlMap::optional_number(const std::string& key) {
    auto value = take(key);
    if (!value) return std::nullopt;
    auto number = yaml_number(*value);
    if (!number) diagnostics_.error(where_of(key), "'" + key + "' in " + what_ + " should be a number");
    return number;
}

std::optional<bool> YamlMap::optional_bool(const std::string& key) {
    auto value = take(key);
    if (!value) return std::nullopt;
    auto flag = yaml_bool(*value);
    if (!flag) diagnostics_.error(where_of(key), "'" + key + "' in " + what_ + " should be true or false");
    return flag;
}

std::vector<std::string> YamlMap::string_list(const std::string& key, bool required) {
    std::vector<std::string> items;
    auto value = take(key);
    if (!value) {
        if (required && is_map_) diagnostics_.error(where_, what_ + " needs '" + key + ":' (a list)");
        return items;
    }
    if (value->is_scalar()) return {std::string(value->text())};
    if (!value->is_sequence()) {
        diagnostics_.error(where_of(key), "'" + key + "' in " + what_ + " should be a list");
        return items;
    }
    for (const YamlNode* item : value->items()) {
        if (item->is_scalar())
            items.emplace_back(item->text());
        else
            diagnostics_.error(location_of(*item, file_),
                               "items of '" + key + "' should be single words or text");
    }
    return items;
}

void YamlMap::reject_unknown(std::initializer_list<std::string_view> known_keys) {
    for (const auto& entry : entries_) {
        if (std::find(known_keys.begin(), known_keys.end(), entry.key) != known_keys.end()) continue;
        diagnostics_.error(entry.key_where, [&] {
            const std::string key(entry.key);
            const std::vector<std::string> known(known_keys.begin(), known_keys.end());
            std::string allowed;
            for (const auto& name : known) allowed += (allowed.empty() ? "" : ", ") + name;
            return "unknown key '" + key + "' in " + what_ + "; did you mean '" + closest_matches(key, known).front() +
                   "'? (allowed: " + allowed + ")";
        });
    }
}

}  // namespace secondlook
