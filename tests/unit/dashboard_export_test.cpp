// The dashboard hands the session it shows to the facilitator as a file:
// CSV, xAPI or the HTML report, the same bytes `secondlook export` and
// `secondlook report` write; on the desktop into the exports folder.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/csv_export.h"
#include "cli/xapi_export.h"
#include "records/facilitator_pin.h"
#include "records/record_set.h"
#include "records/record_store.h"
#include "finished_play.h"
#include "scenario_text.h"
#include "test_files.h"
#include "ui/game_state.h"

using namespace secondlook;

namespace {

std::string file_text(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// A finished play of actions.yaml in session 7KQ2, and the dashboard open on it.
GameState dashboard_with_a_play(RecordStore& store) {
    set_facilitator_pin(store, "4826");
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, "7KQ2", "seat 1");
    play_actions_to_the_end(state);
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 2.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 2.0);
    REQUIRE(state.screen() == ScreenId::Dashboard);
    REQUIRE(state.dashboard_session() == "7KQ2");
    return state;
}

}  // namespace

TEST_CASE("the dashboard exports the session it shows as the export command writes it") {
    const std::string path = fresh_records_path("export-records.sqlite");
    RecordStore store(path);
    GameState state = dashboard_with_a_play(store);
    const auto folder = fresh_scratch_folder("exports");
    state.set_exports_folder(folder.string());
    CHECK(state.export_note().empty());

    state.apply({UiAction::Kind::ExportSession, 0, "csv"}, 3.0);
    const auto csv_file = folder / "secondlook-7KQ2.csv";
    REQUIRE(std::filesystem::exists(csv_file));
    CHECK_FALSE(state.export_failed());
    CHECK(state.export_note() == "Saved: " + csv_file.string());
    std::ostringstream warnings, csv, xapi;
    auto records = open_records(path, "7KQ2", "export", warnings);  // as `secondlook export --session 7KQ2` reads
    REQUIRE(records);
    write_csv(*records, csv);
    CHECK(file_text(csv_file) == csv.str());
    CHECK(csv.str().find("actions") != std::string::npos);  // the play's rows are there

    state.apply({UiAction::Kind::ExportSession, 0, "xapi"}, 3.0);
    write_xapi(*records, xapi);
    CHECK(file_text(folder / "secondlook-7KQ2.json") == xapi.str());
    state.apply({UiAction::Kind::ExportSession, 0, "report"}, 3.0);
    CHECK(file_text(folder / "secondlook-7KQ2-report.html").find("7KQ2") != std::string::npos);
}

TEST_CASE("an export that cannot be written says why on the dashboard") {
    const std::string path = fresh_records_path("export-fails-records.sqlite");
    RecordStore store(path);
    GameState state = dashboard_with_a_play(store);
    const auto blocker = scratch_path("exports-is-a-file");
    std::ofstream(blocker) << "not a folder";
    state.set_exports_folder(blocker.string());
    state.apply({UiAction::Kind::ExportSession, 0, "csv"}, 3.0);
    CHECK(state.export_failed());
    CHECK(state.export_note().rfind("Not exported: cannot make the folder " + blocker.string(), 0) == 0);
}

TEST_CASE("the records count every row written, so the window knows when to make them durable") {
    RecordStore store(fresh_records_path("changes-records.sqlite"));
    const auto before = store.changes();
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, "7KQ2", "seat 1");
    REQUIRE(state.start(0, 0.0));
    const auto started = store.changes();
    CHECK(started > before);
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 1.0);
    CHECK(store.changes() > started);
}
