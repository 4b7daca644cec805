#include "scenario.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>
#include <sstream>

#include "app/ui_text.h"
#include "point_of_view.h"

namespace secondlook {

std::string CastMember::initials() const {
    std::string letters;
    std::istringstream words(name);
    for (std::string word; words >> word && letters.size() < 2;)
        if (std::isalnum(static_cast<unsigned char>(word[0])))
            letters += static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    return letters.empty() ? "?" : letters;
}

const ProfileField* CastMember::find_field(const std::string& field_id) const {
    for (const auto& field : profile)
        if (field.id == field_id) return &field;
    return nullptr;
}

int Choice::points() const {
    int sum = 0;
    for (const auto& award : score) sum += award.points;
    return sum;
}

const Node* Scenario::find_node(const std::string& node_id) const {
    auto index = node_index(node_id);
    return index ? &nodes[*index] : nullptr;
}

std::optional<std::size_t> Scenario::node_index(const std::string& node_id) const {
    auto found = node_by_id_.find(node_id);
    if (found == node_by_id_.end()) return std::nullopt;
    return found->second;
}

const CastMember* Scenario::find_cast(const std::string& cast_id) const {
    for (const auto& member : cast)
        if (member.id == cast_id) return &member;
    return nullptr;
}

const Message* Scenario::find_message(const std::string& message_id) const {
    auto found = message_by_id_.find(message_id);
    return found == message_by_id_.end() ? nullptr : found->second;
}

void Scenario::index_nodes() {
    node_by_id_.clear();
    message_by_id_.clear();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        node_by_id_.emplace(nodes[i].id, i);
        for (const auto& message : nodes[i].messages) message_by_id_.emplace(message.id, &message);
        if (nodes[i].countdown)
            for (const auto& demand : nodes[i].countdown->demands)
                message_by_id_.emplace(demand.message.id, &demand.message);
    }
}

std::string speaker_name(const Scenario& scenario, const std::string& speaker) {
    if (speaker == kPlayerSpeaker) return side_text(scenario, "chat.you");
    if (speaker == kSystemSpeaker) return "";
    const CastMember* member = scenario.find_cast(speaker);
    return member ? member->name : speaker;
}

std::string picture_card_text(const std::string& from) {
    return ui_text(from == kPlayerSpeaker ? "chat.picture-sent" : "chat.picture-received");
}

std::string clock_text(int minutes) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
    return text;
}

bool is_track(const std::string& word) {
    for (const char* track : kTracks)
        if (word == track) return true;
    return false;
}

std::string track_names(const char* last_joiner) {
    std::string names;
    const std::size_t count = std::size(kTracks);
    for (std::size_t i = 0; i < count; ++i)
        names += (i == 0 ? "" : i + 1 == count ? std::string(" ") + last_joiner + " " : std::string(", ")) + kTracks[i];
    return names;
}

std::vector<const Node*> stage_openings(const Scenario& scenario) {
    std::vector<const Node*> openings;
    for (const auto& node : scenario.nodes) {
        if (node.continuation || node.stage == Stage::None) continue;
        if (std::none_of(openings.begin(), openings.end(), [&](const Node* first) { return first->stage == node.stage; }))
            openings.push_back(&node);
    }
    return openings;
}

bool suits_track(const Scenario& scenario, const std::string& track) {
    return track.empty() ||
           std::find(scenario.audience.begin(), scenario.audience.end(), track) != scenario.audience.end();
}

bool shows_conversation(Screen screen) {
    switch (screen) {
        case Screen::Chat:
        case Screen::FriendRequest:
        case Screen::VideoCall:
        case Screen::Call:
        case Screen::Blackmail: return true;
        default: return false;
    }
}

bool can_show_flags(Screen screen) {
    switch (screen) {
        case Screen::Chat:
        case Screen::FriendRequest:
        case Screen::Call:
        case Screen::Blackmail: return true;
        default: return false;
    }
}

bool flags_by_default(Screen screen, bool has_countdown) {
    return can_show_flags(screen) && screen != Screen::Blackmail && !has_countdown;
}

bool is_app_screen(Screen screen) {
    switch (screen) {
        case Screen::AccountSettings:
        case Screen::ReportForm:
        case Screen::MoneyTransfer:
        case Screen::Block:
        case Screen::TellSomeone:
        case Screen::CallPolice: return true;
        default: return false;
    }
}

const char* to_string(Screen screen) {
    switch (screen) {
        case Screen::Chat: return "chat";
        case Screen::FriendRequest: return "friend-request";
        case Screen::VideoCall: return "video-call";
        case Screen::Call: return "call";
        case Screen::Blackmail: return "blackmail";
        case Screen::Cut: return "cut";
        case Screen::AccountSettings: return "account-settings";
        case Screen::ReportForm: return "report-form";
        case Screen::MoneyTransfer: return "money-transfer";
        case Screen::Block: return "block";
        case Screen::TellSomeone: return "tell-someone";
        case Screen::CallPolice: return "call-police";
    }
    return "chat";
}

const char* to_string(Stage stage) {
    switch (stage) {
        case Stage::None: return "";
        case Stage::Research: return "research";
        case Stage::Contact: return "contact";
        case Stage::BuildUp: return "build-up";
        case Stage::PlatformMove: return "platform-move";
        case Stage::Ask: return "ask";
        case Stage::Turn: return "turn";
        case Stage::Aftermath: return "aftermath";
    }
    return "";
}

const char* to_string(Outcome outcome) {
    switch (outcome) {
        case Outcome::Safe: return "safe";
        case Outcome::Mixed: return "mixed";
        case Outcome::Hard: return "hard";
    }
    return "mixed";
}

const char* to_string(Tone tone) {
    switch (tone) {
        case Tone::Neutral: return "neutral";
        case Tone::Good: return "good";
        case Tone::Caution: return "caution";
    }
    return "neutral";
}

}  // namespace secondlook
