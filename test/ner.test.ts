import { join } from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import t from 'tap';
import { DEFAULT_PHI_MODEL_DIR } from '../src/config/config.js';
import { PhiAnalyzer, PhiDetector } from '../src/phi/analyzer.js';
import { NerModel } from '../src/phi/ner.js';

const model = await NerModel.load();
t.teardown(() => model.dispose());

t.test('our word pieces are the ones transformers.js makes from the shipped tokenizer.json', async (t) => {
  env.localModelPath = join(DEFAULT_PHI_MODEL_DIR, '..');
  const tokenizer = await AutoTokenizer.from_pretrained('phi-ner', { local_files_only: true });
  const texts = [
    'Hi, this is Jane Q. Doe — call (555) 867-5309!',
    'mi nombre es José Ñúñez, vivo en São Paulo',
    'Pt Okonkwo, Chidi seen 02/11/2025 at Grady Memorial; BP 140/90.',
    'x'.repeat(120),
  ];
  for (const text of texts) {
    const expected = Array.from(tokenizer(text).input_ids.data as BigInt64Array, Number);
    const ours = model.words(text).flatMap((word) => word.pieces);
    t.same([expected[0], ...ours, expected.at(-1)], expected, text.slice(0, 30));
  }
});

t.test('names, addresses and organizations in free text, with exact offsets; none in clinical text', async (t) => {
  const text = 'hi this is Maria Gonzalez, calling about my appointment';
  const name = (await model.find(text)).find((finding) => finding.label === 'NAME');
  t.equal(name && text.slice(name.start, name.end), 'Maria Gonzalez', 'the name, without the comma after it');
  t.match(name, { type: 'NER_NAME', score: Number });
  const moved = 'My new address is 4417 North Kedzie Avenue, Chicago IL 60625';
  const address = (await model.find(moved)).filter((finding) => finding.label === 'ADDRESS').map((finding) => moved.slice(finding.start, finding.end));
  t.ok(address.some((value) => value.includes('North Kedzie Avenue')), `the street address (${address.join(' | ')})`);
  const clinical = await model.find('I need a refill on metformin 500 mg twice daily for my type 2 diabetes');
  t.same(clinical.filter((finding) => finding.score >= 0.7), [], 'drugs, doses and conditions are not PHI');
  t.same(await model.find(''), [], 'empty text');
});

t.test("the lexicon vetoes what the model takes for a firm but is a clinician's credential, a transcript's speaker or a field's label", async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const signature = 'Best regards,\nSunil Varghese, NP-C\nPrairie Lakes Cardiology';
  const firms = (await detector.detect(signature)).filter((finding) => finding.label === 'ORGANIZATION').map((finding) => signature.slice(finding.start, finding.end));
  t.same(firms, ['Prairie Lakes Cardiology'], 'the practice, not the credential');
  const transcript = "Agent: and what's your employer\nCaller: cub foods";
  const found = (await detector.detect(transcript)).map((finding) => `${finding.label}:${transcript.slice(finding.start, finding.end)}`);
  t.same(found, ['ORGANIZATION:cub foods'], 'the answer, not the speaker');
  const fields = 'Home health agency: Amedisys Thibodaux; DME: Apria';
  const fieldFirms = (await detector.detect(fields)).map((finding) => fields.slice(finding.start, finding.end));
  t.notOk(fieldFirms.includes('DME'), "an abbreviation opening a field is the field's label, not a firm");
  t.ok(fieldFirms.includes('Apria'), "the field's value is the firm");
});

t.test('the lexicon vetoes an abbreviation before what is given or tested for it, and a kin word the model takes for a place', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const labelled = async (text: string) => (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(await labelled('Mom will be ninety-two next week, can she still get the RSV shot'), ['AGE:ninety-two'], 'the disease, not a firm');
  t.same(await labelled("we're celebrating nana's 100th birthday on saturday"), ['AGE:100'], 'a grandmother, not a place');
  t.same(await labelled('I work for Dr. Patel at the clinic'), ['NAME:Patel'], "the model's person does not open at the title's full stop");
});

