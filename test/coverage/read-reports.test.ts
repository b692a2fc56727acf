import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_REPORT_BYTES, nodeFileSystem, readCoverageReport, readCoverageReports, type CoverageFileSystem } from '../../src/coverage/index.js';
import { configurationErrorAsync, fixturesDir } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'factgate-coverage-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading report files', () => {
  it('refuses a 200 MB file by its size, before reading it', async () => {
    const path = join(dir, 'huge.xml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    expect(statSync(path).size).toBeGreaterThan(DEFAULT_MAX_REPORT_BYTES);
    let chunksRead = 0;
    const counting: CoverageFileSystem = { ...nodeFileSystem, chunks: (p) => (chunksRead++, nodeFileSystem.chunks(p)) };
    const error = await configurationErrorAsync(() => readCoverageReport(path, {}, counting));
    expect(error.message).toContain('200.0 MiB, over the 100.0 MiB limit');
    expect(error.file).toBe(path);
    expect(chunksRead).toBe(0);
  });

  it('stops reading when a file grows past the cap while it is read', async () => {
    const lying: CoverageFileSystem = {
      size: () => 10,
      exists: () => false,
      async *chunks() {
        yield new TextEncoder().encode('<coverage>');
        for (let i = 0; i < 100; i++) yield new TextEncoder().encode(' '.repeat(1000));
      },
    };
    const error = await configurationErrorAsync(() => readCoverageReport('grows.xml', { maxBytes: 5000 }, lying));
    expect(error.message).toContain('over the');
  });

  it('reads a real report in chunks with the configured cap', async () => {
    const path = join(fixturesDir, 'CharafeddineMechalikh__PureEdgeSim__jacoco.xml');
    const report = await readCoverageReport(path, { maxBytes: 1024 * 1024 });
    expect(report.format).toBe('jacoco');
    await expect(readCoverageReport(path, { maxBytes: 1000 })).rejects.toThrow('over the');
  });

  it('reports a missing file and an empty list of reports as configuration errors', async () => {
    expect((await configurationErrorAsync(() => readCoverageReports([join(dir, 'nope.xml')]))).message).toContain('does not exist');
    expect((await configurationErrorAsync(() => readCoverageReports([]))).message).toContain('no coverage report');
  });

  it('refuses bytes that are not UTF-8, and reads a declared Latin-1 file', async () => {
    const bad = join(dir, 'bad.info');
    writeFileSync(bad, Buffer.concat([Buffer.from('SF:a'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('.c\nDA:1,1\nend_of_record\n')]));
    expect((await configurationErrorAsync(() => readCoverageReport(bad))).message).toContain('not valid utf-8');
    const latin = join(dir, 'latin.xml');
    writeFileSync(
      latin,
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<coverage><packages><package><classes><class filename="caf\xe9.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>\n', 'latin1'),
    );
    expect([...(await readCoverageReport(latin)).files.keys()]).toEqual(['café.py']);
  });

  it('reads a UTF-16 report with a byte order mark', async () => {
    const path = join(dir, 'utf16.info');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SF:a.c\nDA:1,1\nDA:2,0\nend_of_record\n', 'utf16le')]));
    const report = await readCoverageReport(path);
    expect([...report.files.get('a.c')!.lines]).toEqual([[1, 1], [2, 0]]);
  });

  it('refuses a truncated file on disk and says where it ends', async () => {
    const path = join(dir, 'cut.xml');
    writeFileSync(path, '<?xml version="1.0"?>\n<coverage>\n<packages>\n<package name="p">\n<classes>\n<class filename="a.py"><lines>\n<line number="1" hits="1"/>\n<line numb');
    const error = await configurationErrorAsync(() => readCoverageReport(path));
    expect(error.message).toContain('truncated');
    expect(error.place).toBe('line 8, column 1');
  });
});
