import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { DEFAULT_PHI_LEXICON_DIR } from '../src/config/config.js';
import { FUNCTION_WORDS, PhiLexicon } from '../src/phi/lexicon.js';
import { PhiAnalyzer, PhiDetector } from '../src/phi/analyzer.js';
import { maskFindings } from '../src/phi/findings.js';
import { tableFindings } from '../src/phi/tables.js';
import { dea, iban, ipv4, luhn, nhsNumber, npi, ssn, vin } from '../src/phi/validators.js';
import type { Label } from '../src/phi/recognizers.js';
import { runCli } from './fixtures/cli.js';
import { readMarked } from '../bench/phi-data.js';

const analyzer = new PhiAnalyzer();
/** What the analyzer finds in a text, as [value, label] pairs. */
const valuesIn = (text: string) => analyzer.analyze(text).map((finding) => [text.slice(finding.start, finding.end), finding.label]);
/** The values of one label the analyzer finds in a text. */
const labelledIn = (label: string, text: string) => analyzer.analyze(text).filter((finding) => finding.label === label).map((finding) => text.slice(finding.start, finding.end));
const found = (text: string) => analyzer.analyze(text).map((finding) => ({ value: text.slice(finding.start, finding.end), label: finding.label, type: finding.type }));

t.test('validators tell real identifiers from look-alikes', async (t) => {
  t.ok(luhn('4111 1111 1111 1111'));
  t.notOk(luhn('4111 1111 1111 1112'));
  t.ok(ssn('123-45-6789'));
  for (const bad of ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000']) t.notOk(ssn(bad), bad);
  t.ok(npi('1245319599'), 'the CMS example NPI');
  t.notOk(npi('1245319598'));
  t.ok(dea('AB1234563'));
  t.notOk(dea('AB1234564'));
  t.ok(ipv4('192.168.10.1'));
  t.notOk(ipv4('999.1.1.1'));
  t.notOk(ipv4('01.2.3.4'));
  t.ok(iban('GB82 WEST 1234 5698 7654 32'), 'the ECBS example IBAN');
  t.notOk(iban('GB82 WEST 1234 5698 7654 33'));
  t.ok(vin('1HGCM82633A004352'));
  t.ok(nhsNumber('943 476 5919'), 'an NHS number with its mod-11 check digit');
  t.notOk(nhsNumber('943 476 5918'));
  t.ok(vin('1M8GDM9AXKP042788'), 'a check digit of X');
  t.notOk(vin('1HGCM82633A004353'));
  t.notOk(vin('1HGCM82633A00435I'), 'no I, O or Q in a VIN');
});

t.test('every Safe Harbor identifier the patterns cover is found', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['Email me at jane.doe@example.com please', 'jane.doe@example.com', 'EMAIL'],
    ['see https://portal.example.org/records?id=7 now', 'https://portal.example.org/records?id=7', 'URL'],
    ['from 10.20.30.40 today', '10.20.30.40', 'IP'],
    ['my SSN is 123-45-6789', '123-45-6789', 'SSN'],
    ['social security 123456789', '123456789', 'SSN'],
    ['call me at (555) 867-5309', '(555) 867-5309', 'PHONE'],
    ['my cell 5558675309', '5558675309', 'PHONE'],
    ['reach me on +44 20 7946 0958', '+44 20 7946 0958', 'PHONE'],
    ['Mobile: 03.93.92.16.85', '03.93.92.16.85', 'PHONE'],
    ['fax it to 555.987.6543', '555.987.6543', 'FAX'],
    ['MRN: 00482913', '00482913', 'MRN'],
    ['member ID is XJH4482910', 'XJH4482910', 'ID'],
    ['claim #CLM-2024-88812', 'CLM-2024-88812', 'ID'],
    ['Rx number 7731245', '7731245', 'ID'],
    ['MBI 1EG4-TE5-MK73', '1EG4-TE5-MK73', 'ID'],
    ['card 4111 1111 1111 1111', '4111 1111 1111 1111', 'ID'],
    ['NPI 1245319599', '1245319599', 'ID'],
    ['DEA AB1234563', 'AB1234563', 'ID'],
    ['DOB 03/14/1962', '03/14/1962', 'DATE'],
    ['born on March 3rd, 1962', 'March 3rd, 1962', 'DATE'],
    ['seen 2024-01-15 in clinic', '2024-01-15', 'DATE'],
    ['she is 92 years old', '92', 'AGE'],
    ['I live at 42 Oak Street, Apt 3B', '42 Oak Street, Apt 3B', 'ADDRESS'],
    ['Springfield, IL 62704', 'Springfield, IL 62704', 'ADDRESS'],
    ['zip code 62704-1234', '62704-1234', 'ADDRESS'],
    ['The bus station is on Vesterskovvej 79', 'Vesterskovvej 79', 'ADDRESS'],
    ['send it to Via Roma 131, Milano', 'Via Roma 131', 'ADDRESS'],
    ['The letter went to Unit 5477 Box 8244, DPO AP 15730', 'Unit 5477 Box 8244, DPO AP 15730', 'ADDRESS'],
    ['Estonia was super fun to visit!', 'Estonia', 'ADDRESS'],
    ['I moved to Savannah last year', 'Savannah', 'ADDRESS'],
    ['a man who grew up in Remniku.', 'Remniku', 'ADDRESS'],
    ['we returned to Mill Village by bus', 'Mill Village', 'ADDRESS'],
    ['hi this is Savannah Runolfsson calling', 'Savannah Runolfsson', 'NAME'],
    ['Dr. Alvarez will call', 'Alvarez', 'NAME'],
    ['Hi, my name is Jane Q. Doe', 'Jane Q. Doe', 'NAME'],
    ['treated at Lakeside Medical Center last year', 'Lakeside Medical Center', 'ORGANIZATION'],
    ['seen at Cincinnati General on February 2nd', 'Cincinnati General', 'ORGANIZATION'],
    ['treated at Johns Hopkins since July', 'Johns Hopkins', 'ORGANIZATION'],
    ['I work for Aunt Bertha Inc', 'Aunt Bertha Inc', 'ORGANIZATION'],
    ['a year at Jones, Mitchell and Williams as an assistant', 'Jones, Mitchell and Williams', 'ORGANIZATION'],
    ['medical insurance policy number QW-987654', 'QW-987654', 'ID'],
    ['Her MRN is CG-123987.', 'CG-123987', 'MRN'],
    ['My IBAN is GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32', 'ID'],
    ['(SSN: 987-65-4321)', '987-65-4321', 'SSN'],
    ['my card number 630427373398 is lost', '630427373398', 'ID'],
    // Voice transcripts: digits and dates as speech recognition writes them.
    ['the best number is five five five eight six seven five three zero nine', 'five five five eight six seven five three zero nine', 'PHONE'],
    ['calling back from six one seven double five zero one four two', 'six one seven double five zero one four two', 'PHONE'],
    ['my social is one two three four five six seven eight nine', 'one two three four five six seven eight nine', 'SSN'],
    ['my medical record number is four four eight two nine one three', 'four four eight two nine one three', 'MRN'],
    ['member id one two three four five six seven eight', 'one two three four five six seven eight', 'ID'],
    ['my date of birth is march third nineteen sixty two', 'march third nineteen sixty two', 'DATE'],
    ['born the twenty second of may two thousand and three', 'the twenty second of may two thousand and three', 'DATE'],
    ["i'm ninety one and i can't drive", 'ninety one', 'AGE'],
    ['my email is jane dot doe at gmail dot com thanks', 'jane dot doe at gmail dot com', 'EMAIL'],
    ['my last name is spelled d e s h p a n d e', 'd e s h p a n d e', 'NAME'],
    ['um i live at four twelve oak street in springfield', 'four twelve oak street', 'ADDRESS'],
    ['zip code six two seven zero four', 'six two seven zero four', 'ADDRESS'],
    // People and places from the lexicon, lower case and unknown first names included.
    ['hi this is maria gonzalez need to move my appt', 'maria gonzalez', 'NAME'],
    ['refill pls. deshawn williams dob 4/17/1979', 'deshawn williams', 'NAME'],
    ["I'm writing for my grandmother Hannelore Schmidt, she's old", 'Hannelore Schmidt', 'NAME'],
    ['can someone call my daughter grace', 'grace', 'NAME'],
    ['Please have June Hope call the front desk', 'June Hope', 'NAME'],
    ['Pt Kowalczyk, Agnieszka seen today', 'Kowalczyk, Agnieszka', 'NAME'],
    ['Gabriel: who are you?', 'Gabriel', 'NAME'],
    ['Kevin had given me his address', 'Kevin', 'NAME'],
    ['John Doe, who lives in Brooklyn, NY', 'John Doe', 'NAME'],
    ["As promised, here's Matej's address", 'Matej', 'NAME'],
    ['follow up with benjamin a seiler in a month', 'benjamin a seiler', 'NAME'],
    ['notes from Dr. A. Smith today', 'A. Smith', 'NAME'],
    ['She moved from San Francisco, CA last year', 'San Francisco', 'ADDRESS'],
    ['my father is 96 and needs a home visit', '96', 'AGE'],
    ['Context: pt is a 91yo M', '91', 'AGE'],
    ['my ssn last four is four four one nine', 'four four one nine', 'SSN'],
    ['the last 4 of my social: 1234', '1234', 'SSN'],
    ['noted in the chart on 17-Feb-2023', '17-Feb-2023', 'DATE'],
    ['reviewed on 10/11/2022 at St. Luke\'s Hospital', '10/11/2022', 'DATE'],
    ['I dispute the charge on statement ST-99120455.', 'ST-99120455', 'ID'],
    ['transfer from GB56HXDO88167774656119 to my other account', 'GB56HXDO88167774656119', 'ID'],
    ['seen with MRN: UCLA-T1D-2023?', 'UCLA-T1D-2023', 'MRN'],
    ['my employer is Costco Wholesale.', 'Costco Wholesale', 'ORGANIZATION'],
    ['please route the refill to Walgreens on Main', 'Walgreens', 'ORGANIZATION'],
    ['the pharmacy on Route 9 please', 'Route 9', 'ADDRESS'],
    ['I think Morales said no', 'Morales', 'NAME'],
    ['ZIP: 3520', '3520', 'ADDRESS'],
    ["i'm originally from switzerland", 'switzerland', 'ADDRESS'],
    ['moving to san diego next month', 'san diego', 'ADDRESS'],
    ['operated at Houston Heart Center', 'Houston Heart Center', 'ORGANIZATION'],
    ['she visited our San Francisco clinic', 'San Francisco clinic', 'ORGANIZATION'],
    ['the plate on my car is 7XKR392.', '7XKR392', 'ID'],
    ['my username on the portal is kmurphy1988', 'kmurphy1988', 'ID'],
    ['uh my medicare number is one e g four t e five m k seven three', 'one e g four t e five m k seven three', 'ID'],
    ['The insurance is Cigna, thanks', 'Cigna', 'ORGANIZATION'],
    ['I paid $120 on 10/30 by check', '10/30', 'DATE'],
    ['I was in the ER on the 14th', '14th', 'DATE'],
    ['i had a appointment with doctor fitzgerald', 'fitzgerald', 'NAME'],
    ['thanks for the help\n-- Vikram', 'Vikram', 'NAME'],
    // Structured context in a system prompt.
    ['{"patient_name": "Okafor, Chinedu"}', 'Okafor, Chinedu', 'NAME'],
    ['{"mrn": "A00912"}', 'A00912', 'MRN'],
    ['member_id=ZXK99120;', 'ZXK99120', 'ID'],
    ['lives at 915 Alamo Plaza now', '915 Alamo Plaza', 'ADDRESS'],
    ['my mother in law Hiroko needs a wheelchair', 'Hiroko', 'NAME'],
    ['my grandson DJ takes me to appointments', 'DJ', 'NAME'],
    ['We are at the Hampton Inn tonight', 'Hampton Inn', 'ORGANIZATION'],
    ['Brianna here, need my records', 'Brianna', 'NAME'],
    ['agent: date of birth?\ncaller: seven twelve sixty four', 'seven twelve sixty four', 'DATE'],
    ['a collections letter from Midwest Recovery Services', 'Midwest Recovery Services', 'ORGANIZATION'],
    ['room 402 at Greenbriar Nursing Home', 'Greenbriar Nursing Home', 'ORGANIZATION'],
    // Voice and text-message habits.
    ['my date of birth is may fifth uh nineteen seventy one', 'may fifth uh nineteen seventy one', 'DATE'],
    ['it is apartment four c on the left', 'apartment four c', 'ADDRESS'],
    ['my insurance is blue cross blue shield', 'blue cross blue shield', 'ORGANIZATION'],
    ['her doctor is at valley medical', 'valley medical', 'ORGANIZATION'],
    ['can u do wed instead? -kay', 'kay', 'NAME'],
    ['thx maria!! see u at 3', 'maria', 'NAME'],
    ['calling back about my wifes soraya test results', 'soraya', 'NAME'],
    ['a song by Szabina J Gelencsér, go figure', 'Szabina J Gelencsér', 'NAME'],
    ['Ubul: What a wife.\nAgent: Remember me?', 'Ubul', 'NAME'],
    ['Caller profile -> Age: 91 | Preferred language: Mandarin', '91', 'AGE'],
    ['Seen in Triage, 93, fell at home', '93', 'AGE'],
    ['he asked me to call about his 1/14 colonoscopy', '1/14', 'DATE'],
    ['Policy # PLX 4471 9920 for my husband', 'PLX 4471 9920', 'ID'],
    ['my card says exp 04/2027', '04/2027', 'DATE'],
    ['my updated NPI 1538293744 for the referral', '1538293744', 'ID'],
    ['My medical record number should be 000384172.', '000384172', 'MRN'],
    ['The VIN on the car is 1HGCM82633A004352 if needed', '1HGCM82633A004352', 'ID'],
    ['my refill is at the pharmacy on Broad St', 'Broad St', 'ADDRESS'],
    ['address:\n009 Slovenčeva 51, Ljubljana', '009 Slovenčeva 51', 'ADDRESS'],
    ['the early shows on Marina Fort Street', 'Marina Fort Street', 'ADDRESS'],
    ['Re: Baby Boy Hutchins, feeding plan', 'Baby Boy Hutchins', 'NAME'],
    ['no, p o box four four one one', 'p o box four four one one', 'ADDRESS'],
    ['pastor mike drove me in', 'mike', 'NAME'],
    ['the letter addressed to J. Abernathy-Cole', 'J. Abernathy-Cole', 'NAME'],
    ['she lives there, apt 14F', 'apt 14F', 'ADDRESS'],
    ['hello it is bao calling', 'bao', 'NAME'],
    ["it's uh brenda again", 'brenda', 'NAME'],
    ['my email is jane(at)gmail(dot)com', 'jane(at)gmail(dot)com', 'EMAIL'],
    ['the MRN on the bracelet reads 0049-2281', '0049-2281', 'MRN'],
    ['the member id on my card says XJH4482910', 'XJH4482910', 'ID'],
    ['went to the er at memorial hermann last night', 'memorial hermann', 'ORGANIZATION'],
    ['transport to Brightwater Dialysis on Mondays', 'Brightwater Dialysis', 'ORGANIZATION'],
    ['can we switch to the Austin clinic', 'Austin clinic', 'ORGANIZATION'],
    ['can we switch to the Austin location', 'Austin', 'ADDRESS'],
    ['| Member ID | UHC-204-88-1192 |', 'UHC-204-88-1192', 'ID'],
    ['Verified with last 4 SSN 6612.', '6612', 'SSN'],
    ['yeah my number is five five five 0 1 2 3', 'five five five 0 1 2 3', 'PHONE'],
    ['zip code is 9 0 2 1 0', '9 0 2 1 0', 'ADDRESS'],
    ['F: 805.555.0117', '805.555.0117', 'FAX'],
    ['Office Manager | Bayside Pediatric Dentistry', 'Bayside Pediatric Dentistry', 'ORGANIZATION'],
    ['her referral to Southside Allergy & Asthma', 'Southside Allergy & Asthma', 'ORGANIZATION'],
    ['my visit on Tuesday the 18th', 'Tuesday the 18th', 'DATE'],
    ['UK patient: London NW1 6XE', 'London NW1 6XE', 'ADDRESS'],
    ['postal code M5H 2M9 please', 'M5H 2M9', 'ADDRESS'],
    ['Dr. Kim Park-Lee called', 'Kim Park-Lee', 'NAME'],
    ['appointment created 2025-11-02T10:00:00Z', '2025-11-02', 'DATE'],
    ['can we do the 2nd Nov?', '2nd Nov', 'DATE'],
    // Spanish.
    ['mi fecha de nacimiento es 3 de marzo de 1962', '3 de marzo de 1962', 'DATE'],
    ['su número de seguro es XEH445120', 'XEH445120', 'ID'],
    ['vivo en 1420 Calle Mayor', '1420 Calle Mayor', 'ADDRESS'],
    ['necesito una cita para mi hijo Mateo', 'Mateo', 'NAME'],
    ['mi número de expediente es 4471203', '4471203', 'MRN'],
  ];
  for (const [text, value, label] of cases) {
    t.match(found(text), [{ value, label }], `${label}: ${text}`);
  }
});

