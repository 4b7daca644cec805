// `secondlook guide`: the facilitator's guide is made from the scenario files
// and the editable guide file, for a scenario, a track or a session's set.
// (tests/guide/guide_pdf_test.sh prints it with Chromium and checks the pages.)
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "process.h"
#include "records/record_store.h"

namespace {

const std::string kOutput = std::string(SECONDLOOK_TEST_OUTPUT) + "/guide.html";

std::string guide_for(const std::vector<std::string>& args) {
    std::filesystem::remove(kOutput);
    std::vector<std::string> command{"guide"};
    command.insert(command.end(), args.begin(), args.end());
    command.insert(command.end(), {"-o", kOutput});
    const auto result = run_secondlook(command);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return read_text_file(kOutput);
}

bool has(const std::string& html, const std::string& text) { return html.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("the guide for one scenario has every part, from the scenario file and the guide file") {
    const std::string html = guide_for({"scenarios/supporting-a-friend.yaml"});
    for (const char* section : {"id=\"overview\"", "id=\"before\"", "id=\"disclosure\"",
                                "id=\"scenario-supporting-a-friend\"", "id=\"letter\"", "id=\"handout\""})
        CHECK_MESSAGE(has(html, section), section);
    // Timing from the scenario's own length: 15 minutes of play, 10 to discuss, 10 to set up and close.
    CHECK(has(html, "Allow about 35 minutes: 15 minutes of play"));
    CHECK(has(html, "Schools and youth groups, At home; age 11+"));
    // Its discussion questions under their stages, and every ending's debrief.
    CHECK(has(html, "<strong>Stage: the turn</strong>"));
    CHECK(has(html, "Kai messages at midnight and says 'I'm so stupid'. What does Kai most need to hear first?"));
    CHECK(has(html, "<strong>Stage: what you do next</strong>"));
    CHECK(has(html, "Keeping a friend's secret feels loyal."));
    for (const char* ending : {"You were there for Kai", "Nearly there", "Kai is on their own tonight"})
        CHECK_MESSAGE(has(html, ending), ending);
    CHECK(has(html, "<strong>HELP-1</strong>"));
    CHECK_FALSE(has(html, "<strong>SPOT-1</strong>"));  // only what this scenario teaches
    // The letter names the setting and the scenarios; nothing left unfilled.
    CHECK(has(html, "The scenarios are: When a Friend Tells You."));
    CHECK_FALSE(has(html, "{setting}"));
    CHECK_FALSE(has(html, "{scenarios}"));
    // The handout's help contacts come from the support file.
    CHECK(has(html, "Childline"));
    CHECK(has(html, "0800 1111"));
}

TEST_CASE("the guide takes a track's scenarios, or a session's set") {
    SUBCASE("--track") {
        const std::string html = guide_for({"--track", "parents"});
        CHECK(has(html, "id=\"scenario-when-your-child-tells-you\""));
        CHECK_FALSE(has(html, "id=\"scenario-friend-request\""));
        // Parents and carers are the ones in the room: no letter to them, the handout stays.
        CHECK_FALSE(has(html, "id=\"letter\""));
        CHECK(has(html, "id=\"handout\""));
    }
    SUBCASE("--session: the track its code carries") {
        const std::string html = guide_for({"--session", "k7pxb"});  // the parents track's slot
        CHECK(has(html, "id=\"scenario-when-your-child-tells-you\""));
        CHECK_FALSE(has(html, "id=\"scenario-supporting-a-friend\""));
    }
    SUBCASE("--session with --records: the scenarios its setup picked") {
        const std::string records = std::string(SECONDLOOK_TEST_OUTPUT) + "/guide-records.sqlite";
        std::filesystem::remove(records);
        {
            secondlook::RecordStore store(records);
            store.create_session({"K7PXT", "Year 9", "schools", true, {"friend-request", "slow-build"}, false});
        }
        const std::string html = guide_for({"--session", "K7PXT", "--records", records});
        CHECK(has(html, "id=\"scenario-friend-request\""));
        CHECK(has(html, "id=\"scenario-slow-build\""));
        CHECK_FALSE(has(html, "id=\"scenario-supporting-a-friend\""));  // a schools scenario the setup left out
    }
}

TEST_CASE("the guide refuses what it cannot do, and says why") {
    auto refused = run_secondlook({"guide", "--track", "teachers", "-o", kOutput});
    CHECK(refused.exit_code == 2);
    CHECK(has(refused.err, "--track takes schools, armed-forces, home or parents, not 'teachers'"));
    refused = run_secondlook({"guide", "scenarios/friend-request.yaml"});
    CHECK(refused.exit_code == 2);
    CHECK(has(refused.err, "give -o GUIDE.html"));
    // A broken guide file is named with its line, and nothing is written.
    const std::string broken = std::string(SECONDLOOK_TEST_OUTPUT) + "/broken-guide.yaml";
    std::ofstream(broken) << "region: en-GB\nsetting: Test School\nground_rules: nope\n";
    std::filesystem::remove(kOutput);
    refused = run_secondlook({"guide", "scenarios/friend-request.yaml", "--guide", broken, "-o", kOutput});
    CHECK(refused.exit_code == 1);
    CHECK(has(refused.err, broken + ":"));
    CHECK_FALSE(std::filesystem::exists(kOutput));
}
