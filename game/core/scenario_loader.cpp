#include "scenario_loader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_set>

#include "input_limits.h"
#include "load_helpers.h"
#include "max_scores.h"
#include "node_reader.h"
#include "objectives.h"
#include "text_file.h"
#include "validator.h"

namespace secondlook {
namespace {

// "Mutual friends" -> "mutual-friends": a stable id when the author gives none.
std::string id_from_label(const std::string& label) {
    std::string id;
    for (char c : label) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) id += static_cast<char>(std::tolower(u));
        else if (!id.empty() && id.back() != '-') id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id.empty() ? "detail" : id.substr(0, 64);
}

CastMember read_cast_member(const YamlNode& yaml, const std::string& file, Diagnostics& diagnostics) {
    YamlMap map(yaml, "a cast member", file, diagnostics);
    CastMember member;
    member.where = map.where();
    member.id = map.required_string("id");
    check_id(map, "id", member.id);
    if (member.id == kPlayerSpeaker || member.id == kSystemSpeaker)
        diagnostics.error(map.where_of("id"), "cast id '" + member.id +
                                                  "' is reserved for the player and system lines; pick another");
    member.name = map.required_string("name");
    member.handle = map.required_string("handle");
    if (member.handle.find(' ') != std::string::npos)
        diagnostics.error(map.where_of("handle"), "handle '" + member.handle +
                                                      "' has a space; an account ID has none "
                                                      "(that is how players tell it from the name)");
    if (auto rgb = read_parsed(map, "avatar", parse_colour, "a colour like \"#c0587e\""))
        member.avatar_rgb = *rgb;
    member.about = map.optional_string("about");
    member.profile_url = map.optional_string("profile_url");
    member.trusted = map.optional_bool("trusted").value_or(false);
    if (auto profile = map.take("profile")) {
        if (!profile->is_sequence()) {
            diagnostics.error(map.where_of("profile"), "'profile' should be a list of { label, value }");
        } else {
            for (const YamlNode* entry : profile->items()) {
                YamlMap field(*entry, "a profile detail of '" + member.id + "'", file, diagnostics);
                ProfileField detail;
                detail.label = field.required_string("label");
                detail.value = field.required_string("value");
                detail.id = field.optional_string("id", id_from_label(detail.label));
                check_id(field, "id", detail.id);
                if (member.find_field(detail.id))
                    diagnostics.error(field.where(), "profile detail id '" + detail.id + "' of '" + member.id +
                                                         "' is used twice; give one an 'id:'");
                detail.sign = read_sign(field, "profile detail '" + detail.id + "'");
                field.reject_unknown({"id", "label", "value", "sign"});
                member.profile.push_back(detail);
            }
        }
    }
    map.reject_unknown({"id", "name", "handle", "avatar", "about", "profile_url", "trusted", "profile"});
    return member;
}

const std::vector<std::pair<const char*, EvidenceItem::Source>> kEvidenceSources = {
    {"messages", EvidenceItem::Source::Messages},
    {"profile-id", EvidenceItem::Source::ProfileId},
    {"profile-url", EvidenceItem::Source::ProfileUrl},
    {"receipt", EvidenceItem::Source::Receipt},
};

EvidenceItem read_evidence_item(const YamlNode& yaml, const std::string& file,
                                Diagnostics& diagnostics) {
    YamlMap map(yaml, "an evidence item", file, diagnostics);
    EvidenceItem item;
    item.where = map.where();
    item.id = map.required_string("id");
    check_id(map, "id", item.id);
    item.label = map.required_string("label");
    item.hint = map.required_string("hint");
    item.source = read_choice_of(map, "from", kEvidenceSources, EvidenceItem::Source::Messages);
    if (!map.has("from")) diagnostics.error(map.where(), "evidence item '" + item.id +
                                                             "' needs 'from:' (messages, profile-id, profile-url or receipt)");
    item.messages = map.string_list("messages", false);
    item.cast = map.optional_string("cast");
    read_awards(map, "score", item.score);
    item.condition = read_condition(map);
    map.reject_unknown({"id", "label", "hint", "from", "messages", "cast", "score", "if"});
    return item;
}

// A story told about a named character: the name goes into labels such as
// "What should {name} do?", so it is a short name and holds no placeholder.
void read_protagonist(YamlMap& map, Scenario& scenario) {
    if (!map.has("protagonist")) return;
    scenario.protagonist = map.optional_string("protagonist");
    const bool braces = scenario.protagonist.find_first_of("{}") != std::string::npos;
    if (scenario.protagonist.empty() || scenario.protagonist.size() > 40 || braces)
        map.diagnostics().error(map.where_of("protagonist"),
                                "'protagonist' should be the first name of the character the story is about (up to "
                                "40 characters, no { or }), e.g. protagonist: Leo; leave it out when the player is "
                                "the one it happens to");
}

void read_top_level(YamlMap& map, Scenario& scenario, Diagnostics& diagnostics) {
    scenario.id = map.required_string("id");
    check_id(map, "id", scenario.id);
    scenario.title = map.required_string("title");
    scenario.summary = map.required_string("summary");
    scenario.objectives = map.string_list("objectives", true);
    for (const auto& objective : scenario.objectives)
        if (!find_objective(objective))
            diagnostics.error(map.where_of("objectives"),
                              "unknown learning objective '" + objective +
                                  "'; use the ids from the content brief (SPOT-1..5, RESP-1..10, HELP-1)");
    if (auto conditions = map.take("applies_if")) {
        scenario.applies_if_where = map.where_of("applies_if");
        if (!conditions->is_map()) {
            diagnostics.error(scenario.applies_if_where,
                              "'applies_if' should map objectives to conditions, e.g. { RESP-7: paid }");
        } else {
            for (const auto [name, value] : conditions->entries()) {
                const std::string objective(name.text());
                std::string error;
                auto condition = value.is_scalar() ? Condition::parse(std::string(value.text()), &error) : std::nullopt;
                const auto where = location_of(value, map.file());
                if (std::find(scenario.objectives.begin(), scenario.objectives.end(), objective) ==
                    scenario.objectives.end())
                    diagnostics.error(where, "'applies_if' names " + objective +
                                                 ", which is not in the scenario's 'objectives'");
                else if (!condition)
                    diagnostics.error(where, error.empty() ? "the condition should be text, e.g. paid" : error);
                else
                    scenario.applies_if.emplace(objective, *condition);
            }
        }
    }
    scenario.start_id = map.required_string("start");
    scenario.start_where = map.where_of("start");
    if (auto minutes = read_parsed(map, "clock", parse_clock, "\"HH:MM\", e.g. \"19:40\""))
        scenario.clock_minutes = *minutes;
    scenario.minutes = map.optional_int("minutes").value_or(0);
    scenario.audience = map.string_list("audience", false);
    for (const auto& track : scenario.audience)
        if (!is_track(track))
            diagnostics.error(map.where_of("audience"), "audience '" + track +
                                                            "' is not a track; use " + track_names());
    scenario.min_age_declared = map.has("min_age");
    scenario.min_age = map.optional_int("min_age").value_or(11);
    if (scenario.min_age < 11 || scenario.min_age > 99)
        diagnostics.error(map.where_of("min_age"), "min_age should be from 11 (the youngest players) to 99");
    scenario.content_note = map.optional_string("content_note");
    read_protagonist(map, scenario);
    // Empty: the kind default from the string table (feedback.harmless-flag), in the player's language.
    scenario.harmless_flag_feedback = map.optional_string("harmless_flag");
    if (auto calm = map.take("calm")) {
        YamlMap calm_map(*calm, "'calm'", map.file(), diagnostics);
        read_awards(calm_map, "score", scenario.calm_score);
        scenario.calm_feedback = calm_map.optional_string("feedback");
        calm_map.reject_unknown({"score", "feedback"});
    }
}

template <typename Item, typename Read>
void read_sequence(YamlMap& map, const std::string& key, std::vector<Item>& out, Read read) {
    auto list = map.take(key);
    if (!list) {
        map.diagnostics().error(map.where(), "the scenario needs '" + key + ":' (a list)");
        return;
    }
    if (!list->is_sequence()) {
        map.diagnostics().error(map.where_of(key), "'" + key + "' should be a list (each item starting with '- ')");
        return;
    }
    out.reserve(list->items().size());
    for (const YamlNode* entry : list->items()) out.push_back(read(*entry));
}

// Second pass: every id another part refers to must exist.
void resolve_references(Scenario& scenario, Diagnostics& diagnostics) {
    std::unordered_set<std::string> seen;  // unordered: a long story has thousands of ids to check
    std::vector<std::string> node_ids;
    for (const auto& node : scenario.nodes) {
        if (node.id.empty()) continue;
        if (!seen.insert(node.id).second)
            diagnostics.error(node.where, "node id '" + node.id + "' is used twice; node ids must be unique");
        node_ids.push_back(node.id);
    }
    scenario.index_nodes();

    auto resolve = [&](const std::string& id, const SourceLocation& where,
                       const std::string& referrer) -> std::size_t {
        if (auto index = scenario.node_index(id)) return *index;
        if (!id.empty())
            diagnostics.error(where, [&] {
                return referrer + " goes to unknown node '" + id + "'; known nodes: " + hint_list(id, node_ids);
            });
        return kUnresolved;
    };
    scenario.start = resolve(scenario.start_id, scenario.start_where, "'start'");

    std::vector<std::string> cast_ids;
    for (const auto& member : scenario.cast) cast_ids.push_back(member.id);
    auto known_speaker = [&](const std::string& id) {
        return id == kPlayerSpeaker || id == kSystemSpeaker || scenario.find_cast(id);
    };

    std::unordered_set<std::string> choice_ids, message_ids;
    for (auto& node : scenario.nodes) {
        if (!node.contact.empty() && !scenario.find_cast(node.contact))
            diagnostics.error(node.where, [&] {
                return "node '" + node.id + "' has unknown contact '" + node.contact +
                       "'; cast: " + hint_list(node.contact, cast_ids);
            });
        for (const auto& message : node.messages) {
            if (!message.from.empty() && !known_speaker(message.from))
                diagnostics.error(message.where, [&] {
                    return "message is from unknown speaker '" + message.from +
                           "'; use you, system or a cast id: " + hint_list(message.from, cast_ids);
                });
            if (!message_ids.insert(message.id).second)
                diagnostics.error(message.where, "message id '" + message.id + "' is used twice");
        }
        for (auto& choice : node.choices) {
            if (!choice.id.empty() && !choice_ids.insert(choice.id).second)
                diagnostics.error(choice.where, "choice id '" + choice.id +
                                                    "' is used twice; choice ids must be unique in the file");
            choice.target = resolve(choice.target_id, choice.target_where, "choice '" + choice.id + "'");
        }
        for (auto& branch : node.branches)
            branch.target = resolve(branch.target_id, branch.where, "a branch of node '" + node.id + "'");
        if (node.ending && node.ending->continuation) {
            Continuation& continuation = *node.ending->continuation;
            continuation.target = resolve(continuation.target_id, continuation.target_where,
                                          "the continuation of ending '" + node.id + "'");
            if (!continuation.character.empty() && !scenario.find_cast(continuation.character))
                diagnostics.error(continuation.character_where, [&] {
                    return "the continuation of ending '" + node.id + "' follows unknown character '" +
                           continuation.character + "'; add them to the cast or use one of: " +
                           hint_list(continuation.character, cast_ids);
                });
        }
        if (node.countdown)
            for (const auto& demand : node.countdown->demands)
                if (demand.message.from.empty() || !known_speaker(demand.message.from))
                    diagnostics.error(demand.message.where,
                                      "a demand of node '" + node.id + "' is from unknown speaker '" +
                                          demand.message.from + "'; give it 'from:' or give the node 'contact:'");
    }

    std::set<std::string> evidence_ids;
    for (const auto& item : scenario.evidence) {
        if (!evidence_ids.insert(item.id).second)
            diagnostics.error(item.where, "evidence id '" + item.id + "' is used twice");
        const bool from_profile = item.source == EvidenceItem::Source::ProfileId ||
                                  item.source == EvidenceItem::Source::ProfileUrl;
        if (from_profile && !scenario.find_cast(item.cast))
            diagnostics.error(item.where, [&] {
                return "evidence item '" + item.id + "' needs 'cast:' naming a cast member; cast: " +
                       hint_list(item.cast, cast_ids);
            });
        if (item.source == EvidenceItem::Source::ProfileUrl && scenario.find_cast(item.cast) &&
            scenario.find_cast(item.cast)->profile_url.empty())
            diagnostics.error(item.where, "evidence item '" + item.id + "' is the profile link of '" + item.cast +
                                              "', who has no 'profile_url:'");
        if (item.source == EvidenceItem::Source::Messages && item.messages.empty())
            diagnostics.error(item.where, "evidence item '" + item.id +
                                              "' comes from messages: list their ids in 'messages:'");
        for (const auto& message_id : item.messages)
            if (!scenario.find_message(message_id))
                diagnostics.error(item.where, "evidence item '" + item.id + "' names unknown message '" +
                                                  message_id + "'; message ids are NODE-ID.N unless set with 'id:'");
    }
}

// Reads the file's YAML into the scenario. The YAML tree lives only in here:
// for a long story it is several times the size of the scenario, and
// freeing it before the checks and the score walk lets them reuse its memory.
// False when the text is not a usable YAML map (the reason is in diagnostics).
bool read_scenario_yaml(const std::string& text, const std::string& file_name, Scenario& scenario,
                        Diagnostics& diagnostics) {
    if (!check_raw_text(text, file_name, diagnostics)) return false;
    const auto document = parse_yaml(text, file_name, kMaxYamlDepth, diagnostics);
    if (!document) return false;
    const YamlNode* root = document->root();
    if (!root) {
        diagnostics.error({file_name, 1, 1}, "the file is empty; a scenario starts with id, title, summary, "
                                             "objectives, start, cast and nodes (see scenarios/FORMAT.md)");
        return false;
    }

    if (!check_yaml_tree(*root, file_name, diagnostics)) return false;

    YamlMap map(*root, "the scenario", file_name, diagnostics);
    if (!map.is_map()) return false;
    read_top_level(map, scenario, diagnostics);
    read_sequence(map, "cast", scenario.cast, [&](const YamlNode& entry) {
        return read_cast_member(entry, file_name, diagnostics);
    });
    read_sequence(map, "nodes", scenario.nodes, [&](const YamlNode& entry) {
        return read_node(entry, file_name, diagnostics);
    });
    if (map.has("evidence"))
        read_sequence(map, "evidence", scenario.evidence, [&](const YamlNode& entry) {
            return read_evidence_item(entry, file_name, diagnostics);
        });
    else
        map.take("evidence");
    map.reject_unknown({"id", "title", "summary", "objectives", "start", "clock", "minutes", "audience",
                        "min_age", "content_note", "protagonist", "harmless_flag", "calm", "evidence", "applies_if", "cast",
                        "nodes"});
    return true;
}

}  // namespace

LoadResult load_scenario_text(const std::string& text, const std::string& file_name) {
    LoadResult result;
    auto scenario = std::make_shared<Scenario>();
    scenario->file = file_name;
    scenario->where = {file_name, 1, 1};
    auto& diagnostics = result.diagnostics;
    if (!read_scenario_yaml(text, file_name, *scenario, diagnostics)) return result;

    resolve_references(*scenario, diagnostics);
    validate_scenario(*scenario, diagnostics);
    if (!diagnostics.has_errors()) scenario->keep_maxima(check_max_score_exact(*scenario, diagnostics));
    diagnostics.sort();
    result.scenario = std::move(scenario);
    return result;
}

LoadResult load_scenario_file(const std::string& path) {
    LoadResult result;
    const auto text = read_text_file(path, kLibraryFile, result.diagnostics);
    if (!text) return result;
    return load_scenario_text(*text, path);
}

}  // namespace secondlook
