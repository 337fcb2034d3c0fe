#include "names/gazetteer.h"

#include <algorithm>
#include <bitset>
#include <unordered_set>

#include "util/lists.h"
#include "util/scan.h"

namespace finlens::names {
namespace {

constexpr const char* kKnownCompanies[] = {
#include "companies/known_companies.inc"
};

constexpr const char* kNotCompanies[] = {
#include "companies/not_companies.inc"
};

// Derived from public lists by scripts/derive_gazetteer.py; the hand-written tables win.
constexpr const char* kDerived[] = {
#include "companies/derived.inc"
};

// Capitalized function words start sentences and fill run-on lines; they never name.
constexpr std::string_view kFunction[] = {
    "The",         "A",         "An",         "In",         "On",         "At",
    "For",         "But",       "And",        "Or",         "As",         "While",
    "When",        "Where",     "If",         "Since",      "After",      "Before",
    "Under",       "With",      "By",         "From",       "Its",        "His",
    "Her",         "Their",     "Our",        "This",       "That",       "These",
    "Those",       "It",        "He",         "She",        "They",       "We",
    "I",           "What",      "How",        "Why",        "Who",        "Despite",
    "Although",    "Though",    "Meanwhile",  "Still",      "Currently",  "However",
    "Furthermore", "Moreover",  "Also",       "Yet",        "So",         "Then",
    "There",       "Here",      "Over",       "Within",     "Behind",     "Through",
    "Amid",        "Among",     "Against",    "During",     "Until",      "Once",
    "Because",     "Unlike",    "Like",       "According",  "Adding",     "Following",
    "Analysts",    "Shares",    "Investors",  "Some",       "Many",       "Most",
    "All",         "Both",      "Each",       "Every",      "No",         "Not",
    "One",         "Two",       "Three",      "Four",       "Five",       "Ten",
    "First",       "Last",      "Next",       "New",        "Other",      "Such",
    "More",        "Less",      "Mr",         "Mrs",        "Ms",         "Dr",
    "Sir",         "Last",      "Earlier",    "Later",      "Today",      "Yesterday",
    "Tomorrow",    "Now",       "Instead",    "Overall",    "Besides",    "Additionally",
    "Finally",     "Recently",  "Previously", "Similarly",  "Separately", "Concurrently",
    "Particular",  "Potential", "Long-term",  "Short-term", "Key",        "Will",
    "Would",       "Could",     "Should",     "May",        "Might",      "Can",
    "Do",          "Does",      "Did",        "Is",         "Are",        "Was",
    "Were",        "Has",       "Have",       "Had",        "Be",         "Been",
    "To",          "Of",        "Off",        "Up",         "Down",       "Out",
    "About",       "Above",     "Below",      "Into",       "Onto",       "Upon",
    "Via",         "Per",       "Without",    "Toward",     "Towards",    "Whether",
    "Which",       "Whose",     "Whom",       "Either",     "Neither",    "Nor",
    "Only",        "Even",      "Just",       "Again",      "Already",    "Ever",
    "Never",       "Always",    "Often",      "Monday",     "Tuesday",    "Wednesday",
    "Thursday",    "Friday",    "Saturday",   "Sunday",     "January",    "February",
    "March",       "April",     "June",       "July",       "August",     "September",
    "October",     "November",  "December"};

// Common first names, the evidence that a capitalized pair is a person ("Andy Wong").
constexpr std::string_view kFirstNames[] = {
    "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Alice", "Amanda", "Amy", "Andrew",
    "Andy", "Angela", "Ann", "Anna", "Anne", "Anthony", "Arthur", "Barbara", "Ben", "Benjamin",
    "Bill", "Bob", "Brad", "Brian", "Bruce", "Carl", "Carlos", "Catherine", "Charles", "Charlie",
    "Chris", "Christine", "Christopher", "Claire", "Colin", "Craig", "Dan", "Daniel", "Darren",
    "Dave", "David", "Dennis", "Diana", "Donald", "Doug", "Douglas", "Ed", "Eddie", "Edward",
    "Elizabeth", "Elon", "Emily", "Emma", "Eric", "Frank", "Fred", "Gary", "George", "Gordon",
    "Greg", "Hank", "Harry", "Helen", "Henry", "Howard", "Ian", "Jack", "Jacob", "James", "Jamie",
    "Jane", "Janet", "Jason", "Jeff", "Jeffrey", "Jennifer", "Jensen", "Jeremy", "Jerome",
    "Jessica", "Jim", "Jimmy", "Joe", "John", "Jonathan", "Joseph", "Josh", "Julia", "Julie", "Jun",
    "Karen", "Kate", "Keith", "Ken", "Kenneth", "Kevin", "Kim", "Larry", "Laura", "Lee", "Linda",
    "Lisa", "Louis", "Marc", "Margaret", "Maria", "Mark", "Martin", "Mary", "Matt", "Matthew",
    "Michael", "Michelle", "Mike", "Nancy", "Nick", "Nicholas", "Nicole", "Oliver", "Patrick",
    "Paul", "Peter", "Philip", "Phil", "Rachel", "Ralph", "Randy", "Richard", "Rick", "Rob",
    "Robert", "Roger", "Ron", "Ronald", "Ryan", "Sam", "Samuel", "Sarah", "Satya", "Scott", "Sean",
    "Sergey", "Simon", "Stephen", "Steve", "Steven", "Sundar", "Susan", "Thomas", "Tim", "Timothy",
    "Tom", "Tony", "Victor", "Vincent", "Walter", "Warren", "William", "Winston", "Young",
    "Masayoshi", "Akio", "Hiroshi", "Takeshi", "Carlos", "Lei", "Wei", "Jian", "Ming", "Hui",
    "Yong", "Jie", "Li", "Xin", "Hao", "Pony", "Robin", "Terry", "Morris", "Darson", "Jay",
    "Joanna", "Rebecca", "Sophie", "Olivia", "Hannah", "Grace", "Luke", "Adrian", "Marcus", "Jan",
    "Hans", "Klaus", "Pierre", "Jean", "Francois", "Luca", "Marco", "Giovanni", "Raj", "Rahul",
    "Mukesh", "Gautam", "Lars", "Sven", "Ahmed", "Mohammed", "Ali", "Omar", "Yuki", "Kenji",
    "Shinzo", "Fumio", "Kazuo", "Ursula", "Christine", "Janet", "Gina", "Jerome", "Joseph",
    "Kamala", "Mitch", "Nancy", "Chuck", "Ron",
    // more given names of many languages (compiled here: common names, no one in particular)
    "Abigail", "Adele", "Adriana", "Agnes", "Ahmad", "Aidan", "Aisha", "Alberto", "Alejandro",
    "Alessandro", "Alexandra", "Alexis", "Alfred", "Alfredo", "Alison", "Alistair", "Allan",
    "Allison", "Alvin", "Amber", "Amelia", "Amir", "Amit", "Ana", "Anders", "Andre", "Andrea",
    "Andreas", "Andres", "Andrés", "Angus", "Anil", "Anita", "Anjali", "Ankit", "Annie", "Antoine",
    "Antonio", "Anwar", "Arjun", "Arnold", "Arun", "Ashish", "Ashley", "Ashok", "Atsushi", "Audrey",
    "Austin", "Barry", "Beatrice", "Benoit", "Bernard", "Bernie", "Beth", "Betty", "Beverly",
    "Bjorn", "Blake", "Boris", "Brandon", "Brenda", "Brendan", "Brendon", "Brett", "Bronwyn",
    "Bryan", "Caitlin", "Calvin", "Cameron", "Camilla", "Carina", "Carla", "Carlo", "Carly",
    "Carmen", "Carol", "Caroline", "Carolyn", "Casey", "Cathy", "Cecilia", "Chad", "Charlotte",
    "Chelsea", "Cheryl", "Chloe", "Christian", "Christina", "Christoph", "Cindy", "Clara", "Clare",
    "Clark", "Claudia", "Claudio", "Clive", "Cody", "Connor", "Conrad", "Cynthia", "Dale", "Damian",
    "Damien", "Dana", "Danielle", "Darius", "Dean", "Debbie", "Deborah", "Declan", "Deepak",
    "Denis", "Denise", "Derek", "Desmond", "Diane", "Diego", "Dieter", "Dilip", "Dina", "Dmitry",
    "Dominic", "Donna", "Dorothy", "Duncan", "Dustin", "Dylan", "Eduardo", "Edwin", "Eileen",
    "Elaine", "Elena", "Eleanor", "Eli", "Elias", "Elisa", "Elise", "Ellen", "Ellie", "Elliot",
    "Emilio", "Emmanuel", "Enrico", "Enrique", "Erik", "Erika", "Erin", "Ernesto", "Esther",
    "Ethan", "Eugene", "Eva", "Evan", "Evelyn", "Ewald", "Fabio", "Faisal", "Farah", "Fatima",
    "Felipe", "Felix", "Fernando", "Fiona", "Florian", "Frances", "Francesca", "Francesco",
    "Francis", "Frederick", "Gabriel", "Gabriela", "Gareth", "Gavin", "Geoff", "Geoffrey", "Gerald",
    "Gerard", "Gerhard", "Gilbert", "Gillian", "Giorgos", "Giuseppe", "Glen", "Glenn", "Gloria",
    "Graham", "Gustavo", "Guy", "Hamid", "Harold", "Harvey", "Hassan", "Heather", "Heidi", "Heinz",
    "Helmut", "Hillary", "Holly", "Hugh", "Hugo", "Ibrahim", "Igor", "Imran", "Irene", "Iris",
    "Isaac", "Isabel", "Isabella", "Ivan", "Jackie", "Jacqueline", "Jake", "Janice", "Jasmine",
    "Javier", "Jean-Claude", "Jeanne", "Jenny", "Jeremiah", "Jerry", "Jesse", "Jill", "Joan",
    "Joao", "Joanne", "Jocelyn", "Joel", "Johan", "Johann", "Jonas", "Jordan", "Jorge", "Jose",
    "José", "Josef", "Joshua", "Joy", "Juan", "Judith", "Judy", "Jules", "Julian", "Juliet",
    "Jürgen", "Justin", "Kai", "Kamal", "Kara", "Karl", "Kathleen", "Kathryn", "Katie", "Katrin",
    "Kay", "Kazunori", "Kelly", "Kerry", "Kieran", "Kirsten", "Kristen", "Kristin", "Kurt", "Kyle",
    "Lance", "Laurence", "Lauren", "Leah", "Leon", "Leonard", "Leslie", "Lewis", "Liam", "Lillian",
    "Lindsay", "Liz", "Lloyd", "Lorenzo", "Lori", "Louise", "Lucas", "Lucia", "Lucy", "Luis",
    "Luiz", "Lydia", "Lynn", "Madeleine", "Maggie", "Mahmoud", "Malcolm", "Manuel", "Marcel",
    "Mariana", "Marie", "Marina", "Mario", "Marion", "Marisa", "Marjorie", "Marlene", "Martha",
    "Marvin", "Massimo", "Mateo", "Mathias", "Matthias", "Maureen", "Max", "Maxine", "Megan",
    "Mehmet", "Melanie", "Melissa", "Mervyn", "Mia", "Miguel", "Mikhail", "Miles", "Milton",
    "Miranda", "Miriam", "Mitchell", "Mohamed", "Mohammad", "Molly", "Monica", "Muhammad", "Murray",
    "Nadia", "Naomi", "Natalie", "Natasha", "Nathan", "Neil", "Nelson", "Neville", "Niall",
    "Nicolas", "Nigel", "Nikhil", "Nikolai", "Nina", "Noah", "Noel", "Norman", "Olga", "Oscar",
    "Owen", "Pablo", "Pamela", "Paolo", "Patricia", "Patrice", "Pedro", "Penny", "Percy", "Phyllis",
    "Piers", "Pietro", "Prakash", "Priya", "Rafael", "Rahm", "Rajesh", "Rakesh", "Ramon", "Ravi",
    "Ray", "Raymond", "Reed", "Renee", "Rhys", "Ricardo", "Rishi", "Rita", "Roberto", "Robyn",
    "Rodrigo", "Roland", "Rosa", "Rose", "Ross", "Roy", "Ruben", "Rudolf", "Rupert", "Russell",
    "Ruth", "Sabine", "Sachin", "Sally", "Salman", "Samantha", "Sandra", "Sanjay", "Sanjiv", "Sara",
    "Sasha", "Sebastian", "Sergei", "Sergio", "Seth", "Shane", "Shannon", "Sharon", "Sheila",
    "Shirley", "Silvia", "Sofia", "Sonia", "Sophia", "Stanley", "Stefan", "Stefano", "Stella",
    "Stuart", "Sudhir", "Sunil", "Suresh", "Suzanne", "Sylvia", "Tamara", "Tanya", "Tara", "Ted",
    "Teresa", "Theo", "Theresa", "Thierry", "Tiffany", "Timo", "Tina", "Tobias", "Todd", "Tomas",
    "Tommy", "Tracy", "Travis", "Trevor", "Trey", "Tyler", "Valerie", "Vanessa", "Vera", "Veronica",
    "Vicki", "Victoria", "Vijay", "Vikram", "Viktor", "Vinod", "Virginia", "Vivian", "Vladimir",
    "Wade", "Wanda", "Wayne", "Wendy", "Wesley", "Whitney", "Wilbur", "Wolfgang", "Xavier",
    "Yannis", "Yasmin", "Yusuf", "Yves", "Zachary", "Zoe", "Akira", "Haruhiko", "Hiroki", "Hiroto",
    "Kenta", "Koji", "Makoto", "Masahiro", "Naoki", "Satoshi", "Shigeru", "Shinji", "Taro",
    "Tetsuya", "Yoshihiko", "Yuji", "Chen", "Hong", "Jin", "Kang", "Min", "Seung", "Sung", "Hyun",
    "Ji", "Joon", "Kwang", "Dong", "Yoon", "Jae", "Woo", "Kofi", "Kwame", "Kwaku", "Ama", "Chidi",
    "Ngozi", "Oluwaseun", "Tunde", "Uhuru", "Cyril", "Thabo", "Sipho", "Mehdi", "Reza", "Tariq",
    "Zaid", "Yasser", "Nasser", "Khalid", "Karim", "Rami", "Ziad"};

// Legal forms, as they close a company name.
constexpr std::string_view kLegal[] = {
    "Inc",     "Inc.", "Incorporated", "Corp", "Corp.",  "Corporation", "Co",    "Co.",
    "Company", "Cos",  "Cos.",         "Ltd",  "Ltd.",   "Limited",     "plc",   "PLC",
    "Plc",     "SA",   "S.A.",         "AG",   "NV",     "N.V.",        "LLC",   "LLP",
    "LP",      "GmbH", "SE",           "SpA",  "S.p.A.", "KK",          "K.K.",  "Bhd",
    "Tbk",     "AB",   "ASA",          "Oyj",  "BV",     "B.V.",        "PLC.",  "Pte",
    "ULC",     "SAS",  "S.A.S.",       "Sarl", "Srl",    "NL",          "Berhad"};

constexpr std::string_view kCorporate[] = {
    "Group", "Holdings", "Holding", "Technology", "Technologies", "Semiconductor", "Semiconductors",
    "Motor", "Motors", "Electronics", "Electric", "Industries", "Industry", "Industrial",
    "Pharmaceutical", "Pharmaceuticals", "Airlines", "Airways", "Bank", "Bancorp", "Capital",
    "Securities", "Partners", "Ventures", "Investments", "Systems", "Networks", "Software",
    "Robotics", "Labs", "Laboratories", "Energy", "Petroleum", "Mining", "Foods", "Brands",
    "Entertainment", "Media", "Communications", "Telecom", "Telecommunications", "Financial",
    "Insurance", "Automotive", "Logistics", "Solutions", "Devices", "Microelectronics",
    "Instruments", "Therapeutics", "Biotech", "Biosciences", "Analytics", "Shipping", "Steel",
    "Chemical", "Chemicals", "Pictures", "Studios", "Games", "Manufacturing", "Enterprises",
    "Resources", "Aerospace", "Airlines", "Interactive", "Dynamics", "Materials", "Motors",
    "Retail", "Stores", "Platforms", "Semiconductor", "Microsystems", "Networks", "Broadcasting",
    "Newspapers", "Publishing", "Bancshares", "Trust", "Asset", "Management", "Advisors",
    "Advisers", "Fund", "Funds", "Equity", "Realty", "Properties", "Land", "Airline", "Automobile",
    "Auto", "Precision", "Optical", "Photonics", "Power", "Utilities", "Oil", "Gas", "Brewery",
    "Breweries", "Beverages", "Apparel", "Cosmetics", "Health", "Healthcare", "Medical",
    "Biologics", "Genomics", "Wireless", "Mobile", "Cloud", "Intelligence", "Research",
    "Consulting", "Services",
    // firms named by trade ("Maple Associates",
    // "Redline Trading", "Wellard Rural Exports")
    "Associates", "Trading", "Markets", "Finance", "Leasing", "Advisory", "Wealth", "Lending",
    "Minerals", "Metals", "Coal", "Exports", "Hotels", "Resorts", "Railways", "Exchange",
    "Bankshares", "Brothers", "Investors", "Dairy", "Farms", "Bakery", "Brewing", "Distillery",
    "Winery", "Vineyards", "Estates", "Builders", "Construction", "Contractors", "Outfitters",
    "Supplies", "Imports",
    // miners named by their ore ("Kelvar Iron", "Norland Platinum") and brokers by
    // their market ("Tarvo Futures")
    "Iron", "Platinum", "Copper", "Nickel", "Uranium", "Lithium", "Futures", "Worldwide"};

// Last words of the names of bodies that are not firms ("Ghana Revenue Authority",
// "Productivity Commission", "Labor Party"): organizations the companies stage reports
// with type other. Universities and schools are left out: the contract's companies are
// organizations that act in the market, and a university named as a professor's employer
// is not one.
constexpr std::string_view kOrgHeads[] = {
    "Authority",      "Authorities", "Commission",   "Ministry",      "Department",  "Bureau",
    "Administration", "Council",     "Committee",    "Board",         "Association", "Federation",
    "Foundation",     "Society",     "Union",        "Party",         "Court",       "Police",
    "Office",         "Chamber",     "Agency",       "Confederation", "Alliance",    "Coalition",
    "Institute",      "Tribunal",    "Parliament",   "Assembly",      "Senate",      "Treasury",
    "Secretariat",    "Directorate", "Inspectorate", "Regulator",     "Ombudsman",   "Guild",
    "Consortium",     "Forum",       "Organisation", "Organization",  "Cooperative", "Co-operative",
    "Service",        "Registry",    "Embassy"};

// Words that name what a body deals with: they carry a name on past "and" ("Chamber of
// Commerce and Industry", "Competition and Consumer Commission"), where another name
// would not ("Bank of America and Citigroup").
constexpr std::string_view kDomainWords[] = {
    "Industry",    "Industries",     "Commerce",    "Trade",      "Finance",    "Development",
    "Planning",    "Investment",     "Investments", "Energy",     "Mines",      "Mining",
    "Agriculture", "Health",         "Welfare",     "Labour",     "Labor",      "Employment",
    "Transport",   "Infrastructure", "Environment", "Security",   "Justice",    "Affairs",
    "Services",    "Science",        "Technology",  "Innovation", "Tourism",    "Culture",
    "Education",   "Fisheries",      "Forestry",    "Resources",  "Insurance",  "Pensions",
    "Consumer",    "Consumers",      "Markets",     "Exchange",   "Statistics", "Revenue",
    "Customs",     "Communications", "Media",       "Research",   "Social",     "Economic",
    "Monetary",    "Fiscal",         "Banking",     "Securities", "Futures",    "Housing",
    "Urban",       "Rural",          "Regional",    "Water",      "Power",      "Defence",
    "Defense",     "Immigration",    "Taxation",    "Audit",      "Accounts",   "Competition",
    "Cooperation", "Co-operation",   "Commercial",  "Industrial", "Residential"};

// Adjectives of nationality and region that open the names of national bodies
// ("Australian Federal Police", "Indian Banks' Association"): kept at a name's start when
// its last word is a head word.
constexpr std::string_view kDemonyms[] = {
    "American",      "Australian", "British",   "Canadian",   "Chinese",   "European",  "French",
    "German",        "Indian",     "Irish",     "Italian",    "Japanese",  "Korean",    "Mexican",
    "Russian",       "Scottish",   "Spanish",   "Swiss",      "Swedish",   "Dutch",     "Belgian",
    "Austrian",      "Polish",     "Greek",     "Turkish",    "Israeli",   "Saudi",     "Emirati",
    "Egyptian",      "Nigerian",   "Kenyan",    "Ghanaian",   "African",   "Asian",     "Brazilian",
    "Argentine",     "Chilean",    "Colombian", "Peruvian",   "Norwegian", "Danish",    "Finnish",
    "Portuguese",    "Czech",      "Hungarian", "Romanian",   "Ukrainian", "Pakistani", "Malaysian",
    "Singaporean",   "Indonesian", "Thai",      "Vietnamese", "Filipino",  "Taiwanese", "Arab",
    "Welsh",         "English",    "Zambian",   "Ugandan",    "Tanzanian", "Ethiopian", "Moroccan",
    "International", "National",   "Federal",   "Royal",      "Central"};

// A name's words as the matcher sees them: spaces single, a final possessive dropped
// ("Moody's" → "Moody"), an inner one kept ("Moody's Investors Service", "Standard & Poor's
// 500": longest_at reads across it).
std::string key_of(std::string_view name) {
  std::string k;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    std::string_view w = name.substr(i, j - i);
    std::size_t rest = j;
    while (rest < name.size() && name[rest] == ' ') ++rest;
    const bool last = rest >= name.size();
    if (last && w.size() > 2 && (w.substr(w.size() - 2) == "'s")) w.remove_suffix(2);
    const bool curly = w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s";
    if (last && curly) w.remove_suffix(4);
    if (!w.empty()) {
      if (!k.empty()) k += ' ';
      if (!last && curly) {
        k += w.substr(0, w.size() - 4);
        k += "'s";
      } else {
        k += w;
      }
    }
    i = j;
  }
  return k;
}

}  // namespace

