// Builds the synthetic training corpus for the PHI NER model: contact-center templates in every
// channel style, filled with names and places from @faker-js/faker across many locales and name
// origins, plus hard negatives (drug names, doses, labs, times, money, codes, departments, names
// that are also words). Only NAME, ADDRESS and ORGANIZATION are labelled: the pattern recognizers
// own every structured identifier, so the model is taught to leave those alone.
//
//   npx tsx models/phi-ner/generate.ts --count 50000 --seed 13 --handwritten 6 > /tmp/phi-ner-train.jsonl
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readMarked } from '../../bench/phi-data.js';
import { readWordList, unmarkedFirmName } from '../../src/phi/lexicon.js';
import * as fakers from '@faker-js/faker';
import type { Faker } from '@faker-js/faker';

export type ModelLabel = 'NAME' | 'ADDRESS' | 'ORGANIZATION';
export interface LabelledSpan { start: number; end: number; label: ModelLabel }
export interface LabelledText { text: string; spans: LabelledSpan[]; channel: Channel; origin: NameOrigin }

// Local firms as people name them, for the copies of hand-written texts: invented, so the model
// learns the frame and the shape, not a list.
const COINED_HEADS = ['Medi', 'Nu', 'Opti', 'Vita', 'Zen', 'Nova', 'Omni', 'Ever', 'Lumi', 'Cura', 'Sana', 'Vero', 'Ascen', 'Kine', 'Alto', 'Bright', 'Clear', 'True', 'Blue', 'Apex'];
const COINED_TAILS = ['ra', 'x', 'core', 'path', 'well', 'via', 'lia', 'tion', 'tek', 'gen', 'link', 'bridge', 'point', 'wise', 'care', 'line', 'field', 'sys'];
const FIRM_PLACES = ['Lakeside', 'Prairie', 'Summit', 'Harbor', 'Tri-County', 'Northstar', 'Riverbend', 'Pinecrest', 'Bluewater', 'Keystone', 'Heartland', 'Frontier', 'Cedar Valley', 'Golden Plains', 'Red River', 'Twin Cities', 'Bay Area', 'Great Lakes', 'Midwest', 'Southern Tier', 'Coastal', 'Mountain View', 'Oak Hill', 'Sunnyside', 'Eastside', 'Valley'];
const FIRM_TRADES = ['Home Care', 'Hospice', 'Transport', 'Rides', 'Collections', 'Credit Recovery', 'Staffing', 'Roofing', 'Logistics', 'Foods', 'Pharmacy', 'Drug', 'Family Practice', 'Dental', 'Imaging', 'Physical Therapy', 'Insurance', 'Health Plan', 'Cooperative', 'Credit Union', 'Schools', 'Academy', 'Elementary', 'High School', 'Law Group', 'Legal Services', 'Medical Supply', 'Home Medical', 'Senior Living', 'Assisted Living', 'Manufacturing', 'Construction', 'Dairy', 'Farms', 'Motors', 'Bank', 'Church', 'Daycare'];

/** The hand-written sets whose contexts join the corpus (`--handwritten`); later sets measure the model. */
export const HANDWRITTEN_SETS = [
  'phi-contact-center.txt', 'phi-contact-center-untouched.txt', 'phi-contact-center-holdout.txt', 'phi-contact-center-fresh.txt',
  'phi-contact-center-fifth.txt', 'phi-contact-center-sixth.txt', 'phi-contact-center-seventh.txt', 'phi-contact-center-eighth.txt',
  'phi-contact-center-ninth.txt', 'phi-contact-center-tenth.txt', 'phi-contact-center-eleventh.txt', 'phi-contact-center-probes.txt',
];

type Channel = 'sms' | 'chat' | 'email' | 'voice' | 'portal' | 'ehr' | 'generic' | 'clinical' | 'negative';

// Name origins, each with the faker locales (Latin script, as contact-center text carries them)
// that supply its names; origins faker lacks in Latin script get short hand-written lists below.
const ORIGIN_LOCALES = {
  anglo: ['EN_US', 'EN_GB', 'EN_AU', 'EN_IE', 'EN_CA'],
  hispanic: ['ES', 'ES_MX'],
  african: ['EN_NG', 'EN_GH', 'YO_NG', 'ZU_ZA', 'FR_SN'],
  south_asian: ['EN_IN', 'EN_NP'],
  european: ['DE', 'FR', 'IT', 'PL', 'NL', 'SV', 'FI', 'DA', 'NB_NO', 'CS_CZ', 'HU', 'RO', 'HR', 'PT_BR', 'SK', 'LV'],
  east_asian: ['EN_HK'],
  southeast_asian: ['VI', 'ID_ID'],
  middle_eastern: ['TR', 'AZ', 'UZ_UZ_latin', 'KU_kmr_latin'],
} as const;
export type NameOrigin = keyof typeof ORIGIN_LOCALES;
export const NAME_ORIGINS = Object.keys(ORIGIN_LOCALES) as NameOrigin[];