t.test('hard negatives stay untouched', async (t) => {
  for (const text of [
    'Take 500 mg of metformin twice a day.',
    'Your A1c was 7.2% and LDL 130 mg/dL.',
    'The copay is $25.00, balance $1,240.50.',
    'Billed as CPT 99213 with ICD-10 E11.9.',
    'Your appointment is at 10:30 on Tuesday.',
    'Please visit the cardiology department.',
    'Dr. will see you now.',
    'She is 45 years old.',
    'Call 911 if the pain gets worse.',
    'Room 12, floor 3.',
    // Names that are words, numbers that are not identifiers, abbreviations next to capitals.
    'I hope June works, Will said the clinic is closed in May.',
    'I have one or two questions, five or six maybe.',
    'My SSN and my IBAN are on the form.',
    'Reading the results from Friday made me worry.',
    'Will you call me? Grant is approved. Hope is all we have.',
    'I moved to Cardiology on Monday.',
    'During 1971 we moved twice.',
    'Thanks, Scheduling',
    "I'm 45 and she's 92 percent sure.",
    'Order 987-65-4321 shipped.',
    'I have a b and c options, one of my friends drove down the street.',
    'The Attorney General said Providence is a rush.',
    'Tx options for pt w/ hx of AFib, please.',
    'GB82 WEST 1234 5698 7654 33 is not an IBAN.',
    'My dad is fine, his sugar is 96 this morning.',
    'The visit is at 9:40 AM Cardiology, 2nd floor.',
    'I work nights and weekends.',
    'Your order of 10000 units shipped.',
    "A history of Wilson's disease and a Framingham Risk Score of 20%.",
    'A Gleason score of 7 was noted.',
    'i live in reading and work from home',
    'running late for my 3:30 w dr, be there in 10',
    'the doctor said to rest',
    'The class meets in Room B on the 2nd floor.',
    'Take 1/2 tablet at night.',
    'Meds:\n- Metformin\n- Lisinopril',
    '{"patient_status": "Active", "provider_type": "Primary"}',
    'I walked 3 blocks up the hill.',
    "I'm glad the care team called.",
    'My insurance ID is on the card.',
    'please call Patient Financial Services about the bill',
    'See you Thu at 2:40 PM.',
    'I take Eliquis 5 mg and Jardiance, can I also take Advil for my back?',
    'Are you open on Christmas Eve or Thanksgiving Day?',
    "my son's Zoloft ran out and my wife doesnt feel well",
    'my son tmrw',
    'i was at the hospital and then at radiology clinic',
    'we sang the national anthem',
    'Vitamin D Levels are low, I have a B and C option.',
    'Allergies: none\nPlan: refill the inhaler',
    'Sent from Yahoo Mail on Android',
    'Your prescription for amoxicillin 500 mg is ready.',
    '2 Tylenol 500, every 6 hours',
    'this is urgent please, it is ok',
    'A. Fib is common; see U. S. Army records.',
    'Buenos días, necesito cambiar mi cita para el martes.',
    'the claim number you gave me was wrong',
    "Hi, I'm Ava, your virtual assistant. How can I help?",
    'rooms 1 2 3 4 5 6 7 are full',
    'Mammogram and DEXA scan are due this year according to MyChart Health Maintenance.',
    'MD, FACC\nInterventional Cardiology',
    'I am Cambodian and need a Khmer interpreter; my husband is German.',
    "A history of Barrett's esophagus and Hodgkin's lymphoma.",
    'Bed 4: Room 12\n3 West 4',
    'Lot 1HGCM82633A004353 of the vaccine was recalled.',
    'Subject: Question About My Bill From The Emergency Department',
    'I need to speak with Case Management about Home Health and a Hospital Bed.',
  ]) {
    t.same(found(text), [], text);
  }
});

