// Projector mode's choice point: each reply with the class's votes (typed,
// or + and -), a pause to talk it over, and "Go with the class".
#include <algorithm>
#include <vector>

#include "app/ui_text.h"
#include "core/discussion_prompt.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

constexpr float kPad = 18.0f;
constexpr float kRowGap = 8.0f;
constexpr float kControl = 52.0f;     // the + and - buttons, and the row's least height
constexpr float kCountWidth = 88.0f;  // the typed count

// The header's buttons: Discuss, then "Go with the class", or on a tie one
// button for each tied reply, by its number, for the facilitator to pick.
struct HeaderButton {
    std::string label;
    UiAction action;
    unsigned colour;
};

std::vector<HeaderButton> header_buttons(const GameState& state) {
    std::vector<HeaderButton> buttons{{ui_text(state.discussing() ? "vote.back-to-vote" : "vote.discuss"),
                                       UiAction::of(UiAction::Kind::ToggleDiscuss), 0x3a5573}};
    const auto leaders = state.class_vote().leaders();
    if (leaders.size() < 2) {
        buttons.push_back({ui_text("vote.go-with-class"), UiAction::of(UiAction::Kind::GoWithClass), theme::kAccent});
        return buttons;
    }
    const auto& choices = state.class_vote().choices();
    for (const auto& id : leaders) {
        const auto number = std::find(choices.begin(), choices.end(), id) - choices.begin() + 1;
        buttons.push_back({ui_text("vote.go-with", {{"number", std::to_string(number)}}), {UiAction::Kind::GoWithClass, 0, id}, theme::kGood});
    }
    return buttons;
}

float button_width(const ScreenContext& context, const HeaderButton& button) {
    return text_size(context.fonts.strong, button.label).x + 44 * context.scale;
}

float buttons_width(const ScreenContext& context) {
    float width = 0;
    for (const auto& button : header_buttons(context.state)) width += button_width(context, button) + 12 * context.scale;
    return width;
}

// The buttons sit beside the vote total when there is room, under it when not.
bool buttons_beside(const ScreenContext& context, float inner) {
    return inner - buttons_width(context) >= 250 * context.scale;
}

float inner_width(float width, float s) { return width - kPad * 2 * s - ImGui::GetStyle().ScrollbarSize; }

// The total and the line under it, wrapped at `words_width`.
float header_words_height(const ScreenContext& context, const std::string& total, const std::string& line,
                          float words_width) {
    return text_height(context.fonts.strong, total, words_width) + ImGui::GetStyle().ItemSpacing.y +
           text_height(context.fonts.small, line, words_width);
}

float header_button_height(const ScreenContext& context) {
    return std::max(54 * context.scale, context.fonts.strong->FontSize + ImGui::GetStyle().FramePadding.y * 2);
}

// The + and - buttons, square, and the count's box: never smaller than
// their text at large text sizes.
float control_size(const ScreenContext& context) {
    return std::max(kControl * context.scale, context.fonts.title->FontSize + ImGui::GetStyle().FramePadding.y * 2);
}
float count_width(const ScreenContext& context) {
    return std::max(kCountWidth * context.scale, text_size(context.fonts.title, "000").x + 24 * context.scale);
}
float controls_width(const ScreenContext& context) {
    return control_size(context) * 2 + count_width(context) + 16 * context.scale;
}

float text_wrap(const ScreenContext& context, float width) {
    const float s = context.scale;
    return std::max(120 * s, inner_width(width, s) - 60 * s - controls_width(context) - 24 * s);
}

float row_height(const ScreenContext& context, const Choice& choice, float wrap) {
    return std::max(text_height(context.fonts.body, choice.text, wrap), control_size(context)) + 14 * context.scale;
}

// What the header says: the total so far, and why nothing happened yet or what to do.
std::string vote_total(const ClassVote& vote) {
    return ui_text(vote.total() == 1 ? "vote.total-one" : "vote.total", {{"count", std::to_string(vote.total())}});
}
std::string vote_line(const GameState& state) {
    const std::string& message = state.vote_message();
    return !message.empty()                             ? message
           : state.class_vote().leaders().size() > 1 ? ui_text("vote.tie-hint")
                                                       : ui_text("vote.hint");
}

