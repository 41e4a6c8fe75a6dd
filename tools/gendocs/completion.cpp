// The completion scripts for bash, zsh and fish. Each completes the commands,
// their options, the values of an option with choices (--format...), the
// questionnaire ids where a command takes questionnaires (a positional named
// QUESTIONNAIRE), the parameter-set ids of --parameters, and files for every
// other value but numbers.
#include <fmt/format.h>

#include "gendocs.h"

namespace gendocs {

namespace {

std::string join(const std::vector<std::string>& items, const char* sep = " ") {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : sep) + item;
  }
  return out;
}

std::vector<std::string> strings(const json& array) {
  return array.get<std::vector<std::string>>();
}

// Single-quoted for sh, zsh and fish alike ('it'\''s' in sh and zsh).
std::string sh_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::string fish_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    out += c == '\'' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  }
  return out + "'";
}

// The words a value completes to, for bash and zsh: "(a b c)" lists.
std::vector<std::string> value_words(const json& item, const Sources& s) {
  switch (completes(item)) {
  case Complete::choices: return strings(item["choices"]);
  case Complete::questionnaires: return s.questionnaires;
  case Complete::parameter_sets: return s.parameter_sets;
  default: return {};
  }
}

// The first line of a description, for a completion menu.
std::string short_text(const json& item) {
  std::string d = item["description"];
  return d.substr(0, d.find('\n'));
}

// The option names of `command` that take a value, by how it completes.
std::string bash_value_cases(const json& command, const Sources& s) {
  std::string out;
  for (const auto& o : command["options"]) {
    if (o["value"].get<std::string>().empty()) {
      continue;
    }
    std::string names = join(strings(o["names"]), "|");
    Complete kind = completes(o);
    std::string action = kind == Complete::nothing ? "return 0"
                         : kind == Complete::files  ? "_medtime_files; return 0"
                         : kind == Complete::parameter_sets
                             ? fmt::format("_medtime_words {}; _medtime_files add; return 0",
                                           sh_quote(join(s.parameter_sets)))
                             : fmt::format("_medtime_words {}; return 0",
                                           sh_quote(join(value_words(o, s))));
    out += fmt::format("        {}) {} ;;\n", names, action);
  }
  return out;
}

std::string bash_command_case(const json& command, const Sources& s) {
  std::vector<std::string> names;
  for (const auto& o : command["options"]) {
    for (const auto& n : o["names"]) {
      names.push_back(n);
    }
  }
  std::string positional = "_medtime_files";
  if (!command["positionals"].empty() &&
      completes(command["positionals"][0]) == Complete::questionnaires) {
    positional = "_medtime_words \"$_medtime_questionnaires\"";
  } else if (command["positionals"].empty()) {
    positional = ":";
  }
  return fmt::format("    {})\n"
                     "      case $prev in\n{}      esac\n"
                     "      if [[ $cur == -* ]]; then _medtime_words {}; else {}; fi ;;\n",
                     command["name"].get<std::string>(), bash_value_cases(command, s),
                     sh_quote(join(names)), positional);
}

// zsh: one _arguments spec per option and positional.
std::string zsh_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c == '[' || c == ']' || c == ':' || c == '\\' ? std::string("\\") + c
                                                          : std::string(1, c);
  }
  return out;
}

std::string zsh_action(const json& item, const Sources& s) {
  Complete kind = completes(item);
  if (kind == Complete::files) {
    return "_files";
  }
  if (kind == Complete::parameter_sets) {
    return "{_files; compadd -- " + join(s.parameter_sets) + "}";
  }
  if (kind == Complete::nothing) {
    return " ";
  }
  std::string words;
  for (const auto& w : value_words(item, s)) {
    words += (words.empty() ? "" : " ") + zsh_escape(w);
  }
  return "(" + words + ")";
}

