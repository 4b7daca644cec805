// Writes a knowledge-check answer into the records with what the reports
// need beside it: the question's objective and whether it was the best option.
// The window and `secondlook check` both record through it.
#pragma once

#include <cstdint>

#include "core/knowledge_check.h"
#include "records/record_store.h"

namespace secondlook {

// `answer` must name a question of `check` (parse_check_answers makes sure).
void record_check_answer(RecordStore& store, std::int64_t player, const KnowledgeCheck& check, CheckPhase phase,
                         const CheckAnswer& answer, std::int64_t response_ms);

}  // namespace secondlook
