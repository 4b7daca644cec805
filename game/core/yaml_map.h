// Reads one YAML mapping key by key and reports what is wrong with it: keys
// that are missing, of the wrong type or unknown ("did you mean"). Repeated
// keys are refused by parse_yaml, for every mapping.
// Internal to the loader; it keeps loader code about scenarios, not YAML.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"
#include "yaml_document.h"

namespace secondlook {

SourceLocation location_of(const YamlNode& node, const std::string& file);

class YamlMap {
public:
    // `what` names the thing for messages, e.g. "node 'turn'" or "choice".
    YamlMap(const YamlNode& node, std::string what, const std::string& file, Diagnostics& diagnostics);

    bool is_map() const { return is_map_; }
    const SourceLocation& where() const { return where_; }
    bool has(const std::string& key) const;
    SourceLocation where_of(const std::string& key) const;

    // The value of the key if present and not null, else null.
    const YamlNode* take(const std::string& key);

    std::string required_string(const std::string& key);
    std::string optional_string(const std::string& key, const std::string& fallback = "");
    std::optional<int> optional_int(const std::string& key);
    std::optional<double> optional_number(const std::string& key);
    std::optional<bool> optional_bool(const std::string& key);
    // A list of strings; also accepts a single string.
    std::vector<std::string> string_list(const std::string& key, bool required);

    // Reports every key that was never taken, suggesting the closest known one.
    // A list of views, not strings: it is called for every map of a file, and
    // building a vector of strings each time was a measurable part of lint.
    void reject_unknown(std::initializer_list<std::string_view> known_keys);

    const std::string& file() const { return file_; }
    Diagnostics& diagnostics() { return diagnostics_; }

private:
    // One key of the mapping, with where it is, read once in the constructor.
    struct Entry {
        std::string_view key;  // in the document, which outlives the map
        SourceLocation key_where;
        const YamlNode* value;
    };
    std::optional<std::string> scalar(const YamlNode& value, const std::string& key);
    // The first entry with this key, or null.
    const Entry* find(std::string_view key) const;

    std::vector<Entry> entries_;
    std::string what_;
    std::string file_;
    SourceLocation where_;
    Diagnostics& diagnostics_;
    bool is_map_ = false;
};

// The candidates ordered by edit distance to `word`, closest first.
std::vector<std::string> closest_matches(const std::string& word,
                                         std::vector<std::string> candidates);

// "a, b, c" of at most `limit` closest candidates, for "known nodes: ..." hints.
std::string hint_list(const std::string& word, const std::vector<std::string>& candidates,
                      std::size_t limit = 6);

}  // namespace secondlook