t.test("the model's bar is per label: less sure firms and places stand, less sure people do not", async (t) => {
  const text = 'my son loves Brightwater Montessori and we live in Tahlequah, Kasimir says';
  const claim = (value: string, label: Label, score: number) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length, label, type: `NER_${label}`, score });
  const claims = [claim('Brightwater Montessori', 'ORGANIZATION', 0.45), claim('Tahlequah', 'ADDRESS', 0.45), claim('Kasimir', 'NAME', 0.45)];
  const detector = new PhiDetector(new PhiAnalyzer({ lexicon: false }), { find: async () => claims });
  t.same((await detector.detect(text)).map((finding) => finding.label), ['ORGANIZATION', 'ADDRESS']);
  t.same((await detector.stricter(0.4, ['NAME']).detect(text)).map((finding) => finding.label), ['NAME'], 'a stricter detector takes only the labels it names');
});

t.test('a model person made of Title Case everyday words is vetoed, unless a cue names it', async (t) => {
  const text = 'Can I pay with Apple Pay? Stop texting me about Flu Clinics. Her maiden name is Key. Hope Walker called. My Apple Watch beeps.';
  const claims = ['Apple Pay', 'Flu Clinics', 'Key', 'Hope Walker', 'Watch'].map((value) => {
    const start = text.indexOf(value);
    return { start, end: start + value.length, label: 'NAME' as const, type: 'NER_NAME', score: 0.95 };
  });
  const detected = await new PhiDetector(new PhiAnalyzer(), { find: async () => claims }).detect(text);
  t.same(detected.map((finding) => text.slice(finding.start, finding.end)), ['Key', 'Hope Walker']);

  const lower = 'I need my record for my new job in October. call my daughter grace';
  const lowerClaims = [['job', 'NAME'], ['October', 'ADDRESS'], ['grace', 'NAME']].map(([value, label]) => {
    const start = lower.indexOf(value!);
    return { start, end: start + value!.length, label: label as Label, type: `NER_${label}`, score: 0.95 };
  });
  const kept = await new PhiDetector(new PhiAnalyzer(), { find: async () => lowerClaims }).detect(lower);
  t.same(kept.map((finding) => lower.slice(finding.start, finding.end)), ['grace'], 'an everyday word in lower case needs a kin word before it; a month is no place');

  const form = 'Encounter: 11/28/2026, Provider: Zorblat Quinnever, MD, Location: Lakeview';
  const formClaims = [['Provider', 'ORGANIZATION'], ['MD, Location', 'ADDRESS'], ['Zorblat Quinnever', 'NAME']].map(([value, label]) => {
    const start = form.indexOf(value!);
    return { start, end: start + value!.length, label: label as Label, type: `NER_${label}`, score: 0.95 };
  });
  const fields = await new PhiDetector(new PhiAnalyzer(), { find: async () => formClaims }).detect(form);
  t.same(fields.filter((finding) => finding.label !== 'DATE').map((finding) => form.slice(finding.start, finding.end)), ['Zorblat Quinnever'], "a field label before its colon is no entity");
});

