"""Tests of examples/nli-judge/nli_judge.py with a deterministic stand-in for the model.

The stand-in reads words, not meaning: it exists to drive the judge's aggregation,
batching and protocol handling with known probabilities, not to judge anything."""
import io
import json
import os
import re
import sys
import unittest
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "examples", "nli-judge"))
import nli_judge  # noqa: E402

_STOP = {"the", "a", "an", "of", "in", "on", "at", "is", "are", "was", "and", "to", "for", "by", "did", "does", "when", "what", "how"}


def _words(text):
    out = set()
    for word in re.findall(r"[a-z]+|\d+(?:\.\d+)?", text.lower()):
        if word in _STOP:
            continue
        out.add(re.sub(r"(ed|s)$", "", word) if not word[0].isdigit() and len(word) > 4 else word)
    return out


def stand_in_probabilities(premise, hypothesis):
    """Entailment when every content word of the hypothesis is in the premise;
    contradiction when only its numbers differ from the premise's; neutral otherwise."""
    p, h = _words(premise), _words(hypothesis)
    numbers = {w for w in h if w[0].isdigit()}
    others = h - numbers
    if h and h <= p:
        return {"entailment": 0.9, "neutral": 0.08, "contradiction": 0.02}
    premise_numbers = {w for w in p if w[0].isdigit()}
    if numbers and premise_numbers and others and others <= p and not numbers <= p:
        return {"entailment": 0.03, "neutral": 0.12, "contradiction": 0.85}
    return {"entailment": 0.1, "neutral": 0.8, "contradiction": 0.1}


class StandIn:
    """A predict(pairs) callable that records the size of every batch it is given."""

    def __init__(self):
        self.calls = []

    def __call__(self, pairs):
        self.calls.append(list(pairs))
        return [stand_in_probabilities(p, h) for p, h in pairs]


def stand_in_predict(pairs):
    return [stand_in_probabilities(p, h) for p, h in pairs]


SOURCES = [
    {"id": "S1", "text": "The Marrow Bridge opened in 1932. It carries eight lanes of traffic.\n\nTolls are charged southbound only."},
    {"id": "S2", "text": "The toll is 4 dollars for cars. Trucks pay 9 dollars."},
]


def request(key, claim, question="", sources=SOURCES):
    return {"key": key, "question": question, "claim": claim, "sources": sources}


class Sentences(unittest.TestCase):
    def test_spans_are_exact_slices_split_at_sentence_ends_and_paragraphs(self):
        text = SOURCES[0]["text"]
        self.assertEqual([text[s:e] for s, e in nli_judge.sentence_spans(text)],
                         ["The Marrow Bridge opened in 1932.", "It carries eight lanes of traffic.", "Tolls are charged southbound only."])

    def test_decimals_and_abbreviations_do_not_end_a_sentence(self):
        text = "The ratio is 3.5 times, e.g. after fees. Next one."
        self.assertEqual([text[s:e] for s, e in nli_judge.sentence_spans(text)], ["The ratio is 3.5 times, e.g. after fees.", "Next one."])

    def test_premises_are_sentences_and_windows_within_one_source(self):
        found = nli_judge.premises(SOURCES, window=2)
        s1 = [p["text"] for p in found if p["source_id"] == "S1"]
        self.assertEqual(len(s1), 3 + 2)
        self.assertIn("The Marrow Bridge opened in 1932. It carries eight lanes of traffic.", s1)
        self.assertFalse(any("Trucks" in t for t in s1))
        self.assertEqual(len(nli_judge.premises(SOURCES, window=1)), 3 + 2)

    def test_a_fragment_answer_is_also_read_with_its_question(self):
        self.assertEqual(nli_judge.hypotheses("When did it open?", "In 1932.", 4), ["In 1932.", "When did it open? In 1932."])
        self.assertEqual(nli_judge.hypotheses("When did it open?", "The Marrow Bridge opened in 1932.", 4), ["The Marrow Bridge opened in 1932."])
        self.assertEqual(nli_judge.hypotheses("", "In 1932.", 4), ["In 1932."])


