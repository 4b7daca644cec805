// The knowledge check before and after play: the shipped question set, the
// loader's located errors on broken copies, scoring per objective, the
// records it writes, and the learning gain the reports show.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "core/knowledge_check.h"
#include "core/objectives.h"
#include "records/check_recorder.h"
#include "records/learning_gain.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"
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

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "the test text has no '" << from << "'");
    return text.replace(at, from.size(), to);
}

std::string errors_of(const CheckLoadResult& result) {
    std::string text;
    for (const auto& diagnostic : result.diagnostics.all())
        if (diagnostic.severity == Severity::Error) text += format_diagnostic(diagnostic) + "\n";
    return text;
}

std::string fresh_records(const std::string& name) {
    const auto path = std::filesystem::temp_directory_path() / ("secondlook-" + name + ".sqlite");
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
    CHECK(questions.size() <= 14);
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

TEST_CASE("a valid question set gives lettered options and scores per objective in teaching order") {
    auto result = load_check_text(kValidCheck, "tiny.yaml");
    REQUIRE_MESSAGE(result.ok(), errors_of(result));
    const KnowledgeCheck& check = *result.check;
    CHECK(check.id == "tiny-check");
    REQUIRE(check.questions.size() == 2);
    CHECK(check.questions[0].best_option()->id == "b");
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
        {"objective: RESP-9", "objective: RESP-10", "tiny.yaml:14:16: error: unknown learning objective 'RESP-10'"},
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
