import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner } from '../../src/coverage/xml-scanner.js';
import { fixture, fixturesDir } from './support.js';

/**
 * The coverage XML scanner is hand-written for speed, so it is checked against saxes, a
 * conformant streaming XML parser: on every XML fixture and on a set of broken documents,
 * both must accept or refuse the same input and, when they accept, report the same
 * elements, attributes and text.
 */
type Event = string;

/** Scans `text` whole, or in pieces of `pieceSize` characters (as strings or, with `asBytes`, Latin-1 bytes). */
function withScanner(text: string, pieceSize = Infinity, asBytes = false): Event[] | 'refused' {
  const events: Event[] = [];
  const scanner = new XmlScanner(
    {
      open(name, attributes) {
        const pairs: string[] = [];
        for (let i = 0; i < attributes.count; i++) pairs.push(`${attributes.name(i)}=${attributes.value(i)}`);
        events.push(`<${name} ${pairs.join(' ')}>`);
        return true;
      },
      text(t) {
        events.push(`text:${t}`);
      },
      close(name) {
        events.push(`</${name}>`);
      },
    },
    { fileName: 'x.xml', maxDepth: 10_000 },
  );
  try {
    const body = text.replace(/^\uFEFF/, '');
    if (pieceSize === Infinity) scanner.write(body);
    for (let at = 0; at < body.length && pieceSize !== Infinity; at += pieceSize) {
      const piece = body.slice(at, at + pieceSize);
      scanner.write(asBytes ? Buffer.from(piece, 'latin1') : piece);
    }
    scanner.end();
  } catch {
    return 'refused';
  }
  return mergeText(events);
}

function withSaxes(text: string): Event[] | 'refused' {
  const events: Event[] = [];
  const parser = new SaxesParser();
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    events.push(`<${tag.name} ${Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(' ')}>`);
  });
  parser.on('text', (t) => events.push(`text:${t}`));
  parser.on('cdata', (t) => events.push(`text:${t}`));
  parser.on('closetag', (tag) => events.push(`</${tag.name}>`));
  try {
    parser.write(text.replace(/^\uFEFF/, ''));
    parser.close();
  } catch {
    return 'refused';
  }
  return failed ? 'refused' : mergeText(events);
}

/** Text may arrive in pieces; whitespace outside the root is not reported by the scanner. */
function mergeText(events: Event[]): Event[] {
  const merged: Event[] = [];
  for (const event of events) {
    const last = merged[merged.length - 1];
    if (event.startsWith('text:') && last?.startsWith('text:')) merged[merged.length - 1] = last + event.slice(5);
    else merged.push(event);
  }
  // saxes reports whitespace before the root and between tags alike; keep only text inside elements.
  let depth = 0;
  return merged.filter((event) => {
    if (event.startsWith('</')) depth--;
    else if (event.startsWith('<')) depth++;
    return !event.startsWith('text:') || depth > 0;
  });
}

const xmlFixtures = [
  ...readdirSync(fixturesDir).filter((n) => n.endsWith('.xml')),
  ...readdirSync(join(fixturesDir, 'invalid')).map((n) => `invalid/${n}`),
];

describe('the XML scanner agrees with saxes', () => {
  it.each(xmlFixtures)('%s', (name) => {
    const text = fixture(name);
    expect(withScanner(text)).toEqual(withSaxes(text));
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['unclosed root', '<a><b/>'],
    ['junk after root', '<a/>x'],
    ['two roots', '<a/><b/>'],
    ['attribute without quotes', '<a x=1/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['< in a value', '<a x="<"/>'],
    ['bare &', '<a>&</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['predefined entities and references', '<a x="&lt;&amp;&#65;&#x42;">&gt;&quot;&apos;</a>'],
    ['comment and processing instruction', '<?xml version="1.0"?><!-- c --><?pi data?><a><!-- in --><?p?>t</a><!-- after -->'],
    ['CDATA', '<a><![CDATA[<not a tag> & ]]></a>'],
    ['single quotes and spaces around =', "<a  x = 'v' y\n=\n\"w\" />"],
    ['end tag with space', '<a></a >'],
    ['text before root', 'x<a/>'],
    ['empty', ''],
    ['declaration later', '<a/><?xml version="1.0"?>'],
    ['no space between attributes', '<a x="1"y="2"/>'],
    ['names with dots, dashes, colons', '<a:b c-d.e="1"><f_g/></a:b>'],
    ['line ends and tabs in values and text', '<a x="1\r\n2\t3&#10;4">x\r\ny\rz</a>'],
    ['Latin-1 characters', '<a x="é">ü</a>'],
    ['characters beyond Latin-1', '<répertoire nom="日本語 €">😀 &#x1F600; ok</répertoire>'],
    ['characters beyond Latin-1, then a broken tag', '<a x="€"><b></a>'],
  ])('%s', (_, text) => {
    expect(withScanner(text)).toEqual(withSaxes(text));
  });

  // Reports arrive in chunks that may split any tag, reference or line end; ASCII chunks
  // come as bytes and a chunk with other characters as a string, in any mix.
  const pieces = '<?xml version="1.0"?>\n<coverage a="1" b=\'&lt;x&gt;\'>\r\n<!-- c --><s>/src &amp; 日本</s><line number="12" hits="0"/>\n<t><![CDATA[x]]>é€</t></coverage>\n';
  it.each([1, 2, 3, 5, 8, 13])('the same events when the document arrives in pieces of %i characters', (size) => {
    const whole = withScanner(pieces);
    expect(whole).toEqual(withSaxes(pieces));
    expect(withScanner(pieces, size)).toEqual(whole);
    const ascii = pieces.replace(/[^\x00-\x7f]/g, 'x');
    expect(withScanner(ascii, size, true)).toEqual(withScanner(ascii));
  });
});
