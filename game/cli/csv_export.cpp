#include "cli/csv_export.h"

#include "app/csv.h"

#include <map>
#include <ostream>

namespace secondlook {
namespace {

std::string cell(const std::string& value) {
    std::string text = value;
    // A nickname like "=HYPERLINK(...)" must stay text in a teacher's spreadsheet.
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) text = "'" + text;
    return csv_field(text);
}

std::string points_cell(const std::map<std::string, int>& points) {
    std::string text;
    for (const auto& [objective, value] : points) text += (text.empty() ? "" : " ") + objective + "+" + std::to_string(value);
    return text;
}

}  // namespace

void write_csv(const std::vector<AnswerRecord>& answers, const std::vector<PlayRecord>& plays, std::ostream& out,
               const std::vector<CheckAnswerRecord>& checks) {
    std::map<std::string, const PlayRecord*> by_id;
    for (const auto& play : plays) by_id[play.id] = &play;
    out << "session,player,play,scenario,seq,time,node,answer,kind,points,response_ms,ending,outcome,total,max\r\n";
    for (const auto& answer : answers) {
        const PlayRecord* play = by_id.count(answer.play_id) ? by_id[answer.play_id] : nullptr;
        out << cell(answer.session) << ',' << cell(answer.player) << ',' << cell(answer.play_id) << ','
            << cell(answer.scenario) << ',' << answer.seq << ',' << cell(answer.at) << ',' << cell(answer.node) << ','
            << cell(answer.action) << ',' << cell(answer.kind) << ',' << cell(points_cell(answer.points)) << ','
            << answer.response_ms << ',' << cell(play ? play->ending : "") << ',' << cell(play ? play->outcome : "")
            << ',' << (play && !play->ending.empty() ? std::to_string(play->total) : "") << ','
            << (play && !play->ending.empty() ? std::to_string(play->max) : "") << "\r\n";
    }
    for (const auto& check : checks)
        out << cell(check.session) << ',' << cell(check.player) << ",," << cell(check.check) << ",," << cell(check.at)
            << ',' << cell(check.question) << ',' << cell(check.chosen) << ',' << cell("check-" + check.phase) << ','
            << cell(points_cell({{check.objective, check.correct ? 1 : 0}})) << ',' << check.response_ms
            << ",,,,\r\n";
}

}  // namespace secondlook
