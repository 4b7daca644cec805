#include "cli/csv_export.h"

#include "app/csv.h"

#include <map>
#include <ostream>

namespace secondlook {
namespace {

bool starts_like_a_formula(const std::string& text) {
    if (text.empty()) return false;
    switch (text[0]) {
        case '=': case '+': case '-': case '@': case '\t': case '\r': return true;
        default: break;
    }
    for (const char* fullwidth : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"})  // ＝ ＋ － ＠
        if (text.compare(0, 3, fullwidth) == 0) return true;
    return false;
}

std::string points_cell(const std::map<std::string, int>& points) {
    std::string text;
    for (const auto& [objective, value] : points) text += (text.empty() ? "" : " ") + objective + "+" + std::to_string(value);
    return text;
}

// A nickname like "=HYPERLINK(...)" must stay text in a teacher's spreadsheet.
std::string cell(const std::string& text) { return csv_field(starts_like_a_formula(text) ? "'" + text : text); }

}  // namespace

void write_csv(const RecordSource& records, std::ostream& out) {
    // `max` is what the play offered (core/play_score.h); `max_of` says so,
    // "play", or "scenario" for a play recorded before that was kept, whose
    // `max` is the scenario's best play as it was recorded then.
    out << "session,player,play,scenario,seq,time,node,answer,kind,points,response_ms,ending,outcome,total,max,max_of\r\n";
    records.each_answer([&](const AnswerRecord& answer) {
        const bool finished = !answer.play_ending.empty();
        out << cell(answer.session) << ',' << cell(answer.player) << ',' << cell(answer.play_id) << ','
            << cell(answer.scenario) << ',' << answer.seq << ',' << cell(answer.at) << ',' << cell(answer.node) << ','
            << cell(answer.action) << ',' << cell(answer.kind) << ',' << cell(points_cell(answer.points)) << ','
            << answer.response_ms << ',' << cell(answer.play_ending) << ',' << cell(answer.play_outcome) << ','
            << (finished ? std::to_string(answer.play_total) : "") << ','
            << (finished ? std::to_string(answer.play_max) : "") << ','
            << (finished ? (answer.play_max_offered ? "play" : "scenario") : "") << "\r\n";
    });
    records.each_check([&](const CheckAnswerRecord& check) {
        out << cell(check.session) << ',' << cell(check.player) << ",," << cell(check.check) << ",," << cell(check.at)
            << ',' << cell(check.question) << ',' << cell(check.chosen) << ',' << cell("check-" + check.phase) << ','
            << cell(points_cell({{check.objective, check.correct ? 1 : 0}})) << ',' << check.response_ms
            << ",,,,,\r\n";
    });
}

}  // namespace secondlook
