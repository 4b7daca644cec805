#include "cli/xapi_export.h"

#include "cli/json_writer.h"
#include "cli/xapi_checks.h"
#include "records/row_reader.h"
#include "records/uuid.h"

#include <algorithm>
#include <map>
#include <ostream>

namespace secondlook {
namespace {

const std::string kPointsExtension = std::string(kXapiHome) + "/xapi/objective-points";

// The statements' parts, each writing its keys in sorted order as
// nlohmann::json would (json_writer.h).

void write_actor(JsonWriter& json, const std::string& session, const std::string& player) {
    json.key("actor");
    json.begin_object();
    json.key("account");
    json.begin_object();
    json.key("homePage");
    json.string(std::string(kXapiHome) + "/players");
    json.key("name");
    json.string(session + "/" + player);
    json.end_object();
    json.key("objectType");
    json.string("Agent");
    json.end_object();
}

void write_verb(JsonWriter& json, const std::string& name) {
    json.key("verb");
    json.begin_object();
    json.key("display");
    json.begin_object();
    json.key("en-GB");
    json.string(name);
    json.end_object();
    json.key("id");
    json.string("http://adlnet.gov/expapi/verbs/" + name);
    json.end_object();
}

void write_activity(JsonWriter& json, const std::string& id, const std::string& name, const std::string& type) {
    json.begin_object();
    json.key("definition");
    json.begin_object();
    json.key("name");
    json.begin_object();
    json.key("en-GB");
    json.string(name);
    json.end_object();
    json.key("type");
    json.string("http://adlnet.gov/expapi/activities/" + type);
    json.end_object();
    json.key("id");
    json.string(id);
    json.key("objectType");
    json.string("Activity");
    json.end_object();
}

// "contextActivities": {"parent": [ACTIVITY]}
void write_parent(JsonWriter& json, const std::string& id, const std::string& name, const std::string& type) {
    json.key("contextActivities");
    json.begin_object();
    json.key("parent");
    json.begin_array();
    write_activity(json, id, name, type);
    json.end_array();
    json.end_object();
}

// "extensions": {".../objective-points": {OBJECTIVE: POINTS, ...}}
void write_points(JsonWriter& json, const std::map<std::string, int>& points) {
    json.key("extensions");
    json.begin_object();
    json.key(kPointsExtension);
    json.begin_object();
    for (const auto& [objective, value] : points) {
        json.key(objective);
        json.number(value);
    }
    json.end_object();
    json.end_object();
}

std::string scenario_iri(const std::string& scenario) { return std::string(kXapiHome) + "/scenarios/" + scenario; }

// result.score of a finished play: raw always; min, max and scaled only when
// they make a valid score, so scaled is always within 0..1 and never comes
// with a maximum of 0 or less.
// The maximum is what the play offered (PlayRecord::score_max(); an older
// play keeps the maximum it was recorded, and so was sent, with).
bool score_fits_range(const PlayRecord& play) {
    return play.score_max() > 0 && play.total >= 0 && play.total <= play.score_max();
}

void write_play_score(JsonWriter& json, const PlayRecord& play) {
    json.key("score");
    json.begin_object();
    if (score_fits_range(play)) {
        json.key("max");
        json.number(play.score_max());
        json.key("min");
        json.number(0);
    }
    json.key("raw");
    json.number(play.total);
    if (score_fits_range(play)) {
        json.key("scaled");
        json.real(std::clamp(static_cast<double>(play.total) / static_cast<double>(play.score_max()), 0.0, 1.0));
    }
    json.end_object();
}

// What differs between statements; write_statement gives them all one shape.
struct Statement {
    std::string id, session, player, verb, timestamp, registration;
    using Part = std::function<void(JsonWriter&)>;
    Part context;  // keys of "context" before "registration" (may be empty)
    Part object;   // the object, whole
    Part result;   // keys of "result"
};

void write_statement(JsonWriter& json, const Statement& statement) {
    json.begin_object();
    write_actor(json, statement.session, statement.player);
    json.key("context");
    json.begin_object();
    if (statement.context) statement.context(json);
    json.key("registration");
    json.string(statement.registration);
    json.end_object();
    json.key("id");
    json.string(statement.id);
    json.key("object");
    statement.object(json);
    json.key("result");
    json.begin_object();
    statement.result(json);
    json.end_object();
    json.key("timestamp");
    json.string(statement.timestamp);
    write_verb(json, statement.verb);
    json.end_object();
}

}  // namespace

void each_xapi_statement(const RecordSource& records, const StatementFilter& include, const XapiLayout& layout,
                         const OnStatement& on_statement) {
    std::string text;
    auto emit = [&](const Statement& statement) {
        text.clear();
        JsonWriter json(text, layout.indent, layout.depth);
        write_statement(json, statement);
        on_statement(statement.id, text);
    };
    records.each_answer([&](const AnswerRecord& answer) {
        if (!include(answer.session)) return;
        const std::string problem =
            first_problem({uuid_problem("statement id", answer.statement_id),
                           uuid_problem("session's registration", answer.registration), time_problem(answer.at),
                           iri_part_problem("scenario id", answer.scenario), iri_part_problem("node id", answer.node)});
        if (!problem.empty()) {
            records.warn("leaving answer " + std::to_string(answer.seq) + " of play " + answer.play_id +
                         " out of the xAPI statements: " + problem);
            return;
        }
        int total = 0;
        for (const auto& [objective, value] : answer.points) total += value;
        emit({answer.statement_id, answer.session, answer.player, "answered", answer.at, answer.registration,
              [&](JsonWriter& json) { write_parent(json, scenario_iri(answer.scenario), answer.scenario, "simulation"); },
              [&](JsonWriter& json) {
                  write_activity(json, scenario_iri(answer.scenario) + "/nodes/" + answer.node, answer.node,
                                 "interaction");
              },
              [&](JsonWriter& json) {
                  write_points(json, answer.points);
                  json.key("response");
                  json.string(answer.action);
                  if (total <= 0) return;
                  json.key("score");
                  json.begin_object();
                  json.key("raw");
                  json.number(total);
                  json.end_object();
              }});
    });
    records.each_play([&](const PlayRecord& play) {
        if (play.ending.empty() || !include(play.session)) return;  // not finished (yet): no completion to state
        const std::string problem =
            first_problem({uuid_problem("session's registration", play.registration), time_problem(play.finished_at),
                           iri_part_problem("scenario id", play.scenario)});
        if (!problem.empty()) {
            records.warn("leaving the ending of play " + play.id + " out of the xAPI statements: " + problem);
            return;
        }
        if (!score_fits_range(play))
            records.warn("play " + play.id + " (session " + printable(play.session) + ", player " +
                         printable(play.player) + "): its total " + std::to_string(play.total) +
                         " is not between 0 and its maximum " + std::to_string(play.score_max()) +
                         ", so its statements give the raw score only");
        std::map<std::string, int> points;
        for (const auto& [objective, value] : play.objectives) points[objective] = value.points;
        const bool safe = play.outcome == "safe";
        // A play that went on into "See what could have happened" has a
        // second ending: its completion gets its own ids, so an LRS that was
        // already sent the early ending's does not refuse it as a changed copy.
        const std::string completion = play.early_ending.empty() ? play.id : play.id + ":" + play.ending;
        for (const char* name : {"completed", safe ? "passed" : "failed"})
            emit({name_uuid(completion + ":" + name), play.session, play.player, name, play.finished_at,
                  play.registration, {},
                  [&](JsonWriter& json) {
                      write_activity(json, scenario_iri(play.scenario), play.scenario, "simulation");
                  },
                  [&](JsonWriter& json) {
                      json.key("completion");
                      json.boolean(true);
                      write_points(json, points);
                      json.key("response");
                      json.string(play.ending);
                      write_play_score(json, play);
                      json.key("success");
                      json.boolean(safe);
                  }});
    });
    records.each_check([&](const CheckAnswerRecord& check) {
        if (!include(check.session)) return;
        const std::string problem =
            first_problem({uuid_problem("statement id", check.statement_id),
                           uuid_problem("session's registration", check.registration), time_problem(check.at),
                           iri_part_problem("question set id", check.check),
                           iri_part_problem("question id", check.question)});
        if (!problem.empty()) {
            records.warn("leaving knowledge-check answer " + check.statement_id + " out of the xAPI statements: " +
                         problem);
            return;
        }
        const std::string check_iri = std::string(kXapiHome) + "/checks/" + check.check;
        emit({check.statement_id, check.session, check.player, "answered", check.at, check.registration,
              [&](JsonWriter& json) {
                  write_parent(json, check_iri, check.check, "assessment");
                  json.key("extensions");
                  json.begin_object();
                  json.key(std::string(kXapiHome) + "/xapi/check-phase");
                  json.string(check.phase);
                  json.key(std::string(kXapiHome) + "/xapi/objective");
                  json.string(check.objective);
                  json.end_object();
              },
              [&](JsonWriter& json) {
                  write_activity(json, check_iri + "/questions/" + check.question, check.question, "question");
              },
              [&](JsonWriter& json) {
                  json.key("response");
                  json.string(check.chosen);
                  json.key("success");
                  json.boolean(check.correct);
              }});
    });
}

void write_xapi(const RecordSource& records, std::ostream& out) {
    // The same text as nlohmann::json's dump(2) of the whole array: each
    // statement indented one level, written as soon as it is made.
    bool first = true;
    each_xapi_statement(records, [](const std::string&) { return true; }, {2, 1},
                        [&](const std::string&, const std::string& statement) {
                            out << (first ? "[\n  " : ",\n  ") << statement;
                            first = false;
                        });
    out << (first ? "[]\n" : "\n]\n");
}

}  // namespace secondlook
