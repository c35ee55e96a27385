"""Trains the PHI NER model from the synthetic corpus and exports it for @huggingface/transformers.

A small BERT-shaped token classifier trained from scratch (no hub, no pretrained weights): cased
WordPiece vocabulary built from the corpus, 4 encoder layers, word-level BIO labels on the first
piece of every word. Exported as onnx/model.onnx with config.json and tokenizer.json, so
transformers.js loads it as a BertForTokenClassification.

    /usr/bin/python3 models/phi-ner/train.py --train /tmp/phi-ner-train.jsonl --out models/phi-ner
"""
import argparse
import collections
import json
import math
import os
import random
import time
import unicodedata

import torch
from torch import nn

LABELS = ["O", "B-NAME", "I-NAME", "B-ADDRESS", "I-ADDRESS", "B-ORGANIZATION", "I-ORGANIZATION"]
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
MAX_PIECES = 128
# Same rule as the tokenizer.json pre-tokenizer and src/phi/ner.ts: runs of letters, marks and
# digits are words; any other non-space character stands alone.
WORD_CATEGORIES = ("L", "M", "N")


def is_word_char(ch):
    return unicodedata.category(ch)[0] in WORD_CATEGORIES


def pre_tokenize(text):
    words = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif is_word_char(ch):
            j = i
            while j < n and is_word_char(text[j]):
                j += 1
            words.append((text[i:j], i, j))
            i = j
        else:
            words.append((ch, i, i + 1))
            i += 1
    return words


def word_piece(word, vocab):
    if len(word) > 100:
        return ["[UNK]"]
    pieces = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while start < end:
            sub = word[start:end] if start == 0 else "##" + word[start:end]
            if sub in vocab:
                found = sub
                break
            end -= 1
        if found is None:
            return ["[UNK]"]
        pieces.append(found)
        start = end
    return pieces


