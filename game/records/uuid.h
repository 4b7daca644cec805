// UUIDs for records: random ones for plays and answers (so files from the
// machines of a room never clash), and ones derived from a name (so every
// machine gives a session the same registration, and exports are stable).
#pragma once

#include <string>

namespace secondlook {

// A random, version 4 UUID.
std::string new_uuid();

// A UUID in version 4 form computed from `name`: the same name always gives
// the same UUID.
std::string name_uuid(const std::string& name);

}  // namespace secondlook
