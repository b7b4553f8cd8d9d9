"""Words about people: titles and roles in front of names, role nouns, words and given
names that show gender, parties, name particles, and the pronouns that stand for a person.
"""

from __future__ import annotations

# Capitalised words that make the span before a name a title or role ("Russian Foreign
# Minister Sergey Lavrov", "Sen. Claire McCaskill"). Lower-cased, without the final period.
TITLES = frozenset(
    """
    president vice senator sen rep representative congressman congresswoman gov governor mayor
    secretary minister premier chancellor king queen prince princess pope judge justice dr mr
    mrs ms miss mx prof professor general gen adm admiral col colonel lt capt captain sgt
    sergeant maj major cmdr commander chairman chairwoman chair chief speaker leader ceo
    director ambassador attorney sheriff officer spokesman spokeswoman spokesperson rev reverend
    bishop cardinal rabbi imam sir dame lord lady sheikh ayatollah emir sultan hon atty supt det
    insp inspector superintendent coach nominee candidate founder commissioner councilman
    councilwoman assemblyman assemblywoman delegate treasurer whip deputy envoy czar pres sec
    chmn undersecretary recorder clerk auditor comptroller controller administrator coroner
    marshal magistrate alderman selectman trustee
    """.split()
)
# Offices a person is addressed by after a title of address: "Mr. President" names no one.
ADDRESSED_OFFICES = frozenset("president chairman chairwoman speaker secretary ambassador mayor".split())
# Titles a monarch, a prince or a pope is named by, with one name after them ("King Hussein",
# "Pope Francis"): that name is no surname, and no short form of another's full name.
REGNAL_TITLES = frozenset("king queen prince princess pope emperor empress sultan emir shah tsar czar".split())
# Titles of address: a name always follows them ("Mr. King").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
# Capitalised words that may come before a title inside the role ("Former US President").
ROLE_MODIFIERS = frozenset(
    """
    former ex acting interim deputy assistant associate senior junior foreign defense defence
    prime first state federal national general majority minority house senate democratic
    republican executive chief supreme lieutenant attorney vice then late incoming outgoing
    elect oversight judiciary intelligence finance interior press campaign party presidential
    panel committee county city operating financial technology marketing communications civilian
    undersecretary under
    """.split()
)
# Lower-case words for what a person is or does ("pollster Pat Caddell", "the Russian
# president"): evidence that a name is a person, and role nouns to resolve speakers.
ROLE_NOUNS = frozenset(
    """
    president senator congressman congresswoman representative governor mayor secretary minister
    premier chancellor king queen prince princess pope judge justice general admiral colonel
    captain chairman chairwoman chair chief speaker leader director ambassador attorney lawyer
    spokesman spokeswoman spokesperson sheriff officer official pollster host anchor analyst
    strategist adviser advisor aide professor economist candidate nominee businessman
    businesswoman billionaire mogul founder executive ceo manager commissioner prosecutor
    detective inspector author writer journalist reporter columnist editor historian scientist
    researcher doctor surgeon physician activist organizer organiser consultant lobbyist
    operative surrogate rival opponent challenger incumbent lawmaker legislator politician
    diplomat envoy commander soldier veteran coach player actor actress singer star comedian
    rapper musician artist monarch dictator strongman ruler tycoon heir mother father wife
    husband son daughter brother sister widow student teacher pastor priest bishop cleric rabbi
    imam delegate congressmember councilman councilwoman whip treasurer mp correspondent
    commentator critic expert investor entrepreneur psychologist sociologist attorney-general
    vice-president frontrunner front-runner standard-bearer contender hopeful secretary-general
    man woman boy girl lady partner friend colleague associate narrator announcer questioner
    source scholar fellow member resident voter
    """.split()
)
# Role words that show the person's gender.
MALE_WORDS = frozenset(
    """
    mr he him his himself king prince sir lord congressman chairman spokesman businessman
    councilman assemblyman father husband son brother man boy actor emir sultan sheikh
    """.split()
)
FEMALE_WORDS = frozenset(
    """
    mrs ms miss she her hers herself queen princess dame lady congresswoman chairwoman
    spokeswoman businesswoman councilwoman assemblywoman mother wife daughter sister widow woman
    girl actress
    """.split()
)
# Common given names, as evidence that an unknown two-word name is a person and of gender.
MALE_NAMES = frozenset(
    """
    aaron adam alan albert alex alexander alexei andrew andy anthony antonio arthur barack ben
    benjamin bernie bill billy bob bobby brad brandon brian bruce bryan carl carlos charles
    charlie chris christopher chuck cory craig dan daniel dave david dennis dick dmitry don
    donald doug douglas dwight ed eddie edward elijah emmanuel eric evan frank fred gary george
    gerald greg gregory harry henry hugh ian jack jacob jake james jason jeb jeff jeffrey jerry
    jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin keith
    ken kenneth kevin kurt larry lee leon louis luis marco mark martin matt matthew michael mike
    mitch mitt mohammed muhammad nathan newt nicholas nick oliver osama patrick paul pete peter
    phil philip ralph randy ray raymond reince richard rick rob robert roger ron ronald roy rudy
    russ ryan sam samuel scott sean sergei sergey stephen steve steven ted terry thomas tim
    timothy todd tom tony usama victor vladimir walter wayne william xi yuri zach
    """.split()
)
FEMALE_NAMES = frozenset(
    """
    abby alice alicia amanda amy andrea angela ann anna anne barbara betsy betty beverly carly
    carol caroline catherine cheryl christine claire colleen cynthia dana deborah debbie diana
    diane donna dorothy elizabeth ellen emily emma erin eva gennifer gloria hannah heather heidi
    helen hillary huma ivana ivanka jane janet jennifer jessica jill joan joanne jodi judith
    judy julia julie karen kate katherine kathleen kathy kelly kellyanne kim kimberly laura
    lauren linda lisa lois lori louise lynn madeleine maria marie marilyn martha mary megyn
    melania melissa michelle monica nancy natalie nicole nikki olivia pam pamela patricia patty
    paula rachel rebecca rosa rose ruth sally samantha sandra sara sarah sharon shirley sophia
    stephanie susan suzanne tammy teresa theresa tiffany tulsi valerie vanessa virginia wendy
    """.split()
)