t.test('model findings made only of everyday words are vetoed, names after a kin word are not', async (t) => {
  const text = 'Thanks Siobhan, that fixed it! Should I come in? call my daughter grace';
  const claims = ['that', 'Should I come', 'grace', 'Siobhan'].map((value) => {
    const start = text.indexOf(value);
    return { start, end: start + value.length, label: 'NAME' as const, type: 'NER_NAME', score: 0.95 };
  });
  const vetoed = (analyzer: PhiAnalyzer) => new PhiDetector(analyzer, { find: async () => claims }).detect(text);
  t.same((await vetoed(new PhiAnalyzer())).map((finding) => text.slice(finding.start, finding.end)), ['Siobhan', 'grace']);
  t.equal((await vetoed(new PhiAnalyzer({ lexicon: false }))).length, 4, 'without the lexicon nothing is vetoed');

  const clinicalText = 'My brother just turned 35. Concerns about Lisinopril post-op.';
  const clinicalClaims = ['just', 'Lisinopril', 'post-op'].map((value) => {
    const start = clinicalText.indexOf(value);
    return { start, end: start + value.length, label: 'NAME' as const, type: 'NER_NAME', score: 0.95 };
  });
  t.same(await new PhiDetector(new PhiAnalyzer(), { find: async () => clinicalClaims }).detect(clinicalText), [], 'a basic word after a kin word, a drug, a clinical compound');

  const claim = (within: string, value: string, label: 'NAME' | 'ADDRESS' | 'ORGANIZATION') => {
    const start = within.indexOf(value);
    return { start, end: start + value.length, label, type: `NER_${label}`, score: 0.95 };
  };
  const everydayText = 'Can I take Advil? I need Home Health before Open Enrollment. Dear Billing Office, thanks. Buenos días, necesito una cita. bonjour. RN | Clinical Educator';
  const everydayClaims = [
    claim(everydayText, 'Advil', 'NAME'),
    claim(everydayText, 'Health', 'ORGANIZATION'),
    claim(everydayText, 'Open Enrollment', 'ADDRESS'),
    claim(everydayText, 'Billing Office', 'NAME'),
    claim(everydayText, 'Buenos días', 'NAME'),
    claim(everydayText, 'necesito', 'NAME'),
    claim(everydayText, 'bonjour', 'NAME'),
    claim(everydayText, 'Clinical', 'ORGANIZATION'),
  ];
  t.same(await new PhiDetector(new PhiAnalyzer(), { find: async () => everydayClaims }).detect(everydayText), [], 'a drug brand, a department, a capitalised heading, words of other languages, a job title');

  const textedText = 'thx sooo much, pleeease call back. closed on Sundays, right? {"resourceType": "Patient"}';
  const textedClaims = [claim(textedText, 'sooo', 'NAME'), claim(textedText, 'pleeease', 'NAME'), claim(textedText, 'Sundays, right', 'ADDRESS'), claim(textedText, 'resourceType', 'NAME')];
  t.same(await new PhiDetector(new PhiAnalyzer(), { find: async () => textedClaims }).detect(textedText), [], "a word drawn out in a text, a weekday's plural, a key of structured data");
});