// The header grows with its text: words beside the buttons, or over them.
float header_height(const ScreenContext& context, float width) {
    const float s = context.scale, inner = inner_width(width, s);
    const bool beside = buttons_beside(context, inner);
    const float words_w = beside ? inner - buttons_width(context) - 12 * s : inner;
    const float words_h = header_words_height(context, vote_total(context.state.class_vote()), vote_line(context.state),
                                              words_w);
    const float buttons_h = header_button_height(context);
    return (beside ? std::max(words_h, buttons_h) : words_h + 12 * s + buttons_h) + 12 * s;
}

// One reply: its number, its text and its count, the leaders picked out.
UiAction draw_vote_row(const ScreenContext& context, const Choice& choice, int number, float width, float wrap) {
    const float s = context.scale;
    const ClassVote& vote = context.state.class_vote();
    const auto leaders = vote.leaders();
    const bool leading = std::find(leaders.begin(), leaders.end(), choice.id) != leaders.end();
    UiAction action;
    const float height = row_height(context, choice, wrap);
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top, ImVec2(top.x + width, top.y + height),
                        theme::rgb(leading ? 0xdce8f8 : theme::kPanel), 12 * s);
    if (leading) draw->AddRect(top, ImVec2(top.x + width, top.y + height), theme::rgb(theme::kAccent), 12 * s, 0, 3 * s);
    const ImVec2 badge(top.x + 30 * s, top.y + height / 2);
    draw->AddCircleFilled(badge, 18 * s, theme::rgb(theme::kAccent));
    const std::string digit = std::to_string(number);
    const ImVec2 digit_size = text_size(context.fonts.strong, digit);
    layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                  ImVec2(badge.x - digit_size.x / 2, badge.y - digit_size.y / 2), theme::rgb(0xffffff), digit.c_str());
    const float text_h = text_height(context.fonts.body, choice.text, wrap);
    ImGui::SetCursorScreenPos(ImVec2(top.x + 60 * s, top.y + (height - text_h) / 2));
    wrapped_text(context.fonts.body, theme::kText, choice.text, wrap);

    ImGui::PushID(choice.id.c_str());
    const float control = control_size(context);
    const float control_y = top.y + (height - control) / 2;
    float x = top.x + width - controls_width(context) - 12 * s;
    const int count = vote.count(choice.id);
    ImGui::SetCursorScreenPos(ImVec2(x, control_y));
    if (filled_button("\xE2\x80\x93", ImVec2(control, control), 0x5d6b7d, context.fonts.title, s) && count > 0)
        action = {UiAction::Kind::SetVote, static_cast<std::size_t>(count - 1), choice.id};
    x += control + 8 * s;
    ImGui::SetCursorScreenPos(ImVec2(x, control_y));
    int typed = count;
    ImGui::PushFont(context.fonts.title);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(12 * s, std::max(0.0f, (control - context.fonts.title->FontSize) / 2)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * s);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(theme::rgb(0xffffff)));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(theme::rgb(0x8a94a3)));
    ImGui::SetNextItemWidth(count_width(context));
    if (ImGui::InputInt("##count", &typed, 0, 0) && typed != count)
        action = {UiAction::Kind::SetVote, static_cast<std::size_t>(std::max(typed, 0)), choice.id};
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
    focus_ring(s);
    x += count_width(context) + 8 * s;
    ImGui::SetCursorScreenPos(ImVec2(x, control_y));
    if (filled_button("+", ImVec2(control, control), theme::kAccent, context.fonts.title, s))
        action = {UiAction::Kind::SetVote, static_cast<std::size_t>(count + 1), choice.id};
    ImGui::PopID();
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height + kRowGap * s));
    return action;
}

}  // namespace

