import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every key the code names exists in the namespace it is looked up in. The source is read with
 * TypeScript's checker, so a dynamic key (`roles.${user.role}`) is expanded over every value its
 * type allows (roles, domains, states, error and issue codes from the contracts) and each must
 * have its text. A key over an open set (a district from the data) must give i18next a
 * `defaultValue`.
 */
const src = join(import.meta.dirname, '..');
const localeDir = join(import.meta.dirname, 'locales', 'he');
const shared = 'common';
/** Namespaces of shared components (components/cost-sharing, lib/cost-sharing): any feature may use them. */
const sharedComponentNamespaces = ['cost-model'];

const catalogs: Record<string, unknown> = Object.fromEntries(
  readdirSync(localeDir).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(localeDir, f), 'utf8'))]),
);
const namespaces = Object.keys(catalogs);

function hasKey(ns: string, key: string): boolean {
  const parts = key.split('.');
  const parent = parts.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogs[ns]);
  if (typeof parent !== 'object' || parent === null) return false;
  const last = parts.at(-1)!;
  return Object.entries(parent).some(([k, v]) => typeof v === 'string' && (k === last || k.replace(/_(zero|one|two|few|many|other)$/, '') === last));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const files = sourceFiles(src);
const program = ts.createProgram(files, { strict: true, jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2023, skipLibCheck: true, noEmit: true, types: ['vite/client'] });
const checker = program.getTypeChecker();

/** `optional`: looked up with a defaultValue, so a missing text is allowed (a hint some fields have). */
type Use = { file: string; line: number; key: string; ns: string; optional: boolean };
const uses: Use[] = [];
const problems: string[] = [];

/** The values an expression may take, from its literal or its type; null when the set is open. */
function valuesOf(expr: ts.Expression): string[] | null {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr)) return valuesOf(expr.expression);
  if (ts.isConditionalExpression(expr)) {
    const [a, b] = [valuesOf(expr.whenTrue), valuesOf(expr.whenFalse)];
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isTemplateExpression(expr)) {
    let out = [expr.head.text];
    for (const span of expr.templateSpans) {
      const values = valuesOf(span.expression);
      if (!values) return null;
      out = out.flatMap((prefix) => values.map((v) => prefix + v + span.literal.text));
    }
    return out;
  }
  const type = checker.getTypeAtLocation(expr);
  const members = type.isUnion() ? type.types : [type];
  const literals = members.map((m) => (m.isStringLiteral() || m.isNumberLiteral() ? String(m.value) : null));
  return literals.every((l) => l !== null) ? (literals as string[]) : null;
}

/** The namespaces of the `useTranslation(...)` that gave this `t`, or null when `t` came from elsewhere (a parameter). */
function namespacesOfT(callee: ts.Identifier): string[] | null {
  const decl = checker.getSymbolAtLocation(callee)?.declarations?.[0];
  if (!decl || !ts.isBindingElement(decl)) return null;
  const init = decl.parent.parent;
  if (!ts.isVariableDeclaration(init) || !init.initializer || !ts.isCallExpression(init.initializer)) return null;
  const arg = init.initializer.arguments[0];
  if (!arg) return [shared];
  const values = ts.isArrayLiteralExpression(arg) ? arg.elements.flatMap((e) => valuesOf(e) ?? []) : (valuesOf(arg) ?? []);
  return values.length > 0 ? values : [shared];
}

function hasDefaultValue(call: ts.CallExpression): boolean {
  const options = call.arguments[1];
  return !!options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'defaultValue');
}

/** Keys kept as data and built from values that no type bounds; each is looked up with a defaultValue. */
const openKeys: string[] = [];

const prefixed = new RegExp(`^(${namespaces.map((n) => n.replace(/-/g, '\\-')).join('|')}):`);

for (const sf of program.getSourceFiles().filter((f) => files.includes(f.fileName))) {
  const file = relative(src, sf.fileName).split(sep).join('/');
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const record = (node: ts.Node, key: string, defaultNs: string, optional = false) => {
    const m = prefixed.exec(key);
    uses.push({ file, line: at(node), key: m ? key.slice(m[0].length) : key, ns: m ? m[1]! : defaultNs, optional });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments[0]) {
      const arg = node.arguments[0];
      const nss = namespacesOfT(node.expression);
      const values = valuesOf(arg);
      if (values) values.forEach((key) => record(arg, key, nss?.[0] ?? shared, hasDefaultValue(node)));
      else if (!hasDefaultValue(node) && (ts.isTemplateExpression(arg) || ts.isConditionalExpression(arg)))
        problems.push(`${file}:${at(arg)}: a key over an open set needs a defaultValue: ${arg.getText(sf)}`);
      for (const key of values ?? []) {
        const ns = prefixed.exec(key)?.[1];
        if (ns && nss && !nss.includes(ns) && ns !== shared) problems.push(`${file}:${at(arg)}: ${key} is not in useTranslation(${nss.join(', ')}), so it may not be loaded`);
      }
    } else if (ts.isJsxAttribute(node) && node.name.getText(sf) === 'i18nKey' && node.initializer && ts.isStringLiteral(node.initializer)) {
      record(node, node.initializer.text, shared);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !ts.isImportDeclaration(node.parent)) {
      // A key kept as data (a form's error, a notification's message) names its namespace.
      const head = ts.isTemplateExpression(node) ? node.head.text : node.text;
      if (prefixed.test(head)) {
        const values = valuesOf(node);
        if (values) values.forEach((key) => record(node, key, shared));
        else if (!openKeys.some((p) => head.startsWith(p))) problems.push(`${file}:${at(node)}: a key over an open set: ${node.getText(sf)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

describe('keys used in the code', () => {
  it('are found', () => {
    expect(uses.length).toBeGreaterThan(500);
  });

  it('exist in the namespace they are looked up in (or in the shared one)', () => {
    const missing = uses.filter((u) => !u.optional && !hasKey(u.ns, u.key) && !(u.ns !== shared && hasKey(shared, u.key))).map((u) => `${u.file}:${u.line}: ${u.ns}:${u.key}`);
    expect(missing).toEqual([]);
  });

  it('are not built over an open set without a fallback, nor from a namespace the component does not load', () => {
    expect(problems).toEqual([]);
  });

  it('of a feature come from its own namespace, the shared one or a shared component’s', () => {
    const crossing = uses
      .map((u) => ({ ...u, owner: /^features\/([^/]+)\//.exec(u.file)?.[1] ?? (/^(components|lib)\//.test(u.file) ? '' : null) }))
      .filter((u) => u.owner !== null && u.ns !== u.owner && u.ns !== shared && !sharedComponentNamespaces.includes(u.ns))
      .map((u) => `${u.file}:${u.line}: ${u.ns}:${u.key}`);
    expect(crossing).toEqual([]);
  });
});
