import type { PhiRecognizerPolicy } from '../policy/types.js';
import { dea, iban, ipv4, luhn, nhsNumber, npi, ssn, vin } from './validators.js';

/** The HIPAA Safe Harbor categories findings are reported under; finer kinds go in `type`. */
export const LABELS = ['NAME', 'DATE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ID', 'ADDRESS', 'AGE', 'ORGANIZATION', 'URL', 'IP'] as const;
export type Label = (typeof LABELS)[number];

/** Words saying someone lives in the place named next ("we live in", "Dad moved to", "stays with her dad in"; not a patient who "was moved to"): a town there, not a firm of its name. */
export const RESIDENCE_CUE = String.raw`(?:(?:\b(?:[Ll]ive|[Ll]ives|[Ll]iving|[Ll]ived|[Rr]eside|[Rr]esides|[Rr]esiding|[Rr]elocated|[Rr]elocating)|(?<!\b(?:was|were|been|be|being|is|are|am|get|gets|got|getting)\s+)\b(?:[Mm]oved|[Mm]oving))\s+(?:(?:now|still|back|currently|out)\s+)?(?:in|to)|\b(?:[Ll]ives?|[Ll]iving|[Ss]tays?|[Ss]taying)\s+with\s+(?:my|his|her|our|their)\s+[a-z]+\s+in|\b(?:[Hh]ouse|[Hh]ome|[Aa]partment|[Tt]railer|[Cc]ondo|[Ff]arm|[Rr]anch|[Cc]abin)\s+in)\s+`;

/**
 * A recognizer is data: patterns with a base score, an optional validator (check digits,
 * issuing rules), and context words that raise the score when they stand shortly before the
 * match. A pattern whose score is below the threshold counts only with its context.
 */
export interface Recognizer {
  type: string;
  label: Label;
  patterns: ReadonlyArray<{ regex: RegExp; score: number }>;
  validate?: (match: string) => boolean;
  context?: readonly string[];
  /** Use this capture group as the finding (the identifier after a keyword, not the keyword). */
  group?: number;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
export const STREET_TYPES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|' +
  'plaza|plz|crescent|loop|pike|alley|crossing|ridge|hollow|glen|grove|mews|expressway|expy|freeway|fwy|turnpike|tpke|heights|hts';
// Words that are no part of a lower-case street's name, now that "dr" may end one: "on friday w the dr." is a doctor.
const NOT_IN_A_STREET_NAME = 'the|a|an|with|w|to|see|and|or|for|at|in|of|by|from|is|was|my|your|his|her|our|their';
// Street types that are everyday words too, read in any case only after a house number and a word on the same line
// ("1522 oak creek", "88 river bend"); not those that are verbs as well ("2 dogs run", "walk", "park") nor the endings of
// towns ("Colorado Springs", "Eden Prairie").
const HOUSE_NUMBERED_STREET_TYPES = 'cove|bend|creek|path|trace|landing|commons|knoll|summit|vista|bluff|woods|pines|oaks|harbor|meadows';
const CAPITALISED_STREET_TYPES =
  'Hills?|Creek|Points?|Green|Union|Cliffs?|Prairie|Brook|Dam|Extensions?|Gateway|Bypass|Forges?|Flats?|Meadows?|Springs?|Valley|Views?|Knolls?|Shores?|Pass|Path|Run|Walk|Row|' +
  'Ranch|Manor|Estates?|Isle|Harbou?r|Haven|Gardens?|Fields?|Falls|Ferry|Fork|Ford|Junction|Landing|Mall|Mill|Orchard|Oval|Park|Pines?|Plains?|Rapids?|Spur|Station|Stream|Summit|Trace|Vista|Wells?|Close|Rise|Wynd|Bay|Parade|Esplanade|Promenade|Quay|' +
  'Crest|Crossing|Mounts?|Mountains?|Shoals?|Burgs?|Club|Commons?|Corners?|Course|Coves?|Curve|Dale|Divide|Glens?|Groves?|Heights|Hollow|Inlet|Islands?|Keys?|Knolls?|Lakes?|Lights?|Loaf|Locks?|Loop|Mews|Neck|' +
  'Pike|Ports?|Radial|Ridges?|River|Squares?|Stravenue|Throughway|Tunnel|Turnpike|Villages?|Ville|Ways|Unions|Forks|Fords|Mills|Parks|Streets|Roads|Routes?|Bends?|Bluffs?|Bottom|Branch|Bridge|Camp|' +
  'Canyon|Cape|Causeway|Centers?|Circles|Cliff|Crescent|Drives|Estate|Extension|Flat|Forest|Fort|Freeway|Garden|Harbors|Hill|Lodge|Meadow|Mission|Motorway|Passage|Rest|Shore|Spring|Track|Trafficway|Via|Viaduct|Views|Walks|Wall|Alley|Annex|Arcade|Expressway|Overpass|Plaza|Ramp|Skyway|Underpass';
// Of those, the ones that are no verb a sentence goes on with ("at 93 she still drives", "walks", "falls", "runs"), for lower case.
const LOWER_CASE_STREET_SUFFIXES =
  'hills?|cliffs?|islands?|isle|rapids?|villages?|meadows?|shores?|knolls?|prairie|brook|gateway|bypass|extensions?|valley|views?|ranch|manor|haven|harbou?rs?|junctions?|locks?|keys?|dams?|fords?|walls?|missions?|ramps?|orchard|pines?|plains?|summit|vista|wynd|crest|mounts?|mountains?|shoals?|commons?|corners?|coves?|dale|glens?|groves?|inlet|lakes?|mews|ports?|ridges?|river|squares?|stravenue|throughway|tunnel|ville|bends?|bluffs?|bridge|canyon|causeway|crescent|forest|freeway|motorway|passage|trafficway|viaduct|alley|annex|arcade|overpass|underpass|skyway|esplanade|promenade|expressway|plaza';
// Health plans' short names that are everyday words or names, and what a member says before one.
const PLAN_SHORT_NAMES =
  'peach state|mercy care|sunflower|trillium|buckeye|essence|devoted|superior|select health|first choice|community first|western sky|healthy blue|home state|' +
  'magnolia|sunshine health|simply|oscar|meridian|passport|alliance|partnership|quartz|paramount|priority|moda|scan|care1st|iehp|l\\.?a\\.? care|staywell|anthem|united';
const PAYER_BEFORE_SHORT_NAME = String.raw`\b(?:(?:insurance|plan|coverage|insurer|carrier|medicaid|medicare(?:[ \t]+advantage)?(?:[ \t]+plan)?)[ \t]+(?:is|was|are|'s|’s|is now|now is|changed to|switched to)(?:[ \t]+(?:through|with|from))?|(?:i'?m|i am|we'?re|we are|she'?s|he'?s|they'?re|kids are|kids r|moms|dads|is|are|r)[ \t]+(?:on|with)|(?:do|does)[ \t]+(?:you|u|y'?all|yall)[ \t]+(?:take|accept)|switched[ \t]+to|changed[ \t]+to|is[ \t]+through|insurance[ \t]+through)[ \t]+`;
// An organization field's key and value; a site's street may close the value ("Pharmacy: Homeland Pharmacy NW 23rd St"),
// and is the site's address, not the firm's name.
const SITE_STREET = String.raw`(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]+)?(?:\d{1,5}(?:st|nd|rd|th)|\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]+(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|highway|hwy|parkway|pkwy|pike)\.?`;
const ORGANIZATION_FIELD =
  String.raw`(?:^|\n|[{,;|]\s*)[ \t>*-]*["']?(?:employer|company|organi[sz]ation|school|pharmacy|agency|facility|clinic|hospital|practice|nursing[ _]home|payer|payor|insurer|insurance|carrier|health[ _]plan|plan[ _]name|plan(?=["']?[ \t]*=|["'][ \t]*:))(?:[ _](?:name))?["']?[ \t]*[:=][ \t]*["']?` +
  String.raw`(\p{L}[^\n"',;{}|(]{1,60}?)(?:[ \t]+(${SITE_STREET}))?["']?[ \t]*(?=\n|$|[,;}]|(?<!\b(?:st|dr|mt|ft|jr|sr|mr|mrs|ms|co|inc))\.(?:\s|$))`;
// "reviewed on 10/11/2022 at St. Luke's", "in July 2021 and is currently at St. Joseph's": a year
// and the words after it are not a house number and a street; nor is a time ("my 3:30 w dr patel").
const NOT_A_DATE_YEAR = `(?<![\\d/.:-]|${MONTH}\\s+(?:${DAY},?\\s+)?)`;
// Main and the trees most streets are named for: a street by its word alone where a house number or a business goes before it.
export const MAIN_AND_TREE_STREETS = 'main|broadway|elm|oak|maple|pine|cedar|walnut|poplar|cherry|chestnut|spruce|hickory|magnolia|willow|birch|sycamore|dogwood|peachtree';
// Not a measure of time or distance: "a 3 hour drive", "20 minute walk", "2 block court"; nor a sentence going on ("Grandpa's 91 now so the drive is too much").
const STREET_WORD = "(?!(?:at|to|and|is|was|be|been|on|in|for|from|with|by|of|or|now|so|the|but|if|it|he|she|they|we|my|his|her|our|their|this|that|just|still|too|not|has|have|had|will|can|would|currently|sent|seen|hours?|hrs?|minutes?|mins?|miles?|mi|km|blocks?|days?|weeks?|months?|years?|second|seconds)\\b)[A-Z0-9][a-z0-9']*\\.?";
// One street of an intersection: up to five words, none of them a word that ends the street's name.
const INTERSECTION_STOP = "(?:and|in|for|to|on|at|by|with|near|when|where|is|was|because|so|but|or|the|please|i|my|your|his|her|our|their|this|that)\\b";
const INTERSECTION_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*\\.?";
const INTERSECTION_STREET = `(?!${INTERSECTION_STOP})${INTERSECTION_WORD}(?:[ \\t]+(?!${INTERSECTION_STOP})${INTERSECTION_WORD}){0,4}`;
// The words that close a firm's name ("Fernwood Capital Partners", "Vertex Plumbing"), for the
// company recognizer and for the lexicon, which must not read the words before them as a person.
export const COMPANY_SUFFIXES =
  String.raw`Inc|LLC|Ltd|Limited|Incorporated|Corp|Corporation|Company|Co|PLC|Plc|GmbH|AG|mbH|S\.A\.|S\.L\.|S\.A\.S\.|SARL|SAS|GIE|SpA|S\.p\.A\.|Srl|s\.r\.l\.|S\.r\.l\.|SRL|BV|B\.V\.|NV|N\.V\.|Oy|Oyj|Pty|A\/S|ApS|a\.s\.|s\.r\.o\.|v\.o\.s\.|d\.o\.o\.|Kft\.|Zrt\.|Sp\. z o\.o\.|z o\.o\.?|Sp\. k\.|Tbk|LTDA|Ltda|EIRELI|UG|Aktiebolag|Kommanditbolag|Handelsbolag|Kkt\.|Bt\.|Kv\.|Nyrt\.|Gruppe|Gruppen|Hermanos|e Hijos|e [Ff]igli|und Söhne|Asociados|og Sønner|Group|Technologies|Systems|Solutions|Holdings|Industries|Enterprises|International|Worldwide|` +
  String.raw`Bank|Inn|Hotel|Suites|Motel|Lodge|Resort|Services|Partners|Agency|Foundation|LLP|PLLC|Credit Union|Mutual|Assurance|Cooperative|Co-op|Law Group|Law Office|Logistics|Freight|Wholesale|Associates|Benefits|Staffing|` +
  String.raw`Software|Research|Analytics|Capital|Ventures|Media|Networks|Insurance|Financial|Pharmaceuticals|Pharma|Biosciences|Therapeutics|Diagnostics|Robotics|Communications|Energy|Securities|Investments|Foods|Farms|Society|Supermarket|Church|Council|Tribune|Gazette|Herald|Chronicle|Drugs|Drug Store|Drugstore|Apothecary|Parish|Convent|Monastery|Mosque|Synagogue|Temple|Air Lines|Van Lines|Airlines|Airways|Plumbing|Roofing|Landscaping|Construction|Contractors|Electric|Trucking|Realty|Consulting|Manufacturing|Motors|Auto Body|Bakery|Restaurant|Salon|` +
  String.raw`University|College|Community College|Elementary School|Elementary|Middle School|Public Schools|Schools|School District|High School|Junior High|Primary School|Academy|Charter School|Preparatory School|Day Care|Daycare|Preschool|Learning Center|Child Care|Childcare|Market|Mart|Supply|Supplies|Funeral Home|Funeral Chapel|Mortuary|Senior Living|Assisted Living|Memory Care|Studio|Studios|Dance Studio|Honda|Toyota|Chevrolet|Chevy|Nissan|Hyundai|Kia|Subaru|Chrysler|Dodge|Jeep|Buick|GMC|Cadillac|Lexus|Acura|Mazda|Volkswagen|Mitsubishi|Volvo|Infiniti|Retirement Community|Retirement Living|LP|L\.P\.|Collections|Collection Services|Receivables|Bureau|Credit Recovery|Recovery Services|Credit Services|Credit Management|Health Plan|Cancer Center|Youth Hockey|Youth Soccer|Youth Football|Youth Baseball|Youth Basketball|Little League|Athletic Association|Hockey Association|Soccer Club|Swim Club|ISD|CISD|USD|Unified School District|Independent School District|Ambulance|Ambulance Service|EMS|Gospel Mission|Rescue Mission|` +
  // The legal forms faker's locales give firms, as a contact center's international callers write them.
  String.raw`SASU|SA|EI|SEM|SCS|SCOP|SNC|SPA|KG|KGaA|OHG|GbR|e\.V\.|SCA|SCR|ULTDA|LDA|AB|HB|BVBA|VZW|EURL|VOF|V\.O\.F\.|Groep|Bedrijf|en Zonen|Sp\. j\.|Sp\. p\.|Brothers|Bros|Sons|Venture|Investment|Comércio`;
export const US_STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|' +
  'michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|' +
  'rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming';
// An email or a link given where an address is asked for is no street.
const WEB_ADDRESS = /@|https?:|www\./i;
// A street line with its house number first or last, and a town line with its postcode after it or before it.
const ADDRESS_WORD = String.raw`\p{L}[\p{L}\p{M}'’.-]*`;
const STREET_LINE = String.raw`(?:\d{1,6}[ \t]+${ADDRESS_WORD}(?:[ \t]+${ADDRESS_WORD}){0,5}|${ADDRESS_WORD}(?:[ \t]+${ADDRESS_WORD}){0,5}[ \t]+\d{1,5}[a-z]?(?:[ \t]+(?:ii|iii|bis))?)`;
const TOWN_LINE = String.raw`(?:${ADDRESS_WORD}(?:[ \t]+${ADDRESS_WORD}){0,3}[ \t]+(?:\d{4,6}|\d{2,3}[ -]\d{2,3}|[a-z]\d[a-z] ?\d[a-z]\d|[a-z]{1,2}\d{1,2}[a-z]? ?\d[a-z]{2}|\d{4} ?[a-z]{2})|\d{4,5}[ \t]+${ADDRESS_WORD}(?:[ \t]+${ADDRESS_WORD}){0,3})`;
export const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|VI|GU';
// Numbers as speech recognition writes them: "five five five one two one two", "march third
// nineteen sixty two". Digits are read one by one; "oh" is a zero and "double five" two fives.
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
export const DIGIT_WORD = `(?:zero|oh|${UNIT_WORD})`;
const SPOKEN_DIGIT = `(?:(?:double|triple)[ -])?${DIGIT_WORD}`;
// Speech recognition also mixes in single digits ("five five five 0 1 2 3", "9 0 2 1 0"); such a
// run counts only with its context word, since "rooms 1 2 3 4 5 6 7" is a list.
const SPOKEN_OR_SINGLE_DIGIT = `(?:${SPOKEN_DIGIT}|\\d(?![\\d.,/:]\\d))`;
// Speech recognition writes a hyphen read out as "dash": "five two three dash four four dash …".
const spokenDigits = (least: number, most: number, digit = SPOKEN_DIGIT) => new RegExp(`\\b${digit}(?:[ ,-]+(?:dash[ ,-]+)?${digit}){${least - 1},${most - 1}}\\b`, 'gi');
const TEEN_WORD = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// Street words a caller says after a spoken house number: "thirty five eighty five orie lakes".
const SPOKEN_STREET_TYPES =
  'street|avenue|road|lane|drive|boulevard|court|way|place|circle|terrace|parkway|lakes?|junction|pike|ville|manor|crossing|hollow|ridge|heights|trail|loop|square|plaza|highway|creek|estates|gardens|springs|cove|landing|crescent|bypass|expressway|freeway|turnpike|alley|row|glen|grove|meadows?|hills?|point|park|view|village|mill|ranch|harbor|shores?|station|knolls?|fields?|valley|path|ramp|flats?|tunnel|stream|estates?|throughway|passage|lake|mission|fork|bridge|canyon|causeway|club|commons?|corners?|curve|dale|divide|extension|falls|ferry|ford|forest|forge|gateway|haven|inlet|island|isle|lodge|mall|motorway|neck|orchard|oval|overpass|pines|plains|prairie|radial|rapids|route|shoals?|skyway|spur|summit|trace|trafficway|unions?|viaduct|vista|wynd';
// A house number read out: "seven twenty nine", "forty one oh five".
const SPOKEN_HOUSE_NUMBER = `(?:${DIGIT_WORD}|${TEEN_WORD}|${TENS_WORD})(?:[ -](?:${DIGIT_WORD}|${TEEN_WORD}|${TENS_WORD}|hundred|thousand)){0,4}`;
const SPOKEN_HOUSE_NUMBER_STREET = new RegExp(`^${SPOKEN_HOUSE_NUMBER} (?:[a-z']+ ){1,3}(?:${SPOKEN_STREET_TYPES})\\b`, 'i');
const TWO_DIGIT_WORDS = `(?:${TENS_WORD}(?:[ -]${UNIT_WORD})?|${TEEN_WORD}|oh[ -]${UNIT_WORD})`;
const ORDINAL_UNIT = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
const ORDINAL_TEEN = '(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)';
const ORDINAL_WORD = `(?:${ORDINAL_UNIT}|${ORDINAL_TEEN}|twentieth|thirtieth)`;
const SPOKEN_DAY = `(?:(?:twenty|thirty)[ -]${ORDINAL_WORD}|${ORDINAL_WORD}|${DAY})`;
const SPOKEN_YEAR = `(?:(?:nineteen|twenty)[ -]${TWO_DIGIT_WORDS}|two thousand(?:(?: and)? (?:${TENS_WORD}(?:[ -]${UNIT_WORD})?|${TEEN_WORD}|${UNIT_WORD}))?|${YEAR})`;
const SPOKEN_YEAR_OR_TWO_DIGITS = `(?:${SPOKEN_YEAR}|${TENS_WORD}(?:[ -]${UNIT_WORD})?)`;
// Spanish, French and Portuguese months, for messages written in those languages.
const ROMANCE_MONTH =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|märz|maerz|juni|juli|oktober|dezember|januari|februari|maart|augustus)';
const FULL_MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
// A month or a day read out as digits: "oh four", "twelve", "twenty one".
const SPOKEN_DATE_PART = `(?:(?:oh|zero)[ -]${UNIT_WORD}|ten|eleven|twelve|${TEEN_WORD}|(?:twenty|thirty)(?:[ -]${UNIT_WORD})?|${UNIT_WORD})`;
const SPOKEN_AGE = `(?:ninety(?:[ -]${UNIT_WORD})?|(?:a|one) hundred(?:(?: and)? (?:${UNIT_WORD}|${TEEN_WORD}))?)`;
// The line of work someone does for a firm: "he works construction for Kiewit", "she works security for the mall".
export const WORK_FIELDS = 'construction|security|maintenance|landscaping|roofing|drywall|plumbing|electrical|hvac|janitorial|custodial|housekeeping|dispatch|payroll|retail|sales|delivery|logistics|framing|concrete|demolition|remodeling|pest control|home care|home health|billing|admin|IT|tech support|customer service';
// Health systems people call by a short name that is a person's name too.
const SYSTEMS_NAMED_LIKE_PEOPLE = 'Cooper|Grady|Gundersen|Lurie|Brigham|Sanford|Hopkins|Cedars|Beaumont|Baylor|Loyola|Lahey|Sparrow|Bronson|Munson|Baystate|Erlanger|Kettering|Parkland|Tufts|Vidant|Geisinger';
// What a caller says before a birth date: "DOB", "date of birth is", "born", "my birthday is".
const BIRTH_DATE_CUE = String.raw`\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?|birthday)(?:[ \t]+(?:is|was))?[:#,]?[ \t]*(?:(?:uh|um)[ \t,]+)?`;
// An age over 89 as a spelled-out ordinal: "ninety-fifth", "hundredth", "hundred and second".
const SPOKEN_AGE_ORDINAL = `(?:ninety[ -]${ORDINAL_UNIT}|ninetieth|(?:(?:a|one)[ -])?hundredth|(?:(?:a|one)[ -])?hundred[ -](?:and[ -])?(?:${ORDINAL_UNIT}|${ORDINAL_TEEN}))`;

