"""Word lists shared by the name finder and the quote attributor: titles and roles, speech
verbs, pronouns, organisation cues and a small gazetteer of places.

Data only, one place each; extend the lists rather than adding special cases to the rules.
"""

from __future__ import annotations

from . import timewords

# --- People -----------------------------------------------------------------------------

# Capitalised words that make the span before a name a title or role ("Russian Foreign
# Minister Sergey Lavrov", "Sen. Claire McCaskill"). Lower-cased, without the final period.
TITLES = frozenset({
    "president", "vice", "senator", "sen", "rep", "representative", "congressman",
    "congresswoman", "gov", "governor", "mayor", "secretary", "minister", "premier",
    "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice", "dr",
    "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "general", "gen", "adm", "admiral",
    "col", "colonel", "lt", "capt", "captain", "sgt", "sergeant", "maj", "major", "cmdr",
    "commander", "chairman", "chairwoman", "chair", "chief", "speaker", "leader", "ceo",
    "director", "ambassador", "attorney", "sheriff", "officer", "spokesman", "spokeswoman",
    "spokesperson", "rev", "reverend", "bishop", "cardinal", "rabbi", "imam", "sir", "dame",
    "lord", "lady", "sheikh", "ayatollah", "emir", "sultan", "hon", "atty", "supt", "det",
    "insp", "inspector", "superintendent", "coach", "nominee", "candidate", "founder",
    "commissioner", "councilman", "councilwoman", "assemblyman", "assemblywoman", "delegate",
    "treasurer", "whip", "deputy", "envoy", "czar", "pres", "sec", "chmn", "rabbi",
    "undersecretary", "recorder", "clerk", "auditor", "comptroller", "controller",
    "administrator", "coroner", "marshal", "magistrate", "alderman", "selectman", "trustee",
})
# Titles of address: a name always follows them ("Mr. King").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
# Capitalised words that may come before a title inside the role ("Former US President").
ROLE_MODIFIERS = frozenset({
    "former", "ex", "acting", "interim", "deputy", "assistant", "associate", "senior", "junior",
    "foreign", "defense", "defence", "prime", "first", "state", "federal", "national", "general",
    "majority", "minority", "house", "senate", "democratic", "republican", "executive", "chief",
    "supreme", "lieutenant", "attorney", "vice", "then", "late", "incoming", "outgoing",
    "elect", "oversight", "judiciary", "intelligence", "finance", "interior", "press",
    "campaign", "party", "presidential", "panel", "committee", "county", "city",
    "operating", "financial", "technology", "marketing", "communications", "civilian",
    "undersecretary", "under",
})
# Lower-case words for what a person is or does ("pollster Pat Caddell", "the Russian
# president"): evidence that a name is a person, and role nouns to resolve speakers.
ROLE_NOUNS = frozenset({
    "president", "senator", "congressman", "congresswoman", "representative", "governor",
    "mayor", "secretary", "minister", "premier", "chancellor", "king", "queen", "prince",
    "princess", "pope", "judge", "justice", "general", "admiral", "colonel", "captain",
    "chairman", "chairwoman", "chair", "chief", "speaker", "leader", "director", "ambassador",
    "attorney", "lawyer", "spokesman", "spokeswoman", "spokesperson", "sheriff", "officer",
    "official", "pollster", "host", "anchor", "analyst", "strategist", "adviser", "advisor",
    "aide", "professor", "economist", "candidate", "nominee", "businessman", "businesswoman",
    "billionaire", "mogul", "founder", "executive", "ceo", "manager", "commissioner",
    "prosecutor", "detective", "inspector", "author", "writer", "journalist", "reporter",
    "columnist", "editor", "historian", "scientist", "researcher", "doctor", "surgeon",
    "physician", "activist", "organizer", "organiser", "consultant", "lobbyist", "operative",
    "surrogate", "rival", "opponent", "challenger", "incumbent", "lawmaker", "legislator",
    "politician", "diplomat", "envoy", "commander", "soldier", "veteran", "coach", "player",
    "actor", "actress", "singer", "star", "comedian", "rapper", "musician", "artist",
    "premier", "monarch", "dictator", "strongman", "ruler", "mogul", "tycoon", "heir",
    "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow",
    "student", "teacher", "pastor", "priest", "bishop", "cleric", "rabbi", "imam",
    "delegate", "congressmember", "councilman", "councilwoman", "whip", "treasurer",
    "mp", "chancellor", "correspondent", "commentator", "critic", "expert", "investor",
    "entrepreneur", "economist", "psychologist", "sociologist", "attorney-general",
    "vice-president", "frontrunner", "front-runner", "standard-bearer", "contender",
    "hopeful", "nominee", "secretary-general", "man", "woman", "boy", "girl", "lady",
    "partner", "friend", "colleague", "associate", "narrator", "announcer", "questioner",
    "source", "scholar", "expert", "professor", "fellow", "member", "resident", "voter",
})
# Role words that show the person's gender.
MALE_WORDS = frozenset({
    "mr", "he", "him", "his", "himself", "king", "prince", "sir", "lord", "congressman",
    "chairman", "spokesman", "businessman", "councilman", "assemblyman", "father", "husband",
    "son", "brother", "man", "boy", "actor", "emir", "sultan", "sheikh",
})
FEMALE_WORDS = frozenset({
    "mrs", "ms", "miss", "she", "her", "hers", "herself", "queen", "princess", "dame", "lady",
    "congresswoman", "chairwoman", "spokeswoman", "businesswoman", "councilwoman",
    "assemblywoman", "mother", "wife", "daughter", "sister", "widow", "woman", "girl",
    "actress",
})
# Common given names, as evidence that an unknown two-word name is a person and of gender.
MALE_NAMES = frozenset("""
aaron adam alan albert alex alexander alexei andrew andy anthony antonio arthur barack ben
benjamin bernie bill billy bob bobby brad brandon brian bruce bryan carl carlos charles
charlie chris christopher chuck cory craig dan daniel dave david dennis dick dmitry don
donald doug douglas dwight ed eddie edward elijah emmanuel eric evan frank fred gary george
gerald greg gregory harry henry hugh ian jack jacob jake james jason jeb jeff jeffrey jerry
jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin keith
ken kenneth kevin kurt larry lee leon louis luis marco mark martin matt matthew michael
mike mitch mitt mohammed muhammad nathan newt nicholas nick oliver osama patrick paul
pete peter phil philip ralph randy ray raymond reince richard rick rob robert roger ron
ronald roy rudy russ ryan sam samuel scott sean sergei sergey stephen steve steven ted
terry thomas tim timothy todd tom tony usama victor vladimir walter wayne william xi
yuri zach
""".split())
FEMALE_NAMES = frozenset("""
abby alice alicia amanda amy andrea angela ann anna anne barbara betsy betty beverly
carly carol caroline catherine cheryl christine claire colleen cynthia dana deborah debbie
diana diane donna dorothy elizabeth ellen emily emma erin eva gennifer gloria hannah heather
heidi helen hillary huma ivana ivanka jane janet jennifer jessica jill joan joanne jodi
judith judy julia julie karen kate katherine kathleen kathy kelly kellyanne kim kimberly
laura lauren linda lisa lois lori louise lynn madeleine maria marie marilyn martha mary
megyn melania melissa michelle monica nancy natalie nicole nikki olivia pam pamela patricia
patty paula rachel rebecca rosa rose ruth sally samantha sandra sara sarah sharon shirley
sophia stephanie susan suzanne tammy teresa theresa tiffany tulsi valerie vanessa virginia
wendy
""".split())

