"""Compare openapi/stuut.yaml with the reference pages it was written from, the way the pages show it.

For every page in openapi/reference-pages/ (the recovered docs.api.stuut.co pages, verbatim), the operation with
the page's method and path is rendered the way the docs renderer (Mintlify) draws an operation: each path,
header, query, body and response field with its type (`string | null`, `enum<string>[]`, `string<date-time>`),
required flag, default, range, length limits, enum values and description; and the response example's fields
in order, at every depth. Each thing the page shows that the spec renders differently is a difference:

    list_invoices query.sort_order default: page - | spec desc

A page section that was cut off when the page was recovered only speaks for the fields it shows. Known,
documented deviations are listed in openapi/FIDELITY_DEVIATIONS (one difference id a line, `#` and the reason
after it). The check fails on a difference that is not listed, on a listed one without a reason, and on a listed
one that no longer occurs (so the list stays true).

    python scripts/check_fidelity.py            # print every difference, marking the listed ones; exit 1 on new
    python scripts/check_fidelity.py --all      # also print the listed ones' reasons
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stuut.yaml"
PAGES = ROOT / "openapi" / "reference-pages"
DEVIATIONS = ROOT / "openapi" / "FIDELITY_DEVIATIONS"

CUT = "[... not recovered ...]"
SECTIONS = {
    "Authorizations": None,
    "Path Parameters": "path",
    "Headers": "header",
    "Query Parameters": "query",
    "Body": "body",
    "Response": "response",
}
# A type as Mintlify prints it, after an optional model name: `string | null`, `enum<string>[]`, `Model · object[]`.
TYPE_LINE = re.compile(
    r"^(?:\w+ · )?((?:enum<\w+>|string<[\w-]+>|string|integer|number|boolean|object|any|null)(?:\[\])?(?: \| null)?)$"
)
NAME_LINE = re.compile(r"[A-Za-z_][\w.]*")
UNSHOWN = "(not shown)"  # a field whose type line the recovered text lacks
# What a text-only rendering puts before a description: length limits (`32`), ranges (`1 <= x <= 200`), enum values.
TEXT_ONLY_PREFIX = re.compile(r"^(?:(?:\d+ <= )?x [<>]= \d+|[\d ]|[a-z_]+(?:, [a-z_]+)+ |[a-z_]+,$)*")
# Two descriptions on one line, with the second field's enum values (and length limit) between them.
TEXT_ONLY_SPLIT = re.compile(r" [a-z_]+(?:, [a-z_]+)+ [\d ]*(?=[A-Z])")
# The docs site's own chrome, not the API's.
TEXT_ONLY_NOISE = (
    "Successful response",
    "Successful Response",
    "Show child attributes",
    "Bearer authentication header",
    "Documentation Index",
    "Fetch the complete documentation index",
    "Use this file to discover all available pages",
)
ASPECTS = ("type", "required", "default", "range", "length", "items", "options", "description")


# --- the page ---------------------------------------------------------------------------------------------


@dataclass
class PageField:
    name: str
    type: str
    required: bool = False
    default: str | None = None
    range: str | None = None
    length: str | None = None
    items: str | None = None
    options: list[str] | None = None
    description: str = ""


@dataclass
class Page:
    file: str
    method: str
    path: str
    sections: dict[str, list[PageField]] = field(default_factory=dict)
    complete: dict[str, bool] = field(default_factory=dict)  # section -> recovered to its end
    request_example: Any = None
    response_example: Any = None
    response_example_complete: bool = False
    texts: list[str] = field(default_factory=list)  # descriptions from a text-only rendering


def renderings(text: str) -> list[str]:
    """The page text, split where the recovered file joins several renderings of the same page."""
    return re.split(r"^-----.*-----$", text, flags=re.M)


def read_page(path: Path) -> Page:
    text = path.read_text()
    match = re.search(r"curl --request (\w+) \\\n\s*--url \S+?://[^/\s]+(/\S*)", text)
    if match is None:
        raise SystemExit(f"{path.name}: no curl sample to take the method and path from")
    page = Page(path.name, match.group(1).lower(), match.group(2))
    for header, part in zip(["", *re.findall(r"^-----.*-----$", text, flags=re.M)], renderings(text), strict=True):
        if "text" in header and "curl --request" not in part:
            read_text_only(part, page)
        elif "Skip to main content" in part or "Authorizations" in part:
            read_sections(part, page)
        request, response, complete = examples(part)
        if request is not None and page.request_example is None:
            page.request_example = request
        if response is not None and (
            page.response_example is None or (complete and not page.response_example_complete)
        ):
            page.response_example, page.response_example_complete = response, complete
    return page


def read_text_only(text: str, page: Page) -> None:
    """The descriptions of a text-only rendering (no field names: each line is one or more descriptions, after the
    numbers of length limits and after enum values)."""
    joined: list[str] = []
    for line in text.splitlines()[1:]:
        if joined and line[:1].islower() and not joined[-1].endswith("."):
            joined[-1] += " " + line  # a description wrapped over several lines
        else:
            joined.append(line)
    for line in (part for whole in joined for part in TEXT_ONLY_SPLIT.split(whole)):
        line = TEXT_ONLY_PREFIX.sub("", line.strip())
        if line and CUT not in line and not line.startswith(TEXT_ONLY_NOISE):
            page.texts.append(line)


def read_sections(text: str, page: Page) -> None:
    lines = text.splitlines()
    starts = [(i, SECTIONS[line]) for i, line in enumerate(lines) if line in SECTIONS]
    for n, (start, section) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = lines[start + 1 : end]
        if section is None:
            continue
        cut = any(CUT in line for line in body)
        page.sections[section] = fields_of([line for line in body if CUT not in line], cut)
        page.complete[section] = not cut


def fields_of(lines: list[str], cut: bool) -> list[PageField]:
    """The fields Mintlify lists: a name line, a type line, then required/default/constraints/description."""
    starts = [i for i in range(len(lines) - 1) if is_field_start(lines, i)]
    found = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        if cut and n + 1 == len(starts):
            continue  # the field the cut went through: what it shows may be partial
        found.append(parse_field(lines[start], lines[start + 1], lines[start + 2 : end]))
    return found


def is_field_start(lines: list[str], i: int) -> bool:
    """A name line followed by a type line (or, where the type line was lost, by `required`), not an enum value."""
    previous = lines[i - 1] if i else ""
    if previous.endswith(",") or previous == "Available options:" or not NAME_LINE.fullmatch(lines[i]):
        return False
    if TYPE_LINE.match(lines[i + 1]):
        return True
    return lines[i + 1] == "required" and not TYPE_LINE.match(lines[i])


def parse_field(name: str, type_line: str, rest: list[str]) -> PageField:
    shown = TYPE_LINE.match(type_line)
    if shown is None:  # the type line is missing: this line is already the next attribute
        item, rest = PageField(name, UNSHOWN), [type_line, *rest]
    else:
        item = PageField(name, shown.group(1))
    description: list[str] = []
    lines = iter(rest)
    for line in lines:
        if line == "required":
            item.required = True
        elif line.startswith("default:"):
            item.default = line.removeprefix("default:")
        elif line.startswith("Required range: "):
            item.range = line.removeprefix("Required range: ")
        elif line.startswith(("Maximum string length: ", "Minimum string length: ")):
            item.length = ", ".join(filter(None, [item.length, line]))
        elif line.startswith("Required array length: "):
            item.items = line.removeprefix("Required array length: ")
        elif line == "Available options:":
            item.options = []
            for option in lines:
                item.options.append(option.rstrip(","))
                if not option.endswith(","):
                    break
        elif line in ("header", "application/json", "Successful response", "Successful Response"):
            continue
        elif line.strip():
            description.append(line.strip())
    item.description = " ".join(description)
    return item


def examples(text: str) -> tuple[Any, Any, bool]:
    """The request example (curl --data), the response example and whether the latter is complete."""
    request = None
    data = re.search(r"--data '(.*?)'", text, flags=re.S)
    if data:
        request = json.loads(data.group(1))
    curl = re.search(r"curl --request .*?(?=\n[{\[]|\{\n|\[\n|\Z)", text, flags=re.S)
    if curl is None:
        return request, None, False
    tail = text[curl.end() :]
    if data and data.end() > curl.end():
        tail = text[data.end() :]
    start = re.search(r"[{\[]", tail)
    if start is None:
        return request, None, False
    body = tail[start.start() :]
    try:
        value, _ = json.JSONDecoder().raw_decode(body)
        return request, value, True
    except json.JSONDecodeError:
        pass
    return request, complete_cut_json(body.split(CUT)[0]), False


def complete_cut_json(text: str) -> Any:
    """A cut-off JSON text as the spec completes one: the partly recovered field dropped, brackets closed."""
    lines = text.rstrip().splitlines()
    while lines:
        candidate = "\n".join(lines).rstrip().rstrip(",")
        closing = closers(candidate)
        if closing is not None:
            try:
                return json.loads(candidate + closing)
            except json.JSONDecodeError:
                pass
        lines.pop()
    return None


def closers(text: str) -> str | None:
    """The brackets that close `text`, or None when it ends inside a string or after a key."""
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            escaped = not escaped and char == "\\"
            if char == '"' and not escaped:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
        elif char in "}]":
            stack.pop()
    return None if in_string else "".join(reversed(stack))


# --- the spec, rendered the way the pages show it ---------------------------------------------------------


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document["components"]["schemas"]
        self.typed: set[tuple[str, str]] = set()
        self.all_descriptions = " | ".join(normalise(text) for text in descriptions(document))

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follow `$ref`s, and `allOf: [$ref]` (how a parameter gives a referenced enum its own default)."""
        while "$ref" in schema or len(schema.get("allOf", [])) == 1:
            if "$ref" in schema:
                schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
            else:
                rest = {k: v for k, v in schema.items() if k != "allOf"}
                schema = {**self.resolve(schema["allOf"][0]), **rest}
        return schema

    def name_of(self, schema: dict[str, Any]) -> str:
        """The component name of a `$ref` (directly, in an anyOf, or as array items), or "(inline)"."""
        for variant in [schema, *schema.get("anyOf", []), schema.get("items", {})]:
            if "$ref" in variant:
                return str(variant["$ref"].rsplit("/", 1)[-1])
        return "(inline)"

    def learn_types(self, page: Page) -> None:
        """Note the schema properties whose type `page`'s field lists show (the List Users page types the envelope
        of every `*Page`: it is one shape)."""
        operation = self.operation(page.method, page.path)
        if operation is None:
            return
        for section, content in (
            ("response", operation["responses"]["200"]["content"].get("application/json")),
            ("body", operation.get("requestBody", {}).get("content", {}).get("application/json")),
        ):
            owner = self.name_of(content["schema"]) if content else "(inline)"
            for shown in page.sections.get(section, []):
                if shown.type != UNSHOWN:
                    self.typed.add(("*Page" if owner.endswith("Page") else owner, shown.name))

    def typed_on_a_page(self, owner: str, name: str) -> bool:
        return ("*Page" if owner.endswith("Page") else owner, name) in self.typed

    def operation(self, method: str, path: str) -> dict[str, Any] | None:
        return self.document["paths"].get(path, {}).get(method)

    def render_type(self, schema: dict[str, Any]) -> str:
        variants = schema.get("anyOf") or schema.get("oneOf")
        if variants:
            rendered = [self.render_type(v) for v in variants if v.get("type") != "null"]
            null = len(rendered) < len(variants)
            return " | ".join(rendered + (["null"] if null else []))
        schema = self.resolve(schema)
        kind = schema.get("type")
        if isinstance(kind, list):
            rendered = [self.render_type({**schema, "type": k}) for k in kind if k != "null"]
            return " | ".join(rendered + (["null"] if "null" in kind else []))
        if "enum" in schema:
            return f"enum<{kind or 'string'}>"
        if kind == "array":
            return self.render_type(schema.get("items", {})).replace(" | null", "") + "[]"
        if kind == "string" and "format" in schema:
            return f"string<{schema['format']}>"
        if kind is None:
            return "object" if "properties" in schema else "any"
        return str(kind)

    def constraints(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Range, length, array length and enum values, looking through anyOf, $ref and array items."""
        found: dict[str, Any] = {}
        for variant in [self.resolve(v) for v in schema.get("anyOf", [schema])]:
            low, high = variant.get("minimum"), variant.get("maximum")
            if low is not None or high is not None:
                found["range"] = (
                    f"{low} <= x <= {high}"
                    if low is not None and high is not None
                    else f"x >= {low}"
                    if low is not None
                    else f"x <= {high}"
                )
            lengths = []
            if "maxLength" in variant:
                lengths.append(f"Maximum string length: {variant['maxLength']}")
            if "minLength" in variant:
                lengths.append(f"Minimum string length: {variant['minLength']}")
            if lengths:
                found["length"] = ", ".join(lengths)
            if "minItems" in variant or "maxItems" in variant:
                found["items"] = f"{variant.get('minItems', 0)} - {variant.get('maxItems', '')} elements"
            enum = variant.get("enum") or self.resolve(variant.get("items", {})).get("enum")
            if enum:
                found["options"] = [str(v) for v in enum]
        return found

    def fields(self, operation: dict[str, Any], section: str) -> dict[str, tuple[dict[str, Any], bool]]:
        """name -> (schema with its description, required) for one page section of `operation`."""
        if section in ("path", "query", "header"):
            return {
                p["name"]: ({**p["schema"], "description": p.get("description", "")}, bool(p.get("required")))
                for p in operation.get("parameters", [])
                if p["in"] == section
            }
        if section == "body":
            content = operation.get("requestBody", {}).get("content", {}).get("application/json")
        else:
            content = operation["responses"]["200"]["content"].get("application/json")
        if content is None:
            return {}
        schema = self.resolve(content["schema"])
        if schema.get("type") == "array":
            schema = self.resolve(schema["items"])
        required = set(schema.get("required", []))
        return {name: (prop, name in required) for name, prop in schema.get("properties", {}).items()}

    def description(self, schema: dict[str, Any]) -> str:
        texts = [schema.get("description", "")]
        texts += [self.resolve(v).get("description", "") for v in schema.get("anyOf", [])]
        return " ".join(text for text in texts if text)


def descriptions(node: Any) -> Iterator[str]:
    """Every description (and summary) in a part of the spec."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary") and isinstance(value, str):
                yield value
            else:
                yield from descriptions(value)
    elif isinstance(node, list):
        for value in node:
            yield from descriptions(value)


