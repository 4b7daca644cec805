// --layout-report: the screens to report (the one asked for, then one after
// each replayed step) and, for each, the settings to draw it with: text at
// 100, 150 and 200%, contrast off and on. The first of them is the player's
// own settings, so that report sees the screen as it opens.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "app/settings_file.h"

namespace secondlook {

class LayoutTour {
public:
    LayoutTour(bool active, const PlayerSettings& base, bool projector);
    bool active() const { return active_; }
    // A screen to report, named `step`, once the ones before it are done.
    void visit(const std::string& step);
    // Reports left to take of the current screen.
    bool busy() const { return active_ && !steps_.empty(); }
    // The settings to draw the next report with, and its name.
    const PlayerSettings& settings() const { return looks_[look_]; }
    std::string label() const;
    bool fresh() const { return look_ == 0; }
    // The report was taken: on to the next settings, or the next screen.
    void next();

private:
    bool active_ = false;
    bool projector_ = false;
    std::vector<PlayerSettings> looks_;
    std::size_t look_ = 0;
    std::deque<std::string> steps_;
};

// Steps worth a report of their own: a flag, a record, waiting or a calming
// breath changes a detail of the screen already reported, not its layout.
bool changes_layout(const std::string& choice_id);

}  // namespace secondlook
