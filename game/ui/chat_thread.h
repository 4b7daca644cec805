// The messages of one conversation as the messenger shows them: bubbles
// left and right, link previews, system notices and "later" dividers.
#pragma once

#include <string>
#include <vector>

#include "core/run.h"
#include "ui/fonts.h"

namespace secondlook {

struct ThreadItem {
    enum class Kind { Incoming, Outgoing, Notice, Divider, Link, MissedCall };
    ThreadItem(Kind kind, std::string text, std::string time)
        : kind(kind), text(std::move(text)), time(std::move(time)) {}

    Kind kind = Kind::Incoming;
    std::string text;
    std::string time;
    std::string flag_id;     // set when the bubble can be flagged as a warning sign now
    bool flagged = false;    // the player has flagged it
};

// The first `revealed` events of the run that belong to `contact`'s thread.
std::vector<ThreadItem> thread_items(const Run& run, std::size_t revealed, const std::string& contact);

// Draws one item at the cursor across `width` and moves the cursor below it.
// Returns true when the player pressed the item's flag.
bool draw_thread_item(const ThreadItem& item, float width, const Fonts& fonts, float scale);

// The "..." bubble of someone typing; `now` drives the dots.
void draw_typing_bubble(double now, const Fonts& fonts, float scale);

}  // namespace secondlook