def render_default(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, str) else value


# --- comparing --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    key: str  # "<operation_id> <where> <aspect>": the id FIDELITY_DEVIATIONS lists
    page: str
    spec: str

    def __str__(self) -> str:
        return f"{self.key}: page {self.page} | spec {self.spec}"


def normalise(text: str) -> str:
    return " ".join(text.replace("`", "").split()).rstrip(".").lower()


def compare_field(
    spec: Spec, key: str, shown: PageField, schema: dict[str, Any], required: bool
) -> Iterator[Difference]:
    rendered = spec.render_type(schema)
    if shown.type not in (rendered, UNSHOWN):
        yield Difference(f"{key} type", shown.type, rendered)
    if shown.required != required:
        yield Difference(f"{key} required", str(shown.required).lower(), str(required).lower())
    default = render_default(schema["default"]) if "default" in schema else None
    if shown.default != default:
        yield Difference(f"{key} default", shown.default or "-", default or "-")
    found = spec.constraints(schema)
    for aspect in ("range", "length", "items"):
        if getattr(shown, aspect) != found.get(aspect):
            yield Difference(f"{key} {aspect}", getattr(shown, aspect) or "-", found.get(aspect) or "-")
    if shown.options is not None and shown.options != found.get("options"):
        yield Difference(f"{key} options", ",".join(shown.options), ",".join(found.get("options") or ["-"]))
    if shown.description and normalise(shown.description) not in normalise(spec.description(schema)):
        yield Difference(f"{key} description", repr(shown.description), repr(spec.description(schema)))


