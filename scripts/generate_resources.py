"""Write stuut_client/_resources.py: the resource-style client (`Stuut`, `AsyncStuut`) for every operation.

openapi-python-client renders only the template names it knows, so this renders
overrides/templates/resources.py.jinja itself, in the generator's own Jinja environment (its filters, globals and
the custom template path) with the generator's own parse of the spec (`GeneratorData`). Where each operation
goes is overrides/resource_methods.yaml. Called by scripts/generate.py after the generator has run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stuut.yaml"
CONFIG = ROOT / "generator_config.yaml"
TEMPLATES = ROOT / "overrides" / "templates"
METHODS = ROOT / "overrides" / "resource_methods.yaml"
# Keyword arguments every resource method has; a spec parameter or body field of the same name would clash.
OPTION_NAMES = {"timeout", "extra_headers", "extra_query", "idempotency_key", "self"}
DOC_WIDTH = 108


def load_methods() -> dict[str, tuple[str, str, str]]:
    """operation id -> (version, resource, method) from overrides/resource_methods.yaml."""
    entries: dict[str, str] = yaml.safe_load(METHODS.read_text())
    placed: dict[str, tuple[str, str, str]] = {}
    for operation_id, where in entries.items():
        parts = where.split(".")
        version, (resource, method) = ("v2", parts[1:]) if parts[0] == "v2" else ("v1", parts)
        placed[operation_id] = (version, resource, method)
    return placed


@dataclass
class Param:
    name: str
    annotation: str
    default: str | None  # None: required
    value: str  # the expression passed on to the operation or the body model
    doc: str


@dataclass
class Method:
    name: str
    operation_id: str
    tag: str
    http_method: str
    path: str
    positional: list[Param]
    keywords: list[Param]
    body_class: str | None
    body_fields: list[Param]
    returns: str
    item_type: str | None  # set for paginated lists
    runtime_imports: list[str]
    doc: str
    idempotent_option: bool


@dataclass
class Resource:
    version: str
    tag: str
    class_name: str
    methods: list[Method] = field(default_factory=list)


def _code(value: Any) -> str:
    from openapi_python_client.strings import PythonCode

    return PythonCode.as_unembedded_code(value) if isinstance(value, PythonCode) else str(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


class _Types:
    """Public annotations and argument conversions for the generator's properties."""

    def __init__(self) -> None:
        self.type_names: set[str] = set()  # models and enums named in annotations (imported for type checking)
        self.uses_datetime = False

    def annotation(self, prop: Any) -> str:
        from openapi_python_client.parser.properties import EnumProperty, ListProperty, ModelProperty, UnionProperty

        if isinstance(prop, EnumProperty):
            self.type_names.add(prop.class_info.name)
            literals = ", ".join(json.dumps(value) for value in prop.values.values())
            return f"{prop.class_info.name} | Literal[{literals}]"
        if isinstance(prop, ListProperty):
            # builtins.list: inside a resource class, `list` is the method of that name.
            return f"builtins.list[{self.annotation(prop.inner_property)}]"
        if isinstance(prop, UnionProperty):
            parts: list[str] = []
            for inner in prop.inner_properties:
                for part in self.annotation(inner).split(" | "):
                    if part not in parts:
                        parts.append(part)
            return " | ".join(parts)
        if isinstance(prop, ModelProperty):
            self.type_names.add(prop.class_info.name)
            return prop.class_info.name
        text = _code(prop.get_type_string(no_optional=True))
        if "datetime." in text:
            self.uses_datetime = True
        return text

    def enum_classes(self, prop: Any) -> tuple[str | None, bool]:
        """(enum class, is a list) when the argument must be converted from a literal to a member."""
        from openapi_python_client.parser.properties import EnumProperty, ListProperty, UnionProperty

        if isinstance(prop, EnumProperty):
            return prop.class_info.name, False
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, EnumProperty):
            return prop.inner_property.class_info.name, True
        if isinstance(prop, UnionProperty):
            enums = [inner for inner in prop.inner_properties if isinstance(inner, EnumProperty)]
            if len(enums) == 1:
                return enums[0].class_info.name, False
        return None, False