t.test('the model is not run on text where the lexicon would veto anything it found', async (t) => {
  const asked: string[] = [];
  const detector = new PhiDetector(new PhiAnalyzer(), { find: async (text) => (asked.push(text), []) });
  for (const text of ['Your appointment is confirmed for Tuesday at 3pm.', "I'm sorry to hear that. Please contact the nurse line.", 'Sure, I can help you move it to next week.']) {
    await detector.detect(text);
  }
  t.same(asked, [], 'everyday words only: no model call');
  for (const text of ['call my daughter grace', 'Your visit with Okonkwo is confirmed.', 'the pharmacy in Qaqortoq']) await detector.detect(text);
  t.equal(asked.length, 3, 'a possible name or place: the model runs');
});

t.test('an address written one part per line is taken line by line, and stops where the address does', async (t) => {
  t.same(valuesIn('31195 Piazza Rezzonico 35\n Apt. 329\n Vogelsang\n Switzerland 91321'), [
    ['31195 Piazza Rezzonico 35', 'ADDRESS'],
    ['Apt. 329', 'ADDRESS'],
    ['Vogelsang', 'ADDRESS'],
    ['Switzerland 91321', 'ADDRESS'],
  ]);
  t.same(valuesIn('Thanks,\nJane Doe\n42 Oak Street\nSpringfield, IL 62704\nSent from my iPhone'), [
    ['Jane Doe', 'NAME'],
    ['42 Oak Street', 'ADDRESS'],
    ['Springfield, IL 62704', 'ADDRESS'],
  ], 'the street keeps its own finding above the city line');
  t.same(valuesIn('I live at 42 Oak Street\nThank You\nBest Regards'), [['42 Oak Street', 'ADDRESS']], 'a closing formula is no address and no person');
  t.same(valuesIn('Mailing address:\n112 Poplar Road\n2836312030'), [['112 Poplar Road', 'ADDRESS'], ['2836312030', 'PHONE']], 'a long bare number on its own line is a phone, not a postcode');
});

t.test('overlapping findings merge to the best one, and masking keeps the rest of the text', async (t) => {
  const text = 'Patient: Jane Doe, call 555-867-5309, NPI 1245319599';
  const findings = analyzer.analyze(text);
  for (let index = 1; index < findings.length; index++) t.ok(findings[index]!.start >= findings[index - 1]!.end, 'no two findings overlap');
  t.equal(maskFindings(text, findings), 'Patient: <NAME>, call <PHONE>, NPI <ID>');
});

