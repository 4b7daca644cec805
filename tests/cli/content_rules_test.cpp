// `lint` enforces the content brief's checkable rules: each is broken on a
// copy of the campaign-film scenario (or of the support file) and caught.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "process.h"

namespace {

// A copy of friend-request.yaml with `from` replaced by `to` (which must occur).
std::string broken_copy(const std::string& name, const std::string& from, const std::string& to) {
    std::string text = read_text_file(std::string(SECONDLOOK_SOURCE_DIR) + "/scenarios/friend-request.yaml");
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "friend-request.yaml no longer contains: " << from);
    text.replace(at, from.size(), to);
    const std::string path = std::string(SECONDLOOK_TEST_OUTPUT) + "/" + name + ".yaml";
    std::ofstream(path) << text;
    return path;
}

// The debrief of the ending 'end-left-call', as the file starts it.
const std::string kLeftCallText = "\n        You ended the call as soon as something was wrong";
const std::string kLeftCallDebrief = "      debrief: >-" + kLeftCallText;

// The same ending with `debrief` as its debrief, the old one kept as notes.
std::string left_call_debrief(const std::string& debrief) {
    return "      debrief: " + debrief + "\n      notes: >-" + kLeftCallText;
}

void check_caught(const std::string& path, const std::string& message) {
    auto result = run_secondlook({"lint", path});
    CHECK(result.exit_code == 1);
    CHECK_MESSAGE(result.out.find(path + ":") != std::string::npos, result.out);
    CHECK_MESSAGE(result.out.find(message) != std::string::npos, result.out);
}

}  // namespace

TEST_CASE("lint catches a scenario that does not say who it is for") {
    check_caught(broken_copy("no-audience", "audience: [schools, armed-forces, home]\n", ""),
                 "declares no 'audience:'");
    check_caught(broken_copy("unknown-track", "audience: [schools, armed-forces, home]\n",
                             "audience: [schools, teachers]\n"),
                 "audience 'teachers' is not a track; use schools, armed-forces, home or parents");
    check_caught(broken_copy("no-min-age", "min_age: 11\n", ""), "declares no 'min_age:'");
    check_caught(broken_copy("too-young", "min_age: 11\n", "min_age: 8\n"), "min_age should be from 11");
}

TEST_CASE("lint catches an ending without a helpful debrief, and a choice without feedback") {
    check_caught(broken_copy("short-debrief", kLeftCallDebrief, left_call_debrief("Good.")),
                 "debrief of ending 'end-left-call' is too short");
    // Long enough, but nothing to read: 80 spaces (quoted, so YAML keeps them), or dots.
    check_caught(broken_copy("blank-debrief", kLeftCallDebrief,
                             left_call_debrief("\"" + std::string(90, ' ') + "\"")),
                 "debrief of ending 'end-left-call' is too short");
    check_caught(broken_copy("dotted-debrief", kLeftCallDebrief,
                             left_call_debrief("\"" + std::string(45, '.') + " \u2026 \u2026 \u2026 " +
                                               std::string(40, '.') + "\"")),
                 "debrief of ending 'end-left-call' is too short");
    check_caught(broken_copy("no-feedback", "        feedback: >-\n          Spot on. You don't owe a stranger",
                             "        x-feedback: >-\n          Spot on. You don't owe a stranger"),
                 "has no 'feedback:'");
}

TEST_CASE("lint catches a support file that signposts nothing") {
    namespace fs = std::filesystem;
    const fs::path data = fs::path(SECONDLOOK_TEST_OUTPUT) / "no-support-data";
    fs::create_directories(data / "assets" / "support");
    std::ofstream(data / "assets" / "support" / "en-GB.yaml")
        << "region: en-GB\nheading: Help\nintro: There is help.\ncrisis: Call for help now.\ncontacts: []\n";
    setenv("SECONDLOOK_DATA", data.c_str(), 1);
    auto result = run_secondlook({"lint", "scenarios/friend-request.yaml"});
    unsetenv("SECONDLOOK_DATA");
    CHECK(result.exit_code == 1);
    CHECK_MESSAGE(result.out.find("lists no service with a phone, web or text contact") != std::string::npos,
                  result.out);
}

TEST_CASE("lint catches a reply that names the sign it answers, at its text; a mock app's own words are not replies") {
    const std::string path = broken_copy("named-sign", "text: Stop replying and block Skye\n",
                                         "text: Guilt-tripping is a red flag. Stop and block\n");
    // Where the reply's text starts in the broken copy.
    const std::string text = read_text_file(path);
    const auto at = text.find("Guilt-tripping");
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
    const auto column = at - text.rfind('\n', at);
    check_caught(path, ":" + std::to_string(line) + ":" + std::to_string(column) +
                           ": error: the reply 'Guilt-tripping is a red flag. Stop and block' of choice 'stop-guilt' "
                           "names the sign for the player (\"red flag\")");
    // "Fake profile used for a scam" is a report form's reason, not the player's words.
    auto report_form = run_secondlook({"lint", "scenarios/video-posted.yaml"});
    CHECK_MESSAGE(report_form.exit_code == 0, report_form.out);
}

TEST_CASE("lint catches a stage of the story without a discussion question, and a question too short to ask") {
    const std::string turn_prompt =
        "    discuss: \"The tone changes completely. What is the blackmailer hoping the person will feel and do in "
        "the next few minutes?\"\n";
    check_caught(broken_copy("no-turn-prompt", turn_prompt, ""),
                 "the story's 'turn' stage has no discussion question; add 'discuss:' to one of its nodes (e.g. "
                 "'the-turn')");
    check_caught(broken_copy("short-prompt", turn_prompt, "    discuss: \"Any thoughts?\"\n"),
                 "the 'discuss:' question of node 'the-turn' is too short");
}

TEST_CASE("lint keeps a class from ever being offered a reply that gives in to the ask") {
    check_caught(broken_copy("class-gives-in", "      - id: give-in-ask\n        in_class: false\n", "      - id: give-in-ask\n"),
                 "choice 'give-in-ask' gives in to the ask (it goes to the cut 'cut-later'); mark it 'in_class: "
                 "false'");
    check_caught(broken_copy("class-stuck", "      - id: refuse-after-pressure\n",
                             "      - id: refuse-after-pressure\n        in_class: false\n"),
                 "node 'pressure' offers a class nothing");
}