def _range_text(schema: dict[str, Any]) -> str:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None and high is None:
        return ""
    return f" Range: {low if low is not None else '-inf'}..{high if high is not None else 'inf'}."


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _param(
    spec: dict[str, Any], types: _Types, prop: Any, raw_schema: dict[str, Any], raw_description: str, imports: set[str]
) -> Param:
    from openapi_python_client.parser.properties import EnumProperty

    annotation = types.annotation(prop)
    enum_class, is_list = types.enum_classes(prop)
    default: str | None = None
    if prop.default is not None:
        default = _code(prop.default.python_code)
        if isinstance(prop, EnumProperty):
            # The literal, not the member: the enum is imported lazily, and the literal is converted below.
            default = json.dumps(prop.default.raw_value)
    elif not prop.required:
        default = "UNSET"
    if default == "UNSET":
        annotation = f"{annotation} | Unset"
    value = prop.python_name
    if enum_class:
        imports.add(enum_class)
        helper = "coerce_enum_list" if is_list else "coerce_enum"
        value = f"{helper}({enum_class}, {prop.python_name})"
    schema = _resolve(spec, raw_schema)
    for variant in schema.get("anyOf", []):  # a nullable reference: describe the referenced schema
        if variant.get("type") != "null":
            schema = {**_resolve(spec, variant), **{k: v for k, v in schema.items() if k != "anyOf"}}
    doc = _doc_line(prop.python_name, annotation, default, schema, raw_description)
    return Param(str(prop.python_name), annotation, default, value, doc)


def _doc_line(name: str, annotation: str, default: str | None, schema: dict[str, Any], description: str) -> str:
    words = [f"{name} ({annotation})"]
    text = " ".join((description or schema.get("description", "")).split())
    if text:
        words.append(f": {text}" if text.endswith((".", "!", "?", ")")) else f": {text}.")
    else:
        words.append(":")
    if default is None:
        words.append(" Required.")
    elif default != "UNSET":
        words.append(f" Default: {default}.")
    words.append(_range_text(schema))
    return "".join(words)


