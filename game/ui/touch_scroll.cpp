#include "ui/touch_scroll.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cmath>

namespace secondlook {
namespace {

// How far a finger moves before it scrolls rather than taps: a third of the
// body text's height (a tap's finger wobbles less).
float drag_threshold() { return ImGui::GetFontSize() / 3; }

// The area under the finger that scrolls: the front-most window there (as
// ImGui picks the hovered one; the last frame's hovered window is where the
// last finger was), or the nearest window around it with something to scroll.
ImGuiWindow* scrolling_area(const ImVec2& at) {
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    ImGuiWindow* found = nullptr;
    for (int i = context.Windows.Size - 1; i >= 0 && !found; --i) {
        ImGuiWindow* window = context.Windows[i];
        if (window->Active && !window->Hidden && !(window->Flags & ImGuiWindowFlags_NoMouseInputs) &&
            window->OuterRectClipped.Contains(at))
            found = window;
    }
    while (found && found->ScrollMax.y <= 0) found = found->ParentWindow;
    return found;
}

}  // namespace

void TouchScroll::handle(const SDL_Event& event) {
    if (!ImGui::GetCurrentContext()) return;
    switch (event.type) {
        case SDL_FINGERDOWN:
            // SDL gives the finger's place as a share of the window.
            area_ = scrolling_area(ImVec2(event.tfinger.x * ImGui::GetIO().DisplaySize.x,
                                          event.tfinger.y * ImGui::GetIO().DisplaySize.y));
            moved_ = 0;
            scrolling_ = false;
            break;
        case SDL_FINGERMOTION: {
            if (!area_) break;
            const float dy = event.tfinger.dy * ImGui::GetIO().DisplaySize.y;
            moved_ += dy;
            if (!scrolling_ && std::fabs(moved_) < drag_threshold()) break;
            scrolling_ = true;
            // The control touched first is not pressed on lifting (let go at
            // each move: it may have taken the press in a frame since).
            ImGui::ClearActiveID();
            // Several moves in one frame add up (the scroll is applied at the next frame).
            const float from = area_->ScrollTarget.y < FLT_MAX ? area_->ScrollTarget.y : area_->Scroll.y;
            ImGui::SetScrollY(area_, ImClamp(from - dy, 0.0f, area_->ScrollMax.y));
            break;
        }
        case SDL_FINGERUP:
            area_ = nullptr;
            break;
        default: break;
    }
}

}  // namespace secondlook
