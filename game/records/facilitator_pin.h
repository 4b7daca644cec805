// The facilitator's PIN, which keeps players out of the dashboard. Only a
// salted hash is kept, with the records. It stops a curious player at the
// keyboard, not someone who can copy the records file: that file belongs on
// a facilitator's machine or a school's protected drive.
#pragma once

#include <string>

namespace secondlook {

class RecordStore;

// 4 to 8 digits.
bool valid_pin(const std::string& pin);
// "salt$hash" for `pin`, with a new random salt.
std::string pin_record(const std::string& pin);
bool pin_matches(const std::string& pin, const std::string& record);

// The PIN kept in `store` (empty when none is set yet), and setting it.
bool has_facilitator_pin(const RecordStore& store);
bool check_facilitator_pin(const RecordStore& store, const std::string& pin);
void set_facilitator_pin(RecordStore& store, const std::string& pin);

}  // namespace secondlook
