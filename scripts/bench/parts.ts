/**
 * Where the highlight pass's time goes: maps a profile sample's place in the shipped
 * (minified) content script to its source module through the build's source map, and
 * the module to a part of the pass (start-up and messaging, loading the matcher, reading
 * the page, sieve, scan, rules, drawing).
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../lib/paths';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import type { Locate } from './trace';

/** The parts, in the order the pass meets them. */
export const PARTS = ['start-up and messaging', 'load matcher', 'read page', 'sieve', 'scan', 'rules and selection', 'draw', 'other'] as const;
export type Part = (typeof PARTS)[number];

const MODULE_PARTS: [RegExp, Part][] = [
  [/match\/(pack|create-matcher|prepare)\.ts$/, 'load matcher'],
  [/highlight\/collect\.ts$/, 'read page'],
  [/match\/sieve\.ts$/, 'sieve'],
  [/match\/(scan|automaton|candidates|boundary|char-class)\.ts$|shared\/fold\//, 'scan'],
  [/match\/(rules|select)\.ts$/, 'rules and selection'],
  [/highlight\/(highlighter|registry|paint-css|styles|schedule)\.ts$|shared\/highlight-look\.ts$/, 'draw'],
  [/webextension-polyfill|shared\/messaging\.ts$|content\/(index|start|ui|page-watch|navigate)\.ts$|shared\/settings\.ts$|hover\/|card\//, 'start-up and messaging'],
];

/** The part a source module belongs to. */
export function partOf(source: string): Part {
  return MODULE_PARTS.find(([re]) => re.test(source))?.[1] ?? 'other';
}

/** A `Locate` naming each place by its source module (relative to the repository, e.g. `src/content/match/scan.ts`). */
export async function locateBySourceMap(mapFile: string): Promise<Locate> {
  const consumer = new SourceMapConsumer(JSON.parse(await readFile(mapFile, 'utf8')) as RawSourceMap);
  const memo = new Map<string, string>();
  return (line, column, functionName) => {
    const key = `${line}:${column}`;
    let place = memo.get(key);
    if (place === undefined) {
      const source = consumer.originalPositionFor({ line: line + 1, column }).source;
      place = source ? relative(REPO_ROOT, resolve(dirname(mapFile), source)) : `(unmapped) ${functionName}`;
      memo.set(key, place);
    }
    return place;
  };
}
