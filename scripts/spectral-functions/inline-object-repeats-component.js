// Spectral function: no anonymous inline object schema may repeat a named component schema.
//
// The spec's convention (shared/DESIGN.md) is that every object shape is a named schema under
// components/schemas, reused by $ref: the generator turns each inline object into a class of its own
// (`ListInvoicesResponse200`, `InvoicePartnerType0`, ...), so a copy of a component yields a second,
// incompatible class for the same data. An inline object "repeats" a component when it lists the same
// property names (at least two). Run with `resolved: false`, on the document root: once $refs are resolved,
// every use of a component would look like an inline copy of it.

const MIN_PROPERTIES = 2;

function propertyKey(schema) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return null;
  if (!schema.properties || typeof schema.properties !== "object") return null;
  const names = Object.keys(schema.properties).sort();
  return names.length >= MIN_PROPERTIES ? names.join("\u0000") : null;
}

function* schemasUnder(node, path) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* schemasUnder(node[i], [...path, i]);
    return;
  }
  if (!node || typeof node !== "object") return;
  if (propertyKey(node) !== null) yield [node, path];
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas: an example object legitimately has a component's fields.
    if (key === "example" || key === "examples" || key === "$ref") continue;
    yield* schemasUnder(value, [...path, key]);
  }
}

export default function inlineObjectRepeatsComponent(document) {
  const components = (document && document.components && document.components.schemas) || {};
  const named = new Map();
  for (const [name, schema] of Object.entries(components)) {
    const key = propertyKey(schema);
    if (key !== null && !named.has(key)) named.set(key, name);
  }
  const results = [];
  for (const [schema, path] of schemasUnder(document, [])) {
    const isComponentItself = path.length === 3 && path[0] === "components" && path[1] === "schemas";
    const name = named.get(propertyKey(schema));
    if (isComponentItself || name === undefined) continue;
    results.push({
      message: `Inline object schema repeats components/schemas/${name}: use {$ref: '#/components/schemas/${name}'}.`,
      path,
    });
  }
  return results;
}
