// The tables of genders.h. First names: common given names in English-language news
// (the United States, Canada, Britain and Australia), written down here from general
// knowledge of which names are given mostly to men or to women; names common for both
// are left out on purpose.
#include "claims/genders.h"

#include "claims/words.h"

namespace finlens::claims {
namespace {

const WordSet& male_names() {
  static const WordSet k{
      "aaron",     "adam",     "adrian",   "ahmed",     "alan",    "albert",   "alexander",
      "alfred",    "ali",      "allen",    "alvin",     "andre",   "andrew",   "andy",
      "angus",     "anthony",  "antonio",  "arnold",    "arthur",  "barack",   "barry",
      "ben",       "benjamin", "bernard",  "bernie",    "bill",    "billy",    "bob",
      "bobby",     "brad",     "bradley",  "brandon",   "brendan", "brent",    "brett",
      "brian",     "bruce",    "bryan",    "calvin",    "carl",    "carlos",   "cedric",
      "charles",   "charlie",  "chuck",    "clarence",  "clark",   "claude",   "clifford",
      "colin",     "conor",    "craig",    "curtis",    "dale",    "dan",      "daniel",
      "danny",     "darren",   "dave",     "david",     "dean",    "dennis",   "derek",
      "dick",      "dmitry",   "don",      "donald",    "doug",    "douglas",  "duncan",
      "dylan",     "earl",     "ed",       "eddie",     "edgar",   "edward",   "elijah",
      "elon",      "emmanuel", "eric",     "ernest",    "ethan",   "eugene",   "evan",
      "felix",     "fernando", "francis",  "francisco", "frank",   "franklin", "fred",
      "frederick", "gabriel",  "gary",     "gavin",     "gene",    "geoffrey", "george",
      "gerald",    "gilbert",  "glenn",    "gordon",    "graham",  "greg",     "gregory",
      "guy",       "hank",     "harold",   "harry",     "harvey",  "hector",   "henry",
      "herbert",   "howard",   "hugh",     "hugo",      "ian",     "isaac",    "ivan",
      "jack",      "jacob",    "jake",     "james",     "jared",   "jason",    "javier",
      "jay",       "jeb",      "jeff",     "jeffrey",   "jeremy",  "jerome",   "jerry",
      "jesse",     "jim",      "jimmy",    "joe",       "joel",    "john",     "johnny",
      "jon",       "jonathan", "jorge",    "jose",      "joseph",  "josh",     "joshua",
      "juan",      "julian",   "justin",   "karl",      "keith",   "ken",      "kenneth",
      "kevin",     "kyle",     "larry",    "lawrence",  "leo",     "leon",     "leonard",
      "lewis",     "lindsey",  "lloyd",    "louis",     "luis",    "luke",     "malcolm",
      "marco",     "marcus",   "mario",    "mark",      "martin",  "marvin",   "matt",
      "matthew",   "maurice",  "max",      "michael",   "miguel",  "mike",     "mitch",
      "mitt",      "mohammed", "muhammad", "nathan",    "neil",    "nicholas", "nick",
      "nigel",     "noah",     "norman",   "oliver",    "omar",    "oscar",    "owen",
      "patrick",   "paul",     "pedro",    "peter",     "phil",    "philip",   "pierre",
      "ralph",     "ramon",    "randy",    "ray",       "raymond", "reince",   "richard",
      "rick",      "ricky",    "rob",      "robert",    "rodney",  "roger",    "roland",
      "ron",       "ronald",   "ross",     "roy",       "russell", "ryan",     "sam",
      "samuel",    "scott",    "sean",     "sergei",    "sergey",  "seth",     "shane",
      "simon",     "stanley",  "stephen",  "steve",     "steven",  "stuart",   "ted",
      "terrence",  "theodore", "thomas",   "tim",       "timothy", "todd",     "tom",
      "tommy",     "tony",     "travis",   "trevor",    "troy",    "tyler",    "victor",
      "vincent",   "vladimir", "wade",     "walter",    "warren",  "wayne",    "wesley",
      "will",      "william",  "willie",   "xi",        "zachary"};
  return k;
}

const WordSet& female_names() {
  static const WordSet k{
      "abigail",   "ada",       "adele",     "agnes",     "aisha",     "alexandra", "alice",
      "alicia",    "alison",    "allison",   "amanda",    "amber",     "amelia",    "amy",
      "ana",       "andrea",    "angela",    "angelina",  "anita",     "ann",       "anna",
      "anne",      "annie",     "april",     "audrey",    "barbara",   "beatrice",  "becky",
      "betsy",     "betty",     "beverly",   "bonnie",    "brenda",    "bridget",   "brittany",
      "camila",    "carla",     "carly",     "carmen",    "carol",     "caroline",  "carolyn",
      "catherine", "cecilia",   "charlotte", "cheryl",    "chloe",     "christina", "christine",
      "cindy",     "claire",    "clara",     "claudia",   "colleen",   "connie",    "cynthia",
      "daisy",     "deborah",   "debbie",    "debra",     "denise",    "diana",     "diane",
      "donna",     "doris",     "dorothy",   "edith",     "eileen",    "elaine",    "eleanor",
      "elena",     "elisabeth", "elizabeth", "ella",      "ellen",     "elsa",      "emily",
      "emma",      "erica",     "erin",      "esther",    "eva",       "eve",       "evelyn",
      "fiona",     "florence",  "frances",   "gabriela",  "gail",      "gina",      "gloria",
      "grace",     "gretchen",  "hannah",    "heather",   "heidi",     "helen",     "hillary",
      "holly",     "ingrid",    "irene",     "isabel",    "isabella",  "ivanka",    "jacqueline",
      "jane",      "janet",     "janice",    "jeanne",    "jennifer",  "jenny",     "jessica",
      "jill",      "joan",      "joanna",    "joanne",    "josephine", "joyce",     "judith",
      "judy",      "julia",     "julie",     "june",      "justine",   "kamala",    "karen",
      "kate",      "katherine", "kathleen",  "kathryn",   "kathy",     "katie",     "kayleigh",
      "kelly",     "kimberly",  "kristen",   "laura",     "lauren",    "leah",      "lena",
      "linda",     "lisa",      "lois",      "loretta",   "lori",      "louise",    "lucia",
      "lucy",      "lydia",     "lynn",      "madeleine", "margaret",  "maria",     "marian",
      "marie",     "marilyn",   "marina",    "marion",    "marjorie",  "martha",    "mary",
      "maureen",   "megan",     "megyn",     "melania",   "melanie",   "melissa",   "mia",
      "michelle",  "mildred",   "miriam",    "molly",     "monica",    "nancy",     "naomi",
      "natalie",   "natasha",   "nicola",    "nicole",    "nikki",     "nina",      "nora",
      "olivia",    "pamela",    "patricia",  "paula",     "pauline",   "peggy",     "penny",
      "phyllis",   "priscilla", "rachel",    "rebecca",   "regina",    "rita",      "roberta",
      "rosa",      "rose",      "rosemary",  "ruth",      "sally",     "samantha",  "sandra",
      "sara",      "sarah",     "sharon",    "sheila",    "shirley",   "sofia",     "sonia",
      "sophia",    "sophie",    "stephanie", "susan",     "susanne",   "suzanne",   "sylvia",
      "tamara",    "tammy",     "teresa",    "theresa",   "tiffany",   "tina",      "tracy",
      "ursula",    "valerie",   "vanessa",   "vera",      "veronica",  "victoria",  "virginia",
      "wanda",     "wendy",     "yvonne",    "zoe"};
  return k;
}

}  // namespace

Gender first_name_gender(std::string_view w) {
  if (male_names().contains(w)) return Gender::male;
  if (female_names().contains(w)) return Gender::female;
  return Gender::unknown;
}

Gender word_gender(std::string_view w) {
  static const WordSet kMale{"mr",          "mr.",         "sir",       "he",       "him",
                             "his",         "himself",     "spokesman", "chairman", "congressman",
                             "businessman", "father",      "son",       "husband",  "brother",
                             "grandfather", "uncle",       "nephew",    "king",     "prince",
                             "duke",        "man",         "boy",       "widower",  "actor",
                             "councilman",  "assemblyman", "anchorman", "lord",     "baron"};
  static const WordSet kFemale{
      "mrs",          "mrs.",          "ms",          "ms.",           "miss",
      "madam",        "dame",          "she",         "her",           "hers",
      "herself",      "spokeswoman",   "chairwoman",  "congresswoman", "businesswoman",
      "mother",       "daughter",      "wife",        "sister",        "grandmother",
      "aunt",         "niece",         "queen",       "princess",      "duchess",
      "lady",         "woman",         "girl",        "widow",         "actress",
      "councilwoman", "assemblywoman", "anchorwoman", "baroness"};
  if (kMale.contains(w)) return Gender::male;
  if (kFemale.contains(w)) return Gender::female;
  return Gender::unknown;
}

}  // namespace finlens::claims
