// The loaded, read-only form of a scenario file. One Scenario is shared by any
// number of Runs (plays); nothing here changes after loading.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "condition.h"
#include "diagnostics.h"

namespace secondlook {

// How a node is shown. The last six are mock apps where the player acts
// rather than replies: their choices are that app's buttons.
enum class Screen {
    Chat, FriendRequest, VideoCall, Call, Blackmail, Cut,
    AccountSettings, ReportForm, MoneyTransfer, Block, TellSomeone, CallPolice
};
enum class Stage { None, Research, Contact, BuildUp, PlatformMove, Ask, Turn, Aftermath };
// Picture: a picture was sent or received, drawn as a plain grey card that
// never shows or describes it (a scenario cannot give it text).
enum class MessageKind { Text, Link, Notice, MissedCall, Picture };
enum class Tone { Neutral, Good, Caution };
enum class Outcome { Safe, Mixed, Hard };
// How a mock app colours a button or a receipt's status. The file says it,
// rather than the screen guessing from the words, so a translation keeps it:
// danger is red (delete, block, 999), good green (101, a cancelled transfer),
// caution amber (a transfer still waiting); plain is the screen's own look.
enum class Look { Plain, Danger, Good, Caution };
// What a report form reports: the account, or a video of theirs (drawn with
// its thumbnail).
enum class Reported { Account, Video };
// What a friend-request card says the person did: asked to be friends, started
// following (a photo-sharing app), or sent a message request.
enum class RequestKind { Friend, Follow, Message };

// Who speaks a message that is not from a cast member.
inline const char* const kPlayerSpeaker = "you";
inline const char* const kSystemSpeaker = "system";

struct ScoreAward {
    std::string objective;
    int points = 0;
};

// Marks a message or profile detail as a warning sign the player can flag.
struct WarningSign {
    std::vector<ScoreAward> score;
    std::string why;  // shown when it is flagged, and in the debrief if missed
    SourceLocation where;  // of the `sign:` key
};

struct ProfileField {
    std::string id;  // stable within its cast member; from the label when not given
    std::string label;
    std::string value;
    std::optional<WarningSign> sign;
};

struct CastMember {
    std::string id;
    std::string name;    // display name
    std::string handle;  // account ID: what police need, differs from the name
    unsigned avatar_rgb = 0x5b7db1;
    std::string about;
    std::string profile_url;  // shown only on the profile card
    bool trusted = false;     // a friend or helper: their messages are not offered for flagging
    std::vector<ProfileField> profile;
    SourceLocation where;

    const ProfileField* find_field(const std::string& field_id) const;

    std::string initials() const;
};

struct Message {
    std::string id;
    std::string from;  // cast id, "you" or "system"
    std::string text;
    MessageKind kind = MessageKind::Text;
    double delay_seconds = -1;  // < 0: derived from the text's length
    int clock_minutes = -1;     // >= 0 when the author set "time"
    std::optional<WarningSign> sign;
    SourceLocation where;
};

struct Effect {
    enum class Op { Set, Add };
    Op op = Op::Set;
    std::string variable;
    int value = 0;
};

struct Choice {
    std::string id;
    std::string text;
    std::string say;     // the player's bubble; empty when the button says it
    std::string detail;  // a second line under the button on app screens
    std::string feedback;
    Tone tone = Tone::Neutral;
    bool panic = false;  // the choice fear pushes towards; easier to hit under stress
    // False on a reply that gives in to the ask: a class deciding together
    // (projector mode) is never offered it, and goes on through the continuation.
    bool in_class = true;
    Look look = Look::Plain;  // on mock app screens
    std::string initials;     // tell-someone: the letters on the contact's picture (from the text if empty)
    std::vector<ScoreAward> score;
    std::vector<std::string> against;  // objectives this reply goes against (paying: RESP-2)
    std::vector<Effect> effects;
    std::optional<Condition> condition;
    std::string target_id;
    std::size_t target = 0;  // index into Scenario::nodes, resolved by the loader
    SourceLocation where;
    SourceLocation text_where;
    SourceLocation target_where;

