#include "cli/lrs_send.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "cli/lrs_client.h"
#include "cli/xapi_export.h"

namespace secondlook {
namespace {

using nlohmann::json;

std::string describe(const LrsResponse& response, const std::string& endpoint) {
    if (response.status == 0) return "could not reach the LRS at " + endpoint + ": " + response.error;
    const std::string status = "HTTP " + std::to_string(response.status);
    if (response.status == 401 || response.status == 403)
        return "the LRS at " + endpoint + " refused the key (" + status +
               "); check the key with the LRS's administrator and set it again with --key";
    if (response.status >= 500)
        return "the LRS at " + endpoint + " has a problem of its own (" + status + "); try again later";
    std::string said = response.body.substr(0, response.body.find('\n'));
    return "the LRS at " + endpoint + " did not accept the statements (" + status +
           (said.empty() ? "" : ": " + said) + "); check the endpoint";
}

class Sender {
public:
    Sender(LrsOutbox& outbox, const LrsSettings& lrs) : outbox_(outbox), lrs_(lrs) {}

    // True when the LRS holds every statement of `batch` afterwards.
    bool deliver(const std::vector<const XapiStatement*>& batch) {
        std::string body = "[";
        for (const auto* statement : batch) body += (body.size() > 1 ? "," : "") + statement->json;
        const LrsResponse response = post_statements(lrs_, body + "]");
        if (response.status == 409 && batch.size() > 1) {
            for (const auto* statement : batch)
                if (!deliver({statement})) return false;
            return true;
        }
        if (response.status != 200 && response.status != 204 && response.status != 409) {
            problem = describe(response, lrs_.endpoint);
            return false;
        }
        std::vector<std::string> ids;
        for (const auto* statement : batch) ids.push_back(statement->id);
        outbox_.mark_accepted(lrs_.endpoint, ids);
        sent += ids.size();
        return true;
    }

    std::size_t sent = 0;
    std::string problem;

private:
    LrsOutbox& outbox_;
    LrsSettings lrs_;
};

}  // namespace

std::vector<XapiStatement> shareable_statements(const RecordSource& records) {
    // Through the exporter's own statements, so the LRS gets exactly what
    // `export --format xapi` shows a facilitator.
    std::vector<XapiStatement> statements;
    each_xapi_statement(
        records, [](const std::string& session) { return session != kHomeSession; }, {},
        [&](const std::string& id, const std::string& text) { statements.push_back({id, text}); });
    return statements;
}

OutboxCount count_outbox(const LrsOutbox& outbox, const std::string& endpoint,
                         const std::vector<XapiStatement>& statements) {
    const auto accepted = outbox.accepted(endpoint);
    OutboxCount count;
    for (const auto& statement : statements) ++(accepted.count(statement.id) ? count.sent : count.waiting);
    return count;
}

SendResult send_waiting(LrsOutbox& outbox, const std::vector<XapiStatement>& statements, std::size_t batch) {
    const LrsSettings lrs = outbox.settings();
    const auto accepted = outbox.accepted(lrs.endpoint);
    std::vector<const XapiStatement*> waiting;
    for (const auto& statement : statements)
        if (!accepted.count(statement.id)) waiting.push_back(&statement);
    Sender sender(outbox, lrs);
    for (std::size_t start = 0; start < waiting.size(); start += batch) {
        const auto end = waiting.begin() + static_cast<std::ptrdiff_t>(std::min(waiting.size(), start + batch));
        if (!sender.deliver({waiting.begin() + static_cast<std::ptrdiff_t>(start), end})) break;
    }
    return {sender.sent, count_outbox(outbox, lrs.endpoint, statements), sender.problem};
}

}  // namespace secondlook
