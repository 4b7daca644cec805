#include "cli/html_report.h"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <cstdio>

#include "cli/learning_gain_html.h"
#include "core/objectives.h"
#include "records/learning_gain.h"

namespace secondlook {
namespace {

std::string escaped(const std::string& text) {
    std::string html;
    for (char c : text) {
        switch (c) {
            case '&': html += "&amp;"; break;
            case '<': html += "&lt;"; break;
            case '>': html += "&gt;"; break;
            case '"': html += "&quot;"; break;
            default: html += c;
        }
    }
    return html;
}

struct Bar {
    std::string label;
    double value = 0;     // what the bar's length shows
    std::string caption;  // written at its end
};

// A horizontal bar chart as inline SVG; `scale` is the value of a full bar.
void bar_chart(const std::vector<Bar>& bars, double scale, std::ostream& out) {
    const int row = 34, label_w = 330, bar_w = 380;
    constexpr std::size_t kLabelChars = 40;  // of 14 px text in label_w
    std::string rows;
    int y = 4;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double share = scale > 0 ? std::min(bars[i].value / scale, 1.0) : 0;
        int lines = 1;
        const std::string label = svg_label(bars[i].label, 0, y + 20, kLabelChars, &lines);
        std::ostringstream row_svg;
        row_svg << label << "<rect x=\"" << label_w << "\" y=\"" << y + 4 << "\" width=\"" << bar_w << "\" height=\"22\" fill=\"#e4e7ec\"/>"
            << "<rect x=\"" << label_w << "\" y=\"" << y + 4 << "\" width=\"" << static_cast<int>(bar_w * share)
            << "\" height=\"22\" fill=\"#1459b8\"/>"
            << "<text x=\"" << label_w + bar_w + 8 << "\" y=\"" << y + 20 << "\" font-size=\"14\">"
            << escaped(bars[i].caption) << "</text>\n";
        rows += row_svg.str();
        y += row + (lines - 1) * kSvgLabelLine;
    }
    const int height = y + 4;
    out << "<svg role=\"img\" width=\"" << label_w + bar_w + 90 << "\" height=\"" << height << "\" viewBox=\"0 0 "
        << label_w + bar_w + 90 << ' ' << height << "\">\n"
        << rows << "</svg>\n";
}

std::string percent(std::size_t part, std::size_t whole) {
    return whole ? std::to_string((part * 100 + whole / 2) / whole) + "%" : "-";
}

// "<p>LEAD: A; B.</p>", or nothing when there are no items.
void objective_list(const std::string& lead, const std::vector<std::string>& items, std::ostream& out) {
    if (items.empty()) return;
    out << "<p>" << lead << ": ";
    for (std::size_t i = 0; i < items.size(); ++i) out << (i ? "; " : "") << escaped(items[i]);
    out << ".</p>\n";
}

}  // namespace

std::string html_escaped(const std::string& text) { return escaped(text); }

std::string svg_label(const std::string& text, int x, int y, std::size_t max_chars, int* lines) {
    std::vector<std::string> broken(1);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t stop = text.find(' ', start);
        if (stop == std::string::npos) stop = text.size();
        const std::string word = text.substr(start, stop - start);
        if (!broken.back().empty() && broken.back().size() + 1 + word.size() > max_chars) broken.emplace_back();
        if (!broken.back().empty() || (start > 0 && word.empty())) broken.back() += ' ';
        broken.back() += word;
        start = stop + 1;
    }
    *lines = static_cast<int>(broken.size());
    std::string svg = "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" font-size=\"14\">";
    for (std::size_t i = 0; i < broken.size(); ++i)
        svg += "<tspan x=\"" + std::to_string(x) + "\" dy=\"" + std::to_string(i ? kSvgLabelLine : 0) + "\">" +
               escaped(broken[i]) + "</tspan>";
    return svg + "</text>";
}

namespace {

// One row of the players' table.
std::string player_row(const PlayRecord& play) {
    return "<tr><td>" + escaped(play.player) + "</td><td>" + escaped(play.scenario) + "</td><td>" +
           escaped(play.ending.empty() ? "not finished" : play.ending + " (" + play.outcome + ")")
           // A play that went on from an early ending into "See what could have happened".
           + (play.early_ending.empty() ? "" : escaped(", continued from " + play.early_ending)) + "</td><td>" +
           (play.ending.empty() ? std::string("-") : std::to_string(play.total) + " of " + std::to_string(play.score_max())) +
           "</td></tr>\n";
}

}  // namespace

