// How mock apps look is said in the scenario file (a choice's `look`, a
// receipt's `status_look`, `reports`, `section`, `initials`), never guessed
// from English words, so a translation keeps it. These read it, refuse wrong
// words with FILE:LINE:COL and the allowed ones, and refuse keys on screens
// that would silently ignore them.
#include <doctest/doctest.h>

#include "core/scenario_lines.h"
#include "scenario_text.h"

using namespace secondlook;

namespace {

// kValidScenario with node 'hello' shown as `screen`: its lines below the
// contact move down by one.
std::string on_screen(const std::string& screen) {
    return replaced(kValidScenario, "contact: kit", "contact: kit\n    screen: " + screen);
}

// ... and `extra` (whole lines, indented) after the choice 'block's text (line 22).
std::string with_block_choice(const std::string& screen, const std::string& extra) {
    return replaced(on_screen(screen), "        text: Block\n", "        text: Block\n" + extra);
}

const Node& hello(const LoadResult& result) {
    REQUIRE_MESSAGE(result.ok(), all_diagnostics(result));
    const Node* node = result.scenario->find_node("hello");
    REQUIRE(node);
    return *node;
}

}  // namespace

TEST_CASE("a choice's look is read on every mock app screen; plain when not given") {
    for (const char* screen : {"account-settings", "report-form", "money-transfer", "block", "tell-someone",
                               "call-police"}) {
        CAPTURE(screen);
        auto result = load_text(with_block_choice(screen, "        look: danger\n"));
        CHECK(hello(result).choices[1].look == Look::Danger);
        CHECK(hello(result).choices[0].look == Look::Plain);
    }
    CHECK(hello(load_text(with_block_choice("call-police", "        look: good\n"))).choices[1].look == Look::Good);
    CHECK(hello(load_text(with_block_choice("block", "        look: caution\n"))).choices[1].look == Look::Caution);
    CHECK(hello(load_text(with_block_choice("block", "        look: plain\n"))).choices[1].look == Look::Plain);
}

TEST_CASE("a wrong look names its place and the allowed words") {
    auto result = load_text(with_block_choice("block", "        look: red\n"));
    CHECK_FALSE(result.ok());
    CHECK_MESSAGE(reports(result, "tiny.yaml:23:15: error: 'look' is 'red'; expected one of: plain, danger, good, caution"),
                  all_diagnostics(result));
}

TEST_CASE("a look where nothing draws it is an error, not silently ignored") {
    auto result = load_text(replaced(kValidScenario, "        text: Block\n", "        text: Block\n        look: danger\n"));
    CHECK_FALSE(result.ok());
    CHECK_MESSAGE(reports(result, "tiny.yaml:22:15: error: 'look' is only drawn on mock app screens, and node 'hello' "
                                  "is a 'chat' screen; remove it or change the node's screen"),
                  all_diagnostics(result));
}

TEST_CASE("a receipt's status_look colours its status; a wrong word lists the allowed ones") {
    const std::string receipt = "    receipt: { service: QuickSend, mtcn: \"123\", amount: \"£5\", status: Sent";
    auto plain = load_text(replaced(on_screen("money-transfer"), "    messages:", receipt + " }\n    messages:"));
    REQUIRE(hello(plain).receipt);
    CHECK(hello(plain).receipt->status_look == Look::Plain);
    auto caution = load_text(
        replaced(on_screen("money-transfer"), "    messages:", receipt + ", status_look: caution }\n    messages:"));
    CHECK(hello(caution).receipt->status_look == Look::Caution);
    auto wrong = load_text(
        replaced(on_screen("money-transfer"), "    messages:", receipt + ", status_look: amber }\n    messages:"));
    CHECK_MESSAGE(reports(wrong, "tiny.yaml:14:"), all_diagnostics(wrong));
    CHECK_MESSAGE(reports(wrong, "error: 'status_look' is 'amber'; expected one of: plain, danger, good, caution"),
                  all_diagnostics(wrong));
}

