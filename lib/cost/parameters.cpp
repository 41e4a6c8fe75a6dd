#include "cost/parameters.h"

#include "load/data_dir.h"
#include "model/answers.h"
#include "util/files.h"
#include "util/spell.h"
#include "yaml/yaml_cpp.h"

#include <algorithm>
#include <dirent.h>
#include <fmt/format.h>
#include <sys/stat.h>

namespace medtime {

const char* unit_text(Unit unit, Lang lang) {
  switch (unit) {
    case Unit::euro:
      return "€";
    case Unit::minutes:
      return "min";
    case Unit::weeks:
      return tr(lang, "semaines", "weeks");
    case Unit::share:
      return tr(lang, "part", "share");
    case Unit::euro_per_hour:
      return "€/h";
    case Unit::hours_per_week:
      return tr(lang, "h/sem.", "h/week");
    case Unit::hours:
      return "h";
    case Unit::years:
      return tr(lang, "ans", "years");
    case Unit::euro_per_month:
      return tr(lang, "€/mois", "€/month");
    case Unit::euro_per_year:
      return tr(lang, "€/an", "€/year");
    case Unit::fte:
      return tr(lang, "ETP", "FTE");
    case Unit::patients:
      return tr(lang, "patients", "patients");
    case Unit::calls_per_hour:
      return tr(lang, "appels/h", "calls/h");
    case Unit::calls_per_month:
      return tr(lang, "appels/mois", "calls/month");
  }
  return "";
}

const std::vector<ParameterKey>& parameter_keys() {
  // key, unit, label, min, max, integer (doc/formats.md#parameter-set lists the ranges)
  // clang-format off
  static const std::vector<ParameterKey> keys = {
      {"consultation_fee", Unit::euro, {"Tarif d'une consultation", "Fee of one consultation"}, 1, 1000, false},
      {"consultation_minutes", Unit::minutes, {"Durée moyenne d'une consultation", "Average length of a consultation"}, 1, 120, false},
      {"weeks_per_year", Unit::weeks, {"Semaines travaillées par an", "Weeks worked a year"}, 1, 52, false},
      {"reinvest_share", Unit::share, {"Part du temps libéré consacrée à des consultations", "Share of freed time turned into consultations"}, 0, 1, false},
      {"personal_hour_value", Unit::euro_per_hour, {"Valeur d'une heure gardée pour soi", "Value of an hour kept for oneself"}, 0, 10000, false},
      {"supervision_hours_per_week", Unit::hours_per_week, {"Supervision du personnel", "Supervising the staff"}, 0, 168, false},
      {"setup_hours", Unit::hours, {"Formation et mise en place (année 1)", "Training and set-up (year 1)"}, 0, 8760, false},
      {"horizon_years", Unit::years, {"Horizon du bilan", "Horizon of the sheet"}, 1, 10, true},
      {"doctor_hours_per_week", Unit::hours_per_week, {"Semaine de travail d'un généraliste", "Working week of a GP"}, 1, 168, false},
      {"hours_per_fte", Unit::hours_per_week, {"Heures d'un temps plein", "Hours of a full-time contract"}, 1, 48, false},
      {"smic_hourly", Unit::euro_per_hour, {"SMIC horaire brut", "Gross hourly minimum wage (SMIC)"}, 1, 1000, false},
      {"secretary_gross_monthly", Unit::euro_per_month, {"Salaire brut d'un(e) secrétaire (temps plein)", "Gross salary of a secretary (full time)"}, 1, 50000, false},
      {"secretary_employer_rate", Unit::share, {"Charges patronales d'un(e) secrétaire", "Employer charges for a secretary"}, 0, 1, false},
      {"assistant_medical_gross_monthly", Unit::euro_per_month, {"Salaire brut d'un assistant médical (temps plein)", "Gross salary of a medical assistant (full time)"}, 1, 50000, false},
      {"assistant_medical_employer_rate", Unit::share, {"Charges patronales d'un assistant médical", "Employer charges for a medical assistant"}, 0, 1, false},
      {"nurse_gross_monthly", Unit::euro_per_month, {"Salaire brut d'un infirmier (temps plein)", "Gross salary of a nurse (full time)"}, 1, 50000, false},
      {"nurse_employer_rate", Unit::share, {"Charges patronales d'un infirmier", "Employer charges for a nurse"}, 0, 1, false},
      {"provider_monthly_fee", Unit::euro_per_month, {"Télésecrétariat, forfait mensuel", "Remote secretariat, monthly fee"}, 0, 100000, false},
      {"provider_price_per_call", Unit::euro, {"Télésecrétariat, prix d'un appel", "Remote secretariat, price of a call"}, 0, 100, false},
      {"provider_base_monthly", Unit::euro_per_month, {"Télésecrétariat, part fixe mensuelle", "Remote secretariat, fixed monthly part"}, 0, 10000, false},
      {"phone_calls_per_hour", Unit::calls_per_hour, {"Appels par heure de téléphone", "Calls per hour on the phone"}, 1, 200, false},
      {"other_workstation_once", Unit::euro, {"Poste de travail d'un salarié", "An employee's workstation"}, 0, 100000, false},
      {"other_software_monthly", Unit::euro_per_month, {"Accès logiciel et agenda d'un salarié", "An employee's software and agenda access"}, 0, 10000, false},
      {"other_phone_monthly", Unit::euro_per_month, {"Poste téléphonique d'un salarié", "An employee's phone extension"}, 0, 10000, false},
      {"other_health_cover_monthly", Unit::euro_per_month, {"Mutuelle, part patronale par salarié", "Health cover, employer's share per employee"}, 0, 10000, false},
      {"other_recruitment_once", Unit::euro, {"Recrutement d'un salarié", "Recruiting an employee"}, 0, 100000, false},
      {"cnam_am_fte1_year1", Unit::euro_per_year, {"Aide CNAM assistant médical, 1 ETP, année 1", "CNAM medical assistant aid, 1 FTE, year 1"}, 0, 200000, false},
      {"cnam_am_fte1_year2", Unit::euro_per_year, {"Aide CNAM assistant médical, 1 ETP, année 2", "CNAM medical assistant aid, 1 FTE, year 2"}, 0, 200000, false},
      {"cnam_am_fte1_year3", Unit::euro_per_year, {"Aide CNAM assistant médical, 1 ETP, année 3 et suivantes", "CNAM medical assistant aid, 1 FTE, year 3 on"}, 0, 200000, false},
      {"cnam_am_fte05_year1", Unit::euro_per_year, {"Aide CNAM assistant médical, 0,5 ETP, année 1", "CNAM medical assistant aid, 0.5 FTE, year 1"}, 0, 200000, false},
      {"cnam_am_fte05_year2", Unit::euro_per_year, {"Aide CNAM assistant médical, 0,5 ETP, année 2", "CNAM medical assistant aid, 0.5 FTE, year 2"}, 0, 200000, false},
      {"cnam_am_fte05_year3", Unit::euro_per_year, {"Aide CNAM assistant médical, 0,5 ETP, année 3 et suivantes", "CNAM medical assistant aid, 0.5 FTE, year 3 on"}, 0, 200000, false},
      {"cnam_am_min_patient_list", Unit::patients, {"Aide CNAM : patientèle médecin traitant minimale", "CNAM aid: minimum médecin-traitant patient list"}, 0, 100000, true},
      {"cnam_am_growth_share", Unit::share, {"Aide CNAM : hausse de patientèle attendue", "CNAM aid: patient-list growth expected"}, 0, 1, false},
      {"cnam_am_target_year", Unit::years, {"Aide CNAM : année où l'engagement est vérifié", "CNAM aid: year the commitment is checked"}, 1, 10, true},
  };
  // clang-format on
  return keys;
}

const ParameterKey* find_parameter_key(std::string_view key) {
  for (const auto& k : parameter_keys()) {
    if (k.key == key) {
      return &k;
    }
  }
  return nullptr;
}

const ParameterValue* ParameterSet::find(std::string_view key) const {
  for (const auto& v : values) {
    if (v.key == key) {
      return &v;
    }
  }
  return nullptr;
}

const ParameterValue& ParameterSet::at(std::string_view key) const {
  const ParameterValue* v = find(key);
  if (v == nullptr) {
    throw Error(file, {}, message("E309", quote(id), quote(key)));
  }
  return *v;
}

size_t ParameterSet::estimate_count() const {
  return static_cast<size_t>(
    std::count_if(values.begin(), values.end(), [](const auto& v) { return v.estimate; }));
}

bool is_parameter_date(std::string_view text) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') {
        return false;
      }
    }
    return true;
  };
  if (text.size() == 4) {
    return digits(0, 4);
  }
  if (text.size() == 7) {
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && text[5] <= '1' &&
           !(text[5] == '0' && text[6] == '0') && !(text[5] == '1' && text[6] > '2');
  }
  return is_iso_date(text);
}

