#include "cli/facilitator_guide.h"

#include <algorithm>
#include <ostream>
#include <set>

#include "app/ui_text.h"
#include "cli/html_report.h"
#include "core/objectives.h"

namespace secondlook {
namespace {

// Minutes to discuss and debrief one scenario, as the timing line promises.
constexpr int kDiscussMinutes = 10;
constexpr int kSetUpAndCloseMinutes = 10;

// A4 pages: the letter and the handout each start a page of their own, so
// they can be printed and handed out separately.
const char* const kStyle = R"(
body { font-family: "Open Sans", Arial, sans-serif; color: #1b2430; max-width: 46em; margin: 2em auto; line-height: 1.45; }
h1 { font-size: 1.9em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #1459b8; padding-bottom: 0.15em; margin-top: 1.6em; }
h3 { margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.5em; border-bottom: 1px solid #d5dbe3; }
.lead { font-size: 1.1em; }
.note { background: #eef3fb; padding: 0.6em 0.9em; border-left: 4px solid #1459b8; }
.stage { color: #3c4a5c; }
.ending { margin-bottom: 0.8em; }
.letter p { margin: 0 0 0.9em; }
@page { size: A4; margin: 18mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .page { break-before: page; }
  h2, h3 { break-after: avoid; }
  .ending, tr { break-inside: avoid; }
  /* The handout is one page to copy: smaller type, tighter rows. */
  #handout { font-size: 9.5pt; line-height: 1.3; }
  #handout h2 { margin-top: 0; }
  #handout th, #handout td { padding: 0.2em 0.4em; }
}
)";

std::string h(const std::string& text) { return html_escaped(text); }

std::string titles(const std::vector<const Scenario*>& scenarios) {
    std::string list;
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        list += (i == 0 ? "" : i + 1 == scenarios.size() ? " and " : ", ") + scenarios[i]->title;
    return list;
}

std::string audience_of(const Scenario& scenario) {
    std::string names;
    for (const auto& track : scenario.audience)
        names += (names.empty() ? "" : ", ") + ui_text(std::string("track.") + track);
    return ui_text("guide.age", {{"audience", names}, {"age", std::to_string(scenario.min_age)}});
}

std::string minutes_of(const Scenario& scenario) {
    return scenario.minutes > 0 ? ui_text("guide.minutes", {{"minutes", std::to_string(scenario.minutes)}})
                                : ui_text("guide.minutes-unknown");
}

void list(const std::vector<std::string>& items, const char* tag, std::ostream& out) {
    out << '<' << tag << ">\n";
    for (const auto& item : items) out << "<li>" << h(item) << "</li>\n";
    out << "</" << tag << ">\n";
}

void contact_rows(const std::vector<SupportContact>& contacts, std::ostream& out) {
    out << "<table>\n";
    for (const auto& contact : contacts) {
        std::string ways;
        for (const std::string* way : {&contact.phone, &contact.web, &contact.text})
            if (!way->empty()) ways += (ways.empty() ? "" : "<br>") + h(*way);
        out << "<tr><th>" << h(contact.name) << "</th><td>" << h(contact.what) << "</td><td>" << ways
            << "</td></tr>\n";
    }
    out << "</table>\n";
}

void overview(const std::vector<const Scenario*>& scenarios, const GuideText& guide, std::ostream& out) {
    out << "<section id=\"overview\">\n<h1>" << h(ui_text("guide.title")) << "</h1>\n<p class=\"lead\">"
        << h(ui_text("guide.for", {{"setting", guide.setting}, {"scenarios", titles(scenarios)}})) << "</p>\n";
    out << "<h2>" << h(ui_text("guide.session")) << "</h2>\n<table>\n<tr><th>" << h(ui_text("guide.scenario"))
        << "</th><th>" << h(ui_text("guide.audience")) << "</th><th>" << h(ui_text("guide.play")) << "</th><th>"
        << h(ui_text("guide.teaches")) << "</th></tr>\n";
    int play = 0;
    for (const Scenario* scenario : scenarios) {
        play += scenario->minutes;
        std::string objectives;
        for (const auto& id : scenario->objectives) objectives += (objectives.empty() ? "" : ", ") + id;
        out << "<tr><td><a href=\"#scenario-" << h(scenario->id) << "\">" << h(scenario->title) << "</a></td><td>"
            << h(audience_of(*scenario)) << "</td><td>" << h(minutes_of(*scenario)) << "</td><td>" << h(objectives)
            << "</td></tr>\n";
    }
    const int total = play + kDiscussMinutes * static_cast<int>(scenarios.size()) + kSetUpAndCloseMinutes;
    out << "</table>\n<p>"
        << h(ui_text("guide.timing", {{"total", std::to_string(total)},
                                      {"play", std::to_string(play)},
                                      {"discuss", std::to_string(kDiscussMinutes)}}))
        << "</p>\n";
    // The objectives in teaching order, each once, whichever scenario teaches it.
    std::set<std::string> taught;
    for (const Scenario* scenario : scenarios) taught.insert(scenario->objectives.begin(), scenario->objectives.end());
    out << "<h2>" << h(ui_text("guide.objectives")) << "</h2>\n<ul>\n";
    for (const auto& objective : objective_catalogue())
        if (taught.count(objective.id))
            out << "<li><strong>" << h(objective.id) << "</strong> " << h(objective.title) << "</li>\n";
    out << "</ul>\n";
    out << "<h2>" << h(ui_text("guide.content-note")) << "</h2>\n<p>" << h(ui_text("guide.content-note-read"))
        << "</p>\n<div class=\"note\"><p>" << h(ui_text("note.covers")) << ' ' << h(ui_text("note.nothing-shown"))
        << "</p><p>" << h(ui_text("note.stop")) << "</p><p>" << h(ui_text("note.no-blame")) << "</p></div>\n";
    out << "</section>\n";
}

void before_the_session(const GuideText& guide, std::ostream& out) {
    out << "<section id=\"before\">\n<h2>" << h(ui_text("guide.before")) << "</h2>\n<h3>"
        << h(ui_text("guide.ground-rules")) << "</h3>\n";
    list(guide.ground_rules, "ul", out);
    out << "<h3>" << h(ui_text("guide.distancing")) << "</h3>\n<p>" << h(guide.distancing) << "</p>\n<h3>"
        << h(ui_text("guide.opting-out")) << "</h3>\n<p>" << h(guide.opting_out) << "</p>\n</section>\n";
    out << "<section id=\"disclosure\">\n<h2>" << h(ui_text("guide.disclosure")) << "</h2>\n";
    list(guide.disclosure, "ol", out);
    out << "<h3>" << h(ui_text("guide.local-contacts")) << "</h3>\n";
    contact_rows(guide.local_contacts, out);
    out << "</section>\n";
}

// Each stage the story goes through, in the order it first appears, with
// the scenario's own questions for it (lint makes sure there is one).
void discussion(const Scenario& scenario, std::ostream& out) {
    out << "<h3>" << h(ui_text("guide.discussion")) << "</h3>\n";
    for (const Node* opening : stage_openings(scenario)) {
        const Stage stage = opening->stage;
        out << "<p class=\"stage\"><strong>" << h(ui_text(std::string("stage.") + to_string(stage)))
            << "</strong></p>\n<ul>\n";
        for (const auto& node : scenario.nodes)
            if (!node.continuation && node.stage == stage && !node.discuss.empty())
                out << "<li>" << h(node.discuss) << "</li>\n";
        out << "</ul>\n";
    }
}

const std::string& outcome_label(Outcome outcome) {
    switch (outcome) {
        case Outcome::Safe: return ui_text("guide.outcome.safe");
        case Outcome::Mixed: return ui_text("guide.outcome.mixed");
        case Outcome::Hard: break;
    }
    return ui_text("guide.outcome.hard");
}

void debrief_points(const Scenario& scenario, std::ostream& out) {
    out << "<h3>" << h(ui_text("guide.debrief")) << "</h3>\n";
    for (const auto& node : scenario.nodes) {
        if (!node.is_ending() || node.continuation) continue;
        out << "<div class=\"ending\"><strong>" << h(node.ending->title) << "</strong> ("
            << h(outcome_label(node.ending->outcome)) << ")<br>"
            << h(node.ending->debrief) << "</div>\n";
    }
}

void scenario_section(const Scenario& scenario, std::ostream& out) {
    out << "<section class=\"scenario page\" id=\"scenario-" << h(scenario.id) << "\">\n<h2>" << h(scenario.title)
        << "</h2>\n<p class=\"lead\">" << h(scenario.summary) << "</p>\n<p>" << h(audience_of(scenario)) << ". "
        << h(minutes_of(scenario)) << ".</p>\n";
    if (!scenario.content_note.empty())
        out << "<p class=\"note\">" << h(scenario.content_note) << "</p>\n";
    discussion(scenario, out);
    debrief_points(scenario, out);
    out << "</section>\n";
}

void parents_letter(const std::vector<const Scenario*>& scenarios, const GuideText& guide, std::ostream& out) {
    const std::string letter =
        with_placeholders(guide.parents_letter, {{"setting", guide.setting}, {"scenarios", titles(scenarios)}});
    out << "<section class=\"page letter\" id=\"letter\">\n<h2>" << h(ui_text("guide.letter")) << "</h2>\n";
    std::size_t start = 0;
    while (start <= letter.size()) {
        const std::size_t stop = std::min(letter.find('\n', start), letter.size());
        if (stop > start) out << "<p>" << h(letter.substr(start, stop - start)) << "</p>\n";
        start = stop + 1;
    }
    out << "</section>\n";
}

void handout(const GuideText& guide, const SupportInfo& support, std::ostream& out) {
    out << "<section class=\"page\" id=\"handout\">\n<h2>" << h(guide.handout_title) << "</h2>\n";
    list(guide.handout_steps, "ol", out);
    out << "<h3>" << h(ui_text("guide.help")) << "</h3>\n<p><strong>" << h(support.crisis) << "</strong></p>\n";
    contact_rows(support.contacts, out);
    out << "</section>\n";
}

// A guide only for the parents track is for a session with parents and
// carers themselves: a letter telling them about it would be addressed to
// the people in the room.
bool only_for_parents(const std::vector<const Scenario*>& scenarios) {
    for (const Scenario* scenario : scenarios)
        for (const auto& track : scenario->audience)
            if (track != "parents") return false;
    return !scenarios.empty();
}

}  // namespace

void write_facilitator_guide(const std::vector<const Scenario*>& scenarios, const GuideText& guide,
                             const SupportInfo& support, std::ostream& out) {
    out << "<!DOCTYPE html>\n<html lang=\"" << h(guide.region) << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        << h(ui_text("guide.title")) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
    overview(scenarios, guide, out);
    before_the_session(guide, out);
    for (const Scenario* scenario : scenarios) scenario_section(*scenario, out);
    if (!only_for_parents(scenarios)) parents_letter(scenarios, guide, out);
    handout(guide, support, out);
    out << "</body>\n</html>\n";
}

}  // namespace secondlook
