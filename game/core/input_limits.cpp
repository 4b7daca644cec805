#include "input_limits.h"

#include <set>
#include <utility>
#include <vector>

#include "text_check.h"
#include "utf8.h"
#include "yaml_map.h"

namespace secondlook {
namespace {

std::string size_in_kilobytes(std::size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

}  // namespace

bool check_raw_text(const std::string& text, const std::string& file, Diagnostics& diagnostics) {
    if (text.size() > kMaxScenarioBytes) {
        diagnostics.error({file, 1, 1}, "the file is " + size_in_kilobytes(text.size()) +
                                            ", too big for a scenario (at most " +
                                            size_in_kilobytes(kMaxScenarioBytes) +
                                            "); split the story into several scenarios");
        return false;
    }
    if (const auto fault = first_text_fault(text)) {
        diagnostics.error({file, fault->line, fault->column}, fault->message());
        return false;
    }
    return true;
}

bool check_yaml_tree(const YamlNode& root, const std::string& file, Diagnostics& diagnostics) {
    std::vector<std::pair<const YamlNode*, std::size_t>> stack{{&root, 1}};
    std::size_t visited = 0, expanded_bytes = 0;
    std::set<std::pair<int, int>> long_texts;  // reported once each, however often aliased
    bool ok = true;
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        if (++visited > kMaxYamlNodes) {
            diagnostics.error(location_of(*node, file),
                              "the scenario grows to more than " + std::to_string(kMaxYamlNodes) +
                                  " values once its aliases (*name) are expanded; write the parts out "
                                  "instead of repeating aliases of aliases");
            return false;
        }
        if (depth > kMaxYamlDepth) {
            diagnostics.error(location_of(*node, file),
                              "lists and mappings are nested more than " + std::to_string(kMaxYamlDepth) +
                                  " levels deep here; a scenario needs fewer than 10, so check the brackets "
                                  "and indentation");
            return false;
        }
        if (node->is_scalar()) {
            const std::string_view text = node->text();
            expanded_bytes += text.size();
            if (expanded_bytes > kMaxExpandedTextBytes) {
                diagnostics.error(location_of(*node, file),
                                  "the scenario's texts add up to more than " +
                                      size_in_kilobytes(kMaxExpandedTextBytes) +
                                      " once its aliases (*name) are expanded; repeat less text");
                return false;
            }
            const auto where = location_of(*node, file);
            if (text.size() > kMaxTextCharacters && character_count(text) > kMaxTextCharacters &&
                long_texts.insert({where.line, where.column}).second) {
                diagnostics.error(where, "this text is " + std::to_string(character_count(text)) +
                                             " characters long; the most a scenario text may hold is " +
                                             std::to_string(kMaxTextCharacters) + ", so shorten or split it");
                ok = false;
            }
        } else {
            // A mapping's keys and values, or a list's items: all are values to count.
            for (const YamlNode* child : node->children()) stack.emplace_back(child, depth + 1);
        }
    }
    return ok;
}

std::unique_ptr<YamlDocument> parse_checked_yaml(const std::string& text, const std::string& file,
                                                 const std::string& if_empty, Diagnostics& diagnostics) {
    if (!check_raw_text(text, file, diagnostics)) return nullptr;
    auto document = parse_yaml(text, file, kMaxYamlDepth, diagnostics);
    if (!document) return nullptr;
    if (!document->root()) {
        diagnostics.error({file, 1, 1}, if_empty);
        return nullptr;
    }
    if (!check_yaml_tree(*document->root(), file, diagnostics)) return nullptr;
    return document;
}

}  // namespace secondlook
