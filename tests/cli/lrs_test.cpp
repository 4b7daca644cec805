// `secondlook lrs` through the real binary against a fake learning record
// store (tests/cli/fake_lrs.py) on loopback: nothing goes anywhere until an
// LRS is configured; then every statement arrives once, valid xAPI 1.0.3,
// and failures (503, a wrong key, no network) keep statements in the outbox
// until a later send delivers just those.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "lrs_helpers.h"
#include "xapi_rules.h"

using nlohmann::json;
namespace fs = std::filesystem;

TEST_CASE("without an LRS configured, nothing is sent anywhere and no outbox is made") {
    const fs::path folder = fresh_lrs_folder("unconfigured");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    FakeLrs server(folder);

    auto send = lrs(outbox, {"--records", records, "--send"});
    CHECK(send.exit_code == 1);
    CHECK(send.out.find("No LRS is configured, so nothing is sent anywhere") != std::string::npos);
    CHECK(send.err.find("--set-endpoint URL --key KEY:SECRET") != std::string::npos);
    CHECK_FALSE(fs::exists(outbox));
    auto status = lrs(outbox, {"--records", records, "--status"});
    CHECK(status.exit_code == 0);
    CHECK(status.out.find("No LRS is configured") != std::string::npos);

    // Once configured and then cleared, the LRS it named hears nothing either.
    configure(outbox, server.endpoint());
    CHECK(lrs(outbox, {"--clear"}).exit_code == 0);
    CHECK(lrs(outbox, {"--records", records, "--send"}).exit_code == 1);
    CHECK(read_text_file(outbox).find("s3cret") == std::string::npos);  // the key is gone
    CHECK(server.requests().empty());
}

