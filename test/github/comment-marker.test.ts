import { describe, expect, it } from 'vitest';
import { commentBody, commentMarker, compareStamps, readCommentMarker } from '../../src/github/comment-marker.js';
import { parseGateId } from '../../src/settings/gate-id.js';
import { resolveGitHubSettings } from '../../src/settings/github-settings.js';
import { ConfigurationError } from '../../src/shared/errors.js';

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

describe('the comment marker', () => {
  it('reads back the commit and the run it records', () => {
    const stamp = { headSha: SHA, runId: 12_345_678_901, runAttempt: 3 };
    const body = commentBody('rag-eval', stamp, '### factgate passed');
    expect(body.split('\n')[0]).toBe(`<!-- factgate:rag-eval sha=${SHA} run=12345678901.3 -->`);
    expect(readCommentMarker(body, 'rag-eval')).toEqual(stamp);
    expect(readCommentMarker(body, 'factgate')).toBeNull();
  });

  it('reads a marker from before runs were recorded as the earliest writer', () => {
    const legacy = readCommentMarker('<!-- factgate:factgate -->\nold', 'factgate');
    expect(legacy).toEqual({ headSha: null, runId: null, runAttempt: null });
    expect(compareStamps({ headSha: SHA, runId: 1, runAttempt: 1 }, legacy!)).toBeGreaterThan(0);
  });

  it('finds the marker only on the first line, as written', () => {
    expect(readCommentMarker(`> <!-- factgate:factgate sha=${SHA} run=9.1 -->`, 'factgate')).toBeNull();
    expect(readCommentMarker(`text\n<!-- factgate:factgate -->`, 'factgate')).toBeNull();
    // Unreadable fields are ignored rather than trusted.
    expect(readCommentMarker('<!-- factgate:factgate sha=zz run=1.x -->', 'factgate')).toEqual({ headSha: null, runId: null, runAttempt: null });
  });

  it('orders writers by run id, then attempt', () => {
    const at = (runId: number, runAttempt: number) => ({ headSha: SHA, runId, runAttempt });
    expect(compareStamps(at(101, 1), at(100, 4))).toBeGreaterThan(0);
    expect(compareStamps(at(100, 2), at(100, 1))).toBeGreaterThan(0);
    expect(compareStamps(at(100, 1), at(100, 1))).toBe(0);
  });
});

describe('the gate id', () => {
  it('is one pattern for settings and the marker', () => {
    for (const id of ['factgate', 'rag-eval', 'a.b_c', 'x'.repeat(64)]) {
      expect(resolveGitHubSettings({ 'gate-id': id }, {}).gateId).toBe(id);
      expect(commentMarker(id)).toBe(`<!-- factgate:${id} -->`);
    }
    for (const id of ['rag--eval', 'rag-', '-rag', 'x'.repeat(65), 'a b', 'a>b', '']) {
      expect(() => resolveGitHubSettings({ 'gate-id': id }, {})).toThrow(ConfigurationError);
      expect(() => commentMarker(id)).toThrow(ConfigurationError);
    }
    expect(() => parseGateId('rag--eval', { place: 'gate-id' })).toThrow(/gate-id: the gate id "rag--eval" is not allowed\n {2}fix: use 1 to 64 letters/);
  });
});

describe('the GitHub-side settings', () => {
  it('reads publish-failure, warn by default, and names a wrong value', () => {
    expect(resolveGitHubSettings({}, {}).publishFailure).toBe('warn');
    expect(resolveGitHubSettings({ 'publish-failure': 'Fail' }, {}).publishFailure).toBe('fail');
    expect(() => resolveGitHubSettings({ 'publish-failure': 'ignore' }, {}, '--')).toThrow(/--publish-failure: publish-failure must be warn or fail, not "ignore"/);
  });

  it('accepts a login in the forms GitHub writes it and refuses anything else', () => {
    for (const login of ['github-actions[bot]', 'github-actions', 'octocat', 'user_emu']) {
      expect(resolveGitHubSettings({ 'comment-author': login }, {}).commentAuthor).toBe(login);
    }
    expect(() => resolveGitHubSettings({ 'comment-author': '@octocat' }, {})).toThrow(/comment-author: "@octocat" is not a GitHub login/);
  });
});
