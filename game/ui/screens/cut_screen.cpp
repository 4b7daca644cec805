#include <algorithm>

#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

// Time passes: the screen goes dark with a line such as "Later that evening".
// This is how the story implies what is never shown. The lines sit in the
// middle when they fit; at large text sizes a longer cut (a continuation's
// narration) starts at the top and scrolls, never running off the screen.
void draw_cut(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const float wrap = area.width() * 0.7f, pad = 24 * s, gap = 16 * s;
    auto messages = context.state.showing_messages();
    float total = 0;
    for (const RunEvent* event : messages) total += text_height(context.fonts.title, event->message->text, wrap) + gap;
    begin_area("cut", area, 0x0b0d10, true);
    open_at_top();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    float y = top.y + std::max(pad, (area.height() - total) / 2);
    for (const RunEvent* event : messages) {
        const std::string& text = event->message->text;
        ImVec2 size = text_size(context.fonts.title, text, wrap);
        layout::add_text(draw, context.fonts.title, context.fonts.title->FontSize,
                         ImVec2((area.min.x + area.max.x - size.x) / 2, y), theme::rgb(0xe8ecf2), text.c_str(),
                         nullptr, wrap);
        y += size.y + gap;
    }
    ImGui::Dummy(ImVec2(1, y - top.y + pad - gap));
    ImGui::EndChild();
}

}  // namespace secondlook
