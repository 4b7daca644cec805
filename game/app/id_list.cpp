#include "id_list.h"

#include <sstream>

namespace secondlook {

std::vector<std::string> split_ids(const std::string& list) {
    std::vector<std::string> ids;
    std::istringstream in(list);
    for (std::string id; std::getline(in, id, ',');) {
        while (!id.empty() && id.front() == ' ') id.erase(id.begin());
        while (!id.empty() && id.back() == ' ') id.pop_back();
        if (!id.empty()) ids.push_back(id);
    }
    return ids;
}

std::string join_ids(const std::vector<std::string>& ids) {
    std::string list;
    for (const auto& id : ids) {
        if (!list.empty()) list += ',';
        list += id;
    }
    return list;
}

}  // namespace secondlook
