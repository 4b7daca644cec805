#include "continuation_check.h"

#include <cctype>
#include <set>
#include <vector>

#include "scenario_loader.h"

namespace secondlook {
namespace {

// Words of a text: runs of letters, digits and apostrophes.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || (c & 0x80)) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Words that put the player in the character's place: a continuation's
// choice is what someone else should do.
const std::set<std::string> kFirstAndSecondPerson = {"i",  "i'm", "i'll", "me",    "my",     "mine",   "myself",
                                                    "you", "you're", "you'll", "your", "yours", "yourself"};

// The choice's first-or-second-person word, or "".
std::string personal_word(const std::string& text) {
    for (const auto& word : words_of(text))
        if (kFirstAndSecondPerson.count(lower(word))) return word;
    return {};
}

bool names(const std::string& text, const std::string& name) {
    for (const auto& word : words_of(text))
        if (word == name || word == name + "'s") return true;
    return false;
}

// The nodes `start` leads to by choices and branches (not by `continue`),
// entering only nodes that `enters` allows; `start` itself always.
template <typename Enters>
std::vector<bool> reached_from(const Scenario& scenario, std::size_t start, Enters enters) {
    std::vector<bool> seen(scenario.nodes.size(), false);
    std::vector<std::size_t> stack{start};
    seen[start] = true;
    auto visit = [&](std::size_t next) {
        if (next == kUnresolved || seen[next] || !enters(scenario.nodes[next])) return;
        seen[next] = true;
        stack.push_back(next);
    };
    while (!stack.empty()) {
        const Node& node = scenario.nodes[stack.back()];
        stack.pop_back();
        for (const auto& choice : node.choices) visit(choice.target);
        for (const auto& branch : node.branches) visit(branch.target);
    }
    return seen;
}

// A choice or branch must not cross between the story and a continuation.
void check_edge(const Scenario& scenario, const Node& from, std::size_t to, const SourceLocation& where,
                Diagnostics& diagnostics) {
    if (to == kUnresolved) return;
    const Node& target = scenario.nodes[to];
    if (target.continuation && !from.continuation)
        diagnostics.error(where, "node '" + from.id + "' goes to '" + target.id +
                                     "', which is part of a continuation ('continuation: true'); a continuation "
                                     "is entered only through an early ending's 'continue'");
    else if (from.continuation && !target.continuation)
        diagnostics.error(where, "continuation node '" + from.id + "' goes to '" + target.id +
                                     "', which is not part of a continuation; mark it 'continuation: true' or "
                                     "end the continuation with its own ending");
}

void check_choices(const Scenario& scenario, std::size_t start, const Continuation& continuation,
                   Diagnostics& diagnostics) {
    const CastMember* character = scenario.find_cast(continuation.character);
    if (!character) return;  // the loader has said so
    const std::string name = first_name(*character);
    const auto in_continuation = reached_from(scenario, start, [](const Node& node) { return node.continuation; });
    for (std::size_t index = 0; index < scenario.nodes.size(); ++index) {
        if (!in_continuation[index]) continue;
        for (const auto& choice : scenario.nodes[index].choices) {
            if (!names(choice.text, name))
                diagnostics.error(choice.where, "choice '" + choice.id + "' is in the continuation about " + name +
                                                    ": name " + name + " in its text (e.g. \"" + name +
                                                    " stops replying\"), so the player decides what someone "
                                                    "else should do");
            for (const std::string* text : {&choice.text, &choice.say}) {
                const std::string word = personal_word(*text);
                if (!word.empty())
                    diagnostics.error(choice.where, "choice '" + choice.id + "' says '" + word +
                                                        "'; a continuation is told in the third person: write "
                                                        "what " + name + " does, not what I or you do");
            }
        }
        const Node& node = scenario.nodes[index];
        if (node.ending && (node.ending->early || node.ending->continuation))
            diagnostics.error(node.where, "ending '" + node.id +
                                              "' is inside a continuation, so it cannot be 'early' or offer "
                                              "another 'continue'");
    }
}

}  // namespace

std::string first_name(const CastMember& member) {
    const auto words = words_of(member.name);
    return words.empty() ? member.name : words.front();
}

void check_continuations(const Scenario& scenario, Diagnostics& diagnostics) {
    if (scenario.start != kUnresolved && scenario.nodes[scenario.start].continuation)
        diagnostics.error(scenario.start_where, "the start node '" + scenario.start_id +
                                                    "' is marked 'continuation: true'; a continuation comes after "
                                                    "an early ending, never first");
    for (const auto& node : scenario.nodes) {
        for (const auto& choice : node.choices) check_edge(scenario, node, choice.target, choice.target_where, diagnostics);
        for (const auto& branch : node.branches) check_edge(scenario, node, branch.target, branch.where, diagnostics);
        if (!node.ending) continue;
        if (node.ending->early && node.ending->outcome != Outcome::Safe)
            diagnostics.error(node.ending->early_where, "ending '" + node.id + "' is 'early: true' but its outcome is '" +
                                                            to_string(node.ending->outcome) +
                                                            "'; an early ending is where a play stopped safely");
        const Continuation* continuation = node.continues();
        if (!continuation) continue;
        if (!node.ending->early && !node.continuation)
            diagnostics.error(continuation->where, "ending '" + node.id +
                                                       "' offers a continuation but is not 'early: true'; only an "
                                                       "early safe ending offers \"See what could have happened\"");
        if (continuation->target == kUnresolved) continue;
        if (!scenario.nodes[continuation->target].continuation) {
            diagnostics.error(continuation->target_where, "the continuation of ending '" + node.id + "' goes to '" +
                                                              continuation->target_id +
                                                              "', which is not marked 'continuation: true'; mark "
                                                              "every node of the continuation");
            continue;
        }
        check_choices(scenario, continuation->target, *continuation, diagnostics);
    }
}

void check_early_endings(const Scenario& scenario, Diagnostics& diagnostics) {
    bool has_turn = false;
    for (const auto& node : scenario.nodes) has_turn = has_turn || node.stage == Stage::Turn;
    // What a play reaches before the turn: from the start, not through a turn node.
    std::vector<bool> before_turn(scenario.nodes.size(), false);
    if (has_turn && scenario.start != kUnresolved && scenario.nodes[scenario.start].stage != Stage::Turn)
        before_turn = reached_from(scenario, scenario.start, [](const Node& node) { return node.stage != Stage::Turn; });
    for (std::size_t i = 0; i < scenario.nodes.size(); ++i) {
        const Node& node = scenario.nodes[i];
        if (!node.ending) continue;
        const bool safe = node.ending->outcome == Outcome::Safe;  // an unsafe 'early' is the validator's to report
        if (node.ending->early && !before_turn[i])
            diagnostics.error(node.ending->early_where,
                              "ending '" + node.id + "' is 'early: true' but no play reaches it before the blackmail "
                                                     "turn (a node with 'stage: turn'); remove 'early'");
        else if (before_turn[i] && safe && !node.ending->early)
            diagnostics.error(node.where, "ending '" + node.id +
                                              "' is safe and some play reaches it before the blackmail turn; mark "
                                              "it 'early: true' and give it a continuation ('continue:'), so a "
                                              "class that stops here still practises the response");
        else if (before_turn[i] && safe && !node.ending->continuation)
            diagnostics.error(node.ending->early_where,
                              "early ending '" + node.id + "' offers no continuation; add continue: { goto: NODE, "
                                                           "character: CAST, intro: TEXT } so the class can see "
                                                           "what could have happened");
    }
}

}  // namespace secondlook
