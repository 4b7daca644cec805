// The knowledge check before and after play: the shipped question set, the
// loader's located errors on broken copies, scoring per objective, the
// records it writes, and the learning gain the reports show.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>

#include "core/knowledge_check.h"
#include "core/objectives.h"
#include "records/check_recorder.h"
#include "records/facilitator_pin.h"
#include "records/learning_gain.h"
#include "records/session_code.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"
#include "scenario_text.h"
#include "ui/game_state.h"
#include "test_files.h"

using namespace secondlook;

namespace {

// Line numbers matter to the tests: keep this text's layout as it is.
const char* const kValidCheck = R"(check: tiny-check
title: Tiny check
questions:
  - id: pay
    objective: RESP-2
    ask: Should you pay?
    options:
      - text: Yes
      - text: No
        correct: true
      - text: Only once
    explain: Paying brings more demands.
  - id: tell
    objective: RESP-9
    ask: Who can you tell?
    options:
      - text: Nobody
      - text: Someone you trust
        correct: true
      - text: Only the blackmailer
    explain: Talking helps.
)";

std::string errors_of(const CheckLoadResult& result) {
    std::string text;
    for (const auto& diagnostic : result.diagnostics.all())
        if (diagnostic.severity == Severity::Error) text += format_diagnostic(diagnostic) + "\n";
    return text;
}

std::string fresh_records(const std::string& name) {
    const auto path = scratch_path(name + ".sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    return path.string();
}

}  // namespace

TEST_CASE("the shipped knowledge check loads, asks about every objective, and has one best answer per question") {
    const std::string file = source_path("scenarios/checks/knowledge-check.yaml");
    CHECK(is_question_set_file(file));
    CHECK_FALSE(is_question_set_file(source_path("scenarios/friend-request.yaml")));
    auto result = load_check_file(file);
    REQUIRE_MESSAGE(result.ok(), errors_of(result));
    CHECK(result.diagnostics.all().empty());  // not even a warning
    const auto& questions = result.check->questions;
    CHECK(questions.size() >= 10);
    CHECK(questions.size() <= 16);
    std::set<std::string> asked;
    for (const auto& question : questions) {
        INFO(question.id);
        asked.insert(question.objective);
        CHECK(question.options.size() >= 3);
        CHECK(question.options.size() <= 4);
        CHECK(question.best_option());
        CHECK_FALSE(question.explain.empty());
    }
    for (const auto& objective : objective_catalogue()) CHECK_MESSAGE(asked.count(objective.id), objective.id);
}

TEST_CASE("the question-set example in scenarios/FORMAT.md is valid") {
    std::ifstream in(source_path("scenarios/FORMAT.md"));
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    auto begin = doc.find("```yaml\n", doc.find("## Question sets"));
    REQUIRE(begin != std::string::npos);
    begin += 8;
    const std::string example = doc.substr(begin, doc.find("```", begin) - begin);
    CHECK(is_question_set_text(example));
    auto result = load_check_text(example, "FORMAT.md");
    CHECK_MESSAGE(result.ok(), errors_of(result));
}

TEST_CASE("a valid question set gives lettered options and scores per objective in teaching order") {
    auto result = load_check_text(kValidCheck, "tiny.yaml");
    REQUIRE_MESSAGE(result.ok(), errors_of(result));
    const KnowledgeCheck& check = *result.check;
    CHECK(check.id == "tiny-check");
    REQUIRE(check.questions.size() == 2);
    CHECK(check.questions[0].best_option()->id == "b");
    CHECK(check.questions[0].best_number() == 2);  // the key that picks "b"
    CHECK(check.questions[0].find_option("c")->text == "Only once");
    CHECK_FALSE(check.questions[0].find_option("d"));

    auto scores = score_by_objective(check, {{"tell", "b"}, {"pay", "a"}});
    REQUIRE(scores.size() == 2);
    CHECK(scores[0].objective == "RESP-2");
    CHECK(scores[0].correct == 0);
    CHECK(scores[0].asked == 1);
    CHECK(scores[1].objective == "RESP-9");
    CHECK(scores[1].correct == 1);

    // Objectives with no question are a warning, not an error: a facilitator may write a short set.
    bool warned = false;
    for (const auto& diagnostic : result.diagnostics.all())
        warned = warned || (diagnostic.severity == Severity::Warning &&
                            diagnostic.message.find("no question on SPOT-1") != std::string::npos);
    CHECK(warned);
}

