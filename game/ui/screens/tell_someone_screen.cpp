#include <cctype>
#include <sstream>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "core/utf8.h"
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

// The first character of `word` whole: one outside ASCII takes several bytes in UTF-8.
std::string first_character(const std::string& word) {
    std::size_t length = 1;
    while (length < word.size() && is_continuation_byte(static_cast<unsigned char>(word[length]))) ++length;
    return word.substr(0, length);
}

// The letters on a contact's picture: the choice's `initials`, or else the
// first letters of the first two capitalised words of its text, up to any
// "(,:" ("Aunt Jo" gives "AJ", "Ms Okafor (head of year)" "MO"), or the
// first letter of its first word ("nobody" gives "N"). Only the spelling is
// read, never the words, so this holds in any language; a text that does
// not start with the name ("A parent or carer") sets `initials: P` in the
// file. A letter outside A-Z counts as a capital: its case is not known here.
std::string initials_of(const Choice& choice) {
    if (!choice.initials.empty()) return choice.initials;
    std::istringstream words(choice.text.substr(0, choice.text.find_first_of("(,:")));
    std::string word, capitals, first_word;
    int letters = 0;
    while (words >> word) {
        const unsigned char first = static_cast<unsigned char>(word[0]);
        const bool ascii = first < 0x80;
        if (ascii && !std::isalnum(first)) continue;
        if ((!ascii || std::isupper(first)) && letters < 2) {
            capitals += first_character(word);
            ++letters;
        }
        if (first_word.empty()) first_word = word;
    }
    if (!capitals.empty()) return capitals;
    if (!first_word.empty())
        return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(first_word[0]))));
    return "?";
}

}  // namespace

// A contacts list, "Who do you want to talk to?": one person per choice,
// with who they are (the detail) under their name and their initials in a
// coloured circle.
UiAction draw_tell_someone(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const Rect below = draw_app_bar(context, area, app_frame_for(context.state.showing_node()));
    const AppPage page = begin_app_page(context, "tell-someone", below);
    app_heading(context, page, context.fonts.title, side_text(context.state.run()->scenario(), "tell.title"));
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
        look.initials = initials_of(*choice);
        look.lead_fill = swatch.fill;
        look.lead_ink = swatch.ink;
        if (app_row(context, page, *choice, ++number, look)) action = {UiAction::Kind::Choose, 0, choice->id};
    }
    end_app_page(context);
    return action;
}

}  // namespace secondlook
