#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

UiAction draw_play(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const float gap = 20 * s;
    // The messenger takes most of the width; the coaching panel sits beside it,
    // so feedback never covers the conversation.
    const float coach_w = std::max(320 * s, area.width() * 0.34f);
    Rect messenger{{area.min.x + gap, area.min.y + gap}, {area.max.x - coach_w - gap * 2, area.max.y - gap}};
    Rect coach{{messenger.max.x + gap, area.min.y + gap}, {area.max.x - gap, area.max.y - gap}};
    UiAction action = draw_messenger(context, messenger);
    Rect tools{coach.min, {coach.max.x, coach.min.y + tools_panel_height(context, coach.width())}};
    keep_first(action, draw_tools_panel(context, tools));
    draw_coach_panel(context, Rect{{coach.min.x, tools.max.y + gap / 2}, coach.max});
    return action;
}

}  // namespace secondlook