    int points() const;
};

struct Branch {
    std::optional<Condition> condition;
    std::string target_id;
    std::size_t target = 0;
    SourceLocation where;
};

// "See what could have happened": after an early safe ending the story can
// go on in the third person, with a named character who said yes where the
// player said no, so the response is practised at a distance.
struct Continuation {
    std::string target_id;   // the first node of the continuation
    std::size_t target = static_cast<std::size_t>(-1);  // index into Scenario::nodes, resolved by the loader
    std::string intro;       // shown on the debrief's button card ("Alex said yes. See what happened next.")
    std::string character;   // cast id of the person the continuation follows
    SourceLocation where;
    SourceLocation target_where;
    SourceLocation character_where;
};

struct Ending {
    std::string title;
    Outcome outcome = Outcome::Mixed;
    std::string debrief;
    bool early = false;  // reached before the blackmail turn: lint asks it to have a continuation
    std::optional<Continuation> continuation;
    SourceLocation early_where;
};

// The header of a mock app screen: whose app it is and what page.
struct AppFrame {
    std::string name;   // e.g. "VidShare"
    std::string title;  // e.g. "Report a video"
    unsigned colour_rgb = 0x3b5bdb;
    std::string section;  // account-settings: the heading over the rows (the interface's "Account" if empty)
};

// A money-transfer receipt, shown on money-transfer screens.
struct Receipt {
    std::string service;
    std::string mtcn;  // money transfer control number
    std::string amount;
    std::string to;
    std::string sent;
    std::string status;
    Look status_look = Look::Plain;
};

// A further demand that arrives while a countdown runs.
struct Demand {
    double at_seconds = 0;  // seconds after the countdown starts
    Message message;
    std::string amount;     // the new demand, when it raises it (e.g. "£400")
    int stress = 10;        // how much it adds to the stress meter
};

// The blackmail clock: visible, escalating, pausable, and never the end of
// the world: when it reaches zero the choices are all still there.
struct Countdown {
    double seconds = 0;
    std::string amount;  // the first demand, e.g. "£300"
    std::vector<Demand> demands;
};

struct Node {
    std::string id;
    Screen screen = Screen::Chat;
    std::string contact;  // cast id; empty only before the first contact appears
    Stage stage = Stage::None;
    std::vector<Message> messages;
    std::vector<Choice> choices;
    std::vector<Branch> branches;  // "next" is stored as one unconditional branch
    std::optional<Ending> ending;
    std::optional<AppFrame> app;
    std::optional<Receipt> receipt;
    std::optional<Countdown> countdown;
    Reported reports = Reported::Account;  // report-form only
    RequestKind request = RequestKind::Friend;  // friend-request only
    int stress = 0;  // added to the stress meter on entering (may be negative)
    // Whether its messages carry a Flag button. Off by default on the
    // blackmail screen and under a countdown: a threat is not a sign to spot,
    // and flagging "£300 by QuickSend" must never earn "ordinary on its own".
    bool flags = true;
    bool continuation = false;  // part of a "see what could have happened" continuation
    // A question for the class about this moment of the story (`discuss:`),
    // for the facilitator's guide; each stage of the story has at least one.
    std::string discuss;
    SourceLocation discuss_where;
    SourceLocation where;

