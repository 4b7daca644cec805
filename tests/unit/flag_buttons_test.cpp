// Where the window offers a Flag, driven by keyboard alone in a headless ImGui
// frame (no renderer). The window hands Tab to ImGui as the Down arrow and
// Enter as Space (keyboard.cpp: for_imgui), so Down moves to the next control,
// Space presses it, and the screen returns what the player asked for.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "scenario_text.h"
#include "ui/fonts.h"
#include "ui/game_state.h"
#include "ui/screens/screens.h"

using namespace secondlook;

namespace {

// One ImGui context for the test, with the keyboard navigation the window turns on.
class HeadlessFrames {
public:
    HeadlessFrames() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 720);
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.KeyMap[ImGuiKey_DownArrow] = kNext;
        io.KeyMap[ImGuiKey_UpArrow] = kPrevious;
        io.KeyMap[ImGuiKey_Space] = kSpace;
        fonts_ = build_fonts(1.0f);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessFrames() { ImGui::DestroyContext(); }

    // Draws the play screen's messenger once, with `key` held (or none), and
    // returns what it asked for.
    UiAction frame(const GameState& state, int key = -1) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60;
        std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
        if (key >= 0) io.KeysDown[key] = true;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("##root", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        const ScreenContext context{state, fonts_, 1.0f, 0.0, nullptr};
        UiAction action = draw_messenger(context, Rect{{20, 20}, {860, 700}});
        ImGui::End();
        ImGui::Render();
        return action;
    }

    // Moves through every control of the screen, down (Tab) then back up
    // (Shift+Tab), pressing each; the flags asked for.
    std::set<std::string> flags_reached_by_keyboard(const GameState& state) {
        std::set<std::string> flags;
        frame(state);
        for (int key : {kNext, kPrevious})
            for (int i = 0; i < 30; ++i) {
                frame(state, key);
                frame(state);
                UiAction pressed = frame(state, kSpace);
                frame(state);
                if (pressed.id.rfind("flag:", 0) == 0) flags.insert(pressed.id);
            }
        return flags;
    }

private:
    static constexpr int kNext = 1, kPrevious = 2, kSpace = 3;
    Fonts fonts_;
};

GameState playing(const std::string& scenario, const std::vector<std::string>& ids) {
    GameState state(SupportInfo{}, {CatalogueEntry{scenario, load_valid(scenario), {}}});
    REQUIRE(state.start(0, 0.0));
    std::string why;
    REQUIRE_MESSAGE(state.replay(ids, 0.0, &why), why);
    state.update(1000.0);  // every message has arrived
    return state;
}

}  // namespace

TEST_CASE("the friend-request card offers a Flag on each profile detail and its message, by keyboard") {
    HeadlessFrames frames;
    GameState state = playing("scenarios/friend-request.yaml", {});
    REQUIRE(state.run()->node().id == "request");
    const auto flags = frames.flags_reached_by_keyboard(state);
    for (const char* detail : {"joined", "mutual-friends", "friends", "photos", "posts"}) {
        INFO(detail);
        CHECK(flags.count(std::string("flag:skye.") + detail));
    }
    CHECK(flags.count("flag:request-flattery"));
    // The same action as the profile pop-up's Flag: it scores the sign.
    state.apply({UiAction::Kind::Choose, 0, "flag:skye.joined"}, 1000.0);
    CHECK(state.run()->flagged("skye.joined"));
    CHECK(state.run()->points("SPOT-2") == 1);
}

TEST_CASE("a call offers a Flag on what the caller says, by keyboard") {
    HeadlessFrames frames;
    GameState state = playing("scenarios/friend-request.yaml",
                              {"accept-request", "chat-back", "sure-tomorrow", "feel-same", "agree-video", "answer-call"});
    REQUIRE(state.run()->node().screen == Screen::Call);
    CHECK(frames.flags_reached_by_keyboard(state).count("flag:camera-broken"));
}

TEST_CASE("the blackmail screen offers no Flag on its threats") {
    HeadlessFrames frames;
    GameState state = playing("tests/data/good/actions.yaml", {"go-on"});
    REQUIRE(state.run()->node().screen == Screen::Blackmail);
    CHECK(frames.flags_reached_by_keyboard(state).empty());
    CHECK(state.run()->flaggable().empty());
}
