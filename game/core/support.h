// Where to get help: the support contacts shown on the help screen and at
// every ending. They live in one editable file (assets/support/en-GB.yaml)
// so a facilitator elsewhere can put in their own country's services.
#pragma once

#include <string>
#include <vector>

#include "diagnostics.h"

namespace secondlook {

struct SupportContact {
    std::string name;
    std::string what;   // who it is for, what they do
    std::string phone;  // each of these may be empty
    std::string web;
    std::string text;
};

struct SupportInfo {
    std::string region;
    std::string heading;
    std::string intro;
    std::string crisis;  // what to do right now if someone is in danger
    std::vector<SupportContact> contacts;
};

struct SupportLoad {
    SupportInfo info;
    Diagnostics diagnostics;
};

SupportLoad load_support_file(const std::string& path);

class YamlMap;
// A list of contacts under `key` (name, what, and phone, web or text), as the
// support file and the facilitator's guide file give them; `file_kind` names
// the file in an error ("the support contacts file").
std::vector<SupportContact> read_contacts(YamlMap& map, const std::string& key, const std::string& file_kind,
                                          const std::string& path, Diagnostics& diagnostics);

// "Name: phone · web · text" lines for plain-text output.
std::vector<std::string> support_lines(const SupportInfo& info);

}  // namespace secondlook
