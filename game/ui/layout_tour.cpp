#include "layout_tour.h"

#include <algorithm>

namespace secondlook {

LayoutTour::LayoutTour(bool active, const PlayerSettings& base, bool projector)
    : active_(active), projector_(projector) {
    looks_.push_back(base);
    for (int size : {100, 150, 200})
        for (bool contrast : {false, true}) {
            PlayerSettings look = base;
            look.text_size = size;
            look.high_contrast = contrast;
            if (look != base) looks_.push_back(look);
        }
}

void LayoutTour::visit(const std::string& step) {
    if (active_) steps_.push_back(step);
}

std::string LayoutTour::label() const {
    const PlayerSettings& look = looks_[look_];
    return steps_.front() + " (text " + std::to_string(look.text_size) + "%" +
           (look.high_contrast ? ", high contrast" : "") + (projector_ ? ", projector" : "") + ")";
}

void LayoutTour::next() {
    if (steps_.empty()) return;
    if (++look_ < looks_.size()) return;
    look_ = 0;
    steps_.pop_front();
}

bool changes_layout(const std::string& choice_id) {
    for (const char* detail : {"flag:", "record:", "wait:", "calm"})
        if (choice_id.rfind(detail, 0) == 0) return false;
    return true;
}

}  // namespace secondlook