std::string_view as_prose(std::string_view w, std::string& buf) {
  if (w.size() < 2 || !util::is_upper(w[0])) return w;
  for (char c : w) {
    if (util::is_lower(c)) return w;
  }
  buf.assign(w);
  for (std::size_t i = 1; i < buf.size(); ++i) {
    if (util::is_upper(buf[i])) buf[i] = static_cast<char>(buf[i] - 'A' + 'a');
  }
  return buf;
}

namespace {

// A word list as a hash set, built once: the recognizers ask several times a word.
class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::string_view (&list)[N]) : words_(std::begin(list), std::end(list)) {
    for (std::string_view w : list) shapes_.set(shape(w));
  }
  // (a word whose first byte and length no listed word has needs no hash: most words)
  bool has(std::string_view w) const { return shapes_.test(shape(w)) && words_.count(w) > 0; }
  // The lists name words as prose writes them; wire headlines write them in capitals
  // ("GREASE MONKEY HOLDING CORP"), and those count too.
  bool has_any_case(std::string_view w) const {
    if (has(w)) return true;
    std::string buf;
    const std::string_view p = as_prose(w, buf);
    return p.data() != w.data() && has(p);
  }

 private:
  // util::word_shape: 1 KB a set
  static std::size_t shape(std::string_view w) { return util::word_shape(w); }
  std::unordered_set<std::string_view> words_;
  std::bitset<256 * 32> shapes_;
};

