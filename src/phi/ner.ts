/**
 * The PHI NER model (models/phi-ner): names, addresses and organizations in free text, where
 * patterns cannot reach. Loaded offline with @huggingface/transformers (remote loading off);
 * words are cut and mapped to pieces here, with the same rule as the training recipe, so every
 * finding keeps exact character offsets.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AutoModelForTokenClassification, env, Tensor, type PreTrainedModel } from '@huggingface/transformers';
import { DEFAULT_PHI_MODEL_DIR } from '../config/config.js';
import type { Finding } from './findings.js';
import type { Label } from './recognizers.js';

const WORD = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
// One window of pieces per model call, [CLS] and [SEP] included, as the model was trained.
const MAX_PIECES = 128;
const MAX_WORD_CHARS = 100;

interface Word {
  start: number;
  end: number;
  pieces: number[];
}

interface TokenizerFile {
  model: { vocab: Record<string, number>; unk_token: string; continuing_subword_prefix: string };
}

interface ModelConfig {
  id2label: Record<string, string>;
}

export class NerModel {
  private constructor(
    private readonly model: PreTrainedModel,
    private readonly vocab: Map<string, number>,
    private readonly labels: string[],
    private readonly special: { cls: number; sep: number; unk: number },
  ) {}

  static async load(dir = DEFAULT_PHI_MODEL_DIR): Promise<NerModel> {
    // Nothing may be fetched: the hospital network has no model hub, and neither does CI.
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    const [tokenizerText, configText] = await Promise.all([readFile(join(dir, 'tokenizer.json'), 'utf8'), readFile(join(dir, 'config.json'), 'utf8')]);
    const tokenizer = JSON.parse(tokenizerText) as TokenizerFile;
    const config = JSON.parse(configText) as ModelConfig;
    const vocab = new Map(Object.entries(tokenizer.model.vocab));
    const labels = Object.keys(config.id2label).sort((a, b) => Number(a) - Number(b)).map((key) => config.id2label[key]!);
    env.localModelPath = dirname(dir);
    const model = await AutoModelForTokenClassification.from_pretrained(basename(dir), { local_files_only: true, dtype: 'fp32' });
    const id = (token: string) => {
      const value = vocab.get(token);
      if (value === undefined) throw new Error(`phi-ner tokenizer has no ${token}`);
      return value;
    };
    return new NerModel(model, vocab, labels, { cls: id('[CLS]'), sep: id('[SEP]'), unk: id(tokenizer.model.unk_token) });
  }

  /** Greedy longest-match WordPiece, as transformers' WordPiece model does it. */
  private pieces(word: string): number[] {
    const chars = [...word];
    if (chars.length > MAX_WORD_CHARS) return [this.special.unk];
    const out: number[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = chars.length;
      let found: number | undefined;
      for (; end > start; end--) {
        const piece = (start > 0 ? '##' : '') + chars.slice(start, end).join('');
        found = this.vocab.get(piece);
        if (found !== undefined) break;
      }
      if (found === undefined) return [this.special.unk];
      out.push(found);
      start = end;
    }
    return out;
  }

  words(text: string): Word[] {
    return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, pieces: this.pieces(match[0]) }));
  }

  /** Names, addresses and organizations, with end-exclusive offsets and the model's probability. */
  async find(text: string): Promise<Finding[]> {
    const words = this.words(text);
    const predictions: Array<{ label: string; score: number }> = [];
    for (let first = 0; first < words.length; ) {
      let budget = MAX_PIECES - 2;
      let last = first;
      while (last < words.length && (words[last]!.pieces.length <= budget || last === first)) {
        budget -= words[last]!.pieces.length;
        last++;
      }
      predictions.push(...(await this.predict(words.slice(first, last))));
      first = last;
    }
    return spansOf(text, words, predictions);
  }

  private async predict(words: Word[]): Promise<Array<{ label: string; score: number }>> {
    const ids = [this.special.cls];
    const firstPiece: number[] = [];
    for (const word of words) {
      firstPiece.push(ids.length);
      ids.push(...word.pieces.slice(0, MAX_PIECES - 2 - (ids.length - 1)));
    }
    ids.push(this.special.sep);
    const shape = [1, ids.length];
    const inputs = {
      input_ids: new Tensor('int64', BigInt64Array.from(ids.map(BigInt)), shape),
      attention_mask: new Tensor('int64', new BigInt64Array(ids.length).fill(1n), shape),
      token_type_ids: new Tensor('int64', new BigInt64Array(ids.length), shape),
    };
    const { logits } = (await this.model(inputs)) as { logits: Tensor };
    const values = logits.data as Float32Array;
    const width = this.labels.length;
    return firstPiece.map((position) => {
      const row = values.subarray(position * width, position * width + width);
      let best = 0;
      let max = -Infinity;
      for (let index = 0; index < width; index++) if (row[index]! > max) [max, best] = [row[index]!, index];
      let total = 0;
      for (let index = 0; index < width; index++) total += Math.exp(row[index]! - max);
      return { label: this.labels[best]!, score: 1 / total };
    });
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}

/** BIO word labels to spans: a span runs from its first word's start to its last word's end. */
function spansOf(text: string, words: Word[], predictions: ReadonlyArray<{ label: string; score: number }>): Finding[] {
  const spans: Finding[] = [];
  let open: { label: Label; start: number; end: number; scores: number[] } | undefined;
  const close = () => {
    // Punctuation the model carried along at the edge ("Gonzalez,") is not part of the entity.
    if (open) {
      while (open.end > open.start && /[,;:!?)(\]"'\s-]/.test(text[open.end - 1]!)) open.end--;
    }
    if (open && open.end > open.start) spans.push({ start: open.start, end: open.end, label: open.label, type: `NER_${open.label}`, score: Math.round((open.scores.reduce((a, b) => a + b, 0) / open.scores.length) * 1000) / 1000 });
    open = undefined;
  };
  predictions.forEach(({ label, score }, index) => {
    const word = words[index]!;
    const [tag, type] = label.split('-') as [string, Label | undefined];
    if (tag === 'O' || !type) return close();
    if (tag === 'I' && open?.label === type) {
      open.end = word.end;
      open.scores.push(score);
      return;
    }
    close();
    open = { label: type, start: word.start, end: word.end, scores: [score] };
  });
  close();
  return spans;
}