TEST_CASE("broken question sets are reported with their file, line and column and what to do") {
    struct Case {
        const char *from, *to, *expected;
    };
    const Case cases[] = {
        {"objective: RESP-9", "objective: RESP-11", "tiny.yaml:14:16: error: unknown learning objective 'RESP-11'"},
        {"      - text: Someone you trust\n        correct: true\n", "      - text: Someone you trust\n",
         "question 'tell' has no correct option; mark the best answer with 'correct: true'"},
        {"      - text: Yes\n", "      - text: Yes\n        correct: true\n", "marks 2 options correct"},
        {"  - id: tell", "  - id: pay", "tiny.yaml:13:5: error: question id 'pay' is used twice"},
        {"      - text: Only once\n", "", "question 'pay' has 2 options; give 3 or 4"},
        {"    explain: Talking helps.\n", "", "tiny.yaml:13:5: error: a question needs 'explain:'"},
        {"title: Tiny check", "titel: Tiny check", "did you mean 'title'"},
        {"  - id: pay", "  - id: Pay Now", "id 'Pay Now' should use only lowercase letters"},
        {"    ask: Should you pay?", "    ask: [Should", "this is not valid YAML"},
    };
    for (const auto& broken : cases) {
        INFO(broken.expected);
        auto result = load_check_text(replaced(kValidCheck, broken.from, broken.to), "tiny.yaml");
        CHECK_FALSE(result.ok());
        CHECK_MESSAGE(errors_of(result).find(broken.expected) != std::string::npos, errors_of(result));
    }
}

TEST_CASE("answers on a command line are checked against the question set") {
    auto check = load_check_text(kValidCheck, "tiny.yaml").check;
    std::string why;
    auto answers = parse_check_answers(*check, "pay=b,tell=a", &why);
    REQUIRE(answers.size() == 2);
    CHECK(answers[1].question == "tell");
    CHECK(answers[1].option == "a");
    CHECK(parse_check_answers(*check, "pai=b", &why).empty());
    CHECK(why.find("no question 'pai' in tiny-check; questions: pay") != std::string::npos);
    CHECK(parse_check_answers(*check, "pay=e", &why).empty());
    CHECK(why.find("has no option 'e'; options are a to c") != std::string::npos);
    CHECK(parse_check_answers(*check, "pay=b,pay=c", &why).empty());
    CHECK(why.find("answered twice") != std::string::npos);
    CHECK(parse_check_answers(*check, "pay", &why).empty());
    CHECK(parse_check_answers(*check, "", &why).empty());
}

TEST_CASE("check answers are recorded, read back, and give the learning gain of players who took both") {
    const std::string path = fresh_records("prepost-unit");
    auto check = load_check_text(kValidCheck, "tiny.yaml").check;
    RecordStore store(path);
    const auto fox = store.join("K7PX", "fox"), owl = store.join("K7PX", "owl"), cat = store.join("K7PX", "cat");
    // fox: 0 of 2 before, 2 of 2 after; owl: 1 of 2 before (after a change of mind), 1 of 2 after;
    // cat only took the before-check, so counts in no gain.
    record_check_answer(store, fox, *check, CheckPhase::Pre, {"pay", "a"}, 900);
    record_check_answer(store, fox, *check, CheckPhase::Pre, {"tell", "a"}, 900);
    record_check_answer(store, owl, *check, CheckPhase::Pre, {"pay", "a"}, 900);
    record_check_answer(store, owl, *check, CheckPhase::Pre, {"pay", "b"}, 900);
    record_check_answer(store, owl, *check, CheckPhase::Pre, {"tell", "c"}, 900);
    record_check_answer(store, cat, *check, CheckPhase::Pre, {"pay", "b"}, 900);
    record_check_answer(store, fox, *check, CheckPhase::Post, {"pay", "b"}, 900);
    record_check_answer(store, fox, *check, CheckPhase::Post, {"tell", "b"}, 900);
    record_check_answer(store, owl, *check, CheckPhase::Post, {"pay", "b"}, 900);
    record_check_answer(store, owl, *check, CheckPhase::Post, {"tell", "a"}, 900);

    auto answers = store.check_answers("K7PX");
    REQUIRE(answers.size() == 10);
    CHECK(answers[0].player == "fox");
    CHECK(answers[0].phase == "pre");
    CHECK(answers[0].objective == "RESP-2");
    CHECK(answers[0].chosen == "a");
    CHECK_FALSE(answers[0].correct);
    CHECK(answers[6].correct);
    CHECK(answers[0].statement_id != answers[1].statement_id);
    CHECK(answers[0].registration.size() == 36);
    CHECK(store.check_answers("OTHER").empty());

    const LearningGain gain = learning_gain(answers);
    CHECK(gain.took_before == 3);
    CHECK(gain.took_after == 2);
    CHECK(gain.took_both == 2);
    REQUIRE(gain.objectives.size() == 2);
    CHECK(gain.objectives[0].objective == "RESP-2");
    CHECK(gain.objectives[0].before_percent() == 50);  // fox wrong, owl right at the second go
    CHECK(gain.objectives[0].after_percent() == 100);
    CHECK(gain_line(gain.objectives[0]) == "RESP-2: 50% before, 100% after (+50)");
    CHECK(gain.objectives[1].before_percent() == 0);
    CHECK(gain.objectives[1].after_percent() == 50);
    CHECK(gain.objectives[1].change() == 50);

    // Deleting the session deletes its check answers with it.
    store.delete_session("K7PX");
    CHECK(store.check_answers().empty());
}

