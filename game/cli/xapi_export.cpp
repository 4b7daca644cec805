#include "cli/xapi_export.h"

#include <nlohmann/json.hpp>

#include "records/uuid.h"

#include <map>
#include <ostream>

namespace secondlook {
namespace {

using nlohmann::json;

json actor(const std::string& session, const std::string& player) {
    return {{"objectType", "Agent"},
            {"account", {{"homePage", std::string(kXapiHome) + "/players"}, {"name", session + "/" + player}}}};
}

json verb(const std::string& name) {
    return {{"id", "http://adlnet.gov/expapi/verbs/" + name}, {"display", {{"en-GB", name}}}};
}

json activity(const std::string& id, const std::string& name, const std::string& type) {
    return {{"objectType", "Activity"},
            {"id", id},
            {"definition", {{"name", {{"en-GB", name}}}, {"type", "http://adlnet.gov/expapi/activities/" + type}}}};
}

std::string scenario_iri(const std::string& scenario) { return std::string(kXapiHome) + "/scenarios/" + scenario; }

json objective_points(const std::map<std::string, int>& points) {
    json object = json::object();
    for (const auto& [objective, value] : points) object[objective] = value;
    return object;
}

}  // namespace

void write_xapi(const std::vector<AnswerRecord>& answers, const std::vector<PlayRecord>& plays, std::ostream& out,
                const std::vector<CheckAnswerRecord>& checks) {
    std::map<std::string, const PlayRecord*> by_id;
    for (const auto& play : plays) by_id[play.id] = &play;
    const std::string points_extension = std::string(kXapiHome) + "/xapi/objective-points";
    json statements = json::array();
    for (const auto& answer : answers) {
        const PlayRecord* play = by_id.at(answer.play_id);
        int total = 0;
        for (const auto& [objective, value] : answer.points) total += value;
        json result = {{"response", answer.action},
                       {"extensions", {{points_extension, objective_points(answer.points)}}}};
        if (total > 0) result["score"] = {{"raw", total}};
        statements.push_back(
            {{"id", answer.statement_id},
             {"actor", actor(answer.session, answer.player)},
             {"verb", verb("answered")},
             {"object", activity(scenario_iri(answer.scenario) + "/nodes/" + answer.node, answer.node, "interaction")},
             {"result", result},
             {"context", {{"registration", play->registration},
                          {"contextActivities", {{"parent", json::array({activity(scenario_iri(answer.scenario), answer.scenario, "simulation")})}}}}},
             {"timestamp", answer.at}});
    }
    for (const auto& play : plays) {
        if (play.ending.empty()) continue;  // not finished (yet): no completion to state
        std::map<std::string, int> points;
        for (const auto& [objective, value] : play.objectives) points[objective] = value.first;
        const double scaled = play.max > 0 ? static_cast<double>(play.total) / static_cast<double>(play.max) : 0.0;
        const bool safe = play.outcome == "safe";
        json result = {{"score", {{"raw", play.total}, {"min", 0}, {"max", play.max}, {"scaled", scaled}}},
                       {"completion", true},
                       {"success", safe},
                       {"response", play.ending},
                       {"extensions", {{points_extension, objective_points(points)}}}};
        for (const char* name : {"completed", safe ? "passed" : "failed"})
            statements.push_back({{"id", name_uuid(play.id + ":" + name)},
                                  {"actor", actor(play.session, play.player)},
                                  {"verb", verb(name)},
                                  {"object", activity(scenario_iri(play.scenario), play.scenario, "simulation")},
                                  {"result", result},
                                  {"context", {{"registration", play.registration}}},
                                  {"timestamp", play.finished_at}});
    }
    for (const auto& check : checks) {
        const std::string check_iri = std::string(kXapiHome) + "/checks/" + check.check;
        statements.push_back(
            {{"id", check.statement_id},
             {"actor", actor(check.session, check.player)},
             {"verb", verb("answered")},
             {"object", activity(check_iri + "/questions/" + check.question, check.question, "question")},
             {"result", {{"success", check.correct}, {"response", check.chosen}}},
             {"context", {{"registration", check.registration},
                          {"contextActivities", {{"parent", json::array({activity(check_iri, check.check, "assessment")})}}},
                          {"extensions", {{std::string(kXapiHome) + "/xapi/check-phase", check.phase},
                                          {std::string(kXapiHome) + "/xapi/objective", check.objective}}}}},
             {"timestamp", check.at}});
    }
    out << statements.dump(2) << '\n';
}

}  // namespace secondlook
