import { describe, expect, it } from 'vitest';
import { parseCoverage } from '../../src/coverage/index.js';
import { countFiles } from '../../src/coverage/summary.js';
import { configurationError } from './support.js';

const cobertura = (body: string, root = '<coverage line-rate="1" version="7">') =>
  `<?xml version="1.0" ?>\n${root}\n<sources><source>/r</source></sources>\n<packages><package name="p"><classes>\n${body}\n</classes></package></packages>\n</coverage>\n`;
const oneClass = (lines: string, attributes = 'filename="a.py"') =>
  `<class name="a" ${attributes}><methods/><lines>\n${lines}\n</lines></class>`;

describe('XML safety', () => {
  it('refuses billion laughs before expanding anything', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE coverage [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<coverage><packages><package><classes><class filename="&lol9;"/></classes></package></packages></coverage>`;
    const error = configurationError(() => parseCoverage(laughs, 'laughs.xml'));
    expect(error.message).toContain('internal subset');
    expect(error.file).toBe('laughs.xml');
    expect(error.place).toBe('line 2, column 1');
  });

  it('refuses a large entity referenced many times', () => {
    const big = 'x'.repeat(100_000);
    const text = `<!DOCTYPE coverage [<!ENTITY big "${big}">]>\n<coverage>${'&big;'.repeat(10_000)}</coverage>`;
    expect(configurationError(() => parseCoverage(text, 'big.xml')).message).toContain('internal subset');
  });

  it('never expands an entity it was not told about, even without a DOCTYPE', () => {
    const text = cobertura(oneClass('<line number="1" hits="1"/>', 'filename="&xxe;"'));
    const error = configurationError(() => parseCoverage(text, 'e.xml'));
    expect(error.message).toContain('&xxe;');
    expect(error.message).toContain('not expanded');
  });

  it('never reads an external entity (/etc/passwd)', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${cobertura(oneClass('<line number="1" hits="1"/>', 'filename="&xxe;"'), '<coverage>').replace('<?xml version="1.0" ?>\n', '')}`;
    const error = configurationError(() => parseCoverage(text, 'xxe.xml'));
    expect(error.message).not.toContain('root:');
    expect(error.message).toContain('internal subset');
  });

  it('accepts an external DTD reference without fetching it, as producers write one', () => {
    const text = cobertura(oneClass('<line number="1" hits="1"/>')).replace(
      '<coverage',
      '<!DOCTYPE coverage SYSTEM "file:///etc/passwd">\n<coverage',
    );
    const report = parseCoverage(text, 'dtd.xml');
    expect(JSON.stringify([...report.files.keys()])).not.toContain('root:');
    expect(countFiles(report.files.values()).lines).toEqual({ covered: 1, total: 1 });
  });

  it('decodes 1,000,000 character references in bounded space (never longer than the input)', () => {
    const refs = '&#65;'.repeat(1_000_000);
    const report = parseCoverage(cobertura(oneClass('<line number="1" hits="2"/>')).replace('<source>/r</source>', `<source>${refs}</source>`), 'refs.xml');
    expect(report.sourceRoots).toHaveLength(1);
    // A source root longer than 4 KiB is cut, so the decoded text stays small.
    expect(report.sourceRoots[0]!.length).toBe(4096);
    expect(report.sourceRoots[0]!.startsWith('AAAA')).toBe(true);
  });

  it('refuses character references to non-characters', () => {
    const text = cobertura(oneClass('<line number="1" hits="1"/>', 'filename="a&#0;.py"'));
    expect(configurationError(() => parseCoverage(text, 'c.xml')).message).toContain('&#0;');
  });

  it('refuses 10,000-deep nesting at the cap', () => {
    const text = `<coverage><packages>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</packages></coverage>`;
    const error = configurationError(() => parseCoverage(text, 'deep.xml'));
    expect(error.message).toContain('nested deeper than 64');
    expect(error.place).toMatch(/^line 1, column \d+$/);
  });

  it('treats <__proto__> and <constructor> tags and attributes as plain names', () => {
    const text = cobertura(
      `<__proto__ polluted="yes"><constructor prototype="x"/></__proto__>` +
        oneClass('<line number="1" hits="1" __proto__="x" constructor="y"/><line number="2" hits="0"/>', 'filename="__proto__.py" __proto__="z"'),
    );
    const report = parseCoverage(text, 'proto.xml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect([...report.files.keys()]).toEqual(['__proto__.py']);
    expect(countFiles(report.files.values()).lines).toEqual({ covered: 1, total: 2 });
  });

  it.each([
    ['', 'empty'],
    ['   \n\t\n', 'empty'],
    ['\uFEFF', 'empty'],
    ['<?xml version="1.0"?>\n<!-- nothing -->\n', 'no root element'],
  ])('refuses an empty file %j instead of reading 0 %% coverage', (text, message) => {
    const error = configurationError(() => parseCoverage(text, 'empty.xml'));
    expect(error.message).toContain(message);
    expect(error.file).toBe('empty.xml');
  });

  it('refuses a truncated file and says where it ends', () => {
    const whole = cobertura(oneClass('<line number="1" hits="1"/>\n<line number="2" hits="1"/>'));
    for (const cut of [whole.indexOf('<line number="2"') + 5, whole.indexOf('</lines>'), whole.length - 12]) {
      const error = configurationError(() => parseCoverage(whole.slice(0, cut), 'cut.xml'));
      expect(error.message).toContain('truncated');
      expect(error.place).toMatch(/^line \d+, column \d+$/);
    }
  });

  it('names the line and column of a mismatched end tag', () => {
    const text = '<coverage>\n  <packages>\n  </package>\n</coverage>';
    const error = configurationError(() => parseCoverage(text, 'bad.xml'));
    expect(error.message).toContain('</package> where </packages> was expected');
    expect(error.place).toBe('line 3, column 3');
  });

  it('refuses a non-coverage root and names known other formats', () => {
    expect(configurationError(() => parseCoverage('<html><body/></html>', 'x.xml')).message).toContain('<html>, not a coverage report');
    expect(configurationError(() => parseCoverage('<CoverageSession/>', 'x.xml')).message).toContain('OpenCover');
    expect(configurationError(() => parseCoverage('<testsuites/>', 'x.xml')).message).toContain('JUnit');
  });

  it('refuses two DOCTYPEs', () => {
    const text = '<!DOCTYPE coverage SYSTEM "a.dtd">\n<!DOCTYPE coverage SYSTEM "b.dtd">\n<coverage/>';
    const error = configurationError(() => parseCoverage(text, 'two.xml'));
    expect(error.message).toContain('second DOCTYPE');
    expect(error.place).toBe('line 2, column 1');
  });

  it('refuses a second root, text after the root and an XML declaration in the middle', () => {
    expect(configurationError(() => parseCoverage(cobertura('') + '<coverage/>', 'x.xml')).message).toContain('second root');
    expect(configurationError(() => parseCoverage(cobertura('') + 'junk', 'x.xml')).message).toContain('text after the end');
    expect(configurationError(() => parseCoverage(cobertura('') + '<?xml version="1.0"?>', 'x.xml')).message).toContain('not at the start');
  });

  it('refuses duplicate attributes, unquoted values and a bare ampersand', () => {
    expect(configurationError(() => parseCoverage(cobertura(oneClass('<line number="1" number="2" hits="1"/>')), 'x.xml')).message).toContain('appears twice');
    expect(configurationError(() => parseCoverage(cobertura(oneClass('<line number=1 hits="1"/>')), 'x.xml')).message).toContain('malformed start tag <line>');
    expect(configurationError(() => parseCoverage(cobertura(oneClass('<line number="1" hits="1"/>', 'filename="a & b.py"')), 'x.xml')).message).toContain("bare '&'");
  });

  it('reads the same result whatever the chunk boundaries', async () => {
    const { createCoverageParser } = await import('../../src/coverage/index.js');
    const text = cobertura(
      oneClass('<line number="1" hits="3"/>\n<line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/>', 'filename="a&amp;b.py" title="&lt;x&gt;"') +
        '<!-- a comment with <tags> -->' +
        oneClass('<line number="7" hits="1"/>', "filename='c&#x2F;d.py'"),
    ).replace('<source>/r</source>', '<source><![CDATA[/r]]></source>');
    const whole = parseCoverage(text, 'x.xml');
    expect([...whole.files.keys()]).toEqual(['a&b.py', 'c/d.py']);
    for (const size of [1, 2, 3, 7, 64]) {
      const parser = createCoverageParser('x.xml');
      for (let i = 0; i < text.length; i += size) parser.write(text.slice(i, i + size));
      const report = parser.end();
      expect(report.sourceRoots).toEqual(['/r']);
      expect([...report.files.entries()]).toEqual([...whole.files.entries()]);
    }
  });
});