// A year read out in Spanish: "mil novecientos setenta y dos", "dos mil cinco", and the decade alone after "del" ("del ochenta y cinco").
const SPANISH_TENS = 'veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa';
const SPANISH_UNITS = 'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve';
const SPANISH_TWO_DIGITS = `(?:(?:${SPANISH_TENS})(?:[ \\t]+y[ \\t]+(?:${SPANISH_UNITS}))?|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|diez|once|doce|trece|catorce|quince|dieci(?:séis|seis|siete|ocho|nueve)|${SPANISH_UNITS})`;
const SPANISH_SPOKEN_YEAR = `(?:(?:mil[ \\t]+novecientos|dos[ \\t]+mil)(?:[ \\t]+${SPANISH_TWO_DIGITS})?|(?<=\\bdel[ \\t]+)(?:${SPANISH_TENS})(?:[ \\t]+y[ \\t]+(?:${SPANISH_UNITS}))?)`;

const PERSON_WORDS =
  'mother|father|mom|momma|mommy|dad|daddy|mum|mama|papa|grandmother|grandfather|grandma|grandpa|grandad|granddad|gramma|grammy|granny|nana|papaw|pawpaw|mamaw|meemaw|memaw|pops|abuela|abuelo|abuelita|abuelito|lola|lolo|mawmaw|gramps|gigi|oma|opa|nonna|nonno|babcia|bubbe|bubbie|tutu|godmother|godfather|stepmom|stepdad|stepmother|stepfather|in-law|in law|cousin|friend|client|husband|wife|aunt|uncle|sister|brother|neighbor|neighbour|patient|pt|resident|she|he|who';
// Two kin's ages side by side ("dad is 88 and mom 91"): a kin word and its age, and the next kin word joined to it, and no measure
// after a number ("mom 91 lbs").
const KIN_AGE_LEAD = `\\b(?:${PERSON_WORDS})(?:[ \\t]+is)?[ \\t]+`;
const AND_KIN_AGE_LEAD = `[ \\t]*(?:,|and|&)[ \\t]*(?:(?:my|his|her)[ \\t]+)?${KIN_AGE_LEAD}`;
const NOT_A_MEASURE_AFTER = `(?![.,]\\d|[ \\t]*(?:%|percent|minutes|min|lbs?|pounds|kg|mg|degrees|dollars))`;
// A transcript's next line, the caller's, after the agent's question.
export const ANSWER_LINE = String.raw`[ \t]*\??[ \t]*\n[ \t]*(?:caller|visitor|patient|customer|member|user|client|pt)[ \t]*:?[ \t]*`;
const MEASUREMENT_WORDS =
  'sugar|glucose|pressure|bp|temp|temperature|fever|weight|oxygen|o2|sat|pulse|heart|rate|level|reading|score|count|number|room|bill|balance|total|copay|a1c|ldl';
// The trades whose unions members name by them, by local or as "the union" ("Carpenters Local 322", "the Teamsters union").
const UNION_TRADES = 'Teamsters|Laborers|Steelworkers|Ironworkers|Carpenters|Plumbers|Pipefitters|Operating Engineers';
const SSN_WORDS = "ssn|ss#|s s n|(?:social(?: security)?|soc(?: sec)?|ss)(?: number| no\\.?| #)?";
// A capitalised word of a company name; a full stop only inside it ("J.P."), not the sentence's.
const TITLED_SURNAME = "[A-Z][a-z]*(?:['’-](?!s\\b)[A-Za-z][a-z]*)*";
const COMPANY_WORD = String.raw`[A-Z](?:[\w&'-]|\.(?=\w))*`;
// An employer's name after its cue: capitalised words, "of", "and" or "&" between them, never last.
const EMPLOYER_NAME = String.raw`\s+((?:${COMPANY_WORD}|&)(?:[ \t]+(?!(?:I|I'm|I've|I'll|I'd|We|He|She|They|It|My)\b)(?:${COMPANY_WORD}|of|and|&)){0,4})(?<!\s(?:of|and|&))`;
const ZIP_CONTEXT = ['zip', 'zipcode', 'zip code', 'postal'];
// An organization pattern's match that opens with a greeting, an article or one of these words is no name.
const opensWith = (words: string) => new RegExp(`^(?:Hi|Hello|Dear|The|Our|Your|My|Please${words ? `|${words}` : ''})\\s`);
const ORGANIZATION_NON_LEADS = opensWith('Is|Are|Was|Does|Do|Did|Can|Could|Will|Would|Should|AM|PM|MyChart|Financial|Home|Take|Go|Come|Park|Turn|Head|Walk|Enter|Use|Follow|Exit|Meet|Bring|Please|Leave|Pick|Case|Interventional|Clinical|Adult|Internal|Preventive|Nuclear|Invasive|Surgical|Radiation|Geriatric|Sports|Reproductive|Call|Visit|Thanks|Thank|Ask|Contact|Patient|Primary|Emergency|Billing|Behavioral|Physical|Pediatric|General');
// The specialties a department or a practice is named for: a service alone, a practice after a name ("Apex Endocrinology").
const SPECIALTIES =
  'Cardiology|Dermatology|Oncology|Radiology|Neurology|Urology|Orthopedics|Pediatrics|Pediatric|Endocrinology|Rheumatology|Nephrology|Pulmonology|Hematology|Ophthalmology|Otolaryngology|Gastroenterology|Psychiatry|Gynecology|Obstetrics|ENT|Behavioral Health|Mental Health';
// A ward, a department or a kind of care after "admitted to" or "seen at", not a facility's name.
const NOT_A_FACILITY_LEAD = 'ICU|NICU|PICU|CCU|PACU|ER|ED|OR|SNF|Labor|L&D|Rehab|Hospice|Home|Urgent|Emergency|Cardiology|Oncology|Neurology|Surgery|Medicine|Pediatrics|Psychiatry|Orthopedics|Radiology|Skilled|Inpatient|Outpatient|Observation|Telemetry|Step|Med|Internal|Primary|Intensive|Acute|Long';
const CLINIC_NON_LEADS = opensWith(`Which|What|Whose|Where|Any|Every|Each|AM|PM|Main|Front|Head|Business|Billing|Central|New|Other|Nearest|Closest|Same|Call|Visit|Thanks|Ask|Contact|Primary|Emergency|Urgent|Walk|${SPECIALTIES}`);
export const SERVICE_WORDS_ONLY =
  new RegExp(`^(?:(?:&|and|Main|Campus|Iron|Vascular|Transplant|Stroke|Breast|Bariatric|Diabetes|Weight|Kidney|Liver|Lung|Bone|Joint|Sports|Senior|Elder|Aging|Geriatric|Memory|Hearing|Speech|Infectious|Travel|Occupational|Lactation|Nutrition|Birth|Birthing|Maternity|Prenatal|Neonatal|Cardiac|Endoscopy|Anticoagulation|Headache|Epilepsy|Movement|Foot|Hand|Vascular|Orthopedic|Rehabilitation|Hospice|Palliative|Telehealth|Virtual|Outpatient|Inpatient|Ambulatory|Same-Day|Day|Sleep|Pain|Eye|Heart|Cancer|Wound|Allergy|Fertility|Urgent|Walk-In|Flu|Vaccine|${SPECIALTIES}|Women's|Infusion|Dialysis|Vein|Spine|Wellness|Lab|Imaging|Family|Internal|Primary|Care|Health|Medical|Dental|Physical|Therapy|Rehab|Surgery|Surgical|Centers?|Clinics?|Labs?|Pharmacy|Services?)(?:\\s+|$))+$`);
// "Patient Financial Services", "Social Services": departments and services, no firm (a public agency by its own name, "Child
// Protective Services", is in the organizations list).
// "the Clinic is a business", "Dr. Smith's employees": a determiner or a title makes the words after it no firm's name.
const NOT_AFTER_DETERMINER = String.raw`(?<!\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Yy]our|[Mm]y|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|Dr|Mr|Mrs|Ms)\.?\s+)`;
const COMPANY_NON_LEADS = opensWith('HR|Stock|Flea|Job|Black|Nutrition|Nutritional|Dietary|Spiritual|Pastoral|Volunteer|Respiratory|Anesthesia|Hospitalist|Calling|Welcome|For|From|At|With|To|By|Of|And|Call|Thanks|Thank|Contact|Visit|Patient|Member|Customer|Social|Child|Protective|Emergency|Billing|Support|Financial|Guest|Human|Environmental|Nursing|Care|Health|Medical|Legal|Family|Community|Student|Clinical|Pharmacy|Laboratory|Lab|Imaging|Interpreter|Language|Transport|Transportation|Home');
// "Blood Type AB", "Weight KG", "Hb SA": a short legal form after what is measured or typed is a unit or a blood group.
const MEASURED_NOT_A_FIRM = /(?:^|[ \t])(?:Type|Blood|Group|Weight|Wt|Rh|Factor|Hb|Hgb|Dose|Mass|Node|Sinus|Test)[ \t]+(?:AB|KG|HB|SA|EI)$/;
// An identifier after its keyword holds a digit: "MRN is pending" names none.
const holdsDigit = (match: string) => /\d/.test(match);
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI_CHAR = '[AC-HJKMNP-RT-Y0-9]';

