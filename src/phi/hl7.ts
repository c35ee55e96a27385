/**
 * HL7 v2 segments pasted into EHR context ("PID|1||4471829^^^MRN||OKAFOR^CHIDI^A||19790214|…"):
 * the standard says which field holds what, so position, not wording, finds the PHI. Only the
 * segments and fields that carry a person's identifiers are read; the rest is left to the other
 * recognizers.
 */
import type { Finding } from './findings.js';
import type { Label } from './recognizers.js';

// Field numbers per segment (HL7 v2.5 numbering: the segment name is field 0) and what they hold.
// An identifier field (CX) holds its value in the first component; names, addresses and phones are taken whole.
const FIELDS: Readonly<Record<string, Readonly<Record<number, Label>>>> = {
  PID: { 2: 'MRN', 3: 'MRN', 4: 'MRN', 5: 'NAME', 6: 'NAME', 7: 'DATE', 9: 'NAME', 11: 'ADDRESS', 13: 'PHONE', 14: 'PHONE', 18: 'ID', 19: 'SSN', 20: 'ID', 29: 'DATE' },
  NK1: { 2: 'NAME', 4: 'ADDRESS', 5: 'PHONE', 6: 'PHONE', 30: 'NAME', 31: 'PHONE', 32: 'ADDRESS', 37: 'SSN' },
  GT1: { 2: 'ID', 3: 'NAME', 5: 'ADDRESS', 6: 'PHONE', 7: 'PHONE', 8: 'DATE', 12: 'SSN', 16: 'ORGANIZATION', 17: 'ADDRESS', 18: 'PHONE' },
  IN1: { 4: 'ORGANIZATION', 5: 'ADDRESS', 6: 'NAME', 7: 'PHONE', 8: 'ID', 11: 'ORGANIZATION', 16: 'NAME', 18: 'DATE', 19: 'ADDRESS', 36: 'ID', 49: 'ID' },
  PV1: { 7: 'NAME', 8: 'NAME', 9: 'NAME', 17: 'NAME', 19: 'ID', 44: 'DATE', 45: 'DATE' },
  MRG: { 1: 'MRN', 3: 'ID', 7: 'NAME' },
  // The header's own field separator is MSH-1, so its split positions run one behind: 3 is MSH-4, the sending facility, 5 MSH-6, the receiving one.
  MSH: { 3: 'ORGANIZATION', 5: 'ORGANIZATION' },
};
// Which labels hold their value in the first component only (an identifier, then its assigning authority).
const FIRST_COMPONENT: ReadonlySet<Label> = new Set(['MRN', 'ID', 'SSN']);
// An identifier says its own kind in its fifth component: SS a social security number, MR a record number, any other code an ID.
const IDENTIFIER_KINDS: Readonly<Record<string, Label>> = { SS: 'SSN', MR: 'MRN' };
const SEGMENT = /(?:^|[\r\n])[ \t>]*(MSH|PID|NK1|GT1|IN1|PV1|MRG)\|[^\r\n]*/g;

/** The PHI in the HL7 v2 segments of a text, by field position. */
export function hl7Findings(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const segment of text.matchAll(SEGMENT)) {
    const name = segment[1]!;
    const fields = FIELDS[name]!;
    let offset = segment.index! + segment[0].indexOf(`${name}|`);
    const values = text.slice(offset, segment.index! + segment[0].length).split('|');
    for (const [index, value] of values.entries()) {
      const label = fields[index];
      if (label) {
        let repetitionStart = offset;
        // "~" separates repetitions of a field: each is its own finding.
        for (const repetition of value.split('~')) {
          const components = repetition.split('^');
          const identifier = FIRST_COMPONENT.has(label);
          const kept = identifier ? components[0]! : repetition.replace(/[\^&\s]+$/, '');
          const declared = components[4];
          const kind = identifier && declared ? (IDENTIFIER_KINDS[declared] ?? 'ID') : label;
          // A PV1 doctor (XCN) opens with the doctor's id: the name is what follows it.
          const lead = label === 'NAME' && name === 'PV1' ? (/^[^^]*\^/.exec(kept)?.[0].length ?? 0) : 0;
          const start = repetitionStart + lead;
          const end = repetitionStart + kept.length;
          if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) findings.push({ start, end, label: kind, type: `HL7_${name}`, score: 0.95 });
          repetitionStart += repetition.length + 1;
        }
      }
      offset += value.length + 1;
    }
  }
  return findings;
}