def compare_example(spec: Spec, key: str, shown: Any, schema: dict[str, Any], complete: bool) -> Iterator[Difference]:
    """The page example's fields, in order and at every depth, against the schema's properties."""
    variants = [spec.resolve(v) for v in spec.resolve(schema).get("anyOf", [schema])]
    if isinstance(shown, list):
        items = next((v["items"] for v in variants if v.get("type") == "array"), None)
        if items is not None and shown:
            yield from compare_example(spec, f"{key}[]", shown[0], items, complete)
        return
    if not isinstance(shown, dict):
        return
    target = next((v for v in variants if "properties" in v), None)
    if target is None:
        return
    declared = list(target["properties"])
    keys = list(shown)
    missing = [k for k in keys if k not in declared]
    if missing:
        yield Difference(f"{key} fields-missing", ",".join(missing), "-")
    ordered = [k for k in declared if k in keys]
    if ordered != [k for k in keys if k in declared]:
        yield Difference(f"{key} field-order", ",".join(keys), ",".join(ordered))
    extra = [k for k in declared if k not in keys]
    if extra and complete:
        yield Difference(f"{key} fields-extra", "-", ",".join(extra))
    owner = spec.name_of(schema)
    for name in keys:
        if name in target["properties"]:
            last = name == keys[-1]
            prop = target["properties"][name]
            if type(shown[name]) is int and "integer" in spec.render_type(prop).split(" | "):
                if not spec.typed_on_a_page(owner, name):
                    # Mintlify's `123` stands for integer and number alike: the page does not say which.
                    yield Difference(f"{owner}.{name} type", "123", spec.render_type(prop))
            yield from compare_example(spec, f"{key}.{name}", shown[name], prop, complete or not last)


