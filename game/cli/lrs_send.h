// Sending a facilitator's records to their LRS through the outbox: the
// statements are exactly those `export --format xapi` writes, minus the
// private "home" session of self-guided learners; the ones the LRS has not
// accepted yet go in batches, and each accepted batch is committed to the
// outbox before the next is sent, so an interrupted send repeats nothing.
// A statement the LRS refuses is found by halving its batch and set aside
// with the LRS's reason, so it blocks no other.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "records/lrs_outbox.h"
#include "records/record_set.h"

namespace secondlook {

struct XapiStatement {
    std::string id;
    std::string json;  // the statement, as the LRS receives it
};

// Every statement for `records` that may leave this machine.
std::vector<XapiStatement> shareable_statements(const RecordSource& records);

// A set-aside statement that has changed since (the records were mended, or
// a newer Second Look builds it differently) counts as waiting again.
struct OutboxCount {
    std::size_t sent = 0, waiting = 0, set_aside = 0;
};
OutboxCount count_outbox(const LrsOutbox& outbox, const std::string& endpoint,
                         const std::vector<XapiStatement>& statements);

// The statements among `statements` that are set aside (unchanged since
// the LRS refused them), with what the LRS said, in their order.
std::vector<std::pair<const XapiStatement*, SetAsideStatement>> set_aside_statements(
    const LrsOutbox& outbox, const std::string& endpoint, const std::vector<XapiStatement>& statements);

struct SendOptions {
    std::size_t batch = 50;         // statements to a request
    long seconds = 60;              // allowed for each request
    bool retry_set_aside = false;   // send the set-aside statements again too
};

struct SendResult {
    std::size_t sent_now = 0;       // accepted by the LRS during this send
    std::size_t set_aside_now = 0;  // refused by it during this send
    OutboxCount after;
    std::string problem;            // why some still wait; empty when none do
};

// Posts the waiting statements, `options.batch` at a time, to the configured
// LRS; stops at the first batch the LRS does not accept for a reason that is
// not one of its statements (network, key, server, an answer that does not
// list the ids). A batch refused for its statements (400), or holding one
// the LRS already has (409, for which an LRS stores none of the batch), is
// sent again in halves: a single statement answered 400 is set aside; one
// answered 409 is read back from the LRS, and counts as accepted when the
// LRS holds it as sent, or is set aside when the LRS holds another.
SendResult send_waiting(LrsOutbox& outbox, const std::vector<XapiStatement>& statements,
                        const SendOptions& options);

}  // namespace secondlook
