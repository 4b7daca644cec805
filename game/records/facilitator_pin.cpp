#include "records/facilitator_pin.h"

#include <cctype>

#include "records/record_store.h"
#include "records/uuid.h"

namespace secondlook {
namespace {

const char* const kPinKey = "facilitator_pin";

std::string hashed(const std::string& pin, const std::string& salt) {
    // Many rounds of a name-derived UUID: slow enough to make guessing from
    // the file tedious, without pretending to be a password store.
    std::string value = salt + ":" + pin;
    for (int round = 0; round < 20000; ++round) value = name_uuid(value + salt);
    return value;
}

}  // namespace

bool valid_pin(const std::string& pin) {
    if (pin.size() < 4 || pin.size() > 8) return false;
    for (char c : pin)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

std::string pin_record(const std::string& pin) {
    const std::string salt = new_uuid();
    return salt + "$" + hashed(pin, salt);
}

bool pin_matches(const std::string& pin, const std::string& record) {
    const auto dollar = record.find('$');
    if (dollar == std::string::npos || !valid_pin(pin)) return false;
    return hashed(pin, record.substr(0, dollar)) == record.substr(dollar + 1);
}

bool has_facilitator_pin(const RecordStore& store) { return !store.meta(kPinKey).empty(); }

bool check_facilitator_pin(const RecordStore& store, const std::string& pin) {
    return pin_matches(pin, store.meta(kPinKey));
}

void set_facilitator_pin(RecordStore& store, const std::string& pin) { store.set_meta(kPinKey, pin_record(pin)); }

}  // namespace secondlook
