/**
 * JSON placed inside `<script type="application/json">`. The HTML parser ends a script at
 * `</script` and treats `<!--` specially, whatever JSON says about strings; `<` can only occur
 * inside JSON strings, where `\u003c` means the same character, so replacing every `<` makes
 * any text safe there. U+2028 and U+2029 are escaped too, so the block stays valid
 * JavaScript for any tool that reads it as such.
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
