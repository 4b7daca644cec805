#include "core/scenario_lines.h"

namespace secondlook {
namespace {

class LineList {
public:
    explicit LineList(std::vector<ScenarioLine>& lines) : lines_(lines) {}
    void add(std::string id, std::string what, const std::string& text, const SourceLocation& where) {
        if (!text.empty()) lines_.push_back({std::move(id), std::move(what), text, where});
    }

private:
    std::vector<ScenarioLine>& lines_;
};

void add_message(LineList& lines, const Scenario& scenario, const Message& message, const std::string& prefix) {
    const std::string speaker = speaker_name(scenario, message.from);
    // A picture's card is the program's own words (the string table's), not the scenario's.
    if (message.kind != MessageKind::Picture)
        lines.add(prefix + message.id, speaker.empty() ? "notice" : "message from " + speaker, message.text, message.where);
    if (message.sign)
        lines.add(prefix + message.id + ".why", "why this message is a warning sign", message.sign->why, message.where);
}

void add_cast(LineList& lines, const CastMember& member) {
    const std::string prefix = "cast." + member.id;
    lines.add(prefix + ".name", "display name", member.name, member.where);
    lines.add(prefix + ".about", "profile: about", member.about, member.where);
    for (const auto& field : member.profile) {
        lines.add(prefix + ".profile." + field.id + ".label", "profile detail: label", field.label, member.where);
        lines.add(prefix + ".profile." + field.id + ".value", "profile detail: " + field.label, field.value, member.where);
        if (field.sign)
            lines.add(prefix + ".profile." + field.id + ".why", "why this detail is a warning sign", field.sign->why,
                      member.where);
    }
}

void add_node(LineList& lines, const Scenario& scenario, const Node& node) {
    for (const auto& message : node.messages) add_message(lines, scenario, message, "message.");
    if (node.app) {
        lines.add("node." + node.id + ".app-title", "mock app page title", node.app->title, node.where);
        lines.add("node." + node.id + ".app-section", "settings page: heading over its rows", node.app->section,
                  node.where);
    }
    lines.add("node." + node.id + ".discuss", "a question for the class about this moment (facilitator's guide)",
              node.discuss, node.discuss_where);
    if (node.receipt) lines.add("node." + node.id + ".receipt-status", "money transfer status", node.receipt->status, node.where);
    if (node.countdown)
        for (const auto& demand : node.countdown->demands) add_message(lines, scenario, demand.message, "message.");
    for (const auto& choice : node.choices) {
        const std::string prefix = "choice." + choice.id;
        lines.add(prefix + ".text", "reply button", choice.text, choice.where);
        lines.add(prefix + ".say", "what the player says", choice.say, choice.where);
        lines.add(prefix + ".detail", "line under an app button", choice.detail, choice.where);
        lines.add(prefix + ".initials", "letters on a contact's picture (1 to 3)", choice.initials, choice.where);
        lines.add(prefix + ".feedback", "feedback after this reply", choice.feedback, choice.where);
    }
    if (node.ending) {
        lines.add("ending." + node.id + ".title", "ending title", node.ending->title, node.where);
        lines.add("ending." + node.id + ".debrief", "debrief at this ending", node.ending->debrief, node.where);
        if (const Continuation* continuation = node.continues())
            lines.add("ending." + node.id + ".continue-intro",
                      "above the button \"See what could have happened\": who said yes, and what comes next",
                      continuation->intro, continuation->where);
    }
}

}  // namespace

std::vector<ScenarioLine> scenario_lines(const Scenario& scenario) {
    std::vector<ScenarioLine> result;
    LineList lines(result);
    lines.add("title", "scenario title", scenario.title, scenario.where);
    lines.add("summary", "scenario summary on the list", scenario.summary, scenario.where);
    lines.add("content-note", "content note before play", scenario.content_note, scenario.where);
    for (const auto& member : scenario.cast) add_cast(lines, member);
    for (const auto& node : scenario.nodes) add_node(lines, scenario, node);
    for (const auto& item : scenario.evidence) {
        lines.add("evidence." + item.id + ".label", "evidence locker item", item.label, item.where);
        lines.add("evidence." + item.id + ".hint", "how to get this evidence", item.hint, item.where);
    }
    lines.add("calm-feedback", "after a calming breath", scenario.calm_feedback, scenario.where);
    lines.add("harmless-flag-feedback", "after flagging an ordinary detail", scenario.harmless_flag_feedback,
              scenario.where);
    return result;
}

}  // namespace secondlook