TEST_CASE("a session's scenarios and pre/post check are kept, and files without them still read") {
    const std::string path = fresh_records("prepost-setup");
    {
        RecordStore store(path);
        store.create_session({"K7PX", "Year 9", "schools", false, {"friend-request", "slow-build"}, true});
        store.create_session({"M3QA", "Home group", "home", true, {}, false});
    }
    RecordStore reader(path, RecordStore::Access::ReadOnly);
    auto setup = reader.session_setup("K7PX");
    REQUIRE(setup);
    CHECK(setup->scenarios == std::vector<std::string>{"friend-request", "slow-build"});
    CHECK(setup->prepost);
    CHECK_FALSE(setup->timers);
    auto plain = reader.session_setup("M3QA");
    REQUIRE(plain);
    CHECK(plain->scenarios.empty());
    CHECK_FALSE(plain->prepost);

    // A file written before the knowledge check existed has neither table; it still reads.
    {
        SqliteDb old(path);
        old.exec("DROP TABLE session_plans; DROP TABLE check_answers;");
    }
    RecordStore old_reader(path, RecordStore::Access::ReadOnly);
    auto old_setup = old_reader.session_setup("K7PX");
    REQUIRE(old_setup);
    CHECK(old_setup->label == "Year 9");
    CHECK(old_setup->scenarios.empty());
    CHECK_FALSE(old_setup->prepost);
    CHECK(old_reader.check_answers().empty());
}