t.test('a firm the model finds in lower-case everyday words stands right after at, from or with, not after "at the"', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const labelled = async (text: string) => (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(await labelled('my kids dentist is dr. nguyen at smile point'), ['NAME:nguyen', 'ORGANIZATION:smile point'], 'the practice the model found, though both its words are everyday');
  t.same(await labelled('my ride from medical transport plus never came, now what'), ['ORGANIZATION:medical transport plus'], 'a text with no other telling word still reaches the model');
  t.same(await labelled("we're at the corner of the lot"), [], 'a kind of place after "the" is no firm');
  t.same(await labelled('the home health nurse from interim comes tues and thurs, Rosa'), ['ORGANIZATION:interim', 'NAME:Rosa'], 'one everyday word the model is all but sure of, after from');
  t.same(await labelled('Pt is a 93yo F w/ hx of CHF, daughter Rosa at bedside'), ['AGE:93', 'NAME:Rosa'], 'not where someone is');
  t.same(await labelled('he works for sunrise on weekends'), ['ORGANIZATION:sunrise'], 'after for; a text with no other telling word still reaches the model');
  t.same(await labelled('they sent her to heartland after the hip'), ['ORGANIZATION:heartland'], 'after a sending "to"');
  t.same(await labelled('they sent me to St. Charles for x-rays'), ['ADDRESS:St. Charles'], 'a letter and a word make a clinical word, not a firm the model was sure of after "for"');
  t.same(await labelled('What is procedure to redeem points won on credit card'), [], 'not after any "to"');
  t.same(await labelled('I took Tylenol PM and Mucinex DM together is that ok'), [], "a drug's form is no firm");
  t.same(await labelled('im at target'), ['ORGANIZATION:target'], 'one everyday word right after "at" the model fairly believes in');
  t.same(await labelled('dinner at grandmas then home'), [], 'not where one is with family');
  t.same(await labelled('she goes to saint thomas more and she got hit in the head at volleyball'), ['ORGANIZATION:saint thomas'], 'nor a sport one plays');
});

t.test("a firm's last word may be a department's after a word of its own, not when the words name a service alone", async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const labelled = async (text: string) => (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(await labelled('my kid goes to kinder care on elm and they need his shot record'), ['ORGANIZATION:kinder care', 'ADDRESS:elm']);
  t.same(await labelled('the lady from elder services is coming tues'), []);
});

t.test('a firm the model is all but sure of outweighs the towns and people the patterns found inside it', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const labelled = async (text: string) => (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(new PhiAnalyzer().analyze("Hello, I'm the activities director at Sunrise of Bellevue.").map((finding) => finding.label), ['ADDRESS', 'ADDRESS'], 'the patterns alone see two places');
  t.same(await labelled("Hello, I'm the activities director at Sunrise of Bellevue."), ['ORGANIZATION:Sunrise of Bellevue']);
  t.same(await labelled("hi i'm calling from legacy emanuel about a transfer for mr. tran"), ['ORGANIZATION:legacy emanuel', 'NAME:tran']);
  t.same(await labelled("he's been at beaumont since monday"), ['ORGANIZATION:beaumont'], 'one is at a firm, in a town');
  t.same(await labelled('we met at Denver'), ['ADDRESS:Denver'], 'a town the model is not sure is a firm stays a town');
  t.same(await labelled('my orthodontist is Dr. Lott over in Laurel'), ['NAME:Lott', 'ADDRESS:Laurel'], 'a town no list holds, a given name too, where a strong cue says a place');
  t.same(new PhiAnalyzer().analyze('he got on at Phillips Edison and needs a drug screen').map((finding) => finding.label), ['NAME'], 'the lists alone see a person');
  t.same(await labelled('he got on at Phillips Edison and needs a drug screen'), ['ORGANIZATION:Phillips Edison'], 'a firm on a line about work');
  t.same(await labelled('I got on at Kohler and need a physical'), ['ORGANIZATION:Kohler']);
  t.same(await labelled('Enrico shouted at Gary: "What are you doing here?"'), ['NAME:Enrico', 'NAME:Gary'], 'a person in a story stays a person');
});

t.test('a surname that is also a word, after a title or introducing the writer, is what the model says it is', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const labelled = async (text: string) => (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(new PhiAnalyzer().analyze('tell dr bean i said thanks'), [], 'no list holds the surname');
  t.same(await labelled('tell dr bean i said thanks'), ['NAME:bean'], 'after a title, the model tells a surname');
  t.same(await labelled('the dr said i can go home'), [], 'from the sentence going on');
  t.same(await labelled('is dr stone in today'), ['NAME:stone']);
  t.same(await labelled('Does Aetna cover the MRI my doctor ordered?'), ['ORGANIZATION:Aetna'], 'what the doctor did is no surname');
  t.same(await labelled('this is bishop from the body shop calling about my claim'), ['NAME:bishop'], 'who introduces themself');
  t.same(await labelled("I can't go back until the doctor clears me."), [], 'a doctor who is anyone\'s is no title');
  t.same(await labelled('wrk note plz, i work at mcdonalds on 9th st'), ['ORGANIZATION:mcdonalds', 'ADDRESS:9th st'], "texting's shorthand is no one");
});