TEST_CASE("a report form reports a video only when the file says so") {
    CHECK(hello(load_text(on_screen("report-form"))).reports == Reported::Account);
    auto video = load_text(replaced(on_screen("report-form"), "screen: report-form", "screen: report-form\n    reports: video"));
    CHECK(hello(video).reports == Reported::Video);
    auto wrong = load_text(replaced(on_screen("report-form"), "screen: report-form", "screen: report-form\n    reports: photo"));
    CHECK(reports(wrong, "tiny.yaml:14:14: error: 'reports' is 'photo'; expected one of: account, video"));
    auto elsewhere = load_text(replaced(on_screen("block"), "screen: block", "screen: block\n    reports: video"));
    CHECK(reports(elsewhere, "tiny.yaml:14:14: error: 'reports' is only drawn on report-form screens"));
}

TEST_CASE("a settings page's section heads its rows; other screens refuse it") {
    const std::string app = "    app: { name: VidShare, title: Alerts, section: Alerts }\n    messages:";
    auto settings = load_text(replaced(on_screen("account-settings"), "    messages:", app));
    REQUIRE(hello(settings).app);
    CHECK(hello(settings).app->section == "Alerts");
    auto block = load_text(replaced(on_screen("block"), "    messages:", app));
    CHECK_MESSAGE(reports(block, "error: 'section' is only drawn on account-settings screens, and node 'hello' is a "
                                 "'block' screen"),
                  all_diagnostics(block));
}

TEST_CASE("a contact's initials: one to three letters, counted as characters, on tell-someone only") {
    CHECK(hello(load_text(with_block_choice("tell-someone", "        initials: P\n"))).choices[1].initials == "P");
    // Three letters outside ASCII are six bytes, and still fit.
    CHECK(hello(load_text(with_block_choice("tell-someone", "        initials: ÉÅØ\n"))).choices[1].initials ==
          "ÉÅØ");
    auto long_one = load_text(with_block_choice("tell-someone", "        initials: ABCD\n"));
    CHECK(reports(long_one, "tiny.yaml:23:19: error: 'initials' should be one to three letters, e.g. P or MO"));
    auto empty = load_text(with_block_choice("tell-someone", "        initials: \"\"\n"));
    CHECK(reports(empty, "'initials' should be one to three letters"));
    auto elsewhere = load_text(with_block_choice("block", "        initials: P\n"));
    CHECK(reports(elsewhere, "tiny.yaml:23:19: error: 'initials' is only drawn on tell-someone screens"));
}

TEST_CASE("translators get the section and the initials as lines of their own") {
    std::string text = with_block_choice("tell-someone", "        initials: B\n");
    auto tell = load_text(text);
    REQUIRE_MESSAGE(tell.ok(), all_diagnostics(tell));
    auto lines = scenario_lines(*tell.scenario);
    bool initials = false;
    for (const auto& line : lines) initials = initials || (line.id == "choice.block.initials" && line.text == "B");
    CHECK(initials);
    auto settings = load_text(replaced(on_screen("account-settings"), "    messages:",
                                       "    app: { name: VidShare, title: Alerts, section: Your alerts }\n    messages:"));
    bool section = false;
    for (const auto& line : scenario_lines(*settings.scenario))
        section = section || (line.id == "node.hello.app-section" && line.text == "Your alerts");
    CHECK(section);
}

TEST_CASE("the shipped scenarios say their looks, as the screens used to guess them") {
    auto friend_request = load_valid("scenarios/friend-request.yaml");
    const Node* police = friend_request->find_node("police-step");
    REQUIRE(police);
    for (const auto& choice : police->choices) {
        CAPTURE(choice.id);
        CHECK(choice.look == (choice.id == "call-999"   ? Look::Danger
                              : choice.id == "call-101" ? Look::Good
                                                        : Look::Plain));
    }
    auto industrial = load_valid("scenarios/industrial-hour.yaml");
    CHECK(industrial->find_node("transfer-status")->receipt->status_look == Look::Caution);
    CHECK(industrial->find_node("transfer-cancelled")->receipt->status_look == Look::Good);
    CHECK(friend_request->find_node("report-video-step")->reports == Reported::Video);
    CHECK(friend_request->find_node("report-call-step")->reports == Reported::Account);
}