TEST_CASE("a configured LRS gets every class statement once, valid xAPI, and nothing of the home learner") {
    const fs::path folder = fresh_lrs_folder("delivered");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    FakeLrs server(folder);
    configure(outbox, server.endpoint());
    // The key is kept in plain form, so only its owner may read the file.
    struct stat info {};
    REQUIRE(stat(outbox.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    auto send = lrs(outbox, {"--records", records, "--send", "--batch", "4"});
    REQUIRE_MESSAGE(send.exit_code == 0, send.err);
    const auto expected = class_statement_ids(records);
    REQUIRE(expected.size() == 17);  // 11 answers, and completed + passed/failed for 3 plays
    CHECK(send.out.find("Sent 17 statements") != std::string::npos);
    const auto stored = server.stored();
    CHECK(stored.size() == expected.size());
    CHECK(ids_of(stored) == expected);
    for (const auto& statement : stored) {
        check_statement(statement);
        CHECK(statement["actor"]["account"]["name"].get<std::string>().rfind("9QX4/", 0) == 0);
    }
    CHECK(server.requests() == std::vector<std::string>(5, "POST /xapi/statements 200"));  // 4+4+4+4+1

    auto status = lrs(outbox, {"--records", records, "--status"});
    CHECK(status.exit_code == 0);
    CHECK(status.out.find("17 statements sent, 0 waiting") != std::string::npos);
    CHECK(status.out.find("s3cret") == std::string::npos);

    // Sending again sends nothing: the LRS hears no further request.
    auto again = lrs(outbox, {"--records", records, "--send"});
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("Sent 0 statements") != std::string::npos);
    CHECK(server.requests().size() == 5);
}

TEST_CASE("an LRS failing with 503 keeps the rest in the outbox; the next send delivers only those") {
    const fs::path folder = fresh_lrs_folder("unavailable");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    FakeLrs server(folder, {"--fail", "2"});  // the second request gets 503
    configure(outbox, server.endpoint());

    auto first = lrs(outbox, {"--records", records, "--send", "--batch", "4"});
    CHECK(first.exit_code == 1);
    CHECK(first.err.find("HTTP 503") != std::string::npos);
    CHECK(first.err.find("13 statements wait in the outbox") != std::string::npos);
    CHECK(server.stored().size() == 4);
    CHECK(lrs(outbox, {"--records", records, "--status"}).out.find("4 statements sent, 13 waiting") !=
          std::string::npos);

    auto second = lrs(outbox, {"--records", records, "--send", "--batch", "4"});
    REQUIRE_MESSAGE(second.exit_code == 0, second.err);
    CHECK(second.out.find("Sent 13 statements") != std::string::npos);
    const auto stored = server.stored();
    CHECK(stored.size() == 17);  // none sent twice
    CHECK(ids_of(stored) == class_statement_ids(records));
}

TEST_CASE("a wrong key keeps every statement waiting until the right one is set") {
    const fs::path folder = fresh_lrs_folder("wrong-key");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    FakeLrs server(folder);
    configure(outbox, server.endpoint(), "school-key:guess");

    auto refused = lrs(outbox, {"--records", records, "--send"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("refused the key (HTTP 401)") != std::string::npos);
    CHECK(refused.err.find("17 statements wait in the outbox") != std::string::npos);
    CHECK(server.stored().empty());

    // A new key alone keeps the endpoint; here the ready-encoded form of kLrsKey.
    auto rekeyed = lrs(outbox, {"--key", "Basic c2Nob29sLWtleTpzM2NyZXQ="});
    REQUIRE_MESSAGE(rekeyed.exit_code == 0, rekeyed.err);
    auto sent = lrs(outbox, {"--records", records, "--send"});
    CHECK_MESSAGE(sent.exit_code == 0, sent.err);
    CHECK(ids_of(server.stored()) == class_statement_ids(records));
}

TEST_CASE("statements an LRS already holds (409) count as accepted, and the others still arrive") {
    const fs::path folder = fresh_lrs_folder("conflict");
    const std::string records = classroom_records(folder);
    FakeLrs server(folder);
    // Another facilitator's machine sent part of the records already: one play.
    const fs::path partial = folder / "one-play";
    fs::create_directories(partial);
    auto played = run_secondlook({"run", "tests/data/good/actions.yaml", "--records", (partial / "r.sqlite").string(),
                                  "--session", "9QX4", "--player", "fox", "--choose", "go-on,stop,deactivate"});
    REQUIRE_MESSAGE(played.exit_code == 0, played.err);
    const std::string other_outbox = (folder / "other-outbox.db").string();
    configure(other_outbox, server.endpoint());
    REQUIRE(lrs(other_outbox, {"--records", (partial / "r.sqlite").string(), "--send"}).exit_code == 0);
    const std::size_t held = server.stored().size();
    REQUIRE(held == 5);

    // This machine's copy of the records holds that play too, under the same ids.
    fs::copy_file(partial / "r.sqlite", folder / "copy-of-one-play.sqlite");
    const std::string outbox = (folder / "outbox.db").string();
    configure(outbox, server.endpoint());
    auto send = lrs(outbox, {"--records", folder.string(), "--send"});
    CHECK_MESSAGE(send.exit_code == 0, send.err);
    const auto stored = server.stored();
    CHECK(ids_of(stored).size() == stored.size());  // nothing stored twice
    CHECK(stored.size() == 17 + held);
    CHECK(lrs(outbox, {"--records", folder.string(), "--status"}).out.find("22 statements sent, 0 waiting") !=
          std::string::npos);
    const auto requests = server.requests();
    CHECK(std::count(requests.begin(), requests.end(), "POST /xapi/statements 409") >= 1);
}

TEST_CASE("only http and https endpoints with a host, and keys in key:secret form, are taken") {
    const fs::path folder = fresh_lrs_folder("settings");
    const std::string outbox = (folder / "outbox.db").string();
    for (const char* url : {"ftp://lrs.example.org/xapi/", "file:///etc/passwd", "lrs.example.org/xapi", "https:///xapi"}) {
        auto set = lrs(outbox, {"--set-endpoint", url, "--key", kLrsKey});
        CHECK_MESSAGE(set.exit_code == 2, url);
        CHECK(set.err.find("like https://lrs.example.org/xapi/") != std::string::npos);
    }
    auto keyless = lrs(outbox, {"--set-endpoint", "https://lrs.example.org/xapi/", "--key", "just-a-key"});
    CHECK(keyless.exit_code == 2);
    CHECK(keyless.err.find("\"key:secret\"") != std::string::npos);
    CHECK_FALSE(fs::exists(outbox));  // nothing kept from a refused setting

    // No network: the statements wait, with the reason.
    const std::string records = classroom_records(folder);
    configure(outbox, "http://127.0.0.1:1/xapi");
    auto unreachable = lrs(outbox, {"--records", records, "--send"});
    CHECK(unreachable.exit_code == 1);
    CHECK(unreachable.err.find("could not reach the LRS at http://127.0.0.1:1/xapi/") != std::string::npos);
    CHECK(unreachable.err.find("timed out") == std::string::npos);
    CHECK(lrs(outbox, {"--records", records, "--status"}).out.find("0 statements sent, 17 waiting") !=
          std::string::npos);
}
