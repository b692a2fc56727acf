// The import rules of src/ (see ARCHITECTURE.md): each folder may import only the folders
// listed for it, so data and dependencies point one way, down the pipeline. Any module may
// import the report's types (src/report/types.ts, the contract every stage writes to) and
// the presentation vocabulary (src/report/format.ts, one number format for every message);
// they import only types, so the cycle check below keeps them leaves.
// `node scripts/check-layering.mjs` prints every import that breaks a rule; the test suite
// runs the same check.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Imports of files outside src/ (package.json, the schemas) are not ruled on.
export const MAY_IMPORT = {
  shared: [],
  stats: ['shared'],
  golden: ['shared'],
  coverage: ['shared'],
  policy: ['stats', 'shared'],
  responses: ['golden', 'shared'],
  evaluate: ['golden', 'responses', 'stats', 'shared'],
  report: ['evaluate', 'golden', 'policy', 'responses', 'coverage', 'stats', 'shared'],
  drift: ['report', 'evaluate', 'policy', 'stats', 'shared'],
  settings: ['golden', 'responses', 'evaluate', 'coverage', 'policy', 'shared'],
  scaffold: ['policy', 'shared'],
  github: ['settings', 'report', 'drift', 'policy', 'coverage', 'shared'],
  pipeline: ['settings', 'golden', 'responses', 'evaluate', 'coverage', 'drift', 'policy', 'report', 'stats', 'shared'],
  cli: ['pipeline', 'github', 'scaffold', 'settings', 'golden', 'responses', 'evaluate', 'coverage', 'drift', 'policy', 'report', 'stats', 'shared'],
  action: ['pipeline', 'github', 'settings', 'golden', 'responses', 'evaluate', 'coverage', 'drift', 'policy', 'report', 'stats', 'shared'],
};

const CONTRACT = new Set(['report/types.ts', 'report/format.ts']);
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each module's relative imports inside src/ (type imports too: a type cycle is still a knot). */
function importGraph(src) {
  return new Map(
    sourceFiles(src).map((file) => [
      file,
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((match) => resolve(dirname(file), match[1] ?? match[2]).replace(/\.js$/, '.ts'))
        .filter((target) => !relative(src, target).startsWith('..')),
    ]),
  );
}

/** Groups of modules that import each other, directly or round a loop (Tarjan's strongly connected components). */
function cycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Every relative import of src/ that a rule forbids, and every import cycle between modules. */
export function layeringViolations(src) {
  const violations = [];
  const graph = importGraph(src);
  for (const component of cycles(graph)) {
    violations.push(`import cycle: ${component.map((file) => relative(src, file)).sort().join(', ')} (move the shared part to a leaf module)`);
  }
  for (const [file, targets] of graph) {
    const from = relative(src, file).split(sep);
    if (from.length < 2) continue;
    const folder = from[0];
    const allowed = MAY_IMPORT[folder];
    if (!allowed) {
      violations.push(`${relative(src, file)}: the folder ${folder}/ has no import rule (add it to MAY_IMPORT and ARCHITECTURE.md)`);
      continue;
    }
    for (const target of targets) {
      const to = relative(src, target);
      const toFolder = to.split(sep)[0];
      if (toFolder === folder || CONTRACT.has(to) || allowed.includes(toFolder)) continue;
      violations.push(`${relative(src, file)} → ${to} (${folder}/ may not import ${toFolder}/)`);
    }
  }
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const src = fileURLToPath(new URL('../src', import.meta.url));
  const violations = layeringViolations(src);
  for (const line of violations) console.log(line);
  console.log(violations.length === 0 ? 'every import points down the pipeline' : `${violations.length} imports break the layering`);
  process.exit(violations.length === 0 ? 0 : 1);
}
