// Two cards the scenarios choose instead of describing in words: a picture
// sent or received (a plain card that never shows or describes it), and what
// a request card says the person did (friend, follow, message request).
#include <doctest/doctest.h>

#include <algorithm>

#include "app/ui_text.h"
#include "core/scenario_lines.h"
#include "scenario_text.h"

using namespace secondlook;

namespace {

const Message* message_of(const Scenario& scenario, const std::string& id) {
    for (const auto& node : scenario.nodes)
        for (const auto& message : node.messages)
            if (message.id == id) return &message;
    return nullptr;
}

const std::string kPictureFromKit = "      - { from: kit, text: \"Hi!\" }\n      - { from: kit, kind: picture }\n";

}  // namespace

TEST_CASE("a picture message says only that a picture was sent or received, in the program's words") {
    const auto loaded = load_text(replaced(kValidScenario, "      - { from: kit, text: \"Hi!\" }\n",
                                           kPictureFromKit + "      - { from: you, kind: picture }\n"));
    REQUIRE_MESSAGE(loaded.ok(), all_diagnostics(loaded));
    const Message* received = message_of(*loaded.scenario, "hello.2");
    const Message* sent = message_of(*loaded.scenario, "hello.3");
    REQUIRE(received);
    REQUIRE(sent);
    CHECK(received->kind == MessageKind::Picture);
    CHECK(received->text == ui_text("chat.picture-received"));
    CHECK(sent->text == ui_text("chat.picture-sent"));
    // Not scenario text: a translator of the scenario never gets it.
    const auto lines = scenario_lines(*loaded.scenario);
    CHECK(std::none_of(lines.begin(), lines.end(), [](const ScenarioLine& line) { return line.id == "message.hello.2"; }));
    CHECK(std::any_of(lines.begin(), lines.end(), [](const ScenarioLine& line) { return line.text == "Hi!"; }));
}

TEST_CASE("a picture message with a text is refused: a scenario never describes an image") {
    const auto described = load_text(replaced(kValidScenario, "      - { from: kit, text: \"Hi!\" }\n",
                                              "      - { from: kit, kind: picture, text: \"A photo of a beach\" }\n"));
    CHECK(reports(described, "tiny.yaml:14:43: error: a 'picture' message has no text"));
}

TEST_CASE("The Fake shows the faked picture as a picture card, never in words") {
    const auto scenario = load_valid("scenarios/faked-image.yaml");
    const Message* fake = message_of(*scenario, "fake-sent");
    REQUIRE(fake);
    CHECK(fake->kind == MessageKind::Picture);
    CHECK(fake->text == ui_text("chat.picture-received"));
}

TEST_CASE("a request card says what the scenario says the person did") {
    CHECK(load_valid("scenarios/new-follower.yaml")->find_node("new-follower")->request == RequestKind::Follow);
    CHECK(load_valid("scenarios/faked-image.yaml")->find_node("message-request")->request == RequestKind::Message);
    CHECK(load_valid("scenarios/friend-request.yaml")->find_node("request")->request == RequestKind::Friend);

    const auto on_chat = load_text(replaced(kValidScenario, "    contact: kit\n", "    contact: kit\n    request: follow\n"));
    CHECK(reports(on_chat, "error: 'request' is only drawn on friend-request screens"));
    const auto unknown = load_text(replaced(kValidScenario, "  - id: hello\n",
                                            "  - id: hello\n    screen: friend-request\n    request: like\n"));
    CHECK(reports(unknown, "request"));
    CHECK_FALSE(unknown.ok());
}
