// The loaded, read-only form of a scenario file. One Scenario is shared by any
// number of Runs (plays); nothing here changes after loading.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "condition.h"
#include "diagnostics.h"

namespace secondlook {

enum class Screen { Chat, FriendRequest, VideoCall, Call, Blackmail, Cut };
enum class Stage { None, Research, Contact, BuildUp, PlatformMove, Ask, Turn, Aftermath };
enum class MessageKind { Text, Link, Notice, MissedCall };
enum class Tone { Neutral, Good, Caution };
enum class Outcome { Safe, Mixed, Hard };

// Who speaks a message that is not from a cast member.
inline const char* const kPlayerSpeaker = "you";
inline const char* const kSystemSpeaker = "system";

struct ProfileField {
    std::string label;
    std::string value;
};

struct CastMember {
    std::string id;
    std::string name;    // display name
    std::string handle;  // account ID: what police need, differs from the name
    unsigned avatar_rgb = 0x5b7db1;
    std::string about;
    std::vector<ProfileField> profile;
    SourceLocation where;

    std::string initials() const;
};

struct Message {
    std::string id;
    std::string from;  // cast id, "you" or "system"
    std::string text;
    MessageKind kind = MessageKind::Text;
    double delay_seconds = -1;  // < 0: derived from the text's length
    int clock_minutes = -1;     // >= 0 when the author set "time"
    SourceLocation where;
};

struct ScoreAward {
    std::string objective;
    int points = 0;
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
    std::string say;  // the player's bubble; empty when the button says it
    std::string feedback;
    Tone tone = Tone::Neutral;
    std::vector<ScoreAward> score;
    std::vector<Effect> effects;
    std::optional<Condition> condition;
    std::string target_id;
    std::size_t target = 0;  // index into Scenario::nodes, resolved by the loader
    SourceLocation where;
    SourceLocation target_where;

    int points() const;
};

struct Branch {
    std::optional<Condition> condition;
    std::string target_id;
    std::size_t target = 0;
    SourceLocation where;
};

struct Ending {
    std::string title;
    Outcome outcome = Outcome::Mixed;
    std::string debrief;
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
    SourceLocation where;

    bool is_ending() const { return ending.has_value(); }
};

struct Scenario {
    std::string file;
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> objectives;
    std::string start_id;
    std::size_t start = 0;
    SourceLocation start_where;
    int clock_minutes = 19 * 60;
    int minutes = 0;
    std::vector<std::string> audience;
    int min_age = 11;
    std::string content_note;
    std::vector<CastMember> cast;
    std::vector<Node> nodes;
    SourceLocation where;

    const Node* find_node(const std::string& id) const;
    const CastMember* find_cast(const std::string& id) const;
    std::optional<std::size_t> node_index(const std::string& id) const;

    // Builds the id lookup; the loader calls it once all nodes are read.
    void index_nodes();

private:
    std::unordered_map<std::string, std::size_t> node_by_id_;
};

// The name a message is shown under: "You", a cast member's name, or empty
// for system lines.
std::string speaker_name(const Scenario& scenario, const std::string& speaker);

// "HH:MM" for minutes after midnight, as messages show their time.
std::string clock_text(int minutes);

// Names used in files and reports ("friend-request", "safe", ...).
const char* to_string(Screen screen);
const char* to_string(Stage stage);
const char* to_string(Outcome outcome);
const char* to_string(Tone tone);

}  // namespace secondlook
