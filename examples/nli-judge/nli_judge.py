#!/usr/bin/env python3
"""A factgate command judge backed by an NLI cross-encoder.

Protocol (factgate's command judge): one JSON object a line on stdin,
{"key", "question", "claim", "sources": [{"id", "text"}]}, and one a line on stdout,
{"key", "verdict", "confidence", "source_id", "evidence", "reason"}.

Every source is cut into sentences; each sentence, and each window of consecutive
sentences, is a premise, and the claim is the hypothesis. The model gives
entailment / neutral / contradiction probabilities for every pair, and the claim
takes the verdict of its strongest premise. The model is loaded by name at run
time; the scoring logic takes any predict(pairs) callable, so it runs without it.

    python3 nli_judge.py [--model NAME] [--device cpu|cuda|auto] [--batch-size N]
"""
import argparse
import json
import os
import re
import sys

DEFAULT_MODEL = "cross-encoder/nli-deberta-v3-xsmall"
INSTALL_LINE = 'pip install "torch>=2.0" "transformers>=4.30" sentencepiece protobuf'
LABELS = ("entailment", "neutral", "contradiction")

# A sentence ends at . ! or ? (optionally closed by a quote or bracket) before
# whitespace and a capital, digit or opening bracket/quote; "e.g. the" stays whole.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]\u201d\u2019]*\s+(?=[A-Z0-9(\"\u201c\u2018\[])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[A-Za-z0-9]+")


class Options:
    """Thresholds and shapes; the defaults are the documented ones."""

    def __init__(self, window=2, entail_threshold=0.5, contradict_threshold=0.5,
                 short_claim_words=4, batch_size=32, top_k=0, chunk_claims=64):
        self.window = window
        self.entail_threshold = entail_threshold
        self.contradict_threshold = contradict_threshold
        self.short_claim_words = short_claim_words
        self.batch_size = batch_size
        self.top_k = top_k
        self.chunk_claims = chunk_claims


def sentence_spans(text):
    """(start, end) of every sentence, paragraph by paragraph, as offsets into text,
    so evidence can be quoted exactly as the source has it."""
    spans = []
    for paragraph in _paragraph_spans(text):
        start, end = paragraph
        cursor = start
        for match in _SENTENCE_END.finditer(text, start, end):
            spans.append(_trimmed(text, cursor, match.start()))
            cursor = match.end()
        spans.append(_trimmed(text, cursor, end))
    return [s for s in spans if s[1] > s[0]]


def _paragraph_spans(text):
    cursor = 0
    for match in _PARAGRAPH.finditer(text):
        yield cursor, match.start()
        cursor = match.end()
    yield cursor, len(text)


