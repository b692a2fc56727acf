import { stat } from 'node:fs/promises';
import { findGoldenSetFiles, loadGoldenSet } from '../golden/load-golden-set.js';
import type { GoldenCase, GoldenSet } from '../golden/types.js';
import { loadResponsesFile, matchResponses } from '../responses/file.js';
import { selectShard, type ShardSpec } from '../responses/shard.js';
import type { AppResponse, ResponseSet } from '../responses/types.js';

/** What the report says of the golden set; the cases themselves are not kept. */
export interface GoldenSetSummary {
  files: GoldenSet['files'];
  hash: string;
  caseCount: number;
}

/** The cases this run evaluates: all of the golden set, or one shard's (and the other shards' ids). */
export async function loadCases(
  inputs: readonly string[],
  cwd: string,
  shard: ShardSpec | null,
): Promise<{ goldenSet: GoldenSetSummary; cases: GoldenCase[]; otherShards: Set<string> }> {
  const loaded = await loadGoldenSet(inputs, cwd);
  const goldenSet = { files: loaded.files, hash: loaded.hash, caseCount: loaded.cases.length };
  if (!shard) return { goldenSet, cases: loaded.cases, otherShards: new Set() };
  const cases = selectShard(loaded.cases, shard);
  const mine = new Set(cases.map((c) => c.id));
  return { goldenSet, cases, otherShards: new Set(loaded.cases.filter((c) => !mine.has(c.id)).map((c) => c.id)) };
}

/** A responses file matched with the cases; other shards' answers are theirs, not unknown ids. */
export async function loadMatchedResponses(path: string, cwd: string, cases: readonly GoldenCase[], otherShards: ReadonlySet<string>): Promise<ResponseSet> {
  let responses: AppResponse[] = await loadResponsesFile(path, cwd);
  if (otherShards.size > 0) responses = responses.filter((r) => !otherShards.has(r.id));
  return matchResponses(cases, responses);
}

/** The golden set's size on disk: how much work a run is, before anything is parsed. */
export async function goldenSetBytes(inputs: readonly string[], cwd: string): Promise<number> {
  const sizes = await Promise.all((await findGoldenSetFiles(inputs, cwd)).map(async (file) => (await stat(file)).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}
