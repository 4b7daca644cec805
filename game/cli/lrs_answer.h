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
        held,      // the LRS holds a statement with this one's id already (409): is it the same? (judge_held)
        refused,   // the LRS refused this one statement; `reason` says why, in the LRS's words
        failed,    // nothing is known to be stored, for a reason that is not the statements'
    } kind = failed;
    std::string reason;  // for refused and failed: what happened (and for failed, what to do)
};

// The verdict on `response` to posting statements with these `ids` to
// `endpoint`, with `seconds` allowed.
LrsVerdict judge_answer(const LrsResponse& response, const std::vector<std::string>& ids,
                        const std::string& endpoint, long seconds);

// After a 409 for statement `sent` (its JSON text): the verdict on
// `response`, the LRS's answer to a GET of that id. The same statement
// (every field sent, as sent; the LRS adds its own, such as "stored") is
// accepted, as sending it again changes nothing; a different one is refused,
// since counting it sent would leave the LRS with other results than ours.
LrsVerdict judge_held(const LrsResponse& response, const std::string& sent, const std::string& endpoint,
                      long seconds);

}  // namespace secondlook