t.test('chaperone redact: JSON lines in, one line out per input, bad lines reported', async (t) => {
  const input = [
    JSON.stringify({ id: 'a', text: 'DOB 03/14/1962, call 555-867-5309' }),
    'not json',
    JSON.stringify({ id: 'b' }),
    JSON.stringify({ id: 'c', text: 'no identifiers here' }),
  ].join('\n');
  const run = await runCli(['redact'], {}, `${input}\n`);
  t.equal(run.code, 1, 'bad lines make the exit code non-zero');
  t.match(run.stderr, /^chaperone: redact: 2 input lines could not be read\n$/);
  const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  t.equal(lines.length, 4);
  t.same(lines[0], {
    id: 'a',
    redacted: 'DOB <DATE>, call <PHONE>',
    spans: [
      { start: 4, end: 14, label: 'DATE', type: 'DATE', score: 1 },
      { start: 21, end: 33, label: 'PHONE', type: 'PHONE', score: 1 },
    ],
  });
  t.match(lines[1], { id: null, error: /line 2: not valid JSON/ });
  t.match(lines[2], { id: 'b', error: /needs a string "text"/ });
  t.same(lines[3], { id: 'c', redacted: 'no identifiers here', spans: [] });

  const single = await runCli(['redact', '--text', 'email jane.doe@example.com']);
  t.equal(single.code, 0);
  t.match(JSON.parse(single.stdout), { redacted: 'email <EMAIL>' });

  // A policy folder adds the tenant's own formats.
  const policies = t.testdir({ 'default.yaml': "tenant: default\nphi:\n  recognizers:\n    - { name: MRN_LAKESIDE, label: MRN, pattern: 'Q\\d{3}[A-Z]{2}\\d{2}' }\n" });
  const own = await runCli(['redact', '--patterns-only', '--dir', policies, '--text', 'my hospital number is Q123AB45']);
  t.equal(own.code, 0, own.stderr);
  t.match(JSON.parse(own.stdout), { redacted: 'my hospital number is <MRN>', spans: [{ label: 'MRN', type: 'MRN_LAKESIDE' }] });
  t.match(JSON.parse((await runCli(['redact', '--patterns-only', '--text', 'my hospital number is Q123AB45'])).stdout), { spans: [] }, 'without the policy the format is unknown');
  const lonely = await runCli(['redact', '--tenant', 'north', '--text', 'x']);
  t.equal(lonely.code, 2);
  t.match(lonely.stderr, /^chaperone: redact --tenant needs --dir/);
});

t.test('an address written on one line without commas keeps its city, state and ZIP', async (t) => {
  t.same(valuesIn('the address is 45 w 12th st apt 4b nyc 10011'), [['45 w 12th st apt 4b nyc 10011', 'ADDRESS']], 'after "the address is", to the end of the sentence');
  t.same(valuesIn('send it to 45 w 12th st apt 4b nyc 10011'), [['45 w 12th st apt 4b', 'ADDRESS'], ['nyc', 'ADDRESS'], ['10011', 'ADDRESS']]);
  t.same(valuesIn("i'm at four twelve pine street in eugene oregon now"), [['four twelve pine street', 'ADDRESS'], ['eugene oregon', 'ADDRESS']]);
  // What follows a street and is no place stays.
  t.same(valuesIn('I live at 12 Main St in the blue house'), [['12 Main St', 'ADDRESS']]);
});

t.test('the committed lexicon holds every function word: rebuild it after changing them', async (t) => {
  const basic = new Set(readFileSync(join(DEFAULT_PHI_LEXICON_DIR, 'basic-words.txt'), 'utf8').split('\n'));
  t.same(FUNCTION_WORDS.filter((word) => !basic.has(word)), [], 'npx tsx models/phi-lexicon/build.ts');
});

