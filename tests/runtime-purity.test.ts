/**
 * src/ stays runnable in browsers and edge runtimes: no Node-only API outside the CLI and the
 * Node entry. Checked on the syntax tree, so comments and strings that merely mention
 * `process` or `Buffer` do not count, while any real use does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = new URL('../src/', import.meta.url);
/** The files allowed to use Node: the command line and hoidam/node with its worker. */
const NODE_ONLY = new Set(['cli.ts', 'node.ts', 'node-worker.ts']);
const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate']);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Node-only uses in one source text, as "line: what". */
export function nodeUses(code: string, file = 'x.ts'): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (n: ts.Node, what: string) => found.push(`${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${what}`);
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      if (builtins.has(n.moduleSpecifier.text) || n.moduleSpecifier.text.startsWith('node:')) at(n, `import of ${n.moduleSpecifier.text}`);
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const a = n.arguments[0];
      if (a && ts.isStringLiteral(a) && (builtins.has(a.text) || a.text.startsWith('node:'))) at(n, `import() of ${a.text}`);
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      const m = n.argument.literal.text;
      if (builtins.has(m)) at(n, `type import of ${m}`);
    } else if (ts.isIdentifier(n) && NODE_GLOBALS.has(n.text)) {
      const p = n.parent;
      // A property name (`x.process`, `{ process: 1 }`) or a local declaration is not the global.
      const isName = (ts.isPropertyAccessExpression(p) && p.name === n)
        || ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p)
          || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === n)
        || (ts.isQualifiedName(p) && p.right === n);
      if (!isName) at(n, n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function sources(dir: URL, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(new URL(`${e.name}/`, dir), `${prefix}${e.name}/`)
      : /\.(?:ts|mts|cts|js|mjs)$/.test(e.name) ? [`${prefix}${e.name}`] : []);
}

describe('src/ purity', () => {
  const files = sources(srcDir);

  it('finds the sources', () => {
    expect(files).toContain('index.ts');
    expect(files).toContain('vi.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it('uses no Node-only API outside the CLI and hoidam/node', () => {
    const bad = files.filter((f) => !NODE_ONLY.has(f))
      .flatMap((f) => nodeUses(readFileSync(new URL(f, srcDir), 'utf8'), f).map((u) => `src/${f}:${u}`));
    expect(bad).toEqual([]);
  });

  // compromise finds fewer of the dev corpus's English names than our rules and adds false
  // ones, at ~100-300 ms per article: it is the bench's naive baseline, not a dependency.
  it('imports compromise nowhere, and does not depend on it at run time', () => {
    const bad = files.filter((f) => /from\s+['"]compromise|import\(\s*['"]compromise|require\(\s*['"]compromise/.test(readFileSync(new URL(f, srcDir), 'utf8')));
    expect(bad).toEqual([]);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('compromise');
  });

  it('the check sees real uses and ignores mentions', () => {
    expect(nodeUses(`import { readFileSync } from 'node:fs';\nimport os from 'os';\nconst x = process.env.X;\nconst b = Buffer.from('a');\nconst r = require('x');\nconst d = __dirname;\nconst m = await import('node:path');`))
      .toEqual(['1: import of node:fs', '2: import of os', '3: process', '4: Buffer', '5: require', '6: __dirname', '7: import() of node:path']);
    expect(nodeUses(`// process.exit and Buffer in a comment\nconst s = "process.env";\nconst o = { process: 1 };\no.process;\ninterface I { require: number }`)).toEqual([]);
  });

  it('the CLI and hoidam/node are where Node is used', () => {
    expect(nodeUses(readFileSync(new URL('cli.ts', srcDir), 'utf8'))).not.toEqual([]);
    expect(nodeUses(readFileSync(new URL('node.ts', srcDir), 'utf8'))).not.toEqual([]);
  });
});