def differences(spec: Spec, page: Page) -> Iterator[Difference]:
    operation = spec.operation(page.method, page.path)
    if operation is None:
        yield Difference(f"{page.file} operation", f"{page.method.upper()} {page.path}", "-")
        return
    op_id = operation["operationId"]
    for section, shown_fields in page.sections.items():
        declared = spec.fields(operation, section)
        shown_names = [f.name for f in shown_fields]
        for shown in shown_fields:
            key = f"{op_id} {section}.{shown.name}"
            if shown.name not in declared:
                yield Difference(f"{key} field", shown.type, "-")
                continue
            yield from compare_field(spec, key, shown, *declared[shown.name])
        if page.complete.get(section):
            for name in declared:
                if name not in shown_names:
                    yield Difference(f"{op_id} {section}.{name} field", "-", spec.render_type(declared[name][0]))
    for text in page.texts:
        if normalise(text) not in spec.all_descriptions:
            yield Difference(f"{op_id} text {text[:40]!r} description", repr(text), "-")
    content = operation["responses"]["200"]["content"].get("application/json")
    if page.response_example is not None and content is not None:
        yield from compare_example(
            spec, f"{op_id} example", page.response_example, content["schema"], page.response_example_complete
        )
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if page.request_example is not None and body is not None:
        yield from compare_example(spec, f"{op_id} request-example", page.request_example, body["schema"], True)