const ROMANIZED: Partial<Record<NameOrigin, { first: string[]; last: string[] }>> = {
  east_asian: {
    first: ['Wei', 'Xiaoming', 'Li Na', 'Jian', 'Mei', 'Hao', 'Yan', 'Jun', 'Ji-woo', 'Min-jun', 'Seo-yeon', 'Hyun', 'Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji', 'Yuki', 'Hana', 'Daiki', 'Xin', 'Ling', 'Chen', 'Bo'],
    last: ['Zhang', 'Wang', 'Chen', 'Liu', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Nakamura', 'Kobayashi', 'Yamamoto', 'Nguyen'],
  },
  middle_eastern: {
    first: ['Mohammed', 'Ahmed', 'Fatima', 'Aisha', 'Omar', 'Khalid', 'Layla', 'Yusuf', 'Mariam', 'Hassan', 'Zainab', 'Ali', 'Reza', 'Dariush', 'Shirin', 'Farah', 'Karim', 'Nadia', 'Tariq', 'Samira'],
    last: ['Al-Rashid', 'Haddad', 'Nasser', 'Khalil', 'Hosseini', 'Karimi', 'Rahimi', 'Mansour', 'Saleh', 'Farouk', 'El-Amin', 'Abdullah', 'Hamdan', 'Tehrani', 'Yilmaz', 'Aziz'],
  },
};

const fakerByLocale = fakers as unknown as Record<string, Faker>;
function localeFaker(locale: string): Faker {
  const found = fakerByLocale[`faker${locale}`];
  if (!found) throw new Error(`no faker locale ${locale}`);
  return found;
}

// Birth dates are drawn back from this day, not from today, so a corpus is the same whenever it is built.
const CORPUS_DATE = '2026-11-29T00:00:00Z';

/** Seeds every faker locale, so names and places repeat from run to run. */
export function seedFakers(seed: number): void {
  for (const f of Object.values(fakerByLocale)) if (typeof f?.seed === 'function') f.seed(seed);
}

// Deterministic PRNG so a corpus can be rebuilt bit for bit from its seed.
export class Random {
  private state: number;
  constructor(seed: number) { this.state = seed >>> 0 || 1; }
  next(): number {
    this.state ^= this.state << 13; this.state >>>= 0;
    this.state ^= this.state >>> 17;
    this.state ^= this.state << 5; this.state >>>= 0;
    return this.state / 0x100000000;
  }
  int(max: number): number { return Math.floor(this.next() * max); }
  pick<T>(items: readonly T[]): T { return items[this.int(items.length)] as T; }
  chance(p: number): boolean { return this.next() < p; }
}

const DRUGS = ['metformin 500 mg', 'lisinopril 10mg', 'atorvastatin 40 mg', 'amoxicillin', 'insulin glargine', 'Ozempic', 'Tylenol', 'ibuprofen 800', 'prednisone', 'levothyroxine 75 mcg', 'Eliquis 5mg', 'warfarin', 'albuterol inhaler', 'sertraline 50 mg', 'gabapentin', 'omeprazole', 'amlodipine 5 mg', 'Jardiance', 'losartan', 'hydrochlorothiazide', 'Xarelto', 'Humira', 'Lipitor', 'Zoloft', 'Adderall', 'oxycodone', 'Plavix'];
const LABS = ['A1c of 7.2', 'LDL 130 mg/dL', 'potassium 4.1', 'TSH 2.3', 'creatinine 1.1', 'INR 2.5', 'hemoglobin 11.8', 'BP 140/90', 'glucose 180', 'vitamin D level 22', 'eGFR 58', 'white count 12.4'];
const DEPARTMENTS = ['cardiology', 'Cardiology', 'the pharmacy', 'radiology', 'Radiology Department', 'the Emergency Department', 'Billing Office', 'billing', 'Patient Financial Services', 'the front desk', 'Dermatology', 'Orthopedics', 'the lab', 'Pediatrics', 'Oncology', 'Physical Therapy', 'Labor and Delivery', 'the ICU', 'Behavioral Health', 'Primary Care', 'urgent care', 'Medical Records', 'the nurse line', 'Scheduling'];
const INSURERS = ['Aetna', 'Medicare', 'Medicaid', 'Blue Cross', 'Cigna', 'Humana', 'UnitedHealthcare', 'Kaiser', 'Tricare'];
const CONDITIONS = ['atrial fibrillation', 'type 2 diabetes', 'hypertension', 'COPD', 'asthma', 'chronic kidney disease', 'heart failure', 'GERD', 'migraine', 'hypothyroidism', 'rheumatoid arthritis', 'major depressive disorder', 'osteoporosis', "Cushing's syndrome", 'multiple sclerosis', 'MS', 'pneumonia', 'sepsis', 'anemia', 'psoriasis', 'DVT', 'hyperlipidemia', 'obesity', 'sleep apnea', 'UTI', 'cellulitis', "Crohn's disease", 'lupus', 'gout', 'HTN'];
const CLINICAL_ASKS = ['What is the latest treatment protocol for', 'What are the guidelines for managing', 'Best practices for monitoring', 'What are the contraindications for prescribing {DRUG} to', 'How should I adjust {DRUG} for', 'Recommended screening for', 'What are the diagnostic criteria for {CONDITION} in', 'Is {DRUG} safe for'];
const CODES = ['CPT 99213', 'ICD-10 E11.9', 'code J45.909', 'CPT 80053', 'I10', 'Z00.00', 'CPT 93000'];
const WORD_NAMES = ['hope', 'will', 'june', 'grant', 'may', 'bill', 'mark', 'rose', 'faith', 'joy', 'dawn', 'frank', 'pat', 'chase', 'price', 'young', 'king', 'lane', 'page', 'summer', 'april', 'grace', 'penny', 'bobby'];
const WORD_NAME_SENTENCES = [
  'I hope you can help me', 'will the doctor call me back', 'my appointment is in june', 'the grant paperwork came back', 'may I reschedule', 'I got a bill I dont understand',
  'please mark it as urgent', 'my blood pressure rose again', 'I have faith it will work out', 'no joy with the portal login', 'I woke up at dawn with a headache', 'to be frank I am worried',
  'can you chase up my referral', 'what is the price of the visit', 'my young son has a fever', 'is there a king size bed in the room', 'which lane is the drive through pharmacy', 'I cannot find the page to pay',
  'this summer I need a physical', 'in april I had labs done', 'is there a grace period for the payment', 'not a penny more than the copay', 'Will you send the form', 'I Hope the results are fine', 'June works better for me', 'May I ask a question',
];
// Composed frames: a lead-in, sometimes a relation, the person, a tail. Far more contexts around a
// name than whole-sentence templates give, so the model learns the name rather than the template.
const NAME_LEADS = ['the caller is', 'caller', 'patient', 'refill for', 'appointment for', 'note for', 'a message for', 'Sincerely,\n', 'Thanks,\n', 'Best,\n', 'Regards,\n', 'please call', "I'm writing for", 'I authorize the clinic to release my records to', 'add', 'the subscriber is', 'spoke with', 'referred by', 'transfer me to', 'I need to speak to', 'forward this to', 'on behalf of', 'is this', 'looking for', 'message from', 'callback for', 'my caregiver is', 'send the letter to', 'the account holder is', 'the guarantor is', 'ask for', 'can you tell', 'please let', 'this message is for', 'I am the guardian of', 'a nurse named', 'you spoke to', 'the bill is under', 'the appointment is for', 'I drove', 'checking on', 'pick up for', 'approved by', 'signed by', 'we need consent from', 'the form lists', 'left a voicemail for', 'paging', 'I share custody of my son with', 'Attn:', 'c/o', 'From:', 'To:', 'cc', 'Caller:', 'Guarantor:', 'Subscriber:', 'Emergency contact -'];
const RELATIONS = ['my mother', 'my mom', 'my father', 'my dad', 'my son', 'my daughter', 'my grandmother', 'my grandfather', 'my husband', 'my wife', 'my partner', 'my neighbor', 'my brother', 'my sister', 'my aunt', 'my uncle', 'my friend', 'my boss', 'our patient', 'the patient', 'my caregiver', 'my stepdad', 'my fiancé', 'my coworker', 'my roommate', 'their son', 'her daughter', 'his wife'];
const NAME_TAILS = ['.', ',', '', '?', ' please.', ' as an emergency contact.', ' (DOB {DATE}).', ", she's {AGENUM} years old.", ', he needs a ride to the clinic.', ' about the bill.', ' at {PHONE}.', ' today if possible', ' who lives at {ADDRESS}.', ' from {EMPLOYER}.', ' in {DEPT}.', ' and I will be there at {TIME}.', ' asap', ' thx', ', thanks!', ' - urgent.', ' for the refill on {DRUG}.', ' regarding claim {MRN}.', ' when she gets back from {CITY}.', ' because I moved to {CITYSTATE}.', ' after the visit at {HOSPITAL}.'];
// Capitalised words that are not PHI, where a careless model sees a name: sentence openers of
// clinical questions, weekdays, months, departments signing a message, capitalised conditions.
const CAPITALISED_NON_NAMES = ['Latest treatment options for', 'Current recommendations for', 'Survival rates for', 'Recommendations for', 'Guidelines on', 'Evidence for', 'Management of', 'Updates on', 'Risks of', 'Treatment of', 'Best practices for', 'Should I worry about', 'What about', 'Any advice on', 'Thoughts on', 'Outcomes of', 'Prognosis of', 'Remember to ask about', 'Could you explain', 'Please review', 'Follow-up on', 'Side effects of'];
const CAPITALISED_TOPICS = ['Stage III ovarian cancer', "Alzheimer's disease", 'Type 1 Diabetes', 'T1DM', 'Stage IV lung cancer', 'COVID-19', 'Hepatitis C', 'ALS', "Parkinson's", 'Crohn’s disease', 'the GUSTO trial', 'Title VII leave', 'FMLA paperwork', 'HIPAA forms', 'the MRI', 'Medicare Part D', 'the ER visit', 'Friday', 'Monday morning', 'next Tuesday', 'the Patient Portal', 'Labor and Delivery', 'Financial Assistance', 'Patient Financial Services', 'the Billing Office'];
const SIGN_OFFS = ['Thanks, Scheduling', 'Regards, Billing Office', 'Thank you, Patient Financial Services', '- The Care Team', 'Best, Radiology Scheduling', 'Sincerely, Medical Records', 'Thanks! Front Desk'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Mr', 'Ms', 'Dr'];
const US_STATES = ['IL', 'NY', 'CA', 'TX', 'OH', 'PA', 'MI', 'GA', 'NC', 'FL', 'WA', 'MA', 'AZ', 'MN', 'Ohio', 'Texas', 'California', 'New York'];
const NAMED_HOSPITALS = ['Mayo Clinic', 'Cleveland Clinic', 'Johns Hopkins Hospital', 'Mount Sinai Hospital', 'Kaiser Permanente', 'Cedars-Sinai', 'NYU Langone', 'Massachusetts General Hospital', 'Mercy Hospital', "St. Jude Children's Research Hospital", 'Baystate Medical Center', 'Northwestern Memorial', 'Providence Health', 'Sutter Health', 'Intermountain Healthcare', 'Ochsner Medical Center', 'Beaumont Hospital', 'Geisinger', 'Banner Health', 'Atrium Health'];
const HOSPITAL_SHAPES = ['{city} General Hospital', "St. {first}'s Medical Center", '{last} Clinic', '{city} Regional Medical Center', '{last} Family Practice', '{city} Community Hospital', "{city} Children's Hospital", '{last} Memorial Hospital', '{city} Heart Center', '{last} Pediatrics', '{city} Urgent Care', '{last} & {last2} Dental', 'University of {city} Medical Center', '{city} Cancer Institute', '{city} Cardiology', '{last} Family Medicine', '{city} Orthopedic Associates', '{city} Dermatology Group', '{last} Eye Care', "{city} Women's Health", '{last} Internal Medicine', '{city} Surgical Associates', '{city} Kidney Center', '{last} Physical Therapy'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second', 'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth'];

// Slot name -> label it carries for the model (null: present in the text but not the model's job).
const SLOT_LABELS: Record<string, ModelLabel | null> = {
  NAME: 'NAME', FIRST: 'NAME', LAST: 'NAME', INITIALED: 'NAME', DOCTOR: 'NAME', KIN: 'NAME',
  ADDRESS: 'ADDRESS', STREET: 'ADDRESS', CITY: 'ADDRESS', COUNTRY: 'ADDRESS', CITYSTATE: 'ADDRESS',
  ORG: 'ORGANIZATION', HOSPITAL: 'ORGANIZATION', EMPLOYER: 'ORGANIZATION',
  FRAMED: null, NONNAME: null,
  JOB: null, ASK: null, AGENUM: null, SEX: null, CONDITION: null, PHRASE: null, WORDS: null, ORDINALWORD: null,
  DATE: null, PHONE: null, EMAIL: null, MRN: null, DRUG: null, LAB: null, DEPT: null, TIME: null, MONEY: null, CODE: null, INSURER: null, WORDNAME: null, AGE: null,
};

const TEMPLATES: Record<Channel, string[]> = {
  sms: [
    'hi this is {NAME} i need to reschedule my appt on {DATE}', 'this is {FIRST} can u call me back at {PHONE}', 'hey its {FIRST} {LAST}, running late for my {TIME} appt',
    'need refill on {DRUG} pls. {NAME} dob {DATE}', 'can i get my {DRUG} refilled at the {CITY} pharmacy', 'wrong number? looking for {FIRST}', 'my mom {KIN} has an appt tmrw at {TIME}',
    'pls send bill to {STREET}', 'moved to {ADDRESS}, update my address pls', 'i live in {CITY} now', 'is {HOSPITAL} open on sunday', 'text back pls, {FIRST}',
    'ok thx', 'yes confirm', 'STOP', '{WORDNAME}', 'cancel my appt w dr {LAST}', 'r u open today', 'what time does {DEPT} open', 'my copay was {MONEY}??',
    'appt w {DOCTOR} next week?', 'hi its {FIRST} from {EMPLOYER}, need a work note', 'this is {KIN}s daughter {FIRST}', 'need my {LAB} results', 'can {FIRST} pick up my meds for me',
  ],
  chat: [
    'Hi, my name is {NAME} and I would like to book a follow-up with {DOCTOR}.', 'Hello, I am {NAME}. My date of birth is {DATE}.', "I'm calling about my father, {KIN}.",
    'Can you update my address to {ADDRESS}?', 'I just moved from {CITY} to {CITYSTATE}.', 'Is {DOCTOR} still at {HOSPITAL}?', 'I was seen at {HOSPITAL} on {DATE} and need the records sent to {HOSPITAL}.',
    'My employer is {EMPLOYER} and they need proof of the visit.', 'Do you take {INSURER}?', 'What are your hours for {DEPT}?', 'How much is a visit without insurance? They quoted {MONEY}.',
    'My {LAB} was flagged, what does that mean?', 'I take {DRUG} every morning, can I get a refill?', 'Please ask {DOCTOR} to call me at {PHONE}.', 'Name: {NAME}', 'Patient: {NAME}, DOB {DATE}',
    'Hi {FIRST}, thanks for reaching out!', 'Thanks {FIRST}!', 'Could {FIRST} {LAST} pick up the prescription?', 'The bill was sent to {STREET} but I live at {STREET} now.',
    '{WORDNAME}, {FIRST}.', 'I need directions to {HOSPITAL}.', 'Where is {DEPT} in {HOSPITAL}?', 'My wife {KIN} needs an appointment too.', 'Is it {CODE} or something else on my bill?',
    "What's your name? {NAME}", 'Who is your primary care doctor? {DOCTOR}', 'Where do you live? {ADDRESS}', 'Where do you work? {EMPLOYER}', '{NAME} here, following up on my message from {DATE}.',
  ],
  email: [
    'Hello,\n\nI need a copy of my records from {DATE}.\n\nThanks,\n{NAME}\n{ADDRESS}\n{PHONE}', 'Dear {DOCTOR},\n\nMy {LAB} came back and I have questions.\n\nBest,\n{FIRST}',
    'Hi team,\nPlease update my mailing address to {ADDRESS}.\n\nRegards,\n{NAME}', 'To whom it may concern,\nI am writing on behalf of my mother, {KIN}, who was treated at {HOSPITAL}.\nSincerely,\n{NAME}',
    'Subject: billing question\n\nI was charged {MONEY} for {CODE}. Can someone explain?\n\n{NAME}\nSent from my iPhone', '{NAME}\n{EMPLOYER}\n{STREET}\n{CITYSTATE}\nEmail: {EMAIL}',
    'Hi,\nI will be out of the country until {DATE}. Please send the letter to {ADDRESS}.\n-- \n{FIRST} {LAST}', 'Good morning {FIRST},\n\nThank you for your help last week.\n\nKind regards,\n{NAME}',
  ],
  voice: [
    'yes hi my name is {NAME} and i am calling about my appointment', 'this is {FIRST} {LAST} my date of birth is {DATE}', 'um i live at {ADDRESS}', 'my doctor is {DOCTOR} at {HOSPITAL}',
    'i am calling for my husband {KIN} he is not feeling well', 'yeah the number is {PHONE}', 'can you spell that uh its {FIRST}', 'i want to refill my {DRUG}', 'what time does {DEPT} close',
    'hi yes uh i got a bill for {MONEY} and i dont understand it', 'i moved to {CITY} last month', 'my last name is {LAST}', 'first name {FIRST} last name {LAST}', 'ok {WORDNAME} thank you',
  ],
  portal: [
    'Message to {DOCTOR}: I have been taking {DRUG} and feel dizzy.', 'Re: appointment on {DATE} - can I switch to {DOCTOR}?', 'Please forward my records to {HOSPITAL}, {ADDRESS}.',
    'Update contact info. New address: {ADDRESS}. New phone: {PHONE}.', 'Question for the care team about my {LAB}.', 'Prior authorization from {INSURER} for {CODE}?', 'Emergency contact: {NAME}, {PHONE}',
  ],
  ehr: [
    'You are a scheduling assistant for {HOSPITAL}. Patient: {NAME}. DOB: {DATE}. MRN: {MRN}. PCP: {DOCTOR}. Address: {ADDRESS}. Preferred language: English.',
    'Context: patient {NAME} ({AGE}) has an upcoming visit with {DOCTOR} in {DEPT} on {DATE} at {TIME}. Medications: {DRUG}, {DRUG}.',
    'EHR summary - Name: {NAME}; Emergency contact: {KIN} ({PHONE}); Employer: {EMPLOYER}; Home: {ADDRESS}; Insurance: {INSURER}.',
    'Pt {LAST}, {FIRST} seen at {HOSPITAL} {DATE}. Labs: {LAB}. Plan: continue {DRUG}.',
  ],
  // Clinical questions in a physician's or a patient's words, with and without a person in them.
  clinical: [
    '{ASK} a {AGENUM}-year-old {SEX} with {CONDITION}, {INITIALED}, seen at {HOSPITAL} on {DATE}?', '{ASK} a {AGENUM}-year-old {SEX} with {CONDITION} and {CONDITION}?',
    '{ASK} a {AGENUM} yo {SEX} with {CONDITION}, pt name: {INITIALED}, treated at {HOSPITAL} on {DATE} (MRN: {MRN})?', 'pt w/ {CONDITION} seen at {HOSPITAL}, {INITIALED} on {DATE}. Concerned about {DRUG}.',
    '{ASK} a {AGENUM}-year-old {SEX} with {CONDITION} who had a {LAB} last week?', 'Patient is a {AGENUM}-year-old {SEX} with a history of {CONDITION}.', 'My {LAB} came back and I have {CONDITION}, what should I ask my doctor?',
  ],
  // Text with no PHI at all: general English, product copy, technical phrases, medical words.
  negative: ['{NONNAME}', '{NONNAME} {PHRASE}', '{NONNAME} Should I come in?', 'My {LAB} is high. {NONNAME}', '{PHRASE} {NONNAME}', '{PHRASE}', '{PHRASE} {PHRASE}', 'I have {CONDITION} and take {DRUG}.', '{ASK} {CONDITION}?', 'The {DEPT} is on the {ORDINALWORD} floor.', '{WORDS}', '{PHRASE} Call us at {TIME}.'],
  generic: [
    '{FRAMED}', '{FRAMED}', '{FRAMED}', '{FRAMED} {NONNAME}', '{NONNAME} {FRAMED}',
    '{NAME} lives on {STREET}.', '{FIRST} lives on {STREET} street.', 'The office is on {STREET}', 'Send it to {ADDRESS}', '{NAME}\n{EMPLOYER}\n{ADDRESS}', 'I work at {EMPLOYER} in {CITY}.',
    '{NAME} was born in {COUNTRY}.', 'We moved from {COUNTRY} to {CITY}.', 'Her name is {FIRST} and she lives in {CITY}, {COUNTRY}.', 'My name appears incorrectly, please correct it to {NAME}.',
    '{INITIALED} was treated at {HOSPITAL} on {DATE}.', 'What are the side effects of {DRUG} for a 60-year-old like {INITIALED}, seen at {HOSPITAL}?', 'I visited {CITY} last summer.',
    'Please ship the device to {FIRST} {LAST}, {ADDRESS}.', '{EMPLOYER} called about {NAME}.', 'Contact {NAME} at {EMAIL}.', 'The meeting with {EMPLOYER} is at {TIME}.',
    'Is {DEPT} on the second floor?', 'Take {DRUG} twice daily with food.', 'My {LAB} was normal.', 'Visit cost {MONEY}.', 'Billing code {CODE} was used.', 'Dr. on call will review it.', 'The doctor will call you back.',
    '{NAME} is from {EMPLOYER}.', 'I want to add {NAME} as a beneficiary to my account.', 'Please change the name on my file to {NAME}.', '{NAME}\n{JOB}\n{EMPLOYER}\n{ADDRESS}',
    'Date: {DATE}\nName: {NAME}\nPhone: {PHONE}', 'Can you send the package to {ADDRESS}?', '{NAME} works for {EMPLOYER} in {CITY}.', 'Hi {FIRST}, your order from {EMPLOYER} has shipped to {ADDRESS}.',
    'The agreement between {EMPLOYER} and {EMPLOYER} was signed by {NAME}.', 'My address is {ADDRESS}', 'I was born in {CITY}, {COUNTRY}.', '{CITY} is a lovely place to live.', 'Meet me at {STREET} near {CITY} center.',
    'As {JOB} at {EMPLOYER}, {NAME} approved it.', 'Forward this to {FIRST} at {EMAIL}, thanks.', '{LAST} family, {STREET}, {CITY}',
  ],
};
const CHANNEL_WEIGHTS: [Channel, number][] = [['sms', 0.15], ['chat', 0.17], ['email', 0.08], ['voice', 0.09], ['portal', 0.05], ['ehr', 0.06], ['generic', 0.18], ['clinical', 0.09], ['negative', 0.13]];

export class CorpusBuilder {
  constructor(private readonly random: Random) {}

  private originFaker(origin: NameOrigin): Faker {
    return localeFaker(this.random.pick(ORIGIN_LOCALES[origin]));
  }
  private first(origin: NameOrigin): string {
    const list = ROMANIZED[origin];
    if (list && this.random.chance(0.6)) return this.random.pick(list.first);
    return this.originFaker(origin).person.firstName();
  }
  private last(origin: NameOrigin): string {
    const list = ROMANIZED[origin];
    if (list && this.random.chance(0.6)) return this.random.pick(list.last);
    return this.originFaker(origin).person.lastName();
  }
  private fullName(origin: NameOrigin): string {
    const r = this.random.next();
    if (r < 0.08) return `${this.first(origin)} ${this.first(origin).charAt(0)}. ${this.last(origin)}`;
    if (r < 0.14) return `${this.last(origin)}, ${this.first(origin)}`;
    if (r < 0.18) return `${this.first(origin)} ${this.last(origin)}-${this.last(origin)}`;
    return `${this.first(origin)} ${this.last(origin)}`;
  }
  private street(): string {
    const f = this.random.chance(0.7) ? localeFaker('EN_US') : localeFaker(this.random.pick(Object.values(ORIGIN_LOCALES).flat()));
    const base = f.location.streetAddress(this.random.chance(0.3));
    return this.random.chance(0.15) ? `${base} ${this.random.pick(['Apt', 'apt', 'Unit', 'Suite', '#'])} ${this.random.int(900) + 1}${this.random.chance(0.2) ? 'B' : ''}` : base;
  }
  private city(): string {
    return (this.random.chance(0.6) ? localeFaker('EN_US') : this.originFaker(this.random.pick(NAME_ORIGINS))).location.city();
  }
  private address(): string {
    const us = localeFaker('EN_US');
    const shape = this.random.int(6);
    const zip = us.location.zipCode(this.random.chance(0.2) ? '#####-####' : '#####');
    if (shape === 0) return this.street();
    if (shape === 1) return `${this.street()}, ${this.city()}, ${this.random.pick(US_STATES)} ${zip}`;
    if (shape === 2) return `${this.street()}\n${this.city()}, ${this.random.pick(US_STATES)} ${zip}`;
    if (shape === 3) return `${this.street()}, ${this.city()}`;
    if (shape === 4) {
      const f = localeFaker(this.random.pick(['DE', 'FR', 'IT', 'PL', 'NL', 'SV', 'FI', 'EL', 'PT_BR', 'ES', 'EN_GB', 'EN_CA', 'DE_AT', 'CS_CZ']));
      return `${f.location.streetAddress(this.random.chance(0.5))}, ${f.location.zipCode()} ${f.location.city()}, ${f.location.country()}`;
    }
    return `${this.street()} ${this.city()} ${this.random.pick(US_STATES)} ${zip}`;
  }
  private hospital(origin: NameOrigin): string {
    if (this.random.chance(0.3)) return this.random.pick(NAMED_HOSPITALS);
    return this.random.pick(HOSPITAL_SHAPES)
      .replace('{city}', localeFaker('EN_US').location.city())
      .replace('{first}', this.first(origin))
      .replace('{last2}', this.last(origin))
      .replace('{last}', this.last(origin));
  }
  private date(spoken: boolean): string {
    const d = localeFaker('EN_US').date.birthdate({ refDate: CORPUS_DATE });
    if (spoken) return `${MONTHS[d.getMonth()]} ${ORDINALS[Math.min(d.getDate(), 28) - 1]} ${spellYear(d.getFullYear())}`;
    return this.random.pick([`${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`, d.toISOString().slice(0, 10), `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`]);
  }
  private phone(spoken: boolean): string {
    const digits = Array.from({ length: 10 }, () => this.random.int(10));
    if (spoken) return digits.map((d) => NUMBER_WORDS[d]).join(' ');
    const s = digits.join('');
    return this.random.pick([`(${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`, `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`, s]);
  }

  private fill(slot: string, origin: NameOrigin, spoken: boolean): string {
    const f = localeFaker('EN_US');
    switch (slot) {
      case 'NAME': return this.fullName(origin);
      case 'FIRST': return this.first(origin);
      case 'LAST': return this.last(origin);
      case 'KIN': return this.random.chance(0.5) ? this.fullName(origin) : this.first(origin);
      case 'INITIALED': return `${this.first(origin)} ${this.last(origin).charAt(0)}.`;
      case 'DOCTOR': return `${this.random.pick(['Dr.', 'Dr', 'doctor', 'Dr.'])} ${this.random.chance(0.7) ? this.last(origin) : this.fullName(origin)}`;
      case 'STREET': return this.street();
      case 'ADDRESS': return this.address();
      case 'CITY': return this.city();
      case 'CITYSTATE': return `${this.city()}, ${this.random.pick(US_STATES)}`;
      case 'COUNTRY': return this.originFaker(this.random.pick(NAME_ORIGINS)).location.country();
      case 'HOSPITAL': case 'ORG': return this.hospital(origin);
      case 'EMPLOYER': return f.company.name();
      case 'DATE': return this.date(spoken);
      case 'PHONE': return this.phone(spoken);
      case 'EMAIL': return f.internet.email().toLowerCase();
      case 'MRN': return String(10000000 + this.random.int(89999999));
      case 'AGE': return `${20 + this.random.int(70)} y/o`;
      case 'DRUG': return this.random.pick(DRUGS);
      case 'LAB': return this.random.pick(LABS);
      case 'DEPT': return this.random.pick(DEPARTMENTS);
      case 'INSURER': return this.random.pick(INSURERS);
      case 'CODE': return this.random.pick(CODES);
      case 'TIME': return this.random.pick(['3:30 pm', '9am', '10:15', 'noon', '8:00 AM', '4 pm']);
      case 'MONEY': return this.random.pick(['$45.20', '$1,250', '$30', '120 dollars', '$89.99']);
      case 'WORDNAME': return this.random.pick(WORD_NAME_SENTENCES);
      case 'ASK': return this.random.pick(CLINICAL_ASKS).replace('{DRUG}', this.random.pick(DRUGS)).replace('{CONDITION}', this.random.pick(CONDITIONS));
      case 'AGENUM': return String(18 + this.random.int(70));
      case 'JOB': return f.person.jobTitle();
      case 'SEX': return this.random.pick(['male', 'female', 'man', 'woman', 'patient']);
      case 'CONDITION': return this.random.pick(CONDITIONS);
      case 'ORDINALWORD': return this.random.pick(['first', 'second', 'third', 'fourth']);
      case 'PHRASE': return this.random.pick([() => f.hacker.phrase(), () => f.company.catchPhrase(), () => f.commerce.productDescription(), () => `${f.word.words(4 + this.random.int(8))}.`])();
      case 'WORDS': return f.word.words(3 + this.random.int(12));
      case 'NONNAME': return this.random.chance(0.2) ? this.random.pick(SIGN_OFFS) : `${this.random.pick(CAPITALISED_NON_NAMES)} ${this.random.pick(CAPITALISED_TOPICS)}${this.random.pick(['?', '.', ''])}`;
      default: throw new Error(`unknown slot ${slot}`);
    }
  }

  /** A full name of the given origin, as the corpus writes them (for per-origin evaluation). */
  name(origin: NameOrigin): string {
    return this.fullName(origin);
  }

  /** One labelled text; spans are end-exclusive JavaScript string offsets. */
  sample(): LabelledText {
    const channel = weighted(this.random, CHANNEL_WEIGHTS);
    const origin = this.random.pick(NAME_ORIGINS);
    const first = this.sampleOf(channel, origin);
    // Real messages run several sentences: a second one from the same channel gives the model
    // contexts that cross template boundaries.
    if (!this.random.chance(0.3)) return first;
    const second = this.sampleOf(channel, origin);
    const separator = channel === 'email' || channel === 'ehr' ? '\n' : ' ';
    const offset = first.text.length + separator.length;
    return { ...first, text: first.text + separator + second.text, spans: [...first.spans, ...second.spans.map((span) => ({ ...span, start: span.start + offset, end: span.end + offset }))] };
  }

  private framed(): string {
    const person = this.random.pick(['{NAME}', '{NAME}', '{FIRST}', '{INITIALED}', '{KIN}']);
    const relation = this.random.chance(0.35) ? `${this.random.pick(RELATIONS)}${this.random.chance(0.3) ? ',' : ''} ` : '';
    // Half the leads open with a capital, as they do at the start of a message ("Callback for …"):
    // otherwise the capitalised openers of the negatives ("Recommendations for …") teach that a
    // capitalised word and "for" are never followed by a person.
    const lead = this.random.pick(NAME_LEADS);
    const opened = this.random.chance(0.5) ? lead.charAt(0).toUpperCase() + lead.slice(1) : lead;
    return `${opened}${opened.endsWith('\n') ? '' : ' '}${relation}${person}${this.random.pick(NAME_TAILS)}`;
  }

  /**
   * Our hand-written contact-center sets, each text as written and in `variants` copies whose
   * people, places and firms are replaced by new ones of the same shape and case: the contexts
   * people write, with names the model cannot memorise. The twelfth and later sets are left out:
   * they measure what the model learnt.
   */
  handwritten(documents: ReadonlyArray<{ text: string; spans: ReadonlyArray<{ start: number; end: number; label: string }> }>, firms: readonly string[], variants: number): LabelledText[] {
    const out: LabelledText[] = [];
    for (const document of documents) {
      const kept = document.spans.filter((span): span is LabelledSpan => span.label === 'NAME' || span.label === 'ADDRESS' || span.label === 'ORGANIZATION');
      const origin = this.random.pick(NAME_ORIGINS);
      out.push({ text: document.text, spans: kept.map((span) => ({ ...span })), channel: 'generic', origin });
      for (let copy = 0; copy < variants; copy++) {
        let text = '';
        let last = 0;
        const spans: LabelledSpan[] = [];
        for (const span of kept) {
          text += document.text.slice(last, span.start);
          const value = this.replacement(span.label, document.text.slice(span.start, span.end), firms);
          spans.push({ start: text.length, end: text.length + value.length, label: span.label });
          text += value;
          last = span.end;
        }
        out.push({ text: text + document.text.slice(last), spans, channel: 'generic', origin });
      }
    }
    return out;
  }

  private replacement(label: ModelLabel, original: string, firms: readonly string[]): string {
    const origin = this.random.pick(NAME_ORIGINS);
    const styled = (value: string) =>
      original === original.toLowerCase() && /\p{Ll}/u.test(original) ? value.toLowerCase() : original === original.toUpperCase() && /\p{Lu}{2}/u.test(original) ? value.toUpperCase() : value;
    if (label === 'NAME') {
      const title = /^(?:Dr\.?|Mrs?\.?|Ms\.?|Nurse|Deputy|doctor|dr)\s+/i.exec(original)?.[0] ?? '';
      const rest = original.slice(title.length);
      if (rest.includes(',')) return title + styled(`${this.last(origin)}, ${this.first(origin)}`);
      return title + styled(/\s/.test(rest.trim()) ? `${this.first(origin)} ${this.last(origin)}` : title ? this.last(origin) : this.first(origin));
    }
    if (label === 'ADDRESS') {
      // An address block keeps its lines: its shape is the context.
      if (original.includes('\n')) return original;
      if (/^\d/.test(original)) return styled(original.includes(',') ? `${this.street()}, ${this.city()}, ${this.random.pick(US_STATES)} ${localeFaker('EN_US').location.zipCode()}` : this.street());
      return styled(original.includes(',') ? `${this.city()}, ${this.random.pick(US_STATES)}` : this.city());
    }
    const r = this.random.next();
    return styled(r < 0.3 ? this.random.pick(firms) : r < 0.45 ? localeFaker('EN_US').company.name() : r < 0.6 ? this.hospital(origin) : this.firm());
  }

  /** A firm as local ones are named: a coined word ("Vitalink") or a place-like word and a trade ("Prairie Home Care"). */
  private firm(): string {
    if (this.random.chance(0.35)) return `${this.random.pick(COINED_HEADS)}${this.random.pick(COINED_TAILS)}`;
    const place = this.random.chance(0.3) ? localeFaker('EN_US').location.city() : this.random.pick(FIRM_PLACES);
    return `${place} ${this.random.pick(FIRM_TRADES)}`;
  }

  private sampleOf(channel: Channel, origin: NameOrigin): LabelledText {
    const template = this.random.pick(TEMPLATES[channel]).replaceAll('{FRAMED}', () => this.framed());
    const lower = channel === 'voice' || (channel === 'sms' && this.random.chance(0.6)) || this.random.chance(0.05);
    const spoken = channel === 'voice';
    const pieces = template.split(/(\{[A-Z]+\})/).filter((p) => p !== '');
    let text = '';
    const spans: LabelledSpan[] = [];
    for (const piece of pieces) {
      const slot = /^\{([A-Z]+)\}$/.exec(piece)?.[1];
      if (slot === undefined) {
        text += this.styleLiteral(piece, channel, lower);
        continue;
      }
      let value = this.fill(slot, origin, spoken);
      if (lower && sameLengthLower(value)) value = value.toLowerCase();
      if (spoken) value = value.replace(/[,.]/g, '');
      const label = SLOT_LABELS[slot];
      let start = text.length;
      // A doctor's title is not part of the name span.
      if (slot === 'DOCTOR') {
        const space = value.indexOf(' ');
        text += value.slice(0, space + 1);
        start = text.length;
        value = value.slice(space + 1);
      }
      text += value;
      if (label) spans.push({ start, end: text.length, label });
    }
    return { text, spans: joinAdjacent(text, spans), channel, origin };
  }

  private styleLiteral(literal: string, channel: Channel, lower: boolean): string {
    let out = lower && sameLengthLower(literal) ? literal.toLowerCase() : literal;
    if (channel === 'voice') out = out.replace(/[,.?!:;]/g, '');
    if (channel === 'sms' && this.random.chance(0.3)) {
      out = out.replace(/\byou\b/g, 'u').replace(/\bplease\b/g, 'pls').replace(/\bthanks\b/g, 'thx');
    }
    if ((channel === 'sms' || channel === 'chat') && this.random.chance(0.15)) out = typo(out, this.random);
    if (this.random.chance(0.1)) out = out.replace(/\b(Mr|Mrs|Ms|Dr)\.? $/, `${this.random.pick(TITLES)} `);
    return out;
  }
}

/** "{FIRST} {LAST}" is one name: spans of one label with only spaces between them become one. */
function joinAdjacent(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  const joined: LabelledSpan[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    if (previous && previous.label === span.label && /^ +$/.test(text.slice(previous.end, span.start))) previous.end = span.end;
    else joined.push({ ...span });
  }
  return joined;
}

function sameLengthLower(value: string): boolean {
  return value.toLowerCase().length === value.length;
}

function typo(text: string, random: Random): string {
  const words = text.split(' ');
  const i = random.int(words.length);
  const word = words[i] ?? '';
  if (word.length > 3) {
    const j = 1 + random.int(word.length - 2);
    words[i] = word.slice(0, j) + (word[j + 1] ?? '') + (word[j] ?? '') + word.slice(j + 2);
  }
  return words.join(' ');
}

function spellYear(year: number): string {
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const two = (n: number): string => (n < 10 ? `oh ${NUMBER_WORDS[n]}` : n < 20 ? (teens[n - 10] ?? '') : `${tens[Math.floor(n / 10)]}${n % 10 ? ` ${NUMBER_WORDS[n % 10]}` : ''}`);
  if (year >= 2000 && year < 2010) return `two thousand ${year === 2000 ? '' : NUMBER_WORDS[year - 2000]}`.trim();
  return `${two(Math.floor(year / 100))} ${two(year % 100)}`;
}

function weighted<T>(random: Random, options: [T, number][]): T {
  let r = random.next();
  for (const [value, weight] of options) {
    if ((r -= weight) <= 0) return value;
  }
  return (options[options.length - 1] as [T, number])[0];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '60000' }, seed: { type: 'string', default: '7' }, handwritten: { type: 'string', default: '0' } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const variants = Number(values.handwritten);
  if (!Number.isInteger(count) || count <= 0 || !Number.isInteger(seed) || !Number.isInteger(variants) || variants < 0) {
    process.stderr.write('generate: --count, --seed and --handwritten must be whole numbers\n');
    process.exit(2);
  }
  seedFakers(seed);
  const builder = new CorpusBuilder(new Random(seed));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify(builder.sample()));
  if (variants > 0) {
    const root = join(import.meta.dirname, '..', '..');
    const firms = readWordList(join(root, 'models', 'phi-lexicon', 'organizations.txt')).map(unmarkedFirmName);
    const documents = HANDWRITTEN_SETS.flatMap((file) => readMarked(join(root, 'bench', 'data', file)));
    for (const sample of builder.handwritten(documents, firms, variants)) lines.push(JSON.stringify(sample));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
