// The learning-gain part of the HTML session report: a plain-language line
// and a chart (inline SVG) of right answers per objective in the knowledge
// check before and after play.
#pragma once

#include <iosfwd>

#include "records/learning_gain.h"

namespace secondlook {

void write_learning_gain(const LearningGain& gain, std::ostream& out);

}  // namespace secondlook
