// A whole translation loaded at once: every interface string replaced, and
// the words the player meets (messages, read aloud, captions, feedback,
// the core's defaults) come out translated, never left in English.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/csv.h"
#include "app/ui_text.h"
#include "core/discussion_prompt.h"
#include "core/objectives.h"
#include "scenario_text.h"
#include "test_files.h"
#include "ui/read_aloud.h"
#include "ui/sound_director.h"

using namespace secondlook;

namespace {

constexpr const char* kMark = "\xC2\xA7";  // "§", in front of every translated string

// A pseudo-translation of the whole table, as a translator's CSV.
std::string write_marked_translation() {
    const auto path = scratch_path("marked-strings.csv");
    std::ofstream out(path, std::ios::binary);
    out << csv_row({"id", "context", "source", "translation"});
    for (const auto& entry : ui_strings())
        out << csv_row({"ui." + std::string(entry.id), std::string(entry.note), std::string(entry.text),
                        kMark + std::string(entry.text)});
    return path.string();
}

bool marked(const std::string& text) { return text.rfind(kMark, 0) == 0; }

// Back to English however a test ends, so later tests read English.
struct Translated {
    Translated() {
        std::string why;
        REQUIRE_MESSAGE(load_ui_translation(write_marked_translation(), &why), why);
    }
    ~Translated() { clear_ui_translation(); }
};

GameState mini_state() {
    GameState state(SupportInfo{}, {CatalogueEntry{"mini.yaml", load_valid("tests/data/good/mini.yaml"), {}}});
    state.apply(UiAction::of(UiAction::Kind::AcceptContentNote), 0.0);
    return state;
}

}  // namespace

TEST_CASE("with every string translated, the scenario list's and the forms' state-driven texts change") {
    Translated translated;
    GameState state = mini_state();
    REQUIRE(state.screen() == ScreenId::ScenarioList);
    CHECK(marked(screen_utterance(state)));
    CHECK(screen_utterance(state) == std::string(kMark) + "Choose a scenario. Tab moves between them, Enter starts one.");

    state.apply(UiAction::of(UiAction::Kind::OpenJoin), 0.0);
    state.apply({UiAction::Kind::JoinSession, 0, "AB\tfox"}, 0.0);
    CHECK(marked(state.join_message()));
    state.apply({UiAction::Kind::JoinSession, 0, "ABCD\t"}, 0.0);
    CHECK(state.join_message() ==
          std::string(kMark) + "Choose a nickname or your seat number (up to 20 characters). Not your real name.");

    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 0.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "1234"}, 0.0);  // no records on this computer
    CHECK(marked(state.pin_message()));
}

TEST_CASE("with every string translated, play's read aloud, feedback, captions and the core's defaults change") {
    Translated translated;
    GameState state = mini_state();
    REQUIRE(state.start(0, 0.0));
    CHECK(screen_utterance(state) == std::string(kMark) + "Playing Mini. Number keys pick a reply.");
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);
    const Run& run = *state.run();
    // "§Your choices. §Option 1: ..." : each piece is the translator's.
    const std::string choices = choices_utterance(run.offered());
    CHECK(marked(choices));
    CHECK(choices.find(std::string(kMark) + "Option 1: Check the profile") != std::string::npos);
    CHECK(message_utterance(run.scenario(), run.events()[1]) == std::string(kMark) + "Alex Stone: Hi there!");

    state.apply({UiAction::Kind::Choose, 0, "check"}, 1.0);
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 1.0);
    REQUIRE(state.latest_feedback());
    CHECK(state.latest_feedback()->what == std::string(kMark) + "You chose: Check the profile");
    CHECK(state.latest_feedback()->feedback == "Checking first is a good habit.");  // the scenario's own words stay

    CHECK(cue_caption(SoundCue::MessagePing) == std::string(kMark) + "[Message ping]");
    CHECK(marked(discussion_prompt(Stage::Turn).question));
    CHECK(marked(discussion_prompt(Stage::Turn).nudge));
    REQUIRE(find_objective("RESP-2"));
    CHECK(objective_title(*find_objective("RESP-2")) == std::string(kMark) + "Don't pay");
    CHECK(find_objective("RESP-2")->title == "Don't pay");  // reports for adults keep English
    CHECK(speaker_name(run.scenario(), kPlayerSpeaker) == std::string(kMark) + "You");
}

TEST_CASE("back in English once the translation is cleared") {
    {
        Translated translated;
        CHECK(marked(ui_text("list.title")));
    }
    CHECK(ui_text("list.title") == "Choose a scenario");
    CHECK(cue_caption(SoundCue::MessagePing) == "[Message ping]");
}
