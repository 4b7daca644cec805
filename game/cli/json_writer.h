// Writing JSON text straight into a string, value by value, with no tree in
// between: the xAPI export writes hundreds of thousands of statements, and
// building each as a nlohmann::json object first took most of its time.
// The text is the same as nlohmann::json's dump(): compact, or indented as
// dump(indent) does. The caller writes an object's keys in sorted order, as
// nlohmann::json keeps them, and gives valid UTF-8 (the records' reader
// checks every text).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace secondlook {

class JsonWriter {
public:
    // `indent` 0: compact. `depth`: how many levels the text is already
    // nested in (a statement inside the export's array starts at 1).
    JsonWriter(std::string& text, int indent, int depth = 0) : text_(text), indent_(indent), depth_(depth) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    // The key of the next value in an object.
    void key(std::string_view name);

    void string(std::string_view value);
    void number(std::int64_t value);
    void real(double value);
    void boolean(bool value);

private:
    void open(char bracket);
    void close(char bracket);
    void before_value();
    void quoted(std::string_view text);  // escaped as JSON wants
    void new_line(int depth);

    std::string& text_;
    int indent_, depth_;
    std::vector<bool> empty_;  // per open object or array: nothing written in it yet
    bool after_key_ = false;
};

}  // namespace secondlook
