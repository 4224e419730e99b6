// Reference token counts for the texts in ./texts, computed with js-tiktoken,
// a tokenizer independent of the jtokkit library that the Java code uses.
//
// The counts in reference.json were computed once and are checked in as test
// fixtures; the Java build never runs this script.
//
// How to rerun it (needs Node 18+ and the npm registry):
//   mkdir -p /tmp/tokref && cd /tmp/tokref
//   npm init -y && npm install js-tiktoken@1.0.21
//   node /path/to/src/test/resources/tokens/generate.mjs
// js-tiktoken is looked up in the *current working directory* (its
// node_modules), not next to this file, so that nothing has to be installed
// inside the repository. The texts are read from texts/ next to this file and
// the output is written to reference.json next to this file.
// Optional arguments: [textsDir] [outputFile].
//
// Counting rules:
//   - each file is read as raw bytes and decoded as strict UTF-8 (invalid
//     UTF-8 aborts; a BOM would be kept as U+FEFF, the texts have none);
//   - encode(text, allowedSpecial = [], disallowedSpecial = []), i.e. text that
//     looks like a special token (e.g. "<|endoftext|>") is tokenized as plain
//     text. That matches jtokkit's encodeOrdinary / countTokensOrdinary.

import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const textsDir = resolve(process.argv[2] ?? join(here, "texts"));
const outFile = resolve(process.argv[3] ?? join(here, "reference.json"));

// Resolve js-tiktoken from the current working directory.
const requireFromCwd = createRequire(join(process.cwd(), "noop.js"));
const { Tiktoken } = requireFromCwd("js-tiktoken/lite");
const ENCODINGS = {
  o200k_base: requireFromCwd("js-tiktoken/ranks/o200k_base"),
  cl100k_base: requireFromCwd("js-tiktoken/ranks/cl100k_base"),
};

function packageVersion() {
  let dir = dirname(requireFromCwd.resolve("js-tiktoken"));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.name === "js-tiktoken") return pkg.version;
    } catch {
      // no package.json here, keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find js-tiktoken's package.json");
    dir = parent;
  }
}

const encoders = Object.fromEntries(
  Object.entries(ENCODINGS).map(([name, ranks]) => [name, new Tiktoken(ranks)]),
);

// Ordinary encoding: no special token is recognised, none is an error.
const encodeOrdinary = (enc, text) => enc.encode(text, [], []);

// Sanity checks before writing anything.
for (const [name, enc] of Object.entries(encoders)) {
  const n = encodeOrdinary(enc, "hello world").length;
  if (n !== 2) throw new Error(`${name}: "hello world" gave ${n} tokens, expected 2`);
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const names = readdirSync(textsDir)
  .filter((n) => statSync(join(textsDir, n)).isFile())
  .sort();

const counts = {};
const files = {};
const specialAllowedCounts = {};
for (const name of names) {
  const bytes = readFileSync(join(textsDir, name));
  const text = utf8.decode(bytes);
  counts[name] = {};
  for (const [encName, enc] of Object.entries(encoders)) {
    const tokens = encodeOrdinary(enc, text);
    if (enc.decode(tokens) !== text) {
      throw new Error(`${name}/${encName}: decode(encode(text)) does not round-trip`);
    }
    counts[name][encName] = tokens.length;
  }
  files[name] = {
    bytes: bytes.length,
    codePoints: [...text].length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
  if (text.includes("<|")) {
    // Informational only: the count if special tokens WERE recognised.
    specialAllowedCounts[name] = Object.fromEntries(
      Object.entries(encoders).map(([encName, enc]) => [encName, enc.encode(text, "all").length]),
    );
  }
}

const reference = {
  generator: `js-tiktoken@${packageVersion()} (lite Tiktoken + bundled ranks o200k_base, cl100k_base), node ${process.version}`,
  notes: [
    "Each count is the number of tokens of the file's exact bytes decoded as strict UTF-8 (no BOM, LF line endings, no normalisation).",
    "Counted with encode(text, allowedSpecial=[], disallowedSpecial=[]): special-token-looking text such as <|endoftext|> is tokenized as ordinary text, which is what jtokkit's encodeOrdinary/countTokensOrdinary does.",
    "specialAllowedCounts (informational, not for jtokkit's ordinary API) gives, for files containing '<|', the count with allowedSpecial='all', where each recognised special token counts as 1 token.",
    "files gives each text's byte length, code point count and SHA-256, so a test can detect a text altered by an editor or by git line-ending conversion.",
  ],
  counts,
  specialAllowedCounts,
  files,
};

writeFileSync(outFile, JSON.stringify(reference, null, 2) + "\n", "utf8");

// Print a table.
const encNames = Object.keys(encoders);
const w = Math.max(...names.map((n) => n.length), 4);
console.log(["file".padEnd(w), "bytes".padStart(6), ...encNames.map((e) => e.padStart(12))].join("  "));
for (const name of names) {
  console.log(
    [name.padEnd(w), String(files[name].bytes).padStart(6), ...encNames.map((e) => String(counts[name][e]).padStart(12))].join("  "),
  );
}
console.log(`\nwrote ${outFile}\n${reference.generator}`);
