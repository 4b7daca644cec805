// Guards the loader against files no author would write but a damaged or
// hostile file could hold: binary data, text that is not UTF-8, strings and
// YAML alias "bombs" that would take the program's memory or time. Each
// check reports where the problem is and what to do, and says whether the
// loader may go on.
#pragma once

#include <cstddef>
#include <string>

#include "diagnostics.h"
#include "text_file.h"
#include "yaml_document.h"

namespace secondlook {

// Limits far above what the shipped scenarios use (the largest is under
// 70 KB, 3,300 YAML nodes, 8 levels deep, 800 characters in one text), with
// room for a story of tens of thousands of nodes (tools/bench loads one of
// 10,000 nodes, 2.7 MB), yet far below what an alias bomb expands to.
inline constexpr std::size_t kMaxScenarioBytes = 8 * 1024 * 1024;
inline constexpr std::size_t kMaxTextCharacters = 5000;
inline constexpr std::size_t kMaxYamlNodes = 1000000;  // counted with aliases expanded
inline constexpr std::size_t kMaxYamlDepth = 32;
inline constexpr std::size_t kMaxExpandedTextBytes = 32 * 1024 * 1024;  // all texts, aliases expanded

// How a file of the library (a scenario or a question set) is read, and the
// support contacts, which are written like them.
inline constexpr FileRules kLibraryFile{kMaxScenarioBytes, true};

// Before parsing: the size, no NUL bytes, valid UTF-8 and no control
// characters other than tab and line breaks. False when the text must not
// be parsed.
bool check_raw_text(const std::string& text, const std::string& file, Diagnostics& diagnostics);

// After parsing, walking the tree as the loader will (every alias expanded,
// with an explicit stack, so nothing here can recurse): the number of nodes,
// the depth, the length of every text and of all of them together. False when it must not be read.
bool check_yaml_tree(const YamlNode& root, const std::string& file, Diagnostics& diagnostics);

// A small library file's text (support contacts, the guide, a question set)
// through all three steps: checked, parsed and its tree checked. Null, with
// the reason in `diagnostics`, when it must not be read; `if_empty` is the
// error for a file with nothing in it (say what it should start with).
std::unique_ptr<YamlDocument> parse_checked_yaml(const std::string& text, const std::string& file,
                                                 const std::string& if_empty, Diagnostics& diagnostics);

}  // namespace secondlook
