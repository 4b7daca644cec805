#include "cli/learning_gain_html.h"

#include <ostream>
#include <string>
#include <vector>

#include "cli/html_report.h"
#include "core/objectives.h"

namespace secondlook {
namespace {

std::string title_of(const std::string& objective) {
    const Objective* found = find_objective(objective);
    return found ? found->title : "";
}

// Two bars per objective, before (light) and after (dark), 0 to 100%.
void gain_chart(const LearningGain& gain, std::ostream& out) {
    const int row = 40, label_w = 330, bar_w = 300, width = label_w + bar_w + 170;
    constexpr std::size_t kLabelChars = 40;  // of 14 px text in label_w
    std::vector<std::string> labels;
    std::vector<int> tops;
    int height = 26;
    for (const ObjectiveGain& objective : gain.objectives) {
        int lines = 1;
        labels.push_back(svg_label(objective.objective + "  " + title_of(objective.objective), 0, height + 20,
                                   kLabelChars, &lines));
        tops.push_back(height);
        height += row + (lines - 1) * kSvgLabelLine;
    }
    height += 4;
    out << "<svg role=\"img\" aria-label=\"Right answers per objective before and after play\" width=\"" << width
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << ' ' << height << "\">\n"
        << "<rect x=\"" << label_w << "\" y=\"4\" width=\"14\" height=\"12\" fill=\"#9db7dd\"/><text x=\""
        << label_w + 20 << "\" y=\"15\" font-size=\"13\">before play</text><rect x=\"" << label_w + 120
        << "\" y=\"4\" width=\"14\" height=\"12\" fill=\"#1459b8\"/><text x=\"" << label_w + 140
        << "\" y=\"15\" font-size=\"13\">after play</text>\n";
    for (std::size_t i = 0; i < gain.objectives.size(); ++i) {
        const ObjectiveGain& objective = gain.objectives[i];
        const int y = tops[i];
        const int change = objective.change();
        out << labels[i];
        for (int bar = 0; bar < 2; ++bar) {
            const int percent = bar == 0 ? objective.before_percent() : objective.after_percent();
            out << "<rect x=\"" << label_w << "\" y=\"" << y + 4 + bar * 16 << "\" width=\"" << bar_w
                << "\" height=\"14\" fill=\"#e4e7ec\"/><rect x=\"" << label_w << "\" y=\"" << y + 4 + bar * 16
                << "\" width=\"" << bar_w * percent / 100 << "\" height=\"14\" fill=\""
                << (bar == 0 ? "#9db7dd" : "#1459b8") << "\"/>";
        }
        out << "<text x=\"" << label_w + bar_w + 8 << "\" y=\"" << y + 22 << "\" font-size=\"14\">"
            << objective.before_percent() << "% to " << objective.after_percent() << "% ("
            << (change > 0 ? "+" : "") << change << ")</text>\n";
    }
    out << "</svg>\n";
}

}  // namespace

void write_learning_gain(const LearningGain& gain, std::ostream& out) {
    out << "<h2>Learning gain (knowledge check before and after play)</h2>\n";
    if (gain.took_both == 0) {
        out << "<p>" << gain.took_before << " took the check before play and " << gain.took_after
            << " after it; nobody has taken both yet, so there is no gain to show.</p>\n";
        return;
    }
    std::size_t before_right = 0, before_asked = 0, after_right = 0, after_asked = 0;
    const ObjectiveGain* biggest = nullptr;
    for (const auto& objective : gain.objectives) {
        before_right += objective.before_right;
        before_asked += objective.before_asked;
        after_right += objective.after_right;
        after_asked += objective.after_asked;
        if (!biggest || objective.change() > biggest->change()) biggest = &objective;
    }
    const ObjectiveGain overall{"", before_right, before_asked, after_right, after_asked};
    out << "<p>" << gain.took_both << (gain.took_both == 1 ? " player" : " players")
        << " took the check both before and after play (only they are counted). Right answers went from "
        << overall.before_percent() << "% before play to " << overall.after_percent() << "% after it.";
    if (biggest && biggest->change() > 0)
        out << " The biggest gain was on " << html_escaped(biggest->objective) << " ("
            << html_escaped(find_objective(biggest->objective) ? find_objective(biggest->objective)->title : "")
            << ").";
    out << "</p>\n";
    gain_chart(gain, out);
    out << "<ul class=\"note\">\n";
    for (const auto& objective : gain.objectives) out << "<li>" << html_escaped(gain_line(objective)) << "</li>\n";
    out << "</ul>\n";
}

}  // namespace secondlook