namespace {

// Reads one entry of `values`; records problems in `diags`.
std::optional<ParameterValue> read_value(const ParameterKey& key,
                                         const YAML::Node& node,
                                         Diagnostics& diags) {
  std::string what =
    fmt::format(fmt::runtime(tr_message("le paramètre {}", "parameter {}")), quote(key.key));
  yaml::MapReader r(node, diags, what);
  ParameterValue v;
  v.key = std::string(key.key);
  v.pos = r.pos();
  auto number = r.number("value", true, key.min, key.max);
  bool ok = number.has_value();
  v.value = number.value_or(0);
  YAML::Node value_node = r.at("value");
  if (ok && key.integer && v.value != static_cast<double>(static_cast<long>(v.value))) {
    diags.error(yaml::pos_of(value_node),
                message("E310", "value", what, quote(value_node.Scalar())));
    ok = false;
  }
  v.source = r.string("source", true).value_or("");
  v.date = r.string("date", true).value_or("");
  if (!v.date.empty() && !is_parameter_date(v.date)) {
    diags.error(r.pos_at("date"),
                message("E311", quote(key.key), quote(v.date)));
  }
  v.estimate = r.boolean("estimate").value_or(false);
  v.note = r.local_text("note").value_or(LocalText{});
  r.finish();
  if (!ok || !r.ok()) {
    return std::nullopt;
  }
  return v;
}

std::vector<std::string> key_names() {
  std::vector<std::string> names;
  for (const auto& k : parameter_keys()) {
    names.emplace_back(k.key);
  }
  return names;
}

void read_values(const YAML::Node& values, ParameterSet& set, Diagnostics& diags) {
  if (!values.IsMap()) {
    diags.error(
      yaml::pos_of(values),
      message("E312", yaml::describe(values)));
    return;
  }
  for (const auto& entry : values) {
    std::string key = entry.first.Scalar();
    const ParameterKey* known = find_parameter_key(key);
    if (known == nullptr) {
      diags.error(
        yaml::pos_of(entry.first),
        message("E313", quote(key), did_you_mean(key, key_names())));
      continue;
    }
    if (auto v = read_value(*known, entry.second, diags)) {
      set.values.push_back(std::move(*v));
    }
  }
  for (const auto& k : parameter_keys()) {
    if (set.find(k.key) == nullptr && !values[std::string(k.key)].IsDefined()) {
      diags.error(yaml::pos_of(values),
                  message("E314", quote(k.key), k.label.get(message_lang())));
    }
  }
}

} // namespace

