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
    bool picture = false;    // a picture was sent: a plain grey card that never shows it
};

// Gives a message's item its Flag button when the run offers it for flagging
// now (or shows it as flagged), on any screen that draws the message.
void offer_flag(ThreadItem& item, const Run& run, const std::string& message_id);

// The first `revealed` events of the run that belong to `contact`'s thread.
std::vector<ThreadItem> thread_items(const Run& run, std::size_t revealed, const std::string& contact);

// Draws one item at the cursor across `width` and moves the cursor below it.
// Returns true when the player pressed the item's flag.
bool draw_thread_item(const ThreadItem& item, float width, const Fonts& fonts, float scale);

// The Flag button of an item with a flag_id, at `at`; true when pressed.
bool draw_flag_button(const ThreadItem& item, ImVec2 at, const Fonts& fonts, float scale);

// The "..." bubble of someone typing; `now` drives the dots.
void draw_typing_bubble(double now, const Fonts& fonts, float scale);

}  // namespace secondlook
