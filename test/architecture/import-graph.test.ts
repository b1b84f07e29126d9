/**
 * The structure the code must keep (docs/ARCHITECTURE.md): layers import downwards only, modules
 * use each other through their index.ts, and no import cycle runs through values.
 *
 *   server/  -> app/, modules/, policy/, shared/, db/, config/   (composition root and transport)
 *   modules/ -> app/, policy/, shared/, db/, other modules' index.ts
 *   app/     -> policy/, shared/, db/ (the kernel: context, roles, pipeline, idempotency, outbox)
 *   policy/  -> shared/                (a pure engine: imports no module)
 *   shared/  -> nothing of ours
 *
 * The graph is read with the TypeScript compiler from src/; `import type` edges are kept for the
 * layer and surface rules, and left out of the cycle rule (type-only references between entities
 * are how relations are declared).
 *
 * A ratchet while the restructuring of issue 14 is under way: the violations the code had when this
 * test was written are listed in import-graph.baseline.json. A new violation fails the test; so does
 * a listed one that is gone (take it off the list, so it cannot come back). The list only shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import baseline from './import-graph.baseline.json';

const SRC = resolve(__dirname, '../../src');

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

function isTypeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function importGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
      const target = resolveImport(file, (statement.moduleSpecifier as ts.StringLiteral).text);
      if (target?.startsWith(SRC)) edges.push({ from: rel(file), to: rel(target), typeOnly: isTypeOnly(statement) });
    }
  }
  return edges;
}

const rel = (file: string) => relative(SRC, file).split('\\').join('/');
/** The layer of a file: the first folder under src/ (main.ts is the composition root). */
const layerOf = (file: string) => (file.includes('/') ? file.split('/')[0] : 'server');
/** The module (business area) of a file under modules/, else null. */
const moduleOf = (file: string) => (file.startsWith('modules/') ? file.split('/')[1] : null);

/** Which layers each layer may import. */
const ALLOWED: Record<string, readonly string[]> = {
  cli: ['cli', 'server', 'app', 'modules', 'policy', 'shared', 'db', 'config'],
  server: ['server', 'app', 'modules', 'policy', 'shared', 'db', 'config'],
  db: ['db', 'app', 'modules', 'shared', 'config'],
  modules: ['modules', 'app', 'policy', 'shared', 'db', 'config'],
  app: ['app', 'policy', 'shared', 'config'],
  policy: ['policy', 'shared'],
  config: ['config', 'shared'],
  shared: ['shared'],
};

const graph = importGraph();

/** Compares what a rule finds with the baseline: nothing new, nothing fixed but still listed. */
function expectNoChangeFromBaseline(rule: keyof typeof baseline, found: string[]): void {
  const known = new Set<string>(baseline[rule]);
  const now = new Set(found);
  expect({ new: [...now].filter((item) => !known.has(item)).sort(), fixedButStillListed: [...known].filter((item) => !now.has(item)).sort() }).toEqual({
    new: [],
    fixedButStillListed: [],
  });
}

it('reads the source tree', () => {
  expect(graph.length).toBeGreaterThan(200);
  expect([...new Set(graph.map((edge) => layerOf(edge.from)))].filter((layer) => !(layer in ALLOWED))).toEqual([]);
});

it('imports downwards only: server on top, then modules, the app kernel, the policy engine, shared', () => {
  const upwards = graph
    .filter((edge) => !(ALLOWED[layerOf(edge.from)] ?? []).includes(layerOf(edge.to)))
    .map((edge) => `${edge.from} -> ${edge.to}`);
  expectNoChangeFromBaseline('upwards', upwards);
});

it('lets modules use each other only through their index.ts', () => {
  const internals = graph
    .filter((edge) => {
      const from = moduleOf(edge.from);
      const to = moduleOf(edge.to);
      return to !== null && from !== to && edge.to !== `modules/${to}/index.ts`;
    })
    .map((edge) => `${edge.from} -> ${edge.to}`);
  expectNoChangeFromBaseline('internals', internals);
});

it('has no import cycle through values', () => {
  const next = new Map<string, string[]>();
  for (const edge of graph.filter((candidate) => !candidate.typeOnly)) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  // Tarjan's strongly connected components: any component of more than one file is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const file of new Set(graph.map((edge) => edge.from))) if (!index.has(file)) visit(file);
  expectNoChangeFromBaseline('cycles', cycles.map((cycle) => cycle.join(' | ')));
});
