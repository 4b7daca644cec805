// Scenario lines for translators: every line a player reads, under an id
// built from the author's ids, so it stays put when other lines move.
#include <doctest/doctest.h>

#include <set>

#include "core/scenario_lines.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

namespace {

const ScenarioLine* find_line(const std::vector<ScenarioLine>& lines, const std::string& id) {
    for (const auto& line : lines)
        if (line.id == id) return &line;
    return nullptr;
}

}  // namespace

TEST_CASE("every line of the campaign-film scenario has a unique id and a place in the file") {
    auto scenario = load_valid("scenarios/friend-request.yaml");
    auto lines = scenario_lines(*scenario);
    std::set<std::string> ids;
    for (const auto& line : lines) {
        CHECK_MESSAGE(ids.insert(line.id).second, "twice: " << line.id);
        CHECK_MESSAGE(!line.text.empty(), line.id);
        CHECK_MESSAGE(line.where.line > 0, line.id);
    }
    // Every message, choice and ending is there.
    std::size_t messages = 0, choices = 0, endings = 0;
    for (const auto& node : scenario->nodes) {
        messages += node.messages.size();
        choices += node.choices.size();
        endings += node.is_ending() ? 1 : 0;
        for (const auto& message : node.messages) CHECK(find_line(lines, "message." + message.id));
        for (const auto& choice : node.choices) CHECK(find_line(lines, "choice." + choice.id + ".text"));
    }
    CHECK(messages > 20);
    CHECK(choices > 10);
    CHECK(endings > 0);
    REQUIRE(find_line(lines, "title"));
    CHECK(find_line(lines, "title")->text == scenario->title);
    // The intro to "See what could have happened" is read too.
    const ScenarioLine* intro = find_line(lines, "ending.end-spotted-early.continue-intro");
    REQUIRE(intro);
    CHECK(intro->text == scenario->find_node("end-spotted-early")->continues()->intro);
}

TEST_CASE("lines keep their ids when a message is added elsewhere") {
    const auto before = load_text(kValidScenario);
    const auto after = load_text(replaced(kValidScenario, R"(      - { from: kit, text: "Hi!" })",
                                          "      - { from: kit, text: \"New first line\" }\n"
                                          "      - { id: greeting, from: kit, text: \"Hi!\" }"));
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    auto first = scenario_lines(*before.scenario), second = scenario_lines(*after.scenario);
    for (const char* id : {"choice.block.feedback", "choice.pay.text", "ending.end-safe.title", "cast.kit.name"}) {
        REQUIRE_MESSAGE(find_line(first, id), id);
        REQUIRE_MESSAGE(find_line(second, id), id);
        CHECK(find_line(first, id)->text == find_line(second, id)->text);
    }
    // A message given its own id keeps it wherever it moves.
    REQUIRE(find_line(second, "message.greeting"));
    CHECK(find_line(second, "message.greeting")->text == "Hi!");
}
