// The campaign-film scenario and Already Paid each practise every action:
// flags on messages and profiles, the profile card's account ID and link,
// screenshots of threats and of a receipt, the six mock apps, a countdown
// with rising demands, panic choices and calming down.
#include <doctest/doctest.h>

#include <set>

#include "core/scenario.h"
#include "scenario_text.h"

using namespace secondlook;

TEST_CASE("both action scenarios use every action") {
    for (const char* file : {"scenarios/friend-request.yaml", "scenarios/already-paid.yaml"}) {
        INFO(file);
        auto scenario = load_valid(file);
        std::set<Screen> screens;
        bool message_sign = false, escalating_countdown = false, panic = false;
        for (const auto& node : scenario->nodes) {
            screens.insert(node.screen);
            for (const auto& message : node.messages) message_sign = message_sign || message.sign.has_value();
            if (node.countdown)
                for (const auto& demand : node.countdown->demands)
                    escalating_countdown = escalating_countdown || !demand.amount.empty();
            for (const auto& choice : node.choices) panic = panic || choice.panic;
        }
        for (Screen screen : {Screen::AccountSettings, Screen::ReportForm, Screen::MoneyTransfer, Screen::Block,
                              Screen::TellSomeone, Screen::CallPolice})
            CHECK_MESSAGE(screens.count(screen), "no node shown as " << to_string(screen));
        CHECK(message_sign);
        CHECK(escalating_countdown);
        CHECK(panic);
        CHECK_FALSE(scenario->calm_score.empty());

        bool profile_sign = false;
        for (const auto& member : scenario->cast)
            for (const auto& field : member.profile) profile_sign = profile_sign || field.sign.has_value();
        CHECK(profile_sign);

        std::set<EvidenceItem::Source> sources;
        for (const auto& item : scenario->evidence) sources.insert(item.source);
        CHECK(sources == std::set<EvidenceItem::Source>{EvidenceItem::Source::Messages, EvidenceItem::Source::ProfileId,
                                                        EvidenceItem::Source::ProfileUrl, EvidenceItem::Source::Receipt});
    }
}
