import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const tmp = useTempDir();
const schema = { fileName: 'junit-10.xsd', contents: readFileSync(new URL('./fixtures/junit-10.xsd', import.meta.url), 'utf8') };

const GOOD = 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].';
const INVENTED = 'Adults may take up to 8,000 mg of Zentrafen in 24 hours [S1].';

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'junit.xml', contents: xml }, schema });
  return result.errors.map((e) => e.rawMessage);
}

/** A run with a passing, a hallucinated, a failed, a missing case and one in another category. */
async function junitOfMixedRun(extraAnswer = ''): Promise<{ xml: string; code: number; stdout: string }> {
  tmp.write('golden/cases.json', JSON.stringify([goldenCase('ok-1'), goldenCase('bad-1'), goldenCase('err-1'), goldenCase('gone-1'), goldenCase('law-1', { category: 'legal' })]));
  tmp.write(
    'responses.jsonl',
    [
      { id: 'ok-1', answer: GOOD, latency_ms: 12 },
      { id: 'bad-1', answer: INVENTED + extraAnswer, latency_ms: 30 },
      { id: 'err-1', answer: '', error: 'model timed out <upstream & co>' },
      { id: 'law-1', answer: GOOD },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
  const result = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--report-junit', 'out/junit.xml'], tmp.dir());
  return { xml: readFileSync(join(tmp.dir(), 'out/junit.xml'), 'utf8'), code: result.code, stdout: result.stdout };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

describe('JUnit XML (report-junit)', () => {
  it('is valid against the JUnit schema Jenkins reads, and the run says where it went', async () => {
    const { xml, code, stdout } = await junitOfMixedRun();
    expect(code).toBe(1);
    expect(await xsdErrors(xml)).toEqual([]);
    expect(stdout).toContain(`Reports: ${join('.factgate', 'report.json')}, ${join('out', 'junit.xml')}`);
  });

  it('has one test case per golden case, classname = category, with failures, errors and the gate', async () => {
    const { xml } = await junitOfMixedRun();
    const doc = parser.parse(xml);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; errors: string; testcase: Record<string, any>[] }[];
    expect(suites.map((s) => [s.name, s.tests, s.failures, s.errors])).toEqual([
      ['medical', '4', '1', '2'],
      ['legal', '1', '0', '0'],
      ['factgate gate', '1', '1', '0'],
    ]);
    expect(doc.testsuites).toMatchObject({ tests: '6', failures: '2', errors: '2' });
    const byName = Object.fromEntries(suites.flatMap((s) => s.testcase).map((t) => [t.name, t]));
    expect(byName['ok-1']).toMatchObject({ classname: 'medical', time: '0.012' });
    expect(byName['ok-1'].failure).toBeUndefined();
    expect(byName['law-1'].classname).toBe('legal');

    const failure = byName['bad-1'].failure;
    expect(failure.type).toBe('hallucination');
    expect(failure['#text']).toContain('claim: Adults may take up to 8,000 mg of Zentrafen in 24 hours.');
    expect(failure['#text']).toContain('verdict: contradicted');
    expect(failure['#text']).toMatch(/reason: number 8,000 mg is not in the sources/);
    expect(failure['#text']).toContain('evidence [S1]: Adults should not take more than 3,000 mg of Zentrafen in 24 hours.');

    expect(byName['err-1'].error).toMatchObject({ type: 'app-error', message: 'model timed out <upstream & co>' });
    expect(byName['gone-1'].error).toMatchObject({ type: 'missing-response' });
    expect(byName['verdict (policy standard)'].failure.message).toMatch(/^max-hallucination-rate: /);
  });

  it('stays valid XML when answers hold control characters, CDATA ends and markup', async () => {
    const { xml } = await junitOfMixedRun(' \u0001\u001b[31m ]]> <b>&amp;</b> \uFFFF');
    expect(await xsdErrors(xml)).toEqual([]);
    const bad = (parser.parse(xml).testsuites.testsuite[0].testcase as Record<string, any>[]).find((t) => t.name === 'bad-1')!;
    expect(bad.failure['#text']).toContain(']]> <b>&amp;</b>');
    expect(bad.failure['#text']).not.toContain('\u0001');
  });

  it('the schema check is live: a suite without its counts is rejected', async () => {
    expect(await xsdErrors('<testsuites><testsuite name="x"><testcase name="a"/></testsuite></testsuites>')).not.toEqual([]);
  });
});
