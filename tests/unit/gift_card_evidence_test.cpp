// The gift-card demand is evidence of its own: the three present-day
// scenarios list it in the evidence locker, and a screenshot at each
// scenario's keep-the-evidence step keeps it, whether or not the player paid.
// (Paying is a reply in the conversation; there is no screen to send codes.)
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <sstream>

#include "core/run.h"
#include "scenario_text.h"

using namespace secondlook;

namespace {

// Plays the comma-separated ids, failing the test at the first one refused.
Run played(const std::string& file, const std::string& ids) {
    Run run(load_valid(file));
    std::stringstream list(ids);
    for (std::string id; std::getline(list, id, ',');) {
        std::string why;
        REQUIRE_MESSAGE(run.act(id, &why), file << ": " << id << ": " << why);
    }
    return run;
}

// Whether the locker's "demand" item is kept; nothing when the locker does not list it.
std::optional<bool> demand_kept(const Run& run) {
    const auto locker = run.evidence();
    auto found = std::find_if(locker.begin(), locker.end(), [](const EvidenceStatus& status) { return status.item->id == "demand"; });
    return found == locker.end() ? std::nullopt : std::optional<bool>(found->captured);
}

}  // namespace

TEST_CASE("Leo's locker keeps the gift-card demand from the evidence step, paid or not") {
    const std::string to_the_turn = "follow-and-reply,chat-along,change-subject,goes-along";
    for (const std::string& turn : {std::string("dont-panic"), std::string("buy-card,stop-after-paying")}) {
        CAPTURE(turn);
        Run before = played("scenarios/new-follower.yaml", to_the_turn + "," + turn);
        CHECK(before.node().id == "evidence-step");
        CHECK(demand_kept(before) == false);
        Run after = played("scenarios/new-follower.yaml", to_the_turn + "," + turn + ",screenshot");
        CHECK(demand_kept(after) == true);
    }
}

TEST_CASE("Maya's and Theo's lockers keep the gift-card demand too") {
    Run maya = played("scenarios/faked-image.yaml", "ignore-request,its-a-fake,screenshot");
    CHECK(maya.node().id == "keep-proof");
    CHECK(demand_kept(maya) == true);

    Run theo = played("scenarios/when-your-child-tells-you.yaml",
                      "here-listening,not-your-fault,breathe-together,dont-pay,no-reply,keep-screenshot,screenshot");
    CHECK(demand_kept(theo) == true);
}
