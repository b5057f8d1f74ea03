#!/usr/bin/env python3
"""Checks that every quote in a Chronicle dataset appears verbatim in its source text.

    check-quotes.py DATASET.json SOURCE_FOLDER

Each document names its text with "file" (a file in SOURCE_FOLDER). Quotes from events and
figures must appear in that text, white space normalised (runs of spaces and line breaks
count as one space), and be 40 to 700 characters long (long enough for a whole sentence
of the article). Exits 0 when all do, 1 otherwise, and 77 (skipped, for meson) when
SOURCE_FOLDER does not exist.
"""
import json
import os
import re
import sys


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    dataset_path, folder = sys.argv[1], sys.argv[2]
    if not os.path.isdir(folder):
        print(f"skip: {folder} does not exist")
        return 77

    with open(dataset_path, encoding="utf-8") as f:
        dataset = json.load(f)

    texts = {}
    problems = []
    for doc in dataset.get("documents", []):
        name = doc.get("file")
        if name is None:
            problems.append(f'documents "{doc.get("id")}": no "file" to check quotes against')
            continue
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as f:
                texts[doc["id"]] = normalise(f.read())
        except OSError as e:
            problems.append(f'documents "{doc["id"]}": {e}')

    checked = 0
    cited = set()

    def check(place, source):
        nonlocal checked
        doc, quote = source.get("document"), source.get("quote")
        if quote is None:
            problems.append(f"{place}: a source of {doc} has no quote")
            return
        checked += 1
        cited.add(doc)
        q = normalise(quote)
        if not 40 <= len(q) <= 700:
            problems.append(f"{place}: quote is {len(q)} characters long (40 to 700): {q[:60]}…")
        if doc in texts and q not in texts[doc]:
            problems.append(f"{place}: not found verbatim in {doc}: {q[:80]}…")

    for i, event in enumerate(dataset.get("events", [])):
        sources = event.get("sources", [])
        if not sources:
            problems.append(f'events[{i}] "{event.get("id")}": no source')
        for source in sources:
            check(f'events[{i}] "{event.get("id")}"', source)
    for i, figure in enumerate(dataset.get("figures", [])):
        for source in figure.get("sources", []):
            check(f'figures[{i}] "{figure.get("id")}"', source)

    for doc in texts:
        if doc not in cited:
            problems.append(f'documents "{doc}": never cited')

    for p in problems:
        print(f"{dataset_path}: {p}")
    print(f"{checked} quotes checked against {len(texts)} texts: "
          f"{'all verbatim' if not problems else str(len(problems)) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
