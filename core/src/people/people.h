// Stage 3c: people. A run of capitalized words is a person when the text says so: a
// title before it ("founder Jack Ma", "Hon Hai chairman Young Liu"), a role after it
// ("Wu, CEO of Alibaba"), a common first name ("Andy Wong"), or a Chinese name in
// brackets after a two-word name ("Alex Yao (姚橙)"). Later surname-only mentions
// ("Ma", "Trump") join the person.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "names/words.h"

namespace finlens::people {

struct Mention {
  std::uint32_t start = 0;  // norm bytes
  std::uint32_t end = 0;
};

struct RoleFound {
  std::string title;
  Mention organization;  // where the text names the organization; {0,0} when it does not
};

struct Person {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<Mention> mentions;
  std::vector<RoleFound> roles;
};

struct Result {
  std::vector<Person> people;
  std::vector<bool> person_word;  // per word of Words: part of a person's mention
};

Result find(const names::Words& words);

// A word that titles a person ("CEO", "chairman", "analyst").
bool title_word(std::string_view w);

}  // namespace finlens::people
