#include "content_rules.h"

#include <algorithm>
#include <cctype>

#include "continuation_check.h"

namespace secondlook {
namespace {

// Short enough to miss "what next": a debrief should explain and signpost.
constexpr std::size_t kShortestDebrief = 80;
// Length alone lets 80 spaces or dots through; a debrief that helps is a
// couple of sentences of words.
constexpr std::size_t kFewestDebriefWords = 10;
// A discussion question is a real question, not a word or two.
constexpr std::size_t kFewestPromptWords = 4;

// Runs of letters and digits. Any character beyond ASCII counts as a letter
// except the common spaces and punctuation (no-break space, Latin-1 signs,
// ellipsis and dashes, ideographic punctuation and space), so every script
// has words and no blank or dotted text does.
std::size_t word_count(const std::string& text) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        length = std::min(length, text.size() - i);
        unsigned code = lead < 0x80 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        const bool letter = code < 0x80 ? std::isalnum(static_cast<int>(code)) != 0
                                        : !(code <= 0xBF || (code >= 0x2000 && code <= 0x206F) ||
                                            (code >= 0x3000 && code <= 0x303F) || code == 0xFEFF);
        if (letter && !in_word) ++words;
        in_word = letter;
        i += length;
    }
    return words;
}

// Words that name a warning sign or the crime. On a reply button they give
// the answer away ("Guilt-tripping is a red flag. Stop and block"): a reply
// says what a person would say or do, and the feedback teaches why.
constexpr const char* kSignWords[] = {"red flag", "warning sign", "too many signs", "scam", "manipulat",
                                      "guilt-trip", "guilt trip", "catfish", "grooming"};

std::string lower_ascii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Mock apps are exempt: a report form's reasons ("Fake profile used for a
// scam") are the app's own words, not the player's reply.
void check_replies_name_no_sign(const Scenario& scenario, Diagnostics& diagnostics) {
    for (const auto& node : scenario.nodes) {
        if (is_app_screen(node.screen)) continue;
        for (const auto& choice : node.choices) {
            const std::string text = lower_ascii(choice.text);
            for (const char* word : kSignWords) {
                if (text.find(word) == std::string::npos) continue;
                diagnostics.error(choice.text_where, "the reply '" + choice.text + "' of choice '" + choice.id +
                                                         "' names the sign for the player (\"" + word +
                                                         "\"); write what a person would say or do, and "
                                                         "keep the teaching in its feedback");
                break;
            }
        }
    }
}

// The facilitator's guide prints each stage of the story with the scenario's
// own questions for the class, so every stage the story goes through needs
// one (continuations are about someone else and are discussed from the debrief).
void check_discussion_prompts(const Scenario& scenario, Diagnostics& diagnostics) {
    std::vector<Stage> prompted;
    for (const auto& node : scenario.nodes) {
        if (!node.discuss.empty() && word_count(node.discuss) < kFewestPromptWords)
            diagnostics.error(node.discuss_where, "the 'discuss:' question of node '" + node.id +
                                                      "' is too short; ask the class something about this moment "
                                                      "of the story");
        if (!node.continuation && !node.discuss.empty()) prompted.push_back(node.stage);
    }
    for (const Node* first : stage_openings(scenario))
        if (std::find(prompted.begin(), prompted.end(), first->stage) == prompted.end())
            diagnostics.error(first->where, std::string("the story's '") + to_string(first->stage) +
                                                "' stage has no discussion question; add 'discuss:' to one of "
                                                "its nodes (e.g. '" + first->id +
                                                "'): the facilitator's guide prints it for the class");
}

// Where a class decides together, its choices are about a character and never
// about undressing: a reply into the cut that implies the act is marked
// `in_class: false`, and the class is never offered it. Every node still
// offers the class something.
void check_class_choices(const Scenario& scenario, Diagnostics& diagnostics) {
    for (const auto& node : scenario.nodes) {
        if (node.choices.empty()) continue;
        bool any_for_class = false;
        for (const auto& choice : node.choices) {
            any_for_class = any_for_class || choice.in_class;
            if (choice.target >= scenario.nodes.size()) continue;
            const Node& next = scenario.nodes[choice.target];
            if (choice.in_class && next.screen == Screen::Cut && next.stage == Stage::Ask && !next.continuation)
                diagnostics.error(choice.where, "choice '" + choice.id + "' gives in to the ask (it goes to the cut '" +
                                                    next.id + "'); mark it 'in_class: false' so a class voting "
                                                    "together is never offered it");
        }
        if (!any_for_class)
            diagnostics.error(node.where, "node '" + node.id + "' offers a class nothing: every choice is "
                                          "'in_class: false'; give it a reply a class can choose");
    }
}

}  // namespace

void check_content_rules(const Scenario& scenario, Diagnostics& diagnostics) {
    if (scenario.audience.empty())
        diagnostics.error(scenario.where, "the scenario declares no 'audience:'; list its tracks (" +
                                              track_names() + ") so facilitators can find it");
    if (!scenario.min_age_declared)
        diagnostics.error(scenario.where, "the scenario declares no 'min_age:'; state the youngest age it suits "
                                          "(11 or more)");
    for (const auto& node : scenario.nodes) {
        if (!node.is_ending()) continue;
        const std::string& debrief = node.ending->debrief;
        if (debrief.size() < kShortestDebrief || word_count(debrief) < kFewestDebriefWords)
            diagnostics.error(node.where, "the debrief of ending '" + node.id +
                                              "' is too short to help; say kindly what happened, why it matters "
                                              "and what to do next (" + std::to_string(kShortestDebrief) +
                                              " characters, " + std::to_string(kFewestDebriefWords) +
                                              " words or more)");
    }
    check_replies_name_no_sign(scenario, diagnostics);
    check_early_endings(scenario, diagnostics);
    check_discussion_prompts(scenario, diagnostics);
    check_class_choices(scenario, diagnostics);
}

void check_signposting(const SupportLoad& support, const std::string& path, Diagnostics& diagnostics) {
    for (const auto& diagnostic : support.diagnostics.all()) diagnostics.error(diagnostic.where, diagnostic.message);
    bool reachable = false;
    for (const auto& contact : support.info.contacts)
        reachable = reachable || !contact.phone.empty() || !contact.web.empty() || !contact.text.empty();
    if (!reachable)
        diagnostics.error({path, 1, 1}, "the support file lists no service with a phone, web or text contact; "
                                        "every ending signposts help from it, so add at least one");
}

}  // namespace secondlook
