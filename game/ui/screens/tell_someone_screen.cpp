#include <cctype>
#include <sstream>

#include "app/ui_text.h"
#include "ui/screens/app_frame.h"

namespace secondlook {
namespace {

// Soft avatar colours with a dark ink each, so initials read at 4.5:1.
struct Swatch {
    unsigned fill;
    unsigned ink;
};
constexpr Swatch kSwatches[] = {
    {0xd8e6fb, 0x1d3f8a}, {0xdcf1e1, 0x1b5e31}, {0xfbe3d3, 0x8a3a0c},
    {0xeadff7, 0x55307f}, {0xfbdfe6, 0x8c1d3d}, {0xd9f0f2, 0x13585e},
};

bool starts_with_word(const std::string& text, const std::string& word) {
    if (text.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
    return true;
}

// Initials for a contact from a choice's text: "Mum" gives "M", "Mr Okafor
// (form tutor)" gives "MO", "Tell a teacher" gives "T", "Your form tutor" "F",
// "A parent or carer" "P".
std::string initials_of(std::string text) {
    for (const char* verb : {"tell ", "talk to ", "message ", "text ", "call ", "ask "})
        if (starts_with_word(text, verb)) {
            text = text.substr(std::string(verb).size());
            break;
        }
    for (const char* determiner : {"your ", "my ", "a ", "an ", "the "})
        if (starts_with_word(text, determiner)) {
            text = text.substr(std::string(determiner).size());
            break;
        }
    text = text.substr(0, text.find_first_of("(,:"));
    std::istringstream words(text);
    std::string word, capitals, first_word;
    while (words >> word) {
        const unsigned char first = static_cast<unsigned char>(word[0]);
        if (!std::isalnum(first)) continue;
        if (std::isupper(first) && capitals.size() < 2) capitals += static_cast<char>(first);
        if (first_word.empty()) first_word = word;
    }
    if (!capitals.empty()) return capitals;
    if (!first_word.empty())
        return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(first_word[0]))));
    return "?";
}

}  // namespace

// A contacts list, "Who do you want to talk to?": one person per choice,
// with who they are (the detail) under their name.
UiAction draw_tell_someone(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const Rect below = draw_app_bar(context, area, app_frame_for(context.state.showing_node()));
    const AppPage page = begin_app_page(context, "tell-someone", below);
    app_heading(context, page, context.fonts.title, ui_text("tell.title"));
    app_space(14 * s);
    draw_app_info(context, page);
    const auto choices = app_choices(context);
    if (!choices.empty()) {
        app_heading(context, page, context.fonts.small, ui_text("tell.contacts"), theme::kMutedText);
        app_space(2 * s);
    }
    int number = 0;
    for (const Choice* choice : choices) {
        const Swatch& swatch = kSwatches[number % (sizeof kSwatches / sizeof kSwatches[0])];
        RowLook look;
        look.lead = RowLook::Lead::Initials;
        look.initials = initials_of(choice->text);
        look.lead_fill = swatch.fill;
        look.lead_ink = swatch.ink;
        if (app_row(context, page, *choice, ++number, look)) action = {UiAction::Kind::Choose, 0, choice->id};
    }
    end_app_page(context);
    return action;
}

}  // namespace secondlook
