// Second Look in the browser: the same window as the desktop's, at the size
// of the browser's window, with no command line (web/index.html is the page).
// Launched by a learning platform (a package of tools/package-lms), it plays
// the package's scenario for its track, carrying on where the learner stopped.
#include <emscripten.h>

#include "ui/learning_platform.h"
#include "ui/window_app.h"

int main() {
    secondlook::WindowOptions options;
    options.width = EM_ASM_INT(return window.innerWidth;);
    options.height = EM_ASM_INT(return window.innerHeight;);
    if (auto launch = secondlook::platform_launch()) {
        options.scenario = launch->scenario_file;
        options.track = launch->track;
        options.choose = launch->resume;
    }
    return secondlook::run_window(options);
}
