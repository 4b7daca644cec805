#include <doctest/doctest.h>

#include "core/pacing.h"
#include "core/scenario_loader.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

namespace {
std::shared_ptr<const Scenario> load_mini() { return load_valid("tests/data/good/mini.yaml"); }
}  // namespace

TEST_CASE("a contact's message waits longer for longer text, the player's own reply does not wait") {
    auto scenario = load_mini();
    auto message = [](std::string text, double delay = -1) {
        Message m;
        m.from = "alex";
        m.text = std::move(text);
        m.delay_seconds = delay;
        return m;
    };
    auto event_for = [](const Message* m) {
        RunEvent event;
        event.kind = RunEvent::Kind::Message;
        event.message = m;
        return event;
    };
    Message short_one = message("Hi"), long_one = message(std::string(60, 'x'));
    RunEvent short_event = event_for(&short_one), long_event = event_for(&long_one);
    CHECK(reveal_delay(*scenario, short_event, nullptr) < reveal_delay(*scenario, long_event, nullptr));
    CHECK(reveal_delay(*scenario, long_event, nullptr) <= 4.0);
    RunEvent reply;
    reply.kind = RunEvent::Kind::Reply;
    CHECK(reveal_delay(*scenario, reply, nullptr) == 0.0);
    Message timed = message("Hi", 2.5);
    RunEvent timed_event = event_for(&timed);
    CHECK(reveal_delay(*scenario, timed_event, nullptr) == 2.5);
}

TEST_CASE("events are revealed one by one as time passes, with typing in between") {
    Run run(load_mini());
    Pacer pacer;
    pacer.sync(run, 100.0);
    CHECK(pacer.revealed() == 0);
    pacer.update(run, 100.0);
    CHECK(pacer.revealed() == 1);  // entering the node shows at once
    CHECK(pacer.typing(run));       // "Hi there!" is being typed
    const double wait = pacer.wait_left(run, 100.0);
    CHECK(wait > 0.5);
    pacer.update(run, 100.0 + wait - 0.01);
    CHECK(pacer.revealed() == 1);
    pacer.update(run, 100.0 + wait + 0.01);
    CHECK(pacer.revealed() == 2);
    CHECK(pacer.settled());
    CHECK_FALSE(pacer.typing(run));
    CHECK(pacer.wait_left(run, 200.0) == 0.0);
}

TEST_CASE("skip shows everything at once, and new events start waiting from when they arrive") {
    Run run(load_mini());
    Pacer pacer;
    pacer.sync(run, 0.0);
    pacer.skip();
    CHECK(pacer.settled());
    REQUIRE(run.choose("check"));
    pacer.sync(run, 50.0);
    CHECK_FALSE(pacer.settled());
    pacer.update(run, 50.0);
    // the reply and the next node's entry appear at once; the contact's message waits
    CHECK(run.events()[pacer.revealed() - 1].kind == RunEvent::Kind::NodeEntered);
    CHECK(pacer.typing(run));
    pacer.update(run, 1000.0);
    CHECK(pacer.settled());
}
