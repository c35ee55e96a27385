/**
 * Finds emergencies and crises in a patient's message with word lists, not a model: it must
 * answer in microseconds, without Ollama, and for the same words the same way every time.
 * A cue counts unless its own clause negates it ("no chest pain") or, for emergencies, places it
 * in the past ("I had a stroke last year"). When a message holds several cues, the most urgent wins.
 */
export type UrgencyKind = 'emergency' | 'crisis';

export interface Urgency {
  kind: UrgencyKind;
  /** Which cue matched, for the trace (a category name, never the patient's words). */
  cue: string;
}

interface Cue {
  name: string;
  kind: UrgencyKind;
  pattern: RegExp;
}

const CUES: readonly Cue[] = [
  // Crisis first: where a message holds both, the 988 path also covers calling 911.
  { kind: 'crisis', name: 'suicidal', pattern: /\b(?:suicid\w*|kill(?:ing)? my ?self|end(?:ing)? (?:my|it) (?:life|all)|tak(?:e|ing) my (?:own )?life|want(?:ed)? to die|wanna die|better off (?:if I (?:were|was) )?dead|no reason to (?:live|go on)|(?:don'?t|do not|can'?t|cannot) see (?:the|any) (?:point|reason) (?:in|of|to|for) (?:living|live|life|going on|being here)|no point (?:in )?(?:living|going on|being alive)|(?:don'?t|do not) want to (?:live|be alive|wake up)|(?:everyone|everybody|they|my (?:family|kids|wife|husband)) (?:would|will|'?d) be better off without me|(?:so|and) (?:that )?i never wake up|(?:can'?t|cannot) (?:keep myself safe|go on (?:like this|anymore|living))|not safe (?:with|from) myself|(?:bought|got|have) (?:a )?(?:rope|noose) |noose|tak(?:e|ing) all (?:of )?my (?:pills|meds|medications?|tablets)|quiero morir(?:me)?|matarme|no quiero vivir)\b/i },
  { kind: 'crisis', name: 'self-harm', pattern: /\b(?:hurt(?:ing)? my ?self|harm(?:ing)? my ?self|self[- ]harm\w*|cut(?:ting)? my ?self|overdose on purpose)\b/i },
  { kind: 'crisis', name: 'unsafe-at-home', pattern: /\b(?:not safe (?:at|in my) home|(?:afraid|scared|terrified) (?:to go|of going) home|(?:he|she|they|boyfriend|girlfriend|husband|wife|partner|dad|father|mom|mother) (?:hits?|beats?|chokes?|hurts?) me|being abused|threatened to kill me)\b/i },
  { kind: 'emergency', name: 'chest-pain', pattern: /\b(?:chest (?:pain|pressure|tightness|hurts?|is (?:tight|hurting))|crushing (?:pain|pressure)|heart attack|dolor (?:de|en el) pecho)\b/i },
  { kind: 'emergency', name: 'breathing', pattern: /\b(?:can'?t breathe|cannot breathe|can not breathe|trouble breathing|hard to breathe|difficulty breathing|short(?:ness)? of breath|struggling to breathe|not breathing|turning blue|lips (?:are |look |turned )?blue|gasping for (?:air|breath)|stopped breathing|choking|no puedo respirar)\b/i },
  { kind: 'emergency', name: 'stroke', pattern: /\b(?:stroke|(?:face|mouth|smile) (?:is |looks |seems )?(?:droop\w*|crooked|lopsided)|droopy face|slurr(?:ed|ing) (?:(?:his|her|my|their) )?(?:speech|words)|one side (?:of (?:my|his|her) (?:body|face) )?(?:is |feels |went )?(?:numb|weak)|(?:numb|weak)(?:ness)? on one side|sudden (?:numbness|weakness|confusion)|worst headache of (?:my|his|her|their) life|(?:can'?t|cannot|can not) (?:talk|speak) (?:right|properly|clearly)|sudden(?:ly)? (?:can'?t see|lost (?:my|his|her) vision|blind))\b/i },
  { kind: 'emergency', name: 'bleeding', pattern: /\b(?:(?:bleeding|bleed) (?:heavily|badly|a lot|nonstop|won'?t stop|through)|heav(?:y|ily) bleeding|hemorrhag\w*|lost a lot of blood|won'?t stop bleeding|severe bleeding|blood everywhere|coughing up blood|vomiting blood|sangrado (?:fuerte|abundante))\b/i },
  { kind: 'emergency', name: 'anaphylaxis', pattern: /\b(?:anaphyla\w*|(?:throat|tongue|lips?|face) (?:is |are |keeps? )?(?:closing|swelling|swollen)|severe allergic reaction)\b/i },
  { kind: 'emergency', name: 'overdose', pattern: /\b(?:overdos\w*|took too many (?:pills|tablets)|(?:took|swallowed|ate) (?:a |an )?(?:whole |entire |full )?(?:bottle|handful|pack|box) of|swallowed (?:a bottle|too many))\b/i },
  { kind: 'emergency', name: 'unresponsive', pattern: /\b(?:unconscious|unresponsive|collapsed|not responding|passed out and|won'?t wake up|having a seizure|seizing|(?:seizure|convulsion)s? (?:\w+ ){0,4}(?:lasted|lasting|won'?t stop|still going|longer than|more than)|hit (?:his|her|my|their|the) head\b[^.!?]{0,60}\b(?:confused|vomit\w*|throwing up|unconscious|passed out|drowsy|won'?t wake))\b/i },
];

const NEGATION = /\b(?:no|not|never|without|denies|denied|deny|don'?t have|do not have|doesn'?t have|isn'?t|wasn'?t|free of|no longer|sin|nunca)\b[^,]{0,30}$/i;
// Only a plain, adjacent denial ("I'm not suicidal") sets a crisis cue aside; anything looser reaches a person.
const CRISIS_DENIAL = /\b(?:not|never|no)\s+(?:feeling\s+|thinking\s+(?:of|about)\s+|thoughts\s+of\s+)?$/i;
// A cue told in the present ("I'm bleeding", "right now") is happening, whatever else the clause dates.
const PRESENT = /\b(?:i'?m|i am|is|are|right now|currently|still|now|keeps?|started|starting|won'?t stop)\b/i;
const HISTORY = /\b(?:last (?:year|month|week|summer|winter|spring|fall)|years? ago|months? ago|weeks? ago|history of|in (?:19|20)\d{2}|used to|previous|past|had (?:a|an|my) [a-z ]{0,20}(?:back|before)|after my)\b/i;

/** Sentences and clauses joined by "but": negation and history do not reach across them. */
function clauses(text: string): string[] {
  return text.split(/[.!?;\n]+|\bbut\b|\bpero\b/i).filter((clause) => clause.trim() !== '');
}

/** Phones type curly apostrophes: "can’t breathe" must read as "can't breathe". */
export function straightApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC`]/g, "'");
}

/** Whether any cue appears at all, denied or past included: such a message is not for a guess. */
export function mentionsUrgentCue(text: string): boolean {
  const plain = straightApostrophes(text);
  return CUES.some((cue) => cue.pattern.test(plain));
}

export function detectUrgency(text: string): Urgency | undefined {
  const plain = straightApostrophes(text);
  for (const cue of CUES) {
    for (const clause of clauses(plain)) {
      const match = cue.pattern.exec(clause);
      if (!match) continue;
      const before = clause.slice(0, match.index);
      // A past crisis is still a risk, so history sets aside only emergencies.
      const past = HISTORY.test(clause) && !PRESENT.test(before + match[0]);
      if (cue.kind === 'emergency' ? NEGATION.test(before) || past : CRISIS_DENIAL.test(before)) continue;
      return { kind: cue.kind, cue: cue.name };
    }
  }
  return undefined;
}
