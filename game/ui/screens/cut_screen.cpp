#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

// Time passes: the screen goes dark with a line such as "Later that evening".
// This is how the story implies what is never shown.
void draw_cut(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(0x0b0d10), 16 * s, ImDrawFlags_RoundCornersTop);
    const float wrap = area.width() * 0.7f;
    float total = 0;
    auto messages = context.state.showing_messages();
    for (const RunEvent* event : messages) total += text_height(context.fonts.title, event->message->text, wrap) + 16 * s;
    float y = (area.min.y + area.max.y - total) / 2;
    for (const RunEvent* event : messages) {
        const std::string& text = event->message->text;
        ImVec2 size = text_size(context.fonts.title, text, wrap);
        layout::add_text(draw, context.fonts.title, context.fonts.title->FontSize,
                      ImVec2((area.min.x + area.max.x - size.x) / 2, y), theme::rgb(0xe8ecf2), text.c_str(), nullptr, wrap);
        y += size.y + 16 * s;
    }
}

}  // namespace secondlook
