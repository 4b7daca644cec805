#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "ui/chat_thread.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

// In a video call: the other person's video (never shown in detail: a
// blurred silhouette with a status), the player's own camera in a corner,
// and call chat over the picture, each line from the caller with its Flag
// button: a "broken" camera or a looping video is a sign to spot right here.
UiAction draw_in_call(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const Run& run = *context.state.run();
    const CastMember* contact = run.contact();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(theme::kCallBackground), 16 * s, ImDrawFlags_RoundCornersTop);

    const ImVec2 centre((area.min.x + area.max.x) / 2, area.min.y + area.height() * 0.42f);
    // A soft silhouette: head and shoulders in the contact's colour.
    const unsigned tint = contact ? contact->avatar_rgb : 0x5b7db1;
    draw->AddCircleFilled(ImVec2(centre.x, centre.y - 40 * s), 46 * s, theme::rgb(tint, 0.55f), 48);
    draw->AddRectFilled(ImVec2(centre.x - 95 * s, centre.y + 16 * s), ImVec2(centre.x + 95 * s, centre.y + 120 * s),
                        theme::rgb(tint, 0.45f), 60 * s, ImDrawFlags_RoundCornersTop);

    if (contact) {
        layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize, ImVec2(area.min.x + 22 * s, area.min.y + 18 * s),
                      theme::rgb(0xffffff), contact->name.c_str());
        layout::add_text(draw, context.fonts.small, context.fonts.small->FontSize,
                         ImVec2(area.min.x + 22 * s, area.min.y + 18 * s + context.fonts.strong->FontSize * 1.3f),
                      theme::rgb(0xb8c4d6), ui_text("call.video").c_str());
    }
    // The player's own camera preview.
    ImVec2 self_min(area.max.x - 190 * s, area.min.y + 18 * s), self_max(area.max.x - 18 * s, area.min.y + 128 * s);
    draw->AddRectFilled(self_min, self_max, theme::rgb(0x2b323d), 10 * s);
    draw->AddRect(self_min, self_max, theme::rgb(0x59637a), 10 * s, 0, 1.5f * s);
    layout::add_text(draw, context.fonts.small, context.fonts.small->FontSize, ImVec2(self_min.x + 12 * s, self_max.y - 30 * s),
                  theme::rgb(0xdfe6f0), side_text(context.state.run()->scenario(), "chat.you").c_str());

    // Call chat: the latest lines over the bottom of the picture.
    auto messages = context.state.showing_messages();
    const std::size_t shown = std::min<std::size_t>(messages.size(), 3);
    float y = area.max.y - 16 * s;
    const float wrap = area.width() * 0.7f;
    // Under the caller's name and "Video call", and the player's own preview.
    const float top = std::max(area.min.y + 18 * s + context.fonts.strong->FontSize * 1.3f + context.fonts.small->FontSize * 1.4f,
                               self_max.y + 8 * s);
    // High contrast: the captions' backing is solid (see-through black over the white call turns grey).
    const float backing = theme::high_contrast() ? 1.0f : 0.55f;
    for (std::size_t i = 0; i < shown; ++i) {
        const RunEvent& event = *messages[messages.size() - 1 - i];
        const Message& message = *event.message;
        const std::string speaker = speaker_name(run.scenario(), message.from);
        std::string line = speaker.empty() ? message.text : speaker + ": " + message.text;
        ImVec2 size = text_size(context.fonts.body, line, wrap);
        if (y - size.y - 16 * s < top) break;  // the latest lines that fit (at large text, fewer)
        y -= size.y + 16 * s;
        draw->AddRectFilled(ImVec2(area.min.x + 18 * s, y), ImVec2(area.min.x + 42 * s + size.x, y + size.y + 12 * s),
                            theme::rgb(0x000000, backing), 10 * s);
        layout::add_text(draw, context.fonts.body, context.fonts.body->FontSize, ImVec2(area.min.x + 30 * s, y + 6 * s),
                      theme::rgb(0xffffff), line.c_str(), nullptr, wrap);
        ThreadItem item{ThreadItem::Kind::Incoming, message.text, {}};
        offer_flag(item, run, message.id);
        if (!item.flag_id.empty() &&
            draw_flag_button(item, ImVec2(area.min.x + 52 * s + size.x, y + 4 * s), context.fonts, s))
            keep_first(action, {UiAction::Kind::Choose, 0, "flag:" + item.flag_id});
    }
    return action;
}

}  // namespace secondlook
