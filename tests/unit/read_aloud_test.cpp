// Read aloud without a window or a voice: the words each new message,
// choice, caption and focus move would be spoken with, in order.
#include <doctest/doctest.h>

#include <algorithm>

#include "scenario_text.h"
#include "test_files.h"
#include "ui/read_aloud.h"
#include "ui/sound_director.h"

using namespace secondlook;

namespace {

GameState mini_state(double now) {
    GameState state(SupportInfo{}, {CatalogueEntry{"mini.yaml", load_valid("tests/data/good/mini.yaml"), {}}});
    REQUIRE(state.start(0, now));
    return state;
}

std::string joined(const ReadAloud::Lines& said) {
    std::string words;
    for (const auto& line : said.lines) words += line + "|";
    return words;
}

}  // namespace

TEST_CASE("a message is spoken with who sent it; choices are numbered as the keys pick them") {
    GameState state = mini_state(0);
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0);
    const Run& run = *state.run();
    CHECK(message_utterance(run.scenario(), run.events()[1]) == "Alex Stone: Hi there!");
    CHECK(choices_utterance(run.offered()) == "Your choices. Option 1: Check the profile. Option 2: Accept.");
    CHECK(choices_utterance({}).empty());
    CHECK(caption_utterance("[Message ping]") == "Sound: Message ping");
}

TEST_CASE("every sound cue has a caption in brackets, in plain ASCII") {
    for (SoundCue cue : all_cues()) {
        const std::string caption = cue_caption(cue);
        CAPTURE(caption);
        CHECK(caption.size() > 2);
        CHECK(caption.front() == '[');
        CHECK(caption.back() == ']');
        for (char c : caption) CHECK(static_cast<unsigned char>(c) < 128);  // the font may lack "…"
    }
    CHECK(cue_caption(SoundCue::Typing) == "[Typing...]");
    CHECK(caption_utterance(cue_caption(SoundCue::Ringtone)) == "Sound: Video call ringing");
}

TEST_CASE("read aloud says the screen, then each new message, then the choices, once each") {
    GameState state = mini_state(0);
    ReadAloud reader;
    ReadAloud::Lines first = reader.update(state, {}, 0, "");
    CHECK(first.interrupt);
    REQUIRE_FALSE(first.lines.empty());
    CHECK(first.lines.front() == "Playing Mini. Number keys pick a reply.");

    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0);
    ReadAloud::Lines arrived = reader.update(state, {"[Message ping]"}, 0, "");
    CHECK_FALSE(arrived.interrupt);  // the story going on waits for what is being said
    CHECK(joined(arrived) ==
          "Sound: Message ping|Alex Stone: Hi there!|Your choices. Option 1: Check the profile. Option 2: Accept.|");
    // Nothing new: nothing said, and a caption still showing is not repeated.
    CHECK(reader.update(state, {"[Message ping]"}, 0, "").lines.empty());

    // Choosing moves the story on: the feedback and the next messages, said at once.
    state.apply({UiAction::Kind::Choose, 0, "check"}, 1);
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 1);
    ReadAloud::Lines next = reader.update(state, {}, 0, "");
    CHECK(next.interrupt);
    const std::string words = joined(next);
    CHECK(words.find("You chose: Check the profile. Checking first is a good habit.|") != std::string::npos);
    CHECK(words.find("Alex Stone: Let's video call.|You: Maybe.|") != std::string::npos);
    CHECK(words.find("Option 1: Take the call.") != std::string::npos);
}

TEST_CASE("the focused control is spoken when the focus moves, and cuts off what was being said") {
    GameState state = mini_state(0);
    ReadAloud reader;
    reader.update(state, {}, 0, "");
    ReadAloud::Lines focus = reader.update(state, {}, 42, "Help  F1, button");
    CHECK(focus.interrupt);
    CHECK(joined(focus) == "Help  F1, button|");
    CHECK(reader.update(state, {}, 42, "Help  F1, button").lines.empty());
    state.apply(UiAction::of(UiAction::Kind::OpenSettings), 0);
    CHECK(joined(reader.update(state, {}, 42, "")) == "Settings. Escape closes.|");
}

