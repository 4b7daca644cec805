// Second Look: entry point. Subcommands (run, lint) work without a window;
// anything else opens the simulator.
#include <iostream>
#include <string>
#include <vector>

#include "app/window_options.h"
#include "cli/check_command.h"
#include "cli/coverage_command.h"
#include "cli/export_command.h"
#include "cli/graph_command.h"
#include "cli/guide_command.h"
#include "cli/lint_command.h"
#include "cli/lrs_command.h"
#include "cli/paths_command.h"
#include "cli/report_command.h"
#include "cli/run_command.h"
#include "cli/sessions_command.h"
#include "cli/strings_command.h"
#include "ui/window_app.h"

namespace {

const char* const kHelp =
    "Second Look " SECONDLOOK_VERSION " - practise spotting and handling webcam blackmail\n"
    "\n"
    "usage:\n"
    "  secondlook [--scenario FILE] [--choose ID,...] [--screenshot OUT.png]\n"
    "             [--size WIDTHxHEIGHT]\n"
    "             [--screen start|scenarios|help|locker|settings|join|dashboard|\n"
    "                       new-session|check|after-check|discuss]\n"
    "             [--session-dir DIR] [--track schools|armed-forces|home|parents] [--watch]\n"
    "             [--records PATH] [--session CODE --player NICKNAME] [--pin PIN]\n"
    "             [--settings FILE] [--language STRINGS.csv] [--shared-folder DIR]\n"
    "             [--projector --scenario FILE --session CODE [--votes N,N,...]]\n"
    "             [--layout-report FILE]\n"
    "      Opens the simulator. With --scenario, starts that scenario; with\n"
    "      --choose, replays those choices and actions; with --screenshot, saves\n"
    "      the screen that results as a PNG and exits. Evidence screenshots go to\n"
    "      --session-dir (default: ~/.local/share/secondlook/sessions/DATE-TIME).\n"
    "      --track shows only that audience's scenarios in the list. --watch\n"
    "      reloads a scenario when its file changes and shows any lint errors.\n"
    "      Every answer is recorded on this machine (--records, default\n"
    "      ~/.local/share/secondlook/records.sqlite), as session 'home' unless\n"
    "      --session and --player join a facilitator's session. --language\n"
    "      shows the interface in a translation made from 'secondlook strings'.\n"
    "      --shared-folder: the dashboard also merges every records file in DIR\n"
    "      (other machines' copies), read-only, each play counted once.\n"
    "      Settings are kept in --settings FILE (default\n"
    "      ~/.config/secondlook/settings.ini; a --screenshot run reads and\n"
    "      writes one only when it is named).\n"
    "      --projector: the whole class plays --scenario together in large text,\n"
    "      after the facilitator PIN; the facilitator enters the class's votes at\n"
    "      each choice (--votes fills them in), and they are recorded in --session.\n"
    "      --layout-report FILE (tests): after the screen and after each --choose\n"
    "      step, at text 100/150/200% and contrast off/on, appends where every\n"
    "      text and control is to FILE (one JSON line each) and exits.\n"
    "  secondlook run FILE [--choose ID,ID,...] [--json]\n"
    "      Plays a scenario without a window and prints the transcript. Actions\n"
    "      go among the ids: flag:MESSAGE-ID, flag:CAST.DETAIL, profile:CAST,\n"
    "      close-profile, record:CAST.id|name|url, screenshot, calm, wait:SECONDS.\n"
    "      Exit 0 at an ending, 3 if the ids ran out first, 2 on a bad id.\n"
    "  secondlook lint [PATH...]\n"
    "      Checks scenario files (default: scenarios/). Exit 1 on any error.\n"
    "  secondlook paths FILE [--limit N]\n"
    "      Every play to every ending with its score, best first.\n"
    "  secondlook coverage [PATH...] [--require N]\n"
    "      Learning objectives by scenario, and the ones no scenario covers.\n"
    "  secondlook graph FILE [-o OUT.dot]\n"
    "      The scenario as a Graphviz graph (render with dot -Tsvg).\n"
    "  secondlook export --records PATH [--session CODE] --format csv|xapi [-o OUT]\n"
    "      The score records as CSV or as xAPI 1.0.3 statements.\n"
    "  secondlook report --records PATH --session CODE -o REPORT.html\n"
    "      A printable HTML report of one session, with charts.\n"
    "  secondlook guide [FILE...] [--track TRACK | --session CODE [--records PATH]] -o GUIDE.html\n"
    "      The facilitator's guide: objectives, timing, ground rules, what to do\n"
    "      on a disclosure, discussion questions and debrief points per scenario,\n"
    "      a letter for parents and carers and a handout. Print it to PDF.\n"
    "  secondlook check FILE --phase pre|post --answers QUESTION=OPTION,...\n"
    "                   [--records PATH] [--session CODE] [--player NICKNAME]\n"
    "      Takes the knowledge check before or after play, records the answers\n"
    "      and prints the right answers per objective. Exit 2 on a bad id.\n"
    "  secondlook sessions --records PATH [--delete CODE] [--older-than DAYS [--delete-old]]\n"
    "      The sessions kept, and deleting them when they are no longer needed.\n"
    "  secondlook strings [PATH...] [-o OUT.csv]\n"
    "      Every string a translator needs (interface and scenarios) as CSV.\n"
    "  secondlook --help | --version\n"
    "\n"
    "In the window: F1 help and support contacts, Shift three times (or the\n"
    "Quick exit button) closes at once, Space skips waiting, 1-9 pick a reply,\n"
    "S screenshot into the evidence locker, E the locker, hold C to breathe,\n"
    "P pauses the clock (facilitators), F2 settings (text size, contrast,\n"
    "spacing, motion, read aloud), F3 read aloud on/off, F12 saves a screenshot.\n"
    "Tab and the arrows move between buttons, Enter presses, Esc closes.\n";

}  // namespace