class Verdicts(unittest.TestCase):
    def judge(self, *requests, **options):
        return nli_judge.judge_requests(list(requests), StandIn(), nli_judge.Options(**options))

    def test_entailment_is_supported_with_the_sentence_as_evidence(self):
        [v] = self.judge(request("a", "Trucks pay 9 dollars."))
        self.assertEqual(v["verdict"], "supported")
        self.assertEqual(v["source_id"], "S2")
        self.assertEqual(v["evidence"], "Trucks pay 9 dollars.")
        self.assertAlmostEqual(v["confidence"], 0.9)
        self.assertIn("S2 entails", v["reason"])

    def test_contradiction_is_contradicted_with_the_sentence_that_says_otherwise(self):
        [v] = self.judge(request("b", "The Marrow Bridge opened in 1950."))
        self.assertEqual((v["verdict"], v["source_id"], v["evidence"]), ("contradicted", "S1", "The Marrow Bridge opened in 1932."))
        self.assertAlmostEqual(v["confidence"], 0.85)

    def test_neutral_everywhere_is_unsupported(self):
        [v] = self.judge(request("c", "The bridge was designed by a Dutch engineer."))
        self.assertEqual(v["verdict"], "unsupported")
        self.assertNotIn("evidence", v)
        self.assertAlmostEqual(v["confidence"], 0.9)
        self.assertIn("best entailment 0.10", v["reason"])

    def test_a_claim_joining_two_sentences_is_entailed_by_their_window(self):
        claim = "The Marrow Bridge opened in 1932 and carries eight lanes of traffic."
        [v] = self.judge(request("d", claim))
        self.assertEqual(v["verdict"], "supported")
        self.assertEqual(v["evidence"], "The Marrow Bridge opened in 1932. It carries eight lanes of traffic.")
        [alone] = self.judge(request("d", claim), window=1)
        self.assertEqual(alone["verdict"], "unsupported")

    def test_entailment_wins_over_a_weaker_contradiction(self):
        sources = [{"id": "S1", "text": "Trucks pay 9 dollars."}, {"id": "S2", "text": "Trucks pay 12 dollars."}]
        [v] = self.judge(request("e", "Trucks pay 9 dollars.", sources=sources))
        self.assertEqual((v["verdict"], v["source_id"]), ("supported", "S1"))

    def test_thresholds_decide_what_counts(self):
        [v] = self.judge(request("f", "Trucks pay 9 dollars."), entail_threshold=0.95)
        self.assertEqual(v["verdict"], "unsupported")

    def test_a_short_answer_is_judged_with_the_question(self):
        [v] = self.judge(request("g", "1932.", question="When did the Marrow Bridge open?"))
        self.assertEqual((v["verdict"], v["evidence"]), ("supported", "The Marrow Bridge opened in 1932."))
        [wrong] = self.judge(request("h", "1950.", question="When did the Marrow Bridge open?"))
        self.assertEqual(wrong["verdict"], "contradicted")

    def test_question_words_never_take_support_away_from_a_short_claim(self):
        # "much" is in the question, not the sources: the claim alone is still entailed.
        [v] = self.judge(request("j", "Trucks pay 9 dollars.", question="How much do trucks pay?"))
        self.assertEqual((v["verdict"], v["evidence"]), ("supported", "Trucks pay 9 dollars."))

    def test_no_sources_is_unsupported(self):
        [v] = self.judge(request("i", "Anything at all.", sources=[]))
        self.assertEqual(v["verdict"], "unsupported")
        self.assertIn("no source text", v["reason"])


class Batching(unittest.TestCase):
    def test_pairs_go_to_the_model_in_batches_and_shared_pairs_once(self):
        predict = StandIn()
        requests = [request("a", "Trucks pay 9 dollars."), request("b", "Trucks pay 9 dollars."), request("c", "The toll is 4 dollars for cars.")]
        verdicts = nli_judge.judge_requests(requests, predict, nli_judge.Options(batch_size=4))
        self.assertEqual([v["key"] for v in verdicts], ["a", "b", "c"])
        self.assertEqual(verdicts[0]["verdict"], verdicts[1]["verdict"])
        sizes = [len(call) for call in predict.calls]
        self.assertTrue(all(size <= 4 for size in sizes), sizes)
        # 8 premises (5 in S1, 3 in S2) for each of two distinct hypotheses.
        self.assertEqual(sum(sizes), 16)
        self.assertEqual(len({pair for call in predict.calls for pair in call}), 16)

    def test_top_k_scores_only_the_premises_closest_in_words(self):
        predict = StandIn()
        [v] = nli_judge.judge_requests([request("a", "Trucks pay 9 dollars.")], predict, nli_judge.Options(top_k=2))
        self.assertEqual(sum(len(c) for c in predict.calls), 2)
        self.assertEqual(v["verdict"], "supported")

    def test_a_predictor_that_drops_results_is_an_error_not_a_verdict(self):
        with self.assertRaisesRegex(ValueError, "results for"):
            nli_judge.judge_requests([request("a", "Trucks pay 9 dollars.")], lambda pairs: pairs[:1], nli_judge.Options())
        with self.assertRaisesRegex(ValueError, "no contradiction"):
            nli_judge.judge_requests([request("a", "x")], lambda pairs: [{"entailment": 1, "neutral": 0}] * len(pairs), nli_judge.Options())