t.test('a title or a rank the model takes for a place or a firm is nobody and nowhere', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const text = 'Please send it to Sgt. Dana Whitlock at the base clinic.';
  const found = (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(found, ['NAME:Dana Whitlock'], 'the sergeant, not "Sgt" as an address');
});

t.test('a lower-case person the model runs into the next word ends before a plain verb or kin word, not before a rare surname', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const labelled = async (text: string) => (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(await labelled('my daughter harper plays volleyball'), ['NAME:harper']);
  t.same(await labelled('this is dee dees grandma, she has pink eye'), ['NAME:dee dees']);
  t.same(await labelled('hi its nora obi 4 my mri results'), ['NAME:nora obi'], 'a rare word may be the surname');
});

t.test('a town of everyday words the lists hold whole is a place; a month is never a firm', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const labelled = async (text: string) => (await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`);
  t.same(await labelled("I'm a snowbird, in Sun City Nov to April and Duluth the rest of the year."), ['ADDRESS:Sun City', 'ADDRESS:Duluth']);
  t.same(await labelled('we live 20 miles from the South Dakota line'), [], 'a state the model calls a firm is a state, and alone no identifier');
  t.same(await labelled("I'm in Tuscaloosa for school at Alabama"), ['ADDRESS:Tuscaloosa', 'ORGANIZATION:Alabama'], 'but its university is a firm');
  t.same(await labelled('the lady from sedgwick called about my claim'), ['ORGANIZATION:sedgwick'], 'a claims firm a worker is from, though a town and a surname');
  t.same(await labelled('my neighbor Adam Sedgwick drives me'), ['NAME:Adam Sedgwick'], 'a person named so is a person');
  t.same(await labelled('this is sandy at newton medical center medical records'), ['NAME:sandy', 'ORGANIZATION:newton medical center'], 'a writer introduced before "at" the firm, though a word');
  t.same(await labelled("can u fax my work note to gulfstream hr, i'm on 2nd shift"), ['ORGANIZATION:gulfstream'], 'an ordinal before the shift it counts is no street');
  t.same(await labelled('Dialysis: DaVita Moultrie MWF 6:00; nephrologist Dr. Banerjee'), ['ORGANIZATION:DaVita', 'NAME:Banerjee'], "a clinician's specialty is no one's name");
});

t.test('the word that tells a spelled letter is no one and nowhere', async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const text = 'Caller: my member number is M as in mary, four four seven, two one nine, zero three';
  t.same((await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`), ['ID:four four seven, two one nine, zero three']);
});

t.test("a hospital's unit by its floor and wing is no street", async (t) => {
  const detector = new PhiDetector(new PhiAnalyzer(), model);
  const text = "He's in 5 West, room 512, at Methodist";
  t.same((await detector.detect(text)).map((finding) => `${finding.label}:${text.slice(finding.start, finding.end)}`), ['ORGANIZATION:Methodist']);
  const ward = 'mom is staying at the ronald mcdonald house while my son is in the nicu';
  t.same((await detector.detect(ward)).map((finding) => `${finding.label}:${ward.slice(finding.start, finding.end)}`), ['ORGANIZATION:ronald mcdonald house'], 'nor is a ward a firm');
  const tagged =
    '[CONTEXT] Member: Alejandro Ibarra Soto; DOB 1965-06-30; Plan: Community Health Choice CHC-7730184; PCP: Legacy Community Health, Montrose; ' +
    'Preferred language: Spanish; Emergency contact: Marisol Ibarra 713-555-0195; Employer: Sysco Houston.';
  t.notOk((await detector.detect(tagged)).some((finding) => tagged.slice(finding.start, finding.end) === 'CONTEXT'), "nor a block's tag in brackets");
  const appeal = 'Subject: Appeal for Gwendolyn Ashby\nMember ID HUM4480192-01\nTo Humana Grievances & Appeals, PO Box 14165, Lexington, KY 40512:\nPlease reconsider the denial.';
  t.notOk((await detector.detect(appeal)).some((finding) => appeal.slice(finding.start, finding.end) === 'Grievances'), "nor a payer's department");
});
