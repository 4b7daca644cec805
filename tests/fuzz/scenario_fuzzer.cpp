// libFuzzer target: any bytes, read as a scenario by the real loader (which
// runs the validator) and then the content rules, as `secondlook lint` does.
// Built only with -DSECONDLOOK_FUZZ=ON and clang++; tools/fuzz runs it.
// It must never crash, hang or trip AddressSanitizer or UBSan; what it
// finds goes into tests/data/malformed/ as a regression file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/content_rules.h"
#include "core/scenario_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    secondlook::LoadResult result = secondlook::load_scenario_text(text, "fuzz.yaml");
    if (result.scenario) secondlook::check_content_rules(*result.scenario, result.diagnostics);
    // Formatting every message reads every string the loader built.
    std::size_t length = 0;
    for (const auto& diagnostic : result.diagnostics.all()) length += format_diagnostic(diagnostic).size();
    return length == static_cast<std::size_t>(-1);  // never; keeps the loop from being optimised away
}
