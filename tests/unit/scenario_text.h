// A small valid scenario as text, and helpers to break it on purpose.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "core/scenario_loader.h"

// Line numbers matter to the tests: keep this text's layout as it is.
inline const char* const kValidScenario = R"(id: tiny
title: Tiny
summary: A tiny story.
objectives: [SPOT-1, RESP-2]
start: hello
cast:
  - id: kit
    name: Kit Lane
    handle: kit.lane.9
nodes:
  - id: hello
    contact: kit
    messages:
      - { from: kit, text: "Hi!" }
    choices:
      - id: pay
        text: Pay them
        feedback: Paying brings more demands.
        goto: end-paid
      - id: block
        text: Block
        feedback: Blocking stops the pressure.
        score: { SPOT-1: 1, RESP-2: 2 }
        goto: end-safe
  - id: end-paid
    ending: { title: Paid, outcome: hard, debrief: Not too late. }
  - id: end-safe
    ending: { title: Safe, outcome: safe, debrief: Well done. }
)";

inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "the test text has no '" << from << "'");
    return text.replace(at, from.size(), to);
}

inline secondlook::LoadResult load_text(const std::string& text) {
    return secondlook::load_scenario_text(text, "tiny.yaml");
}

// The formatted diagnostics, one per line, for messages in failed checks.
inline std::string all_diagnostics(const secondlook::LoadResult& result) {
    std::string text;
    for (const auto& diagnostic : result.diagnostics.all()) text += secondlook::format_diagnostic(diagnostic) + "\n";
    return text;
}

// Loads a scenario file of the source tree that must be valid, failing the
// test with its diagnostics if it is not.
inline std::shared_ptr<const secondlook::Scenario> load_valid(const std::string& relative_path) {
    auto result = secondlook::load_scenario_file(std::string(SECONDLOOK_SOURCE_DIR) + "/" + relative_path);
    REQUIRE_MESSAGE(result.ok(), all_diagnostics(result));
    return result.scenario;
}

// True when some diagnostic, formatted as FILE:LINE:COL: error: ..., contains `part`.
inline bool reports(const secondlook::LoadResult& result, const std::string& part) {
    return all_diagnostics(result).find(part) != std::string::npos;
}
