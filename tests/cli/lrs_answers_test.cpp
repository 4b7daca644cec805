// `secondlook lrs --send` against a fake LRS that answers wrongly: only an
// answer listing the ids sent marks statements sent; a statement the LRS
// refuses is set aside with its reason and blocks no other; a hung LRS is
// reported as timed out; a key going over plain http is warned about.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "lrs_helpers.h"
#include "records/sqlite_db.h"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an HTTP 200 that is not the list of the ids sent, or an empty 204, leaves every statement waiting") {
    const std::vector<std::pair<std::string, std::string>> faults = {
        {"html", "'<!DOCTYPE html><html><body>Welcome to the school network. Log in</body></html>', not the list of "
                 "statement ids"},
        {"other-ids", "other statement ids than were sent"},
        {"no-content", "HTTP 204, with no statement ids"}};
    for (const auto& [fault, reason] : faults) {
        CAPTURE(fault);
        const fs::path folder = fresh_lrs_folder("fault-" + fault);
        const std::string records = classroom_records(folder);
        const std::string outbox = (folder / "outbox.db").string();
        FakeLrs server(folder, {"--fault", fault});
        configure(outbox, server.endpoint());

        auto send = lrs(outbox, {"--records", records, "--send", "--batch", "4"});
        CHECK(send.exit_code == 1);
        CHECK_MESSAGE(has(send.err, reason), send.err);
        CHECK(has(send.err, "check the endpoint"));
        CHECK(has(send.err, "17 statements wait in the outbox"));
        CHECK(has(send.out, "Sent 0 statements"));
        CHECK(server.requests().size() == 1);  // the first batch's answer stops the send
        CHECK(has(lrs(outbox, {"--records", records, "--status"}).out, "0 statements sent, 17 waiting\n"));
    }
}

TEST_CASE("a statement the LRS refuses is set aside with its reason, and every other one is sent") {
    const fs::path folder = fresh_lrs_folder("refused");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    const auto statements = class_statements(records);
    REQUIRE(statements.size() == 17);
    const std::string refused = statements[5].at("id");  // in the second batch of 4
    const fs::path refuse_file = folder / "refuse.txt";
    std::ofstream(refuse_file) << refused << '\n';
    FakeLrs server(folder, {"--refuse-file", refuse_file.string()});
    configure(outbox, server.endpoint());

    auto send = lrs(outbox, {"--records", records, "--send", "--batch", "4"});
    CHECK(send.exit_code == 1);
    CHECK_MESSAGE(has(send.out, "Sent 16 statements"), send.out);
    CHECK(has(send.out, "16 statements sent, 0 waiting, 1 set aside"));
    CHECK(has(send.err, "1 statements are set aside, as the LRS refused them (1 in this send)"));
    auto expected = class_statement_ids(records);
    expected.erase(refused);
    CHECK(ids_of(server.stored()) == expected);
    CHECK(server.stored().size() == 16);

    // --status names it, with who it is about and what the LRS said.
    auto status = lrs(outbox, {"--records", records, "--status"});
    CHECK(status.exit_code == 0);
    CHECK(has(status.out, "16 statements sent, 0 waiting, 1 set aside"));
    CHECK_MESSAGE(has(status.out, refused + " (9QX4/"), status.out);
    CHECK(has(status.out, "HTTP 400: Problem in statement " + refused + ": this LRS does not take it"));

    // Sending again does not send it, nor anything else.
    const auto asked = server.requests().size();
    auto again = lrs(outbox, {"--records", records, "--send"});
    CHECK(again.exit_code == 1);
    CHECK(has(again.out, "Sent 0 statements"));
    CHECK(server.requests().size() == asked);

    // Once the LRS takes it, --retry-set-aside sends it, and only it.
    std::ofstream(refuse_file, std::ios::trunc);
    auto retried = lrs(outbox, {"--records", records, "--send", "--retry-set-aside"});
    CHECK_MESSAGE(retried.exit_code == 0, retried.err);
    CHECK(has(retried.out, "Sent 1 statements"));
    CHECK(server.stored().size() == 17);
    auto done = lrs(outbox, {"--records", records, "--status"});
    CHECK(has(done.out, "17 statements sent, 0 waiting\n"));
    CHECK_FALSE(has(done.out, "Set aside"));
}

