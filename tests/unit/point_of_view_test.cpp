// A story told about a named character (`protagonist: Leo`) labels the
// player's side with the character's name, never "you": the class watching
// Leo is not addressed as the one it happens to. A first-person story keeps
// "You".
#include <doctest/doctest.h>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "scenario_text.h"

using namespace secondlook;

TEST_CASE("a story about Leo names Leo where a first-person story says you") {
    const auto leo = load_valid("scenarios/new-follower.yaml");
    CHECK(leo->protagonist == "Leo");
    CHECK(speaker_name(*leo, "you") == "Leo");
    CHECK(side_text(*leo, "chat.you") == "Leo");
    CHECK(side_text(*leo, "reply.label") == "What should Leo do?");
    CHECK(side_text(*leo, "request.follows") == "started following Leo");
    CHECK(side_text(*leo, "tools.feeling", {{"feeling", "Calm."}}) == "How Leo feels: Calm.");
    CHECK(side_text(*leo, "read.you", {{"text", "thanks mum"}}) == "Leo: thanks mum");
    CHECK(load_valid("scenarios/faked-image.yaml")->protagonist == "Maya");

    // The parent is the player: their own story, in the second person.
    const auto parent = load_valid("scenarios/when-your-child-tells-you.yaml");
    CHECK(parent->protagonist.empty());
    CHECK(speaker_name(*parent, "you") == "You");
    CHECK(side_text(*parent, "reply.label") == "Your reply");
    CHECK(side_text(*parent, "request.wants") == "wants to be your friend");
}

TEST_CASE("every label with a named twin has one in the string table, and the twin names the character") {
    for (const auto& [id, twin] : side_text_twins()) {
        CHECK_MESSAGE(ui_text(id) != id, id << " is not in the table");
        CHECK_MESSAGE(ui_text(twin) != twin, twin << " is not in the table");
        CHECK_MESSAGE(ui_text(twin).find("{name}") != std::string::npos, twin << " does not name the character");
    }
}

TEST_CASE("a protagonist that is not a short name is refused at its line") {
    const auto braces = load_text(replaced(kValidScenario, "start: hello\n", "start: hello\nprotagonist: \"{Leo}\"\n"));
    CHECK(reports(braces, "tiny.yaml:6:14: error: 'protagonist' should be the first name of the character"));
    const auto fine = load_text(replaced(kValidScenario, "start: hello\n", "start: hello\nprotagonist: Kit\n"));
    REQUIRE_MESSAGE(fine.ok(), all_diagnostics(fine));
    CHECK(speaker_name(*fine.scenario, "you") == "Kit");
}
