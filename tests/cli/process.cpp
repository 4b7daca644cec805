#include "process.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

std::string read_text_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

namespace {

std::string quoted(const std::string& arg) {
    std::string text = "'";
    for (char c : arg) text += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return text + "'";
}

}  // namespace

ProcessResult run_command(const std::vector<std::string>& command_line) {
    char out_name[] = "/tmp/secondlook-out-XXXXXX";
    char err_name[] = "/tmp/secondlook-err-XXXXXX";
    close(mkstemp(out_name));
    close(mkstemp(err_name));
    std::string command = "cd " + quoted(SECONDLOOK_SOURCE_DIR) + " &&";
    for (const auto& arg : command_line) command += " " + quoted(arg);
    command += " >" + quoted(out_name) + " 2>" + quoted(err_name);
    int status = std::system(command.c_str());
    ProcessResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text_file(out_name);
    result.err = read_text_file(err_name);
    std::remove(out_name);
    std::remove(err_name);
    return result;
}

ProcessResult run_secondlook(const std::vector<std::string>& args, const std::vector<std::string>& launcher) {
    std::vector<std::string> command = launcher;
    command.push_back(SECONDLOOK_BINARY);
    command.insert(command.end(), args.begin(), args.end());
    return run_command(command);
}

ProcessResult run_secondlook_killed_after(int seconds, const std::vector<std::string>& args) {
    return run_secondlook(args, {"timeout", "-s", "KILL", std::to_string(seconds)});
}