TEST_CASE("a set-aside statement that has changed since the LRS refused it waits to be sent again") {
    const fs::path folder = fresh_lrs_folder("refused-changed");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    const std::string refused = class_statements(records).front().at("id");
    const fs::path refuse_file = folder / "refuse.txt";
    std::ofstream(refuse_file) << refused << '\n';
    FakeLrs server(folder, {"--refuse-file", refuse_file.string()});
    configure(outbox, server.endpoint());
    REQUIRE(lrs(outbox, {"--records", records, "--send"}).exit_code == 1);
    REQUIRE(has(lrs(outbox, {"--records", records, "--status"}).out, "16 statements sent, 0 waiting, 1 set aside"));

    // As if the statement had been built differently then (records mended,
    // another version of Second Look): the outbox kept what was refused.
    secondlook::SqliteDb(outbox).run("UPDATE set_aside SET statement = '{\"changed\": true}'");
    CHECK(has(lrs(outbox, {"--records", records, "--status"}).out, "16 statements sent, 1 waiting\n"));
    std::ofstream(refuse_file, std::ios::trunc);
    auto send = lrs(outbox, {"--records", records, "--send"});
    CHECK_MESSAGE(send.exit_code == 0, send.err);
    CHECK(has(send.out, "Sent 1 statements"));
    CHECK(ids_of(server.stored()) == class_statement_ids(records));
}

TEST_CASE("an LRS that takes the connection but never answers is reported as timed out, not unreachable") {
    const fs::path folder = fresh_lrs_folder("hung");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    FakeLrs server(folder, {"--fault", "hang"});
    configure(outbox, server.endpoint());

    auto send = lrs(outbox, {"--records", records, "--send", "--timeout", "1"});
    CHECK(send.exit_code == 1);
    CHECK_MESSAGE(has(send.err, "the LRS at " + server.endpoint() + " timed out"), send.err);
    CHECK(has(send.err, "did not answer within 1 seconds"));
    CHECK_FALSE(has(send.err, "could not reach"));
    CHECK(has(send.err, "17 statements wait in the outbox"));
    CHECK(has(lrs(outbox, {"--records", records, "--status"}).out, "0 statements sent, 17 waiting"));

    CHECK(lrs(outbox, {"--records", records, "--send", "--timeout", "0"}).exit_code == 2);
    CHECK(lrs(outbox, {"--records", records, "--status", "--timeout", "5"}).exit_code == 2);
}

TEST_CASE("setting or sending to a plain http:// endpoint warns that the key goes unencrypted") {
    const fs::path folder = fresh_lrs_folder("plain-http");
    const std::string outbox = (folder / "outbox.db").string();
    const std::string warning = "is plain http://, so the key and the statements cross the network unencrypted";

    auto secure = lrs(outbox, {"--set-endpoint", "https://lrs.example.org/xapi/", "--key", kLrsKey});
    REQUIRE(secure.exit_code == 0);
    CHECK_FALSE(has(secure.err, warning));
    auto plain = lrs(outbox, {"--set-endpoint", "HTTP://lrs.example.org/xapi/", "--key", kLrsKey});
    REQUIRE(plain.exit_code == 0);
    CHECK(has(plain.err, "warning: HTTP://lrs.example.org/xapi/ " + warning));

    // Loopback too: the machine may pass it on (a relay, a tunnel).
    const std::string records = classroom_records(folder);
    FakeLrs server(folder);
    configure(outbox, server.endpoint());
    auto send = lrs(outbox, {"--records", records, "--send"});
    CHECK(send.exit_code == 0);
    CHECK(has(send.err, "warning: " + server.endpoint() + " " + warning));
}
