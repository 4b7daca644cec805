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
        // Dashboard: results from other machines
        {"dashboard.shared-label", "Shared folder of other machines' records files (optional):",
         "dashboard: above a text field for a folder path"},
        {"dashboard.shared-show", "Merge", "dashboard: button that merges the records files in the folder"},
        {"dashboard.shared-clear", "This computer only", "dashboard: button that stops merging the shared folder"},
        {"dashboard.shared-files", "Showing results merged from {count} records files; copies of the same play count once.",
         "dashboard: {count} is a number of files (2 or more)"},
        {"dashboard.shared-none", "There are no records files (*.sqlite) in {folder}.",
         "dashboard: the shared folder holds no records files"},
    };
    return table;
}

}  // namespace secondlook