float vote_panel_height(const ScreenContext& context, float width) {
    const float s = context.scale;
    const float wrap = text_wrap(context, width);
    float height = kPad * s * 2 + header_height(context, width);
    for (const Choice* choice : context.state.run()->offered()) height += row_height(context, *choice, wrap) + kRowGap * s;
    return height;
}

UiAction draw_vote_panel(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(0xf5f7fa), 16 * s, ImDrawFlags_RoundCornersBottom);
    draw->AddLine(area.min, ImVec2(area.max.x, area.min.y), theme::rgb(0xd5dbe3), 1.0f * s);
    begin_area("votes", area, 0xf5f7fa, true);
    const float inner = inner_width(area.width(), s);
    ImGui::SetCursorPos(ImVec2(kPad * s, kPad * s));

    // The header: the total so far, or why nothing happened yet; then the steps.
    const bool beside = buttons_beside(context, inner);
    const float words_w = beside ? inner - buttons_width(context) - 12 * s : inner;
    const std::string total = vote_total(state.class_vote()), line = vote_line(state);
    ImGui::BeginGroup();
    wrapped_text(context.fonts.strong, theme::kText, total, words_w);
    wrapped_text(context.fonts.small, state.vote_message().empty() ? theme::kMutedText : theme::kDanger, line, words_w);
    ImGui::EndGroup();
    const float words_h = header_words_height(context, total, line, words_w);
    ImGui::SetCursorPos(beside ? ImVec2(kPad * s + inner - buttons_width(context) + 12 * s, kPad * s)
                               : ImVec2(kPad * s, kPad * s + words_h + 12 * s));
    bool first = true;
    for (const auto& button : header_buttons(state)) {
        if (!first) ImGui::SameLine(0, 12 * s);
        first = false;
        if (filled_button(button.label.c_str(), ImVec2(button_width(context, button), header_button_height(context)), button.colour,
                          context.fonts.strong, s))
            action = button.action;
    }
    ImGui::SetCursorPos(ImVec2(kPad * s, kPad * s + header_height(context, area.width())));

    const float wrap = text_wrap(context, area.width());
    int number = 0;
    for (const Choice* choice : state.run()->offered()) {
        ImGui::SetCursorPosX(kPad * s);
        keep_first(action, draw_vote_row(context, *choice, ++number, inner, wrap));
    }
    ImGui::EndChild();
    return action;
}

// Over the story while the class talks: the question, a nudge for this
// stage, and the last thing said, to talk about.
UiAction draw_discussion_card(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    begin_dim("discussion-dim", area, 16 * s);
    const float width = std::min(area.width() - 48 * s, 900 * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 24 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 24 * s}};
    begin_area("discussion", card, theme::kPanel, true);
    layout::note_cover_window();
    const float pad = 32 * s, inner = card.width() - pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(pad, pad));
    wrapped_text(context.fonts.small, theme::kMutedText, ui_text("vote.paused"), inner);
    const Node* node = context.state.showing_node();
    const DiscussionPrompt prompt = node ? discussion_prompt(context.state.run()->scenario(), *node, context.state.current_stage())
                                         : discussion_prompt(context.state.current_stage());
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.title, theme::kText, prompt.question, inner);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kAccent, prompt.nudge, inner);
    const auto messages = context.state.showing_messages();
    if (!messages.empty() && messages.back()->message->from != "system") {
        ImGui::Dummy(ImVec2(0, 6 * s));
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kMutedText, "\xE2\x80\x9C" + messages.back()->message->text + "\xE2\x80\x9D",
                     inner);
    }
    ImGui::Dummy(ImVec2(0, 10 * s));
    ImGui::SetCursorPosX(pad);
    if (filled_button(ui_text("vote.back-to-vote").c_str(), ImVec2(260 * s, 54 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::ToggleDiscuss);
    ImGui::Dummy(ImVec2(0, pad));
    ImGui::EndChild();
    ImGui::EndChild();  // the dim
    return action;
}

}  // namespace secondlook
