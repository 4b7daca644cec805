#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

UiAction draw_play(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const float gap = 20 * s;
    // The messenger takes most of the width; the coaching panel sits beside it,
    // so feedback never covers the conversation.
    // On a projector the story needs the room more: the panel is narrower.
    const float coach_w = context.state.projector() ? std::max(300 * s, area.width() * 0.30f)
                                                    : std::max(320 * s, area.width() * 0.34f);
    Rect messenger{{area.min.x + gap, area.min.y + gap}, {area.max.x - coach_w - gap * 2, area.max.y - gap}};
    Rect coach{{messenger.max.x + gap, area.min.y + gap}, {area.max.x - gap, area.max.y - gap}};
    UiAction action = draw_messenger(context, messenger);
    // While the class talks, the question covers the story and the votes.
    if (context.state.projector() && context.state.discussing())
        if (UiAction card = draw_discussion_card(context, messenger)) action = card;
    // The tools take at most half the column (they scroll beyond): the
    // coaching under them must keep room, as on a projector at 200% it had none.
    const float tools_h = std::min(tools_panel_height(context, coach.width()), coach.height() * 0.5f);
    Rect tools{coach.min, {coach.max.x, coach.min.y + tools_h}};
    keep_first(action, draw_tools_panel(context, tools));
    draw_coach_panel(context, Rect{{coach.min.x, tools.max.y + gap / 2}, coach.max});
    return action;
}

}  // namespace secondlook
