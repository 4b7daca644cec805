// The interface's own words in English, by stable id (see ui_text.h). Ids
// are "SCREEN.WHAT"; once shipped an id keeps its meaning: change the text
// freely, but give a string with a new meaning a new id so translations of
// the old one are not shown for it.
#include "app/ui_text.h"

namespace secondlook {

const std::vector<UiString>& ui_strings() {
    static const std::vector<UiString> table = {
        // Scenario list
        {"list.title", "Choose a scenario", "scenario list: heading"},
        {"list.intro", "Each one is a conversation you take part in. Pick replies; you will see why each one matters.",
         "scenario list: under the heading"},
        {"list.none-found", "No scenarios were found. Check that the scenarios folder is next to the program.",
         "scenario list: when no scenario files are found"},
        {"list.has-errors", "This file has errors and cannot be played: {problem}",
         "scenario list: a scenario file that did not load"},
        {"list.play", "Play", "scenario list: button"},
        {"list.carry-on", "Carry on", "scenario list: button to continue an unfinished play"},
        {"list.start-again", "Start again", "scenario list: button to start over instead of carrying on"},
        {"track.all", "All scenarios", "scenario list: tab"},
        {"track.schools", "Schools and youth groups", "scenario list: tab and audience"},
        {"track.armed-forces", "Armed Forces", "scenario list: tab and audience"},
        {"track.home", "At home", "scenario list: tab and audience"},
        // What the player did, in feedback cards and the debrief
        {"action.flagged-message", "You flagged: \"{message}\"", "feedback card: a message flagged as a warning sign; {message} is its text"},
        {"action.flagged-detail", "You flagged: {label}: {value}", "feedback card: a profile detail flagged; {label} e.g. Joined, {value} e.g. last week"},
        {"action.flagged", "You flagged: {what}", "feedback card: something flagged; {what} is its id"},
        {"action.recorded-name", "You recorded the display name", "feedback card: the player noted an account's display name"},
        {"action.recorded-link", "You recorded the profile link", "feedback card: the player noted an account's profile link"},
        {"action.recorded-id", "You recorded the account ID", "feedback card: the player noted an account's ID"},
        {"action.screenshot", "You took a screenshot (evidence {number})", "feedback card: {number} counts the screenshots"},
        {"action.calm", "You took a slow, calming breath", "feedback card: after the breathing exercise"},
        {"action.opened-profile", "You opened the profile", "feedback card"},
        {"action.closed-profile", "You closed the profile", "feedback card"},
        {"action.waited", "You waited", "feedback card: the player let time pass"},
        {"feedback.you-chose", "You chose: {choice}", "feedback card heading; {choice} is the reply picked"},
        {"feedback.class-chose", "The class chose: {choice}", "feedback card heading in projector mode; {choice} is the reply the class voted for"},
        // Read aloud (spoken by the speech synthesiser)
        {"read.you", "You: {text}", "read aloud: the player's own message"},
        {"read.missed-call", "Missed call: {text}", "read aloud: a missed call in the chat"},
        {"read.shared-link", "{name} shared a link: {text}", "read aloud: {name} is who sent it, {text} the link"},
        {"read.message", "{name}: {text}", "read aloud: a message; {name} is who sent it"},
        {"read.choices", "Your choices.", "read aloud: before the replies the player can pick"},
        {"read.option", "Option {number}: {text}", "read aloud: one reply; {number} is the key that picks it (a full stop is added)"},
        {"read.option-detail", "Option {number}: {text}, {detail}", "read aloud: one reply with a detail line, e.g. an amount"},
        {"read.sound", "Sound: {caption}", "read aloud: a sound caption without its brackets"},
        {"read.feedback", "{what}. {feedback}", "read aloud: a feedback card; {what} e.g. You chose: ..., {feedback} the explanation"},
        {"read.the-end", "The end. Press Enter for the debrief.", "read aloud: when the story is over"},
        {"read.started", "Reading aloud. {screen}", "read aloud: when switched on; {screen} names the screen"},
        {"read.help", "Help and support contacts. Escape closes.", "read aloud: the help panel opens"},
        {"read.settings", "Settings. Escape closes.", "read aloud: the settings panel opens"},
        {"read.locker", "Evidence locker. Escape closes.", "read aloud: the evidence locker opens"},
        {"read.content-note", "Second Look. Before you start. Press Enter to go on; F3 turns reading aloud off.",
         "read aloud: the first screen; F3 and Enter are keys"},
        {"read.scenario-list", "Choose a scenario. Tab moves between them, Enter starts one.", "read aloud: the scenario list"},
        {"read.playing", "Playing {title}. Number keys pick a reply.", "read aloud: a play starts; {title} is the scenario"},
        {"read.debrief-ending", "Debrief. {title}. {debrief}", "read aloud: the debrief; {title} and {debrief} describe the ending"},
        {"read.debrief", "Debrief.", "read aloud: the debrief screen"},
        {"read.pin", "Facilitator PIN.", "read aloud: the PIN screen"},
        {"read.dashboard", "Facilitator dashboard.", "read aloud: the results dashboard"},
        {"read.new-session", "New session.", "read aloud: the new session form"},
        {"read.join", "Join a session.", "read aloud: the join form"},
        {"focus.button", "{label}, button", "read aloud: a button gets keyboard focus"},
        {"focus.option", "Option {number}: {text}", "read aloud: a reply gets keyboard focus"},
        {"focus.option-hold", "Option {number}: {text}. Hold to choose", "read aloud: a shaky reply (the player is stressed) gets focus"},
        // Chat thread
        {"chat.flag", "Flag", "chat: small button on a message to flag it as a warning sign"},
        {"chat.flagged", "Flagged", "chat: the same button once pressed"},
        {"chat.flag-focus", "Flag as a warning sign: {message}", "read aloud: the flag button gets focus"},
        {"chat.flagged-focus", "Flagged as a warning sign: {message}", "read aloud: a flagged message's button gets focus"},
        {"chat.shared-link", "Shared a link", "chat: label above a link someone sent"},
        {"reply.hold", "hold", "reply button: hint that a shaky reply must be held down (stress)"},
        // Facilitator PIN, joining a session, results
        {"pin.no-records", "Results are not being saved on this computer, so there is nothing to show.", "PIN screen: no records"},
        {"pin.choose", "Choose a PIN of 4 to 8 digits.", "PIN screen: when setting the first PIN"},
        {"pin.wrong", "That PIN is not right. Ask the facilitator.", "PIN screen: wrong PIN"},
        {"join.bad-code", "A session code is 4 to 8 letters and digits, as your facilitator shows it.", "join form: bad code"},
        {"join.bad-nickname", "Choose a nickname or your seat number (up to 20 characters). Not your real name.",
         "join form: missing or long nickname"},
        {"list.results-deleted", "Your results have been deleted from this computer.", "scenario list: after Delete my results"},
        {"vote.enter-first", "Enter the class's votes first: type a number, or use + and -.", "projector mode: Go with the class pressed with no votes"},
        {"vote.tie", "It's a tie. Pick which of the tied replies the class goes with.", "projector mode: votes are tied"},
        // Top bar pills and the author's --watch mode
        {"top.paused", "Paused: P to carry on", "top bar: the facilitator paused play; P is a key"},
        {"reload.same-place", "Reloaded; you are where you were", "top bar, author's --watch mode: the edited scenario reloaded"},
        {"reload.moved", "Reloaded; '{was}' changed, so play is at '{now}'", "top bar, --watch mode: {was} and {now} are node ids"},
        {"reload.has-errors", "The scenario file has errors; still playing the last good version. Fix and save:",
         "--watch mode: above the list of errors in the edited file"},
        {"reload.more-errors", "... and {count} more (see secondlook lint)", "--watch mode: after the first errors; secondlook lint is a command"},
        // Sound captions (shown while a sound plays). Plain ASCII in English so any font shows them;
        // keep the square brackets: read aloud drops them and says "Sound: ..."
        {"sound.ping", "[Message ping]", "caption: a message arrived"},
        {"sound.typing", "[Typing...]", "caption: someone is typing"},
        {"sound.ringtone", "[Video call ringing]", "caption: an incoming video call"},
        {"sound.tension", "[Tense music]", "caption: music under a countdown"},
        {"sound.calm", "[Calm tone]", "caption: during the breathing exercise"},
    };
    return table;
}

}  // namespace secondlook
