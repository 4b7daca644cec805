#include "cli/lrs_send.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "cli/lrs_answer.h"
#include "cli/lrs_client.h"
#include "cli/xapi_export.h"

namespace secondlook {
namespace {

using nlohmann::json;

enum class Standing { sent, waiting, set_aside };

// Where each statement stands with one endpoint, from the outbox.
class Standings {
public:
    Standings(const LrsOutbox& outbox, const std::string& endpoint)
        : accepted_(outbox.accepted(endpoint)), set_aside_(outbox.set_aside(endpoint)) {}

    // The refusal of a statement that stands set aside.
    const SetAsideStatement& refusal(const XapiStatement& statement) const { return set_aside_.at(statement.id); }

    Standing of(const XapiStatement& statement) const {
        if (accepted_.count(statement.id)) return Standing::sent;
        const auto refused = set_aside_.find(statement.id);
        // A statement that changed since it was refused may be accepted now.
        return refused != set_aside_.end() && refused->second.json == statement.json ? Standing::set_aside
                                                                                      : Standing::waiting;
    }

private:
    std::set<std::string> accepted_;
    std::map<std::string, SetAsideStatement> set_aside_;
};

class Sender {
public:
    Sender(LrsOutbox& outbox, const LrsSettings& lrs, long seconds) : outbox_(outbox), lrs_(lrs), seconds_(seconds) {}

    // False when sending should stop (`problem` says why); a refused
    // statement is set aside and the others of its batch still delivered.
    bool deliver(const std::vector<const XapiStatement*>& batch) {
        std::string body = "[";
        std::vector<std::string> ids;
        for (const auto* statement : batch) {
            body += (body.size() > 1 ? "," : "") + statement->json;
            ids.push_back(statement->id);
        }
        const LrsResponse response = post_statements(lrs_, body + "]", seconds_);
        LrsVerdict verdict = judge_answer(response, ids, lrs_.endpoint, seconds_);
        if (verdict.kind == LrsVerdict::held)
            verdict = judge_held(get_statement(lrs_, ids.front(), seconds_), batch.front()->json, lrs_.endpoint,
                                 seconds_);
        switch (verdict.kind) {
            case LrsVerdict::accepted:
                outbox_.mark_accepted(lrs_.endpoint, ids);
                sent += ids.size();
                return true;
            case LrsVerdict::split: {
                const auto middle = batch.begin() + static_cast<std::ptrdiff_t>(batch.size() / 2);
                return deliver({batch.begin(), middle}) && deliver({middle, batch.end()});
            }
            case LrsVerdict::refused:
                outbox_.set_aside(lrs_.endpoint, ids.front(), {batch.front()->json, verdict.reason, ""});
                ++set_aside;
                return true;
            case LrsVerdict::held:  // judged just above
            case LrsVerdict::failed:
                break;
        }
        problem = verdict.reason;
        return false;
    }

    std::size_t sent = 0, set_aside = 0;
    std::string problem;

private:
    LrsOutbox& outbox_;
    LrsSettings lrs_;
    long seconds_;
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
    const Standings standings(outbox, endpoint);
    OutboxCount count;
    for (const auto& statement : statements) {
        const Standing standing = standings.of(statement);
        ++(standing == Standing::sent ? count.sent : standing == Standing::set_aside ? count.set_aside : count.waiting);
    }
    return count;
}

std::vector<std::pair<const XapiStatement*, SetAsideStatement>> set_aside_statements(
    const LrsOutbox& outbox, const std::string& endpoint, const std::vector<XapiStatement>& statements) {
    const Standings standings(outbox, endpoint);
    std::vector<std::pair<const XapiStatement*, SetAsideStatement>> refused;
    for (const auto& statement : statements)
        if (standings.of(statement) == Standing::set_aside) refused.emplace_back(&statement, standings.refusal(statement));
    return refused;
}

SendResult send_waiting(LrsOutbox& outbox, const std::vector<XapiStatement>& statements,
                        const SendOptions& options) {
    const LrsSettings lrs = outbox.settings();
    const Standings standings(outbox, lrs.endpoint);
    std::vector<const XapiStatement*> waiting;
    for (const auto& statement : statements) {
        const Standing standing = standings.of(statement);
        if (standing == Standing::waiting || (options.retry_set_aside && standing == Standing::set_aside))
            waiting.push_back(&statement);
    }
    Sender sender(outbox, lrs, options.seconds);
    for (std::size_t start = 0; start < waiting.size(); start += options.batch) {
        const auto end =
            waiting.begin() + static_cast<std::ptrdiff_t>(std::min(waiting.size(), start + options.batch));
        if (!sender.deliver({waiting.begin() + static_cast<std::ptrdiff_t>(start), end})) break;
    }
    return {sender.sent, sender.set_aside, count_outbox(outbox, lrs.endpoint, statements), sender.problem};
}

}  // namespace secondlook
