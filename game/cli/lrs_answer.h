// What an LRS's answer to a POST of statements means. Only an answer that
// proves the statements were stored counts: HTTP 200 whose body is the JSON
// list of exactly the ids sent (xAPI 1.0.3, 7.2.2). Anything else (a captive
// portal's HTML page, an empty 204, other ids) leaves them waiting, since
// marking them sent would lose them.
#pragma once

#include <string>
#include <vector>

#include "cli/lrs_client.h"

namespace secondlook {

struct LrsVerdict {
    enum Kind {
        accepted,  // the LRS holds every statement sent
        split,     // the LRS refused the batch for one of its statements (400 or 409): send it in halves
        refused,   // the LRS refused this one statement (400); `reason` is the LRS's own
        failed,    // nothing is known to be stored, for a reason that is not the statements'
    } kind = failed;
    std::string reason;  // for refused and failed: what happened (and for failed, what to do)
};

// The verdict on `response` to posting statements with these `ids` to
// `endpoint`, with `seconds` allowed. 409 (the LRS holds a statement with
// that id already, and stores none of the batch) counts as accepted for a
// single statement.
LrsVerdict judge_answer(const LrsResponse& response, const std::vector<std::string>& ids,
                        const std::string& endpoint, long seconds);

}  // namespace secondlook