def _doc(summary: str, description: str, params: list[Param], returns: str, paginated: bool, method: str) -> str:
    lines = [" ".join(summary.split()) or "(no summary in the spec)", ""]
    for paragraph in description.strip().split("\n\n"):
        if paragraph.strip():
            lines += textwrap.wrap(" ".join(paragraph.split()), DOC_WIDTH) + [""]
    if params:
        lines.append("Args:")
        for param in params:
            lines += textwrap.wrap(param.doc, DOC_WIDTH, initial_indent="    ", subsequent_indent="        ")
        lines.append("")
    options = "Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query"
    if method in {"post", "patch"}:
        options += ", idempotency_key (sent as Idempotency-Key, which also lets the request be retried)"
    lines += [
        *textwrap.wrap(options + ".", DOC_WIDTH),
        "",
        "Returns:",
        f"    {returns}" + (": the first page; iterate it for every item of every page." if paginated else "."),
        "",
        "Raises:",
        "    APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).",
        "    APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.",
        "    ResponseValidationError: a success answer that does not fit the spec.",
    ]
    return "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def build_resources(project: Any, spec: dict[str, Any]) -> tuple[list[Resource], _Types]:
    from openapi_python_client.parser.properties import ListProperty, ModelProperty

    placed = load_methods()
    raw_operations = {
        operation["operationId"]: (method, operation)
        for item in spec["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    types = _Types()
    resources: dict[tuple[str, str], Resource] = {}
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            operation_id = str(endpoint.name)
            if operation_id not in placed:
                raise SystemExit(f"{operation_id} has no entry in overrides/resource_methods.yaml")
            version, resource_name, method_name = placed[operation_id]
            if resource_name != tag:
                raise SystemExit(f"{operation_id}: resource {resource_name!r} is not its tag {tag!r}")
            _, raw = raw_operations[operation_id]
            raw_params = {p["name"]: p for p in raw.get("parameters", [])}
            imports: set[str] = set()

            def from_parameter(
                prop: Any, imports: set[str] = imports, raw_params: dict[str, Any] = raw_params
            ) -> Param:
                raw_param = raw_params.get(_text(prop.name), {})
                return _param(spec, types, prop, raw_param.get("schema", {}), raw_param.get("description", ""), imports)

            positional = [from_parameter(p) for p in endpoint.path_parameters]
            keywords = [from_parameter(p) for p in [*endpoint.query_parameters, *endpoint.header_parameters]]
            body_class, body_fields = None, []
            if endpoint.bodies:
                body_prop = endpoint.bodies[0].prop
                body_class = body_prop.class_info.name
                imports.add(body_class)
                body_schema = _resolve(spec, raw["requestBody"]["content"]["application/json"]["schema"])
                for prop in [*body_prop.required_properties, *body_prop.optional_properties]:
                    schema = _resolve(spec, body_schema.get("properties", {}).get(_text(prop.name), {}))
                    body_fields.append(_param(spec, types, prop, schema, schema.get("description", ""), imports))
            names = [p.name for p in [*positional, *keywords, *body_fields]]
            clashes = {n for n in names if names.count(n) > 1} | (set(names) & OPTION_NAMES)
            if clashes:
                raise SystemExit(f"{operation_id}: argument names clash: {sorted(clashes)}")
            response = endpoint.responses.patterns[0].prop
            returns = types.annotation(response)
            item_type = None
            query_names = {str(p.python_name) for p in endpoint.query_parameters}
            if isinstance(response, ModelProperty) and "page" in query_names:
                data = {str(p.python_name): p for p in [*response.required_properties, *response.optional_properties]}
                if isinstance(data.get("data"), ListProperty) and "next_page" in data:
                    item_type = types.annotation(data["data"].inner_property)
            doc = _doc(
                _text(endpoint.summary),
                _text(endpoint.description),
                [*positional, *keywords, *body_fields],
                f"SyncPage[{item_type}]" if item_type else returns,
                item_type is not None,
                endpoint.method,
            )
            key = (version, tag)
            if key not in resources:
                class_name = "".join(word.capitalize() for word in tag.split("_"))
                resources[key] = Resource(version, tag, ("V2" if version == "v2" else "") + class_name)
            resources[key].methods.append(
                Method(
                    name=method_name,
                    operation_id=operation_id,
                    tag=tag,
                    http_method=endpoint.method,
                    path=_text(endpoint.path),
                    positional=positional,
                    keywords=sorted(keywords, key=lambda p: p.default is not None),
                    body_class=body_class,
                    body_fields=sorted(body_fields, key=lambda p: p.default is not None),
                    returns=returns,
                    item_type=item_type,
                    runtime_imports=sorted(imports),
                    doc=doc,
                    idempotent_option=endpoint.method in {"post", "patch"},
                )
            )
    missing = set(placed) - {m.operation_id for r in resources.values() for m in r.methods}
    if missing:
        raise SystemExit(f"overrides/resource_methods.yaml names operations the spec lacks: {sorted(missing)}")
    ordered = sorted(resources.values(), key=lambda r: (r.version, r.tag))
    for resource in ordered:
        resource.methods.sort(key=lambda m: m.name)
    return ordered, types


def load_project(output_dir: Path) -> Any:
    """The generator's Project for our spec, config and templates, exactly as `openapi-python-client generate`."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from ruamel.yaml import YAML

    config = Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.PDM, SPEC, "utf-8", True, output_dir)
    data = GeneratorData.from_dict(YAML(typ="safe").load(SPEC.read_bytes()), config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"the generator could not parse the spec: {data}")
    return Project(openapi=data, config=config, custom_template_path=TEMPLATES)


def write_resources(project_dir: Path, package_dir: Path) -> None:
    project = load_project(project_dir)
    spec = yaml.safe_load(SPEC.read_text())
    resources, types = build_resources(project, spec)
    template = project.env.get_template("resources.py.jinja")
    target = package_dir / "_resources.py"
    target.write_text(
        template.render(
            resources=resources,
            v1=[r for r in resources if r.version == "v1"],
            v2=[r for r in resources if r.version == "v2"],
            type_names=sorted(types.type_names),
            uses_datetime=types.uses_datetime,
        )
    )
    # The generator's own post-hooks (the pinned ruff, isolated settings), run on this one file.
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    for command in project.config.post_hooks:
        command = f"{command.removesuffix(' .')} {target.name}"
        subprocess.run(command, shell=True, cwd=package_dir, env=env, check=True, capture_output=True)
