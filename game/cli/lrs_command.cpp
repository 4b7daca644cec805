#include "cli/lrs_command.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <istream>
#include <optional>
#include <ostream>

#include "app/resource_paths.h"
#include "cli/cli_args.h"
#include "cli/lrs_client.h"
#include "cli/lrs_send.h"
#include "records/sqlite_db.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook lrs --set-endpoint URL --key KEY:SECRET [--outbox FILE]\n"
    "       secondlook lrs --clear [--outbox FILE]\n"
    "       secondlook lrs --records PATH --send [--batch N] [--timeout SECONDS] [--retry-set-aside]\n"
    "                      [--outbox FILE]\n"
    "       secondlook lrs --records PATH --status [--outbox FILE]\n"
    "Sends the records' xAPI 1.0.3 statements to an organisation's learning record\n"
    "store (LRS). Nothing is sent anywhere until a facilitator sets the LRS's\n"
    "statements endpoint (http:// or https://) and its Basic key (\"key:secret\",\n"
    "or \"Basic TOKEN\"; --key - reads it from standard input). The key is kept in\n"
    "plain form in the outbox FILE (default ~/.local/share/secondlook/lrs-outbox.db),\n"
    "readable only by this user; --clear forgets the endpoint and key.\n"
    "--send posts, N at a time (default 50), every statement of PATH (a records\n"
    "file or a folder of them) the LRS has not accepted yet; the outbox FILE\n"
    "remembers which it accepted, so sending again repeats nothing. Players appear\n"
    "only by session nickname; the private 'home' session is never sent.\n"
    "A statement counts as sent only when the LRS answers with its id, or holds it\n"
    "as sent. One the LRS refuses (HTTP 400), or holds differently (409), is set\n"
    "aside with the reason (--status lists them) and the others still go; it is\n"
    "sent again only when it has changed, or with --retry-set-aside. A request\n"
    "gives up after SECONDS (default 60).\n"
    "Exit 0 when everything is sent, 1 when statements wait or are set aside, or\n"
    "on an error.\n";

constexpr long kMostSeconds = 3600;

// Said whenever the key is about to go, or is set to go, over plain http.
void warn_if_plain_http(const std::string& endpoint, std::ostream& err) {
    if (!is_plain_http(endpoint)) return;
    err << "secondlook lrs: warning: " << endpoint
        << " is plain http://, so the key and the statements cross the network unencrypted and anyone on the way "
           "can read them; ask the LRS's administrator for its https:// endpoint\n";
}

bool configure(const CommandLine& line, const std::string& outbox_path, std::istream& in, std::ostream& err) {
    LrsSettings wanted;
    if (line.has("--set-endpoint")) {
        std::string problem;
        auto endpoint = lrs_endpoint(line.value("--set-endpoint"), &problem);
        if (!endpoint) {
            err << "secondlook lrs: " << problem << '\n';
            return false;
        }
        wanted.endpoint = *endpoint;
    }
    if (line.has("--key")) {
        wanted.key = line.value("--key");
        if (wanted.key == "-") std::getline(in, wanted.key);
        if (!valid_lrs_key(wanted.key)) {
            err << "secondlook lrs: the key must be the LRS's \"key:secret\" pair (or \"Basic TOKEN\"), "
                   "as its administrator gives it\n";
            return false;
        }
    }
    LrsOutbox outbox(outbox_path);
    const LrsSettings kept = outbox.settings();
    if (wanted.endpoint.empty()) wanted.endpoint = kept.endpoint;
    if (wanted.key.empty()) wanted.key = kept.key;
    if (!wanted.configured()) {
        err << "secondlook lrs: give both --set-endpoint URL and --key KEY:SECRET\n";
        return false;
    }
    outbox.configure(wanted);
    warn_if_plain_http(wanted.endpoint, err);
    err << "secondlook lrs: statements will go to " << wanted.endpoint << " when you run --send; the key is kept in "
        << outbox_path << " (plain form, readable only by this user)\n";
    return true;
}

void print_counts(const OutboxCount& count, std::ostream& out) {
    out << count.sent << " statements sent, " << count.waiting << " waiting";
    if (count.set_aside > 0) out << ", " << count.set_aside << " set aside";
    out << '\n';
}

// Who did what, so a facilitator can find the play: "9QX4/fox answered".
std::string what_statement(const std::string& statement) {
    const auto parsed = nlohmann::json::parse(statement, nullptr, false);
    const auto name = parsed.is_object() ? parsed.value("/actor/account/name"_json_pointer, std::string()) : "";
    const auto verb = parsed.is_object() ? parsed.value("/verb/id"_json_pointer, std::string()) : "";
    return name + " " + verb.substr(verb.rfind('/') + 1);
}

