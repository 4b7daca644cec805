#include "node_reader.h"

#include <algorithm>


#include "load_helpers.h"
#include "objectives.h"
#include "utf8.h"

namespace secondlook {
namespace {

const std::vector<std::pair<const char*, Screen>> kScreens = {
    {"chat", Screen::Chat},         {"friend-request", Screen::FriendRequest},
    {"video-call", Screen::VideoCall}, {"call", Screen::Call},
    {"blackmail", Screen::Blackmail}, {"cut", Screen::Cut},
    {"account-settings", Screen::AccountSettings}, {"report-form", Screen::ReportForm},
    {"money-transfer", Screen::MoneyTransfer}, {"block", Screen::Block},
    {"tell-someone", Screen::TellSomeone}, {"call-police", Screen::CallPolice},
};
const std::vector<std::pair<const char*, Stage>> kStages = {
    {"research", Stage::Research}, {"contact", Stage::Contact},
    {"build-up", Stage::BuildUp},   {"platform-move", Stage::PlatformMove},
    {"ask", Stage::Ask},           {"turn", Stage::Turn},
    {"aftermath", Stage::Aftermath},
};
const std::vector<std::pair<const char*, MessageKind>> kMessageKinds = {
    {"text", MessageKind::Text},
    {"link", MessageKind::Link},
    {"notice", MessageKind::Notice},
    {"missed-call", MessageKind::MissedCall},
    {"picture", MessageKind::Picture},
};
const std::vector<std::pair<const char*, Tone>> kTones = {
    {"neutral", Tone::Neutral}, {"good", Tone::Good}, {"caution", Tone::Caution}};
const std::vector<std::pair<const char*, Outcome>> kOutcomes = {
    {"safe", Outcome::Safe}, {"mixed", Outcome::Mixed}, {"hard", Outcome::Hard}};
const std::vector<std::pair<const char*, Look>> kLooks = {
    {"plain", Look::Plain}, {"danger", Look::Danger}, {"good", Look::Good}, {"caution", Look::Caution}};
const std::vector<std::pair<const char*, Reported>> kReported = {
    {"account", Reported::Account}, {"video", Reported::Video}};
const std::vector<std::pair<const char*, RequestKind>> kRequestKinds = {
    {"friend", RequestKind::Friend}, {"follow", RequestKind::Follow}, {"message", RequestKind::Message}};

// A key only some screens draw: anywhere else it would be silently unused,
// so say so. `screens` names them for the message.
void check_drawn_on(YamlMap& map, const std::string& key, const Node& node, bool drawn, const char* screens) {
    if (map.has(key) && !drawn)
        map.diagnostics().error(map.where_of(key), "'" + key + "' is only drawn on " + screens + " screens, and node '" +
                                                       node.id + "' is a '" + to_string(node.screen) +
                                                       "' screen; remove it or change the node's screen");
}

template <typename Item, typename ReadOne>
std::vector<Item> read_list(YamlMap& owner, const std::string& key, ReadOne read_one) {
    std::vector<Item> items;
    auto list = owner.take(key);
    if (!list) return items;
    if (!list->is_sequence()) {
        owner.diagnostics().error(owner.where_of(key),
                                  "'" + key + "' should be a list (each item starting with '- ')");
        return items;
    }
    items.reserve(list->items().size());
    for (const YamlNode* entry : list->items()) items.push_back(read_one(*entry));
    return items;
}

Message read_message(const YamlNode& yaml, const Node& node, std::size_t number,
                     const std::string& file, Diagnostics& diagnostics) {
    YamlMap map(yaml, "a message of node '" + node.id + "'", file, diagnostics);
    Message message;
    message.where = map.where();
    message.id = map.optional_string("id", node.id + "." + std::to_string(number));
    if (map.has("id")) check_id(map, "id", message.id);
    message.from = map.required_string("from");
    message.kind = read_choice_of(map, "kind", kMessageKinds, MessageKind::Text);
    if (message.kind == MessageKind::Picture) {
        // The card only says a picture was sent: a scenario never describes one.
        if (map.has("text"))
            diagnostics.error(map.where_of("text"), "a 'picture' message has no text: its card only says that a picture "
                                                    "was sent, and never shows or describes it; remove 'text' (say what "
                                                    "matters in a notice after it)");
        map.take("text");
        message.text = picture_card_text(message.from);
    } else {
        message.text = map.required_string("text");
    }
    if (auto delay = map.optional_number("delay")) {
        if (*delay < 0 || *delay > 60)
            diagnostics.error(map.where_of("delay"), "delay should be between 0 and 60 seconds");
        else
            message.delay_seconds = *delay;
    }
    if (auto minutes = read_parsed(map, "time", parse_clock, "\"HH:MM\", e.g. \"21:05\""))
        message.clock_minutes = *minutes;
    message.sign = read_sign(map, "message '" + message.id + "'");
    map.reject_unknown({"id", "from", "text", "kind", "delay", "time", "sign"});
    return message;
}

void read_effects(YamlMap& map, const std::string& key, Effect::Op op, Choice& choice) {
    auto effects = map.take(key);
    if (!effects) return;
    if (!effects->is_map()) {
        map.diagnostics().error(map.where_of(key),
                                "'" + key + "' should map variable names to values, e.g. { paid: true }");
        return;
    }
    for (const auto [name, value] : effects->entries()) {
        Effect effect;
        effect.op = op;
        effect.variable = std::string(name.text());
        if (auto number = yaml_int(value)) {
            effect.value = *number;
        } else if (auto flag = op == Effect::Op::Set ? yaml_bool(value) : std::nullopt) {
            effect.value = *flag ? 1 : 0;
        } else {
            map.diagnostics().error(location_of(value, map.file()),
                                    "value of '" + effect.variable + "' should be " +
                                        (op == Effect::Op::Set ? "true, false or a whole number"
                                                               : "a whole number"));
            continue;
        }
        choice.effects.push_back(effect);
    }
}

// `against:` names the objectives a reply goes against (paying goes against
// RESP-2 "Don't pay"): a play that took it cannot meet them, whatever else it
// scored for them.
void read_against(YamlMap& map, Choice& choice) {
    if (!map.has("against")) return;
    const SourceLocation where = map.where_of("against");
    for (auto& objective : map.string_list("against", false)) {
        if (!find_objective(objective))
            map.diagnostics().error(where, [&] {
                std::vector<std::string> known;
                for (const auto& o : objective_catalogue()) known.push_back(o.id);
                return "'against' names unknown learning objective '" + objective + "'; known objectives: " +
                       hint_list(objective, known, 14);
            });
        else if (std::any_of(choice.score.begin(), choice.score.end(),
                             [&](const ScoreAward& award) { return award.objective == objective; }))
            map.diagnostics().error(where, "choice '" + choice.id + "' both scores " + objective +
                                               " and goes against it; keep one");
        else
            choice.against.push_back(std::move(objective));
    }
}

Choice read_choice(const YamlNode& yaml, const Node& node, const std::string& file,
                   Diagnostics& diagnostics) {
    YamlMap map(yaml, "a choice of node '" + node.id + "'", file, diagnostics);
    Choice choice;
    choice.where = map.where();
    choice.id = map.required_string("id");
    check_id(map, "id", choice.id);
    choice.text = map.required_string("text");
    choice.text_where = map.where_of("text");
    choice.say = map.optional_string("say");
    choice.detail = map.optional_string("detail");
    choice.panic = map.optional_bool("panic").value_or(false);
    choice.in_class = map.optional_bool("in_class").value_or(true);
    choice.feedback = map.optional_string("feedback");  // the validator insists on it
    choice.tone = read_choice_of(map, "tone", kTones, Tone::Neutral);
    check_drawn_on(map, "look", node, is_app_screen(node.screen), "mock app");
    choice.look = read_choice_of(map, "look", kLooks, Look::Plain);
    check_drawn_on(map, "initials", node, node.screen == Screen::TellSomeone, "tell-someone");
    choice.initials = map.optional_string("initials");
    if (map.has("initials") && (choice.initials.empty() || character_count(choice.initials) > 3))
        diagnostics.error(map.where_of("initials"), "'initials' should be one to three letters, e.g. P or MO");
    read_awards(map, "score", choice.score);
    read_against(map, choice);
    read_effects(map, "set", Effect::Op::Set, choice);
    read_effects(map, "add", Effect::Op::Add, choice);
    choice.condition = read_condition(map);
    choice.target_id = map.required_string("goto");
    choice.target_where = map.where_of("goto");
    map.reject_unknown({"id", "text", "say", "detail", "feedback", "tone", "look", "initials", "panic", "score",
                        "against", "set", "add", "if", "goto", "in_class"});
    return choice;
}

Branch read_branch(const YamlNode& yaml, const Node& node, const std::string& file,
                   Diagnostics& diagnostics) {
    YamlMap map(yaml, "a branch of node '" + node.id + "'", file, diagnostics);
    Branch branch;
    branch.where = map.where();
    branch.condition = read_condition(map);
    branch.target_id = map.required_string("goto");
    branch.where = map.where_of("goto");
    map.reject_unknown({"if", "goto"});
    return branch;
}

// `continue: { goto, character, intro }` on an ending.
std::optional<Continuation> read_continuation(YamlMap& ending_map, const std::string& node_id) {
    auto yaml = ending_map.take("continue");
    if (!yaml) return std::nullopt;
    YamlMap map(*yaml, "the continuation of ending '" + node_id + "'", ending_map.file(), ending_map.diagnostics());
    Continuation continuation;
    continuation.where = map.where();
    if (!map.is_map()) return std::nullopt;  // YamlMap has said what it should be
    continuation.target_id = map.required_string("goto");
    continuation.target_where = map.where_of("goto");
    continuation.character = map.required_string("character");
    continuation.character_where = map.where_of("character");
    continuation.intro = map.required_string("intro");
    map.reject_unknown({"goto", "character", "intro"});
    return continuation;
}

std::optional<Ending> read_ending(YamlMap& node_map, const std::string& node_id,
                                  Diagnostics& diagnostics) {
    auto yaml = node_map.take("ending");
    if (!yaml) return std::nullopt;
    YamlMap map(*yaml, "the ending of node '" + node_id + "'", node_map.file(), diagnostics);
    Ending ending;
    ending.title = map.required_string("title");
    ending.outcome = read_choice_of(map, "outcome", kOutcomes, Outcome::Mixed);
    ending.debrief = map.required_string("debrief");
    ending.early = map.optional_bool("early").value_or(false);
    ending.early_where = map.where_of("early");
    ending.continuation = read_continuation(map, node_id);
    map.reject_unknown({"title", "outcome", "debrief", "early", "continue"});
    return ending;
}

std::optional<AppFrame> read_app(YamlMap& node_map, const Node& node) {
    auto yaml = node_map.take("app");
    if (!yaml) return std::nullopt;
    YamlMap map(*yaml, "the app of node '" + node.id + "'", node_map.file(), node_map.diagnostics());
    AppFrame app;
    app.name = map.required_string("name");
    app.title = map.optional_string("title");
    if (auto rgb = read_parsed(map, "colour", parse_colour, "a colour like \"#3b5bdb\"")) app.colour_rgb = *rgb;
    check_drawn_on(map, "section", node, node.screen == Screen::AccountSettings, "account-settings");
    app.section = map.optional_string("section");
    map.reject_unknown({"name", "title", "colour", "section"});
    return app;
}

std::optional<Receipt> read_receipt(YamlMap& node_map, const std::string& node_id) {
    auto yaml = node_map.take("receipt");
    if (!yaml) return std::nullopt;
    YamlMap map(*yaml, "the receipt of node '" + node_id + "'", node_map.file(), node_map.diagnostics());
    Receipt receipt;
    receipt.service = map.required_string("service");
    receipt.mtcn = map.required_string("mtcn");
    receipt.amount = map.required_string("amount");
    receipt.to = map.optional_string("to");
    receipt.sent = map.optional_string("sent");
    receipt.status = map.optional_string("status");
    receipt.status_look = read_choice_of(map, "status_look", kLooks, Look::Plain);
    map.reject_unknown({"service", "mtcn", "amount", "to", "sent", "status", "status_look"});
    return receipt;
}

Demand read_demand(const YamlNode& yaml, const Node& node, std::size_t number, Diagnostics& diagnostics,
                   const std::string& file) {
    YamlMap map(yaml, "a demand of node '" + node.id + "'", file, diagnostics);
    Demand demand;
    demand.at_seconds = map.optional_number("at").value_or(0);
    if (!map.has("at")) diagnostics.error(map.where(), "a demand needs 'at:', the seconds into the countdown");
    demand.message.id = node.id + ".demand-" + std::to_string(number);
    demand.message.where = map.where();
    demand.message.from = map.optional_string("from", node.contact);
    demand.message.text = map.required_string("text");
    demand.message.delay_seconds = 0;  // the countdown decides when it arrives
    demand.message.sign = read_sign(map, "a demand of node '" + node.id + "'");
    demand.amount = map.optional_string("amount");
    demand.stress = map.optional_int("stress").value_or(10);
    map.reject_unknown({"at", "from", "text", "amount", "stress", "sign"});
    return demand;
}

std::optional<Countdown> read_countdown(YamlMap& node_map, const Node& node, Diagnostics& diagnostics) {
    auto yaml = node_map.take("countdown");
    if (!yaml) return std::nullopt;
    YamlMap map(*yaml, "the countdown of node '" + node.id + "'", node_map.file(), diagnostics);
    Countdown countdown;
    countdown.seconds = map.optional_number("seconds").value_or(0);
    if (countdown.seconds < 10 || countdown.seconds > 3600)
        diagnostics.error(map.where_of("seconds"), "a countdown needs 'seconds:' from 10 to 3600");
    countdown.amount = map.optional_string("amount");
    std::size_t number = 0;
    countdown.demands = read_list<Demand>(map, "demands", [&](const YamlNode& entry) {
        Demand demand = read_demand(entry, node, ++number, diagnostics, map.file());
        if (demand.at_seconds < 0 || demand.at_seconds > countdown.seconds)
            diagnostics.error(demand.message.where, "a demand's 'at' should be within the countdown's " +
                                                        std::to_string(static_cast<int>(countdown.seconds)) +
                                                        " seconds");
        return demand;
    });
    map.reject_unknown({"seconds", "amount", "demands"});
    return countdown;
}

// `flags: on|off` after the screen and countdown are known, since they
// decide the default (the validator refuses a sign where no Flag is drawn).
void read_flags_switch(YamlMap& map, Node& node) {
    check_drawn_on(map, "flags", node, can_show_flags(node.screen), "chat, friend-request, call and blackmail");
    node.flags = map.optional_bool("flags").value_or(flags_by_default(node.screen, node.countdown.has_value()));
}

}  // namespace

Node read_node(const YamlNode& yaml, const std::string& file, Diagnostics& diagnostics) {
    Node node;
    YamlMap map(yaml, "a node", file, diagnostics);
    node.where = map.where();
    if (!map.is_map()) return node;
    node.id = map.required_string("id");
    check_id(map, "id", node.id);
    node.screen = read_choice_of(map, "screen", kScreens, Screen::Chat);
    node.contact = map.optional_string("contact");
    node.stage = read_choice_of(map, "stage", kStages, Stage::None);

    std::size_t number = 0;
    node.messages = read_list<Message>(map, "messages", [&](const YamlNode& entry) {
        return read_message(entry, node, ++number, file, diagnostics);
    });
    node.choices = read_list<Choice>(map, "choices", [&](const YamlNode& entry) {
        return read_choice(entry, node, file, diagnostics);
    });
    node.branches = read_list<Branch>(map, "branches", [&](const YamlNode& entry) {
        return read_branch(entry, node, file, diagnostics);
    });
    if (map.has("next")) {
        Branch next;
        next.target_id = map.optional_string("next");
        next.where = map.where_of("next");
        node.branches.push_back(next);
    } else {
        map.take("next");
    }
    node.ending = read_ending(map, node.id, diagnostics);
    node.app = read_app(map, node);
    node.receipt = read_receipt(map, node.id);
    node.countdown = read_countdown(map, node, diagnostics);
    check_drawn_on(map, "reports", node, node.screen == Screen::ReportForm, "report-form");
    node.reports = read_choice_of(map, "reports", kReported, Reported::Account);
    check_drawn_on(map, "request", node, node.screen == Screen::FriendRequest, "friend-request");
    node.request = read_choice_of(map, "request", kRequestKinds, RequestKind::Friend);
    node.continuation = map.optional_bool("continuation").value_or(false);
    node.discuss_where = map.where_of("discuss");
    node.discuss = map.optional_string("discuss");
    node.stress = map.optional_int("stress").value_or(0);
    if (node.stress < -100 || node.stress > 100)
        diagnostics.error(map.where_of("stress"), "'stress' should be from -100 to 100");
    read_flags_switch(map, node);

    int ways_on = (map.has("choices") ? 1 : 0) + (map.has("branches") ? 1 : 0) +
                  (node.ending ? 1 : 0);
    bool next_only_as_fallback = map.has("next") && map.has("choices");
    if (map.has("next") && !next_only_as_fallback) ++ways_on;
    if (ways_on > 1)
        diagnostics.error(node.where, "node '" + node.id +
                                          "' has more than one way on; use only one of "
                                          "'choices', 'branches', 'next' or 'ending' "
                                          "('next' may back up conditional choices)");
    map.reject_unknown({"id", "screen", "contact", "stage", "messages", "choices", "branches",
                        "next", "ending", "app", "receipt", "countdown", "reports", "request", "stress", "flags",
                        "continuation", "discuss"});
    return node;
}

}  // namespace secondlook
