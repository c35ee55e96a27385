import type { OllamaUpstream } from '../upstream/ollama.js';
import type { Classification } from './intents.js';

export interface SecondOpinionRequest {
  model: string;
  text: string;
  intents: ReadonlyArray<{ name: string; description: string }>;
  timeoutMs: number;
}

export type SecondOpinion = (request: SecondOpinionRequest) => Promise<Classification | undefined>;

/**
 * Asks an Ollama model to pick the intent, constrained to a JSON schema (Ollama's structured
 * outputs) so the answer is one of the policy's intents or nothing. Any failure or timeout
 * means no second opinion: the classifier's own answer stands.
 */
export function ollamaSecondOpinion(upstream: OllamaUpstream): SecondOpinion {
  return async ({ model, text, intents, timeoutMs }) => {
    const names = intents.map((intent) => intent.name);
    const schema = {
      type: 'object',
      properties: { intent: { type: 'string', enum: [...names, 'uncertain'] }, confidence: { type: 'number', minimum: 0, maximum: 1 } },
      required: ['intent', 'confidence'],
    };
    const catalog = intents.map((intent) => `- ${intent.name}: ${intent.description}`).join('\n');
    try {
      const response = await upstream.chat(
        {
          model,
          format: schema,
          options: { temperature: 0 },
          messages: [
            { role: 'system', content: `Classify the patient's message into one intent of a hospital contact center. Intents:\n${catalog}\nAnswer with JSON only.` },
            { role: 'user', content: text },
          ],
        },
        AbortSignal.timeout(timeoutMs),
      );
      const answer = JSON.parse(response.message.content) as { intent?: unknown; confidence?: unknown };
      if (typeof answer.intent !== 'string' || !names.includes(answer.intent) || typeof answer.confidence !== 'number') return undefined;
      return { intent: answer.intent, confidence: Math.max(0, Math.min(1, answer.confidence)), source: 'similarity', scores: [] };
    } catch {
      return undefined;
    }
  };
}
