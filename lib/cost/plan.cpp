#include "cost/plan.h"

namespace medtime {

namespace {

constexpr std::string_view k_roles[] = { "secretary", "assistant_medical", "nurse", "provider" };
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
  }
  return "?";
}

bool is_employee(Role role) {
  return role != Role::provider;
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
