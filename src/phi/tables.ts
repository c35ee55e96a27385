/**
 * Tables pasted into EHR context: a CSV, pipe or tab separated header row ("MRN,Name,DOB,Phone",
 * "Name | DOB | MRN | Phone") says what every cell below it holds, so a bare "55012983" under MRN is
 * a record number though nothing beside it says so. Only columns whose header names PHI are read.
 */
import type { Finding } from './findings.js';
import type { Label } from './recognizers.js';

const COLUMNS: ReadonlyArray<[Label, readonly string[]]> = [
  ['NAME', ['name', 'patient', 'patient name', 'pt name', 'full name', 'first name', 'last name', 'given name', 'family name', 'surname', 'caller', 'member name', 'subscriber', 'subscriber name', 'guarantor', 'provider', 'pcp', 'physician', 'doctor', 'attending', 'emergency contact', 'contact', 'contact name', 'next of kin', 'nok', 'parent', 'guardian']],
  ['DATE', ['dob', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'dos', 'date of service', 'service date', 'visit date', 'appt date', 'appointment date', 'admit date', 'admission date', 'discharge date', 'date', 'last visit', 'dod', 'date of death']],
  ['MRN', ['mrn', 'mr#', 'mr #', 'mr number', 'medical record', 'medical record number', 'medical record #', 'chart', 'chart #', 'chart number', 'patient id', 'pt id']],
  ['PHONE', ['phone', 'phone number', 'phone #', 'telephone', 'tel', 'cell', 'cell phone', 'mobile', 'home phone', 'work phone', 'contact number', 'callback', 'callback number']],
  ['FAX', ['fax', 'fax number', 'fax #']],
  ['EMAIL', ['email', 'e-mail', 'email address']],
  ['ADDRESS', ['address', 'street', 'street address', 'address line 1', 'address 1', 'addr', 'city', 'town', 'zip', 'zip code', 'zipcode', 'postal code', 'postcode']],
  ['SSN', ['ssn', 'social security number', 'social security #', 'ss#']],
  ['ID', ['member id', 'member #', 'member number', 'subscriber id', 'policy', 'policy number', 'policy #', 'account', 'account number', 'account #', 'acct', 'acct #', 'insurance id', 'group number', 'group #', 'claim', 'claim number', 'claim #', 'mbi', 'medicaid id', 'medicare id', 'id']],
  ['AGE', ['age']],
  ['ORGANIZATION', ['employer', 'insurance', 'insurer', 'payer', 'payor', 'plan', 'health plan', 'pharmacy', 'facility', 'clinic', 'school', 'company', 'carrier']],
];
const LABEL_OF_HEADER = new Map(COLUMNS.flatMap(([label, headers]) => headers.map((header) => [header, label] as const)));
const DELIMITERS = ['|', '\t', ',', ';'] as const;
const EMPTY_CELL = /^(?:|n\/?a|none|null|unknown|-+|\?)$/i;
// Medicare and Medicaid are public programs, no one's identifier.
const PUBLIC_PROGRAM = /^(?:medicare|medicaid|self[- ]?pay|uninsured)$/i;
const NEEDS_DIGIT: ReadonlySet<Label> = new Set(['MRN', 'ID', 'SSN', 'PHONE', 'FAX', 'AGE']);

interface Cell {
  start: number;
  end: number;
  value: string;
}

function cells(line: string, offset: number, delimiter: string): Cell[] {
  const found: Cell[] = [];
  // A quoted cell may hold the delimiter ("Doe, Jane" in a CSV row).
  const take = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(line[start]!)) start++;
    while (end > start && /\s/.test(line[end - 1]!)) end--;
    if (end - start >= 2 && line[start] === '"' && line[end - 1] === '"') {
      start++;
      end--;
    }
    found.push({ start: offset + start, end: offset + end, value: line.slice(start, end) });
  };
  let cellStart = 0;
  let quoted = false;
  for (let position = 0; position < line.length; position++) {
    const character = line[position];
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) {
      take(cellStart, position);
      cellStart = position + 1;
    }
  }
  take(cellStart, line.length);
  // A pipe table's outer pipes ("| Name | DOB |") leave an empty cell at each end.
  if (delimiter === '|' && found.length > 2) {
    if (found[0]!.value === '') found.shift();
    if (found.at(-1)!.value === '') found.pop();
  }
  return found;
}

function headerLabels(row: readonly Cell[]): Array<Label | undefined> | undefined {
  const labels = row.map((cell) => LABEL_OF_HEADER.get(cell.value.toLowerCase().replace(/[_\s]+/g, ' ').replace(/\s*:$/, '')));
  return labels.filter(Boolean).length >= 2 ? labels : undefined;
}

function plausible(label: Label, value: string): boolean {
  if (EMPTY_CELL.test(value)) return false;
  if (NEEDS_DIGIT.has(label) && !/\d/.test(value)) return false;
  if (label === 'AGE') return Number(value) > 89;
  if (label === 'ORGANIZATION') return !PUBLIC_PROGRAM.test(value);
  return /[\p{L}\p{N}]/u.test(value);
}

/** The PHI in a text's delimited tables, by the column its header names. */
export function tableFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  const lines: Array<{ start: number; body: string }> = [];
  let start = 0;
  for (const body of text.split('\n')) {
    lines.push({ start, body: body.replace(/\r$/, '') });
    start += body.length + 1;
  }
  for (let index = 0; index < lines.length - 1; index++) {
    const header = lines[index]!;
    for (const delimiter of DELIMITERS) {
      if (!header.body.includes(delimiter)) continue;
      const labels = headerLabels(cells(header.body, header.start, delimiter));
      if (!labels) continue;
      let row = index + 1;
      for (; row < lines.length; row++) {
        const line = lines[row]!;
        const values = cells(line.body, line.start, delimiter);
        // A row has the header's shape; anything else ends the table.
        if (values.length !== labels.length) break;
        for (const [column, cell] of values.entries()) {
          const label = labels[column];
          if (label && plausible(label, cell.value)) findings.push({ start: cell.start, end: cell.end, label, type: 'TABLE_CELL', score: 0.85 });
        }
      }
      index = row - 1;
      break;
    }
  }
  return findings;
}