# Party words that end a role before a name ("Missouri Republican Roy Blunt") and, in the
# plural, name a group ("Senate Democrats").
PARTIES = frozenset({"republican", "democrat", "democratic", "libertarian", "independent"})
PARTY_MEMBERS = frozenset(
    {"republicans", "democrats", "libertarians", "independents", "conservatives", "liberals", "progressives"}
)

# Lower-case words that sit inside or in front of names ("Osama bin Laden", "de Blasio").
PARTICLES = frozenset(
    """
    bin bint ibn al el de del della di da van von der den ter le la du dos das arap
    """.split()
)
# Lower-case words that join two capitalised words into one name besides the particles
# ("Bank of America", "Dar es Salaam", "Procter & Gamble").
NAME_JOINERS = frozenset("of & es y".split())

PERSON_PRONOUNS = frozenset({"he", "she", "they"})
# Words that never name a speaker themselves: the quoted person speaking of themselves.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

TITLE_SPELLING = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "sec": "secretary",
    "prof": "professor",
    "atty": "attorney",
    "congressman": "representative",
    "congresswoman": "representative",
}

# People around someone, beside the role nouns: "Scott’s family said" is not Scott.
KIN = frozenset(
    """
    family relative ally niece nephew children parent staff supporter cousin grandson
    granddaughter fiancé fiancée
    """.split()
)

# Role nouns that name the same office in different words.
ROLE_SYNONYMS = {
    "leader": {"president", "prime", "premier", "chancellor", "leader", "chief", "head"},
    "president": {"president", "pres"},
    "senator": {"senator", "sen"},
    "governor": {"governor", "gov"},
    "representative": {"representative", "rep", "congressman", "congresswoman"},
    "congressman": {"representative", "rep", "congressman"},
    "congresswoman": {"representative", "rep", "congresswoman"},
    "secretary": {"secretary", "sec"},
    "minister": {"minister"},
}

# Offices below the one named: "the Republican nominee" is not the "vice presidential nominee".
SUBORDINATE = frozenset({"vice", "deputy", "assistant", "under", "lieutenant", "associate"})

PERSON_ROLE_TITLES = TITLES | {
    "leader",
    "nominee",
    "candidate",
    "businessman",
    "mogul",
    "billionaire",
    "congressman",
    "congresswoman",
}

# Nicknames and the given name they shorten ("Tom Enders" is Thomas Enders).
NICKNAMES = {
    "tom": "thomas",
    "tommy": "thomas",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "willy": "william",
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "robbie": "robert",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "mike": "michael",
    "mick": "michael",
    "mickey": "michael",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "steve": "stephen",
    "stevie": "stephen",
    "dick": "richard",
    "rich": "richard",
    "rick": "richard",
    "ricky": "richard",
    "ted": "edward",
    "ed": "edward",
    "eddie": "edward",
    "ned": "edward",
    "tony": "anthony",
    "joe": "joseph",
    "joey": "joseph",
    "ron": "ronald",
    "ronnie": "ronald",
    "don": "donald",
    "donnie": "donald",
    "chris": "christopher",
    "matt": "matthew",
    "pat": "patrick",
    "nick": "nicholas",
    "nicky": "nicholas",
    "sam": "samuel",
    "ben": "benjamin",
    "charlie": "charles",
    "chuck": "charles",
    "larry": "lawrence",
    "jerry": "gerald",
    "gerry": "gerald",
    "fred": "frederick",
    "freddie": "frederick",
    "fritz": "frederick",
    "frank": "francis",
    "hank": "henry",
    "harry": "henry",
    "jack": "john",
    "johnny": "john",
    "andy": "andrew",
    "drew": "andrew",
    "alex": "alexander",
    "al": "albert",
    "greg": "gregory",
    "jeff": "jeffrey",
    "ken": "kenneth",
    "kenny": "kenneth",
    "len": "leonard",
    "leo": "leonard",
    "lou": "louis",
    "louie": "louis",
    "phil": "philip",
    "ray": "raymond",
    "russ": "russell",
    "stan": "stanley",
    "tim": "timothy",
    "vince": "vincent",
    "walt": "walter",
    "wally": "walter",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betty": "elizabeth",
    "betsy": "elizabeth",
    "kate": "katherine",
    "katie": "katherine",
    "kathy": "katherine",
    "cathy": "catherine",
    "sue": "susan",
    "susie": "susan",
    "peggy": "margaret",
    "maggie": "margaret",
    "meg": "margaret",
    "jenny": "jennifer",
    "jen": "jennifer",
    "becky": "rebecca",
    "debbie": "deborah",
    "deb": "deborah",
    "patty": "patricia",
    "trish": "patricia",
    "sandy": "sandra",
    "mandy": "amanda",
    "vicky": "victoria",
    "nancy": "ann",
    "annie": "ann",
    "dmitri": "dmitry",
    "dmitriy": "dmitry",
    "sergei": "sergey",
    "yuri": "yury",
}

# Adjectives that are no name alone but open one before a generic organisation word
# ("American Airlines", "European Union", "White House", "Democratic Party").
# What follows a person's surname as part of the name ("Brent Bozell III").
NAME_SUFFIXES = frozenset(
    """
    ii iii iv jr sr
    """.split()
)
