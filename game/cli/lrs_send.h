// Sending a facilitator's records to their LRS through the outbox: the
// statements are exactly those `export --format xapi` writes, minus the
// private "home" session of self-guided learners; the ones the LRS has not
// accepted yet go in batches, and each accepted batch is committed to the
// outbox before the next is sent, so an interrupted send repeats nothing.
#pragma once

#include <cstddef>
#include <string>
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

struct OutboxCount {
    std::size_t sent = 0, waiting = 0;
};
OutboxCount count_outbox(const LrsOutbox& outbox, const std::string& endpoint,
                         const std::vector<XapiStatement>& statements);

struct SendResult {
    std::size_t sent_now = 0;  // accepted by the LRS during this send
    OutboxCount after;
    std::string problem;       // why some still wait; empty when none do
};

// Posts the waiting statements, `batch` at a time, to the configured LRS;
// stops at the first batch the LRS does not accept. 409 (already stored)
// counts as accepted: a batch with one such statement is sent again one by
// one, since an LRS stores none of a batch it answers 409 to.
SendResult send_waiting(LrsOutbox& outbox, const std::vector<XapiStatement>& statements, std::size_t batch);

}  // namespace secondlook