# Party words that end a role before a name ("Missouri Republican Roy Blunt") and, in the
# plural, name a group ("Senate Democrats").
PARTIES = frozenset({"republican", "democrat", "democratic", "libertarian", "independent"})
PARTY_MEMBERS = frozenset({"republicans", "democrats", "libertarians", "independents",
                           "conservatives", "liberals", "progressives"})

# Lower-case words that sit inside or in front of names ("Osama bin Laden", "de Blasio").
PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "del", "della", "di", "da",
                       "van", "von", "der", "den", "ter", "le", "la", "du", "dos", "das"})

PERSON_PRONOUNS = frozenset({"he", "she", "they"})
# Words that never name a speaker themselves: the quoted person speaking of themselves.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

# --- Speech ------------------------------------------------------------------------------

# Verbs that introduce or follow reported speech, as the lemma's inflected forms.
SPEECH_VERBS = frozenset("""
say says said saying tell tells told telling ask asks asked asking add adds added adding
write writes wrote writing written note notes noted noting explain explains explained
explaining argue argues argued arguing claim claims claimed claiming insist insists insisted
insisting state states stated stating declare declares declared declaring continue continues
continued continuing recall recalls recalled recalling acknowledge acknowledges acknowledged
acknowledging admit admits admitted admitting warn warns warned warning call calls called
calling describe describes described describing tweet tweets tweeted tweeting reply replies
replied replying respond responds responded responding answer answers answered answering
suggest suggests suggested suggesting urge urges urged urging predict predicts predicted
predicting promise promises promised promising vow vows vowed vowing stress stresses
stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasised
concede concedes conceded conceding complain complains complained complaining joke jokes
joked joking quip quips quipped quipping remark remarks remarked remarking observe observes
observed observing announce announces announced announcing report reports reported
reporting cite cites cited citing propose proposes proposed proposing term terms termed
dub dubs dubbed label labels labeled labelled brand branded mock mocks mocked mocking
shout shouts shouted shouting yell yells yelled chant chants chanted chanting sing sings
sang singing read reads reading post posts posted posting testify testified testifies
assert asserts asserted asserting contend contends contended maintain maintains maintained
counter counters countered counter concluded conclude concludes agree agrees agreed agreeing
accuse accuses accused accusing charge charges charged blast blasts blasted slam slams
slammed criticize criticizes criticized criticise criticised deny denies denied denying
boast boasts boasted boasting pledge pledges pledged lament laments lamented demand demands
demanded demanding wonder wonders wondered wondering muse mused mutter muttered whisper
whispered scream screamed cry cried interject interjected retort retorted quote quoted
quoting tout touts touted praise praises praised hail hails hailed thank thanked
reaffirm reaffirms reaffirmed reaffirming reiterate reiterates reiterated reiterating
confirm confirms confirmed confirming
recount recounts recounted caution cautions cautioned advise advised insisted added
explain write texted emailed messaged wrote scolded scold scolds seethed seethe liken
likens likened compare compares compared dismiss dismisses dismissed attack attacks attacked
condemn condemns condemned denounce denounces denounced dub insist rate rates rated rule rules
ruled conclude concluding find finds found decry decries decried chime chimed exclaim
exclaimed proclaim proclaims proclaimed commented commenting
""".split())
# Nouns for something said, whose owner is the speaker of the content that follows
# ("Trump’s claim that …").
CUE_NOUNS = frozenset({"claim", "claims", "statement", "statements", "remark", "remarks",
                       "comment", "comments", "words", "assertion", "promise", "pledge",
                       "tweet", "tweets", "message", "argument", "warning", "suggestion",
                       "accusation", "insistence", "contention", "prediction", "vow"})
