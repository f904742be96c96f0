// Spectral function: a list operation declares the `page` and `limit` query parameters.
//
// A list operation is one whose 200 response schema is a `*Page` component (the API's envelope
// `{data: [...], current_page, total_records, next_page}`) with a `data` array. The client's pagination helpers
// rely on both parameters. Given each operation of the unresolved document (`resolved: false`), so that the
// response's $ref still names its component.

const REQUIRED = ["page", "limit"];

function resolveRef(document, node) {
  let current = node;
  for (let hops = 0; current && typeof current === "object" && typeof current.$ref === "string" && hops < 10; hops++) {
    if (!current.$ref.startsWith("#/")) return current; // external refs are out of scope (one-file spec)
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((value, key) => (value == null ? undefined : value[key]), document);
  }
  return current;
}

function pageComponent(document, operation) {
  const ok = operation && operation.responses && resolveRef(document, operation.responses["200"]);
  const media = ok && ok.content && ok.content["application/json"];
  const ref = media && media.schema && media.schema.$ref;
  if (typeof ref !== "string") return null;
  const name = ref.split("/").pop();
  const schema = resolveRef(document, media.schema);
  const data = schema && schema.properties && resolveRef(document, schema.properties.data);
  return name.endsWith("Page") && data && data.type === "array" ? name : null;
}

export default function listOperationPaginates(operation, _options, context) {
  const document = context.document.data;
  const page = pageComponent(document, operation);
  if (page === null) return [];
  const pathItem = context.path.length >= 2 ? document.paths[context.path[1]] : {};
  const declared = new Set(
    [...((pathItem && pathItem.parameters) || []), ...(operation.parameters || [])]
      .map((parameter) => resolveRef(document, parameter))
      .filter((parameter) => parameter && parameter.in === "query")
      .map((parameter) => parameter.name),
  );
  return REQUIRED.filter((name) => !declared.has(name)).map((name) => ({
    message: `List operation (200 is ${page}) must declare the \`${name}\` query parameter.`,
    path: [...context.path, "parameters"],
  }));
}