TEST_CASE("in a session with the pre/post check, players answer before play, see only its scenarios, then answer after") {
    const std::string path = fresh_records("prepost-window");
    RecordStore store(path);
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}},
                                    CatalogueEntry{"mini.yaml", load_valid("tests/data/good/mini.yaml"), {}}});
    auto check = load_check_text(kValidCheck, "tiny.yaml").check;
    state.set_knowledge_check(check);
    state.record_to(&store, kHomeSession, "me");
    state.apply(UiAction::of(UiAction::Kind::AcceptContentNote), 0.0);
    CHECK(state.offered(*state.catalogue()[0].scenario));  // no session yet: every scenario of the track
    // The facilitator's form sends "label, track, timers, pre/post, scenarios".
    const std::string actions_id = state.catalogue()[0].scenario->id;
    store.create_session({"Q7RT", "Year 8", "schools", true, {actions_id}, true});

    state.apply(UiAction::of(UiAction::Kind::OpenJoin), 0.0);
    state.apply({UiAction::Kind::JoinSession, 0, "Q7RT\tfox"}, 1.0);
    REQUIRE(state.screen() == ScreenId::Check);
    REQUIRE(state.check_progress());
    CHECK(state.check_progress()->phase == CheckPhase::Pre);
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 1.5);  // nothing picked: Enter waits
    CHECK(state.check_progress()->question == 0);
    state.apply({UiAction::Kind::PickCheckOption, 0, {}}, 2.0);
    state.apply({UiAction::Kind::PickCheckOption, 7, {}}, 2.0);  // no option 8: ignored
    CHECK(state.check_progress()->picked == std::optional<std::size_t>(0));
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 3.0);
    // Before play nothing is explained: straight on to the next question.
    CHECK(state.check_progress()->question == 1);
    CHECK_FALSE(state.check_progress()->explained);
    state.apply({UiAction::Kind::PickCheckOption, 1, {}}, 3.5);
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 4.0);
    CHECK(state.check_progress()->finished);
    CHECK(state.after_check_due());
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 4.5);
    CHECK(state.screen() == ScreenId::ScenarioList);
    auto answers = store.check_answers("Q7RT");
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].phase == "pre");
    CHECK(answers[0].chosen == "a");
    CHECK_FALSE(answers[0].correct);
    CHECK(answers[0].response_ms == 2000);
    CHECK(answers[1].correct);

    // Only the session's scenarios are offered.
    CHECK(state.offered(*state.catalogue()[0].scenario));
    CHECK_FALSE(state.offered(*state.catalogue()[1].scenario));

    // Joining again (say after a restart) does not ask the before-questions twice.
    state.apply(UiAction::of(UiAction::Kind::OpenJoin), 5.0);
    state.apply({UiAction::Kind::JoinSession, 0, "Q7RT\tfox"}, 5.0);
    CHECK(state.screen() == ScreenId::ScenarioList);
    CHECK(state.after_check_due());

    // After play: each answer is explained before going on.
    state.apply({UiAction::Kind::StartCheck, 0, "post"}, 10.0);
    REQUIRE(state.screen() == ScreenId::Check);
    state.apply({UiAction::Kind::PickCheckOption, 1, {}}, 11.0);
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 12.0);
    CHECK(state.check_progress()->explained);
    CHECK(state.check_progress()->question == 0);
    state.apply({UiAction::Kind::PickCheckOption, 2, {}}, 12.5);  // the answer stands once explained
    CHECK(state.check_progress()->picked == std::optional<std::size_t>(1));
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 13.0);
    CHECK(state.check_progress()->question == 1);
    state.apply({UiAction::Kind::PickCheckOption, 1, {}}, 14.0);
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 15.0);
    state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), 16.0);
    CHECK(state.check_progress()->finished);
    CHECK(state.check_progress()->right == 2);
    CHECK_FALSE(state.after_check_due());

    const LearningGain gain = learning_gain(store.check_answers("Q7RT"));
    CHECK(gain.took_both == 1);
    REQUIRE(gain.objectives.size() == 2);
    CHECK(gain_line(gain.objectives[0]) == "RESP-2: 0% before, 100% after (+100)");
    CHECK(gain_line(gain.objectives[1]) == "RESP-9: 100% before, 100% after (0)");
}

TEST_CASE("the facilitator's form sets the session's scenarios and the pre/post check") {
    const std::string path = fresh_records("prepost-form");
    RecordStore store(path);
    set_facilitator_pin(store, "4826");
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, kHomeSession, "me");
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 0.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 0.0);
    state.apply(UiAction::of(UiAction::Kind::OpenSessionSetup), 0.0);
    state.apply({UiAction::Kind::CreateSession, 0, "Year 8\tschools\t1\t1\tactions,mini"}, 0.0);
    auto setup = store.session_setup(state.dashboard_session());
    REQUIRE(setup);
    CHECK(setup->prepost);
    CHECK(setup->scenarios == std::vector<std::string>{"actions", "mini"});
}

TEST_CASE("joining on another machine, the code alone brings the session's track, timers and check") {
    const std::string path = fresh_records("another-machine");
    RecordStore this_machine(path);  // has never seen the session
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.set_knowledge_check(load_check_text(kValidCheck, "tiny.yaml").check);
    state.record_to(&this_machine, kHomeSession, "me");
    state.apply(UiAction::of(UiAction::Kind::AcceptContentNote), 0.0);
    const std::string code = new_session_code({"", "Year 10", "armed-forces", false, {}, true});

    state.apply(UiAction::of(UiAction::Kind::OpenJoin), 0.0);
    state.apply({UiAction::Kind::JoinSession, 0, code + "\tseat 4"}, 1.0);
    CHECK(state.record_session() == code);
    CHECK(state.track() == "armed-forces");
    CHECK_FALSE(state.settings().timers);
    REQUIRE(state.screen() == ScreenId::Check);  // the before-check comes first
    CHECK(state.check_progress()->phase == CheckPhase::Pre);
}
