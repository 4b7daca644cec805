// The interface's own words in English, by stable id (see ui_text.h). Ids
// are "SCREEN.WHAT"; once shipped an id keeps its meaning: change the text
// freely, but give a string with a new meaning a new id so translations of
// the old one are not shown for it.
#include "app/ui_text.h"

#include <deque>

#include "core/objectives.h"

namespace secondlook {
namespace {

const std::vector<UiString>& fixed_strings() {
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
        // Top bar
        {"top.settings", "Settings  F2", "top bar: button; F2 is its key"},
        {"top.help", "Help  F1", "top bar: button; F1 is its key"},
        {"top.quick-exit", "Quick exit", "top bar: red button that closes the program at once"},
        // First screen: the content note
        {"note.title", "Before you start", "content note: heading of the first screen"},
        {"note.covers",
         "This simulator is about webcam blackmail, sometimes called sextortion: criminals pretend to be a friendly "
         "stranger online, move the chat to a video call, then threaten to share a recording unless they are paid.",
         "content note: what the program is about"},
        {"note.nothing-shown",
         "Nothing explicit is ever shown or described. When a scene would go further, the story skips ahead.",
         "content note"},
        {"note.stop",
         "You can stop at any time. Quick exit (top right, or press Shift three times) closes the window at once. Help "
         "(F1) lists people you can talk to, whenever you need them.",
         "content note: Quick exit and Help are the top bar's buttons"},
        {"note.no-blame",
         "If something like this has happened to you or someone you know: it is a crime, it is not your fault, and "
         "help is there.",
         "content note: never blame the victim"},
        {"note.continue", "I understand, continue", "content note: button"},
        {"note.get-help", "Get help now", "content note: button opening the help contacts"},
        // Help panel
        {"help.close", "Close help  (Esc)", "help panel: button; Esc is its key"},
        {"help.keys-title", "Keys", "help panel: heading over the list of keyboard keys"},
        {"help.keys",
         "F1: this help    Shift three times: quick exit (closes at once)\n"
         "1-9: pick a reply    Tab and arrows: move between buttons    Enter: press\n"
         "S: screenshot into the evidence locker    E: the evidence locker\n"
         "Hold C: a slow, calming breath    Click a name: their profile    Flag: a warning sign\n"
         "P: pause the clock (facilitators)    F2: settings    Esc: close\n"
         "F3: read aloud on or off    Space: skip waiting for messages    F12: save a screenshot",
         "help panel: the keys; keep the key names (F1, Shift, 1-9, Tab, Enter, S, E, C, P, F2, Esc, F3, Space, F12), "
         "one line break per row"},
        {"modal.close", "Close  Esc", "button closing a card over the story (profile, receipt); Esc is its key"},
        // The mock phone apps' headers (scenarios may name their own)
        {"app.settings", "Settings", "mock app header: the app's name"},
        {"app.settings-title", "Settings and privacy", "mock app header: the page"},
        {"app.report", "Report", "mock app header: the app's name"},
        {"app.report-title", "Report a problem", "mock app header: the page"},
        {"app.money", "Money transfer", "mock app header: a payment app's name"},
        {"app.money-title", "Transfer details", "mock app header: the page"},
        {"app.block", "Messages", "mock app header: the messaging app's name, on the block page"},
        {"app.block-title", "Block", "mock app header: the page"},
        {"app.contacts", "Contacts", "mock app header: the app's name"},
        {"app.contacts-title", "New message", "mock app header: the page"},
        {"app.phone", "Phone", "mock app header: the phone's dialler"},
        {"app.phone-title", "Keypad", "mock app header: the page"},
        {"focus.option-detail", "Option {number}: {text}. {detail}", "read aloud: a reply with a detail line gets focus"},
        // Default feedback from the engine (scenarios may give their own)
        {"feedback.harmless-flag",
         "Good to stay alert. On its own this detail is ordinary, so it is not a warning sign here. Look for pressure, "
         "secrecy, flattery that comes too fast, or a push to a private video call.",
         "feedback card: after flagging an ordinary detail; kind, never shaming"},
        {"feedback.calm",
         "Slow breaths calm your body, and a calmer mind makes better choices. The deadline is there to rush you; you "
         "have time to think. This is a crime, and you are the one it is being done to.",
         "feedback card: after the breathing exercise"},
        {"feedback.recorded-name",
         "The display name, \"{name}\", can be changed in seconds and is often fake. The police need the account ID "
         "({id}): it has no spaces and is shown only in the profile view.",
         "feedback card: after noting a display name; {name} is it, {id} the account ID"},
        {"feedback.recorded-id",
         "Recorded the account ID, {id}. Unlike the name, it cannot be changed, so it is what the police need to trace "
         "the account.",
         "feedback card: after noting an account ID"},
        {"feedback.recorded-link", "Recorded the profile link, {link}.", "feedback card: after noting a profile link"},
        {"feedback.screenshot-nothing-new",
         "Saved. Nothing new that the police need is on this screen; the evidence locker shows what is still missing.",
         "feedback card: a screenshot with no new evidence on it"},
        {"feedback.screenshot-saved",
         "Saved to your evidence locker. Screenshots keep the proof even if messages are deleted later.",
         "feedback card: a screenshot that kept evidence"},
        {"countdown.deadline", "The countdown has reached zero.", "chat notice: a blackmailer's countdown ran out"},
        {"chat.you", "You", "the player's own name: on their messages, in a call, on the account page"},
        // Projector mode: the pause to discuss (about the character, never the pupils themselves)
        {"discuss.question", "What might happen next? What would you advise them to do?", "discussion pause: the main question"},
        {"discuss.research", "What could a stranger learn from a public profile?", "discussion pause: nudge, research stage"},
        {"discuss.contact", "What could they check before accepting?", "discussion pause: nudge, first contact"},
        {"discuss.build-up", "Is anything moving fast, or feeling too good to be true?", "discussion pause: nudge, build-up"},
        {"discuss.platform-move", "Why might someone want to move to a private video call?", "discussion pause: nudge"},
        {"discuss.ask", "How could they say no, kindly and firmly? It is always fine to stop.", "discussion pause: nudge, the ask"},
        {"discuss.turn", "This is frightening, and it is not their fault. What would help them most right now?",
         "discussion pause: nudge, the threat; never blame"},
        {"discuss.aftermath", "Which steps keep them safe, and who could they talk to?", "discussion pause: nudge, aftermath"},
        {"discuss.none", "What are the warning signs so far, if any?", "discussion pause: nudge before any stage"},
        // Coach panel beside the chat
        {"coach.heading", "SECOND LOOK", "coach panel: heading (the program's name, in capitals)"},
        {"coach.intro", "Read each message as it arrives. When it is your turn, pick a reply: click it or press its number. After each one you will see why it matters.",
         "coach panel: before the first reply"},
        {"coach.intro-class", "Read each message together. At each choice, count the votes for each reply, talk it over, then go with the class. After each one you will see why it matters.",
         "coach panel in projector mode: before the first reply"},
        {"coach.good", "Good call", "coach panel: heading of feedback on a good reply"},
        {"coach.caution", "Worth a second look", "coach panel: heading of feedback on a risky reply; kind, never shaming"},
        {"coach.neutral", "Think about it", "coach panel: heading of other feedback"},
        {"coach.keys", "Keys: 1-9 reply  \xC2\xB7  S screenshot  \xC2\xB7  E evidence  \xC2\xB7  hold C breathe  \xC2\xB7  Space skip wait  \xC2\xB7  F1 help  \xC2\xB7  F2 settings  \xC2\xB7  Shift \xC3\x97" "3 quick exit",
         "coach panel: keyboard keys; keep the key names"},
        {"coach.keys-class", "Keys: 1-9 add a vote  \xC2\xB7  D discuss  \xC2\xB7  Enter go with the class  \xC2\xB7  S screenshot  \xC2\xB7  E evidence  \xC2\xB7  F1 help  \xC2\xB7  Shift \xC3\x97" "3 quick exit",
         "coach panel in projector mode: keyboard keys; keep the key names"},
        {"stage.research", "Stage: research", "coach panel: the stage of the approach the story is at"},
        {"stage.contact", "Stage: first contact", "coach panel: stage"},
        {"stage.build-up", "Stage: build-up", "coach panel: stage"},
        {"stage.platform-move", "Stage: moving to video", "coach panel: stage (the chat moves to a video call)"},
        {"stage.ask", "Stage: the ask", "coach panel: stage (the request for intimate acts)"},
        {"stage.turn", "Stage: the turn", "coach panel: stage (the blackmail starts)"},
        {"stage.aftermath", "Stage: what you do next", "coach panel: stage"},
        // Mock app pages
        {"account.section", "Account", "mock settings page: heading over the account's actions"},
        {"account.you-detail", "Your profile, password and privacy", "mock settings page: under the player's name"},
        {"block.title", "Block {name}?", "mock block dialog: heading; {name} is the account's display name"},
        {"block.title-unnamed", "Block this account?", "mock block dialog: heading when the account has no name"},
        {"block.explained", "They won't be able to message you or find your profile. They won't be told you blocked them.",
         "mock block dialog: what blocking does"},
        {"call.hint", "Who do you want to call?", "mock phone dialler: before a number is dialled"},
        // Scenario list (continued)
        {"list.unknown-problem", "unknown problem", "scenario list: in list.has-errors when the problem is not known"},
        {"list.objectives-one", "{count} learning objective", "scenario list: under a scenario (one)"},
        {"list.objectives", "{count} learning objectives", "scenario list: under a scenario (several)"},
        {"list.minutes", "about {minutes} minutes", "scenario list: how long a play takes"},
        {"list.age", "age {age}+", "scenario list: youngest age the scenario is for"},
        {"list.for", "for {audiences}", "scenario list: {audiences} lists the audiences, e.g. Schools and youth groups, At home"},
        {"list.content-note", "Content note: {note}", "scenario list: the scenario's content note"},
        {"list.check-after",
         "When you have finished playing, answer the questions from the start again to see what you have learned.",
         "scenario list: in a session with a knowledge check before and after play"},
        {"check.answer-again", "Answer the questions again", "scenario list and debrief: button to take the knowledge check after play"},
        {"list.not-saving", "Results are not being saved: {problem}", "scenario list: the records file cannot be used; {problem} says why"},
        {"list.playing-in-session", "Playing in session {session} as {player}.", "scenario list: {session} is a code, {player} a nickname"},
        {"list.join", "Join a class session", "scenario list: button"},
        {"list.facilitator", "Facilitator results", "scenario list: button to the facilitator's PIN and dashboard"},
        {"list.results-kept", "Your results are kept only on this computer, for you. Nothing is sent anywhere.",
         "scenario list: privacy note for a learner at home"},
        {"list.delete-results", "Delete my results", "scenario list: button"},
        // Debrief
        {"debrief.ending-safe", "ENDING: SAFE", "debrief: label over the ending's title (capitals)"},
        {"debrief.ending-mixed", "ENDING: PARTLY SAFE", "debrief: label over the ending's title (capitals)"},
        {"debrief.ending-hard", "ENDING: A HARD ONE, AND STILL NOT TOO LATE", "debrief: label over a hard ending; hopeful, never blaming"},
        {"debrief.ending", "ENDING", "debrief: label over the ending's title"},
        {"debrief.points", "{points} of {max} points", "debrief: score"},
        {"debrief.points-explained",
         "Points show which steps you practised in this play. Every ending teaches something: try the scenario again to "
         "explore other choices.",
         "debrief: under the score"},
        {"debrief.play-again", "Play again", "debrief: button"},
        {"debrief.other-scenarios", "Other scenarios", "debrief: button back to the list"},
        {"debrief.objective-met", "{points} of {best}   met", "debrief: a learning objective's points, met"},
        {"debrief.objective-to-practise", "{points} of {best}   to practise", "debrief: a learning objective's points, not yet met"},
        {"debrief.objective-not-in-play", "not part of this play", "debrief: an objective this play's story did not reach"},
        {"debrief.signs", "Warning signs you saw", "debrief: heading"},
        {"debrief.sign-flagged", "Flagged:  {sign}", "debrief: a warning sign the player flagged"},
        {"debrief.sign-missed", "Not flagged:  {sign}", "debrief: a warning sign the player did not flag"},
        {"debrief.evidence", "Evidence for the police", "debrief: heading"},
        {"debrief.evidence-kept", "Kept:  {evidence}", "debrief: evidence the player kept"},
        {"debrief.evidence-missing", "Missing:  {evidence}", "debrief: evidence the player did not keep"},
        // Evidence locker
        {"locker.title", "Evidence locker", "evidence locker: heading"},
        {"locker.intro",
         "Keep everything, delete nothing. This is what the police will need to trace the people doing this. Take a "
         "screenshot (S) whenever it is on screen.",
         "evidence locker: under the heading; S is a key"},
        {"locker.missing", "Missing. {hint}", "evidence locker: evidence not yet kept; {hint} says how to get it"},
        {"locker.kept-in-screenshot", "Kept in screenshot {number}", "evidence locker"},
        {"locker.kept-in-notes", "Kept: copied into your notes", "evidence locker: an account ID or link the player noted"},
        {"locker.screenshots", "Screenshots ({count})", "evidence locker: heading over the screenshots"},
        {"locker.none-yet", "None yet.", "evidence locker: no screenshots"},
        {"locker.screenshot", "Screenshot {number}", "evidence locker: under a screenshot"},
        {"locker.screenshot-new-evidence", "Screenshot {number}: new evidence", "evidence locker: under a screenshot that kept evidence"},
        {"locker.saved-in", "Saved on this computer in {folder}", "evidence locker: {folder} is a path"},
        // Facilitator PIN
        {"pin.title-set", "Set a facilitator PIN", "PIN screen: heading, the first time"},
        {"pin.title", "Facilitator results", "PIN screen: heading"},
        {"pin.intro-set", "Choose 4 to 8 digits. You will need them to see the group's results; players will not.", "PIN screen, the first time"},
        {"pin.intro", "Enter the facilitator PIN to see the group's results.", "PIN screen"},
        {"pin.set-and-open", "Set PIN and open", "PIN screen: button, the first time"},
        {"pin.open", "Open", "PIN screen: button"},
        {"pin.back", "Back", "PIN screen: button back to the list"},
        // Learning gain (dashboard)
        {"gain.title", "Learning gain (knowledge check before and after play)", "dashboard: heading"},
        {"gain.counts", "{before} took the check before play, {after} after it; {both} took both and are counted here.",
         "dashboard: numbers of players"},
        {"gain.change", "{before}% to {after}% ({change})", "dashboard: share of right answers before and after; {change} e.g. +20"},
        {"gain.key", "Light bar: before play. Dark bar: after play.", "dashboard: what the bars mean"},
        // Calls and friend requests
        {"call.incoming", "Incoming video call\xE2\x80\xA6", "incoming call screen: under the caller's name"},
        {"call.video", "Video call", "in-call screen: label"},
        {"request.wants", "wants to be your friend", "friend request: after the person's name"},
        {"request.message", "Message with the request", "friend request: label above the message sent with it"},
    };
    return table;
}

}  // namespace

const std::vector<UiString>& ui_strings() {
    // The ids and notes made below; a deque never moves what it holds, so
    // the table's string_views stay valid.
    static std::deque<std::string> made;
    static const std::vector<UiString> table = [] {
        std::vector<UiString> all = fixed_strings();
        // The learning objectives' titles, from their one source (core/objectives.cpp).
        for (const auto& objective : objective_catalogue()) {
            const std::string& id = made.emplace_back("objective." + objective.id);
            const std::string& note =
                made.emplace_back("learning objective " + objective.id + ": coach panel, debrief and dashboard");
            all.push_back({id, objective.title, note});
        }
        return all;
    }();
    return table;
}

}  // namespace secondlook
