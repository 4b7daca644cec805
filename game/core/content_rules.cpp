#include "content_rules.h"

#include <algorithm>
#include <cctype>

#include "continuation_check.h"

namespace secondlook {
namespace {

// Short enough to miss "what next": a debrief should explain and signpost.
constexpr std::size_t kShortestDebrief = 80;
// Length alone lets 80 spaces or dots through; a debrief that helps is a
// couple of sentences of words.
constexpr std::size_t kFewestDebriefWords = 10;

// Runs of letters and digits. Any character beyond ASCII counts as a letter
// except the common spaces and punctuation (no-break space, Latin-1 signs,
// ellipsis and dashes, ideographic punctuation and space), so every script
// has words and no blank or dotted text does.
std::size_t word_count(const std::string& text) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        length = std::min(length, text.size() - i);
        unsigned code = lead < 0x80 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        const bool letter = code < 0x80 ? std::isalnum(static_cast<int>(code)) != 0
                                        : !(code <= 0xBF || (code >= 0x2000 && code <= 0x206F) ||
                                            (code >= 0x3000 && code <= 0x303F) || code == 0xFEFF);
        if (letter && !in_word) ++words;
        in_word = letter;
        i += length;
    }
    return words;
}

}  // namespace

void check_content_rules(const Scenario& scenario, Diagnostics& diagnostics) {
    if (scenario.audience.empty())
        diagnostics.error(scenario.where, "the scenario declares no 'audience:'; list its tracks (schools, "
                                          "armed-forces, home) so facilitators can find it");
    if (!scenario.min_age_declared)
        diagnostics.error(scenario.where, "the scenario declares no 'min_age:'; state the youngest age it suits "
                                          "(11 or more)");
    for (const auto& node : scenario.nodes) {
        if (!node.is_ending()) continue;
        const std::string& debrief = node.ending->debrief;
        if (debrief.size() < kShortestDebrief || word_count(debrief) < kFewestDebriefWords)
            diagnostics.error(node.where, "the debrief of ending '" + node.id +
                                              "' is too short to help; say kindly what happened, why it matters "
                                              "and what to do next (" + std::to_string(kShortestDebrief) +
                                              " characters, " + std::to_string(kFewestDebriefWords) +
                                              " words or more)");
    }
    check_early_endings(scenario, diagnostics);
}

void check_signposting(const SupportLoad& support, const std::string& path, Diagnostics& diagnostics) {
    for (const auto& diagnostic : support.diagnostics.all()) diagnostics.error(diagnostic.where, diagnostic.message);
    bool reachable = false;
    for (const auto& contact : support.info.contacts)
        reachable = reachable || !contact.phone.empty() || !contact.web.empty() || !contact.text.empty();
    if (!reachable)
        diagnostics.error({path, 1, 1}, "the support file lists no service with a phone, web or text contact; "
                                        "every ending signposts help from it, so add at least one");
}

}  // namespace secondlook