std::vector<std::string> zsh_specs(const json& command, const Sources& s) {
  std::vector<std::string> specs;
  for (const auto& o : command["options"]) {
    auto names = strings(o["names"]);
    std::string value = o["value"].get<std::string>().empty()
                            ? ""
                            : ":" + zsh_escape(o["value"]) + ":" + zsh_action(o, s);
    std::string spec = "[" + zsh_escape(short_text(o)) + "]" + value;
    std::string repeat = o["multiple"].get<bool>() ? "*" : "";
    if (names.size() == 1) {
      specs.push_back(sh_quote(repeat + names[0] + spec));
    } else {
      specs.push_back(sh_quote("(" + join(names) + ")") + "{" + join(names, ",") + "}" +
                      sh_quote(spec));
    }
  }
  int index = 1;
  for (const auto& p : command["positionals"]) {
    std::string position = p["multiple"].get<bool>() ? "*" : std::to_string(index++);
    specs.push_back(sh_quote(position + ":" + zsh_escape(p["name"]) + ":" + zsh_action(p, s)));
  }
  return specs;
}

std::string zsh_language(const std::vector<json>& commands, const Sources& s) {
  std::string out = "      commands=(\n";
  for (const auto& c : commands) {
    out += "        " + sh_quote(c["name"].get<std::string>() + ":" + summary(c["description"])) + "\n";
  }
  out += "      )\n      case $words[1] in\n";
  for (const auto& c : commands) {
    out += "        " + c["name"].get<std::string>() + ") specs=(\n";
    for (const auto& spec : zsh_specs(c, s)) {
      out += "          " + spec + "\n";
    }
    out += "        ) ;;\n";
  }
  return out + "      esac\n";
}

std::string fish_language(const std::vector<json>& commands, const Sources& s) {
  std::string out;
  for (const auto& c : commands) {
    std::string name = c["name"];
    out += fmt::format("    complete -c medtime -n __fish_use_subcommand -a {} -d {}\n", name,
                       fish_quote(summary(c["description"])));
    std::string when = fish_quote("__fish_seen_subcommand_from " + name);
    for (const auto& o : c["options"]) {
      std::string line = "    complete -c medtime -n " + when;
      for (const auto& n : strings(o["names"])) {
        line += n.rfind("--", 0) == 0 ? " -l " + n.substr(2) : " -s " + n.substr(1);
      }
      Complete kind = completes(o);
      if (kind == Complete::files) {
        line += " -r -F";
      } else if (kind == Complete::parameter_sets) {
        line += " -r -F -a " + fish_quote(join(s.parameter_sets));
      } else if (kind != Complete::nothing) {
        line += " -x -a " + fish_quote(join(value_words(o, s)));
      } else if (!o["value"].get<std::string>().empty()) {
        line += " -x"; // a number
      }
      out += line + " -d " + fish_quote(short_text(o)) + "\n";
    }
    if (!c["positionals"].empty()) {
      bool ids = completes(c["positionals"][0]) == Complete::questionnaires;
      out += "    complete -c medtime -n " + when +
             (ids ? " -x -a " + fish_quote(join(s.questionnaires)) : std::string(" -F")) + "\n";
    }
  }
  return out;
}

std::vector<std::string> command_names(const Sources& s) {
  std::vector<std::string> names;
  for (const auto& c : s.en) {
    names.push_back(c["name"]);
  }
  return names;
}

} // namespace

Complete completes(const json& item) {
  if (item["value"].get<std::string>().empty() && item.contains("names")) {
    return Complete::nothing; // a flag
  }
  if (!item["choices"].empty()) {
    return Complete::choices;
  }
  std::string type = item["value"];
  if (type == "INT" || type == "UINT" || type == "FLOAT") {
    return Complete::nothing;
  }
  if (item.contains("name") && item["name"] == "QUESTIONNAIRE") {
    return Complete::questionnaires;
  }
  if (item.contains("names") && item["names"].back() == "--parameters") {
    return Complete::parameter_sets;
  }
  return Complete::files;
}

