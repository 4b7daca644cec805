#include "records/check_recorder.h"

namespace secondlook {

void record_check_answer(RecordStore& store, std::int64_t player, const KnowledgeCheck& check, CheckPhase phase,
                         const CheckAnswer& answer, std::int64_t response_ms) {
    const CheckQuestion* question = check.find_question(answer.question);
    if (!question) return;
    const CheckOption* option = question->find_option(answer.option);
    CheckAnswerRecord record;
    record.check = check.id;
    record.phase = to_string(phase);
    record.question = question->id;
    record.objective = question->objective;
    record.chosen = answer.option;
    record.correct = option && option->correct;
    record.response_ms = response_ms;
    store.record_check_answer(player, record);
}

}  // namespace secondlook
