// A card centred over the dimmed play screen, with a title and a Close
// button: the frame the evidence locker and settings share.
#pragma once

#include <string>

#include "ui/screens/screens.h"

namespace secondlook {

struct ModalCard {
    float pad = 0;       // left margin inside the card, for SetCursorPosX
    float inner = 0;     // width of the card's content
    bool close = false;  // the Close button was pressed
};

// Opens the card (a child window); call end_modal_card() after its content.
ModalCard begin_modal_card(const ScreenContext& context, const Rect& area, const char* id,
                           const std::string& title, float max_width);
void end_modal_card();

}  // namespace secondlook
