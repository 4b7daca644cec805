// Actions besides replying: flags, profile cards, recording, screenshots into
// the evidence locker, the countdown, stress and calming breaths.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/debrief.h"
#include "core/scenario_loader.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

namespace {

std::shared_ptr<const Scenario> load_actions() { return load_valid("tests/data/good/actions.yaml"); }

void act(Run& run, const std::string& id) {
    std::string why;
    INFO(id);
    REQUIRE_MESSAGE(run.act(id, &why), why);
}

// actions.yaml as text, to switch a node's Flags with `flags:`.
std::string actions_text() {
    std::ifstream in(std::string(SECONDLOOK_SOURCE_DIR) + "/tests/data/good/actions.yaml");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> flaggable_ids(const Run& run) {
    std::vector<std::string> ids;
    for (const auto& target : run.flaggable()) ids.push_back(target.id);
    return ids;
}

std::vector<std::string> captured(const Run& run) {
    std::vector<std::string> ids;
    for (const auto& status : run.evidence())
        if (status.captured) ids.push_back(status.item->id);
    return ids;
}

}  // namespace

TEST_CASE("flagging a real warning sign scores it once; an ordinary detail gets gentle feedback") {
    Run run(load_actions());
    act(run, "flag:chat.2");
    CHECK(run.points("SPOT-2") == 2);
    CHECK(run.actions().back().tone == Tone::Good);
    CHECK(run.actions().back().feedback == "A camera that never works.");
    act(run, "flag:chat.1");
    CHECK(run.points("SPOT-2") == 2);
    CHECK(run.actions().back().awarded.empty());
    CHECK(run.actions().back().feedback == "That detail is ordinary on its own.");
    std::string why;
    CHECK_FALSE(run.act("flag:chat.2", &why));
    CHECK(why.find("already flagged") != std::string::npos);
    // A trusted friend's words are not up for flagging.
    CHECK_FALSE(run.act("flag:chat.3", &why));
    CHECK(why.find("not on screen to flag") != std::string::npos);
}

TEST_CASE("messages can be flagged only until the next reply, and missed signs are listed") {
    Run run(load_actions());
    act(run, "go-on");
    std::string why;
    CHECK_FALSE(run.act("flag:chat.2", &why));
    CHECK(why.find("not on screen") != std::string::npos);
    auto signs = run.signs();
    REQUIRE(signs.size() == 1);
    CHECK(signs[0].target.id == "chat.2");
    CHECK_FALSE(signs[0].caught);
}

TEST_CASE("the account ID is found in the profile card and recorded; the name scores nothing") {
    Run run(load_actions());
    std::string why;
    CHECK_FALSE(run.act("record:rae.id", &why));
    CHECK(why.find("open the profile first") != std::string::npos);
    act(run, "profile:rae");
    REQUIRE(run.open_profile());
    CHECK(run.actions().back().id == "profile:rae");  // looking is listed, though it scores nothing
    CHECK(run.actions().back().awarded.empty());
    act(run, "record:rae.name");
    CHECK(run.points("RESP-4") == 0);
    CHECK(run.actions().back().feedback.find("rae.lane.77") != std::string::npos);
    act(run, "record:rae.id");
    CHECK(run.points("RESP-4") == 2);
    CHECK(captured(run) == std::vector<std::string>{"account-id"});
    // Profile details can be flagged while the card is open.
    act(run, "flag:rae.joined");
    CHECK(run.points("SPOT-2") == 1);
    act(run, "close-profile");
    CHECK_FALSE(run.open_profile());
    CHECK_FALSE(run.act("flag:rae.hometown", &why));
}

TEST_CASE("a screenshot captures what is on screen: the profile card, or the conversation") {
    Run run(load_actions());
    act(run, "profile:rae");
    act(run, "screenshot");
    CHECK(run.actions().back().capture_number == 1);
    CHECK(captured(run) == std::vector<std::string>{"account-id", "profile-link"});
    act(run, "close-profile");
    act(run, "screenshot");
    CHECK(run.actions().back().captured.empty());  // the threats have not arrived yet
    act(run, "go-on");
    act(run, "screenshot");
    CHECK(run.actions().back().captured == std::vector<std::string>{"threats"});
    CHECK(run.points("RESP-4") == 4);
    // The MTCN only matters once money was sent.
    auto listed = run.evidence();
    CHECK(std::none_of(listed.begin(), listed.end(), [](const EvidenceStatus& s) { return s.item->id == "mtcn"; }));
}

TEST_CASE("the countdown escalates with new demands and stress, and choices stay available at zero") {
    Run run(load_actions());
    act(run, "go-on");
    REQUIRE(run.countdown());
    CHECK(run.stress() == 50);
    CHECK(run.countdown_left() == doctest::Approx(60));
    CHECK(run.demanded() == "£100");
    std::size_t events_before = run.events().size();
    act(run, "wait:25");
    CHECK(run.countdown_left() == doctest::Approx(35));
    REQUIRE(run.events().size() == events_before + 1);  // one demand arrived; waiting itself shows nothing
    CHECK(run.events().back().message->text == "Now it's £200.");
    CHECK(run.demanded() == "£200");
    CHECK(run.stress() == 70);
    CHECK(run.high_stress());
    act(run, "wait:100");
    CHECK(run.countdown_left() == 0);
    CHECK(run.stress() == 90);  // the second demand (+10) and the deadline (+10)
    CHECK(run.offered().size() == 2);
}

TEST_CASE("a calming breath lowers stress and earns RESP-1 once") {
    Run run(load_actions());
    std::string why;
    CHECK_FALSE(run.act("calm", &why));  // nothing to calm yet
    act(run, "go-on");
    act(run, "calm");
    CHECK(run.stress() == 25);
    CHECK(run.actions().back().feedback == "Slow breaths help you think.");
    CHECK(run.points("RESP-1") == 2);
    act(run, "calm");
    CHECK(run.stress() == 0);
    CHECK(run.points("RESP-1") == 2);
}

TEST_CASE("a money-transfer receipt is evidence once money was sent") {
    Run run(load_actions());
    act(run, "go-on");
    act(run, "pay");
    CHECK(run.node().receipt->mtcn == "123 456 7890");
    auto missing = run.evidence();
    CHECK(std::any_of(missing.begin(), missing.end(), [](const EvidenceStatus& s) { return s.item->id == "mtcn" && !s.captured; }));
    act(run, "screenshot");
    CHECK(run.actions().back().captured == std::vector<std::string>{"mtcn"});
    act(run, "cancel");
    act(run, "deactivate");
    REQUIRE(run.finished());
    Debrief debrief = make_debrief(run);
    CHECK(debrief.score.earned == run.total_points());
    CHECK(debrief.score.earned == 1 + 2 + 2);  // the MTCN, cancelling, deactivating
    // Scored against what this play offered: the two signs it showed (3),
    // calming down once stress rose (2), the four evidence items in view
    // (5), and the best reply at each choice: not paying (2), cancelling (2)
    // and deactivating (2).
    CHECK(debrief.score.offered == 3 + 2 + 5 + 2 + 2 + 2);
}

TEST_CASE("wrong action ids are explained") {
    Run run(load_actions());
    std::string why;
    CHECK_FALSE(run.act("wait:soon", &why));
    CHECK(why.find("wait:SECONDS") != std::string::npos);
    CHECK_FALSE(run.act("wait:10", &why));
    CHECK(why.find("no countdown") != std::string::npos);
    CHECK_FALSE(run.act("profile:nobody", &why));
    CHECK(why.find("has not met") != std::string::npos);
    CHECK_FALSE(run.act("record:rae.age", &why));
    CHECK(why.find("id, name or url") != std::string::npos);
}

TEST_CASE("an objective that applies only to some plays is not called missed in the others") {
    Run run(load_actions());
    for (const char* id : {"go-on", "stop", "deactivate"}) act(run, id);
    Debrief debrief = make_debrief(run);
    auto has = [](const std::vector<const Objective*>& list, const std::string& id) {
        return std::any_of(list.begin(), list.end(), [&](const Objective* o) { return o->id == id; });
    };
    CHECK(has(debrief.not_in_play(), "RESP-7"));  // nothing was paid, so nothing to check or cancel
    CHECK_FALSE(has(debrief.to_practise(), "RESP-7"));
    CHECK(has(debrief.to_practise(), "RESP-1"));  // calming down was offered, and not done

    Run paid(load_actions());
    for (const char* id : {"go-on", "pay", "cancel", "delete"}) act(paid, id);
    Debrief after_paying = make_debrief(paid);
    CHECK(after_paying.not_in_play().empty());
}

TEST_CASE("applies_if must name a declared objective and a condition") {
    auto text = std::string(kValidScenario);
    auto loaded = load_scenario_text(replaced(text, "start: hello\n", "start: hello\napplies_if: { RESP-7: paid }\n"), "tiny.yaml");
    CHECK(reports(loaded, "'applies_if' names RESP-7, which is not in the scenario's 'objectives'"));
}

TEST_CASE("threats on the blackmail screen cannot be flagged; an author can switch Flags on or off per node") {
    Run run(load_actions());
    act(run, "go-on");
    act(run, "wait:25");  // a further demand arrives too
    CHECK(flaggable_ids(run).empty());
    std::string why;
    CHECK_FALSE(run.act("flag:threat.1", &why));  // "Pay £100 or else." is no sign to spot
    CHECK(why.find("not on screen to flag") != std::string::npos);
    CHECK(run.actions().empty());  // nothing earned "ordinary on its own"

    auto switched_on = load_scenario_text(
        replaced(actions_text(), "    screen: blackmail\n", "    screen: blackmail\n    flags: on\n"), "actions.yaml");
    REQUIRE_MESSAGE(switched_on.ok(), all_diagnostics(switched_on));
    Run on(switched_on.scenario);
    act(on, "go-on");
    CHECK(flaggable_ids(on) == std::vector<std::string>{"threat.1"});
}

TEST_CASE("the debrief lists only signs the player had a Flag for") {
    // Lint refuses a sign at a node without Flags; a play of such a file
    // still never calls it "not flagged".
    auto switched_off = load_scenario_text(
        replaced(actions_text(), "  - id: chat\n    contact: rae\n", "  - id: chat\n    contact: rae\n    flags: off\n"),
        "actions.yaml");
    REQUIRE(switched_off.scenario);
    CHECK(reports(switched_off, "shows no Flag buttons"));
    Run run(switched_off.scenario);
    CHECK(flaggable_ids(run).empty());
    act(run, "go-on");
    CHECK(run.signs().empty());
    CHECK(make_debrief(run).signs.empty());
}
