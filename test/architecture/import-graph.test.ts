/**
 * The structure the code must keep (docs/ARCHITECTURE.md): layers import downwards only, modules
 * use each other through their index.ts, and no import cycle runs through values.
 *
 *   server/, cli/ -> everything below        (composition root and transport)
 *   modules/      -> app/, policy/, shared/, db/, config/, other modules' index.ts
 *   app/          -> policy/, shared/         (the kernel: context, roles, pipeline, idempotency)
 *   config/       -> app/, shared/
 *   policy/       -> shared/                  (a pure engine: imports no module)
 *   shared/       -> nothing of ours
 *
 * The graph is read with the TypeScript compiler from src/. `import type` edges count for the layer
 * and surface rules, and are left out of the cycle rule (type-only references between entities are
 * how relations are declared). A module's index.ts only re-exports; for the cycle rule an import of
 * it is an import of the files that define the names imported, so the graph shows what really
 * depends on what.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '../../src');

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
  /** The files whose values the import reaches: the target, or through an index.ts the files defining the names imported. */
  definers: string[];
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

/** What an index.ts re-exports: exported name -> the file that defines it. */
function reExports(indexFile: string): Map<string, string> {
  const names = new Map<string, string>();
  const source = ts.createSourceFile(indexFile, readFileSync(indexFile, 'utf8'), ts.ScriptTarget.Latest);
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    const target = resolveImport(indexFile, (statement.moduleSpecifier as ts.StringLiteral).text);
    if (target) for (const element of statement.exportClause.elements) names.set(element.name.text, target);
  }
  return names;
}

function importGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
      const target = resolveImport(file, (statement.moduleSpecifier as ts.StringLiteral).text);
      if (!target?.startsWith(SRC)) continue;
      const edge: Edge = { from: rel(file), to: rel(target), typeOnly: isTypeOnly(statement), definers: [rel(target)] };
      if (target.endsWith('/index.ts') && ts.isImportDeclaration(statement)) {
        const bindings = statement.importClause?.namedBindings;
        const exported = reExports(target);
        if (bindings && ts.isNamedImports(bindings)) {
          edge.definers = [
            ...new Set(
              bindings.elements
                .filter((element) => !element.isTypeOnly)
                .map((element) => rel(exported.get((element.propertyName ?? element.name).text) ?? target)),
            ),
          ];
        }
      }
      edges.push(edge);
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
  app: ['app', 'policy', 'shared'],
  config: ['config', 'app', 'shared'],
  policy: ['policy', 'shared'],
  shared: ['shared'],
};

const graph = importGraph();

it('reads the source tree', () => {
  expect(graph.length).toBeGreaterThan(200);
  expect([...new Set(graph.map((edge) => layerOf(edge.from)))].filter((layer) => !(layer in ALLOWED))).toEqual([]);
});

it('imports downwards only: server on top, then modules, the app kernel, the policy engine, shared', () => {
  const upwards = graph.filter((edge) => !(ALLOWED[layerOf(edge.from)] ?? []).includes(layerOf(edge.to))).map((edge) => `${edge.from} -> ${edge.to}`);
  expect(upwards).toEqual([]);
});

/** Files under src/<layer>/ that import GraphQL (graphql, type-graphql, graphql-*, @apollo/*). */
const graphqlImportsIn = (layer: string) =>
  sourceFiles(join(SRC, layer))
    .filter((file) => /from '(graphql|type-graphql|graphql-[\w-]+|@apollo\/[\w-]+)'/.test(readFileSync(file, 'utf8')))
    .map(rel);

it('keeps the policy engine free of modules, the kernel, the server and GraphQL', () => {
  expect(graph.filter((edge) => layerOf(edge.from) === 'policy' && layerOf(edge.to) !== 'policy' && layerOf(edge.to) !== 'shared')).toEqual([]);
  expect(graphqlImportsIn('policy')).toEqual([]);
});

it('keeps shared/ free of GraphQL: domain errors become GraphQL errors in src/server/format-error.ts only', () => {
  expect(graphqlImportsIn('shared')).toEqual([]);
});

it('lets modules use each other only through their index.ts', () => {
  const internals = graph
    .filter((edge) => {
      const from = moduleOf(edge.from);
      const to = moduleOf(edge.to);
      return from !== null && to !== null && from !== to && edge.to !== `modules/${to}/index.ts`;
    })
    .map((edge) => `${edge.from} -> ${edge.to}`);
  expect(internals).toEqual([]);
});

it('gives every module an index.ts that only re-exports', () => {
  const modules = readdirSync(join(SRC, 'modules'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const module of modules) {
    const index = join(SRC, 'modules', module.name, 'index.ts');
    const source = ts.createSourceFile(index, readFileSync(index, 'utf8'), ts.ScriptTarget.Latest);
    expect({ module: module.name, other: source.statements.filter((statement) => !ts.isExportDeclaration(statement)).length }).toEqual({ module: module.name, other: 0 });
  }
});

it('has no import cycle through values', () => {
  const next = new Map<string, string[]>();
  for (const edge of graph.filter((candidate) => !candidate.typeOnly)) next.set(edge.from, [...(next.get(edge.from) ?? []), ...edge.definers]);
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
  expect(cycles.map((cycle) => cycle.join(' | '))).toEqual([]);
});

it('writes decision records and risk alerts through the outbox writer only (src/app/outbox/outbox.ts)', () => {
  // Any create, insert or bulk insert naming either entity elsewhere is a second way to write them.
  const writes = /\b(create|insert|insertMany|insertRows|nativeInsert|persist)\s*\(\s*(?:\w+\s*,\s*)?(DecisionRecord|RiskAlert)\b|new (DecisionRecord|RiskAlert)\(/;
  const writers = sourceFiles(SRC)
    .filter((file) => writes.test(readFileSync(file, 'utf8')))
    .map(rel);
  expect(writers).toEqual(['app/outbox/outbox.ts']);
});
