#include <cmath>

#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

// An incoming video call fills the messenger, as phones do: who is calling,
// and the ring pulsing around them while it rings.
void draw_incoming_call(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const Run& run = *context.state.run();
    const CastMember* contact = run.contact();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(theme::kCallBackground), 16 * s, ImDrawFlags_RoundCornersTop);
    // The caller's name, "incoming" and the messages under the picture all
    // fit: at large text sizes the picture gives way (rings reach 1.7 radii
    // out; the text starts 1.8 radii under the centre).
    const float text_w = area.width() - 40 * s;
    float text_h = text_size(context.fonts.body, ui_text("call.incoming"), text_w).y + 6 * s;
    if (contact) text_h += text_size(context.fonts.title, contact->name, text_w).y;
    for (const RunEvent* event : context.state.showing_messages())
        text_h += text_size(context.fonts.small, event->message->text, text_w).y + 10 * s;
    const float margin = 12 * s;
    const float radius = std::max(0.0f, std::min({area.height() * 0.16f, 90 * s, (area.height() - text_h - margin * 2) / 3.5f}));
    const ImVec2 centre((area.min.x + area.max.x) / 2,
                        std::min(area.min.y + area.height() * 0.38f, area.max.y - margin - text_h - radius * 1.8f));
    // Rings spread out while messages still arrive; still once the player must decide.
    const float phase = context.state.pacer().settled() ? 0.5f : static_cast<float>(std::fmod(context.now, 1.6) / 1.6);
    for (int ring = 0; ring < 2; ++ring) {
        float t = std::fmod(phase + ring * 0.5f, 1.0f);
        draw->AddCircle(centre, radius * (1.1f + t * 0.6f), theme::rgb(0x6fa8ff, 0.6f * (1 - t)), 64, 3 * s);
    }
    if (contact && radius > 0) draw_avatar(draw, centre, radius, contact->avatar_rgb, contact->initials(), context.fonts.huge);
    auto centred = [&](ImFont* font, const std::string& text, float y, unsigned colour) {
        ImVec2 size = text_size(font, text, text_w);
        layout::add_text(draw, font, font->FontSize, ImVec2(centre.x - size.x / 2, y), theme::rgb(colour), text.c_str(),
                         nullptr, text_w);
        return y + size.y;
    };
    float y = centre.y + radius * 1.8f;
    if (contact) y = centred(context.fonts.title, contact->name, y, 0xffffff);
    y = centred(context.fonts.body, ui_text("call.incoming"), y + 6 * s, 0xb8c4d6);
    for (const RunEvent* event : context.state.showing_messages())
        y = centred(context.fonts.small, event->message->text, y + 10 * s, 0xdfe6f0);
}

}  // namespace secondlook