t.test("the committed lexicon keeps other languages' words apart from English words, names and places, as the detector assumes, but for the everyday words written by hand", async (t) => {
  const read = (file: string) => new Set(readFileSync(join(DEFAULT_PHI_LEXICON_DIR, file), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#')));
  const otherLanguages = read('other-languages-words.txt');
  const handWritten = read('other-languages-common.txt');
  t.ok(otherLanguages.size > 1000);
  for (const file of ['common-words.txt', 'first-names.txt', 'last-names.txt', 'places.txt']) {
    const list = read(file);
    t.same([...otherLanguages].filter((word) => list.has(word) && (file === 'common-words.txt' || !handWritten.has(word))).slice(0, 5), [], file);
  }
  // "ella vive sola" is Spanish, though Ella and Vive are names; a name's particles stay names' words.
  t.ok(['ella', 'vive', 'pero', 'una'].every((word) => otherLanguages.has(word)));
  t.notOk(['del', 'des', 'de', 'la'].some((word) => otherLanguages.has(word)));
});

t.test('a town after the comma that closes a street is part of the address; a name stops before a unit', async (t) => {
  t.same(valuesIn('Send it to 12 Oak Street, Quillfield'), [['12 Oak Street', 'ADDRESS'], ['Quillfield', 'ADDRESS']]);
  t.same(valuesIn('She lives at 12 Oak Street, Quillfield'), [['12 Oak Street, Quillfield', 'ADDRESS']], 'after "lives at", to the end of the sentence');
  t.same(valuesIn('I live at 12 Main St, and it is fine'), [['12 Main St', 'ADDRESS']], 'a lower-case word after the comma is the sentence');
  t.same(valuesIn('Dr. Cindy Holinka Apt. 117'), [['Cindy Holinka', 'NAME'], ['Apt. 117', 'ADDRESS']]);
});

t.test('a town in capitals above a country line belongs to the address; a department does not', async (t) => {
  t.same(valuesIn('Regards\n\nALFRICK\nUnited Kingdom'), [['ALFRICK', 'ADDRESS'], ['United Kingdom', 'ADDRESS']]);
  t.same(valuesIn('Regards\n\nCARDIOLOGY\nBoston, MA 02115'), [['Boston, MA 02115', 'ADDRESS']]);
});

t.test("a signature's line between a name and an address is the employer, unless it is a job title", async (t) => {
  t.same(valuesIn('Thanks,\nJane Doe\nAcme Logistics\n12 Main St'), [['Jane Doe', 'NAME'], ['Acme Logistics', 'ORGANIZATION'], ['12 Main St', 'ADDRESS']]);
  t.same(valuesIn('Thanks,\nJane Doe\nRegistered Nurse\n12 Main St'), [['Jane Doe', 'NAME'], ['12 Main St', 'ADDRESS']]);
  t.same(valuesIn('The Clark, Romero and Hall Orchestra played.'), [['Clark, Romero and Hall', 'ORGANIZATION']], 'a firm of surnames, one of them a word');
  t.same(valuesIn('I saw Tom, Dick and Harry.').map(([, label]) => label), ['NAME', 'NAME'], 'first names are people');
});

t.test('a person named once is found again by a later mention of the same word, never by an everyday word', async (t) => {
  t.same(valuesIn('Hi Zuzeth Qarvandi, your refill is ready. Qarvandi is on the account too, and zuzeth asked.'), [['Zuzeth Qarvandi', 'NAME'], ['Qarvandi', 'NAME']], 'a lower-case word is no later mention of a capitalised name');
  t.same(valuesIn('my name is borna jerković but everyone calls me borna'), [['borna jerković', 'NAME'], ['borna', 'NAME']]);
  t.same(valuesIn('My brother Grant Okafor called. Grant the request? I grant it, and so did Grant.'), [['Grant Okafor', 'NAME'], ['Grant', 'NAME']], 'only the capitalised "Grant" inside a sentence');
  t.same(valuesIn('Qarvandi is on the account. Hi Zuzeth Qarvandi!'), [['Zuzeth Qarvandi', 'NAME']], 'a mention before the name is not taken back: a stream has already released it');
  const earlier = new Map<string, Label>();
  analyzer.lexicon!.rememberMentions('Zuzeth Qarvandi', [{ start: 0, end: 15, label: 'NAME', type: 'NAME_LEXICON', score: 0.85 }], earlier);
  t.same(analyzer.analyze('is on the account. Qarvandi', earlier).map((finding) => finding.type), ['NAME_MENTIONED'], 'what a stream released earlier counts');
  t.same(valuesIn('User: my zip is 78704\nBot: I found 3 clinics near 78704, none near 78705.'), [['78704', 'ADDRESS'], ['78704', 'ADDRESS']], 'an identifier found once is found again by its whole value');
  analyzer.lexicon!.rememberMentions('account 448120', [{ start: 8, end: 14, label: 'ID', type: 'ID', score: 0.9 }], earlier);
  t.same(valuesIn('it says 448120 on the card'), [], 'alone, the value has no cue');
  t.same(analyzer.analyze('it says 448120 on the card', earlier).map((finding) => finding.type), ['ID_MENTIONED'], 'a value a stream released earlier counts');
});

t.test('places no list holds: after "originally from" or "I am in", with a postcode, and intersections', async (t) => {
  t.same(labelledIn('ADDRESS', "I'm Naomi, originally from Vrbnik, and I'm 31."), ['Vrbnik']);
  t.same(labelledIn('ADDRESS', 'I am in Hirvli for a business trip'), ['Hirvli']);
  t.same(labelledIn('ADDRESS', 'They support Factset in Bjert 6091 in its mission.'), ['Bjert 6091']);
  t.same(labelledIn('ADDRESS', 'I was in Hrelvik 2019 and in Room 1234 today. I am in pain.'), [], 'a year, a room number and a state are no places');
  t.same(labelledIn('ADDRESS', "I'm at the corner of main st and elm, near the pharmacy"), ['main st and elm']);
  t.same(labelledIn('ADDRESS', 'The bus station is on Villacher Strasse 89'), ['Villacher Strasse 89']);
});

t.test('inside an address block a town that is also a name is the town, and one blank line before the country does not end it', async (t) => {
  t.same(valuesIn('2060 Avenida Otoniel Dutra 1277\n Suite 829\n Salvador\n Brazil 10988'), [['2060 Avenida Otoniel Dutra 1277', 'ADDRESS'], ['Suite 829', 'ADDRESS'], ['Salvador', 'ADDRESS'], ['Brazil 10988', 'ADDRESS']]);
  t.same(valuesIn('45818 P.O. Box 242\n Suite 787\n Kangerlussuaq\n\n Spain 54005').map(([value]) => value), ['45818 P.O. Box 242', 'Suite 787', 'Kangerlussuaq', 'Spain 54005']);
  t.same(valuesIn('12 Main St\nSalvador\nThanks for your help'), [['12 Main St', 'ADDRESS'], ['Salvador', 'NAME']], 'a name under a street with no country after it stays a person');
});

t.test('lists of people: first names in lower case, partners after "founders:", a town that a verb aims at as a person', async (t) => {
  t.same(valuesIn('they had 6: silvana, adam, christopher, kristina, chad and caleb.').map(([value]) => value), ['silvana', 'adam', 'christopher', 'kristina', 'chad', 'caleb']);
  t.same(valuesIn('I need bread, milk, eggs and butter, and grace, hope and joy.'), [], 'groceries and virtues are no people');
  t.same(valuesIn('Opencounter is the brainchild of our 3 founders: Rudi, Jackson and Campos.').filter(([, label]) => label === 'NAME').map(([value]) => value), ['Rudi', 'Jackson', 'Campos']);
  t.same(valuesIn('The Clark, Romero and Hall Orchestra played.'), [['Clark, Romero and Hall', 'ORGANIZATION']], 'without the cue, partners are a firm');
  t.same(valuesIn('Enrico shouted at Gary, then said Gladys to Logan.').map(([, label]) => label), ['NAME', 'NAME', 'NAME', 'NAME']);
  t.same(valuesIn('She moved to Logan last year.'), [['Logan', 'ADDRESS']]);
});

t.test('a street named for a person is a street; chart shorthand is no name', async (t) => {
  t.same(valuesIn('here they are: 03751 Gerrit Achterberghove 137'), [['03751 Gerrit Achterberghove 137', 'ADDRESS']]);
  t.same(valuesIn('He lives on the north side of Joaquin Suarez 2906.'), [['Joaquin Suarez 2906', 'ADDRESS']]);
  t.same(valuesIn("I'll be at Maria Lopez 3pm. Dr. Ana Ruiz 2 weeks ago.").map(([, label]) => label), ['NAME', 'NAME'], 'a time or a count after a name');
  t.same(await new PhiDetector(new PhiAnalyzer(), { find: async () => [{ start: 31, end: 35, label: 'NAME', type: 'NER_NAME', score: 0.8 }] }).detect("pt seen at Stanford 4/3/2023, dx'd w/ CHF"), [
    { start: 11, end: 19, label: 'ORGANIZATION', type: 'HEALTHCARE_ORGANIZATION', score: 0.85 },
    { start: 20, end: 28, label: 'DATE', type: 'DATE', score: 1 },
  ], "the model's 'dx'd' is vetoed");
});

t.test("the model's findings lose the small words at their edges, never a house number", async (t) => {
  const claims = (text: string, ...spans: Array<[string, 'NAME' | 'ADDRESS' | 'ORGANIZATION']>) =>
    new PhiDetector(new PhiAnalyzer({ lexicon: PhiLexicon.load() }), {
      find: async () => spans.map(([value, label]) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length, label, type: `NER_${label}`, score: 0.9 })),
    })
      .detect(text)
      .then((findings) => findings.map((finding) => text.slice(finding.start, finding.end)));
  t.same(await claims('The address of Zentrix is nearby.', ['Zentrix is', 'ADDRESS']), ['Zentrix']);
  const edges = 'Hakuba had given Hakuba the keys.';
  const tidied = PhiLexicon.load().tidied(edges, { start: 7, end: 27, label: 'NAME', type: 'NER_NAME', score: 0.9 });
  t.equal(tidied && edges.slice(tidied.start, tidied.end), 'given Hakuba', 'function words only');
  t.same(await claims('He lives at 28919 136 Filadelfeos near the port.', ['28919 136 Filadelfeos', 'ADDRESS']), ['28919 136 Filadelfeos']);
  t.same(await claims('and of the', ['and of the', 'ORGANIZATION']), [], 'nothing but small words');
  t.same(await claims('Buenos Días, quisiera cambiar mi cita del lunes.', ['Buenos Días', 'NAME']), [], 'a capital on a Spanish word in a Spanish message');
  t.same(await claims('Please add He, Hao as my emergency contact.', ['He, Hao', 'NAME']), ['He, Hao'], 'the same kind of word in an English message');
  const [street] = await new PhiDetector(new PhiAnalyzer(), { find: async () => [{ start: 25, end: 34, label: 'ORGANIZATION', type: 'NER_ORGANIZATION', score: 0.9 }] }).detect('The bus drops you off at 518 Árpád fejedelem.');
  t.match(street, { start: 25, end: 34, label: 'ADDRESS' }, 'what opens with a house number is a street');
  const labelOfFirm = (text: string, value: string) => PhiLexicon.load().tidied(text, { start: text.indexOf(value), end: text.indexOf(value) + value.length, label: 'ORGANIZATION', type: 'NER_ORGANIZATION', score: 0.9 })?.label;
  t.equal(labelOfFirm('my sister is visiting from Yakima this week', 'Yakima'), 'ADDRESS', 'a listed town come from, gone to or lived in is the town');
  t.equal(labelOfFirm('she goes to Yakima and plays softball', 'Yakima'), 'ORGANIZATION', 'not a school one goes to');
  t.equal(labelOfFirm("i'm calling from Yakima's billing office", 'Yakima'), 'ORGANIZATION', "nor a firm's possessive");
  t.equal(labelOfFirm('please fax it to Sedgwick today', 'Sedgwick'), 'ORGANIZATION', 'nor a town a known firm is named for');
});

