// The screens of the window. Each is a function of the game state that draws
// into an area and returns what the player asked for; none changes state.
#pragma once

#include "ui/fonts.h"
#include "ui/game_state.h"
#include "ui/ui_action.h"
#include "ui/widgets.h"

namespace secondlook {

class ImageCache;

struct ScreenContext {
    const GameState& state;
    const Fonts& fonts;
    float scale = 1.0f;
    double now = 0.0;                // seconds, for animations
    ImageCache* images = nullptr;    // pictures from disk (evidence screenshots)
};

// The bar across the top: title, Settings (F2), Help (F1) and Quick exit, on
// every screen; as tall and its buttons as wide as the text size needs.
// `status_width`: room the captions and notices need beside the buttons; the
// scenario's name gives way to them.
UiAction draw_top_bar(const ScreenContext& context, const Rect& area, float status_width = 0);
// Where the title "Second Look" ends, at the least: status pills keep clear of it.
float top_bar_title_end(const ScreenContext& context, const Rect& area);
float top_bar_height(const ScreenContext& context);
float top_bar_buttons_width(const ScreenContext& context);

UiAction draw_content_note(const ScreenContext& context, const Rect& area);
UiAction draw_scenario_list(const ScreenContext& context, const Rect& area);
// The messenger and the "second look" panel beside it.
UiAction draw_play(const ScreenContext& context, const Rect& area);
UiAction draw_debrief(const ScreenContext& context, const Rect& area);
// Support contacts and keys, over whatever screen is showing.
UiAction draw_help(const ScreenContext& context, const Rect& area);

// Parts of the play screen, one per kind of scene (see Screen in scenario.h).
UiAction draw_messenger(const ScreenContext& context, const Rect& area);
// The friend-request card and the call return a Flag pressed on a detail or message.
UiAction draw_friend_request(const ScreenContext& context, const Rect& area);
void draw_incoming_call(const ScreenContext& context, const Rect& area);
UiAction draw_in_call(const ScreenContext& context, const Rect& area);
void draw_cut(const ScreenContext& context, const Rect& area);
void draw_coach_panel(const ScreenContext& context, const Rect& area);
// Mock apps where the player acts: the offered choices are the app's own
// controls (rows, buttons), drawn once the node's messages have all arrived.
UiAction draw_account_settings(const ScreenContext& context, const Rect& area);
UiAction draw_report_form(const ScreenContext& context, const Rect& area);
UiAction draw_money_transfer(const ScreenContext& context, const Rect& area);
UiAction draw_block(const ScreenContext& context, const Rect& area);
UiAction draw_tell_someone(const ScreenContext& context, const Rect& area);
UiAction draw_call_police(const ScreenContext& context, const Rect& area);
// The player's replies, or what to do while waiting; at the messenger's foot.
UiAction draw_reply_area(const ScreenContext& context, const Rect& area);
// Height the reply area needs for the current choices at `width`, in a
// messenger `height` tall (projector mode's votes scroll past 70% of it).
float reply_area_height(const ScreenContext& context, float width, float height);

// A cast member's profile card over the conversation: name, account ID,
// link and details, each detail flaggable, the ID recordable.
UiAction draw_profile_card(const ScreenContext& context, const Rect& area);
// Screenshot and evidence buttons, the stress meter and the calming breath.
UiAction draw_tools_panel(const ScreenContext& context, const Rect& area);
float tools_panel_height(const ScreenContext& context, float width);
// What the police will need: kept and missing, and the screenshots taken.
UiAction draw_evidence_locker(const ScreenContext& context, const Rect& area);
// The facilitator's PIN, then the group's results.
UiAction draw_facilitator_pin(const ScreenContext& context, const Rect& area);
UiAction draw_dashboard(const ScreenContext& context, const Rect& area);
// Projector mode: the facilitator picks the story the class plays together;
// at each choice the class's votes, and a card to talk it over.
UiAction draw_projector_setup(const ScreenContext& context, const Rect& area);
UiAction draw_vote_panel(const ScreenContext& context, const Rect& area);
float vote_panel_height(const ScreenContext& context, float width);
UiAction draw_discussion_card(const ScreenContext& context, const Rect& area);
// A facilitator sets up a session; a player joins one with its code.
UiAction draw_session_setup(const ScreenContext& context, const Rect& area);
UiAction draw_join_session(const ScreenContext& context, const Rect& area);
// The knowledge check before or after play, one question at a time.
UiAction draw_knowledge_check(const ScreenContext& context, const Rect& area);
// The dashboard's learning gain per objective (nothing when no one took the check).
void draw_learning_gain(const ScreenContext& context, const LearningGain& gain, float width);
// Volume, mute, captions, timers, text size, contrast, spacing, motion, read aloud.
UiAction draw_settings(const ScreenContext& context, const Rect& area);

// The support contacts as a card, for help and debrief screens.
void draw_support_card(const ScreenContext& context, float width);

}  // namespace secondlook
