/**
 * The JSDoc of every field in `src/schemas/`, so the JSON Schemas can describe each field in the same
 * words, without the text being written twice. zod keeps no comments at runtime, so the comments are
 * read from the source with the TypeScript parser: every object literal of field definitions (with
 * `...spread` fields resolved) becomes a group of documented keys, and a JSON Schema object is matched
 * to the group with exactly its keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The documented fields of one object literal, by key. */
export type FieldGroup = ReadonlyMap<string, string | undefined>;

/** Every group of fields written in the `.ts` files of `folder`. */
export function readFieldGroups(folder: string): FieldGroup[] {
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ts.createSourceFile(name, readFileSync(join(folder, name), 'utf8'), ts.ScriptTarget.Latest, true));
  const named = new Map<string, ts.ObjectLiteralExpression>();
  const literals: ts.ObjectLiteralExpression[] = [];
  for (const source of sources) {
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) literals.push(node);
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) named.set(node.name.text, node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return literals.map((literal) => fieldsOf(literal, named, new Set()));
}

function fieldsOf(literal: ts.ObjectLiteralExpression, named: ReadonlyMap<string, ts.ObjectLiteralExpression>, seen: Set<ts.ObjectLiteralExpression>): Map<string, string | undefined> {
  const fields = new Map<string, string | undefined>();
  seen.add(literal);
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
      const spread = named.get(property.expression.text);
      if (spread && !seen.has(spread)) for (const [key, doc] of fieldsOf(spread, named, seen)) fields.set(key, doc);
    } else if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
      fields.set(property.name.text, docOf(property));
    }
  }
  return fields;
}

/** The comment text of a node's JSDoc, on one line, or undefined when it has none. */
function docOf(node: ts.Node): string | undefined {
  const comments = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = comments.map((comment) => ts.getTextOfJSDocComment(comment.comment) ?? '').join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

type JsonSchema = { [key: string]: unknown };

/**
 * Adds a `description` to every property of every object in `schema` whose keys are exactly those
 * of one group of fields (the schema tests insist that no field is left undescribed).
 */
export function describeFields(schema: JsonSchema, groups: readonly FieldGroup[]): void {
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const object = node as JsonSchema;
    const properties = object.properties as Record<string, JsonSchema> | undefined;
    if (properties && typeof properties === 'object') {
      const keys = Object.keys(properties);
      const group = groups.find((candidate) => candidate.size === keys.length && keys.every((key) => candidate.has(key)));
      if (group) {
        for (const key of keys) {
          const doc = group.get(key);
          if (doc && properties[key]!.description === undefined) properties[key] = { description: doc, ...properties[key] };
        }
      }
    }
    for (const value of Object.values(object)) visit(value);
  };
  visit(schema);
}