def read_deviations(path: Path) -> tuple[dict[str, str], list[str]]:
    listed: dict[str, str] = {}
    problems = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        entry, _, reason = line.partition("#")
        if not entry.strip():
            continue
        if not reason.strip():
            problems.append(f"{path.name}:{number}: `{entry.strip()}` has no reason after `#`")
        listed[" ".join(entry.split())] = reason.strip()
    return listed, problems


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    # libyaml's loader when present: the pure-Python one takes seconds on this document.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(), Loader=loader)  # type: ignore[no-any-return]  # noqa: S506 (a safe loader)


def check(
    document: dict[str, Any] | None = None, pages: Path = PAGES, deviations: Path = DEVIATIONS
) -> tuple[list[Difference], dict[str, str], list[str]]:
    """Every difference between `document` (default: openapi/stuut.yaml) and the pages, the listed deviations,
    and the problems (new, stale or unexplained entries)."""
    spec = Spec(document if document is not None else load_spec())
    read = [read_page(page_file) for page_file in sorted(pages.glob("*.txt"))]
    for page in read:
        spec.learn_types(page)
    found = list({d.key: d for page in read for d in differences(spec, page)}.values())
    shown = {(page.method, page.path) for page in read}
    for path, item in spec.document["paths"].items():
        for method, operation in item.items():
            if (method, path) not in shown:
                found.append(Difference(f"{operation['operationId']} page", "-", f"{method.upper()} {path}"))
    listed, problems = read_deviations(deviations)
    keys = {d.key for d in found}
    problems += [f"new difference: {d}" for d in found if d.key not in listed]
    problems += [f"listed in {deviations.name} but no longer found: {key}" for key in listed if key not in keys]
    return found, listed, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all", action="store_true", help="also print the listed deviations with their reasons")
    args = parser.parse_args()
    found, listed, problems = check()
    if args.all:
        for difference in found:
            if difference.key in listed:
                print(f"listed: {difference}  # {listed[difference.key]}")
    for problem in problems:
        print(problem)
    pages = len(list(PAGES.glob("*.txt")))
    print(
        f"{pages} pages, {len(found)} differences, {len(found) - len(problems)} of them listed with a reason"
        if not problems
        else f"fidelity check failed: {len(problems)} problem(s)",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
