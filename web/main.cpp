// Second Look in the browser: the same window as the desktop's, at the size
// of the browser's window, with no command line (web/index.html is the page).
#include <emscripten.h>

#include "ui/window_app.h"

int main() {
    secondlook::WindowOptions options;
    options.width = EM_ASM_INT(return window.innerWidth;);
    options.height = EM_ASM_INT(return window.innerHeight;);
    return secondlook::run_window(options);
}
