// The cohort page of `medtime batch --format html`: one self-contained page
// (inline CSS and SVG, no script, no network resource) for the consultant's
// report: per lever the distribution of maturity (a box plot on 0–100) and
// the band bars, the most triggered actions, and the groups, where a group
// under --min-cell shows no figure. Every text from a file (lever names,
// action titles, group values, the group column) is escaped.
#include "batch/summary_render.h"

#include <fmt/format.h>

#include "render/html.h"
#include "render/number.h"

namespace medtime {

namespace {

constexpr const char* k_style = R"(
.box { display: block; margin: 0.3em 0 0.8em; }
.bands { display: block; margin: 0.2em 0 0.4em; }
.legend span { display: inline-block; margin-right: 1em; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; }
td.hidden { color: #777; font-style: italic; }
)";

// Band colours, from the lowest band to the highest.
constexpr const char* k_band_colours[] = {"#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#1e8449"};

const char* band_colour(size_t band, size_t bands) {
  if (bands <= 1) {
    return k_band_colours[3];
  }
  size_t at = band * 4 / (bands - 1);
  return k_band_colours[at > 4 ? 4 : at];
}

class CohortPage {
public:
  CohortPage(const GroupedSummary& summary, const QuestionnaireSet& set, Lang lang)
      : m_summary(summary), m_set(set), m_lang(lang) {}

  std::string render() {
    const CohortSummary& all = m_summary.overall();
    std::string title = t("Synthèse de la cohorte", "Cohort summary");
    m_out += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>{}</title><style>{}{}</style></head><body><main>\n",
                         m_lang == Lang::fr ? "fr" : "en", html_escape(title), html_page_css(),
                         k_style);
    m_out += "<h1>" + html_escape(title) + "</h1>\n";
    m_out += "<p>" +
             html_escape(fmt::format(fmt::runtime(t("{} réponse(s), {} valide(s), {} en erreur.",
                                                    "{} response(s), {} valid, {} with errors.")),
                                     all.rows(), all.valid(), all.errors()));
    if (all.complete() + all.incomplete() + all.skipped_incomplete() > 0) {
      m_out += " " + html_escape(fmt::format(
                         fmt::runtime(t("{} complète(s), {} incomplète(s) comptée(s), {} écartée(s).",
                                        "{} complete, {} incomplete counted, {} left out.")),
                         all.complete(), all.incomplete(), all.skipped_incomplete()));
    }
    m_out += "</p>\n";
    for (size_t i = 0; i < m_set.size(); ++i) {
      lever(i, all);
    }
    actions(all);
    if (m_summary.grouped()) {
      groups();
    }
    m_out += "</main></body></html>\n";
    return std::move(m_out);
  }

private:
  const char* t(const char* fr, const char* en) const { return tr(m_lang, fr, en); }

  std::string number(std::optional<double> v, int decimals = 1) const {
    return v ? format_number(*v, decimals, m_lang) : "—";
  }

  void lever(size_t index, const CohortSummary& all) {
    const Questionnaire& q = m_set.items()[index];
    const LeverSummary& s = all.levers()[index];
    m_out += "<section><h2>" + html_escape(q.short_name(m_lang)) + "</h2>\n";
    const Distribution& d = s.maturity;
    m_out += "<p>" +
             html_escape(fmt::format(
                 fmt::runtime(t("Maturité : {} score(s), moyenne {}, médiane {} (quartiles {} et {}).",
                                "Maturity: {} score(s), mean {}, median {} (quartiles {} and {}).")),
                 d.count(), number(d.mean()), number(d.quantile(0.5)), number(d.quantile(0.25)),
                 number(d.quantile(0.75)))) +
             "</p>\n";
    box_plot(d);
    band_bar(q, s);
    m_out += "</section>\n";
  }

  // A box plot on a 0–100 axis: whiskers min–max, box q1–q3, median line,
  // mean dot.
  void box_plot(const Distribution& d) {
    if (d.count() == 0) {
      return;
    }
    auto x = [](double v) { return 10 + 4 * v; }; // 0–100 → 10–410
    double lo = *d.min(), q1 = *d.quantile(0.25), med = *d.quantile(0.5), q3 = *d.quantile(0.75),
           hi = *d.max(), mean = *d.mean();
    m_out += fmt::format(
        "<svg class=\"box\" xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"52\" "
        "viewBox=\"0 0 420 52\" role=\"img\" aria-label=\"{}\">",
        html_escape(t("Distribution de la maturité", "Maturity distribution")));
    m_out += fmt::format("<line x1=\"{0:.1f}\" y1=\"16\" x2=\"{1:.1f}\" y2=\"16\" stroke=\"#555\"/>",
                         x(lo), x(hi));
    m_out += fmt::format("<rect x=\"{0:.1f}\" y=\"6\" width=\"{1:.1f}\" height=\"20\" fill=\"#aed6f1\" "
                         "stroke=\"#1f618d\"/>",
                         x(q1), x(q3) - x(q1));
    m_out += fmt::format("<line x1=\"{0:.1f}\" y1=\"6\" x2=\"{0:.1f}\" y2=\"26\" stroke=\"#1f618d\" "
                         "stroke-width=\"2\"/>",
                         x(med));
    m_out += fmt::format("<circle cx=\"{:.1f}\" cy=\"16\" r=\"3\" fill=\"#000\"/>", x(mean));
    for (int tick = 0; tick <= 100; tick += 25) {
      m_out += fmt::format("<line x1=\"{0:.1f}\" y1=\"30\" x2=\"{0:.1f}\" y2=\"34\" stroke=\"#999\"/>"
                           "<text x=\"{0:.1f}\" y=\"46\" font-size=\"10\" text-anchor=\"middle\">{1}</text>",
                           x(tick), tick);
    }
    m_out += "</svg>\n";
  }