    bool is_ending() const { return ending.has_value(); }
    // The continuation this ending offers, or null.
    const Continuation* continues() const { return ending && ending->continuation ? &*ending->continuation : nullptr; }
};

// Something the police will need, listed in the evidence locker, and how the
// player can capture it.
struct EvidenceItem {
    enum class Source { Messages, ProfileId, ProfileUrl, Receipt };
    std::string id;
    std::string label;
    std::string hint;  // how to get it, shown while it is missing
    Source source = Source::Messages;
    std::vector<std::string> messages;  // for Messages: any of these on screen
    std::string cast;                   // for ProfileId / ProfileUrl
    std::vector<ScoreAward> score;
    std::optional<Condition> condition;  // listed only when it holds (e.g. "paid")
    SourceLocation where;
};

struct MaxScores;  // max_scores.h

struct Scenario {
    std::string file;
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> objectives;
    // Objectives that apply only to some plays ("RESP-7 if paid"): a play where
    // the condition never held is not told it missed them.
    std::map<std::string, Condition> applies_if;
    SourceLocation applies_if_where;
    std::string start_id;
    std::size_t start = 0;
    SourceLocation start_where;
    int clock_minutes = 19 * 60;
    int minutes = 0;
    std::vector<std::string> audience;
    int min_age = 11;
    bool min_age_declared = false;  // the content rules ask authors to state it
    std::string content_note;
    // The named character the story is about (e.g. "Leo") when the player
    // decides for them; empty in a first-person story. Labels on the
    // player's side name them instead of saying "you" (point_of_view.h).
    std::string protagonist;
    std::vector<CastMember> cast;
    std::vector<Node> nodes;
    std::vector<EvidenceItem> evidence;
    std::vector<ScoreAward> calm_score;  // earned by the first calming breath under stress
    std::string calm_feedback;           // said after a calming breath (a kind default otherwise)
    std::string harmless_flag_feedback;  // when a flag lands on an ordinary detail
    SourceLocation where;

    const Node* find_node(const std::string& id) const;
    const CastMember* find_cast(const std::string& id) const;
    const Message* find_message(const std::string& id) const;
    std::optional<std::size_t> node_index(const std::string& id) const;

    // Builds the id lookup; the loader calls it once all nodes are read.
    void index_nodes();

    // The most a play can score, in total and per objective (max_scores.h),
    // worked out once: the loader keeps what its exactness check walked, and
    // the records, `paths` and `coverage` read it here. Throws
    // std::logic_error, never answers 0, for a scenario whose maxima were not
    // worked out exactly (one built in code: call fill_max_scores first).
    const MaxScores& maxima() const;
    void keep_maxima(MaxScores maxima);

private:
    std::unordered_map<std::string, std::size_t> node_by_id_;
    std::unordered_map<std::string, const Message*> message_by_id_;
    std::shared_ptr<const MaxScores> maxima_;  // shared by copies: it never changes once kept
};

// The name a message is shown under: "You", a cast member's name, or empty
// for system lines.
std::string speaker_name(const Scenario& scenario, const std::string& speaker);

// What a `picture` message says in place of text: that a picture was sent
// (by the player's side, `from: you`) or received, never what it shows.
std::string picture_card_text(const std::string& from);

// "HH:MM" for minutes after midnight, as messages show their time.
std::string clock_text(int minutes);

// Audience tracks, as scenarios declare them and the list filters by them.
inline const char* const kTracks[] = {"schools", "armed-forces", "home", "parents"};
bool is_track(const std::string& word);
// The tracks as a sentence names them for a fix, e.g. "schools, armed-forces,
// home or parents" (with "and" for a list of them all).
std::string track_names(const char* last_joiner = "or");
// The first node of each stage the story goes through, in story order,
// outside continuations (which are about someone else): the stages lint asks
// a discussion question for and the facilitator's guide prints.
std::vector<const Node*> stage_openings(const Scenario& scenario);
// True when the scenario is for `track` (every scenario suits an empty one).
bool suits_track(const Scenario& scenario, const std::string& track);

// True for screens that show a conversation (and so can be screenshotted
// as one); false for the mock apps where the player acts.
bool shows_conversation(Screen screen);
// True for the screens that can draw a Flag button on a message (chat,
// friend-request, call, blackmail): the only ones where `flags: on` means something.
bool can_show_flags(Screen screen);
// Whether a node's messages carry a Flag button when the file says nothing:
// yes on chat, friend-request and call, no on a blackmail screen or under a countdown.
bool flags_by_default(Screen screen, bool has_countdown);
// True for the mock apps (account-settings ... call-police), whose choices
// are the app's buttons and so can have a `look`.
bool is_app_screen(Screen screen);

// Names used in files and reports ("friend-request", "safe", ...).
const char* to_string(Screen screen);
const char* to_string(Stage stage);
const char* to_string(Outcome outcome);
const char* to_string(Tone tone);

}  // namespace secondlook
