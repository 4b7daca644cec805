// The desktop is never launched by a learning platform: nothing to tell.
#include "ui/learning_platform.h"

namespace secondlook {

std::optional<PlatformLaunch> platform_launch() { return std::nullopt; }

void tell_platform(const GameState&) {}

}  // namespace secondlook