std::string bash_completion(const Sources& s) {
  std::string out =
      "# bash completion for medtime. Generated by tools/gendocs from the commands'\n"
      "# definitions (--dump-cli) and the bundled questionnaires: do not edit.\n"
      "_medtime_questionnaires=" + sh_quote(join(s.questionnaires)) + "\n\n"
      "# _medtime_words WORDS: the words of WORDS that start with $cur.\n"
      "_medtime_words() {\n"
      "  local IFS=$'\\n'\n"
      "  COMPREPLY+=($(IFS=' '; compgen -W \"$1\" -- \"$cur\"))\n"
      "}\n\n"
      "# _medtime_files [add]: file and folder names that start with $cur.\n"
      "_medtime_files() {\n"
      "  local IFS=$'\\n'\n"
      "  compopt -o filenames 2>/dev/null\n"
      "  [ \"${1:-}\" = add ] || COMPREPLY=()\n"
      "  COMPREPLY+=($(compgen -f -- \"$cur\"))\n"
      "}\n\n"
      "_medtime() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
      "  local i=1 cmd=\n"
      "  COMPREPLY=()\n"
      "  # medtime [--lang fr|en] COMMAND ...: the command is the first other word.\n"
      "  while [ $i -lt $COMP_CWORD ]; do\n"
      "    case ${COMP_WORDS[i]} in\n"
      "      --lang) i=$((i + 2)) ;;\n"
      "      -*) i=$((i + 1)) ;;\n"
      "      *) cmd=${COMP_WORDS[i]}; break ;;\n"
      "    esac\n"
      "  done\n"
      "  if [ \"$prev\" = --lang ]; then _medtime_words 'fr en'; return 0; fi\n"
      "  case $cmd in\n"
      "    '')\n"
      "      _medtime_words " + sh_quote(join(command_names(s)) + " --lang --help --version") + " ;;\n";
  for (const auto& c : s.en) {
    out += bash_command_case(c, s);
  }
  return out + "  esac\n  return 0\n}\ncomplete -F _medtime medtime\n";
}

std::string zsh_completion(const Sources& s) {
  std::string out =
      "#compdef medtime\n"
      "# zsh completion for medtime. Generated by tools/gendocs from the commands'\n"
      "# definitions (--dump-cli) and the bundled questionnaires: do not edit.\n"
      "# Descriptions in the language medtime itself would use (LC_ALL, LC_MESSAGES, LANG).\n\n"
      "_medtime() {\n"
      "  local -a commands specs\n"
      "  local lang=${LC_ALL:-${LC_MESSAGES:-$LANG}} curcontext=$curcontext state line\n"
      "  _arguments -C '--lang[fr|en]:lang:(fr en)' '(- *)'{-h,--help}'[help]' \\\n"
      "    '(- *)--version[version]' '1:command:->command' '*::arg:->args' && return 0\n"
      "  if [[ $lang == en* ]]; then\n" +
      zsh_language(s.en, s) + "  else\n" + zsh_language(s.fr, s) + "  fi\n" +
      "  case $state in\n"
      "    command) _describe -t commands 'medtime command' commands ;;\n"
      "    args) _arguments -s $specs ;;\n"
      "  esac\n"
      "}\n\n"
      "_medtime \"$@\"\n";
  return out;
}

std::string fish_completion(const Sources& s) {
  return "# fish completion for medtime. Generated by tools/gendocs from the commands'\n"
         "# definitions (--dump-cli) and the bundled questionnaires: do not edit.\n"
         "# Descriptions in the language medtime itself would use (LC_ALL, LC_MESSAGES, LANG).\n"
         "complete -c medtime -f\n"
         "complete -c medtime -n __fish_use_subcommand -l lang -x -a 'fr en'\n"
         "complete -c medtime -n __fish_use_subcommand -s h -l help\n"
         "complete -c medtime -n __fish_use_subcommand -l version\n"
         "set -l __medtime_lang $LC_ALL\n"
         "test -n \"$__medtime_lang\"; or set __medtime_lang $LC_MESSAGES\n"
         "test -n \"$__medtime_lang\"; or set __medtime_lang $LANG\n"
         "if string match -q 'en*' -- \"$__medtime_lang\"\n" +
         fish_language(s.en, s) + "else\n" + fish_language(s.fr, s) + "end\n";
}

} // namespace gendocs