TEST_CASE("settings changes are counted for saving; a joined session's timers are not") {
    GameState state = mini_state(0);
    const int before = state.settings_changes();
    state.apply({UiAction::Kind::SetTextSize, 180, {}}, 0);
    CHECK(state.settings().text_size == 175);
    state.apply(UiAction::of(UiAction::Kind::ToggleReadAloud), 0);
    CHECK(state.settings().read_aloud);
    CHECK(state.settings_changes() == before + 2);
    state.apply(UiAction::of(UiAction::Kind::OpenHelp), 0);
    CHECK(state.settings_changes() == before + 2);
}

TEST_CASE("reduced motion shows each message at once, with no typing") {
    GameState state = mini_state(0);
    state.apply(UiAction::of(UiAction::Kind::ToggleReducedMotion), 0);
    state.update(0.01);
    CHECK(state.pacer().settled());
    CHECK_FALSE(state.pacer().typing(*state.run()));
    CHECK_FALSE(state.animating());
}

TEST_CASE("the knowledge check is read aloud: each question with its numbered options, then the explanation") {
    auto loaded = load_check_file(source_path("scenarios/checks/knowledge-check.yaml"));
    REQUIRE(static_cast<bool>(loaded.check));
    const KnowledgeCheck& check = *loaded.check;
    GameState state = mini_state(0);
    state.set_knowledge_check(loaded.check);
    ReadAloud reader;
    reader.update(state, {}, 0, "");
    state.apply({UiAction::Kind::StartCheck, 0, "post"}, 1);
    REQUIRE(state.screen() == ScreenId::Check);

    const std::string opening = joined(reader.update(state, {}, 0, ""));
    const CheckQuestion& first = check.questions[0];
    CHECK(opening.find("Questions. Number keys pick an answer") == 0);
    CHECK(opening.find("Question 1 of " + std::to_string(check.questions.size()) + ". " + first.ask) !=
          std::string::npos);
    CHECK(opening.find("Option 1: " + first.options[0].text) != std::string::npos);
    CHECK(opening.find("Option 3: " + first.options[2].text) != std::string::npos);
    // Picking is not news: the question is not said again.
    state.apply({UiAction::Kind::PickCheckOption, 0, {}}, 2);
    CHECK(reader.update(state, {}, 0, "").lines.empty());

    // After play the answer is confirmed, then explained.
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 3);
    REQUIRE(state.check_progress()->explained);
    const std::string explained = joined(reader.update(state, {}, 0, ""));
    const bool right = first.options[0].correct;
    CHECK(explained.find(right ? "Yes, that's the best answer." : "A good try. The best answer is") == 0);
    CHECK(explained.find(first.explain) != std::string::npos);

    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 4);
    CHECK(joined(reader.update(state, {}, 0, "")).find("Question 2 of") == 0);
}

TEST_CASE("an early ending's debrief says where its continuation leads; the character's choices are read as narration") {
    GameState state = mini_state(0);
    for (const char* id : {"accept", "leave"}) {
        state.apply(UiAction::of(UiAction::Kind::SkipWait), 0);
        state.apply({UiAction::Kind::Choose, 0, id}, 0);
    }
    state.apply(UiAction::of(UiAction::Kind::ShowDebrief), 0);
    REQUIRE(state.screen() == ScreenId::Debrief);
    CHECK(screen_utterance(state).find("Jo took the call. See what happened next.") != std::string::npos);

    state.apply({UiAction::Kind::Choose, 0, "continue"}, 1);
    REQUIRE(state.screen() == ScreenId::Play);
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 1);
    state.apply({UiAction::Kind::Choose, 0, "jo-stops"}, 2);
    const Run& run = *state.run();
    const RunEvent& reply = *std::find_if(run.events().rbegin(), run.events().rend(),
                                          [](const RunEvent& event) { return event.kind == RunEvent::Kind::Reply; });
    CHECK(message_utterance(run.scenario(), reply) == "Jo stops replying and tells someone");
    // The ending reached last has no continuation to offer.
    state.apply(UiAction::of(UiAction::Kind::ShowDebrief), 2);
    CHECK(screen_utterance(state).find("See what happened next") == std::string::npos);
}