t.test('people, firms and addresses found by what stands around them, and look-alikes that are not', async (t) => {
  for (const { text, spans } of readMarked(join(import.meta.dirname, 'fixtures', 'phi-context-cases.txt'))) {
    t.same(valuesIn(text), spans.map((span) => [text.slice(span.start, span.end), span.label]), text);
  }
});

t.test('HL7 v2 segments in EHR context are read by field position', async (t) => {
  const message = [
    'MSH|^~\\&|EPIC|HOSP|||202611241200||ADT^A04|123|P|2.5',
    'PID|1||E2290417^^^HOSP^MR~998877^^^SSA^SS||WHITLEY^GERALD^O||19620311|M|||88 Harbor View Dr^^Muskegon^MI^49440||(231)555-0110',
    'NK1|1|WHITLEY^JOAN|SPO',
    'PV1|1|O|CLINIC||||1234567^OKAFOR^NGOZI|||MED',
  ].join('\r');
  t.same(valuesIn(message), [
    ['HOSP', 'ORGANIZATION'],
    ['E2290417', 'MRN'],
    ['998877', 'SSN'],
    ['WHITLEY^GERALD^O', 'NAME'],
    ['19620311', 'DATE'],
    ['88 Harbor View Dr^^Muskegon^MI^49440', 'ADDRESS'],
    ['(231)555-0110', 'PHONE'],
    ['WHITLEY^JOAN', 'NAME'],
    ['OKAFOR^NGOZI', 'NAME'],
  ], 'identifiers by the kind they declare, names and addresses whole, the sending facility a firm, the rest of the header and the codes untouched');
  t.same(valuesIn('Pipe-separated notes | not HL7 | PID is a word here'), [], 'a pipe alone opens no segment');
});

t.test('a table pasted into EHR context is read by the column its header names', async (t) => {
  const cells = (text: string) => tableFindings(text).map((finding) => [text.slice(finding.start, finding.end), finding.label]);
  t.same(
    cells('MRN,Name,DOB,Age,Insurance\r\n4402918,"Akana, Kaleo",09/30/1928,97,Medicare\r\n4402919,Lee Ann,1/2/1990,36,Aetna'),
    [['4402918', 'MRN'], ['Akana, Kaleo', 'NAME'], ['09/30/1928', 'DATE'], ['97', 'AGE'], ['4402919', 'MRN'], ['Lee Ann', 'NAME'], ['1/2/1990', 'DATE'], ['Aetna', 'ORGANIZATION']],
    'a quoted cell keeps its comma; ages under 90 and public programs are no PHI; a carriage return is no part of a cell',
  );
  t.same(cells('| Patient | Phone |\n|---|---|\n| Ann Lee | 555-0101 |\nseen today, doing well'), [['Ann Lee', 'NAME'], ['555-0101', 'PHONE']], 'outer pipes and the rule line are no cells');
  t.same(cells('Name\tDOB\nAnn Lee\t3/4/1950\nnotes: none'), [['Ann Lee', 'NAME'], ['3/4/1950', 'DATE']], 'a row of another shape ends the table');
  t.same(cells('Please bring your name, DOB\nand insurance card, phone'), [], 'prose with commas is no table: one header word is not enough');
});
