#include "export/survey_codes.h"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <map>

#include "util/diagnostics.h"

namespace medtime {

namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// FNV-1a over `text` and `salt`, written as `length` base-36 characters.
std::string hash36(const std::string& text, int salt, size_t length) {
  std::uint64_t h = 14695981039346656037ULL;
  auto mix = [&](unsigned char c) {
    h ^= c;
    h *= 1099511628211ULL;
  };
  for (char c : text) {
    mix(static_cast<unsigned char>(c));
  }
  for (int i = 0; i < salt; ++i) {
    mix('#');
  }
  std::string out;
  for (size_t i = 0; i < length; ++i) {
    out += "0123456789abcdefghijklmnopqrstuvwxyz"[h % 36];
    h /= 36;
  }
  return out;
}

// `taches_administratives` -> `TachesAdministratives` (`upper_first`) or
// `tachesAdministratives`; characters other than ASCII letters and digits
// end a word and are dropped.
std::string camel(const std::string& id, bool upper_first) {
  std::string out;
  bool start = upper_first;
  for (char c : id) {
    if (!is_alnum(c)) {
      start = !out.empty() || upper_first;
      continue;
    }
    out += start ? upper(c) : c;
    start = false;
  }
  return out;
}

// `base` cut to fit `limit` characters with a hash of `full` (salted by
// `salt`) when it is too long or `salt` > 0.
std::string fit(const std::string& base, const std::string& full, size_t limit, int salt) {
  if (base.size() <= limit && salt == 0) {
    return base;
  }
  return base.substr(0, std::min(base.size(), limit - 4)) + hash36(full, salt, 4);
}

// `code` is already in `codes`, case aside: LimeSurvey's database may
// compare codes without case (MySQL's default collation).
bool taken(const std::vector<std::string>& codes, const std::string& code) {
  auto lower = [](std::string text) {
    for (char& c : text) {
      c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
  };
  for (const auto& other : codes) {
    if (lower(other) == lower(code)) {
      return true;
    }
  }
  return false;
}

// Codes of ids within one question: unique (case aside), never `NA`.
std::vector<std::string> sub_codes(const std::vector<std::string>& ids, const std::string& scope) {
  std::vector<std::string> codes;
  for (const auto& id : ids) {
    std::string base = camel(id, false);
    if (base.empty() || !(base[0] >= 'a' && base[0] <= 'z') ) {
      base = "x" + base;
    }
    for (int salt = 0;; ++salt) {
      std::string code = fit(base, scope + "." + id, 20, salt);
      if (!taken(codes, code)) {
        codes.push_back(code);
        break;
      }
    }
  }
  return codes;
}

std::vector<std::string> answer_codes(const std::vector<std::string>& ids, const std::string& scope) {
  std::vector<std::string> codes;
  for (const auto& id : ids) {
    std::string compact;
    for (char c : id) {
      if (is_alnum(c)) {
        compact += c;
      }
    }
    for (int salt = 0;; ++salt) {
      std::string code = compact.size() <= 5 && !compact.empty() && salt == 0
                             ? compact
                             : compact.substr(0, std::min<size_t>(2, compact.size())) +
                                   hash36(scope + "." + id, salt, 5 - std::min<size_t>(2, compact.size()));
      if (!taken({k_limesurvey_na}, code) && !taken(codes, code)) {
        codes.push_back(code);
        break;
      }
    }
  }
  return codes;
}

template<typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> ids;
  for (const auto& item : items) {
    ids.push_back(item.id);
  }
  return ids;
}

// The questionnaires' prefixes: three characters, unique in the set.
std::vector<std::string> prefixes(const QuestionnaireSet& set) {
  std::vector<std::string> out;
  for (const auto& q : set.items()) {
    std::string prefix = camel(q.id, true).substr(0, 3);
    if (prefix.empty() || !(prefix[0] >= 'A' && prefix[0] <= 'Z')) {
      prefix = "Q" + prefix.substr(0, 2);
    }
    for (int salt = 1; std::find(out.begin(), out.end(), prefix) != out.end(); ++salt) {
      prefix = "Q" + hash36(q.id, salt, 2);
    }
    out.push_back(prefix);
  }
  return out;
}

} // namespace

LimeCodes limesurvey_codes(const QuestionnaireSet& set) {
  LimeCodes codes;
  std::map<std::string, std::pair<const Questionnaire*, const Question*>> used;
  auto prefix = prefixes(set);
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& qn = set.items()[i];
    auto& out = codes.questions.emplace_back();
    for (const auto& q : qn.questions) {
      LimeQuestionCodes c;
      std::string scope = qn.id + "." + q.id;
      c.code = fit(prefix[i] + camel(q.id, true), scope, 20, 0);
      std::string key = c.code; // LimeSurvey compares question codes without case
      std::transform(key.begin(), key.end(), key.begin(),
                     [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; });
      auto [at, fresh] = used.emplace(key, std::make_pair(&qn, &q));
      if (!fresh) {
        throw Error(qn.file, q.pos,
                    message("E444", quote(q.id), quote(qn.id), quote(c.code),
                            quote(at->second.second->id), quote(at->second.first->id)));
      }
      if (q.type == QuestionType::single) {
        c.options = answer_codes(ids_of(q.options), scope);
      } else if (q.type == QuestionType::multiple) {
        c.options = sub_codes(ids_of(q.options), scope);
      } else if (q.type == QuestionType::tasks || q.type == QuestionType::budget) {
        c.rows = sub_codes(ids_of(q.tasks), scope);
        c.levels = answer_codes(ids_of(q.levels), scope);
      } else if (q.type == QuestionType::scale) {
        for (auto v = static_cast<long>(q.min); v <= static_cast<long>(q.max); ++v) {
          c.scale.push_back(std::to_string(v));
        }
      }
      out.push_back(std::move(c));
    }
  }
  return codes;
}

XlsNames xlsform_names(const QuestionnaireSet& set) {
  std::map<std::string, int> uses;
  for (const auto& qn : set.items()) {
    for (const auto& q : qn.questions) {
      ++uses[q.id];
    }
  }
  XlsNames names;
  for (const auto& qn : set.items()) {
    auto& out = names.questions.emplace_back();
    for (const auto& q : qn.questions) {
      XlsQuestionNames n;
      n.name = uses[q.id] > 1 ? qn.id + "_" + q.id : q.id;
      for (const auto& t : q.tasks) {
        n.rows.push_back(n.name + "_" + t.id);
      }
      out.push_back(std::move(n));
    }
  }
  return names;
}

} // namespace medtime
