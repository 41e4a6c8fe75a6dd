#include "cost/plan.h"

namespace medtime {

namespace {

constexpr std::string_view k_roles[] = { "secretary", "assistant_medical", "nurse", "provider",
                                          "asalee",    "ipa",               "shared" };
constexpr std::string_view k_aids[] = { "none", "cnam_assistant_medical" };
constexpr std::string_view k_sectors[] = { "1", "2_optam", "2", "3", "non_conventionne" };

} // namespace

std::string_view to_string(Sector sector) {
  return k_sectors[static_cast<size_t>(sector)];
}

std::optional<Sector> parse_sector(std::string_view id) {
  for (size_t i = 0; i < std::size(k_sectors); ++i) {
    if (k_sectors[i] == id) {
      return static_cast<Sector>(i);
    }
  }
  return std::nullopt;
}

std::vector<std::string> sector_ids() {
  return { std::begin(k_sectors), std::end(k_sectors) };
}

std::string_view to_string(Role role) {
  return k_roles[static_cast<size_t>(role)];
}

std::string_view to_string(Aid aid) {
  return k_aids[static_cast<size_t>(aid)];
}

std::optional<Role> parse_role(std::string_view id) {
  for (size_t i = 0; i < std::size(k_roles); ++i) {
    if (k_roles[i] == id) {
      return static_cast<Role>(i);
    }
  }
  return std::nullopt;
}

std::optional<Aid> parse_aid(std::string_view id) {
  for (size_t i = 0; i < std::size(k_aids); ++i) {
    if (k_aids[i] == id) {
      return static_cast<Aid>(i);
    }
  }
  return std::nullopt;
}

std::vector<std::string> role_ids() {
  return { std::begin(k_roles), std::end(k_roles) };
}

std::vector<std::string> aid_ids() {
  return { std::begin(k_aids), std::end(k_aids) };
}

const char* role_label(Role role, Lang lang) {
  switch (role) {
    case Role::secretary:
      return tr(lang, "secrétaire", "secretary");
    case Role::assistant_medical:
      return tr(lang, "assistant médical", "medical assistant");
    case Role::nurse:
      return tr(lang, "infirmier", "nurse");
    case Role::provider:
      return tr(lang, "prestataire", "provider");
    case Role::asalee:
      return tr(lang, "infirmière Asalée", "Asalée nurse");
    case Role::ipa:
      return tr(lang, "infirmière en pratique avancée (IPA)", "advanced-practice nurse (IPA)");
    case Role::shared:
      return tr(lang, "salarié partagé", "shared employee");
  }
  return "?";
}

bool is_employee(Role role) {
  return role != Role::provider && !is_free_role(role);
}

bool is_direct_employee(Role role) {
  return role == Role::secretary || role == Role::assistant_medical || role == Role::nurse;
}

bool is_free_role(Role role) {
  return role == Role::asalee || role == Role::ipa;
}

const StaffMember* Plan::find_staff(std::string_view id) const {
  for (const auto& s : staff) {
    if (s.id == id) {
      return &s;
    }
  }
  return nullptr;
}

std::vector<std::string> Plan::staff_ids() const {
  std::vector<std::string> ids;
  for (const auto& s : staff) {
    ids.push_back(s.id);
  }
  return ids;
}

} // namespace medtime