export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = [
  // Safe Harbor (R) electronic mail addresses
  { type: 'EMAIL', label: 'EMAIL', patterns: [{ regex: /\b[A-Za-z0-9._%+-]+(?:['’][A-Za-z0-9._%+-]+)*@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g, score: 0.95 }] },
  // Spoken: "jane dot doe at gmail dot com"
  {
    type: 'EMAIL_SPOKEN',
    label: 'EMAIL',
    // Digits read out join the name before them with a space: "jenny dot alvarado seventy two at gmail dot com", "jsmith 22 at yahoo dot com".
    patterns: [{ regex: new RegExp(`\\b[a-z0-9]+(?:(?: dot | underscore | dash |[._-]| (?=(?:${DIGIT_WORD}|${TEEN_WORD}|${TENS_WORD})\\b|\\d+ at ))[a-z0-9]+)* at [a-z0-9-]+(?: dot [a-z0-9-]+)* dot (?:com|org|net|edu|gov|us|co|io|info|biz|me|uk|ca)\\b`, 'gi'), score: 0.9 }],
  },
  // Written to dodge spam filters: "jane(at)gmail(dot)com", "jane [at] gmail [dot] com".
  {
    type: 'EMAIL_OBFUSCATED',
    label: 'EMAIL',
    patterns: [{ regex: /\b[A-Za-z0-9._%+-]+\s*[([{]\s*at\s*[)\]}]\s*[A-Za-z0-9-]+(?:\s*(?:[([{]\s*dot\s*[)\]}]|\.)\s*[A-Za-z0-9-]+)+/gi, score: 0.9 }],
  },
  // (N) web URLs
  {
    type: 'URL',
    label: 'URL',
    patterns: [
      { regex: /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi, score: 0.9 },
      // A person's profile on a social site, written without its scheme: "facebook.com/latoya.jenkins.5", "instagram.com/kay_b".
      { regex: /\b(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|snapchat|venmo|cash\.app|threads)\.(?:com|net|me)\/[^\s<>"')\]]*[^\s<>"')\].,;:!?]/gi, score: 0.85 },
    ],
  },
  // (O) IP addresses
  // Not four groups cut out of a longer dotted number ("Mobile: 03.93.92.16.85" is a French phone number).
  { type: 'IP', label: 'IP', patterns: [{ regex: /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)/g, score: 0.85 }], validate: ipv4 },
  {
    type: 'IPV6',
    label: 'IP',
    patterns: [{ regex: /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6}\b/gi, score: 0.8 }],
  },
  // (G) Social Security numbers, with the SSA's area/group/serial rules
  {
    type: 'SSN',
    label: 'SSN',
    patterns: [
      // Not the tail of a longer id ("UHC-204-88-1192").
      { regex: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g, score: 0.85 },
      { regex: /\b\d{3} \d{2} \d{4}\b/g, score: 0.6 },
      { regex: /\b\d{9}\b/g, score: 0.3 },
      // Dotted only where the words say SSN: "my social is 523.41.8876" (not a version or an IP's part).
      { regex: /(?<![\w.])\d{3}\.\d{2}\.\d{4}(?![\w]|\.\d)/g, score: 0.3 },
    ],
    validate: ssn,
    context: ['ssn', 'social security', 'social', 'ss#', 'ss #', ' ss number', ' ss no', 'soc sec', 'seguro social'],
  },
  // The last four digits of an SSN, which callers give to verify themselves: "ssn last four is 4419",
  // "last 4 of my social: four four one nine"; a form's key too ("ssn_last4: 4471", "last4_ssn=4471"); the caller's answer to
  // an agent who asked for them ("Agent: the last four of the social?\nCaller: nine oh two two").
  {
    type: 'SSN_LAST_FOUR',
    label: 'SSN',
    patterns: [
      {
        regex: new RegExp(
          `\\b(?:(?:${SSN_WORDS})[\\s_]+(?:last[\\s_]*(?:four|4)(?:[\\s_]+digits)?|ending\\s+in|ends\\s+in|ends\\s+with|ending\\s+with)|last[\\s_]*(?:four|4)(?:[\\s_]+digits)?[\\s_]+(?:of\\s+)?(?:my\\s+|the\\s+|his\\s+|her\\s+|your\\s+|their\\s+|our\\s+)?(?:${SSN_WORDS}))(?:\\s+(?:is|are|was))?(?:${ANSWER_LINE})?[\\s:#=-]*(\\d{4}|${SPOKEN_DIGIT}(?:[ ,-]+${SPOKEN_DIGIT}){3})\\b`,
          'gi',
        ),
        score: 0.85,
      },
      // A form's or a statement's masked SSN shows its last four: "SSN xxx-xx-4418", "***-**-0921".
      { regex: /(?<![\w*•-])(?:[xX]{3}|\*{3}|•{3})[- ]?(?:[xX]{2}|\*{2}|•{2})[- ]?(\d{4})(?![\w-])/g, score: 0.85 },
    ],
    group: 1,
  },
  // Labelled "SSN" by the writer: an SSN even where the SSA never issued that area (test data, typos).
  { type: 'SSN', label: 'SSN', patterns: [{ regex: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g, score: 0.3 }], context: ['ssn', 'social security', 'ss#', 'ss #'] },
  // (K) payment card numbers (account numbers), Luhn-checked
  {
    type: 'CREDIT_CARD',
    label: 'ID',
    patterns: [{ regex: /\b(?:\d[ -]?){12,18}\d\b/g, score: 0.8 }],
    validate: luhn,
    context: ['card', 'visa', 'mastercard', 'amex', 'credit', 'debit'],
  },
  // A number called a card number is one, check digit or not: a mistyped card is still the patient's.
  { type: 'CREDIT_CARD', label: 'ID', patterns: [{ regex: /\b(?:\d[ -]?){11,18}\d\b/g, score: 0.3 }], context: ['card number', 'card no', 'credit card', 'debit card', 'cc ', 'card ', 'card:'] },
  { type: 'IBAN', label: 'ID', patterns: [{ regex: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/gi, score: 0.85 }], validate: iban },
  // An account number in IBAN shape whose check digits fail is still an account number where
  // the words around are about banking (typos, made-up test data).
  {
    type: 'IBAN',
    label: 'ID',
    patterns: [{ regex: /\b[A-Z]{2}\d{2}[A-Z]{4}\d{10,26}\b/g, score: 0.3 }],
    context: ['iban', 'transfer', 'account', 'bank', 'wire', 'deposit', 'payment'],
  },
  // An NHS number (England, Wales), 3-3-4 digits with a mod-11 check digit, where the words say so;
  // listed before the phones, whose shape it shares, so that it wins their tie.
  // A taxpayer's number by its name: an ITIN is an SSN's stand-in for those without one ("itin 912-77-2210"), an EIN a sole
  // proprietor's ("my EIN is 12-3456789").
  {
    type: 'TAX_ID',
    label: 'ID',
    patterns: [{ regex: /(?<=\b(?:itin|ein|tin|tax id|taxpayer id(?:entification)?)(?:\s+(?:number|no\.?|#))?(?:\s+(?:is|was))?[\s:#]*)(?:\d{3}[- ]?\d{2}[- ]?\d{4}|\d{2}-\d{7})\b/gi, score: 0.85 }],
  },
  { type: 'NHS_NUMBER', label: 'ID', patterns: [{ regex: /(?<=\bnhs\s*(?:number|no\.?|#)?\s*(?:is|was|:)?\s*)\d{3}[ -]?\d{3}[ -]?\d{4}\b/gi, score: 1 }], validate: nhsNumber },
  // (D, E) telephone and fax numbers: North American and international forms
  {
    type: 'PHONE',
    label: 'PHONE',
    patterns: [
      // North American, with the 001 international prefix and an extension ("x4587", "ext. 12") kept.
      { regex: /(?:\+?1[ .-]?|\b001[ .-])?(?:\(\d{3}\)\s?|\b\d{3}[ .\/-])\d{3}[ .-]\d{4}(?:,?\s?(?:x|ext\.?|extension)\s?\d{1,5})?\b/g, score: 0.75 },
      { regex: /\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}\b/g, score: 0.7 },
      { regex: /\b\d{10}\b/g, score: 0.35 },
      // Other national formats: digit groups that only count as a number with a word like "call" near.
      { regex: /(?:\(\d{1,4}\)[ .-]?)?\b\d{2,5}(?:[ .-]\d{2,8}){1,4}\b/g, score: 0.35 },
      // An area code in brackets is a phone's alone: "(05541) 4134196".
      { regex: /(?:\+\d{1,3}[ .-]?)?\(\d{1,5}\)[ .-]?\d{4,10}\b/g, score: 0.6 },
      // A line of its own holding only a number a phone's length, as signatures end: "Thanks,\nLine Holm\n25952368".
      { regex: /(?<=(?:^|\n)[ \t]*)(?:\+|00)?\(?\d[\d \t().-]{5,20}\d(?=[ \t]*(?:\n|$))/g, score: 0.55 },
    ],
    validate: (match) => {
      const digits = match.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    },
    context: ['phone', 'call', 'cell', 'mobile', 'tel', 'telephone', 'number', 'text', 'txt', 'reach', 'contact', 'ph', 'fax', 'messages to', 'office', 'home', 'desk', 'answering', 'registered', 'whatsapp', 'número', 'numéro', 'teléfono', 'téléphone', 'telefone', 'celular', 'móvil', 'portable'],
  },
  // One run of digits behind a trunk 0, as Europe writes numbers, near a word only a phone takes: "callback 0563027482".
  {
    type: 'PHONE',
    label: 'PHONE',
    patterns: [{ regex: /\b0\d{6,12}\b/g, score: 0.35 }],
    context: ['phone', 'call', 'cell', 'mobile', 'tel', 'telephone', 'reach', 'text me', 'whatsapp', 'ph:', 'ph.'],
  },
  // Spoken digit strings: a phone number unless the words before say it is another identifier.
  {
    type: 'PHONE_SPOKEN',
    label: 'PHONE',
    patterns: [
      { regex: spokenDigits(7, 15), score: 0.6 },
      { regex: spokenDigits(7, 15, SPOKEN_OR_SINGLE_DIGIT), score: 0.3 },
      // Grouped three, three and four with the dashes read out: a phone number's shape, whatever the words around it.
      { regex: new RegExp(`\\b${SPOKEN_DIGIT}(?:[ ,]+${SPOKEN_DIGIT}){2}[ ,]+dash[ ,]+${SPOKEN_DIGIT}(?:[ ,]+${SPOKEN_DIGIT}){2}[ ,]+dash[ ,]+${SPOKEN_DIGIT}(?:[ ,]+${SPOKEN_DIGIT}){3}\\b`, 'gi'), score: 0.85 },
    ],
    // Not 'call' alone: a transcript's "caller" labels every turn.
    context: ['phone', 'call ', 'calling', 'callback', 'cell', 'mobile', 'reach', 'text', 'best number', 'home number', 'my number', 'contact', 'fax'],
  },
  { type: 'SSN_SPOKEN', label: 'SSN', patterns: [{ regex: spokenDigits(9, 9, SPOKEN_OR_SINGLE_DIGIT), score: 0.3 }], context: ['social', 'ssn', 's s n'] },
  { type: 'MRN_SPOKEN', label: 'MRN', patterns: [{ regex: spokenDigits(5, 12, SPOKEN_OR_SINGLE_DIGIT), score: 0.3 }], context: ['record number', 'mrn', 'm r n', 'chart number'] },
  {
    type: 'ID_SPOKEN',
    label: 'ID',
    patterns: [{ regex: spokenDigits(5, 16, SPOKEN_OR_SINGLE_DIGIT), score: 0.3 }],
    context: ['member', 'policy', 'account', 'claim', 'subscriber', 'group number', 'group id', 'id number', 'i d number', 'card number', 'confirmation', 'prescription number', 'rx number', 'medicaid', 'medicare'],
  },
  // (H) medical record numbers: hospitals add their own formats in policy
  {
    type: 'MRN',
    label: 'MRN',
    patterns: [
      {
        regex: /\b(?:mrn|emr|medrec|med(?:ical)? rec(?:ord)?s?(?: number| no\.?| #)?|chart(?: number| no\.?| #)?)(?:\s+(?:is|was|of|should be|would be|will be|on file is))?[\s:#.="'|>-]*(#?[A-Z0-9][A-Z0-9-]{3,16})\b/gi,
        score: 0.9,
      },
    ],
    validate: holdsDigit,
    group: 1,
  },
  // (I, J, K, L) health plan member/subscriber, account, claim, prescription, license and patient ids
  {
    type: 'ACCOUNT_ID',
    label: 'ID',
    patterns: [
      {
        regex:
          /\b(?:member|subscriber|policy|group|account|acct|claim|prescription|rx|patient|insurance|ins|plan|hicn|hbn|beneficiary|medicaid|medicare|medi-cal|nhi|nhs|ohip|health card|license|licence|dl|certificate|plate|vin|serial|device|case|reference|ref|confirmation|statement|invoice|ticket|transaction|authorization|auth|referral|encounter|tracking|username|user name|user id|login|(?:order|visit|booking)(?=[\s_-]*(?:id|number|no\.?|#))|id)(?:[\s_-]+(?:id|number|no\.?|#|code))?(?:\s+(?:on|for|with)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?!(?:cpt|icd|hcpcs|code)\b)[a-z]+\b)?(?:\s+(?:is|was|of))?(?:[ \t]*\?[ \t]*\n[ \t]*(?:caller|visitor|patient|customer|member|user|client|pt)[ \t]*:)?[\s:#.="'|>-]*\b([A-Z0-9][A-Z0-9-]{4,19}|[A-Z0-9]{2,6}(?: [A-Z0-9]*\d[A-Z0-9]*(?:-[A-Z0-9]+)*){1,3})\b/gi,
        score: 0.75,
      },
    ],
    // Groups split by spaces only when the first is written in capitals ("PLX 4471 9920", not "says X1").
    // In lower case, letters then groups of digits only ("zgp 448 119 02").
    validate: (match) => holdsDigit(match) && !/^\d{1,2}$/.test(match) && (!match.includes(' ') || /^[A-Z0-9]+ /.test(match) || /^(?!(?:the|and|for|ssn|dob|mrn|ref|no|is|id|my|ins|num|nbr)\b)[a-z]{2,3}(?: \d{2,}){2,}$/.test(match)),
    group: 1,
  },
  // "the plate on my car is 7KDR392": a plate number a few words after the plate.
  {
    type: 'LICENSE_PLATE',
    label: 'ID',
    patterns: [{ regex: /\b(?:license |licence |tag )?plate\b[^.\n\d]{0,25}?(?:\bis|:|#)\s*((?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,5})\b/gi, score: 0.8 }],
    group: 1,
  },
  // An identifier read out letter by letter and digit by digit: "one e g four t e five m k seven three".
  {
    type: 'ID_SPOKEN',
    label: 'ID',
    patterns: [{ regex: new RegExp(`\\b(?:(?:${SPOKEN_DIGIT}|[a-z])[ ,-]+){5,15}(?:${SPOKEN_DIGIT}|[a-z])\\b`, 'gi'), score: 0.3 }],
    validate: (match) => (match.match(new RegExp(`\\b${DIGIT_WORD}\\b`, 'gi')) ?? []).length >= 2 && /(?:^|\s)[a-z](?=\s|$)/i.test(match),
    context: ['medicare', 'mbi', 'member', 'policy', 'subscriber', 'id number', 'i d number', 'confirmation', 'plate', 'license', 'id is', 'i d is', 'claim', 'account', 'card number', 'rx number', 'prescription number', 'medicaid'],
  },
  // The identifier a few words after its name: "the MRN on the bracelet reads 0049-2281",
  // "the member id on my card says XJH4482910".
  {
    type: 'MRN',
    label: 'MRN',
    patterns: [{ regex: /\b(?:mrn|medical record(?: number)?|chart number)\b[^.\n\d]{0,30}?\b(?:is|reads|was|says|shows)[\s:#]*\b([A-Z0-9][A-Z0-9-]{3,16})\b/gi, score: 0.85 }],
    validate: holdsDigit,
    group: 1,
  },
  {
    type: 'ACCOUNT_ID',
    label: 'ID',
    patterns: [
      {
        regex: /\b(?:member id|member number|policy number|account number|claim number|group number|subscriber id|id number|rx number|prescription number|(?:va|veteran'?s?|case|file|confirmation|authorization|auth|reference|ref|tracking|invoice|medicaid|insurance|student|employee|badge|license|licence)[ \t]+(?:id|number|no\.?|#|code)|(?:police|incident|accident|crash)[ \t]+report|(?:insurance|member|medicare|medicaid|id)[ \t]+card)(?![\w])[^.\n\d]{0,30}?\b(?:is|reads|was|says|shows)[\s:#]*\b([A-Z0-9][A-Z0-9-]{4,19}|[A-Z]{2,6}(?: \d{2,6}){2,4})\b/gi,
        score: 0.8,
      },
    ],
    validate: holdsDigit,
    group: 1,
  },
  // In Spanish: "su número de seguro es XEH445120", "número de póliza", "expediente".
  {
    type: 'ACCOUNT_ID',
    label: 'ID',
    patterns: [
      {
        regex: /\b(?:n[úu]mero\s+de\s+(?:seguro|miembro|socio|p[óo]liza|cuenta|reclamo|reclamaci[óo]n|receta|identificaci[óo]n|tarjeta|licencia|caso|confirmaci[óo]n)|p[óo]liza|id\s+de\s+miembro)(?:\s+(?:es|era))?[\s:#.-]*\b([A-Z0-9][A-Z0-9-]{4,19})\b/giu,
        score: 0.75,
      },
    ],
    validate: holdsDigit,
    group: 1,
  },
  { type: 'MRN', label: 'MRN', patterns: [{ regex: /\b(?:n[úu]mero\s+de\s+)?expediente(?:\s+m[ée]dico)?(?:\s+(?:es|era))?[\s:#.-]*\b([A-Z0-9][A-Z0-9-]{3,16})\b/giu, score: 0.85 }], validate: holdsDigit, group: 1 },
  // Medicare Beneficiary Identifier: 11 characters in CMS's position rules
  {
    type: 'MBI',
    label: 'ID',
    patterns: [{ regex: new RegExp(`\\b[1-9]${MBI_LETTER}${MBI_CHAR}\\d[- ]?${MBI_LETTER}${MBI_CHAR}\\d[- ]?${MBI_LETTER}{2}\\d{2}\\b`, 'g'), score: 0.85 }],
  },
  { type: 'NPI', label: 'ID', patterns: [{ regex: /\b\d{10}\b/g, score: 0.4 }], validate: npi, context: ['npi', 'provider'] },
  // Called an NPI by the writer: the provider's number even with a mistyped check digit.
  { type: 'NPI', label: 'ID', patterns: [{ regex: /\b\d{10}\b/g, score: 0.3 }], context: ['npi'] },
  // An identifier no label introduces, by its shape: capitals and at least five digits mixed in one
  // token ("Ins: Molina MOL7723319", "ref HX20417759"), as member, claim and account numbers are
  // written; lab values, codes and doses never take that shape.
  {
    type: 'ALPHANUMERIC_ID',
    label: 'ID',
    // A vaccine's or a product's lot, model or part number names no one.
    patterns: [{ regex: /(?<![\w-])(?<!\b(?:[Ll]ot|LOT|[Bb]atch|[Mm]odel|[Pp]art|NDC|SKU|[Ii]tem)(?:[ \t]*(?:#|[Nn]o\.?|[Nn]umber))?[ \t:#]*)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{6,19}(?![\w-])/g, score: 0.6 }],
    validate: (match) => (match.match(/\d/g) ?? []).length >= 5 && /[A-Z]{2}|^[A-Z]/.test(match) && !/^(?:\d+-)+\d+$/.test(match),
  },
  // A firm typed or transcribed in lower case, where its suffix says what it is: "im calling from bartell llc", "i work for herzog and sons".
  {
    type: 'COMPANY',
    label: 'ORGANIZATION',
    patterns: [
      {
        // A trade or a kind of firm closes the name as a suffix does: "calling from acme roofing", "bell and associates", "from the duluth news tribune".
        regex: /(?<=\b(?:from|at|with|for)\s+(?:the\s+)?)(?!(?:my|the|a|an|our|your|his|her|their|this|that|some|any|support|care|family|medical|study|focus|age|blood|same|home|health|primary|urgent|senior|patient|customer|insurance|billing|transport|financial|legal|social|mental|physical|general|local|state|county|city|public|private|other|moving|cleaning|lawn|food|tax|auto|car|nursing|hospice|security|delivery|staffing)\b)[a-z][a-z'-]*(?:\s+(?!(?:and|&)\b)[a-z][a-z'-]*){0,2}\s+(?:inc|llc|ltd|corp|corporation|group|and sons|& sons|company|plc|gmbh|(?:and |& )?associates|roofing|plumbing|logistics|landscaping|construction|trucking|realty|hospice|home care|home health|staffing|transport|transportation|motors|auto body|auto repair|auto|automotive|towing|collision|tire|electric|moving|cleaning services|lawn care|law firm|law office|insurance agency|tribune|gazette|herald|chronicle)\b/g,
        score: 0.7,
      },
    ],
  },
  // A care home by its name before what it is: "lives at Sunrise of Edina assisted living".
  {
    type: 'HEALTHCARE_ORGANIZATION',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: /\b\p{Lu}[\p{L}\p{M}'.-]*(?:[ \t]+(?:(?:of|at|on)[ \t]+)?\p{Lu}[\p{L}\p{M}'.-]*){0,3}(?=[ \t]+(?:assisted living|nursing home|memory care|senior living|skilled nursing|group home|rehab(?:ilitation)? (?:center|facility))\b)/gu,
        score: 0.8,
      },
    ],
    validate: (match) => !ORGANIZATION_NON_LEADS.test(`${match} `) && !/^(?:A|An|In|At|To|From|Lives|Living|Moved|She|He|They|We|I|Her|His|My|Our|Their|Your|The)\b/.test(match),
  },
  // A firm named by its kind before its owner's name, as Vietnam and Indonesia write them: "Công ty Lê", "Cty TNHH Phùng".
  { type: 'COMPANY', label: 'ORGANIZATION', patterns: [{ regex: /(?<![\p{L}\p{M}])(?:Cty(?: TNHH)?|Công ty(?: TNHH)?|Trung tâm|Chi nhánh|Perum)[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,2}/gu, score: 0.8 }] },
  // Public agencies named for their county or city: "Fulton County DFCS", "Denver PD", "Cook County Sheriff's Office".
  {
    type: 'PUBLIC_AGENCY',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: /\b(?:[A-Z][a-z]+[ \t]+){1,3}(?:County[ \t]+)?(?:PD|Police(?: Department)?|Sheriff'?s?(?: Office| Department)?|Fire(?: Department| Rescue)?|EMS|DFCS|DCFS|DSS|CPS|Social Services|Health Department|Public Health|Department of [A-Z][a-z]+(?: [A-Z][a-z]+)?|National Guard|Detention Center|[Jj]ail|Correctional Facility|Courthouse|District Court|Circuit Court)\b/g,
        score: 0.8,
      },
      // A court, which "Court" as a street type would make an address: "Shelby County Juvenile Court", "Hennepin County District Court".
      { regex: /(?<![\w'-])(?!(?:The|A|An|My|Our|His|Her|Their|Your|This|That)\b)(?:\p{Lu}[\p{L}'-]+[ \t]+){1,3}(?:County|City|Municipal|District|Circuit|Juvenile|Family|Probate|Superior|Chancery|Drug|Traffic|General Sessions|Bankruptcy|Housing|Small Claims)[ \t]+Court\b/gu, score: 0.9 },
    ],
    validate: (match) => !ORGANIZATION_NON_LEADS.test(match) && !/^(?:Child|Adult)\s+Protective/.test(match),
  },
  // Unions, teams and law firms, by the words only they are named with or the verbs only they take.
  {
    type: 'COMPANY',
    label: 'ORGANIZATION',
    patterns: [
      // A union's local by its number: "UAW Local 862", "ibew local 474"; or by its number alone after the union's capitals: "SEIU 1199", "1199SEIU".
      { regex: new RegExp(String.raw`\b(?:UAW|IBEW|SEIU|AFSCME|UFCW|IUOE|USW|CWA|AFT|NEA|IAM|LIUNA|ILA|ILWU|ATU|TWU|IATSE|${UNION_TRADES})[ \t]+[Ll]ocal[ \t]+\d{1,4}\b`, 'gi'), score: 0.85 },
      { regex: /\b(?:(?:UAW|IBEW|SEIU|AFSCME|UFCW|IUOE|USW|CWA|LIUNA|ILWU|IATSE)[ \t]+\d{2,4}|\d{2,4}SEIU)\b/g, score: 0.85 },
      // Or by its trade and "union": "our plan is through the Carpenters union", "my wife is with the laborers' union".
      { regex: new RegExp(String.raw`\b(?:${UNION_TRADES}|Electricians|Boilermakers|Bricklayers|Machinists|Autoworkers|Painters|Sheet Metal Workers|Mine Workers|Postal Workers|Letter Carriers|Firefighters|Teachers|Nurses)['’]?[ \t]+[Uu]nion\b`, 'gi'), score: 0.8 },
      // Or by "Local" and its number alone, capitalised as its members write it: "a union carpenter, Local 322".
      { regex: /(?<![\p{L}\p{M}])Local[ \t]+\d{2,4}(?![\p{L}\p{N}])/gu, score: 0.75 },
      // A team someone plays, skates or cheers for: "plays for the eagan wildcats", "the travel team is the Cobb Stars".
      {
        regex: /(?<=\b(?:(?:play|plays|played|playing|skate|skates|skating|cheer|cheers|cheering|wrestle|wrestles|wrestling|swim|swims|swimming|run|runs|running)[ \t]+(?:for|on|with)|team(?:'s| is))[ \t]+(?:the[ \t]+)?)(?!(?:the|a|an|my|his|her|our|their|your|school|varsity|jv|junior|team|same|other|local|high|middle)\b)\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+){0,2}?[ \t]+(?:\p{L}[\p{L}'’-]*s|blaze|heat|thunder|fire|storm|lightning|magic|force|united|fc|sc|crew|crush|fusion|elite|select|academy)(?![\p{L}\p{M}])/giu,
        score: 0.9,
      },
      // A law firm by its name and "Law": "at Kessler Law", "with Morgan and Weiss Law Group"; not a kind of law ("Family Law").
      {
        regex: /(?<=\b(?:at|with|from|of|to|by|called|hired)[ \t]+)(?!(?:Family|Criminal|Immigration|Elder|Tax|Labor|Employment|Civil|Business|Corporate|Federal|State|Constitutional|International|Environmental|Health|Patent|Estate|Contract|Case|Common|Administrative|Disability|Injury|Personal|Bankruptcy|Public|Private|Martial|Natural|Medical|Insurance|Criminal|Juvenile|Education|Sports|Entertainment|Maritime|Military|Tribal|Indian|The|A|My|Our|Your)\b)\p{Lu}[\p{L}'-]+(?:[ \t]+(?:&|and)[ \t]+\p{Lu}[\p{L}'-]+)?(?<!['’]s)[ \t]+Law(?:[ \t]+(?:Firm|Group|Office|Offices|Center|Partners|PLLC|LLC|PC|P\.C\.))?\b(?![ \t]+(?:[Ss]chool|[Ee]nforcement|[Cc]lerk|[Rr]eview|[Ll]ibrary))/gu,
        score: 0.85,
      },
    ],
  },
  // A login, which may hold dots and underscores an account number never does: "my username is esperanza.l.mtz".
  { type: 'USERNAME', label: 'ID', patterns: [{ regex: /\b(?:user ?name|user id|login|screen name)(?:\s+(?:is|was))?[\s:=]+["']?([A-Za-z][\w.-]{2,39}[A-Za-z0-9])/gi, score: 0.75 }], validate: (match) => /[\d._]/.test(match), group: 1 },
  // (L) vehicle identifiers: a VIN's check digit makes it safe to take without a label.
  { type: 'VIN', label: 'ID', patterns: [{ regex: /\b[A-HJ-NPR-Z0-9]{17}\b/gi, score: 0.85 }], validate: vin },
  { type: 'DEA', label: 'ID', patterns: [{ regex: /\b[A-Z][A-Z9]\d{7}\b/g, score: 0.6 }], validate: dea, context: ['dea'] },
  // (C) dates directly related to a person, numeric and written
  {
    type: 'DATE',
    label: 'DATE',
    patterns: [
      { regex: /\b(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d{2}\b/g, score: 0.8 },
      // A holiday with its year is one day ("born on christmas day 1941", "in the er on thanksgiving 2025"); alone it is every year's.
      { regex: /\b(?:christmas(?: day| eve)?|new year'?s(?: day| eve)?|thanksgiving(?: day)?|easter(?: sunday)?|halloween|independence day|(?:the )?(?:fourth|4th) of july|valentine'?s day|memorial day|labor day|veterans'? day|mother'?s day|father'?s day|(?:st\.?|saint) patrick'?s day)(?:,? (?:of )?)(?:19|20)\d{2}\b/gi, score: 0.8 },
      // ISO, also as the date part of a timestamp ("2025-11-02T10:00:00Z").
      { regex: /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/g, score: 0.85 },
      // Year first with dots or slashes, as East Asian and some European forms write it: "1961.06.03",
      // "1961/06/03"; not a version number ("version 2023.10.1").
      { regex: /(?<!\b(?:v|ver|version|release|build)\.?\s?)\b(?:19|20)\d{2}([./])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?![\d.]\d)/gi, score: 0.8 },
      { regex: /\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}\b/g, score: 0.7 },
      { regex: new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`, 'gi'), score: 0.75 },
      { regex: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'), score: 0.8 },
      // "2nd Nov", "the 5th of August": an ordinal day before its month.
      { regex: new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\s+(?:of\\s+)?${MONTH}(?![a-z])`, 'gi'), score: 0.75 },
      { regex: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'gi'), score: 0.6 },
      // The year cut to two digits after an apostrophe: "discharged Nov '25".
      { regex: new RegExp(`\\b${MONTH}\\.?\\s+['’]\\d{2}(?![\\d'’])`, 'gi'), score: 0.6 },
      // "3 de marzo de 1962", "14 février 1979", "12 de maio de 1980", "2. März 1966".
      { regex: new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9]|1er)\\.?\\s+(?:de\\s+)?${ROMANCE_MONTH}(?:,?\\s+(?:de\\s+|del\\s+)?${YEAR})?(?![\\p{L}\\p{N}])`, 'giu'), score: 0.75 },
      // Its day spelt out: "el primero de mayo del 2020", "el veintiocho de noviembre".
      { regex: new RegExp(`(?<=\\b(?:el|del|al|desde el|hasta el|es|fue|nací|naci|nació|nacio)[ \\t]+)(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintidós|veintidos|veintitrés|veintitres|veinticuatro|veinticinco|veintiséis|veintiseis|veintisiete|veintiocho|veintinueve|treinta(?:[ \\t]+y[ \\t]+uno)?)[ \\t]+de[ \\t]+${ROMANCE_MONTH}(?:,?[ \\t]+(?:de[ \\t]+|del[ \\t]+)?(?:${YEAR}|${SPANISH_SPOKEN_YEAR}))?(?![\\p{L}\\p{N}])`, 'giu'), score: 0.75 },
      // "on 3 December": a day before its month without a year, the month capitalised ("give 2 march" is no date).
      { regex: /\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/g, score: 0.7 },
      // Chart style: "17-Feb-2023", "03/Mar/21".
      { regex: new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])([-/])${MONTH}\\1(?:${YEAR}|\\d{2})\\b`, 'gi'), score: 0.8 },
      // Month and day after "on", "by", "for", "since", a weekday, or after another month and day ("a note for 11/12
      // and 11/13"): "I paid $120 on 10/30" (not half a tablet).
      {
        regex: /(?<=\b(?:on|by|for|since|until|till|before|after|thru|through|from|between|starting|effective|missed|miss|out|seen|visit|appt|appointment|covering|including|except|during|dated|as of|(?:[Mm]on|[Tt]ues?|[Ww]ed|[Ww]ednes|[Tt]hur?s?|[Ff]ri|[Ss]at|[Ss]atur|[Ss]un)(?:day)?,?)\s|\b(?:0?[1-9]|1[0-2])\/(?:[12]\d|3[01]|0?[1-9])\s*(?:and|or|to|&|-)\s*)(?:0?[1-9]|1[0-2])\/(?:[12]\d|3[01]|0?[1-9])\b(?![/.]\d)(?!\s*(?:tabs?|tablets?|pills?|cups?|doses?|bottles?|teaspoons?|tsp|tablespoons?|tbsp|inch(?:es)?|in|lbs?|oz|mg|of|times|tries|days|weeks|months|years|hours|hrs|minutes|mins)\b)/g,
        score: 0.6,
      },
      // "his 1/14 colonoscopy", "my 12/3 appointment".
      { regex: /(?<=\b(?:his|her|my|your|their|our)\s)(?:0?[1-9]|1[0-2])\/(?:[12]\d|3[01]|0?[1-9])\b(?![/.]\d)(?!\s*(?:tabs?|tablets?|pills?|cups?|doses?|mg|of)\b)/g, score: 0.6 },
      // Month and year, where the words say what it dates: "exp 04/2027", "since 03/2019".
      { regex: /\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b/g, score: 0.3 },
      // "el domingo 23", "lundi 8": a weekday of another language with its day.
      { regex: /\b(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:[12]\d|3[01]|0?[1-9])\b(?![:.]\d)/gi, score: 0.7 },
      // "Tuesday the 18th", "thurs the 11th".
      { regex: /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu|thurs?|fri)\.?,?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:floor|fl|level|grade|street|st|avenue|ave)\b)/gi, score: 0.75 },
      // A compact birth date after its label: "DOB 19521230", as chart exports write it; "DOB 031458", as callers key it in.
      { regex: /(?<=\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born)[:#]?[ \t]*)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)/gi, score: 0.85 },
      { regex: new RegExp(String.raw`(?<=${BIRTH_DATE_CUE})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:19|20)\d{2}|\d{2})(?!\d)`, 'gi'), score: 0.85 },
      // Its month and day with a dash ("born 3-14"), or read out digit by digit ("date of birth is oh three one four five eight").
      { regex: new RegExp(String.raw`(?<=${BIRTH_DATE_CUE})(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![-/.]?\d|[ \t]*(?:weeks?|wks?|days?|months?|mos?|hours?|hrs?|lbs?|pounds?|oz|ounces?|minutes?|mins?|years?|yrs?)\b)`, 'gi'), score: 0.8 },
      { regex: new RegExp(String.raw`(?<=${BIRTH_DATE_CUE})${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){5}(?:(?:[ ,-]+${DIGIT_WORD}){2})?(?![ ,-]+${DIGIT_WORD}\b)\b`, 'gi'), score: 0.8 },
      // A month "of" its year after a birth date's cue: "born June of 1931", "DOB is March of 1948".
      { regex: new RegExp(String.raw`(?<=${BIRTH_DATE_CUE}(?:in[ \t]+)?)${MONTH}[ \t]+of[ \t]+(?:19|20)\d{2}\b`, 'gi'), score: 0.85 },
      // A year written with its apostrophe: "March 14, '58".
      { regex: new RegExp(String.raw`\b${MONTH}[ \t]+${DAY},?[ \t]+['’]\d{2}\b`, 'gi'), score: 0.85 },
      // "on the 14th", "on the ninth" (not "on the 2nd floor", "on the first try"); "reschedule Amara's well-child to the 19th".
      // Also after "since", "until", "by" ("here since the fourteenth"), what a visit is ("my next appt is the 18th") and, written as digits, after "do", "before", "after" ("can we do the 24th").
      {
        regex: new RegExp(
          `(?:(?<=\\b(?:on|since|until|till|til|by|instead of|rather than|through|thru|discharged|admitted|released|(?:appt|appointment|surgery|procedure|visit|due date|birthday|bday|follow-?up|induction)(?: date)? (?:is|was)|see (?:u|you|ya)|how about|what about|moved? (?:it )?to|booked for|scheduled for|(?:re)?schedule(?:d)? (?:it )?(?:to|for)|change(?:d)? (?:it )?to|switch(?:ed)? (?:it )?to|push(?:ed)? (?:it )?to|(?:reschedul(?:e|ed|ing)|mov(?:e|ed|ing)|push(?:ed|ing)?|chang(?:e|ed|ing))\\b[^.!?\\n]{1,40}?\\bto) the )(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${SPOKEN_DAY})|(?<=\\b(?:do|before|after|from|through|thru) the )(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th))\\b(?!\\s+(?:floor|fl|level|street|st|avenue|ave|grade|time|try|attempt|round|dose|shot|week|day|month|of (?:the )?month|one|place|page|line|thing|person|call|visit|ring|century|amendment|district|ward|percentile|birthday|anniversary|of (?:his|her|their|my|our|the) \\w+))`,
          'gi',
        ),
        score: 0.6,
      },
      // A month and day a texter writes alone ("i can do 12/7 after 3", "got hurt 11/27 at work"): two digits on one side,
      // so that no fraction ("1/2 tab", "3/4 cup") counts; not a pain score ("7/10 pain") nor a dose.
      {
        regex:
          /(?<![\d/.,:$-]|\b(?:pain|scale|score|rated?|rating|level|take|took|takes|taking|half|x|is at)\s|\b(?:pain|rate|rated|scale|score)\b[^.\n\d]{0,16})\b(?!10\/10\b)(?:1[0-2]\/(?:[12]\d|3[01]|0?[1-9])|0?[1-9]\/(?:[12]\d|3[01]|1[1-9]))\b(?![/.,]\d|\s*(?:pain|tabs?|tablets?|pills?|caps?|capsules?|cups?|doses?|mg|ml|units?|of|times|x|ratio|split|scale|score|on the pain))/g,
        score: 0.55,
      },
      // Month and day without a year ("on 12/03"): a date only where the words around say so.
      { regex: /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b(?![/.]\d)/g, score: 0.3 },
      // Read out as digits: "seven twelve sixty four", "oh four oh nine seventy one" after "date of birth".
      { regex: new RegExp(`\\b(?:(?:oh|zero)[ -]${UNIT_WORD}|${UNIT_WORD}|ten|eleven|twelve)[ -](?:(?:oh|zero)[ -]${UNIT_WORD}|(?:twenty|thirty)(?:[ -]${UNIT_WORD})?|${TEEN_WORD}|${UNIT_WORD}|ten)[ -]${SPOKEN_YEAR_OR_TWO_DIGITS}\\b`, 'gi'), score: 0.3 },
      // Read out with its slashes: "oh four slash twelve slash sixty".
      { regex: new RegExp(`\\b${SPOKEN_DATE_PART} slash ${SPOKEN_DATE_PART} slash ${SPOKEN_YEAR_OR_TWO_DIGITS}\\b`, 'gi'), score: 0.75 },
      // A caller's "uh" between day and year does not end the date.
      { regex: new RegExp(`\\b${FULL_MONTH}(?:,?\\s+(?:uh|um|er))*\\s+(?:the\\s+)?${SPOKEN_DAY}(?:,?(?:\\s+(?:uh|um|er))*\\s+${SPOKEN_YEAR})?\\b`, 'gi'), score: 0.75 },
      { regex: new RegExp(`\\b(?:the\\s+)?${SPOKEN_DAY}\\s+of\\s+${FULL_MONTH}(?:,?\\s+${SPOKEN_YEAR})?\\b`, 'gi'), score: 0.75 },
      // A month and its year read out: "back in march of twenty twenty four", "june two thousand nine".
      { regex: new RegExp(`\\b${FULL_MONTH}\\s+(?:of\\s+)?(?:(?:nineteen|twenty)[ -]${TWO_DIGIT_WORDS}|two thousand(?:(?: and)? (?:${TENS_WORD}(?:[ -]${UNIT_WORD})?|${TEEN_WORD}|${UNIT_WORD}))?)\\b`, 'gi'), score: 0.6 },
    ],
    context: ['dob', 'birth', 'born', 'birthday', 'admitted', 'adm ', 'admit', 'discharged', 'appointment', 'appt', 'visit', 'seen', 'date', 'scheduled', 'reschedule', 'move', 'exp', 'expires', 'expiration', 'since', 'issued'],
  },
  // A year of birth alone is no identifier, unless it tells an age over 89 ("born in 1931"): Safe Harbor removes every element of a
  // date, the year included, that is indicative of such an age.
  {
    type: 'DATE',
    label: 'DATE',
    patterns: [{ regex: /(?<=\b(?:born(?:[ \t]+in)?|b\.)[ \t]+)(?:18|19|20)\d{2}(?![\d/.-]\d)/gi, score: 0.8 }],
    validate: (year) => Number(year) <= new Date().getFullYear() - 90,
  },
  // Ages over 89 are identifiers under Safe Harbor; younger ages are not
  {
    type: 'AGE',
    label: 'AGE',
    patterns: [
      { regex: /\b(?:9\d|1[01]\d)(?=[- ]?(?:years?|yrs?|y[\/.]?o)\b)/gi, score: 0.85 },
      // A chart's sex, then the age: "F, 92, lives with daughter", "Male, 94;".
      { regex: /(?<=(?<![\p{L}\p{N}])(?:F|M|Female|Male),[ \t]*)(?:9\d|1[01]\d)(?=[ \t]*(?:[,;)|\n]|$))/gu, score: 0.7 },
      // "tiene 96 años", "a 92 ans", "tem 95 anos", "ist 91 Jahre".
      { regex: /\b(?:9\d|1[01]\d)(?=\s+(?:años|ans|anos|Jahre)\b)(?<=\b(?:tiene|tenía|cumple|cumplió|a|avait|tem|tinha|ist|wird)\s+\d+)/giu, score: 0.85 },
      { regex: new RegExp(`\\b(?:aged?(?:[ \\t]*\\/[ \\t]*(?:sex|gender))?|age of)[\\s:]+(9\\d|1[01]\\d|${SPOKEN_AGE})\\b`, 'gi'), score: 0.85 },
      // "at 93 she still drives": an age said before who has it.
      { regex: new RegExp(`(?<=\\b[Aa]t[ \\t]+)(?<!\\b(?:was|is|stayed|stays|dropped|drops|went|goes|down|up|sugar|bp|pressure|oxygen|o2|sats?|pulse|rate|temp|glucose|reading|level|levels|count|weight|it|stuck|holding|steady|set|capped)[ \\t]+[Aa]t[ \\t]+)(?:9\\d|1[01]\\d|${SPOKEN_AGE})(?=,?[ \\t]+(?:she|he|they|mom|dad|my|her|his|grandma|grandpa)\\b)`, 'g'), score: 0.7 },
      // Between commas after a name, as a chart line writes it: "patient Rafael Quiñones-Ruiz, 93, fell at home"; or closing
      // the name's clause: "Patient Harold Finch, 94. Lives alone.", "Aunt Bea, 91 and diabetic", "her mom (Aurelia Ramos, 96)", "Pt: Hazel Ward, 98 F".
      { regex: /(?<=\p{Lu}[\p{L}\p{M}'-]+,\s)(?:9\d|1[01]\d)(?=,\s|[.;](?:\s|$)|\)|\s+(?:and|who|with|lives|living|is|has|needs|was)\b|[ \t]?[FM]\b)(?![.,]\d|\s+(?:and|with)\s+\d)/gu, score: 0.6 },
      // After a person's own capitalised name: "Loretta's 93 and still drives", "Dolores is 92 and hard of hearing", "Mrs. Diaz is
      // ninety-four and"; not a place's weather, a price or a reading ("Texas is 95 today", "Walgreens is 90 cents cheaper", "Ruby is 95 lbs now").
      {
        regex: new RegExp(String.raw`(?<=(?<![\p{L}\p{M}])(?!(?:It|This|That|There|Here|Which|What|Who|Today|Tomorrow|Tonight|Temp|Temperature|Sugar|Glucose|Pulse|Weight|Score|Total|Room|Bill|Balance|Rate|Level|Reading|Number|Price|Cost|Copay|Oxygen|Sat|Heat|Index)\b)\p{Lu}\p{Ll}+(?:['’]s|[ \t]+(?:is|was|will be|turns|turned|just turned))[ \t]+(?:(?:now|almost|nearly|about|just|already)[ \t]+)?)(?:9\d|1[01]\d|${SPOKEN_AGE})(?![.,]\d|[\p{L}\p{N}])(?=[ \t]*(?:[,.;!?)]|$|[ \t]+(?:and|years?|yrs?|now|this|next|on|in|but|so|today|tomorrow)\b))(?![ \t]+(?:today|tomorrow|on[ \t]+the|in[ \t]+the[ \t]+(?:shade|sun)))`, 'gu'),
        score: 0.6,
      },
      // In brackets after a birth date: "DOB 12-03-1931 (94)", "born June 2, 1930 (96)".
      { regex: /(?<=(?:\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|\b(?:19|20)\d{2}-\d{2}-\d{2}|,[ \t]*(?:19|20)\d{2})[ \t]*\()(?:9\d|1[01]\d)(?=[ \t]*(?:y\.?o\.?|y\/o|yrs?|years?(?: old)?)?\))/g, score: 0.7 },
      // Set off by commas or dashes after a kin word, or a kin word and a given name: "my mom, ninety eight, fell", "aunt ruth, ninety-one, wants",
      // "grandpa - 96 - still fishing".
      { regex: new RegExp(`(?<=\\b(?:${PERSON_WORDS}|grandmother|grandfather|grandson|granddaughter|son|daughter)(?:[ \\t]+\\p{L}[\\p{L}'-]+)?(?:,[ \\t]|[ \\t]*[-–—][ \\t]*))(?:9\\d|1[01]\\d|${SPOKEN_AGE})(?=,|[ \\t]*[-–—])`, 'giu'), score: 0.7 },
      // Right after a kin word, or a kin word and a given name, with what the person does next: "my great aunt Myrtle 94 needs a
      // van", "my grandmas 96 and shes still sharp"; not a count or a measure ("my dad 90 minutes away").
      { regex: new RegExp(`(?<=\\b(?:${PERSON_WORDS}|grandmother|grandfather)(?:s|['’]s)?(?:[ \\t]+\\p{L}[\\p{L}'-]+)?[ \\t]+)(?:9\\d|1[01]\\d|${SPOKEN_AGE})(?=[ \\t]+(?:and|needs|need|is|has|had|fell|falls|lives|was|can|cant|can't|still|wants|gets|uses)\\b)`, 'giu'), score: 0.6 },
      // Two kin's ages side by side, the second or the first over 89: "dad is 88 and mom 91", "dad 94, mom 91".
      { regex: new RegExp(`(?<=${KIN_AGE_LEAD}\\d{2}${AND_KIN_AGE_LEAD})(?:9\\d|1[01]\\d)\\b${NOT_A_MEASURE_AFTER}`, 'gi'), score: 0.6 },
      { regex: new RegExp(`(?<=${KIN_AGE_LEAD})(?:9\\d|1[01]\\d)(?=${AND_KIN_AGE_LEAD}\\d{2}\\b${NOT_A_MEASURE_AFTER})`, 'gi'), score: 0.6 },
      // "Her age is 94", and the caller's answer to how old someone is: "Agent: how old is the patient⏎Caller: ninety six".
      { regex: new RegExp(`(?<=\\b(?:her|his|my|their|your|patient'?s|pt'?s)[ \\t]+age[ \\t]+(?:is|was)[ \\t]+|\\b(?:how old|age)\\b[^\\n]{0,40}${ANSWER_LINE}(?:(?:uh|um|she'?s|he'?s|i'?m|shes|hes|im|about)[ \\t,]+)*)(?:9\\d|1[01]\\d|${SPOKEN_AGE})\\b(?![ \\t]*(?:%|percent|minutes|min|lbs?|pounds|kg|mg|dollars))`, 'gi'), score: 0.8 },
      // The age someone lived to or died at: "she lived to 102", "my father passed at 93".
      { regex: new RegExp(`(?<=\\b(?:(?:lived|live|living|made it|make it|making it)[ \\t]+to|(?:died|passed|passed away|passed on)[ \\t]+at)[ \\t]+)(?:9\\d|1[01]\\d|${SPOKEN_AGE})\\b(?![ \\t]*(?:%|percent|miles|mi|mph|days|minutes|min))`, 'gi'), score: 0.75 },
      // Closing a patient field: "Patient: Ove Lund, 102 | Address: …".
      { regex: /(?<=\b(?:[Pp]atient|[Pp]t|[Rr]esident|[Mm]ember|[Nn]ame)[ \t]*:[ \t]*\p{Lu}[^\n,|;:\d]{1,40},[ \t]?)(?:9\d|1[01]\d)(?=[ \t]*(?:[|;\n]|$))/gu, score: 0.6 },
      // Or in brackets after the name or a kin word, in any case, spelled out too: "my mother Parveen Akhtar (95) lives with us", "(93F)",
      // "my great grandmother (93) needs a walker", "jean (92) fell", "mr hill (ninety one)"; not a reading, a bill or a room ("BP (92/60)", "the bill (95)").
      { regex: new RegExp(`(?<=(?<![\\p{L}\\p{M}\\p{N}])(?!(?:${MEASUREMENT_WORDS}|qty|quantity|supply|tabs?|tablets?|pills?|caps|capsules?|days|mg|mcg|units|ml|refills?|doses?|bp|bill|bills|room|rm|bed|suite|ste|apt|unit|page|step|line|item|code|exit|route|hwy|highway|bus|gate|floor|chapter|question|option|ext|extension|grade|test|tests|panel|invoice|statement|account|acct|claim|order|box|lot|ward|bay|case|price|cost|fee|amount|due)\\b)\\p{L}[\\p{L}\\p{M}'-]*[ \\t]*\\(+)(?:9\\d|1[01]\\d|${SPOKEN_AGE})(?=\\s?(?:[FM]|yo|y\\/o)?\\))`, 'giu'), score: 0.6 },
      // After a slash or in a table's cell, before the sex: "Gladys Pruitt/97/F", "Smith, Albert | 93 | M |".
      { regex: /(?<![\d.]|\d\/)(?:9\d|1[01]\d)(?=[ \t]*\/[ \t]*(?:F|M|Female|Male)\b)|(?<=\|[ \t]*)(?:9\d|1[01]\d)(?=[ \t]*\|[ \t]*(?:F|M|Female|Male)[ \t]*(?:\||$))/gmu, score: 0.7 },
      { regex: new RegExp(`\\b${SPOKEN_AGE}(?=[- ](?:years?|yrs?|y\\/?o)\\b)`, 'gi'), score: 0.85 },
      // Spelled out in Spanish: "tiene noventa y tres años".
      // Or after what has or turns an age, without "años": "ya tiene noventa y cuatro".
      { regex: /\b(?:noventa(?:[ \t]+y[ \t]+(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento[ \t]+(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))(?:[ \t]+años\b|(?<=\b(?:tiene|tenía|tengo|cumple|cumplió|cumplirá|va a cumplir)[ \t]+\p{L}+(?:[ \t]+y[ \t]+\p{L}+)?)(?![\p{L}]))/giu, score: 0.85 },
      // The birthday that tells the age: "dad's 93rd birthday", "her 100th bday", "her ninety-fifth birthday", "grandpa celebrated his 101st".
      { regex: /\b(?:9\d|1[01]\d)(?=(?:st|nd|rd|th)[ \t]+(?:birthday|bday|b-day)\b)/gi, score: 0.8 },
      { regex: new RegExp(String.raw`\b(?:${SPOKEN_AGE_ORDINAL})(?=[ \t]+(?:birthday|bday|b-day)\b)`, 'gi'), score: 0.8 },
      { regex: /(?<=\bcelebrat(?:ed|es|ing)[ \t]+(?:(?:his|her|their|my|our)[ \t]+)?)(?:9\d|1[01]\d)(?=(?:st|nd|rd|th)\b)/gi, score: 0.8 },
      // A chart's shorthand of age and sex after "pt": "pt 91F, lives alone".
      { regex: /(?<=\b(?:[Pp]t|PT|[Pp]atient|[Rr]esident)[ \t]+)(?:9\d|1[01]\d)(?=[FM]\b)/g, score: 0.75 },
      // A chart's shorthand of age and sex before what the patient has: "91F with CHF", "94M w/ dementia".
      { regex: /(?<![\w°.-])(?<!\b(?:[Ii]t'?s|[Ii]t is|was|is|temp|temperature|about|around|like|over|under)[ \t]+)(?:9\d|1[01]\d)(?=[FM][ \t]+(?:(?:with|who|presenting|presents|hx|pmh|admitted)\b|w\/|h\/o|c\/o|s\/p))/g, score: 0.75 },
    ],
  },
  // What someone is or turns, a caller's correction of it included: "she's eighty five no wait ninety five".
  {
    type: 'AGE',
    label: 'AGE',
    patterns: [
      {
        regex: new RegExp(
          `\\b(?:(?:i'?m|i am|she'?s|he'?s|she is|he is)(?:[ \\t]+(?:going to|gonna)[ \\t]+(?:be|turn))?|turned|turning|turns|who is|who['’]?s|(?:i|she|he|they)(?:'ll| will) (?:be|turn))\\s+(?:(?:almost|nearly|about|just|now|already|finally|only|going on|pushing)\\s+)?(?:(?:\\d{1,3}|${TENS_WORD}(?:[ -]${UNIT_WORD})?)[,.]?\\s+(?:(?:no|sorry|i mean|actually|wait|oops|uh|um)[,.]?\\s+){1,3})?(9\\d|1[01]\\d|${SPOKEN_AGE})\\b(?![.,]\\d|[ -]?(?:%|percent|minutes|min|lbs?|pounds|kg|mg|degrees|dollars))`,
          'gi',
        ),
        score: 0.8,
      },
    ],
    group: 1,
  },
  // "my father Giuseppe is 96 and needs a home visit", "my grandfather Elijah Sr. is 99": a person,
  // then "is" and the age, with no measurement between ("his sugar is 96" is a reading).
  {
    type: 'AGE',
    label: 'AGE',
    patterns: [
      {
        regex: new RegExp(
          `\\b(?:${PERSON_WORDS})\\b(?:(?!(?:${MEASUREMENT_WORDS})\\b)(?:\\b(?:Sr|Jr|Mrs?|Ms|Dr)\\.|[^.?!\\n\\d])){0,40}?(?:\\bis|['’]s|\\b(?:will|['’]ll|going to|gonna)[ \\t]+(?:be|turn)|\\bturns|\\bturned|\\bturning|\\bhit|\\bcelebrated|\\bcelebrates|\\bcelebrating|\\breached)\\s+(?:(?:now|almost|nearly|about|just|already|going on|pushing)\\s+)?(9\\d|1[01]\\d|${SPOKEN_AGE})\\b(?![.,]\\d|[ -]?(?:%|percent|minutes|min|lbs?|pounds|kg|mg|degrees|dollars|over|\\/))`,
          'gi',
        ),
        score: 0.75,
      },
    ],
    group: 1,
  },
  // (B) street addresses, and city/state/ZIP lines
  {
    type: 'STREET_ADDRESS',
    label: 'ADDRESS',
    patterns: [
      {
        regex: new RegExp(
          `${NOT_A_DATE_YEAR}\\b\\d{1,6}\\s+(?:[NSEW]\\.?[ \\t]+)?(?:${STREET_WORD}[ \\t]+){1,4}(?:${STREET_TYPES})\\b\\.?(?:[ \\t]+(?:NE|NW|SE|SW|[NSEW])\\b\\.?)?(?:,?\\s+(?:apt|apartment|suite|ste|unit|#)\\.?\\s*[A-Z0-9-]+)?`,
          'gi',
        ),
        score: 0.85,
      },
      { regex: /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi, score: 0.85 },
      // A rural route's or a highway contract route's box: "RR 2 Box 14", "HC 63 Box 20".
      // With its town, state and ZIP when they follow on the line.
      {
        regex: new RegExp(String.raw`\b(?:RR|R\.R\.|rr|[Rr]ural [Rr]oute|HC|H\.C\.|hc|[Ss]tar [Rr]oute)[ \t]*\d{1,3},?[ \t]+[Bb](?:ox|OX)[ \t]+\d{1,5}\b(?:,?[ \t]+\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2},?[ \t]+(?:${STATES})\b(?:[ \t]+\d{5}(?:-\d{4})?\b)?)?`, 'gu'),
        score: 0.85,
      },
      { regex: new RegExp(`${NOT_A_DATE_YEAR}\\b\\d{1,6}[ \\t]+(?:[NSEW]\\.?[ \\t]+)?(?:${STREET_WORD}[ \\t]+){1,3}(?:${HOUSE_NUMBERED_STREET_TYPES})\\b`, 'gi'), score: 0.8 },
      // The rest of the USPS street suffixes, many of them everyday words ("hill", "green", "point"), so
      // only capitalised after a house number: "176 Pinto Hill", "149 Monika Union", "903 Dora Creek".
      { regex: new RegExp(String.raw`${NOT_A_DATE_YEAR}\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{Ll}\p{M}'-]+\s+){1,3}(?:${CAPITALISED_STREET_TYPES})\b\.?`, 'gu'), score: 0.8 },
      // The same suffixes in lower case where an address is said to be, with a house number of two digits or more: "send the bill to
      // 6184 taryn island", "i live at 768 crawford cliffs"; not "at 10 different points".
      {
        regex: new RegExp(String.raw`(?<=\b(?:[Tt]o|[Aa]t|[Ii]s|[Aa]ddress:?|[Aa]ddr:?)[ \t]+)\d{2,6}[ \t]+(?:[nsew][ \t]+)?(?!(?:different|other|more|separate|new|old|big|small|few|many|several|extra|whole|same|main|local|nearby|national|state)\b)(?:(?!(?:${NOT_IN_A_STREET_NAME}|i|he|she|we|they|it|you|me|him|us|them|still|also|never|always|only)\b)[a-z][a-z']*[ \t]+){1,3}(?:${LOWER_CASE_STREET_SUFFIXES})\b`, 'gu'),
        score: 0.75,
      },
      // Military mail: "Unit 5477 Box 8244, DPO AP 15730", "PSC 1234, Box 5678, APO AE 09876".
      { regex: /\b(?:Unit|PSC|CMR)\s+\d{4},?\s+Box\s+\d{4}(?:,?\s+(?:DPO|APO|FPO)\s+(?:AA|AE|AP)\s+\d{5})?/gi, score: 0.85 },
      // A ship's mail: "USNS Bergman\nFPO AP 93757".
      { regex: /\b(?:USNS|USNV|USS|USCGC)\s+\p{L}[\p{L}\p{M}'-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'-]+)?(?:,?\s+(?:DPO|APO|FPO)\s+(?:AA|AE|AP)\s+\d{5})?/giu, score: 0.85 },
      // European streets: the street word as a suffix ("Vesterskovvej 79", "Hauptstraße 5") or a prefix ("Via Roma 131", "ul. Długa 7").
      {
        regex: /(?<![\p{L}\p{N}])(?:\d{1,6}\s+)?(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|-(?:Str\.|Straße|Strasse|Platz|Weg|Allee|Gasse)|gasse|weg|allee|platz|bruch|damm|ufer|vej|vænget|gade|vägen|väg|gatan|gata|allén|gränd|stigen|laan|straat|plein|dijk|plantsoen|singel|gracht|kade|steeg|park|kuja|tie|katu|polku|veien|vei|gate|vollen|bakken|utca|ulice|[ \t](?:Straße|Strasse|Str\.|Gasse|Weg|Allee|Platz|Gade|Vej|Gata|Väg|Vei|Gate|Laan|Straat|Plein|Katu|Utca|utca|út|u\.|Sokak|Sokağı|Caddesi|Cad\.|Bulvarı))\s+\d{1,5}[a-z]?(?:[ \t]+(?:I{1,3}|hs|bis))?(?![\p{L}\p{N}])/gu,
        score: 0.8,
      },
      {
        regex: /(?<![\p{L}\p{N}])(?:\d{1,6}\s+)?(?:Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Contrada|Borgo|Rotonda|Strada|Rue|Avenue de|Allée|Impasse|Chemin|Quai|Cours|Boulevard|Blvd\.?|Calle|C\/|Avda\.|Avenida|Av\.|Rua|Rúa|Travessa|Alameda|Rodovia|Marginal|Carrer|Passeig|Ronda|Plaza|Paseo|Pasaje|Glorieta|Explanada|Quinta|Camino|Carretera|Callejón|Privada|Cerrada|Calzada|Prolongación|Torrente|ul\.|ulica|wyb\.|al\.|os\.|rondo|plac|aleja|osiedle|bulwar|skwer|droga|wyspa|park)\s+(?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+,?\s+\d{1,5}[a-z]?(?:\/\d{1,4})?(?![\p{L}\p{N}])/gu,
        // Above a known first name and surname inside it ("Rua Ana Caciola 1159").
        score: 0.8,
      },
      // The same in lower case, as texts and transcripts write it, when a number closes it: "688 rue du centre 320", "106 rúa olmos 44".
      { regex: /\b\d{1,6}\s+(?:calle|avenida|rue|via|viale|rua|rúa|travessa)\s+(?:[\p{Ll}'’.-]+\s+){1,4}\d{1,5}[a-z]?\b/gu, score: 0.75 },
      // A line that opens with a house or building number, then a street no list knows and its
      // number, as forms lay out addresses abroad ("22829 Jagerij 64", "009 Slovenčeva 51, Apt. 3"),
      // when a unit, a town or a postcode follows it.
      // Inside a line too after "at", a unit ("Suite 541 6343 Skogstien 106\nASKER") or a venue's comma ("at Locavore, 641 Dašická 688, Turkovice").
      { regex: /(?<=^[ \t>?*-]*|\b(?:at|to)[ \t]+|\b(?:Suite|Apt\.?|Unit)[ \t]+\d{1,5}[ \t]+|\p{L},[ \t]+)\d{1,6}\s+\p{Lu}[\p{L}\p{M}'.-]*(?:[ \t]+[\p{L}\p{M}'.-]+){0,3}[ \t]+\d{1,4}[a-z]?\.?(?=[ \t]*(?:,[ \t]*\p{Lu}|[ \t]+(?:Apt|Suite|Unit)\b|\n[ \t>?*-]*(?:Apt|Suite|Unit|\p{Lu}[\p{L}\p{M}'.-]*(?:[ \t]+[\p{L}\p{M}'.-]+){0,3}(?:[ \t]+\d[\d -]{2,8})?[ \t]*(?:\n|$)|\d{4,5}\b)))/gmu, score: 0.8 },
      // Puerto Rico's developments and wards before the street: "Urb. Villa Carolina, Calle 45", "Bo. Mameyes", "Cond. El Monte".
      { regex: /\b(?:Urb\.|Urbanizaci[oó]n|Bo\.|Barrio|Reparto|Res\.|Residencial|Cond\.|Condominio)[ \t]+\p{Lu}[\p{L}\p{M}'-]*(?:[ \t]+(?:de|del|la|las|los|el|\p{Lu}[\p{L}\p{M}'-]*)){0,3}/gu, score: 0.8 },
      // Colombia's grid: "Calle 50 #12-34, Apto 501", "Cra. 7 No. 71-21".
      { regex: /\b(?:Calle|Carrera|Cra\.?|Kr\.?|Cl\.?|Diagonal|Dg\.?|Transversal|Tv\.?|Avenida|Av\.?)[ \t]+\d{1,3}[A-Z]?(?:[ \t]+(?:bis|sur|norte|Bis|Sur|Norte))?[ \t]*(?:#|No\.?|N°)[ \t]*\d{1,3}[A-Z]?-\d{1,3}(?:,?[ \t]+(?:Apto|Apt|Int|Of|Casa)\.?[ \t]*\d{1,5}[A-Z]?)?/g, score: 0.85 },
      // A house number before a Spanish, French or Italian street word: "1420 Calle Mayor", "12 Rue de la Paix".
      {
        regex: /\b\d{1,6}\s+(?:Calle|Avenida|Av\.|Ave\.|Avda\.|Camino|Paseo|Carretera|Rue|Allée|Impasse|Chemin|Quai|Passage|Voie|Cours|Via|Viale|Vicolo|Largo|Rotonda|Rua|Rúa|Travessa|Rodovia|Alameda|Marginal)\s+(?:(?:de|del|la|las|los|des|du|do|da|dos|l')\s*){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|del|la|las|los|do|da|dos|des|du|\p{Lu}[\p{L}'’.-]*)){0,3}(?<!\.)/gu,
        score: 0.8,
      },
      // Typed in lower case after "vivo en", "moro na", "mi dirección es": "vivo en 2208 calle cuarta en hidalgo".
      {
        regex: /(?<=\b(?:viv[oe]|viven|vivimos|moro|mora|moramos)\s+(?:en|em|na|no)\s+|\bdirecci[óo]n(?:\s+es)?[:\s]+)\d{1,6}\s+(?:calle|avenida|av\.?|camino|carretera|paseo|rua|avenue|ave|street|st|road|rd|drive|dr|lane|ln)\s+[\p{L}\d]+(?:\s+(?!(?:en|y|e|and|in|cerca|perto)\b)[\p{L}\d]+){0,2}/giu,
        score: 0.8,
      },
      // A street by its name after "la calle" or "en la calle", whatever its case: "la farmacia de la calle main", "vive en la calle Ortiz".
      { regex: /(?<=\b(?:la|en|por|on|off)\s+)calle\s+(?!(?:de|del|la|las|los|y|en|que|a|con|por|estaba|está|esta|es|era|son|estaban|cerrada|cerrado|abierta|principal|donde|cuando|hay|tiene|frente|esquina|sin)(?![\p{L}]))[\p{L}\d](?:[\p{L}\d'’-]|\.(?=[\p{L}\d]))*(?:\s+(?:sur|norte|este|oeste))?/giu, score: 0.7 },
      // An apartment, suite or unit line of its own, capitalised as an address writes it.
      { regex: /\b(?:[Aa]pt|[Aa]partment|Suite|Ste|Unit)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b/g, score: 0.55 },
      // A post office box read out: "p o box four four one one", "po box three eighteen".
      { regex: new RegExp(`\\b(?:p\\.?\\s?o\\.?|post office)\\s+box\\s+(?:${SPOKEN_DIGIT}(?:[ ,-]+${SPOKEN_DIGIT}){1,7}|${SPOKEN_HOUSE_NUMBER})\\b`, 'gi'), score: 0.8 },
      // A named street without a house number ("on Elm Street"): full street words only, capitalised.
      // Not "The Pharmacy Drive-Thru": an article opens no street's name. After an article a Drive or
      // a Court is an event or a place indoors ("the Blood Drive", "the Food Court").
      { regex: /\b(?!(?:The|A|An|Our|My|Your|Take|Turn|Go|Park|Follow|Use|Exit|Enter|Head|Walk|Drive|Left|Right)\s)(?:(?<!\b(?:[Tt]he|[Aa]n?|[Oo]ur)[ \t]+)(?:[A-Z][a-z]+\s+){1,3}(?:Drive|Court)|(?:[A-Z][a-z]+\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Terrace|Parkway|Highway))\b(?!-)/g, score: 0.75 },
      // An abbreviated street after "on"/"at"/"off": "the CVS on Broad St".
      // A text's street all in lower case after "on" (or Spanish "en"): "send it to cvs on main st", "la farmacia dillons en kansas ave".
      {
        regex: new RegExp(
          String.raw`(?<=\b(?:on|off|en)\s+)(?!(?:my|the|a|an|your|our|his|her|its|their|this|that|which|what|each|every|any|some|no|all|half|own|both|either|same|other|next|wrong|right|one|busy|dirt|side|toll|open|hold|call|time|duty)\b)(?:(?:(?!(?:${NOT_IN_A_STREET_NAME}|today|tomorrow|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?)\b)[a-z]+\s+){0,2}(?!(?:${NOT_IN_A_STREET_NAME})\b)[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:st|ave|rd|blvd|pkwy|hwy|ln|ct|cir|trl|dr|way|pl|lane|drive|court|trail)\b\.?(?![ \t]*(?!(?:for|and|to|in|at|by|near|past|behind|after|before|where|with|but|so|or|from|across|next|because|yesterday|today|tomorrow|pls|please|now|is|was|closed|location|store|tiene|es|está|esta|y|en|cerca|por|pero|que)\b)\w)|(?:street|avenue|road|boulevard)\b)`,
          'g',
        ),
        score: 0.6,
      },
      // Texts write the suffix in lower case ("the clinic on Elm st"); not "dr", which is a doctor.
      { regex: /(?<=\b(?:on|at|off|en|de|along|near|past|onto|across)\s+)(?!(?:The|A|An|My|Our|Your|His|Her|Their|This|That)\s)(?:[A-Z][a-z']+\s+){1,2}(?:St|Ave|Rd|Blvd|Dr|Ln|Pkwy|Hwy|Ct|Way|Pl|Cir|Trl|Ter|st|ave|rd|blvd|ln|pkwy|hwy|ct|cir)\b(?!\.?\s*[A-Z][a-z])\.?/g, score: 0.6 },
      // A numbered street, whatever stands around it: "parking at the 5th st ramp", "42nd Ave lot".
      { regex: /\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?:st|ave|blvd|street|avenue|boulevard)\b/gi, score: 0.6 },
      // A corner named by its streets, one of them numbered: "walgreens on 5th and main".
      { regex: /(?<=\b(?:on|at|by|near|off|of)\s+)(?:\d{1,3}(?:st|nd|rd|th)\s+(?:and|&)\s+[A-Za-z]+|[A-Za-z]+\s+(?:and|&)\s+\d{1,3}(?:st|nd|rd|th))\b(?!\s+(?:floor|fl|grade|place|time|tries))/g, score: 0.6 },
      // "off county 5": a county road by its number alone, after where one is.
      { regex: /(?<=\b(?:on|off|along|take|past|from|by)\s+)[Cc]ounty\s+\d{1,3}\b(?!\s*(?:%|miles?|mi|minutes?|mins?|years?|days?))/g, score: 0.6 },
      // An interstate's exit where someone lives, and the interstate with it: "we live right off exit 42 on I-35" (not where an accident was).
      { regex: /(?<=\b(?:live|lives|living|lived|stay|stays|staying|house is|home is|trailer is)[ \t]+(?:(?:right|just|up|down|out|over)[ \t]+)?(?:off|near|by|at|past)(?:[ \t]+of)?[ \t]+)(?:[Ee]xit[ \t]+\d{1,3}[A-Za-z]?(?:[ \t]+(?:on|off|of)[ \t]+(?:I-|[Ii]nterstate[ \t]+)\d{1,3})?|(?:I-|[Ii]nterstate[ \t]+)\d{1,3})\b/g, score: 0.6 },
      // A subdivision, a neighborhood, a park of homes or an apartment complex by its name: "near the Fox Run subdivision", "in the Five Points
      // neighborhood", "the apartment complex is Parkside Villas".
      { regex: /\b(?:(?!(?:The|A|An|My|Our|Your|His|Her|Their|This|That|In|On|At|By|Near|From|To|Of|Is|It|I|We|Hi|Hello|Whole|Same|New|Old|Nice|Safe|Quiet|Bad|Good|Local)\b)\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:[Ss]ubdivision|[Nn]eighbou?rhood|[Mm]obile [Hh]ome [Pp]ark|[Tt]railer [Pp]ark)\b|(?<=\b(?:apartment complex|apartment building|complex|subdivision|trailer park|mobile home park)(?:[ \t]+(?:is|was|called|named))?[ \t]+)(?!(?:The|A|An|My|Our|Your|His|Her|Their|This|That|It|I)\b)\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}/gu, score: 0.7 },
      // A region by its own name, where someone is or comes from: "up on the Iron Range", "in the Quad Cities", "the Flathead Valley";
      // not where a patient travelled, as a clinical history names a region ("travel history to the Ohio River Valley").
      {
        regex: /(?<=\b(?:in|on|from|to|near|around|across|throughout|at)[ \t]+the[ \t]+)(?<!\btravel(?:s|ed|led|ing|ling)?(?:[ \t]+history)?[ \t]+to[ \t]+the[ \t]+)(?:(?:\p{Lu}[\p{L}'’.-]+[ \t]+){1,2}(?:Range|Cities|Peninsula|Valley|Basin|Delta|Panhandle|Plains|Hills|Coast|Shore|Islands|Mountains|Gorge|Keys|Highlands|Hill Country)|Twin Cities|Quad Cities|Tri-Cities|Triad|Metroplex|Inland Empire|Lowcountry|Low Country|Bootheel|Northwoods|Northland|Upstate|Eastern Shore|Outer Banks)(?![\p{L}\p{M}])(?![ \t]+(?:clinic|office|location|hospital|campus|branch)\b)/gu,
        score: 0.75,
      },
      // An apartment complex named as builders name them, where someone lives: "I live at The Lofts at Pinnacle", "we moved into the
      // Villas at Stonebridge" (discharged "to The Pines at Glens Falls" is a home of care, a firm).
      { regex: /(?<=\b(?:live|lives|living|lived|reside|resides|residing|stay|stays|staying|moved|moving)[ \t]+(?:at|in|into|to)[ \t]+)[Tt]he[ \t]+(?:Lofts|Reserve|Villas|Residences|Flats|Apartments|Commons|Landing|Pointe|Gardens|Terrace|Townhomes|Cottages|Enclave|Retreat|Estates|Meadows|Oaks|Pines|Preserve|Grove|Crossing|Summit|Heights|Park|Place|Square|Village|Cove)[ \t]+at[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}/gu, score: 0.75 },
      // A house on a numbered road, its side and its lot: "2210 Hwy 82 W, Lot 14", "4410 county road 12".
      { regex: /\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[Rr]oute|[Rr]te\.?|[Hh]ighway|[Hh]wy\.?|[Cc]ounty [Rr](?:oa)?d\.?|[Ss]tate [Rr](?:oa)?d\.?|FM|CR|US)[ \t]+\d{1,4}[A-Z]?\b(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?(?:,?[ \t]+(?:[Ll]ot|[Aa]pt|[Aa]partment|[Ss]uite|[Ss]te|[Uu]nit|[Tt]railer|#)\.?[ \t]*[A-Za-z0-9-]+)?/g, score: 0.85 },
      // Numbered roads: "the one on Route 9", "Hwy 61".
      { regex: /\b(?:[Rr]oute|[Rr]te\.?|[Rr]t\.?|[Hh]ighway|[Hh]wy\.?|[Cc]ounty [Rr](?:oa)?d\.?|[Ss]tate [Rr](?:oa)?d\.?|Farm to Market Road|FM|CR)\s+\d{1,4}[A-Z]?\b/g, score: 0.6 },
      // Read out: "up route eighty past pikeville", "on highway sixty one".
      { regex: new RegExp(`\\b(?:route|highway|county road|state road)\\s+(?:${TENS_WORD}(?:[ -]${UNIT_WORD})?|${TEEN_WORD}|${DIGIT_WORD})\\b(?![ -](?:percent|minutes|miles|times|years))`, 'gi'), score: 0.6 },
      // A house number and a compass point make a street whatever follows: "2901 e colfax", "8800 W 14th".
      { regex: /\b\d{2,5}[ \t]+[NSEWnsew]\.?[ \t]+(?!(?:of|and|or|to|the|coli|side|end|bound|wing|tower|unit|floor|hall)\b)(?:\d{1,3}(?:st|nd|rd|th)|[A-Za-z][a-z]{2,})\b(?![ \t]*(?:%|degrees|mph|miles|feet|ft|mg))/g, score: 0.6 },
      // Wisconsin's and Minnesota's lettered county roads, read out too: "N4521 County Road K", "six forty county road j".
      { regex: /\b(?:county (?:road|rd\.?|highway|hwy\.?|trunk))\s+[a-z]{1,2}\b(?![''’])/gi, score: 0.6 },
      // A spoken apartment: "apartment four c".
      { regex: new RegExp(`\\b(?:apartment|apt)\\s+(?:number\\s+)?(?:${DIGIT_WORD}|${TEEN_WORD}|${TENS_WORD})(?:[ -](?:${DIGIT_WORD}|${TEEN_WORD}|${TENS_WORD}|hundred|[a-h]\\b))*`, 'gi'), score: 0.6 },
      // Spoken, on a street named by its word alone after its side of town: "five hundred east main".
      { regex: new RegExp(`\\b${SPOKEN_HOUSE_NUMBER} (?:north|south|east|west) (?:${MAIN_AND_TREE_STREETS})\\b`, 'gi'), score: 0.7 },
      // Texas's farm and ranch roads, by number or read out: "FM 495", "farm to market road four ninety five".
      // Capitals only for the short form: "rm 214" is a room.
      { regex: new RegExp(`\\b(?:[Ff]arm[ -]to[ -][Mm]arket(?:[ \\t]+[Rr]oad)?|[Rr]anch[ -]to[ -][Mm]arket(?:[ \\t]+[Rr]oad)?|FM)[ \\t]+(?:\\d{1,4}\\b|${SPOKEN_HOUSE_NUMBER}\\b)`, 'g'), score: 0.7 },
      // Spoken house numbers: "four twelve oak street".
      {
        regex: new RegExp(
          `\\b${SPOKEN_HOUSE_NUMBER} (?:(?!(?:to|the|a|an|and|of|in|at|for|my|his|her|our|from|with|on)\\b)[a-z']+ ){1,3}(?:${SPOKEN_STREET_TYPES})\\b(?:(?<=county (?:road|highway|trunk)) [a-z]{1,2}\\b)?`,
          'gi',
        ),
        score: 0.75,
      },
    ],
  },
  // The value of an address field in a form or an EHR context block ("Address: 03555 Vicolo Calcirelli 13
  // Suite 694 Valderice Trapani", `"address": "…"`, "address:" then the next line), when it holds a number.
  {
    type: 'ADDRESS_FIELD',
    label: 'ADDRESS',
    patterns: [
      {
        regex: /(?:^|\n|[{,]\s*)[ \t>*-]*["']?(?:home[ _]|mailing[ _]|street[ _]|billing[ _]|shipping[ _]|new[ _]|current[ _]|patient[ _])?address(?:es)?["']?[ \t]*[:=][ \t]*(?:\n[ \t]*)?["']?([^\n"]{4,100}?)["']?[.,;]?[ \t]*(?=\n|$|,\s*["'][\w ]+["']\s*:|\s*\})/giu,
        score: 0.9,
      },
    ],
    validate: (match) => /\d/.test(match) && !WEB_ADDRESS.test(match),
    group: 1,
  },
  // What follows "my address is" or "we live at", to the end of the sentence, when it holds a number:
  // a street in any country's form ("Dhünnberg 68c, West Florian 33121", "rondo Kubicki 9/9, Imielin 67-348"). A home of care
  // named before its street is the firm the street belongs to ("lives at Arbor Place Assisted Living, 1001 Arbor Pl").
  {
    type: 'ADDRESS_CUED',
    label: 'ADDRESS',
    patterns: [
      {
        regex: /(?<=\b(?:address(?:\s+(?:is|to|was|will be|has changed to|changed to)|[ \t]*:)|(?:live|lives|living|reside|resides|residing|stay|staying|located)\s+at)[ \t]+)(?!(?:is|to|was|will|has|changed|the|a|my|our|home|work)\b)(?!(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:Assisted Living|Senior Living|Nursing Home|Memory Care|Care Center|Living Center|Retirement Community|Rehab(?:ilitation)? Center),)((?:\d{1,6}[ \t]+){0,2}\p{L}[\p{L}\p{M}\d'’-]*(?:(?<=\p{L})\.(?=[ \t]+[\p{L}\d]))?(?:,?[ \t]+[\p{L}\p{M}\d'’\/-]+(?:(?<=\p{L})\.(?=[ \t]+[\p{L}\d]))?){0,9}?)(?=[ \t]*(?:[.;!?](?:\s|$)|\n|$|,?[ \t]+(?:in|and|but|for|since|until|with|so|because|if|or|now|today|currently|still|anymore|too|also|again|near|by|from|right|though|then)\b|,[ \t]+(?:was|is|who|has|had|and|but|where|which|admitted|seen|treated)\b))/giu,
        score: 0.85,
      },
    ],
    // A caller reads the house number out: "uh the address is seven twenty nine mulberry street ornton".
    validate: (match) => (/\d/.test(match) || SPOKEN_HOUSE_NUMBER_STREET.test(match)) && !WEB_ADDRESS.test(match) && !/^\d[\d\s()+.-]{6,}$/.test(match),
    group: 1,
  },
  // Two lines that only an address makes, in any case: a street with its house number, then a town
  // with its postcode ("gül sokak 83a\nbingöl 30360", "3 trantow meadows\neast smitham dn49 39v").
  // Each line is its own finding, so neither swallows what other recognizers found on the other.
  {
    type: 'ADDRESS_LINES',
    label: 'ADDRESS',
    patterns: [
      { regex: new RegExp(String.raw`(?<=(?:^|\n)[ \t>*-]*)${STREET_LINE}(?=[ \t]*\n[ \t>*-]*${TOWN_LINE}[ \t]*(?:\n|$))`, 'giu'), score: 0.8 },
      { regex: new RegExp(String.raw`(?<=(?:^|\n)[ \t>*-]*${STREET_LINE}[ \t]*\n[ \t>*-]*)${TOWN_LINE}(?=[ \t]*(?:\n|$))`, 'giu'), score: 0.8 },
    ],
    validate: (match) => !/[:$%]|\b(?:mg|mcg|ml|tablets?|pills?|dose|units?|room|floor|bed|visit|copay|total|balance|glucose|a1c)\b/i.test(match),
  },
  // An intersection given for an address: "the corner of Main and 5th", "corner of 35 Pentelis Str. and Waechter Turnpike".
  {
    type: 'INTERSECTION',
    label: 'ADDRESS',
    patterns: [{ regex: new RegExp(`\\bcorner\\s+of\\s+(${INTERSECTION_STREET}\\s+(?:and|&)\\s+${INTERSECTION_STREET})`, 'giu'), score: 0.9 }],
    group: 1,
  },
  // Without "corner of", a numbered street or a street word says it is one: "the Walgreens at 5th and Pine", "on Main St & 3rd".
  {
    type: 'INTERSECTION',
    label: 'ADDRESS',
    patterns: [
      {
        regex: /\b(?:at|on|near|off)\s+((?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)(?:\s+(?:St|Ave|Street|Avenue))?\.?\s+(?:and|&)\s+(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)(?:\s+(?:St|Ave|Street|Avenue))?)\b(?!\s+(?:floors?|of|weeks?|days?|times?|doses?|grade))/g,
        score: 0.75,
      },
    ],
    validate: (match) => /^\d|(?:and|&)\s+\d|\b(?:St|Ave|Street|Avenue)\b/.test(match),
    group: 1,
  },
  {
    type: 'CITY_STATE_ZIP',
    label: 'ADDRESS',
    // Within one line: a street on the line above keeps its own finding.
    patterns: [
      // The comma is often left out ("St Paul MN 55104"); a state code between a capitalised word and five digits is an address either way.
      { regex: new RegExp(`\\b(?:(?:St|Ft|Mt)\\.[ \\t]*)?[A-Z][a-z]+(?:[ \\t][A-Z][a-z]+)*,?[ \\t]*(?:${STATES})[ \\t]+\\d{5}(?:-\\d{4})?\\b`, 'g'), score: 0.9 },
      // Texted in lower case ("ely mn 55731", "van buren ar 72956"): one word of town, two when the first only opens a town's name.
      { regex: new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:(?:st|ft|mt|san|santa|los|las|el|la|new|north|south|east|west|van|fort|port|lake|mount|grand|eau|des|little|big|palm|glen|sioux|baton|cedar|council|rock|round|green|white|red|black|silver|sandy|salt|park|long|coral|fall|falls|twin|bay|iron|sault|traverse|wisconsin|hot|cape)\\.?[ \\t]+)?(?!(?:call|text|txt|email|reach|tell|ask|live|lives|lived|living|moved|move|born|based|stay|staying|located|work|works|worked|here|there|it|that|is|was|at|in|on|to|for|from|and|or|my|our|the|zip|code|number|no|id|acct|account|member|box)\\b)[a-z][a-z'’-]+,?[ \\t]+(?:${STATES.toLowerCase()})[ \\t]+\\d{5}(?:-\\d{4})?\\b`, 'gu'), score: 0.85 },
      // An Australian suburb, state and postcode: "Coogee NSW 2034", "Fitzroy, VIC 3065".
      { regex: /\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*,?[ \t]+(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA)[ \t]+\d{4}\b/g, score: 0.85 },
    ],
  },
  // Streets as callers and other countries write them, each shape its own pattern.
  {
    type: 'STREET_ADDRESS',
    label: 'ADDRESS',
    patterns: [
      // A house number and a street named for a tree or Main, with no type, after where someone is or something goes: "the back door at
      // 77 spruce", "mail it to 410 maple". Two digits at least, as "at 5" is a time.
      { regex: new RegExp(String.raw`(?<=\b(?:at|to|on)[ \t]+)\d{2,5}[ \t]+(?:${MAIN_AND_TREE_STREETS})(?![\p{L}\p{N}])(?![ \t]+(?:entrance|lobby|desk|office|floor|building|wing|tower|campus|clinic|st|street|ave|avenue|rd|road|dr|drive|ln|lane|ct|court|way|blvd)\b)`, 'giu'), score: 0.75 },
      // Where someone is on a highway: "mile marker 112 on I-40", "mile marker 14 on hwy 2".
      { regex: /\bmile[ \t]+marker[ \t]+\d{1,4}(?:[ \t]+(?:on|of)[ \t]+(?:I|interstate|hwy|highway|route|rte|us|sr|state road|county road)[ \t-]*\d{1,4}[a-z]?\b)?/gi, score: 0.8 },
      // A street whose type comes first, as French, Spanish, Italian and Portuguese write it, and some US streets are named:
      // "77 Avenue Louis Pasteur", "14 Rue de la Paix", "22 Via Roma".
      { regex: /\b\d{1,5}[ \t]+(?:Avenue|Rue|Boulevard|Calle|Avenida|Via|Viale|Corso|Rua|Chemin|Route)[ \t]+(?:(?:de|du|des|la|le|del|di|da|do|dos|das)[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|del|di|da)[ \t]+)?(?!(?:Suite|Ste|Apt|Apartment|Unit|Floor|Bldg|Box)\b)\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?:,?[ \t]+(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|#)[ \t]*[A-Z0-9-]+)?/gu, score: 0.85 },
      // Puerto Rico's address lines: the development ("urb. villa carolina", "Residencial Luis Llorens Torres") and the street with its
      // block and number ("calle 42 bloque 12 #8", "la calle Sol 152"); a street without a number is the street in general.
      { regex: /(?<![\p{L}\p{M}])(?:urb\.|urbanizaci[oó]n|residencial|condominio|parcelas)[ \t]+(?!(?:de|del|la|las|los|el|en|y|where|that|which|and|is|was|the|i|we)\b)\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|del|la|las|los)[ \t]+)?(?!(?:where|that|which|and|is|was|the|i|we|en|y|es|por|con|para)\b)\p{L}[\p{L}\p{M}'’-]*){0,3}/giu, score: 0.85 },
      { regex: /(?<![\p{L}\p{M}])calle[ \t]+(?:\d{1,4}|\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,2}?)(?:[ \t]+(?:(?:bloque|blq\.?|num\.?|número|numero|no\.?)[ \t]*|#[ \t]*)?(?:[a-z]-?)?\d{1,5}[a-z]?(?![\p{L}\p{N}]))+/giu, score: 0.85 },
    ],
  },
  // A city's ward by its number, as New Orleans and Houston name their neighborhoods: "the Lower Ninth Ward", "in the 7th Ward".
  // A side of town where someone lives: "we live on the Eastside".
  {
    type: 'CITY_WARD',
    label: 'ADDRESS',
    patterns: [
      { regex: /\b(?:(?:Lower|Upper)[ \t]+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|\d{1,2}(?:st|nd|rd|th))[ \t]+Ward\b/g, score: 0.8 },
      { regex: /(?<=\b(?:live|lives|living|lived|stay|stays|staying|grew up|moved)[ \t]+(?:on|to)[ \t]+the[ \t]+)(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh)[ \t]?[Ss]ide\b(?![ \t]+of\b)/g, score: 0.8 },
    ],
  },
  // A business by its kind and name as Spanish puts them: "trabaja en la farmacia Caridad", "la clínica Santa Rosa", "el supermercado Pueblo".
  {
    type: 'FIRM_IN_SPANISH',
    label: 'ORGANIZATION',
    patterns: [{ regex: /(?<=\b(?:la|el|una|un|del|al)[ \t]+(?:farmacia|cl[ií]nica|tienda|panader[ií]a|supermercado|escuela|colegio|iglesia|compa[ñn][ií]a|agencia|f[aá]brica|hospital)[ \t]+)\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2}/gu, score: 0.8 }],
  },
  // A state's agency, in lower case too: "the idaho department of health", "Texas Department of Family and Protective Services".
  {
    type: 'STATE_AGENCY',
    label: 'ORGANIZATION',
    patterns: [{ regex: new RegExp(String.raw`\b(?:${US_STATE_NAMES})[ \t]+(?:state[ \t]+)?(?:department|dept\.?|division|bureau|office|board|commission)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Za-z]+(?:[ \t]+(?:and|&)[ \t]+[A-Za-z]+){0,2}(?<!\b(?:and|&))(?:[ \t]+(?:services|affairs|safety|welfare|health))?`, 'gi'), score: 0.8 }],
  },
  // A reservation, rancheria or pueblo by its name, where one lives or comes from: "on the Pine Ridge reservation", "from the Wind River Rez".
  // Not the words that name no one place ("the Indian reservation").
  {
    type: 'RESERVATION',
    label: 'ADDRESS',
    patterns: [{ regex: /(?<=\b(?:on|from|near|off|at|to|in|of)[ \t]+the[ \t]+)(?!(?:Indian|Native|American|Tribal|Hotel|Dinner)\b)\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}(?=[ \t]+(?:[Rr]eservation|[Rr]ez|[Rr]ancheria|[Pp]ueblo)\b)/gu, score: 0.8 }],
  },
  // UK and Canadian postcodes, with the town before them when there is one: "London NW1 6XE", "M5H 2M9".
  {
    type: 'POSTCODE',
    label: 'ADDRESS',
    patterns: [
      { regex: /\b(?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*,?[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}\b/g, score: 0.9 },
      { regex: /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d\b/g, score: 0.75 },
    ],
  },
  { type: 'ZIP_SPOKEN', label: 'ADDRESS', patterns: [{ regex: spokenDigits(5, 9, SPOKEN_OR_SINGLE_DIGIT), score: 0.3 }], context: ZIP_CONTEXT },
  // Read out after the state, as an address is: "in austin texas seven eight seven zero five".
  { type: 'ZIP_SPOKEN', label: 'ADDRESS', patterns: [{ regex: new RegExp(`(?<=\\b(?:${US_STATE_NAMES})[ ,]+)${DIGIT_WORD}(?:[ -]${DIGIT_WORD}){4}\\b`, 'gi'), score: 0.75 }] },
  // A postcode the writer labels as one, in any country's shape ("ZIP: 3520", "postcode SW1A 1AA").
  {
    type: 'ZIP',
    label: 'ADDRESS',
    patterns: [{ regex: /\b(?:zip(?:\s?code)?|postal\s+code|post\s?code)(?:\s+(?:is|was))?[\s:#]*((?=[A-Z0-9 -]*\d)[A-Z0-9](?:[A-Z0-9-]|[ \t](?=[A-Z0-9]{3}\b)){2,8})\b/gi, score: 0.85 }],
    validate: holdsDigit,
    group: 1,
  },
  {
    type: 'ZIP',
    label: 'ADDRESS',
    patterns: [{ regex: /\b\d{5}-\d{4}\b/g, score: 0.7 }, { regex: /\b\d{5}\b/g, score: 0.2 }],
    context: ZIP_CONTEXT,
  },
  // A name spelled out letter by letter on a call: "d e s h p a n d e".
  {
    type: 'NAME_SPELLED',
    label: 'NAME',
    // A letter may come with a word to tell it by: "k as in kilo a r e n", "p like peter o p e s c u".
    patterns: [{ regex: /(?<![A-Za-z'’])(?:[a-z](?:[ \t]+(?:as in|like)[ \t]+[a-z]{3,})?[ -]){2,}[a-z](?:[ \t]+(?:as in|like)[ \t]+[a-z]{3,})?\b/gi, score: 0.4 }],
    context: ['spell', 'spelled', 'spelling', 'name', "that's", 'that is', 'its', "it's"],
  },
  // A street or a town spelled out where it was asked for: "spell the street please⏎Caller: w i s s a h i c k o n".
  {
    type: 'PLACE_SPELLED',
    label: 'ADDRESS',
    // The letters first: the look back for what was asked is costly at every position of every text.
    patterns: [{ regex: /(?<![A-Za-z'’])(?=(?:[a-z][ -]){2,}[a-z]\b)(?<=\bspell(?:ing)?(?:[ \t]+(?:of|out))?[ \t]+(?:the|your|that)?[ \t]*(?:street|road|avenue|city|town|county|address)(?:[ \t]+name)?\b[^\n]{0,30}\n?[^\n]{0,20}?)(?:[a-z][ -]){2,}[a-z]\b/gi, score: 0.8 }],
  },
  // The value of a name field on a form or a chart line, whatever its case: "NAME: DELACROIX-MBEKI, AMARA",
  // "Caller name: Amara Delacroix". Up to the line's end, a separator or the next field; never a blank
  // or a placeholder ("Name: N/A", "Name: ____").
  {
    type: 'NAME_FIELD',
    label: 'NAME',
    patterns: [
      {
        regex:
          /(?:^|\n|[|;]\s*)[ \t]*(?:(?:patient|pt|caller|member|subscriber|guarantor|guardian|insured|legal|full|contact|parent)(?:'s)?[ \t]+)?name[ \t]*[:=][ \t]*((?:[\p{L}][\p{L}\p{M}'’-]*\.?)(?:,?[ \t]+[\p{L}][\p{L}\p{M}'’-]*\.?){0,4})(?=[ \t]*(?:$|\n|[|;]|\.[ \t]|,?[ \t]+(?:DOB|D\.O\.B|MRN|Date|Phone|Tel|Age|Sex|Gender|Address|Email|ID)\b))/gimu,
        score: 0.85,
      },
      // As a JSON value: `"first":"Yer"`, `"patient_name": "Lor, Yer"`.
      { regex: /"(?:(?:(?:patient|caller|member|subscriber|guarantor|contact|full|first|last|given|family|middle|legal)_?)?[Nn]ame|first|last|given|family|middle)"[ \t]*:[ \t]*"[ \t]*((?:[\p{L}][\p{L}\p{M}'’-]*\.?)(?:,?[ \t]+[\p{L}][\p{L}\p{M}'’-]*\.?){0,4})[ \t]*"/gu, score: 0.85 },
      // As an XML element: "<name>Mbeki, Thandiwe</name>", "<patientName>…".
      { regex: /<(?:(?:(?:patient|caller|member|subscriber|guarantor|contact|full|first|last|given|family|legal)_?)?[Nn]ame|caller|patient|guarantor|subscriber)>[ \t]*((?:[\p{L}][\p{L}\p{M}'’-]*\.?)(?:,?[ \t]+[\p{L}][\p{L}\p{M}'’-]*\.?){0,4})[ \t]*(?=<\/)/gu, score: 0.85 },
    ],
    validate: (match) => !/^(?:n\/?a|none|unknown|same|self|patient|tbd|pending|not (?:given|provided)|first|last)\b/i.test(match),
    group: 1,
  },
  // A newborn before naming: "Baby Boy Hutchins".
  { type: 'NEWBORN_NAME', label: 'NAME', patterns: [{ regex: /\bBaby (?:Boy|Girl) [A-Z][a-z'-]+(?:-[A-Z][a-z'-]+)?/g, score: 0.85 }] },
  // (A) names after a title; the lexicon (lexicon.ts) and the NER model find the rest
  {
    type: 'TITLED_NAME',
    label: 'NAME',
    // The name without a possessive ("Dr. Okafor's office"), with O'Brien's and Smith-Jones's inner marks; on its line ("Attn: Dr. Kowalczyk⏎Re: …").
    patterns: [{ regex: new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Pastor|Rabbi|Imam|Chaplain|Lt\\.?[ \\t]+Col|Lt\\.?[ \\t]+Cmdr|Lt|Capt|Maj|Sgt|SSG|SFC|Cpl|Pvt|PFC|SPC|Cmdr)\\.?\\s+((?:[A-Z]\\.[ \\t]*)?${TITLED_SURNAME}(?:[ \\t]+[A-Z](?:\\.|(?=\\s)))?(?:[ \\t]+${TITLED_SURNAME})?)`, 'g'), score: 0.8 }],
    group: 1,
  },
  // A doctor by the letter of their name ("tell dr. k i said thanks"; not "a family doctor. I work"), and a person by their initials after an introduction ("this is j.r.", "ask for T.J.").
  {
    type: 'TITLED_NAME',
    label: 'NAME',
    patterns: [
      { regex: /\b(?:[Dd]r\.?|[Dd]octor)[ \t]+[A-Za-z](?![\w.'’-])/g, score: 0.75 },
      { regex: /(?<=\b(?:[Tt]his is|[Ii]t'?s|[Ii]'?m|[Mm]y name is|[Nn]ame'?s|[Aa]sk for|[Nn]amed|[Cc]all me|[Gg]oes by)[ \t]+)(?:[a-z]\.){2,3}(?=[ \t,]|$)/g, score: 0.8 },
    ],
  },
  {
    type: 'HEALTHCARE_ORGANIZATION',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex:
          new RegExp(String.raw`(?<![\w'-])[A-Z][A-Za-z'&-]*(?:\.[A-Za-z'&-]+)*(?:(?<![A-Za-z]{4})(?<![A-Z]{2})\.)?[ \t]+(?:(?:of|of the)[ \t]+(?:[A-Z][A-Za-z'&-]*(?:\.[A-Za-z'&-]+)*(?:(?<![A-Za-z]{4})(?<![A-Z]{2})\.)?[ \t]+){1,3}|(?:[A-Z][A-Za-z'&-]*(?:\.[A-Za-z'&-]+)*(?:(?<![A-Za-z]{4})(?<![A-Z]{2})\.)?[ \t]+){0,3})(?:Hospital|Medical Center|Medical Centre|Health System|Healthcare|Health|Clinics?|Medical Group|Memorial|Infirmary|Pharmacy|Labs?|Laboratories|Urgent Care|Family Medicine|Internal Medicine|Family Practice|Associates|Physicians|Specialists|Surgery Center|Surgical Center|Eye Care|Dental|Imaging|Rehabilitation|Rehab|Neurosurgery(?: (?:&|and) Spine)?|Neurology|Orthopaedics|Orthopedics|Cardiology|Dermatology|Urology|Oncology|Pediatrics|Radiology|Gastroenterology|Rheumatology|Podiatry|Pulmonology|Ophthalmology|Psychiatry|Heart Center|Heart Institute|Cancer Center|Dialysis|Dialysis Center|Infusion Center|Home Infusion|Infusion Services|Infusion Pharmacy|Sleep Center|Wound Care|Fertility|Allergy(?: (?:&|and) Asthma)?|Asthma|Pain Management|Spine Center|Vein Center|Wellness Center|Dentistry|Orthodontics|Chiropractic|Optometry|Podiatry|Audiology|Anesthesia|Anesthesiology|Pathology|Physiotherapy|Sports Medicine|(?:Orthopa?edic|Health|Healthcare|Medical|Physician|Pediatric|Surgical|Cancer|Heart|Eye|Kidney|Spine|Dental)[ \t]+(?:Alliance|Partners|Network)|${SPECIALTIES}|Nursing Home|Nursing Center|Rehab Center|Assisted Living|Senior Living|Care Center|Home Care|Home Health(?: Care)?|Hospice|Cancer Institute|Children's|Institute|Med|OB/GYN|Obstetrics (?:&|and) Gynecology|Counseling|Women's Health|Women's Center|Women's Hospital|Birth Center|General|Gen|Med Ctr|Medical Ctr|Med Center|Regional|Presbyterian)(?:[ \t]+(?:Center|Centre|Ctr|Hospital|Clinic))?\b`, 'g'),
        score: 0.8,
      },
    ],
    // "Hi Cardiology", "Please call Patient Financial Services": a greeting or a department is no
    // organization, nor a service named by its words alone ("the Cardiology Clinic", "the Sleep Lab").
    validate: (match) =>
      !ORGANIZATION_NON_LEADS.test(match) &&
      !SERVICE_WORDS_ONLY.test(match) &&
      !/(?:Attorney|Surgeon|Brigadier|Major|Lieutenant|Secretary|Inspector|Consul|Postmaster|Accountant)\s+General$/.test(match),
  },
  // A health system by its campus: "the Swedish cherry hill campus", "the Mercy south campus" (not "the main campus", "the VA campus").
  {
    type: 'HEALTHCARE_ORGANIZATION',
    label: 'ORGANIZATION',
    patterns: [{ regex: /(?<=\b[Tt]he[ \t]+)(?!(?:Main|North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Old|Downtown|Medical|Hospital|University|College|School|High|Hospital's|VA|Same|Other|Whole|Entire|Big|Small|Little|Satellite|Outpatient)\b)\p{Lu}[\p{L}'’-]+(?:[ \t]+(?!campus\b)[\p{L}'’-]+){0,2}(?=[ \t]+campus\b)/gu, score: 0.8 }],
  },
  // The kind of place first, as hospices and other languages name them: "Hospice of the Red River
  // Valley", "Hospital de Clínicas", "Colégio Santa Cruz", "Escuela Benito Juárez", "Congregation Albert"; not "Hospital Drive".
  {
    type: 'HEALTHCARE_ORGANIZATION',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: /(?<![\p{L}\p{M}])(?:(?:Hospice|Hospital)(?=[ \t]+(?:of|de|del|da|do|des|du|la|el)[ \t])|Clínica|Clinica|Sanatorio|Colegio|Colégio|Escuela|Escola|Instituto|Liceo|Lycée|École|Universidad|Universidade|Université|Congregation|Masjid|Iglesia|Parroquia)[ \t]+(?:(?:of|de|del|da|do|des|du|la|el|the)[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'-]*(?:[ \t]+(?:(?:of|de|del|da|do|the)[ \t]+)?\p{Lu}[\p{L}\p{M}'-]*){0,3}/gu,
        score: 0.8,
      },
      // All in lower case, as a text in Spanish is typed: "el hospital general de hermosillo", "la clínica de la raza" (not "la clínica de aquí").
      { regex: /(?<![\p{L}\p{M}])(?:hospital|cl[ií]nica|sanatorio|farmacia)(?:[ \t]+(?:general|regional|municipal|infantil|civil|universitario|central))?[ \t]+(?:de|del)(?:[ \t]+(?:la|las|los|el))?[ \t]+(?!(?:mi|mis|su|sus|tu|un|una|aquí|aqui|allá|alla|acá|aca|noche|día|dia|guardia|emergencia|emergencias|urgencias)(?![\p{L}]))\p{Ll}[\p{Ll}\p{M}'’-]{2,}(?:[ \t]+(?:de[ \t]+)?\p{Ll}[\p{Ll}\p{M}'’-]{2,})?(?=[ \t]*(?:[.,;!?)]|$|[ \t]+(?:con|en|y|para|porque|pero|que|me|nos|le|les|hace|desde)\b))/gu, score: 0.8 },
      // A hospital named for a saint after the word, as Spanish puts it, in any case: "él está en el hospital st catherine".
      { regex: /(?<![\p{L}\p{M}])[Hh]ospital[ \t]+(?:[Ss]t\.?|[Ss]aint|[Ss]an|[Ss]anta|[Ss]anto)[ \t]+\p{L}[\p{L}\p{M}'’-]+/gu, score: 0.8 },
      // The kind of place in lower case, its name capitalised after it: "la escuela Benito Juárez", "la clínica Salud de la Familia" (not "la clínica de Pharr").
      { regex: /(?<=(?<![\p{L}\p{M}])(?:cl[ií]nica|colegio|colégio|escuela|escola)[ \t]+)\p{Lu}[\p{L}\p{M}'-]*(?:[ \t]+(?:(?:de|del|la|el|los|las|do|da)[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'-]*){0,3}/gu, score: 0.85 },
    ],
    validate: (match) => !/^\S+[ \t]+(?:Road|Rd|Drive|Dr|Street|St|Avenue|Ave|Lane|Ln|Way|Parkway|Pkwy|Boulevard|Blvd|Circle|Court|Ct|Campus|Parking|Entrance)\b/.test(match),
  },
  {
    type: 'HEALTHCARE_ORGANIZATION',
    label: 'ORGANIZATION',
    patterns: [
      // Health systems known by name alone, where a visit or a transfer puts them ("seen at Johns Hopkins"),
      // not where someone lives ("we live in Providence", "they moved to Aurora": RESIDENCE_CUE).
      {
        regex:
          new RegExp(String.raw`(?<=\b(?:at|to|from|with|by|in|into)\s+(?:the\s+)?)(?<!${RESIDENCE_CUE})(?:Mayo|Stanford|Kaiser|Brigham|Scripps|Vanderbilt|Mercy|Advocate|Providence|Ascension|Trinity|Banner|Sutter|Atrium|Methodist|Emory|Duke|Piedmont|Aurora|Novant|Sentara|Inova|Allina|Fairview|Essentia|Sanford|Avera|Froedtert|Jefferson|Christiana|Prisma|Tenet|Steward|Spectrum Health|Baptist Health)\b`, 'g'),
        score: 0.85,
      },
      // Health systems whose short names are people's names too ("she's at Grady with me", "the ambulance took him to Cooper",
      // "Gundersen sent my records", "Lurie wants to see him again"): only after a visit's or a transfer's words, or doing what only a
      // hospital does; not "talk to Cooper", "Cooper has a fever", "Cooper's mom".
      {
        regex: new RegExp(
          String.raw`(?:(?<=\b(?:at|into|admitted to|transferred (?:him |her |me |them |us )?to|took (?:him|her|me|them|us) to|taken to|went to|go(?:es|ing)? to|seen at|born at|over at|records from|referred (?:him |her |me |us )?to|sent (?:him|her|me|us) to)[ \t]+)(?:${SYSTEMS_NAMED_LIKE_PEOPLE})(?![\p{L}'’])|` +
            String.raw`\b(?:${SYSTEMS_NAMED_LIKE_PEOPLE})(?=[ \t]+(?:(?:has|have|had)[ \t]+(?:all[ \t]+)?(?:my|his|her|our|their)[ \t]+(?:records|chart|films|images|results)|(?:sent|faxed|lost)[ \t]+(?:over[ \t]+)?(?:my|his|her|our|their|the)[ \t]+(?:records|referral|results|bill|paperwork|chart|films|images|notes|labs)|wants?[ \t]+to[ \t]+see[ \t]+(?:him|her|me|us|them)|billed|discharged|admitted|transferred|referred)\b))`,
          'gu',
        ),
        score: 0.85,
      },
      // The same for names no one would write for anything else, in any case ("at memorial hermann").
      {
        regex:
          /(?<=\b(?:at|to|from|with|by|in|into)\s+(?:the\s+)?)(?:johns hopkins|beth israel(?: deaconess)?|md anderson|cedars?[- ]sinai|mount sinai|mt\.? sinai|kaiser permanente|mass general|brigham and women's|nyu langone|newyork-presbyterian|uc davis|uc irvine|uc san diego|ucsd|uc health|(?:memorial )?sloan kettering|dana[- ]farber|ucsf|ucla|geisinger|intermountain|ochsner|northwell|baylor scott (?:&|and) white|henry ford|montefiore|lenox hill|hackensack meridian|upmc|ohsu|cleveland clinic|mayo clinic|memorial hermann|yale new haven|penn medicine|hartford healthcare|medstar|wellstar|commonspirit|hca healthcare|children's hospital of philadelphia|boston children's|texas children's|seattle children's|nationwide children's|cincinnati children's)\b/gi,
        score: 0.85,
      },
      // Typed in lower case after "at": "doctor nguyen at valley medical", "i was at mercy hospital",
      // "rev. okeke from grace fellowship church", "she goes to lincoln middle school".
      {
        regex:
          /(?<=\b(?:at|from|attends|goes to|go to)\s+)(?!(?:the|a|an|my|your|our|his|her|their|this|that|all|least|most|large|home|work|school|first|last|once|urgent|primary|general|main|local|same|other|county|er|emergency|eye|dental|walk|free|va|community|university|children's|childrens|state|city|animal|vet|sunday|catholic|baptist|methodist|lutheran|public|private|elementary|middle|high|nursing)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:medical(?:\s+(?:center|group))?|hospital|health(?:\s+(?:center|system))?|pediatrics|family (?:medicine|practice|health)|dental(?:\s+(?:care|group|associates))?|orthopedics|cardiology|dermatology|physical therapy|chiropractic|eye care|church|temple|mosque|synagogue|parish|convent|elementary|(?:elementary|middle|high) school|academy|nursing home|daycare|senior living|assisted living|general(?:\s+hospital)?|nursing and rehab(?:ilitation)?(?:\s+center)?|rehab(?:ilitation)? center|care center|health and rehab(?:ilitation)?|memory care|manor)\b/g,
        score: 0.55,
      },
      // The same for what only a named body is, after "the" too: "from the ramsey county sheriff's office",
      // "at the mercy cancer center", "i'm with arise health plan", "a caregiver with rio grande home care", "at smith's pharmacy".
      {
        regex:
          /(?<=\b(?:at|from|with|to|through|thru|by)\s+(?:the\s+)?)(?!(?:the|a|my|our|your)\b)(?:[a-z]+\s+(?:[a-z]+\s+)?county\s+(?:sheriff'?s office|sheriff'?s department|jail|detention center|human services|social services|public health|attorney'?s office)|(?!(?:the|a|an|my|your|our|his|her|their|this|that|new|old|big|local|same|other|another|any|which|what|every|some|best|nearest|closest|county|state|city|university|regional|community|comprehensive|pediatric|children's|childrens|breast|outpatient|in|at|for|and|or|retail|mail|specialty|hospital|clinic|grocery|campus|school|tribal|federal|transit|airport|capitol|change|switch|call|find|use|transfer|get|try|pick|send|move|add|update)\b)[a-z]+(?:'s)?(?:\s+(?!(?:my|your|our|his|her|their|the|a|an|this|that)\b)[a-z]+)?\s+(?:cancer (?:center|institute)|health plan|home care|home health(?: care)?|hospice|pharmacy|police(?: department)?|fire department|public schools|school district|schools|senior care|senior services|adult day(?: care)?|daycare|day care|child care|childcare|learning center|law|law office|law firm|law group))\b/g,
        score: 0.9,
      },
      // A hospice by the region it serves, in lower case: "i'm with hospice of the bluegrass".
      { regex: /(?<=\b(?:at|from|with|to|by|for)\s+)hospice of (?:the )?(?!(?:the|a|an|my|his|her|our|their|your|this|that|course|all|any|some|them|it)\b)[a-z]+(?:\s+(?:valley|county|river|area|region|lakes|plains|hills|mountains|coast|bay))?\b/g, score: 0.8 },
      // A saint's hospital typed without its apostrophe: "jess from st davids said".
      // Not the town someone lives in ("our house in st. marys flooded").
      { regex: new RegExp(String.raw`(?<=\b(?:at|from|to|with|in)\s+)(?<!${RESIDENCE_CUE})(?:st\.?|saint)\s+(?!(?:paul|louis|cloud|petersburg|augustine|george|charles|joseph)\b)[a-z]+s\b(?:\s+(?:hospital|medical center|clinic|emergency|er))?`, 'g'), score: 0.75 },
      // A hospital named for its state or town and its church: "He was at Iowa Methodist", "transferred to Texas Presbyterian".
      { regex: /(?<=\b(?:at|to|from|in)\s+)(?:[A-Z][a-z]+\s+){1,2}(?:Methodist|Lutheran|Baptist|Presbyterian|Episcopal|Adventist)\b(?!\s+(?:[Cc]hurch|[Mm]inister|[Pp]astor|[Cc]ongregation|faith|family|tradition))/g, score: 0.85 },
      // A congregation named before its denomination: "pastor williams from greater mt zion baptist".
      {
        regex: /(?<=\b(?:at|from|attends|attend|with|go to|goes to|member of)\s+)(?!(?:the|a|an|my|your|our|his|her|their|this|that|southern|american)\b)[a-z]+(?:\s+[a-z.]+){0,2}\s+(?:missionary\s+)?(?:baptist|methodist|lutheran|presbyterian|episcopal|pentecostal|ame|a\.m\.e\.)(?:\s+church)?\b/g,
        score: 0.6,
      },
      // A congregation by its ordinal and denomination, wherever it stands: "Pastor Dale of Second Baptist", "First Methodist".
      { regex: /\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[ \t]+(?:\p{Lu}[\p{L}'-]+[ \t]+)?(?:Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Congregational|Christian|Assembly of God|Church of God|Church of Christ|Church|Reformed|Covenant|Nazarene|Pentecostal|Apostolic)(?:[ \t]+Church)?\b/gu, score: 0.8 },
      // A Black church by its denomination's initials, capitalised: "Our church, Bethel AME, is hosting", "Mason Temple COGIC".
      { regex: /(?<![\w'-])(?:[A-Z][a-z]+\s+){1,3}(?:AME Zion|AME|A\.M\.E\.|CME|C\.M\.E\.|COGIC)(?![\w-])/g, score: 0.8 },
      // What a patient had done, and where: the place is a facility though a person is named so too ("my appointment at Cooper",
      // "labs were done at Spencer", "surgery at Lee"), not a time, a holiday or someone's home ("at Maria's").
      {
        regex: new RegExp(String.raw`(?<=\b(?:appointment|appt|surgery|procedure|MRI|CT|scan|x-?rays?|labs?|bloodwork|blood work|mammogram|ultrasound|colonoscopy|infusions?|chemo|dialysis|therapy|rehab|checkup|check-up|physical|visit|seen|done|drawn|admitted|surgeon|pcp|PCP|specialist|doctors?)\s+at\s+)(?!(?:${NOT_A_FACILITY_LEAD}|Noon|Midnight|Christmas|Thanksgiving|Easter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|My|Our|Your|His|Her|Their|This|That|Dr|Mr|Mrs|Ms)\b)(?:St\.?\s+)?(?:[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Z][\w-]*)(?:\s+(?:[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Z][\w-]*)){0,3}(?![\w'’])(?<!\bSt\.?)`, 'g'),
        score: 0.8,
      },
      // Where a patient is taken or treated, the place is a facility: "in the ER at Good Samaritan", "admitted to St. Vincent".
      {
        regex: new RegExp(String.raw`(?<=\b(?:ER|E\.R\.|emergency room|ED|urgent care|admitted|hospitali[sz]ed|transferred|delivered|born|treated|discharged)\s+(?:at|to|from)\s+(?:the\s+)?)(?!(?:${NOT_A_FACILITY_LEAD})\b)(?:St\.?\s+)?[A-Z](?:[\w'.-]*[\w'])?(?:\s+[A-Z](?:[\w'.-]*[\w'])?){0,3}`, 'g'),
        score: 0.7,
      },
      // "our New York clinic", "the Chicago downtown clinic": a place and a lower-case clinic.
      // Above the place's own finding: the site is the practice's, as the dev set labels it.
      // "the Lakeview pediatric office": a specialty makes an office a practice, not a person's room.
      { regex: /\b(?:[A-Z][a-z]+\s+){1,3}(?:(?:downtown\s+|main\s+|satellite\s+)?(?:clinic|hospital)|(?:pediatric|pediatrics|dental|family|eye|cardiology|orthopedic|dermatology|primary care|women's|children's)\s+(?:office|practice|clinic|center))\b/g, score: 0.85 },
    ],
    validate: (match) => !CLINIC_NON_LEADS.test(match),
  },
  // An employer is named after words that can only introduce one ("my employer is Costco Wholesale").
  {
    type: 'EMPLOYER',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: new RegExp(
          String.raw`\b(?:[Ee]mployer(?:\s+is|:)?|[Ee]mpleador(?:\s+es|:)?|[Ee]mpregador(?:\s+é|:)?|[Ee]mployeur(?:\s+est|:)?|[Ww]ork(?:s|ed|ing)?(?:\s+(?:nights|days|evenings|mornings|weekends|overnights|part[- ]time|full[- ]time|there|now|still|${WORK_FIELDS}))?\s+(?:at|for)|[Tt]rabaj(?:o|a|aba|é)\s+(?:en|para)|[Tt]ravaill(?:e|es|ons|ait)\s+(?:chez|pour)|[Tt]rabalh(?:o|a|ava)\s+(?:na|no|em|para)|[Aa]rbeit(?:e|et)\s+bei|[Ee]mployed\s+(?:by|at|with)|\bjob\s+(?:at|with)|[Ss]tudent\s+at|(?:[Ff]reshman|[Ss]ophomore|[Jj]unior|[Ss]enior)\s+at|[Rr]etired\s+from|[Hh]ired\s+(?:at|by)|[Ll]aid\s+off\s+from|[Ss]tud(?:ies|ying)\s+at|[Ee]nrolled\s+(?:at|in)|[Aa]ttend(?:s|ed|ing)?(?!\s+(?:Mass|Church|Services?|Sunday|Bible|Meetings?|Class(?:es)?|School|College|Therapy|Rehab|Physical)\b)|[Tt]each(?:es|ing)?\s+at|[Pp]lay(?:s|ed|ing)?\s+(?:(?:football|soccer|basketball|baseball|softball|volleyball|hockey|lacrosse|ball)\s+)?for|[Pp]rofessor\s+at|[Dd](?:rive|rives|rove|riving)\s+(?:an?\s+(?:[a-z]+\s+)?[a-z]+\s+)?for|[Dd]eliver(?:s|ed|ing)?\s+for|(?:get|gets|got|getting)\s+paid\s+(?:by|from)|[Pp]aychecks?\s+(?:is\s+|are\s+|comes?\s+)?from|[Hh]aul(?:s|ed|ing)?(?:\s+(?:freight|loads))?\s+for|[Ss]ub(?:s|bing)?\s+(?:for|at)|(?:[Ss]upervisor|[Mm]anager|[Bb]oss|[Ff]oreman|[Cc]o-?worker|[Ss]hift\s+lead)\s+(?:at|from)|[Pp]harmacy\s+at|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:pharmacy|daycare)\s+(?:is|was)(?:\s+now)?|\ban?\s+(?:[a-z]+\s+)?(?:(?:driver|trucker|cashier|teller|mechanic|welder|machinist|electrician|plumber|carpenter|lineman|miner|custodian|janitor|housekeeper|cook|chef|server|waitress|waiter|bartender|dishwasher|clerk|receptionist|technician|tech|operator|engineer|accountant|pharmacist|paramedic|emt|firefighter|guard|associate|stocker|loader|picker|packer|assembler|laborer|dispatcher|scheduler|adjuster|banker|analyst|developer|programmer|teacher|para|substitute)s?\s+(?:at|for|with)|(?:nurse|cna|lpn|aide|caregiver|stylist|manager|supervisor|secretary|paralegal)s?\s+at))${EMPLOYER_NAME}`,
          'g',
        ),
        score: 0.9,
      },
      // The school a child goes to ("my kid goes to Brandon"), unless its kind follows in lower case, which a school's own pattern keeps ("goes to Lincoln high").
      { regex: new RegExp(String.raw`\b(?:kid|son|daughter|child|grandson|granddaughter)['’]?s?\s+(?:goes|go|went)\s+to${EMPLOYER_NAME}(?![\w&'-])(?![ \t]+(?:high|middle|elementary|school|academy|college|university|prep)\b)`, 'g'), score: 0.9 },
    ],
    // Nor the next speaker of a transcript ("what's your employer⏎Caller: cub foods").
    validate: (match) => !COMPANY_NON_LEADS.test(match) && !/^(?:Dr|Mr|Mrs|Ms|Home|Night|Nights|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Retired|None|Self|Unemployed|Disabled|Student|Unknown|N\/A)\b/.test(match) && !/^(?:Caller|Agent|Visitor|Customer|Client|Patient|User|I)$/.test(match),
    group: 1,
  },
  // "a retired Ford worker", "former Boeing engineer": whom someone worked for, named before what they were.
  {
    type: 'EMPLOYER',
    label: 'ORGANIZATION',
    patterns: [{ regex: /\b(?:[Rr]etired|[Ff]ormer|[Ll]aid[- ]off|[Ll]ongtime)\s+((?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*)\s+(?:worker|employee|retiree|engineer|machinist|mechanic|driver|nurse|manager|lineman|miner|teacher)s?\b/g, score: 0.9 }],
    validate: (match) => !COMPANY_NON_LEADS.test(match),
    group: 1,
  },
  // The value of an employer, school, pharmacy or payer field in structured context: `"employer": "Türk Telekom"`, "School: Lincoln Middle",
  // "; plan=True Health New Mexico" (a plan only as a key: "Plan: follow up in 2 weeks" is a note's plan).
  {
    type: 'ORGANIZATION_FIELD',
    label: 'ORGANIZATION',
    patterns: [
      { regex: new RegExp(ORGANIZATION_FIELD, 'giu'), score: 0.85 },
      // An agent's shorthand, without a colon: "req refill metoprolol, pharm Price Cutter Plus", "preferred pharmacy Fareway Ames".
      { regex: /\b(?:pharm|pref\.? pharm|preferred pharm(?:acy)?)\.?[ \t]+(\p{Lu}[\p{L}'’&-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’&-]*|&|of)){0,4})/gu, score: 0.8 },
      // As an XML element: "<employer>Hydro-Québec</employer>".
      { regex: /<(?:employer|company|organi[sz]ation|school|pharmacy|agency|payer|payor|insurer|insurance|carrier|health_?plan|plan_?name)(?:_?[Nn]ame)?>[ \t]*(\p{L}[^<\n]{1,60}?)[ \t]*(?=<\/)/giu, score: 0.85 },
    ],
    // Medicare and Medicaid are public programs, no one's identifier.
    // Nor is a clinic field's department ("clinic: Dermatology").
    validate: (match) => !/^(?:none|n\/?a|unknown|self|self[- ]employed|self[- ]pay|unemployed|retired|disabled|student|homemaker|not employed|null|pending|other|medicare|medicaid|uninsured|private)$/i.test(match.trim()) && !SERVICE_WORDS_ONLY.test(match.trim()),
    group: 1,
  },
  { type: 'SITE_STREET', label: 'ADDRESS', patterns: [{ regex: new RegExp(ORGANIZATION_FIELD, 'giu'), score: 0.85 }], group: 2 },
  // A firm described as one, or by what only a firm has: "Persint is a German multinational",
  // "Weeks-Rivas is a 501(c)3", "Pave's CEO", "she resigned from Certara".
  {
    type: 'DESCRIBED_ORGANIZATION',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: new RegExp(
          String.raw`${NOT_AFTER_DETERMINER}\b(${COMPANY_WORD}(?:\s+(?:${COMPANY_WORD}|of|and|&)){0,3})\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:company|multinational|firm|agency|start-?up|non-?profit|corporation|business|bank|insurer|manufacturer|retailer|brand|charity|foundation|consultancy|conglomerate|organi[sz]ation|501\(c\)\(?3\)?)(?![\w-]|\s+(?:man|woman|person|guy|owner|leader))`,
          'g',
        ),
        score: 0.85,
      },
      { regex: new RegExp(String.raw`${NOT_AFTER_DETERMINER}\b(${COMPANY_WORD}(?:\s+${COMPANY_WORD}){0,2})['’]s\s+(?:CEO|CFO|founders?|co-founders?|headquarters|HQ|employees|shareholders|board of directors|HR department|website|web site|app|patient portal|billing department|customer service)\b`, 'g'), score: 0.85 },
      { regex: new RegExp(String.raw`\b(?:[Rr]esigned\s+from|[Qq]uit\s+my\s+job\s+at|[Ll]aid\s+off\s+(?:from|by)|[Hh]ired\s+by|[Ff]ired\s+from|[Ii]ntern(?:ing|ed)?\s+at|(?:spent|worked)\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:years?|months?)\s+at|(?:CEO|CFO|[Ff]ounder|[Cc]o-founder|[Pp]resident|[Ee]mployees?)\s+(?:of|at))\s+(${COMPANY_WORD}(?:\s+(?:${COMPANY_WORD}|of|and|&)){0,3})(?<!\s(?:of|and|&))`, 'g'), score: 0.85 },
    ],
    validate: (match) => !COMPANY_NON_LEADS.test(`${match} `) && !/^(?:It|This|That|He|She|They|We|There|Which|What|Who|Here|Everything|Nothing|Everyone|Dr|Mr|Mrs|Ms|The)\b/.test(match),
    group: 1,
  },
  // A firm by its initials where a bill, a letter or a call came from ("the bill from AMR for the ambulance"); not a ward's or a test's.
  {
    type: 'BILLER',
    label: 'ORGANIZATION',
    patterns: [{ regex: /(?<=\b(?:bill|bills|statement|invoice|letter|notice|EOB|eob|call|calls|check|payment) from (?:the )?)(?!(?:ER|ED|ICU|NICU|PICU|OR|PT|OT|HR|IT|ENT|OB|GYN|OBGYN|GI|MRI|CT|EKG|ECG|PCP|NP|PA|RN|MD|DO|LAB|UC|DME|EMS|ICD|CPT|ASAP)\b)[A-Z]{2,6}(?![\w-])/g, score: 0.8 }],
  },
  // Health insurers, by name.
  {
    type: 'HEALTH_PLAN',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex:
          /\b(?:aetna|cigna|humana|unitedhealthcare|united healthcare|unitedhealth|blue cross(?:,? (?:and |& )?blue shield)?(?: of [a-z]+(?: [a-z]+)?)?|bluecross(?: ?blueshield)?(?: of [a-z]+(?: [a-z]+)?)?|blue shield(?: of [a-z]+)?|bcbs|florida blue|highmark|molina(?: healthcare)?|centene|ambetter|oscar health|tricare|wellcare|aarp|premera|regence|carefirst|excellus|harvard pilgrim|tufts health plan|emblemhealth|oxford health|medical mutual|priority health|independence blue cross|horizon bcbs|kaiser permanente|hmsa|caresource|healthfirst|fidelis care|amerigroup|amerihealth(?: caritas)?|wellmark|geisinger health plan|healthpartners|health net|selecthealth|upmc health plan|devoted health|clover health|scan health plan|meritain health|blue care network|capital blue cross|optum|medica|ucare|quartz health|avmed|mvp health care|fallon health|paramount health care|sunshine health|peach state health plan|buckeye health plan|superior healthplan|simply healthcare)\b/gi,
        // Above a name after a cue ("filed under Aetna"): no one is called Aetna.
        score: 0.9,
      },
      // In Spanish: "tengo seguro de Superior", "mi aseguranza es Molina".
      { regex: /(?<=(?<!n[uú]mero[ \t]+de[ \t]+)\b(?:seguro|aseguranza|aseguradora)(?:[ \t]+m[eé]dico)?[ \t]+(?:de|con|es|:)[ \t]+)\p{Lu}[\p{L}&'’-]*(?:[ \t]+\p{Lu}[\p{L}&'’-]*){0,3}(?![\p{L}\p{N}])/gu, score: 0.8 },
      // A plan by the short name members use, which is an everyday word or a name too ("my kids are on peach state", "my plan is Devoted",
      // "do you take superior"): only where a payer's cue stands before it.
      { regex: new RegExp(String.raw`(?<=${PAYER_BEFORE_SHORT_NAME})(?:${PLAN_SHORT_NAMES})(?![\p{L}\p{N}])(?![ \t]+(?:to|than|duty|call|shift|hold|board|top|time)\b)`, 'giu'), score: 0.8 },
      { regex: /\bSCAN(?=[ \t]+(?:sent|mailed|denied|approved|covers|covered|paid|says|said|called|health)\b)/g, score: 0.8 },
      // Kaiser alone is also a surname ("Dr. Kaiser").
      { regex: /\bkaiser\b/gi, score: 0.8 },
      // Capitalised only: "anthem" is also a song.
      { regex: /\bAnthem(?: Blue Cross)?\b/g, score: 0.8 },
    ],
  },
  // The value of an insurance field in a chart or an EHR context block ("Insurance: HMSA", "payer:
  // Quartz Health Solutions"): whatever plan it names, a list cannot hold every regional insurer.
  // Government programs and "None" name no one's insurer.
  {
    type: 'HEALTH_PLAN',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: /(?<=\b(?:[Ii]nsurance|[Ii]nsurer|[Ii]nsurance [Cc]arrier|[Pp]ayer|[Pp]ayor|[Cc]arrier|[Hh]ealth [Pp]lan|[Pp]rimary|[Ss]econdary|[Ww]orkers'?[ \t]+[Cc]omp(?:ensation)?(?:[ \t]+(?:carrier|insurance|insurer))?)(?:[ \t]*[:=|][ \t]*["']?|[ \t]+(?:is|was)[ \t]+)|\b(?:[Cc]overage|[Ii]nsurance|[Ii]nsured|[Cc]overed|[Bb]enefits(?:[ \t]+(?:are|were|is))?)[ \t]+(?:through|with|by)[ \t]+)\p{Lu}(?:[\p{L}&'-]|\.(?=\p{L}))*(?:[ \t]+(?:\p{Lu}(?:[\p{L}&'-]|\.(?=\p{L}))*|of|and|&|-))*?(?=[ \t]*(?:$|[\n,;.()"'|?!]|[ \t](?:PPO|HMO|EPO|POS|HDHP|plan|member|subscriber|group|ID|id|#)\b)|[ \t]+\p{Ll})/gmu,
        score: 0.8,
      },
    ],
    // "His primary is Dr. Anand": a primary doctor, not a plan.
    validate: (match) => !/^(?:(?:Medicare|Medicaid|Medi-Cal|None|N\/A|NA|Self(?:-| )?pay|Uninsured|Unknown|Pending|Yes|No|Commercial|Private|Same|Other|Original|Traditional|Part [ABCD])\b[ -]*)+$/u.test(match) && !/^(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Nurse)\b/.test(match),
  },
  // The same chains typed in lower case, where no other word shares the name: "pls send rx to cvs".
  {
    type: 'PHARMACY',
    label: 'ORGANIZATION',
    // Most of them no other word shares, wherever they stand ("i use walgreens on milwaukee ave"); H-E-B only after a preposition.
    patterns: [
      { regex: /(?<=\b(?:at|to|from|the|my)\s+)(?:h-e-b|heb)\b/g, score: 0.7 },
      { regex: /\b(?:cvs|walgreens|rite aid|duane reade|publix|kroger|wegmans|hy-vee|meijer|costco pharmacy|walmart pharmacy)\b/g, score: 0.7 },
    ],
  },
  // Pharmacy and retail chains that fill prescriptions, where a refill is routed to them.
  {
    type: 'PHARMACY',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex:
          /(?<=\b(?:at|to|from|with|the|my|our|by|in|into|farmacia|[Pp]harmacy)[:=]?\s+|[Pp]harmacy["']?[ \t]*[:=][ \t]*["']?)(?:CVS(?: Pharmacy| Health)?|Walgreens|Rite Aid|Walmart|Costco|Kroger|Publix|Safeway|Albertsons|H-E-B|HEB|Meijer|Wegmans|Hy-Vee|Giant Eagle|Express Scripts|OptumRx|Caremark|Amazon Pharmacy|Capsule|Duane Reade|Target)\b/g,
        score: 0.7,
      },
    ],
  },
  {
    type: 'COMPANY',
    label: 'ORGANIZATION',
    // Within one line: a signature's title line above is not part of the firm.
    // A pronoun before the name is the sentence: "It's Fernwood Capital Partners".
    // The full stop after an abbreviation ("Acme Inc.") is the name's; after a word, the sentence's.
    // "and" joins the words of one name ("Jones and Sons Plumbing"), not two firms ("Siemens AG and Nokia Oy").
    // A word's full stop ends the sentence unless the word is an abbreviation ("St. Mark's Church"),
    // never a title ("Dr. Ravindran. Insurance: Aetna"), and a suffix before a colon is a field's label.
    patterns: [
      {
        regex: new RegExp(
          String.raw`(?<![\p{L}\p{M}\p{N}])(?!(?:It's|It|This|That|I'm|We|We're|Our(?! Lady)|My|Your|Their|His|Her)[ \t])(?:(?:(?!(?:Dr|Mr|Mrs|Ms)\.)\p{Lu}[\p{L}\p{M}\d&'-]*(?:\.(?=[\p{L}\d])[\p{L}\p{M}\d&'-]*)*(?:(?<=(?:^|[\s.])\p{Lu}\p{Ll}{0,2})\.)?|&)(?:(?<!\b(?:${COMPANY_SUFFIXES})\.?)[ \t]+and)?(?:[ \t]+|,[ \t]*(?=(?:Inc|LLC|LLP|PLLC|Ltd|Corp)\.?(?![\p{L}\p{M}\p{N}])))){1,4}(?:${COMPANY_SUFFIXES})(?![\p{L}\p{M}\p{N}:-])(?:(?<=\b(?:Inc|Corp|Ltd|Co|Bros))\.)?`,
          'gu',
        ),
        score: 0.8,
      },
    ],
    // "Billing & Insurance": the ampersand joins a department to its neighbour, it opens no firm; "Infusion Services" is a department.
    validate: (match) => !COMPANY_NON_LEADS.test(match) && !match.startsWith('&') && !SERVICE_WORDS_ONLY.test(match) && !MEASURED_NOT_A_FIRM.test(match),
  },
  // A practice or a pharmacy named as Spanish, Portuguese and French write them: "Clínica Santa Fe", "Farmacia del Ahorro", "Hôpital Sainte-Justine".
  {
    type: 'HEALTHCARE_ORGANIZATION',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: /(?<![\p{L}\p{M}])(?:Cl[íi]nica|Policl[íi]nica|Farmacia|Farm[áa]cia|Centro M[ée]dico|Centro de Salud|Consultorio|Sanatorio|Clinique|H[ôo]pital|Pharmacie|Centre m[ée]dical)[ \t]+(?:(?:de|del|da|do|la|las|los|du|des)[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|del|da|do|la|las|los|du|des)[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu,
        score: 0.85,
      },
    ],
  },
  // An insurer named in another language's sentence: "mon assurance est Sun Life", "mi seguro es Molina".
  { type: 'HEALTH_PLAN', label: 'ORGANIZATION', patterns: [{ regex: /\b(?:assurance|mutuelle|seguro|aseguranza|plano de saúde|Versicherung|Krankenkasse)[ \t]+(?:est|es|é|ist)[ \t]+(?!\S*\d)(\p{Lu}[\p{L}\p{M}&'-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}&'-]*){0,3})/gu, score: 0.8 }], group: 1 },
  // "Law Offices of Delgado & Finch": the partners' names after it are the firm's.
  { type: 'COMPANY', label: 'ORGANIZATION', patterns: [{ regex: /\b(?:The )?Law (?:Offices?|Firm|Group) of (?:[A-Z][\w'’-]*(?:,? (?:&|and) | ))*[A-Z][\w'’-]*/g, score: 0.9 }] },
  // "the VA" is the veterans' health system; "VA" alone is Virginia.
  // A transcript writes it in lower case: "he goes to the va in alexandria".
  // "hes at the st cloud va for his ptsd": a town's VA typed in lower case, where one is seen (not "moved to richmond va").
  { type: 'HEALTHCARE_ORGANIZATION', label: 'ORGANIZATION', patterns: [{ regex: /(?<=\b(?:at|with) the\s+)(?!(?:the|a|my|his|her|our|local|nearest|closest|new|old)\b)[a-z]+(?:\s+[a-z]+)?\s+va\b(?=\s+(?:for|hospital|clinic|medical center|doctor|says|said)\b|\s*[.,!?]|\s*$)/g, score: 0.75 }] },
  // New York's numbered public schools: "goes to PS 46", "the nurse at M.S. 131"; never "MS" the disease ("has had MS 4 years").
  { type: 'SCHOOL', label: 'ORGANIZATION', patterns: [{ regex: /(?<=\b(?:at|to|from|attends|attend|attending|in)[ \t]+)(?:P\.?S\.?|M\.?S\.?|I\.?S\.?|J\.?H\.?S\.?)[ \t]?\d{1,3}[A-Z]?\b(?![ \t]*(?:years?|yrs?|months?|mg|%))/g, score: 0.8 }] },
  { type: 'HEALTHCARE_ORGANIZATION', label: 'ORGANIZATION', patterns: [{ regex: /\b[Tt]he (VA)\b(?! [A-Z]{2}\b)/g, score: 0.85 }, { regex: /(?<=\b(?:to|at|from|with|through|thru) the )(va)\b(?! (?:loan|mortgage|home loan)\b)/g, score: 0.75 }], group: 1 },
  // A saint's name holds an "of" a firm's name does not ("St. Catherine of Siena Academy", "Our Lady of
  // Lourdes Hospital"); elsewhere "of" joins a person to a firm ("Jeremy Hartmann of Gradiant Research LLC").
  {
    type: 'COMPANY',
    label: 'ORGANIZATION',
    patterns: [
      {
        regex: new RegExp(
          String.raw`(?<![\p{L}\p{M}])(?:St\.?|Saint|Our Lady)[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:of|de|the)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}?[ \t]+(?:${COMPANY_SUFFIXES}|Hospital|Medical Center|Health|Clinic|Parish|Cathedral|Hospice|Home|Lutheran|Catholic|Episcopal|Methodist|Baptist|Presbyterian|Orthodox)(?![\p{L}\p{M}\p{N}:-])`,
          'gu',
        ),
        score: 0.85,
      },
    ],
  },
];

/** A hospital's own formats from policy (`phi.recognizers`), as recognizers like the built-in ones. */
export function recognizersFromPolicy(entries: readonly PhiRecognizerPolicy[]): Recognizer[] {
  return entries.map((entry) => ({
    type: entry.name,
    label: entry.label,
    patterns: [{ regex: new RegExp(entry.pattern, entry.caseSensitive ? 'gu' : 'giu'), score: entry.score ?? 0.9 }],
    context: entry.context?.map((word) => word.toLowerCase()),
  }));
}
