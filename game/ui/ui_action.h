// What the player asked for on a frame. Screens return one; the game state
// carries it out. Screens never change state themselves.
#pragma once

#include <cstddef>
#include <string>

namespace secondlook {

struct UiAction {
    enum class Kind {
        None,
        AcceptContentNote,  // from the content note to the scenario list
        StartScenario,      // index into the catalogue
        ResumeScenario,     // index into the catalogue: carry on an unfinished play
        FilterTrack,        // id: a track, or empty for every scenario
        DeleteMyResults,    // a self-guided learner clears their own records
        OpenDashboard,      // the facilitator's results: asks for the PIN first
        SubmitPin,          // id: the PIN typed (sets it, the first time)
        ShowSession,        // id: the session the dashboard shows
        SetSharedFolder,    // id: a folder of other machines' records files to merge in ("": this machine only)
        ToggleGroupView,    // hide nicknames, for showing on a projector
        ExportSession,      // id: "csv", "xapi" or "report": the session the dashboard shows, handed to the user
        LockDashboard,
        OpenSessionSetup,   // facilitator: a new session
        CreateSession,      // id: "label\ttrack\ttimers(0|1)\tprepost(0|1)\tscenario,scenario..."
        DeleteSession,      // facilitator: id, the session to delete with all its records
        DeleteOldSessions,  // facilitator: every session unused for the retention period
        OpenProjectorSetup, // facilitator: pick a scenario to play with the whole class
        StartProjector,     // index into the catalogue: the class plays it together
        SetVote,            // projector mode: id, a choice offered; index, how many voted for it
        ToggleDiscuss,      // projector mode: pause for discussion (the clock stops)
        GoWithClass,        // projector mode: take the most-voted choice; id breaks a tie
        OpenJoin,           // player: join a session
        JoinSession,        // id: "code\tnickname"
        StartCheck,         // id: "pre" or "post": the knowledge check before or after play
        PickCheckOption,    // index: the option picked (0-3) for the question showing
        ConfirmCheck,       // Enter or Next: records the answer and goes on (after play: explains first)
        Choose,             // choice id, or any action id (flag:..., screenshot, calm...); projector mode: a choice id is one more vote
        TogglePause,        // facilitator: stop the clock for discussion
        OpenLocker,         // the evidence locker
        OpenSettings,
        CloseOverlay,       // closes the locker or settings
        // The player's settings: kept together, SetVolume first and
        // ToggleReadAloud last, as GameState counts changes to save by range.
        SetVolume,          // index: percent
        ToggleMute,
        ToggleTimers,
        ToggleCaptions,
        SetTextSize,        // index: percent, one of kTextSizes
        ToggleHighContrast,
        ToggleDyslexiaSpacing,
        ToggleReducedMotion,
        ToggleReadAloud,    // F3 or settings: messages, choices and focus spoken
        BeginBreath,        // the calm button or C pressed: a slow breath starts
        EndBreath,          // released: the breath counts only if it was long enough
        SkipWait,           // show waiting messages now
        ShowDebrief,
        PlayAgain,
        BackToList,
        OpenHelp,
        CloseHelp,
        QuickExit,
    };
    Kind kind = Kind::None;
    std::size_t index = 0;
    std::string id;

    static UiAction of(Kind kind) { return {kind, 0, {}}; }
    explicit operator bool() const { return kind != Kind::None; }
};

// Keeps the first action of a frame; later ones (from overlapping widgets) lose.
inline void keep_first(UiAction& kept, UiAction candidate) {
    if (!kept && candidate) kept = std::move(candidate);
}

}  // namespace secondlook
