// Id lists: what a learning platform keeps of a play (join_ids) reads back
// as the same ids (split_ids), so the play carries on where it stopped.
#include <doctest/doctest.h>

#include "app/id_list.h"

namespace secondlook {

TEST_CASE("joined ids split back into the same ids, in order") {
    const std::vector<std::string> ids{"check-profile", "flag:free-kick", "wait:50", "calm"};
    CHECK(join_ids(ids) == "check-profile,flag:free-kick,wait:50,calm");
    CHECK(split_ids(join_ids(ids)) == ids);
    CHECK(join_ids({}).empty());
    CHECK(split_ids(join_ids({})).empty());
}

}  // namespace secondlook
