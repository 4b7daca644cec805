// Recognises the quick-exit gesture: the same key pressed three times within
// a short time. Kept free of SDL so it is tested on its own.
#pragma once

namespace secondlook {

class TripleTap {
public:
    explicit TripleTap(double window_seconds = 1.5) : window_(window_seconds) {}

    // Records one press at time `now` (seconds); true on the third press
    // within the window, after which counting starts again.
    bool press(double now) {
        if (count_ == 0 || now - first_ > window_) {
            first_ = now;
            count_ = 0;
        }
        if (++count_ < 3) return false;
        count_ = 0;
        return true;
    }

private:
    double window_;
    double first_ = 0;
    int count_ = 0;
};

}  // namespace secondlook
