import { loadPolicySet, loadedPolicyFor } from '/work/main/src/policy/store.js';
import { evaluate } from '/work/main/src/policy/evaluate.js';
const set = await loadPolicySet('/work/main/policies');
const lp = loadedPolicyFor(set, 'default');
for (const text of process.argv.slice(2)) { const v = evaluate(lp, { text }); console.log(JSON.stringify(text), v.intent, v.confidence, v.source, v.action, v.reason); }