def build_vocab(texts, size):
    words = collections.Counter()
    for text in texts:
        for word, _, _ in pre_tokenize(text):
            words[word] += 1
    chars = collections.Counter()
    prefixes = collections.Counter()
    suffixes = collections.Counter()
    for word, count in words.items():
        for k, ch in enumerate(word):
            chars[ch if k == 0 else "##" + ch] += count
        for length in (2, 3, 4):
            for k in range(0, len(word) - length + 1):
                piece = word[k:k + length]
                if k == 0:
                    prefixes[piece] += count
                else:
                    suffixes["##" + piece] += count
    vocab = list(SPECIALS)
    seen = set(vocab)

    def add(token):
        if token not in seen:
            seen.add(token)
            vocab.append(token)

    for ch, count in chars.most_common():
        if count >= 2:
            add(ch)
        # Every single character a word could start or continue with keeps unknown pieces rare.
        if not ch.startswith("##"):
            add("##" + ch)
    budget = size - len(vocab)
    for word, _ in words.most_common(budget // 2):
        add(word)
    for piece, _ in (prefixes + suffixes).most_common(size):
        if len(vocab) >= size:
            break
        add(piece)
    return vocab


def encode(text, spans, vocab_index):
    ids = [vocab_index["[CLS]"]]
    labels = [-100]
    for word, start, end in pre_tokenize(text):
        label = "O"
        for span in spans:
            if start >= span["start"] and end <= span["end"]:
                label = ("B-" if start == span["start"] or not _inside_previous(text, span, start) else "I-") + span["label"]
                break
        pieces = word_piece(word, vocab_index)
        if len(ids) + len(pieces) >= MAX_PIECES - 1:
            break
        for k, piece in enumerate(pieces):
            ids.append(vocab_index.get(piece, vocab_index["[UNK]"]))
            labels.append(LABELS.index(label) if k == 0 else -100)
    ids.append(vocab_index["[SEP]"])
    labels.append(-100)
    return ids, labels


def _inside_previous(text, span, start):
    # A word is a continuation when any word character of the same span precedes it.
    return any(not c.isspace() for c in text[span["start"]:start])


class SelfAttention(nn.Module):
    def __init__(self, hidden, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.out = nn.Linear(hidden, hidden)

    def forward(self, x, mask_bias):
        b, t, h = x.shape
        q, k, v = self.qkv(x).reshape(b, t, 3, self.heads, h // self.heads).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-1, -2) / math.sqrt(h // self.heads) + mask_bias
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, t, h)
        return self.out(context)


class EncoderLayer(nn.Module):
    def __init__(self, hidden, heads, ffn, dropout):
        super().__init__()
        self.attention = SelfAttention(hidden, heads)
        self.norm1 = nn.LayerNorm(hidden)
        self.ffn = nn.Sequential(nn.Linear(hidden, ffn), nn.GELU(), nn.Linear(ffn, hidden))
        self.norm2 = nn.LayerNorm(hidden)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, mask_bias):
        x = self.norm1(x + self.dropout(self.attention(x, mask_bias)))
        return self.norm2(x + self.dropout(self.ffn(x)))


class TokenClassifier(nn.Module):
    def __init__(self, vocab_size, hidden, layers, heads, ffn, dropout=0.1):
        super().__init__()
        self.tokens = nn.Embedding(vocab_size, hidden)
        self.positions = nn.Embedding(MAX_PIECES, hidden)
        self.types = nn.Embedding(2, hidden)
        self.norm = nn.LayerNorm(hidden)
        self.layers = nn.ModuleList(EncoderLayer(hidden, heads, ffn, dropout) for _ in range(layers))
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden, len(LABELS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = self.norm(self.tokens(input_ids) + self.positions(positions) + self.types(token_type_ids))
        x = self.dropout(x)
        mask_bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, mask_bias)
        return self.classifier(x)


def batches(examples, size, shuffle):
    order = list(range(len(examples)))
    if shuffle:
        random.shuffle(order)
    for k in range(0, len(order), size):
        chunk = [examples[i] for i in order[k:k + size]]
        width = max(len(ids) for ids, _ in chunk)
        ids = torch.zeros(len(chunk), width, dtype=torch.long)
        labels = torch.full((len(chunk), width), -100, dtype=torch.long)
        mask = torch.zeros(len(chunk), width, dtype=torch.long)
        for row, (piece_ids, piece_labels) in enumerate(chunk):
            ids[row, :len(piece_ids)] = torch.tensor(piece_ids)
            labels[row, :len(piece_labels)] = torch.tensor(piece_labels)
            mask[row, :len(piece_ids)] = 1
        yield ids, mask, labels


def word_accuracy(model, examples):
    model.eval()
    correct = total = entity_correct = entity_total = 0
    with torch.no_grad():
        for ids, mask, labels in batches(examples, 128, False):
            predicted = model(ids, mask, torch.zeros_like(ids)).argmax(-1)
            scored = labels != -100
            correct += (predicted[scored] == labels[scored]).sum().item()
            total += scored.sum().item()
            entity = scored & (labels > 0)
            entity_correct += (predicted[entity] == labels[entity]).sum().item()
            entity_total += entity.sum().item()
    model.train()
    return correct / max(total, 1), entity_correct / max(entity_total, 1)


def write_tokenizer(out, vocab):
    tokenizer = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False, "special": True}
            for i, t in enumerate(SPECIALS)
        ],
        "normalizer": None,
        "pre_tokenizer": {"type": "Split", "pattern": {"Regex": "[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]"}, "behavior": "Isolated", "invert": True},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}, {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [i], "tokens": [t]} for i, t in enumerate(SPECIALS) if t in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##", "max_input_chars_per_word": 100, "vocab": {t: i for i, t in enumerate(vocab)}},
    }
    with open(os.path.join(out, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer, f, ensure_ascii=False)
    with open(os.path.join(out, "tokenizer_config.json"), "w") as f:
        json.dump({"tokenizer_class": "BertTokenizer", "do_lower_case": False, "model_max_length": MAX_PIECES, "unk_token": "[UNK]", "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "mask_token": "[MASK]"}, f, indent=2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--vocab-size", type=int, default=12000)
    parser.add_argument("--hidden", type=int, default=192)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--heads", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)

    rows = [json.loads(line) for line in open(args.train, encoding="utf-8") if line.strip()]
    random.shuffle(rows)
    held_out = rows[: len(rows) // 20]
    train_rows = rows[len(rows) // 20:]
    vocab = build_vocab([r["text"] for r in train_rows], args.vocab_size)
    vocab_index = {t: i for i, t in enumerate(vocab)}
    train = [encode(r["text"], r["spans"], vocab_index) for r in train_rows]
    check = [encode(r["text"], r["spans"], vocab_index) for r in held_out]
    print(f"{len(train)} training texts, {len(check)} held out, vocabulary {len(vocab)}", flush=True)

    model = TokenClassifier(len(vocab), args.hidden, args.layers, args.heads, args.hidden * 4)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(train) / args.batch)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=args.lr, total_steps=steps, pct_start=0.1)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    started = time.time()
    step = 0
    for epoch in range(args.epochs):
        for ids, mask, labels in batches(train, args.batch, True):
            # Word dropout to [UNK], on entity and ordinary words alike, teaches the model to lean
            # on context without learning that an unknown word is a name.
            noisy = ids.masked_fill((torch.rand(ids.shape) < 0.05) & (labels != -100), vocab_index["[UNK]"])
            logits = model(noisy, mask, torch.zeros_like(ids))
            loss = loss_fn(logits.reshape(-1, len(LABELS)), labels.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            if step % 200 == 0:
                print(f"epoch {epoch} step {step}/{steps} loss {loss.item():.4f} {time.time() - started:.0f}s", flush=True)
        accuracy, entity_accuracy = word_accuracy(model, check)
        print(f"epoch {epoch}: held-out word accuracy {accuracy:.4f}, entity words {entity_accuracy:.4f}", flush=True)

    os.makedirs(os.path.join(args.out, "onnx"), exist_ok=True)
    model.eval()
    sample = torch.tensor([[2, 10, 11, 3]])
    torch.onnx.export(
        model, (sample, torch.ones_like(sample), torch.zeros_like(sample)), os.path.join(args.out, "onnx", "model.onnx"),
        input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"}, "token_type_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch", 1: "sequence"}},
        opset_version=14,
    )
    config = {
        "model_type": "bert", "architectures": ["BertForTokenClassification"], "vocab_size": len(vocab), "hidden_size": args.hidden,
        "num_hidden_layers": args.layers, "num_attention_heads": args.heads, "intermediate_size": args.hidden * 4, "max_position_embeddings": MAX_PIECES,
        "type_vocab_size": 2, "id2label": {str(i): l for i, l in enumerate(LABELS)}, "label2id": {l: i for i, l in enumerate(LABELS)},
    }
    with open(os.path.join(args.out, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    write_tokenizer(args.out, vocab)
    accuracy, entity_accuracy = word_accuracy(model, check)
    with open(os.path.join(args.out, "training.json"), "w") as f:
        json.dump({"texts": len(rows), "epochs": args.epochs, "held_out_word_accuracy": round(accuracy, 4), "held_out_entity_word_accuracy": round(entity_accuracy, 4), "seconds": round(time.time() - started)}, f, indent=2)
    print("exported", flush=True)


if __name__ == "__main__":
    main()