// The set of one list, built at its first use.
template <const auto& List>
const WordSet& set_of() {
  static const WordSet s(List);
  return s;
}

}  // namespace

bool legal_form(std::string_view w) { return set_of<kLegal>().has_any_case(w); }
bool corporate_word(std::string_view w) { return set_of<kCorporate>().has_any_case(w); }
bool org_head(std::string_view w) { return set_of<kOrgHeads>().has_any_case(w); }
bool demonym(std::string_view w) { return set_of<kDemonyms>().has(w); }
bool domain_word(std::string_view w) { return set_of<kDomainWords>().has(w); }

const Gazetteer& Gazetteer::get() {
  static const Gazetteer g;
  return g;
}

Gazetteer::Gazetteer() {
  for (const char* line : kKnownCompanies) add(line);
  for (const char* line : kNotCompanies) add(line);
  for (const char* line : kDerived) add(line);
  for (std::string_view f : kFunction) function_words_.insert(f);
  for (std::string_view f : function_words_) function_shapes_.set(util::word_shape(f));
  for (std::string_view f : kFirstNames) first_names_.insert(f);
}

void Gazetteer::add(const char* line) {
  std::string_view s(line);
  if (s.size() < 3 || s[1] != '|') return;
  const Known kind = static_cast<Known>(s[0]);
  s.remove_prefix(2);
  const int index = static_cast<int>(entries_.size());
  bool first = true;
  while (!s.empty()) {
    const std::size_t bar = s.find('|');
    const std::string_view name = s.substr(0, bar);
    if (first) entries_.push_back({kind, std::string(name)});
    first = false;
    const std::string key = key_of(name);
    if (!key.empty() && key.size() < name.size() &&
        (name.substr(name.size() - 2) == "'s" || name.substr(name.size() - 2) == "\x99s"))
      with_s_.insert(key);
    // "Vel-Mara" is also read where text rejoined from tokens writes "Vel - Mara" (the words
    // join with a space then: Words::joins)
    std::string spaced = key;
    for (std::size_t k = 1; k + 1 < spaced.size(); ++k) {
      if (spaced[k] == '-' && util::is_ascii_alpha(spaced[k - 1]) && util::is_upper(spaced[k + 1]))
        spaced[k] = ' ';
    }
    const std::string* forms[2] = {&key, &spaced};
    for (int f = 0; f < 2; ++f) {
      const std::string& form = *forms[f];
      if (form.empty() || (f == 1 && spaced == key)) continue;
      // the first list to name a form keeps it: companies before non-companies
      auto [it, added] = names_.emplace(form, index);
      std::size_t words = 1;
      for (char c : form) words += c == ' ';
      if (words > max_words_) max_words_ = words;
      // views into the map's own keys: nodes never move, so the views stay valid
      const std::string_view stored = it->first;
      // the first word as Words reads it: without a possessive ending ("Moody's Investors")
      std::string_view head = stored.substr(0, stored.find(' '));
      if (head.size() > 2 && head != stored && head.substr(head.size() - 2) == "'s")
        head.remove_suffix(2);
      std::size_t& opening = first_words_[head];
      starts_.set(start_of(head));
      constexpr std::size_t kMost = (std::size_t{1} << kMostBits) - 1;
      if (words > (opening & kMost)) opening = (opening & ~kMost) | words;
      if (words == 1)  // (head is the whole form then)
        opening = (opening & kMost) | (static_cast<std::size_t>(it->second) + 1) << kMostBits;
      if (added && kind == Known::word) function_words_.insert(stored);
    }
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
}

KnownHit Gazetteer::longest_at(const Words& w, std::size_t i) const {
  KnownHit best;
  // most words start no known name: one lookup settles it
  const std::string_view word = w.str(i);
  if (word.empty() || !starts_.test(start_of(word))) return best;
  auto first = first_words_.find(word);
  if (first == first_words_.end()) return best;
  // the word alone, answered by first_words_: most hits are of one word
  if (const std::size_t alone = first->second >> kMostBits; alone > 0)
    best = {1, static_cast<int>(alone - 1)};
  const std::size_t most = first->second & ((std::size_t{1} << kMostBits) - 1);
  if (most < 2 || i + 1 >= w.size()) return best;
  std::string key(word);
  for (std::size_t k = 1; k < most && i + k < w.size(); ++k) {
    if (!w.joins(i + k - 1, key)) break;
    key += w.str(i + k);
    auto it = names_.find(key);
    if (it != names_.end()) best = {k + 1, it->second};
  }
  return best;
}

bool Gazetteer::common_word(std::string_view word) const {
  return function_shapes_.test(util::word_shape(word)) && function_words_.count(word) > 0;
}

bool Gazetteer::function_word(std::string_view word) const { return set_of<kFunction>().has(word); }

bool Gazetteer::first_name(std::string_view word) const { return first_names_.count(word) > 0; }

}  // namespace finlens::names
