"""The baseline: spaCy alone (load + nlp.pipe) over the texts kg build analyzes. Prints JSON.

python benchmarks/bare_spacy.py CORPUS --jobs 2
"""

from __future__ import annotations

import argparse
import json
import time

from kg.articles import Article, read_articles
from kg.nlp import DEFAULT_MODEL, load_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    # The same texts kg build parses (headline, blank line, body), read before the clock starts.
    texts = [a.text for a in read_articles([args.corpus]) if isinstance(a, Article)]
    started = time.perf_counter()
    nlp = load_model(args.model)
    tokens = 0
    kwargs = {"n_process": args.jobs} if args.jobs > 1 else {}
    for doc in nlp.pipe(texts, batch_size=args.batch_size, **kwargs):
        tokens += len(doc)
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    print(json.dumps({"articles": len(texts), "words": words, "tokens": tokens, "seconds": seconds,
                      "components": nlp.pipe_names}))


if __name__ == "__main__":
    main()
