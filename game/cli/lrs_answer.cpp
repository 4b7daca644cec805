#include "cli/lrs_answer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace secondlook {
namespace {

using nlohmann::json;

constexpr std::size_t kQuoted = 200;  // of an answer, in a message

// Statement ids are UUIDs, which compare without regard to case (RFC 4122);
// an LRS may give them back in upper case.
std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// The start of an answer as one printable line: an LRS's text is shown to
// the facilitator and kept in the outbox, so no control characters.
std::string printable(const std::string& text) {
    std::string line;
    for (unsigned char c : text.substr(0, kQuoted)) line += c < 0x20 || c == 0x7f ? ' ' : static_cast<char>(c);
    const auto end = line.find_last_not_of(' ');
    line.erase(end == std::string::npos ? 0 : end + 1);
    return text.size() > kQuoted ? line + "..." : line;
}

// What the LRS says is wrong: the "message" or "error" of a JSON answer,
// or its "warnings" (Learning Locker's on an invalid statement), or the
// start of any other.
std::string lrs_message(const std::string& body) {
    const json answer = json::parse(body, nullptr, false);
    if (!answer.is_object()) return printable(body);
    for (const char* field : {"message", "error"})
        if (answer.contains(field) && answer[field].is_string()) return printable(answer[field].get<std::string>());
    std::string warnings;
    if (answer.contains("warnings") && answer["warnings"].is_array())
        for (const auto& warning : answer["warnings"])
            if (warning.is_string()) warnings += (warnings.empty() ? "" : "; ") + warning.get<std::string>();
    return printable(warnings.empty() ? body : warnings);
}

// The answer lists exactly the ids sent (in any order and case).
bool lists_ids(const std::string& body, const std::vector<std::string>& ids) {
    const json answer = json::parse(body, nullptr, false);
    if (!answer.is_array()) return false;
    std::set<std::string> listed;
    for (const auto& id : answer) {
        if (!id.is_string()) return false;
        listed.insert(lower(id.get<std::string>()));
    }
    std::set<std::string> sent;
    for (const auto& id : ids) sent.insert(lower(id));
    return listed == sent;
}

std::string no_answer(const LrsResponse& response, const std::string& endpoint, long seconds) {
    if (response.timed_out && response.connected)
        return "the LRS at " + endpoint + " timed out: it took the connection but did not answer within " +
               std::to_string(seconds) + " seconds (" + response.error +
               "); try again later, or with a smaller --batch or a longer --timeout";
    return "could not reach the LRS at " + endpoint + ": " + response.error +
           "; check the network and the endpoint, then send again";
}

std::string not_a_list_of_ids(const LrsResponse& response, const std::string& endpoint) {
    const json answer = json::parse(response.body, nullptr, false);
    const std::string said = response.body.empty() ? "an empty answer" : "'" + printable(response.body) + "'";
    const std::string what = answer.is_array() ? "other statement ids than were sent (" + said + ")"
                                               : said + ", not the list of statement ids an LRS answers with";
    return "the LRS at " + endpoint + " answered HTTP 200 with " + what +
           ", so the statements may not be stored; check the endpoint is the LRS's statements endpoint "
           "(not a login page or captive portal of the network)";
}

}  // namespace

LrsVerdict judge_answer(const LrsResponse& response, const std::vector<std::string>& ids,
                        const std::string& endpoint, long seconds) {
    const long status = response.status;
    if (status == 0) return {LrsVerdict::failed, no_answer(response, endpoint, seconds)};
    if (status == 200)
        return lists_ids(response.body, ids) ? LrsVerdict{LrsVerdict::accepted, ""}
                                             : LrsVerdict{LrsVerdict::failed, not_a_list_of_ids(response, endpoint)};
    if ((status == 400 || status == 409) && ids.size() > 1) return {LrsVerdict::split, ""};
    if (status == 409) return {LrsVerdict::held, ""};
    if (status == 400) {
        const std::string said = lrs_message(response.body);
        return {LrsVerdict::refused, "HTTP 400" + (said.empty() ? "" : ": " + said)};
    }
    const std::string code = "HTTP " + std::to_string(status);
    if (status == 401 || status == 403)
        return {LrsVerdict::failed, "the LRS at " + endpoint + " refused the key (" + code +
                                        "); check the key with the LRS's administrator and set it again with --key"};
    if (status >= 500)
        return {LrsVerdict::failed,
                "the LRS at " + endpoint + " has a problem of its own (" + code + "); try again later"};
    const std::string said = lrs_message(response.body);
    return {LrsVerdict::failed, "the LRS at " + endpoint + " did not accept the statements (" + code +
                                    (said.empty() ? "" : ": " + said) +
                                    (status == 204 ? ", with no statement ids" : "") + "); check the endpoint"};
}

LrsVerdict judge_held(const LrsResponse& response, const std::string& sent, const std::string& endpoint,
                      long seconds) {
    const json held = response.status == 200 ? json::parse(response.body, nullptr, false) : json();
    if (!held.is_object()) {
        const std::string why = response.status == 0 ? no_answer(response, endpoint, seconds)
                                                     : "HTTP " + std::to_string(response.status) + ": " +
                                                           lrs_message(response.body);
        return {LrsVerdict::failed, "the LRS at " + endpoint +
                                        " says it holds a statement with the same id already (HTTP 409) but did "
                                        "not show it when asked (" + why + "); try again later"};
    }
    const json ours = json::parse(sent);
    for (const auto& [field, value] : ours.items())
        if (!held.contains(field) || held[field] != value)
            return {LrsVerdict::refused, "HTTP 409: the LRS holds a different statement with this id (its '" + field +
                                             "' differs); ask the LRS's administrator which one is right"};
    return {LrsVerdict::accepted, ""};
}

}  // namespace secondlook