  // One bar split by maturity band, with a legend of counts.
  void band_bar(const Questionnaire& q, const LeverSummary& s) {
    std::uint64_t total = 0;
    for (auto n : s.bands) {
      total += n;
    }
    if (total == 0) {
      return;
    }
    m_out += fmt::format("<svg class=\"bands\" xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" "
                         "height=\"20\" viewBox=\"0 0 420 20\" role=\"img\" aria-label=\"{}\">",
                         html_escape(t("Répartition par niveau", "Share per band")));
    double at = 10;
    for (size_t b = 0; b < q.bands.size(); ++b) {
      double width = 400.0 * static_cast<double>(s.bands[b]) / static_cast<double>(total);
      if (width > 0) {
        m_out += fmt::format("<rect x=\"{:.1f}\" y=\"2\" width=\"{:.1f}\" height=\"16\" fill=\"{}\"/>",
                             at, width, band_colour(b, q.bands.size()));
      }
      at += width;
    }
    m_out += "</svg>\n<p class=\"legend\">";
    for (size_t b = 0; b < q.bands.size(); ++b) {
      m_out += fmt::format("<span><span class=\"swatch\" style=\"background:{}\"></span>{}{}{}</span>",
                           band_colour(b, q.bands.size()), html_escape(q.bands[b].label.get(m_lang)),
                           t(" : ", ": "), s.bands[b]);
    }
    m_out += "</p>\n";
  }

  void actions(const CohortSummary& all) {
    auto top = top_actions(all, 10);
    if (top.empty()) {
      return;
    }
    m_out += "<section><h2>" + html_escape(t("Actions les plus déclenchées", "Most triggered actions")) +
             "</h2>\n<table><thead><tr><th>" + html_escape(t("Levier", "Lever")) + "</th><th>" +
             html_escape(t("Action", "Action")) + "</th><th class=\"num\">" +
             html_escape(t("Réponses", "Responses")) + "</th><th class=\"num\">%</th></tr></thead><tbody>\n";
    for (const auto& a : top) {
      const Questionnaire& q = m_set.items()[a.lever];
      double share = all.valid() > 0 ? 100.0 * static_cast<double>(a.count) / static_cast<double>(all.valid()) : 0;
      m_out += "<tr><td>" + html_escape(q.short_name(m_lang)) + "</td><td>" +
               html_escape(q.actions[a.action].title.get(m_lang)) + "</td><td class=\"num\">" +
               fmt::format("{}", a.count) + "</td><td class=\"num\">" +
               format_number(share, 0, m_lang) + "</td></tr>\n";
    }
    m_out += "</tbody></table></section>\n";
  }

  // Per group: valid responses and each lever's mean maturity; a group under
  // --min-cell shows no figure.
  void groups() {
    m_out += "<section><h2>" +
             html_escape(fmt::format(fmt::runtime(t("Par groupe : {}", "By group: {}")),
                                     m_summary.column())) +
             "</h2>\n<table><thead><tr><th>" + html_escape(m_summary.column()) +
             "</th><th class=\"num\">" + html_escape(t("Réponses", "Responses")) + "</th>";
    for (const auto& q : m_set.items()) {
      m_out += "<th class=\"num\">" + html_escape(q.short_name(m_lang)) + "</th>";
    }
    m_out += "</tr></thead><tbody>\n";
    for (const auto& g : m_summary.groups()) {
      m_out += "<tr><td>" + html_escape(g.value) + "</td>";
      if (m_summary.suppressed(g)) {
        m_out += fmt::format("<td class=\"hidden\" colspan=\"{}\">{}</td></tr>\n", m_set.size() + 1,
                             html_escape(t("masqué", "hidden")));
        continue;
      }
      m_out += fmt::format("<td class=\"num\">{}</td>", g.summary.valid());
      for (size_t i = 0; i < m_set.size(); ++i) {
        m_out += "<td class=\"num\">" + number(g.summary.levers()[i].maturity.mean()) + "</td>";
      }
      m_out += "</tr>\n";
    }
    m_out += "</tbody></table>\n<p>" +
             html_escape(fmt::format(
                 fmt::runtime(t("Moyenne de la maturité. masqué : moins de {} réponses valides, aucun "
                                "chiffre n'est publié.",
                                "Mean maturity. hidden: fewer than {} valid responses, no figure is "
                                "shown.")),
                 m_summary.min_cell())) +
             "</p></section>\n";
  }

  const GroupedSummary& m_summary;
  const QuestionnaireSet& m_set;
  Lang m_lang;
  std::string m_out;
};

} // namespace

std::string render_cohort_html(const GroupedSummary& summary, const QuestionnaireSet& set, Lang lang) {
  return CohortPage(summary, set, lang).render();
}

} // namespace medtime
