#include <algorithm>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "ui/layout_report.h"
#include "ui/screens/app_frame.h"

namespace secondlook {
namespace {

// A video's thumbnail, never showing anything: a dark frame, a blurred
// shape and a play button.
void draw_video_tile(ImDrawList* draw, ImVec2 min, ImVec2 max, unsigned tint, float s) {
    draw->AddRectFilled(min, max, theme::rgb(0x2b323d), 8 * s);
    const ImVec2 centre((min.x + max.x) / 2, (min.y + max.y) / 2);
    const float h = max.y - min.y;
    draw->AddCircleFilled(ImVec2(centre.x, min.y + h * 0.38f), h * 0.2f, theme::rgb(tint, 0.45f), 24);
    draw->AddRectFilled(ImVec2(centre.x - h * 0.38f, min.y + h * 0.62f), ImVec2(centre.x + h * 0.38f, max.y),
                        theme::rgb(tint, 0.35f), h * 0.3f, ImDrawFlags_RoundCornersTop);
    draw->AddCircleFilled(centre, h * 0.22f, theme::rgb(0x000000, 0.55f), 24);
    const float t = h * 0.1f;
    draw->AddTriangleFilled(ImVec2(centre.x - t * 0.7f, centre.y - t), ImVec2(centre.x - t * 0.7f, centre.y + t),
                            ImVec2(centre.x + t, centre.y), theme::rgb(0xffffff));
}

// What is being reported: the account (and its video, for video reports).
void draw_reported(const ScreenContext& context, const AppPage& page, const CastMember& contact, bool video) {
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    const float pad = 14 * s;
    // The name over the handle; taller than the picture at large text sizes.
    const float text_h = fonts.strong->FontSize * 1.3f + fonts.small->FontSize * 1.2f;
    const float height = std::max((video ? 72 : 64) * s, text_h) + pad * 2;
    ImGui::SetCursorPosX(page.left);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(page.width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(min.x + page.width, min.y + height);
    outlined_rect(draw, min, max, 0xffffff, 0xd5dbe3, 12 * s, 1.5f * s);
    float x = min.x + pad;
    const float middle = (min.y + max.y) / 2;
    if (video) {
        draw_video_tile(draw, ImVec2(x, middle - 36 * s), ImVec2(x + 128 * s, middle + 36 * s), contact.avatar_rgb, s);
        x += 128 * s + 16 * s;
    }
    const float radius = video ? 20 * s : 28 * s;
    draw_avatar(draw, ImVec2(x + radius, middle), radius, contact.avatar_rgb, contact.initials(), fonts.strong);
    x += radius * 2 + 14 * s;
    const std::string handle = contact.handle.empty() || contact.handle[0] == '@' ? contact.handle : "@" + contact.handle;
    const float top = middle - text_h / 2;
    const ImVec4 clip(x, min.y, max.x - pad, max.y);
    layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(x, top), theme::rgb(theme::kText), contact.name.c_str(),
                  nullptr, 0.0f, &clip);
    const std::string what = video ? ui_text("report.video-by", {{"handle", handle}}) : handle;
    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(x, top + fonts.strong->FontSize * 1.3f),
                  theme::rgb(theme::kMutedText), what.c_str(), nullptr, 0.0f, &clip);
}

}  // namespace

// A report sheet: what is being reported (the account, or with `reports:
// video` its video), then one reason per choice. Picking a reason sends the
// report.
UiAction draw_report_form(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const Node* node = context.state.showing_node();
    const AppFrame app = app_frame_for(node);
    const Rect below = draw_app_bar(context, area, app);
    const AppPage page = begin_app_page(context, "report-form", below);
    app_heading(context, page, context.fonts.title, ui_text("report.title"));
    app_space(12 * s);
    if (const CastMember* contact = context.state.run()->contact()) {
        draw_reported(context, page, *contact, node && node->reports == Reported::Video);
        app_space(16 * s);
    }
    draw_app_info(context, page);
    const auto choices = app_choices(context);
    if (!choices.empty()) {
        app_heading(context, page, context.fonts.strong, side_text(context.state.run()->scenario(), "report.why"));
        app_space(4 * s);
    }
    int number = 0;
    for (const Choice* choice : choices) {
        RowLook look;
        look.lead = RowLook::Lead::Radio;
        look.chevron = false;
        if (app_row(context, page, *choice, ++number, look)) action = {UiAction::Kind::Choose, 0, choice->id};
    }
    end_app_page(context);
    return action;
}

}  // namespace secondlook