namespace {

int dispatch(const std::vector<std::string>& args);

}  // namespace

int main(int argc, char** argv) {
    // A damaged records file or a full disk ends a command with its reason,
    // never with an unexplained abort.
    try {
        return dispatch(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::exception& error) {
        std::cerr << "secondlook: " << error.what() << '\n';
        return 1;
    }
}

namespace {

int dispatch(const std::vector<std::string>& args) {
    if (!args.empty()) {
        const std::string& first = args.front();
        std::vector<std::string> rest(args.begin() + 1, args.end());
        if (first == "run") return secondlook::run_command(rest, std::cout, std::cerr);
        if (first == "lint") return secondlook::lint_command(rest, std::cout, std::cerr);
        if (first == "paths") return secondlook::paths_command(rest, std::cout, std::cerr);
        if (first == "coverage") return secondlook::coverage_command(rest, std::cout, std::cerr);
        if (first == "graph") return secondlook::graph_command(rest, std::cout, std::cerr);
        if (first == "export") return secondlook::export_command(rest, std::cout, std::cerr);
        if (first == "report") return secondlook::report_command(rest, std::cout, std::cerr);
        if (first == "guide") return secondlook::guide_command(rest, std::cout, std::cerr);
        if (first == "check") return secondlook::check_command(rest, std::cout, std::cerr);
        if (first == "sessions") return secondlook::sessions_command(rest, std::cout, std::cerr);
        if (first == "strings") return secondlook::strings_command(rest, std::cout, std::cerr);
        if (first == "lrs") return secondlook::lrs_command(rest, std::cin, std::cout, std::cerr);
        if (first == "--help" || first == "-h" || first == "help") {
            std::cout << kHelp;
            return 0;
        }
        if (first == "--version") {
            std::cout << "secondlook " SECONDLOOK_VERSION "\n";
            return 0;
        }
        if (first[0] != '-') {
            std::cerr << "secondlook: unknown command '" << first << "'; see 'secondlook --help'\n";
            return 2;
        }
    }
    std::string error;
    auto options = secondlook::parse_window_options(args, &error);
    if (!options) {
        std::cerr << "secondlook: " << error << "; see 'secondlook --help'\n";
        return 2;
    }
    return secondlook::run_window(*options);
}

}  // namespace
