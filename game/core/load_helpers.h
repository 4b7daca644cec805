// Small readers shared by the parts of the scenario loader.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "yaml_map.h"

namespace secondlook {

// Ids are what records, tests and `run --choose` refer to, so keep them plain.
bool is_valid_id(const std::string& id);
void check_id(YamlMap& map, const std::string& key, const std::string& id);

// "HH:MM" to minutes after midnight.
std::optional<int> parse_clock(const std::string& text);

// A key whose value is one of a fixed set of words.
template <typename Enum>
Enum read_choice_of(YamlMap& map, const std::string& key,
                    const std::vector<std::pair<const char*, Enum>>& words, Enum fallback) {
    if (!map.has(key)) {
        map.take(key);
        return fallback;
    }
    const std::string value = map.optional_string(key);
    std::vector<std::string> allowed;
    for (const auto& [word, meaning] : words) {
        if (value == word) return meaning;
        allowed.emplace_back(word);
    }
    std::string list;
    for (const auto& word : allowed) list += (list.empty() ? "" : ", ") + word;
    map.diagnostics().error(map.where_of(key), "'" + key + "' is '" + value +
                                                   "'; expected one of: " + list);
    return fallback;
}

}  // namespace secondlook
