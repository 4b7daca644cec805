// Loading the scenario library and the knowledge check for the window, from
// the installed or source scenarios folder. The window does this on a second
// thread while the content note is on screen.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/knowledge_check.h"
#include "ui/game_state.h"

namespace secondlook {

struct Library {
    std::vector<CatalogueEntry> catalogue;
    std::shared_ptr<const KnowledgeCheck> check;
};

// One scenario file: the scenario when it loads, and its problems either way.
CatalogueEntry load_entry(const std::string& path);
// The first valid question set among the scenarios, for sessions with the
// pre/post check; the problems of any others go to stderr.
std::shared_ptr<const KnowledgeCheck> load_knowledge_check();
// Every scenario in the scenarios folder, broken ones with their problems.
std::vector<CatalogueEntry> load_catalogue();

}  // namespace secondlook
