import { FUNCTION_WORDS, PhiLexicon, type Mentioned } from './lexicon.js';
import { mergeFindings, overlaps, type Finding } from './findings.js';
import { hl7Findings } from './hl7.js';
import { tableFindings } from './tables.js';
import { DEFAULT_RECOGNIZERS, type Label, type Recognizer } from './recognizers.js';

// Faxing said earlier in the same sentence; a title's full stop ends no sentence.
// Faxing said in the sentence before the number, and no other way of reaching someone said after it ("fax us at … or call …").
const FAXING_BEFORE = /(?:\b|e-?)fax(?:ed|ing)?\b(?:(?!\b(?:call|phone|text|tel|cell|mobile)\b)(?:[^.!?\n]|(?<=\b(?:mr|ms|mrs|mx|dr|st|jr|sr|esq))\.))*$/;
// A fax label on the number's own line: "Fax:", "eFax", "F 612-…", "(f) 320-…".
const FAX_LABEL_BEFORE = /(?:\b|e-?)fax\b|\bfx\b|(?:^|[\s|;,])(?:f|\(f\))\s*:?\s*$/;

export interface AnalyzerOptions {
  recognizers?: readonly Recognizer[];
  /** Findings scoring below this are dropped. */
  threshold?: number;
  /** Added to a finding's score when one of its context words stands within the window before it. */
  contextBoost?: number;
  contextWindow?: number;
  /** Names, places, address blocks and the veto on model findings; `false` leaves names and places to the titled-name pattern and the model. */
  lexicon?: PhiLexicon | false;
}

interface CompiledPattern {
  recognizer: Recognizer;
  regex: RegExp;
  score: number;
}