void write_html_report(const RecordSource& records, const std::string& code, const ScenariosById& scenarios,
                       std::ostream& out) {
    SessionStatsCounter counter(scenarios);
    // The players' table comes last, but is written as the plays are first
    // read (a short row each): reading every play again cost a sixth of the report.
    std::string player_rows;
    records.each_play([&](const PlayRecord& play) {
        counter.add(play);
        player_rows += player_row(play);
    });
    records.each_answer([&](const AnswerRecord& answer) { counter.add(answer); });
    const SessionStats stats = counter.result();
    LearningGainCounter gain;
    bool checked = false;
    records.each_check([&](const CheckAnswerRecord& answer) {
        gain.add(answer);
        checked = true;
    });
    std::vector<std::string> strong, revisit, missed_yet_safe;
    std::vector<Bar> objective_bars;
    for (const auto& share : stats.objectives) {
        const Objective* objective = find_objective(share.objective);
        const std::string title = objective ? objective->title : share.objective;
        objective_bars.push_back({share.objective + "  " + title,
                                  static_cast<double>(share.met),
                                  std::to_string(share.met) + " of " + std::to_string(share.taught)});
        const std::size_t missed = share.taught - share.met;
        auto& list = share.met * 2 >= share.taught               ? strong
                     : share.missed_in_safe_plays * 2 > missed ? missed_yet_safe
                                                               : revisit;
        list.push_back(share.objective + " (" + title + ")");
    }

    out << "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n<title>Second Look: session "
        << escaped(code) << "</title>\n<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;"
           "color:#14181f;line-height:1.45}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}"
           "table{border-collapse:collapse}td,th{border:1px solid #c4cbd5;padding:.3rem .6rem;text-align:left}"
           ".note{color:#4f5866;font-size:.9rem}@media print{h2{break-after:avoid}svg{break-inside:avoid}}"
           "</style></head><body>\n<h1>Second Look: session " << escaped(code) << "</h1>\n";

    out << "<h2>Summary</h2>\n<p>" << stats.players << (stats.players == 1 ? " player" : " players")
        << " took part, in " << stats.plays << (stats.plays == 1 ? " play" : " plays") << ", of which "
        << stats.finished << " reached an ending. " << stats.safe << " of those ("
        << percent(stats.safe, stats.finished) << ") reached a safe ending.</p>\n";
    objective_list("Most players practised", strong, out);
    objective_list("Worth revisiting with the group (met by fewer than half, mostly in plays that did not end safely)",
                   revisit, out);
    objective_list("Met by fewer than half, though most of those plays still ended safely (a player who stops "
                   "contact early never reaches the later steps)",
                   missed_yet_safe, out);
    out << "<p class=\"note\">Players appear only by the nickname or seat number they chose. No real names are "
           "recorded.</p>\n";

    const double finished = static_cast<double>(std::max<std::size_t>(stats.finished, 1));
    out << "<h2>Learning objectives met</h2>\n";
    bar_chart(objective_bars, finished, out);

    if (checked) write_learning_gain(gain.result(), out);

    std::vector<Bar> ending_bars;
    for (const auto& [title, count] : stats.endings)
        ending_bars.push_back({title, static_cast<double>(count), std::to_string(count)});
    out << "<h2>Endings reached</h2>\n";
    bar_chart(ending_bars, finished, out);

    out << "<h2>How the group chose</h2>\n";
    for (const auto& point : stats.choices) {
        std::vector<Bar> bars;
        for (const auto& [text, count] : point.chosen)
            bars.push_back({text, static_cast<double>(count),
                            std::to_string(count) + " (" + percent(count, point.total) + ")"});
        out << "<h3>" << escaped(point.scenario) << ": " << escaped(point.node);
        if (point.class_votes) out << " <span class=\"note\">(" << escaped(point.class_votes_note()) << ")</span>";
        out << "</h3>\n";
        bar_chart(bars, static_cast<double>(point.total), out);
    }

    out << "<h2>Time to respond at the blackmail turn</h2>\n";
    if (stats.turn_seconds.empty()) {
        out << "<p>No answers were recorded at the turn.</p>\n";
    } else {
        const auto& seconds = stats.turn_seconds;
        char text[120];
        std::snprintf(text, sizeof text, "Median %.1f s, from %.1f s to %.1f s, over %zu answers.",
                      seconds[seconds.size() / 2], seconds.front(), seconds.back(), seconds.size());
        // In the game's own words: the clock is there to rush you; you have time to think.
        out << "<p>" << text << " The countdown is there to rush players; the training teaches that they have "
               "time to think. A slow answer here is not a worse one: what matters is that they chose not to pay "
               "and to get help.</p>\n";
    }

    out << "<h2>Players</h2>\n<table><tr><th>Player</th><th>Scenario</th><th>Ending</th><th>Points</th></tr>\n";
    out << player_rows;
    out << "</table>\n<p class=\"note\">Made by Second Look from the records file. Support for anyone affected is "
           "listed on the help screen of the simulator.</p>\n</body></html>\n";
}

}  // namespace secondlook
