#include "cli/check_command.h"

#include <iomanip>
#include <ostream>

#include "cli/cli_args.h"
#include "core/knowledge_check.h"
#include "core/objectives.h"
#include "records/check_recorder.h"

namespace secondlook {
namespace {

constexpr int kRecorded = 0;
constexpr int kFileBroken = 1;
constexpr int kBadRequest = 2;

const char* const kUsage =
    "usage: secondlook check FILE --phase pre|post --answers QUESTION=OPTION,...\n"
    "                        [--records PATH] [--session CODE] [--player NICKNAME]\n"
    "Takes the knowledge check FILE (a question set, e.g.\n"
    "scenarios/checks/knowledge-check.yaml) before play (pre) or after it (post)\n"
    "without a window. Options are lettered a, b, c, d in the order the file lists\n"
    "them. Each answer is recorded in PATH (default\n"
    "~/.local/share/secondlook/records.sqlite) under the session CODE (default\n"
    "'home') and a NICKNAME (no real names); then the right answers per objective\n"
    "are printed. Exit 0 when recorded, 2 on an unknown question or option,\n"
    "1 if the file has errors or the records cannot be written.\n";

}  // namespace

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line =
        parse_command_line(args, {"--phase", "--answers", "--records", "--session", "--player"});
    if (line.help) {
        out << kUsage;
        return kRecorded;
    }
    const auto phase = line.has("--phase") ? parse_check_phase(line.value("--phase")) : std::nullopt;
    if (!line.error.empty() || line.positional.size() != 1 || !phase || !line.has("--answers")) {
        err << "secondlook check: "
            << (!line.error.empty()           ? line.error
                : line.positional.size() != 1 ? std::string("give one question-set file")
                : !phase                      ? std::string("--phase takes pre (before play) or post (after it)")
                                              : std::string("give the answers, e.g. --answers stranger-request=b"))
            << '\n' << kUsage;
        return kBadRequest;
    }
    const CheckPhase when = *phase;
    const std::string& file = line.positional.front();
    auto loaded = load_check_file(file);
    if (!loaded.ok()) {
        for (const auto& diagnostic : loaded.diagnostics.all()) err << format_diagnostic(diagnostic) << '\n';
        err << "secondlook check: '" << file << "' has errors; fix them (see 'secondlook lint') and run again\n";
        return kFileBroken;
    }
    const KnowledgeCheck& check = *loaded.check;
    std::string why;
    const auto answers = parse_check_answers(check, line.value("--answers"), &why);
    if (answers.empty()) {
        err << "secondlook check: " << why << '\n';
        return kBadRequest;
    }

    std::string problem;
    const auto target = recording_target(line, &problem);
    if (!target) {
        err << "secondlook check: " << problem << '\n';
        return kBadRequest;
    }
    try {
        RecordStore records(target->path);
        const auto player = records.join(target->session, target->player);
        for (const auto& answer : answers) record_check_answer(records, player, check, when, answer, 0);
        settle_records(records, "check", err);
    } catch (const std::exception& error) {
        err << "secondlook check: cannot record the answers: " << error.what()
            << "; check the --records path is a writable file\n";
        return kFileBroken;
    }

    int right = 0;
    const auto scores = score_by_objective(check, answers);
    for (const auto& score : scores) right += score.correct;
    out << check.title << " (" << (when == CheckPhase::Pre ? "before play" : "after play") << "): " << right
        << " of " << answers.size() << " right\n";
    for (const auto& score : scores)
        out << std::left << std::setw(8) << score.objective << ' ' << score.correct << " of " << score.asked << "  "
            << find_objective(score.objective)->title << '\n';
    return kRecorded;
}

}  // namespace secondlook
