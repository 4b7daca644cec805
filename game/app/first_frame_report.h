// For tools/bench only: when SECONDLOOK_BENCH_FIRST_FRAME is set, the window
// prints the CLOCK_MONOTONIC time at which its first frame was presented and
// exits. The bench notes the same clock just before it starts the process, so
// the difference is start to first frame, without the time spent closing down.
// Players never set it, so they never see the line. The bench's bare SDL2 +
// ImGui window includes this header too, so both are measured the same way.
#pragma once

#include <time.h>

#include <cstdio>
#include <cstdlib>

namespace secondlook {

inline bool first_frame_report_wanted() {
    const char* wanted = std::getenv("SECONDLOOK_BENCH_FIRST_FRAME");
    return wanted && *wanted;
}

// Call right after the first SDL_RenderPresent.
inline void report_first_frame() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("first-frame-monotonic-ns: %lld\n",
                static_cast<long long>(now.tv_sec) * 1000000000LL + static_cast<long long>(now.tv_nsec));
    std::fflush(stdout);
}

}  // namespace secondlook
