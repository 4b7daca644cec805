#include "ui/screens/screens.h"
#include "ui/theme.h"

#include <algorithm>

namespace secondlook {

UiAction draw_play(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const float gap = 20 * s;
    // The coaching panel is beside the messenger (under it when upright), so
    // feedback never covers the conversation. The messenger takes most of the
    // width; on a projector the story needs the room more: the panel is narrower.
    const float coach_w = context.state.projector() ? std::max(300 * s, area.width() * 0.30f)
                                                    : std::max(320 * s, area.width() * 0.34f);
    const Split split = split_beside_or_under(area, coach_w, std::max(260 * s, area.height() * 0.40f), gap);
    const Rect& messenger = split.main;
    const Rect& coach = split.side;
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
