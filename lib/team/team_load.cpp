// Reading a team's answers files: strict, one version per questionnaire
// across the files, one file per member.
#include "load/answers_loader.h"
#include "team/team.h"
#include "util/files.h"

#include <fmt/format.h>

namespace medtime {

namespace {

// The file's name without its folders and its extension.
std::string file_stem(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// Where each questionnaire was first answered: its version and file.
struct FirstVersion {
  int version = 0;
  std::string file;
};

// Throws when `a` (read leniently, so that every version is kept) answers a
// questionnaire in another version than an earlier file of the team.
void check_versions(const Assessment& a, const QuestionnaireSet& set,
                    std::vector<FirstVersion>& first) {
  for (size_t i = 0; i < a.responses.size(); ++i) {
    const Response& r = a.responses[i];
    if (r.questionnaire == nullptr) {
      continue;
    }
    if (first[i].file.empty()) {
      first[i] = FirstVersion{ r.version, a.source };
    } else if (first[i].version != r.version) {
      throw Error(a.source, r.pos,
                  message("E512", r.version, quote(set.items()[i].id), first[i].file,
                          first[i].version));
    }
  }
}

} // namespace

std::vector<TeamMember> load_team(const std::vector<std::string>& paths,
                                  const QuestionnaireSet& set) {
  if (paths.size() < 2) {
    throw UsageError("", {}, message("E513"));
  }
  std::vector<TeamMember> members;
  std::vector<FirstVersion> first(set.size());
  for (const auto& path : paths) {
    std::string text = read_file(path);
    Diagnostics lenient(path);
    Assessment any = parse_assessment(text, set, path, lenient, AnswersOptions{ .strict = false });
    lenient.throw_if_errors();
    check_versions(any, set, first);
    Diagnostics diags(path);
    TeamMember member{ {}, parse_assessment(text, set, path, diags) };
    diags.throw_if_errors();
    member.name = member.assessment.respondent_id();
    if (member.name.empty()) {
      member.name = file_stem(path);
    }
    for (const auto& other : members) {
      if (other.name == member.name) {
        throw Error(path, {},
                    message("E514", quote(member.name), other.assessment.source));
      }
    }
    members.push_back(std::move(member));
  }
  return members;
}

} // namespace medtime
