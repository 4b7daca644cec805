// Small readers shared by the parts of the scenario loader.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "condition.h"
#include "scenario.h"
#include "yaml_map.h"

namespace secondlook {

// Ids are what records, tests and `run --choose` refer to, so keep them plain.
bool is_valid_id(const std::string& id);
void check_id(YamlMap& map, const std::string& key, const std::string& id);

// "HH:MM" to minutes after midnight.
std::optional<int> parse_clock(const std::string& text);

// "#rrggbb" to 0xrrggbb.
std::optional<unsigned> parse_colour(const std::string& text);

// `if:` of a choice, branch or evidence item; nullopt when absent or wrong.
std::optional<Condition> read_condition(YamlMap& map);

// `KEY: { OBJECTIVE: points, ... }`, appended to `awards`.
void read_awards(YamlMap& map, const std::string& key, std::vector<ScoreAward>& awards);

// `sign: { score: {...}, why: ... }` on a message or profile detail.
std::optional<WarningSign> read_sign(YamlMap& owner, const std::string& what);

// A text value that must parse (a clock time, a colour); reports
// "KEY 'VALUE' should be EXPECTED" when it does not. Nullopt when absent or bad.
template <typename Parse>
auto read_parsed(YamlMap& map, const std::string& key, Parse parse, const std::string& expected)
    -> decltype(parse(std::string())) {
    if (!map.has(key)) {
        map.take(key);
        return std::nullopt;
    }
    const std::string text = map.optional_string(key);
    auto value = parse(text);
    if (!value) map.diagnostics().error(map.where_of(key), key + " '" + text + "' should be " + expected);
    return value;
}

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