class MainLoop(unittest.TestCase):
    def run_lines(self, lines, argv=(), chunk=None):
        stdout, stderr = io.StringIO(), io.StringIO()
        options = nli_judge.Options(chunk_claims=chunk) if chunk else None
        if chunk:
            nli_judge.run(io.StringIO("".join(lines)), stdout, stderr, stand_in_predict, options)
        else:
            nli_judge.main(list(argv), predict=stand_in_predict, stdin=io.StringIO("".join(lines)), stdout=stdout, stderr=stderr)
        return [json.loads(l) for l in stdout.getvalue().splitlines()], stderr.getvalue()

    def test_answers_every_request_in_order_across_chunks(self):
        claims = ["Trucks pay 9 dollars.", "Trucks pay 10 dollars.", "Cars are free.", "Tolls are charged southbound only.", "It carries eight lanes of traffic."]
        out, err = self.run_lines([json.dumps(request(str(i), c)) + "\n" for i, c in enumerate(claims)], chunk=2)
        self.assertEqual(err, "")
        self.assertEqual([(v["key"], v["verdict"]) for v in out],
                         [("0", "supported"), ("1", "contradicted"), ("2", "unsupported"), ("3", "supported"), ("4", "supported")])

    def test_skips_lines_that_are_not_requests_and_says_so(self):
        lines = ["{not json\n", "\n", json.dumps({"claim": "no key"}) + "\n", json.dumps(request("ok", "Trucks pay 9 dollars.")) + "\n"]
        out, err = self.run_lines(lines)
        self.assertEqual([v["key"] for v in out], ["ok"])
        self.assertIn("stdin line 1 is not JSON", err)
        self.assertIn("stdin line 3 needs a string key", err)

    def test_flags_reach_the_options(self):
        claim = "The Marrow Bridge opened in 1932 and carries eight lanes of traffic."
        out, _ = self.run_lines([json.dumps(request("a", claim)) + "\n"], argv=["--window", "1"])
        self.assertEqual(out[0]["verdict"], "unsupported")
        out, _ = self.run_lines([json.dumps(request("a", "Trucks pay 9 dollars.")) + "\n"], argv=["--entail-threshold", "0.95"])
        self.assertEqual(out[0]["verdict"], "unsupported")

    def test_model_name_comes_from_the_flag_or_the_environment(self):
        self.assertEqual(nli_judge.parse_args([]).model, nli_judge.DEFAULT_MODEL)
        with mock.patch.dict(os.environ, {"FACTGATE_NLI_MODEL": "org/other-nli"}):
            self.assertEqual(nli_judge.parse_args([]).model, "org/other-nli")
            self.assertEqual(nli_judge.parse_args(["--model", "./local-model"]).model, "./local-model")


class ModelLoading(unittest.TestCase):
    def test_the_scoring_logic_never_imports_torch_or_transformers(self):
        nli_judge.judge_requests([request("a", "Trucks pay 9 dollars.")], stand_in_predict, nli_judge.Options())
        self.assertNotIn("torch", sys.modules)
        self.assertNotIn("transformers", sys.modules)

    def test_a_missing_package_names_the_install_line(self):
        # None in sys.modules makes the import fail as if the package were not installed.
        with mock.patch.dict(sys.modules, {"torch": None}):
            with self.assertRaises(SystemExit) as caught:
                nli_judge.build_predictor("any/model")
        message = str(caught.exception.code)
        self.assertIn("missing: torch", message)
        self.assertIn(nli_judge.INSTALL_LINE, message)
        self.assertIn("pip install", message)

    def test_label_names_of_common_nli_models_are_understood(self):
        self.assertEqual(nli_judge.label_indices({0: "contradiction", 1: "entailment", 2: "neutral"}),
                         {"contradiction": 0, "entailment": 1, "neutral": 2})
        self.assertEqual(nli_judge.label_indices({"0": "ENTAILMENT", "1": "NEUTRAL", "2": "CONTRADICTION"}),
                         {"entailment": 0, "neutral": 1, "contradiction": 2})
        self.assertEqual(nli_judge.label_indices({0: "entailment", 1: "not_entailment"}), {"entailment": 0, "neutral": 1})
        with self.assertRaisesRegex(SystemExit, "no entailment class"):
            nli_judge.label_indices({0: "POSITIVE", 1: "NEGATIVE"})


if __name__ == "__main__":
    unittest.main()
