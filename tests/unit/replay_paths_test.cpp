// Resuming an unfinished play, --choose and an author's reload all bring a
// play back through the one replay of app/play_session.h: the same ids reach
// the same point of the story, with the same evidence, flags and points.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/scenario_loader.h"
#include "records/record_store.h"
#include "scenario_text.h"
#include "test_files.h"
#include "ui/game_state.h"

using namespace secondlook;

namespace {

const std::vector<std::string> kIds{"flag:chat.2", "go-on", "screenshot", "calm"};

// What a play has come to, in terms a player would notice.
struct Where {
    std::string node;
    std::vector<std::string> actions;
    std::map<std::string, int> points;
    std::size_t events = 0;
    bool flagged = false;

    bool operator==(const Where& other) const {
        return node == other.node && actions == other.actions && points == other.points && events == other.events &&
               flagged == other.flagged;
    }
};

Where where(const Run& run) {
    Where at{run.node().id, {}, run.state().points, run.events().size(), run.flagged("chat.2")};
    for (const auto& action : run.actions()) at.actions.push_back(action.id);
    return at;
}

std::string file_text(const std::string& relative) {
    std::ifstream in(source_path(relative));
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("resume, --choose and a reload reach the same play as playing the ids one by one") {
    const std::string path = "actions.yaml";
    const std::string text = file_text("tests/data/good/actions.yaml");
    const auto scenario = load_scenario_text(text, path).scenario;
    REQUIRE(scenario);

    PlaySession by_hand(scenario, 0.0);
    for (const auto& id : kIds) REQUIRE(by_hand.act(id, 1.0));
    const Where expected = where(by_hand.run());
    CHECK(expected.node == "threat");
    CHECK(expected.actions == std::vector<std::string>{"flag:chat.2", "screenshot", "calm"});

    // --choose (the window replays its ids through GameState::replay).
    GameState chosen(SupportInfo{}, {CatalogueEntry{path, scenario, {}}});
    REQUIRE(chosen.start(0, 0.0));
    std::string why;
    REQUIRE_MESSAGE(chosen.replay(kIds, 1.0, &why), why);
    CHECK(where(*chosen.run()) == expected);

    // Resume: the same ids, recorded by a play the window closed on.
    RecordStore store(fresh_records_path("replay-paths.sqlite"));
    {
        GameState cut_short(SupportInfo{}, {CatalogueEntry{path, scenario, {}}});
        cut_short.record_to(&store, kHomeSession, "me");
        REQUIRE(cut_short.start(0, 0.0));
        for (const auto& id : kIds) {
            cut_short.apply(UiAction::of(UiAction::Kind::SkipWait), 1.0);
            cut_short.apply({UiAction::Kind::Choose, 0, id}, 1.0);
        }
        REQUIRE(where(*cut_short.run()) == expected);
    }
    GameState resumed(SupportInfo{}, {CatalogueEntry{path, scenario, {}}});
    resumed.record_to(&store, kHomeSession, "me");
    REQUIRE(resumed.can_resume(scenario->id));
    resumed.apply({UiAction::Kind::ResumeScenario, 0, {}}, 2.0);
    REQUIRE(resumed.run());
    CHECK(where(*resumed.run()) == expected);
    CHECK(resumed.pacer().settled());

    // An author's reload of an unchanged file replays the player's ids.
    GameState reloaded(SupportInfo{}, {CatalogueEntry{path, scenario, {}}});
    REQUIRE(reloaded.start(0, 0.0));
    REQUIRE(reloaded.replay(kIds, 1.0, &why));
    reloaded.reload(path, load_scenario_text(text, path), 2.0);
    CHECK(reloaded.run()->scenario().id == scenario->id);
    CHECK(where(*reloaded.run()) == expected);
    CHECK(reloaded.reload_notice(2.0) == "Reloaded; you are where you were");
}
