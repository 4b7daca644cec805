#include <algorithm>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "ui/screens/app_frame.h"

namespace secondlook {
namespace {

// The conversation behind the dialog, dimmed: only its shapes show.
void draw_dimmed_conversation(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(0x7b838e), 16 * s, ImDrawFlags_RoundCornersTop);
    draw->AddRectFilled(area.min, ImVec2(area.max.x, area.min.y + 76 * s), theme::rgb(0x858d98), 16 * s,
                        ImDrawFlags_RoundCornersTop);
    struct Bubble {
        float top, width;
        bool mine;
    };
    const Bubble bubbles[] = {{110, 0.42f, false}, {170, 0.3f, false}, {236, 0.36f, true},
                              {300, 0.5f, false},  {370, 0.28f, true}, {430, 0.4f, false}};
    for (const Bubble& bubble : bubbles) {
        const float top = area.min.y + bubble.top * s;
        if (top + 46 * s > area.max.y) break;
        const float w = area.width() * bubble.width;
        const float x = bubble.mine ? area.max.x - 24 * s - w : area.min.x + 24 * s;
        draw->AddRectFilled(ImVec2(x, top), ImVec2(x + w, top + 46 * s), theme::rgb(bubble.mine ? 0x6c7d96 : 0x8e96a1),
                            18 * s);
    }
}

}  // namespace

// Blocking, as messengers ask it: a dialog over the conversation with who is
// being blocked and what blocking does. Choices with `look: danger` (the ones
// that block) are the red buttons, as in real apps; the others are plain. The
// page title, when the node gives one, is the dialog's question; its
// messages, when it has any, replace the standard explanation.
UiAction draw_block(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    UiAction action;
    draw_dimmed_conversation(context, area);
    const CastMember* contact = context.state.run()->contact();
    // The file's own question ("Block pvt_88120934?"), or the interface's.
    const Node* node = context.state.showing_node();
    const bool titled = node && node->app && !node->app->title.empty();
    const std::string title = titled    ? node->app->title
                              : contact ? ui_text("block.title", {{"name", contact->name}})
                                        : ui_text("block.title-unnamed");
    const auto choices = app_choices(context);
    const std::string explained = context.state.showing_messages().empty() ? side_text(context.state.run()->scenario(), "block.explained") : "";

    const float pad = 28 * s;
    const float width = std::min(500 * s, area.width() - 48 * s);
    const float inner = width - pad * 2;
    const float radius = 34 * s;
    ButtonLook plain_look;
    plain_look.fill = 0xffffff;
    plain_look.ink = theme::kText;
    plain_look.border = 0xa9b2bf;
    plain_look.outlined = true;
    const float button_gap = 10 * s;

    float height = pad + (contact ? radius * 2 + 14 * s : 0) + text_height(fonts.strong, title, inner) + 8 * s +
                   (explained.empty() ? 0 : text_height(fonts.small, explained, inner) + 20 * s) +
                   app_info_height(context, inner);
    for (const Choice* choice : choices)
        height += app_button_height(context, *choice, inner, plain_look) + button_gap;
    height += pad - button_gap;
    const float shown_h = std::min(height, area.height() - 32 * s);
    const ImVec2 min((area.min.x + area.max.x - width) / 2, (area.min.y + area.max.y - shown_h) / 2);
    const Rect dialog{min, {min.x + width, min.y + shown_h}};

    ImDrawList* behind = ImGui::GetWindowDrawList();
    behind->AddRectFilled(ImVec2(dialog.min.x - 2 * s, dialog.min.y + 4 * s),
                          ImVec2(dialog.max.x + 2 * s, dialog.max.y + 8 * s), theme::rgb(0x000000, 0.18f), 18 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 16 * s);
    begin_area("block-dialog", dialog, 0xffffff, true);
    ImGui::PopStyleVar();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const AppPage page{pad, inner};
    app_space(pad);
    const float centre_x = ImGui::GetCursorScreenPos().x + pad + inner / 2;
    if (contact) {
        const float top = ImGui::GetCursorScreenPos().y;
        draw_avatar(draw, ImVec2(centre_x, top + radius), radius, contact->avatar_rgb, contact->initials(),
                    fonts.title);
        app_space(radius * 2 + 14 * s);
    }
    float top = ImGui::GetCursorScreenPos().y;
    const float title_h = draw_centred_text(draw, fonts.strong, title, centre_x, top, inner, theme::kText);
    app_space(title_h + 8 * s);
    if (!explained.empty()) {
        top = ImGui::GetCursorScreenPos().y;
        const float text_h = draw_centred_text(draw, fonts.small, explained, centre_x, top, inner, theme::kMutedText);
        app_space(text_h + 20 * s);
    }
    draw_app_info(context, page);
    int number = 0;
    for (const Choice* choice : choices) {
        ImGui::SetCursorPosX(page.left);
        if (app_button(context, *choice, ++number, inner, plain_look)) action = {UiAction::Kind::Choose, 0, choice->id};
        app_space(button_gap);
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