std::optional<ParameterSet> parse_parameter_set(std::string_view text,
                                                const std::string& file,
                                                Diagnostics& diags) {
  size_t errors_before = diags.error_count();
  YAML::Node root = yaml::load_guarded(text, file);
  ParameterSet set;
  set.file = file;
  yaml::MapReader top(root, diags, tr_message("le jeu de paramètres", "the parameter set"));
  set.id = top.id("id", true).value_or("");
  set.title = top.local_text("title", true).value_or(LocalText{});
  YAML::Node values = top.get("values", true);
  if (values.IsDefined() && !values.IsNull()) {
    read_values(values, set, diags);
  }
  top.finish();
  if (diags.error_count() > errors_before) {
    return std::nullopt;
  }
  return set;
}

ParameterSet load_parameter_set_file(const std::string& path) {
  Diagnostics diags(path);
  auto set = parse_parameter_set(read_file(path), path, diags);
  diags.throw_if_errors();
  return std::move(*set);
}

std::string bundled_parameters_dir() {
  return find_data_dir() + "/parameters";
}

std::vector<std::string> parameter_set_ids(const std::string& dir) {
  std::vector<std::string> ids;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (dirent* entry = ::readdir(d)) {
      std::string name = entry->d_name;
      if (name.size() > 5 && name[0] != '.' && name.compare(name.size() - 5, 5, ".yaml") == 0) {
        ids.push_back(name.substr(0, name.size() - 5));
      }
    }
    ::closedir(d);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// Reads the set at `path`, turning a missing file into a positioned `Error`.
ParameterSet load_named(const std::string& path,
                        const std::string& file,
                        SourcePos pos,
                        Message what) {
  if (!is_file(path)) {
    throw Error(file, pos, std::move(what));
  }
  return load_parameter_set_file(path);
}

} // namespace

ParameterSet resolve_parameter_set(const std::string& name,
                                   const std::string& dir,
                                   const std::string& base_dir,
                                   const std::string& file,
                                   SourcePos pos) {
  if (name.find('/') != std::string::npos || ends_with(name, ".yaml") || ends_with(name, ".yml")) {
    std::string path = name.front() == '/' || base_dir.empty() ? name : base_dir + "/" + name;
    return load_named(path, file, pos, message("E315", quote(path)));
  }
  std::vector<std::string> ids = parameter_set_ids(dir);
  std::string path = dir + "/" + name + ".yaml";
  if (std::find(ids.begin(), ids.end(), name) == ids.end()) {
    throw Error(
      file,
      pos,
      message("E316",
              quote(name),
              ids.empty() ? std::string(tr_message("aucun", "none"))
                          : fmt::format("{}", fmt::join(ids, ", ")),
              did_you_mean(name, ids)));
  }
  ParameterSet set =
    load_named(path, file, pos, message("E317", quote(name)));
  if (set.id != name) {
    throw Error(path,
                {},
                message("E318", name, quote(set.id)));
  }
  return set;
}

} // namespace medtime
