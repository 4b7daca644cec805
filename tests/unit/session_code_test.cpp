// Session codes carry the switches of their setup, so another machine can
// apply them without the facilitator's records.
#include <doctest/doctest.h>

#include <set>

#include "records/session_code.h"

using namespace secondlook;

TEST_CASE("a session code carries its track, timers and pre/post check, and only those") {
    for (const char* track : {"", "schools", "armed-forces", "home", "parents"})
        for (bool timers : {false, true})
            for (bool prepost : {false, true}) {
                SessionSetup setup{"", "Year 9 Tuesday", track, timers, {"friend-request"}, prepost};
                const std::string code = new_session_code(setup);
                INFO(code);
                REQUIRE(code.size() == 5);
                CHECK(code.find_first_of("O0I1") == std::string::npos);  // nothing to misread
                auto carried = setup_from_code(code);
                REQUIRE(carried);
                CHECK(carried->code == code);
                CHECK(carried->track == track);
                CHECK(carried->timers == timers);
                CHECK(carried->prepost == prepost);
                CHECK(carried->label.empty());      // the facilitator's own words stay with them
                CHECK(carried->scenarios.empty());  // every scenario of the track
            }
}

TEST_CASE("codes differ, and codes not made that way carry nothing") {
    std::set<std::string> codes;
    for (int i = 0; i < 200; ++i) codes.insert(new_session_code({"", "", "schools", true, {}, false}));
    CHECK(codes.size() > 190);  // 32^4 random stems: repeats are rare
    CHECK_FALSE(setup_from_code("K7PX"));    // four characters: made before codes carried a setup
    CHECK_FALSE(setup_from_code("K7PXA"));   // a fifth character in no track's slot
    CHECK_FALSE(setup_from_code("K7PXC"));
    // Codes made before the parents track read as they did; it takes the first later slot.
    for (const auto& expected : {std::pair<std::string, std::string>{"K7PXS", ""},
                                 {"K7PXT", "schools"},
                                 {"K7PXB", "parents"}}) {
        const auto setup = setup_from_code(expected.first);
        REQUIRE_MESSAGE(setup, expected.first);
        CHECK(setup->track == expected.second);
    }
    CHECK_FALSE(setup_from_code("K7PX0"));   // not in the alphabet
    CHECK_FALSE(setup_from_code("K7PX2Q"));  // too long
}
