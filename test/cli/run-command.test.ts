import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/validate-report.js';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const tmp = useTempDir();

const GOOD = 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].';
const INVENTED = 'Adults may take up to 8,000 mg of Zentrafen in 24 hours [S1].';

function writeSet(answers: Record<string, string>, extra: string[] = []): void {
  const ids = Object.keys(answers);
  tmp.write('golden/cases.json', JSON.stringify(ids.map((id) => goldenCase(id))));
  tmp.write('responses.jsonl', [...ids.map((id) => JSON.stringify({ id, answer: answers[id], latency_ms: 5 })), ...extra].join('\n') + '\n');
}

describe('factgate run', () => {
  it('passes, writes a valid report and Markdown, and exits 0', async () => {
    writeSet({ 'a-1': GOOD, 'a-2': GOOD });
    const result = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--report-json', 'out/report.json', '--report-md', 'out/report.md'], tmp.dir());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('factgate: PASSED');
    const report = validateReport(JSON.parse(readFileSync(join(tmp.dir(), 'out/report.json'), 'utf8')), 'report.json');
    expect(report.verdict.status).toBe('pass');
    expect(report.metrics.hallucinationRate).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
    expect(report.metrics.citationCoverage).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
    expect(report.cases[0]!.claims[0]).toMatchObject({ verdict: 'supported', citations: ['S1'], citationCovered: true });
    expect(report.cases[0]!.claims[0]!.evidence?.sourceId).toBe('S1');
    expect(readFileSync(join(tmp.dir(), 'out/report.md'), 'utf8')).toContain('factgate passed');
  });

  it('fails on an invented number with the breach, the case and the reason, and exits 1', async () => {
    writeSet({ 'a-1': GOOD, 'a-2': INVENTED });
    const result = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--report-json', 'r.json'], tmp.dir());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('factgate: FAILED');
    // The terminal wraps at 80 columns; read it as one line of words.
    expect(result.stdout.replace(/\n\s+/g, ' ')).toMatch(/max-hallucination-rate: Hallucination rate 50\.0% \(1\/2\) is above the maximum of 2\.0%/);
    expect(result.stdout).toContain('a-2 [medical]');
    // The failing claim's own text and the judge's reason, under its case.
    const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
    expect(report.cases[1].claims[0].text).toBe(INVENTED.replace(" [S1]", ""));
    // The failing claim and the judge's reason, under the case (wrapped to the terminal's width).
    const unwrapped = result.stdout.replace(/[ \t]*\n[ \t]*/g, ' ');
    expect(unwrapped).toContain(`a-2 [medical] contradicted: "${report.cases[1].claims[0].text}" (${report.cases[1].claims[0].reason})`);
    expect(report.cases[1].hallucinated).toBe(true);
    expect(report.cases[1].claims[0]).toMatchObject({ verdict: 'contradicted', hallucinated: true });
  });

  it('fails closed on missing and unknown responses, naming them', async () => {
    writeSet({ 'a-1': GOOD, 'a-2': GOOD }, [JSON.stringify({ id: 'zz-9', answer: GOOD })]);
    tmp.write('responses.jsonl', [JSON.stringify({ id: 'a-1', answer: GOOD }), JSON.stringify({ id: 'zz-9', answer: GOOD })].join('\n'));
    const result = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl'], tmp.dir());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('missing-responses: 1 case had no response: a-2.');
    expect(result.stdout).toContain('unknown-responses: 1 response had an id that is not in the golden set: zz-9.');
  });

  it('fails an answer to a case that expects an abstention, and passes a real abstention', async () => {
    tmp.write('golden/cases.json', JSON.stringify([goldenCase('ab-1', { expect: 'abstain' }), goldenCase('ab-2', { expect: 'abstain' })]));
    tmp.write('responses.jsonl', [
      JSON.stringify({ id: 'ab-1', answer: GOOD }),
      JSON.stringify({ id: 'ab-2', answer: "I don't know: the sources do not say." }),
    ].join('\n'));
    const result = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--report-json', 'r.json'], tmp.dir());
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
    expect(report.cases[0].hallucinated).toBe(true);
    expect(report.cases[0].hallucinationReasons[0]).toContain('should have declined');
    expect(report.cases[1]).toMatchObject({ status: 'abstained', hallucinated: false });
  });

  it.each([
    [['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--policy', 'strictest'], /unknown policy "strictest"/, /did you mean "strict"/],
    [['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--polcy', 'strict'], /Unknown option '--polcy'/, /did you mean --policy\?/],
    [['run', '--golden-set', 'nowhere', '--responses', 'responses.jsonl'], /nowhere: the golden set path does not exist/, /check the path/],
    [['run', '--golden-set', 'golden'], /no answers: factgate needs the application's responses/, /--responses FILE/],
    [['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--citation-pattern', '(['], /not a valid RE2 regular expression/, /regular expression/],
    [['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--judge-against', 'context'], /unknown judge-against "context"/, /did you mean "contexts"\? use one of: both, sources, contexts/],
    [['walk'], /unknown command "walk"/, /factgate --help/],
  ])('exits 2 with the place and the fix for %j', async (argv, message, fix) => {
    writeSet({ 'a-1': GOOD });
    const result = await runCli(argv, tmp.dir());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(fix);
  });

  it('writes nothing when the input is wrong', async () => {
    writeSet({ 'a-1': GOOD });
    tmp.write('responses.jsonl', '{"id": "a-1", "answer": "x"}\n{"id": "a-2", "answr": "y"}\n');
    const result = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--report-json', 'r.json', '--report-md', 'r.md'], tmp.dir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('responses.jsonl: line 2, column 15 (/answr): unknown key "answr" in the response');
    expect(result.stderr).toContain('did you mean "answer"?');
    expect(existsSync(join(tmp.dir(), 'r.json'))).toBe(false);
    expect(existsSync(join(tmp.dir(), 'r.md'))).toBe(false);
  });

  it('reads factgate.yml from the working directory, resolving its paths against its own folder', async () => {
    writeSet({ 'a-1': GOOD });
    tmp.write('factgate.yml', 'golden-set: golden\nresponses: responses.jsonl\npolicy:\n  extends: permissive\n  name: team\n  max-hallucination-rate: 10%\n');
    const result = await runCli(['run', '--report-json', 'r.json'], tmp.dir());
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
    expect(report.policy).toMatchObject({ name: 'team', extends: 'permissive', thresholds: { maxHallucinationRate: 0.1, minCitationCoverage: 0.75 } });
  });

  it('explains a typo in factgate.yml', async () => {
    writeSet({ 'a-1': GOOD });
    tmp.write('factgate.yml', 'golden-set: golden\nresponses: responses.jsonl\npolicy:\n  extends: strict\n  max-halucination-rate: 1%\n');
    const result = await runCli(['run'], tmp.dir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('factgate.yml: line 5, column 3 (/policy/max-halucination-rate): unknown key "max-halucination-rate"');
    expect(result.stderr).toContain('did you mean "max-hallucination-rate"?');
  });

  it('prints help and the version', async () => {
    const help = await runCli(['run', '--help'], tmp.dir());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--golden-set PATH');
    expect(help.stdout).toContain('Exit status: 0 the gate passed, 1 the gate failed, 2 the input or settings are wrong.');
    const version = await runCli(['--version'], tmp.dir());
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('reads coverage reports into the report and gates on line coverage, failing closed on an unreadable one', async () => {
    writeSet({ 'a-1': GOOD });
    const fixture = join(process.cwd(), 'test/fixtures/coverage/aconrad__pycobertura__tests__cobertura.xml');
    const ok = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--coverage', fixture, '--policy', 'permissive', '--report-json', 'r.json'], tmp.dir());
    const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
    expect(report.coverage.reports).toEqual([{ file: expect.stringContaining('cobertura.xml'), format: 'cobertura' }]);
    expect(report.coverage.lines.total).toBeGreaterThan(0);
    const lineRate = report.coverage.lines.covered / report.coverage.lines.total;
    expect(report.coverage.lines.rate).toBeCloseTo(lineRate, 12);
    expect(ok.code).toBe(lineRate >= 0.4 ? 0 : 1);

    tmp.write('broken.xml', '<?xml version="1.0"?>\n<coverage line-rate="0.5"><packages><package name="a">');
    const broken = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--coverage', 'broken.xml', '--policy', 'permissive'], tmp.dir());
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/missing-inputs: coverage: broken\.xml/);
  });
});