# The plain verbs of saying: enough to show that a lone capitalised word is a person.
SAYING = frozenset({"said", "says", "told", "tells", "added", "asked", "asks", "wrote",
                    "writes", "noted", "explained", "argued", "recalled", "replied", "tweeted",
                    "insisted", "continued", "acknowledged", "admitted", "warned", "stated"})
# Two-word cues whose first word alone says nothing ("as The New Yorker put it", "Trump
# went on about"); "according to" and "quoted as saying" are read word by word.
SPEECH_PHRASES = frozenset({("put", "it"), ("puts", "it"), ("went", "on"), ("goes", "on"),
                            ("go", "on"), ("going", "on")})

# --- Organisations ----------------------------------------------------------------------

# A capitalised span ending in one of these names an organisation ("National Security
# Archive", "Acme Corp."); "of"/"for" may follow them inside the name ("Bank of America").
ORG_CUES = frozenset({
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "holdings",
    "university", "college", "school", "academy", "institute", "institution", "archive",
    "archives", "ministry", "department", "dept", "agency", "bureau", "office", "service",
    "services", "council", "committee", "commission", "board", "authority", "administration",
    "party", "union", "association", "federation", "league", "society", "foundation", "fund",
    "trust", "bank", "court", "congress", "parliament", "assembly", "senate", "house",
    "caucus", "campaign", "center", "centre", "museum", "library", "hospital", "church",
    "network", "news", "times", "post", "journal", "magazine", "press", "media", "tribune",
    "herald", "gazette", "telegraph", "guardian", "review", "daily", "weekly", "radio",
    "television", "tv", "channel", "airlines", "airways", "motors", "industries", "systems",
    "technologies", "partners", "capital", "energy", "organization", "organisation",
    "forces", "army", "navy", "police", "guard", "coalition", "alliance", "movement",
    "front", "brigade", "club", "team", "project", "initiative", "watch", "reuters",
    "pac", "cabinet", "secretariat", "directorate", "command", "corps", "healthcare",
    "health", "pharmaceuticals", "resources", "mining", "coal", "oil", "steel", "foods",
    "labs", "ventures", "investments", "properties", "realty", "electric", "insurance",
    "communications", "telecom", "logistics", "solutions", "consulting", "entertainment",
    "studios", "pictures", "records", "brands", "stores", "bancorp", "financial",
    "securities", "advisors", "mortgage", "hotel", "hotels", "resorts", "tower", "towers",
    "force", "aircraft", "aerospace", "airways", "motors", "automotive", "com",
})
# Organisation cue words that start a name and take "of"/"for" ("University of Chicago").
ORG_HEADS = frozenset({
    "university", "college", "school", "institute", "ministry", "department", "bank",
    "council", "committee", "commission", "board", "bureau", "office", "church", "museum",
    "federation", "association", "league", "society", "house", "court", "chamber", "union",
    "center", "centre", "academy", "federal", "people's", "party", "friends", "daughters",
    "sons", "organization", "organisation", "secretary", "conference", "army", "republic",
})
# Names known to be organisations though no cue word shows it.
ORGANISATIONS = frozenset({
    "nato", "un", "eu", "fbi", "cia", "nsa", "kgb", "fsb", "gop", "dnc", "rnc", "cnn", "msnbc",
    "bbc", "nbc", "abc", "cbs", "pbs", "npr", "ap", "afp", "opec", "who", "imf", "wto",
    "kremlin", "pentagon", "white house", "congress", "senate", "al-qaeda", "al qaeda",
    "al-qaida", "taliban", "isis", "isil", "hamas", "hezbollah", "google", "facebook",
    "twitter", "apple", "microsoft", "amazon", "breitbart", "politico", "reuters",
    "bloomberg", "fox news", "united nations", "european union", "supreme court", "vatican",
    "nasa", "epa", "irs", "sec", "fec", "doj", "dhs", "gao", "naacp", "aclu", "interpol",
    "house", "islamic state", "pentagon",
})
# Capitalised words that end a name of a law, event or work rather than a named thing.
OTHER_CUES = frozenset({
    "act", "bill", "law", "treaty", "accord", "accords", "amendment", "doctrine", "plan",
    "meeting", "summit", "conference", "war", "revolution", "election", "elections",
    "debate", "day", "week", "games", "olympics", "cup", "award", "prize", "memorandum",
    "report", "program", "programme", "strategy", "initiative", "convention", "forum",
    "bowl", "series", "festival", "christmas", "flight", "show", "podcast",
})

