/**
 * Checks a loaded policy set for what the schema cannot see: rules that can never decide,
 * intents that overlap, and references to things that do not exist. Findings are warnings (the
 * gateway runs with them); `chaperone policy lint --strict` fails on them.
 */
import { DEFAULT_INTENT_THRESHOLD } from './evaluate.js';
import { CAUTION, normalize } from './intents.js';
import type { PolicySet } from './store.js';

export interface LintFinding {
  file: string;
  message: string;
}

export function lintPolicySet(set: PolicySet, env: NodeJS.ProcessEnv = process.env): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { file, policy, effective, classifier } of set.policies) {
    const say = (message: string) => findings.push({ file, message });
    const secretEnv = policy.escalation?.webhook?.secretEnv;
    if (policy.escalation?.webhook && !secretEnv) say('escalation.webhook has no secretEnv: deliveries cannot be signed and will go to the dead-letter list');
    else if (secretEnv && !env[secretEnv]) say(`escalation.webhook.secretEnv names ${secretEnv}, which is not set here`);
    // A file with intents of its own is the one whose classifier was built from them.
    const catalog = policy.intents?.catalog;
    if (!catalog || !classifier) continue;
    const threshold = effective.intents?.threshold ?? DEFAULT_INTENT_THRESHOLD;
    const owners = new Map<string, string>();
    for (const [name, intent] of Object.entries(catalog)) {
      for (const keyword of intent.keywords ?? []) {
        const key = normalize(keyword).trim();
        const other = owners.get(key);
        if (other) say(`intents.catalog.${name}.keywords: "${keyword}" is also a keyword of ${other}`);
        owners.set(key, name);
        // A keyword the classifier hands to a more cautious intent can never decide this one.
        const decided = classifier.classify(keyword, threshold);
        const winner = catalog[decided.intent];
        if (decided.source !== 'similarity' && decided.intent !== name && winner && CAUTION[winner.action] >= CAUTION[intent.action]) {
          say(`intents.catalog.${name}.keywords: "${keyword}" is unreachable: it is decided as ${decided.intent}`);
        }
      }
      const strays = intent.examples.filter((example) => {
        const decided = classifier.classify(example, threshold);
        return decided.intent !== name && !(decided.source === 'lexicon' && (name === 'emergency' || name === 'crisis'));
      });
      if (strays.length > 0) {
        const sample = strays.slice(0, 2).map((example) => `"${example}" → ${classifier.classify(example, threshold).intent}`).join('; ');
        say(`intents.catalog.${name}.examples: ${strays.length} of ${intent.examples.length} are classified as another intent (${sample})`);
      }
    }
  }
  return findings;
}