void print_set_aside(const LrsOutbox& outbox, const std::string& endpoint,
                     const std::vector<XapiStatement>& statements, std::ostream& out) {
    const auto refused = set_aside_statements(outbox, endpoint, statements);
    if (refused.empty()) return;
    out << "Set aside, as the LRS refused them (sent again when changed, or with --send --retry-set-aside):\n";
    for (const auto& [statement, refusal] : refused)
        out << "  " << statement->id << " (" << what_statement(statement->json) << ") on " << refusal.at << ": "
            << refusal.reason << '\n';
}

}  // namespace

int lrs_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    const CommandLine line =
        parse_command_line(args, {"--records", "--outbox", "--set-endpoint", "--key", "--batch", "--timeout"},
                           {"--clear", "--send", "--status", "--retry-set-aside"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    const bool configuring = line.has("--set-endpoint") || line.has("--key");
    const int actions = (configuring ? 1 : 0) + (line.has("--clear") ? 1 : 0) + (line.has("--send") ? 1 : 0) +
                        (line.has("--status") ? 1 : 0);
    SendOptions options;
    std::size_t seconds = static_cast<std::size_t>(options.seconds);
    std::string problem = !line.error.empty() ? line.error
                          : !line.positional.empty() ? "unexpected '" + line.positional.front() + "'"
                          : actions != 1 ? "give one of --set-endpoint/--key, --clear, --send or --status"
                          : (line.has("--send") || line.has("--status")) && !line.has("--records")
                              ? "which records? give --records PATH"
                          : line.has("--batch") && !parse_count(line.value("--batch"), &options.batch)
                              ? "--batch takes a number of statements (1 or more)"
                          : line.has("--timeout") && (!parse_count(line.value("--timeout"), &seconds) ||
                                                      seconds > static_cast<std::size_t>(kMostSeconds))
                              ? "--timeout takes a number of seconds (1 to 3600)"
                          : (line.has("--timeout") || line.has("--retry-set-aside")) && !line.has("--send")
                              ? "--timeout and --retry-set-aside go with --send"
                              : "";
    if (!problem.empty()) {
        err << "secondlook lrs: " << problem << '\n' << kUsage;
        return 2;
    }
    const std::string outbox_path = line.has("--outbox")
                                        ? line.value("--outbox")
                                        : (std::filesystem::path(user_data_directory()) / kLrsOutboxFileName).string();
    try {
        if (configuring) return configure(line, outbox_path, in, err) ? 0 : 2;
        // Only configuring creates the outbox: a machine with no LRS set up
        // (every learner's at home) never gets one.
        const bool exists = std::filesystem::exists(outbox_path);
        if (line.has("--clear")) {
            if (exists) LrsOutbox(outbox_path).clear();
            err << "secondlook lrs: no LRS is configured now; nothing will be sent anywhere\n";
            return 0;
        }
        std::optional<LrsOutbox> outbox;
        if (exists) outbox.emplace(outbox_path);
        const LrsSettings lrs = outbox ? outbox->settings() : LrsSettings{};
        auto records = open_records(line.value("--records"), "", "lrs", err);
        if (!records) return 1;
        const auto statements = shareable_statements(*records);
        if (!lrs.configured()) {
            out << "No LRS is configured, so nothing is sent anywhere (" << statements.size()
                << " statements in these records).\n";
            if (line.has("--status")) return 0;
            err << "secondlook lrs: nothing sent; a facilitator sets an LRS with --set-endpoint URL --key KEY:SECRET\n";
            return 1;
        }
        if (line.has("--status")) {
            out << "LRS: " << lrs.endpoint << " (key kept in " << outbox_path << ")\n";
            print_counts(count_outbox(*outbox, lrs.endpoint, statements), out);
            print_set_aside(*outbox, lrs.endpoint, statements, out);
            return 0;
        }
        std::string why;
        if (!lrs_client_ready(&why)) {
            err << "secondlook lrs: " << why << "; nothing was sent\n";
            return 1;
        }
        warn_if_plain_http(lrs.endpoint, err);
        options.seconds = static_cast<long>(seconds);
        options.retry_set_aside = line.has("--retry-set-aside");
        const SendResult result = send_waiting(*outbox, statements, options);
        out << "Sent " << result.sent_now << " statements to " << lrs.endpoint << "; ";
        print_counts(result.after, out);
        if (result.after.waiting > 0)
            err << "secondlook lrs: " << result.problem << ". " << result.after.waiting
                << " statements wait in the outbox; run --send again to send them.\n";
        if (result.after.set_aside > 0)
            err << "secondlook lrs: " << result.after.set_aside << " statements are set aside, as the LRS refused them"
                << (result.set_aside_now > 0 ? " (" + std::to_string(result.set_aside_now) + " in this send)" : "")
                << "; --status shows the LRS's reasons, and --send --retry-set-aside sends them again.\n";
        return result.after.waiting == 0 && result.after.set_aside == 0 ? 0 : 1;
    } catch (const DatabaseError& error) {
        err << "secondlook lrs: " << error.what() << '\n';
        return 1;
    }
}

}  // namespace secondlook