// Speech recognition's hesitations, with the commas a transcript sets around them, after a small word or at a line's
// start: "calling from uh saint alphonsus", "from, um, Mercy", "my name is uh dwayne". Between two words that say
// something ("margaret uh margaret o'donnell") a hesitation stays, so that they stay two.
const HESITATION = /(?<=(?:^|[\n.!?:;]|(?<![\p{L}\p{M}'’-])([\p{L}'’]+))[ \t]*)(?:,[ \t]*)?(?:uh+|um+|uhm|erm|hmm+)(?![\p{L}\p{M}\p{N}'’-])(?:[ \t]*,)?/giu;
// A pronoun with its verb says no more than the pronoun: "she's uh ninety three".
const SMALL_WORDS = new Set([...FUNCTION_WORDS, "i'm", "it's", "she's", "he's", "they're", "we're", "you're", "that's"]);

/** Hesitations as spaces of their length: the words before them then reach what they name, and every offset stays the caller's. */
const withoutHesitations = (text: string): string =>
  text.replace(HESITATION, (hesitation: string, wordBefore: string | undefined) => (wordBefore === undefined || SMALL_WORDS.has(wordBefore.toLowerCase().replace('’', "'")) ? ' '.repeat(hesitation.length) : hesitation));

/**
 * Runs every recognizer over a text, raises scores by context, applies validators, then keeps
 * the best of overlapping findings: highest score first, longest on a tie (as Presidio merges).
 */
export class PhiAnalyzer {
  private readonly patterns: CompiledPattern[];
  private readonly threshold: number;
  private readonly contextBoost: number;
  private readonly contextWindow: number;
  readonly lexicon: PhiLexicon | undefined;

  constructor(options: AnalyzerOptions = {}) {
    this.lexicon = options.lexicon === false ? undefined : (options.lexicon ?? PhiLexicon.load());
    this.threshold = options.threshold ?? 0.5;
    this.contextBoost = options.contextBoost ?? 0.35;
    this.contextWindow = options.contextWindow ?? 40;
    // The `d` flag gives each capture group's offsets, for recognizers that report a group.
    this.patterns = (options.recognizers ?? DEFAULT_RECOGNIZERS).flatMap((recognizer) =>
      recognizer.patterns.map((pattern) => ({
        recognizer,
        regex: new RegExp(pattern.regex.source, [...new Set(`${pattern.regex.flags}gd`)].join('')),
        score: pattern.score,
      })),
    );
  }

  /** `earlier`: people and firms a stream already released, so their later mentions are found too. */
  analyze(said: string, earlier?: Mentioned): Finding[] {
    return this.analyzeReadable(withoutHesitations(said), earlier);
  }

  /** `analyze` for a text whose hesitations are already spaces, as `PhiDetector` reads it for the model too. */
  analyzeReadable(text: string, earlier?: Mentioned): Finding[] {
    const lower = text.toLowerCase();
    const candidates: Finding[] = [];
    for (const { recognizer, regex, score } of this.patterns) {
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        if (match[0] === '') {
          regex.lastIndex += 1;
          continue;
        }
        const span = recognizer.group === undefined ? match.indices![0] : match.indices![recognizer.group];
        if (!span) continue;
        const [start, end] = span;
        const value = text.slice(start, end);
        if (recognizer.validate && !recognizer.validate(value)) {
          // A failed candidate may hide a real one starting inside it ("insurance policy number X1").
          regex.lastIndex = match.index + 1;
          continue;
        }
        const before = lower.slice(Math.max(0, start - this.contextWindow), start);
        // A label may also follow the value, as in a signature's "555 0100 office".
        const after = lower.slice(end, end + 12);
        const inContext = recognizer.context?.some((word) => before.includes(word) || after.includes(word)) ?? false;
        const final = Math.min(1, Math.round((score + (inContext ? this.contextBoost : 0)) * 1000) / 1000);
        if (final < this.threshold) continue;
        // A phone number introduced as a fax number is one (Safe Harbor E).
        // Only on the number's own line: a signature lists "fax" for the line above too.
        // Signatures abbreviate it: "P: 805.555.0116 F: 805.555.0117".
        // "Can you fax it to my lawyer, Steinberg & Associates, at 212-555-0100?": faxing, in the same sentence.
        // "fax my records to my attorney, Ms. Breckinridge, at (312) 555-0176".
        const fax = recognizer.label === 'PHONE' && (FAX_LABEL_BEFORE.test(before.slice(-24).split('\n').at(-1)!) || FAXING_BEFORE.test(lower.slice(Math.max(0, start - 100), start)));
        candidates.push({ start, end, label: fax ? 'FAX' : recognizer.label, type: fax ? 'FAX' : recognizer.type, score: final });
      }
    }
    candidates.push(...correctedIdentifiers(text, candidates));
    if (text.includes('|')) candidates.push(...hl7Findings(text));
    if (text.includes('\n')) candidates.push(...tableFindings(text));
    if (this.lexicon) candidates.push(...this.lexicon.find(text).filter((finding) => finding.score >= this.threshold));
    const merged = withRecordNumbersOfOneShape(text, mergeFindings(candidates));
    return this.lexicon ? this.lexicon.layout(text, merged, earlier) : merged;
  }
}

/**
 * "my mrn is E1234567 and my sons is E7654321", "chart number 448-2201, maybe 448-2210": a number in the shape of a record
 * number the same text names is one too, though alone it would read as an ID or a phone number.
 */
function withRecordNumbersOfOneShape(text: string, findings: Finding[]): Finding[] {
  const recordShapes = new Set(findings.filter((finding) => finding.label === 'MRN').map((finding) => shapeOf(text.slice(finding.start, finding.end))));
  if (recordShapes.size === 0) return findings;
  return findings.map((finding) =>
    (finding.label === 'ID' || finding.label === 'PHONE') && recordShapes.has(shapeOf(text.slice(finding.start, finding.end))) ? { ...finding, label: 'MRN', type: 'MRN_SHAPED' } : finding,
  );
}

const CORRECTION_AFTER = /^,?[ \t]+(?:not|or|no|instead of|rather than)[ \t]+([A-Za-z0-9][A-Za-z0-9-]{3,})(?![\w-])/;
const IDENTIFIER_LABELS = new Set<Label>(['MRN', 'ID', 'SSN', 'PHONE', 'FAX']);
/** A character's kind, so that only an identifier of the same shape counts as corrected. */
const shapeOf = (value: string) => value.replace(/\d/g, '9').replace(/[A-Za-z]/g, 'a');

/** "My medical record number should be 000384172, not 000384127": the number set against an identifier, in its shape, is one too. */
function correctedIdentifiers(text: string, found: readonly Finding[]): Finding[] {
  const corrected: Finding[] = [];
  for (const finding of found) {
    if (!IDENTIFIER_LABELS.has(finding.label)) continue;
    const other = CORRECTION_AFTER.exec(text.slice(finding.end, finding.end + 40));
    if (!other || shapeOf(other[1]!) !== shapeOf(text.slice(finding.start, finding.end))) continue;
    const start = finding.end + other[0].length - other[1]!.length;
    corrected.push({ ...finding, start, end: start + other[1]!.length });
  }
  return corrected;
}

/** The model's score above which its firm outweighs the people and places the patterns found inside it. */
const SURE_FIRM = 0.95;
// A line about work, care or money, where a firm is what a weakly held name after "at" or "for" most likely is.
const ERRAND_LINE = /\b(?:work|works|worked|working|job|hired|employer|employed|shifts?|drives?|driver|appointments?|appt|records?|bills?|billed|charged|paid|insurance|insured|coverage|pharmacy|rx|refills?|meds|medicines?|prescriptions?|scan|mri|surgery|seen|visit|referral|referred|physical|note|drug screen|screening|shots?|care|therapy|nurse|doctor|dr|er|hospital|clinic|claim|adjuster|discharged|admitted|results|labs?)\b/i;
const lineAround = (text: string, finding: Finding): string => text.slice(text.lastIndexOf('\n', finding.start) + 1, (text.indexOf('\n', finding.end) + 1 || text.length + 1) - 1);

/**
 * How sure the model must be before its finding alone stands. People at 0.6: below it the model's
 * extra names on our sets were nearly all wrong. Firms and places at 0.4: on the sets written blind
 * (fourteenth to eighteenth) it finds five more of them, none wrong, for a dozen more false ones in
 * the dev set's 4,050 spans.
 */
export const MODEL_THRESHOLDS: Readonly<Partial<Record<Label, number>>> = { NAME: 0.6, ORGANIZATION: 0.4, ADDRESS: 0.4 };

/**
 * Patterns and, when loaded, the NER model. Where both find something, the pattern's finding
 * stands: a validated or context-confirmed identifier keeps its own label and its exact bounds.
 */
export class PhiDetector {
  constructor(
    readonly patterns: PhiAnalyzer,
    readonly ner?: { find(text: string): Promise<Finding[]> },
    /** The model's bar per label; a label it does not name is not taken from the model. */
    readonly nerThresholds: Readonly<Partial<Record<Label, number>>> = MODEL_THRESHOLDS,
  ) {}

  /** The same patterns and model, with a stricter bar for what the model alone may claim, and only these labels. */
  stricter(threshold: number, labels: readonly Label[]): PhiDetector {
    return new PhiDetector(this.patterns, this.ner, Object.fromEntries(labels.map((label) => [label, threshold])));
  }

  async detect(said: string, earlier?: Mentioned): Promise<Finding[]> {
    const text = withoutHesitations(said);
    const found = this.patterns.analyzeReadable(text, earlier);
    if (!this.ner || this.patterns.lexicon?.mayHoldEntity(text) === false) return found;
    const lexicon = this.patterns.lexicon;
    const trusted = (await this.ner.find(text)).flatMap((finding) => (lexicon ? (lexicon.tidied(text, finding) ?? []) : [finding])).filter(
      (finding) => finding.score >= (this.nerThresholds[finding.label] ?? Infinity) && (lexicon?.plausible(text, finding) ?? true),
    );
    const modelled: Finding[] = [];
    // Where the model saw more of the same person or place on one line than a pattern did ("Hope
    // Walker" where the lexicon took "Walker"), the pattern's finding grows to the model's edges:
    // otherwise "Hope" would reach the model in the clear.
    const widened = new Map<Finding, Finding>();
    const replaced = new Set<Finding>();
    for (const finding of trusted) {
      const others = found.filter((other) => overlaps(other, finding));
      if (others.length === 0) modelled.push(finding);
      // A firm the model is all but sure of, around a town or a person a pattern found inside it, is the firm: "Sunrise of
      // Bellevue", "Shawnee Mission Northwest", "from legacy emanuel" (the pattern saw a town or a given name).
      // So is a town a list holds that someone is "at" ("he's been at beaumont since monday"): one is in a town, at a firm.
      const townAt = (other: Finding) => other.type === 'PLACE_LEXICON' && other.start === finding.start && other.end === finding.end && /\bat[ \t]+(?:the[ \t]+)?$/i.test(text.slice(Math.max(0, finding.start - 8), finding.start));
      // So is a name the lists hold only weakly, after at/for/from/with/through on a line about work, care or a bill ("he got on
      // at Phillips Edison and needs a drug screen", "I got on at Kohler"); not a person in a story ("Enrico shouted at Gary").
      const surnameAtFirm = (other: Finding) =>
        other.type === 'NAME_LEXICON' && other.score < 0.8 && other.start === finding.start && other.end === finding.end &&
        /\b(?:at|for|from|with|through)[ \t]+$/i.test(text.slice(Math.max(0, finding.start - 10), finding.start)) && ERRAND_LINE.test(lineAround(text, finding));
      if (finding.label === 'ORGANIZATION' && finding.score >= SURE_FIRM && others.length > 0 && others.every((other) => (other.label === 'NAME' || other.label === 'ADDRESS') && other.start >= finding.start && other.end <= finding.end && (other.end - other.start < finding.end - finding.start || townAt(other) || surnameAtFirm(other)))) {
        for (const other of others) replaced.add(other);
        modelled.push(finding);
        continue;
      }
      if (others.length !== 1 || others[0]!.label !== finding.label || text.slice(finding.start, finding.end).includes('\n')) continue;
      const other = widened.get(others[0]!) ?? others[0]!;
      // Only capitalised words and initials join ("Mary A"), not the sentence going on ("Raleigh, diagnosed");
      // in lower case only to a name found in lower case, on its line ("latisha brown" where the lexicon took "latisha").
      const added = `${text.slice(Math.min(finding.start, other.start), other.start)} ${text.slice(other.end, Math.max(finding.end, other.end))}`;
      const lowerCaseName = finding.label === 'NAME' && !/\p{Lu}/u.test(text.slice(other.start, other.end)) && /^[ \p{Ll}\p{M}'’-]*$/u.test(added);
      // An address grows to the street line before its town, whatever the case ("88 lakeview terr, worcester ma 01605").
      const streetBefore = finding.label === 'ADDRESS' && finding.start < other.start && /^[ \t]*\d{1,6}[ \t]+[\p{L}\p{N} .'’#-]*[, \t]*$/u.test(added);
      if (!lowerCaseName && !streetBefore && !/^[\s.]*(?:\p{Lu}[\p{L}\p{M}'’.-]*[\s.]*)*$/u.test(added)) continue;
      if (finding.start < other.start || finding.end > other.end) widened.set(others[0]!, { ...other, start: Math.min(other.start, finding.start), end: Math.max(other.end, finding.end) });
    }
    const all = [...found.filter((finding) => !replaced.has(finding)).map((finding) => widened.get(finding) ?? finding), ...modelled].sort((a, b) => a.start - b.start);
    if (!lexicon || (modelled.length === 0 && widened.size === 0)) return all;
    // A model-found street or name, or one the model saw whole ("Cormac Allan" where the lexicon took
    // "Allan"), may open an address block or a signature the patterns could not see.
    return lexicon.layout(text, all, earlier);
  }

  /** Adds the words by which these people and firms may come back later in a stream or a conversation to `into`. */
  rememberMentions(text: string, findings: readonly Finding[], into: Map<string, Label>): void {
    this.patterns.lexicon?.rememberMentions(text, findings, into);
  }

  /** A text's findings with the later mentions of people and firms an earlier message named. */
  withMentions(text: string, findings: readonly Finding[], earlier: Mentioned): Finding[] {
    return this.patterns.lexicon && earlier.size > 0 ? this.patterns.lexicon.laterMentions(text, findings, earlier) : [...findings];
  }
}