# --- Places ------------------------------------------------------------------------------

# Other names for the same place; the value is the name used for the entity.
PLACE_ALIASES = {
    "us": "United States", "u.s": "United States", "u.s.": "United States",
    "usa": "United States", "u.s.a": "United States", "u.s.a.": "United States",
    "america": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "u.k": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "d.c": "Washington", "d.c.": "Washington", "washington, d.c.": "Washington",
    "n.c.": "North Carolina", "s.c.": "South Carolina", "n.y.": "New York", "n.j.": "New Jersey",
    "n.h.": "New Hampshire", "n.m.": "New Mexico", "n.d.": "North Dakota", "s.d.": "South Dakota",
    "w.va.": "West Virginia", "va.": "Virginia", "calif.": "California", "fla.": "Florida",
    "ussr": "Soviet Union", "uae": "United Arab Emirates",
}
COUNTRIES = frozenset("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
botswana brazil brunei bulgaria burkina burma burundi cambodia cameroon canada chad chile
china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador
egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu
uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe chechnya
crimea tibet scotland wales england
""".split()) | frozenset({
    "united states", "united kingdom", "south africa", "south korea", "north korea",
    "new zealand", "saudi arabia", "sri lanka", "costa rica", "el salvador", "sierra leone",
    "south sudan", "ivory coast", "czech republic", "dominican republic", "soviet union",
    "united arab emirates", "papua new guinea", "east timor", "puerto rico", "hong kong",
    "west bank", "gaza strip", "gaza", "vatican city",
})
US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
})
CITIES = frozenset({
    "moscow", "washington", "london", "paris", "berlin", "beijing", "tokyo", "kyiv", "kiev",
    "new york city", "los angeles", "chicago", "houston", "philadelphia", "phoenix",
    "san antonio", "san diego", "dallas", "san francisco", "boston", "seattle", "denver",
    "atlanta", "miami", "detroit", "baltimore", "cleveland", "pittsburgh", "charlotte",
    "orlando", "las vegas", "new orleans", "st. louis", "minneapolis", "milwaukee",
    "cincinnati", "nashville", "portland", "austin", "sacramento", "tampa", "raleigh",
    "richmond", "columbus", "indianapolis", "brooklyn", "manhattan", "queens", "bronx",
    "rome", "madrid", "barcelona", "lisbon", "dublin", "brussels", "amsterdam", "vienna",
    "prague", "warsaw", "budapest", "athens", "istanbul", "ankara", "tehran", "baghdad",
    "damascus", "aleppo", "beirut", "jerusalem", "tel aviv", "cairo", "riyadh", "dubai",
    "doha", "kabul", "islamabad", "karachi", "delhi", "new delhi", "mumbai", "seoul",
    "pyongyang", "shanghai", "hong kong", "taipei", "manila", "jakarta", "bangkok", "hanoi",
    "sydney", "melbourne", "toronto", "montreal", "ottawa", "vancouver", "mexico city",
    "havana", "caracas", "bogota", "lima", "santiago", "buenos aires", "rio de janeiro",
    "sao paulo", "brasilia", "nairobi", "lagos", "johannesburg", "cape town", "geneva",
    "zurich", "stockholm", "oslo", "copenhagen", "helsinki", "minsk", "tbilisi", "grozny",
    "st. petersburg", "saint petersburg", "sochi", "mosul", "raqqa", "benghazi", "tripoli",
    "davos", "brussels", "strasbourg", "frankfurt", "munich", "hamburg", "milan", "naples",
    "kremlin", "ferguson", "flint", "charleston", "kenansville", "tulsa", "springfield",
})
REGIONS = frozenset({
    "north caucasus", "caucasus", "middle east", "near east", "far east", "balkans",
    "europe", "asia", "africa", "latin america", "south america", "north america",
    "central america", "central asia", "east asia", "southeast asia", "south asia",
    "eastern europe", "western europe", "scandinavia", "siberia", "arctic", "antarctica",
    "persian gulf", "gulf", "mediterranean", "baltic", "baltics", "pacific", "atlantic",
    "midwest", "south", "west coast", "east coast", "new england", "silicon valley",
    "wall street", "capitol hill", "sahel", "donbas", "donbass", "kashmir", "kurdistan",
    "sinai", "golan heights", "west bank", "appalachia", "rust belt", "sun belt",
})
# Words after a capitalised span that make it a place ("Dade County", "Hudson River").
PLACE_CUES = frozenset({
    "county", "province", "state", "city", "river", "valley", "mountains", "mountain",
    "island", "islands", "lake", "sea", "ocean", "bay", "gulf", "peninsula", "region",
    "district", "square", "street", "avenue", "park", "airport", "beach", "heights",
    "township", "parish", "borough", "village",
})
# First words of place names ("Fort Wayne", "San Jose", "Mount Vernon").
PLACE_HEADS = frozenset({"fort", "port", "mount", "mt", "lake", "saint", "san", "santa", "los",
                         "las", "el", "cape", "point"})
# Words that turn a place name into a region ("North Caucasus", "Eastern Europe").
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "central", "northeast", "northwest", "southeast", "southwest"})

# --- Not names ---------------------------------------------------------------------------

# The weekday names are the calendar's (timewords), in one place.
WEEKDAYS = frozenset(timewords.WEEKDAYS)
# Capitalised words that are not names by themselves: sentence openers, calendar words,
# demonyms and parties used as adjectives.
# Month names that are also given names: before a surname they are a person's ("Jan Brewer",
# "April Ryan", "June Carter"), not a date.
GIVEN_NAME_MONTHS = frozenset({"jan", "april", "may", "june", "august"})
NOT_NAMES = frozenset("""
a an the this that these those there here it its he she they we i you his her their our my
your him them us me who what when where why how which whose whom if but and or nor so yet
for of in on at to by from with without about after before since until while during as
than then also however meanwhile still earlier later now today yesterday tomorrow tonight
according following despite although though because instead perhaps maybe indeed thus
hence therefore moreover furthermore besides otherwise nonetheless nevertheless yes no not
all some many most much more less few several both each every any none one two three four
five six seven eight nine ten first second third last next other another such only even
just like unlike among between under over into onto upon within through throughout across
against along around behind below beneath beside beyond near off out outside inside past
per via whether either neither do does did is are was were be been being has have had will
would shall should can could may might must let mr mrs ms dr st
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec
american americans russian russians british chinese french german germans european
europeans african asian arab arabs israeli israelis iranian iraqi syrian ukrainian
ukrainians mexican mexicans canadian japanese korean indian pakistani afghan muslim
muslims christian christians jewish jews catholic catholics protestant islamic islamist
islamists democrat democrats republican republicans democratic liberal liberals
conservative conservatives soviet western eastern northern southern western sunni shia
shiite kurdish latino latinos hispanic hispanics black white asian evangelical evangelicals
god lord internet web black white police officials authorities protesters demonstrators
critics supporters witnesses sources experts analysts residents voters aides advisers
officers lawmakers leaders members others everyone someone nobody people investigators
please rather thanks thank okay ok well oh yes sure
prosecutors observers organizers students parents teachers workers doctors scientists
""".split())
# Nationality adjectives at the front of a role ("Russian President"): the country they name.
DEMONYMS = {
    "american": "United States", "us": "United States", "u.s.": "United States",
    "russian": "Russia", "british": "United Kingdom", "chinese": "China", "french": "France",
    "german": "Germany", "ukrainian": "Ukraine", "iranian": "Iran", "iraqi": "Iraq",
    "israeli": "Israel", "syrian": "Syria", "turkish": "Turkey", "japanese": "Japan",
    "mexican": "Mexico", "canadian": "Canada", "indian": "India", "italian": "Italy",
    "spanish": "Spain", "polish": "Poland", "korean": "Korea", "saudi": "Saudi Arabia",
}