def _trimmed(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def premises(sources, window):
    """Sentences and windows of up to `window` consecutive sentences of each source.
    A window lets a claim that joins two sentences ("X, which costs Y") be entailed."""
    out = []
    for source in sources:
        text = str(source.get("text", ""))
        spans = sentence_spans(text)
        for size in range(1, max(1, window) + 1):
            for i in range(0, len(spans) - size + 1):
                start, end = spans[i][0], spans[i + size - 1][1]
                # Windows stay inside the source; the quote is the exact slice.
                out.append({"source_id": str(source.get("id", "")), "text": text[start:end]})
    return out


def hypotheses(question, claim, short_claim_words):
    """The claim, and for a short answer ("1932.", "In Paris.") also the question and the
    answer together, since a bare fragment states little an NLI model can check. Both
    readings are scored and the stronger one counts, so the question only adds context:
    it never takes support away from a claim that stands on its own."""
    readings = [claim.strip()]
    if question and question.strip() and len(_WORD.findall(claim)) <= short_claim_words:
        readings.append(f"{question.strip()} {claim.strip()}")
    return readings


def _overlap(claim, premise):
    a = {w.lower() for w in _WORD.findall(claim)}
    b = {w.lower() for w in _WORD.findall(premise)}
    return len(a & b) / max(1, len(a))


def candidate_premises(request, options):
    found = premises(request.get("sources") or [], options.window)
    if options.top_k and len(found) > options.top_k:
        # Bounds the cost on long sources; ties keep source order.
        ranked = sorted(enumerate(found), key=lambda p: (-_overlap(request["claim"], p[1]["text"]), p[0]))
        found = [p for _, p in ranked[: options.top_k]]
    return found


def verdict_for(request, scored, options):
    """The verdict of one claim from its (premise, probabilities) pairs.

    supported when the best entailment reaches its threshold and beats the best
    contradiction; contradicted when the best contradiction reaches its threshold;
    otherwise unsupported (neutral everywhere: the sources do not say)."""
    key = request["key"]
    if not scored:
        return {"key": key, "verdict": "unsupported", "confidence": 1.0,
                "reason": "no source text to check the claim against"}
    best_entail = max(scored, key=lambda s: s[1]["entailment"])
    best_contra = max(scored, key=lambda s: s[1]["contradiction"])
    p_entail = best_entail[1]["entailment"]
    p_contra = best_contra[1]["contradiction"]
    if p_entail >= options.entail_threshold and p_entail >= p_contra:
        premise = best_entail[0]
        return {"key": key, "verdict": "supported", "confidence": round(p_entail, 4),
                "source_id": premise["source_id"], "evidence": premise["text"],
                "reason": f"{premise['source_id']} entails the claim (p={p_entail:.2f})"}
    if p_contra >= options.contradict_threshold:
        premise = best_contra[0]
        return {"key": key, "verdict": "contradicted", "confidence": round(p_contra, 4),
                "source_id": premise["source_id"], "evidence": premise["text"],
                "reason": f"{premise['source_id']} contradicts the claim (p={p_contra:.2f})"}
    return {"key": key, "verdict": "unsupported", "confidence": round(1 - max(p_entail, p_contra), 4),
            "reason": f"no source sentence entails or contradicts the claim "
                      f"(best entailment {p_entail:.2f} in {best_entail[0]['source_id']}, "
                      f"best contradiction {p_contra:.2f})"}


def judge_requests(requests, predict, options=None):
    """Verdicts for a list of requests, calling predict on batches of at most
    options.batch_size (premise, hypothesis) pairs. Pairs shared by several claims
    are scored once."""
    options = options or Options()
    plans = []
    unique = {}
    for request in requests:
        readings = hypotheses(request.get("question") or "", request["claim"], options.short_claim_words)
        found = [(premise, hyp) for premise in candidate_premises(request, options) for hyp in readings]
        for premise, hyp in found:
            unique.setdefault((premise["text"], hyp), None)
        plans.append((request, found))
    pairs = list(unique)
    for i in range(0, len(pairs), max(1, options.batch_size)):
        batch = pairs[i: i + options.batch_size]
        probabilities = predict(batch)
        if len(probabilities) != len(batch):
            raise ValueError(f"predict returned {len(probabilities)} results for {len(batch)} pairs")
        for pair, probs in zip(batch, probabilities):
            unique[pair] = _checked(probs)
    return [verdict_for(request, [(p, unique[(p["text"], hyp)]) for p, hyp in found], options)
            for request, found in plans]


def _checked(probs):
    missing = [label for label in LABELS if label not in probs]
    if missing:
        raise ValueError(f"predict returned no {', '.join(missing)} probability")
    return {label: float(probs[label]) for label in LABELS}


def _valid_request(value):
    return (isinstance(value, dict) and isinstance(value.get("key"), str) and value["key"]
            and isinstance(value.get("claim"), str) and isinstance(value.get("sources", []), list))


def run(stdin, stdout, stderr, predict, options=None):
    """The main loop: reads requests, answers them a chunk at a time. A line that is
    not a request is reported on stderr and skipped; factgate marks that claim
    undetermined, so nothing is guessed."""
    options = options or Options()
    chunk = []

    def flush():
        for verdict in judge_requests(chunk, predict, options):
            stdout.write(json.dumps(verdict) + "\n")
        stdout.flush()
        chunk.clear()

    for number, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as error:
            stderr.write(f"nli_judge: stdin line {number} is not JSON ({error.msg}); skipped\n")
            continue
        if not _valid_request(request):
            stderr.write(f"nli_judge: stdin line {number} needs a string key and claim and a sources list; skipped\n")
            continue
        chunk.append(request)
        if len(chunk) >= options.chunk_claims:
            flush()
    if chunk:
        flush()


def label_indices(id2label):
    """Maps a model's own label names to entailment / neutral / contradiction.
    Two-label models (entailment / not_entailment) have no contradiction class."""
    found = {}
    for index, name in id2label.items():
        lowered = str(name).lower()
        if lowered.startswith("not") or lowered.startswith("non"):
            found.setdefault("neutral", int(index))
        elif "entail" in lowered:
            found["entailment"] = int(index)
        elif "contra" in lowered:
            found["contradiction"] = int(index)
        elif "neutral" in lowered:
            found["neutral"] = int(index)
    if "entailment" not in found:
        raise SystemExit(f"nli_judge: the model's labels {dict(id2label)} name no entailment class; "
                         "use an NLI model (entailment / neutral / contradiction)")
    return found


def build_predictor(model_name, device="auto", max_length=512):
    """The real predictor. torch and transformers are imported here, and only here,
    so the scoring logic and its tests need neither."""
    try:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
    except ImportError as error:
        raise SystemExit(f"nli_judge: this judge needs PyTorch and Hugging Face Transformers "
                         f"(missing: {error.name}). Install them with:\n  {INSTALL_LINE}") from None
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    tokenizer = AutoTokenizer.from_pretrained(model_name)
    model = AutoModelForSequenceClassification.from_pretrained(model_name).to(device).eval()
    indices = label_indices(model.config.id2label)

    def predict(pairs):
        with torch.inference_mode():
            encoded = tokenizer([p for p, _ in pairs], [h for _, h in pairs], padding=True,
                                truncation=True, max_length=max_length, return_tensors="pt").to(device)
            probs = torch.softmax(model(**encoded).logits.float(), dim=-1).cpu().tolist()
        return [{label: (row[indices[label]] if label in indices else 0.0) for label in LABELS} for row in probs]

    return predict


def parse_args(argv):
    env = os.environ
    parser = argparse.ArgumentParser(description="factgate command judge backed by an NLI cross-encoder")
    parser.add_argument("--model", default=env.get("FACTGATE_NLI_MODEL", DEFAULT_MODEL),
                        help=f"Hugging Face model name or local path (env FACTGATE_NLI_MODEL; default {DEFAULT_MODEL})")
    parser.add_argument("--device", default=env.get("FACTGATE_NLI_DEVICE", "auto"), help="cpu, cuda, cuda:1 or auto")
    parser.add_argument("--batch-size", type=int, default=32, help="(premise, claim) pairs per forward pass")
    parser.add_argument("--window", type=int, default=2, help="longest run of consecutive source sentences used as one premise")
    parser.add_argument("--top-k", type=int, default=0, help="score only the k premises sharing most words with the claim (0: all)")
    parser.add_argument("--entail-threshold", type=float, default=0.5)
    parser.add_argument("--contradict-threshold", type=float, default=0.5)
    parser.add_argument("--short-claim-words", type=int, default=4,
                        help="claims of at most this many words are also scored together with the question")
    parser.add_argument("--max-length", type=int, default=512, help="token limit per pair (the longer text is truncated)")
    return parser.parse_args(argv)


def main(argv=None, predict=None, stdin=None, stdout=None, stderr=None):
    """Entry point; tests pass their own predict instead of loading a model."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    options = Options(window=args.window, entail_threshold=args.entail_threshold,
                      contradict_threshold=args.contradict_threshold, short_claim_words=args.short_claim_words,
                      batch_size=args.batch_size, top_k=args.top_k)
    if predict is None:
        predict = build_predictor(args.model, args.device, args.max_length)
    run(stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr, predict, options)


if __name__ == "__main__":
    main()
