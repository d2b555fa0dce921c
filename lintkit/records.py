"""One codec for everything lintkit stores or sends between processes, derived from the types.

A record is the value as plain tuples, numbers and strings, which `marshal`
writes and reads several times faster than `pickle` writes dataclasses. The
codec of a type is generated from its fields and their annotations (the way
ruff derives its cache encoding from its types), so that a new field, a
removed one or two fields swapped can never be read with the old layout:

- each dataclass or named tuple becomes a tuple of its stored fields, in order;
- `X | None`, `tuple[X, ...]`, fixed tuples, `Mapping[str, X]`, enums (by
  value), dates (by ordinal) and plain values are handled by their annotation;
- a field may say how it is stored, in its dataclass metadata or with
  `Annotated[...]`: `GIVEN` (not stored; the decoder is given it, such as
  the file's path, which the next run may spell otherwise), `NOT_STORED`
  (left out; its default on load), `SAME_FILE` (a path stored as None when
  it is the given one).

`Codec.version` is a number derived from the shape of the whole record
(every type, field name, annotation and policy it reaches): stores keep it
beside each record and treat another version as a miss, so no format number
is ever bumped by hand. The encoder and decoder are generated Python source,
compiled once per type: as fast as the hand-written tuples they replace (and kept
between runs by lintkit.compiled).
"""

from __future__ import annotations

import builtins
import collections.abc
import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import inspect
import marshal
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from lintkit import compiled

T = TypeVar("T")

# Field policies (dataclass `metadata=` or `Annotated[type, policy]`).
GIVEN: Mapping[str, str] = types.MappingProxyType({"codec": "given"})
NOT_STORED: Mapping[str, str] = types.MappingProxyType({"codec": "not-stored"})
SAME_FILE: Mapping[str, str] = types.MappingProxyType({"codec": "same-file"})

_PLAIN = (int, float, str, bool, bytes, type(None))


class CodecError(TypeError):
    """A type the codec cannot derive a record for."""


def _policy(extras: tuple[Any, ...], metadata: Mapping[str, Any]) -> str:
    for extra in (*extras, metadata):
        if isinstance(extra, Mapping) and "codec" in extra:
            return str(extra["codec"])
    return "stored"


class _Builder:
    """Generates the source of the encoder and decoder of one root type."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {"_new": object.__new__, "_tuple_new": tuple.__new__}
        self.functions: list[str] = []
        self.done: dict[type, str] = {}
        self.shapes: dict[type, str] = {}
        self.counter = 0

    def name(self, prefix: str, value: Any) -> str:
        self.counter += 1
        key = f"_{prefix}{self.counter}"
        self.namespace[key] = value
        return key

    def var(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    # -- one annotation ------------------------------------------------------

    def node(self, tp: Any) -> tuple[str, Callable[[str], str], Callable[[str], str]]:
        """(shape, encode expression maker, decode expression maker) of an annotation.
        A maker turns the expression of a value into the expression of its record (or back)."""
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is typing.Annotated:
            return self.node(args[0])
        if tp is Any or tp in _PLAIN:
            name = "any" if tp is Any else tp.__name__
            return name, _same, _same
        if origin in (typing.Union, types.UnionType):
            inner = [a for a in args if a is not type(None)]
            if len(inner) != 1:
                raise CodecError(f"unions other than X | None are not supported: {tp!r}")
            shape, enc, dec = self.node(inner[0])
            if enc is _same and dec is _same:
                return f"{shape}?", _same, _same
            return (
                f"{shape}?",
                lambda x: f"(None if {x} is None else {enc(x)})",
                lambda x: f"(None if {x} is None else {dec(x)})",
            )
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                shape, enc, dec = self.node(args[0])
                if enc is _same and dec is _same:
                    return f"tuple[{shape}]", _same, _same
                v = self.var()
                return (
                    f"tuple[{shape}]",
                    lambda x: f"tuple([{enc(v)} for {v} in {x}])",
                    lambda x: f"tuple([{dec(v)} for {v} in {x}])",
                )
            parts = [self.node(a) for a in args]
            shape = "(" + ",".join(p[0] for p in parts) + ")"
            if all(p[1] is _same and p[2] is _same for p in parts):
                return shape, _same, _same
            return (
                shape,
                lambda x: "(" + "".join(f"{p[1](f'{x}[{i}]')}, " for i, p in enumerate(parts)) + ")",
                lambda x: "(" + "".join(f"{p[2](f'{x}[{i}]')}, " for i, p in enumerate(parts)) + ")",
            )
        if origin in (dict, collections.abc.Mapping):
            key_shape, key_enc, _ = self.node(args[0])
            shape, enc, dec = self.node(args[1])
            if key_enc is not _same:
                raise CodecError(f"mapping keys must be plain values: {tp!r}")
            full = f"map[{key_shape},{shape}]"
            if enc is _same and dec is _same:
                return full, _same, _same
            k, v = self.var(), self.var()
            return (
                full,
                lambda x: f"{{{k}: {enc(v)} for {k}, {v} in {x}.items()}}",
                lambda x: f"{{{k}: {dec(v)} for {k}, {v} in {x}.items()}}",
            )
        if isinstance(tp, type) and issubclass(tp, dt.date) and not issubclass(tp, dt.datetime):
            ordinal = self.name("date", dt.date.fromordinal)
            return "date", lambda x: f"{x}.toordinal()", lambda x: f"{ordinal}({x})"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            table = self.name("enum", {m.value: m for m in tp})
            shape = f"{tp.__name__}<" + ",".join(f"{m.name}={m.value!r}" for m in tp) + ">"
            return shape, lambda x: f"{x}.value", lambda x: f"{table}[{x}]"
        if isinstance(tp, type) and (dataclasses.is_dataclass(tp) or _is_named_tuple(tp)):
            enc_name, dec_name = self.record(tp)
            return self.shapes[tp], lambda x: f"{enc_name}({x}, g)", lambda x: f"{dec_name}({x}, g)"
        raise CodecError(f"no record for the annotation {tp!r}")

    # -- one record type -------------------------------------------------------

    def record(self, cls: type) -> tuple[str, str]:
        """The names of the generated encoder and decoder of a dataclass or named tuple."""
        if cls in self.done:
            return f"_enc_{self.done[cls]}", f"_dec_{self.done[cls]}"
        tag = f"{cls.__name__}{len(self.done)}"
        self.done[cls] = tag
        self.shapes[cls] = cls.__name__  # a reference to itself, while its fields are described
        hints = _hints(cls)
        if dataclasses.is_dataclass(cls):
            fields = [(f.name, f.metadata, f) for f in dataclasses.fields(cls)]
        else:
            fields = [(name, {}, None) for name in cls._fields]  # type: ignore[attr-defined]
        cls_name = self.name("cls", cls)
        stored_exprs, decoded, shapes, stored_names = [], [], [], []
        for name, metadata, dc_field in fields:
            tp = hints[name]
            extras = typing.get_args(tp)[1:] if typing.get_origin(tp) is typing.Annotated else ()
            policy = _policy(extras, metadata)
            if policy == "given":
                decoded.append("g")
                shapes.append(f"{name}=given")
                continue
            if policy == "not-stored":
                decoded.append(self.name("default", _default(cls, name, dc_field)))
                shapes.append(f"{name}=default")
                continue
            shape, enc, dec = self.node(tp)
            value = f"f{len(stored_names)}"
            if policy == "same-file":
                stored_exprs.append(f"(None if o.{name} == g else {enc('o.' + name)})")
                decoded.append(f"(g if {value} is None else {dec(value)})")
                shape = f"{shape}@file"
            else:
                stored_exprs.append(enc("o." + name))
                decoded.append(dec(value))
            stored_names.append(name)
            shapes.append(f"{name}:{shape}")
        self.shapes[cls] = f"{cls.__name__}(" + ",".join(shapes) + ")"
        encode = f"def _enc_{tag}(o, g):\n    return ({''.join(e + ', ' for e in stored_exprs)})\n"
        unpack = f"    ({''.join(f'f{i}, ' for i in range(len(stored_names)))}) = r\n"
        values = "(" + "".join(d + ", " for d in decoded) + ")"
        if dataclasses.is_dataclass(cls) and "__slots__" in vars(cls):  # each field through its slot's setter
            puts = [self.name("put", getattr(cls, name).__set__) for name, _, _ in fields]
            build = f"    o = _new({cls_name})\n    v = {values}\n"
            build += "".join(f"    {put}(o, v[{i}])\n" for i, put in enumerate(puts)) + "    return o\n"
        elif dataclasses.is_dataclass(cls):
            names = self.name("names", tuple(name for name, _, _ in fields))
            build = f"    o = _new({cls_name})\n    o.__dict__.update(zip({names}, {values}))\n    return o\n"
        else:
            build = f"    return _tuple_new({cls_name}, {values})\n"
        self.functions.append(encode)
        self.functions.append(f"def _dec_{tag}(r, g):\n{unpack}{build}")
        self.namespace[f"_positions_{tag}"] = {name: i for i, name in enumerate(stored_names)}
        return f"_enc_{tag}", f"_dec_{tag}"


_EVALUATED: dict[tuple[str, str], Any] = {}


@functools.cache
def _names_of(module: str) -> dict[str, Any]:
    """What an annotation written in this module may name."""
    return {**vars(builtins), **vars(typing), **vars(sys.modules[module])}


def _hints(cls: type) -> dict[str, Any]:
    """The class's annotations, evaluated (`from __future__ import annotations`
    keeps them as strings). As typing.get_type_hints, but each distinct string
    is evaluated once, and a bare name is looked up, not compiled: the codecs
    are made at start-up, which a pre-commit run pays."""
    names = {**_names_of(cls.__module__), cls.__name__: cls}
    out: dict[str, Any] = {}
    for name, raw in inspect.get_annotations(cls).items():
        if isinstance(raw, typing.ForwardRef):  # a NamedTuple's string annotation
            raw = raw.__forward_arg__
        if not isinstance(raw, str):
            out[name] = raw
        elif raw.isidentifier():
            out[name] = names[raw]
        else:
            key = (cls.__module__, raw)
            if key not in _EVALUATED:
                _EVALUATED[key] = eval(raw, names)  # an annotation of lintkit's own code
            out[name] = _EVALUATED[key]
    return out


def _same(x: str) -> str:
    return x


def _is_named_tuple(tp: type) -> bool:
    return issubclass(tp, tuple) and hasattr(tp, "_fields")


def _default(cls: type, name: str, dc_field: dataclasses.Field[Any] | None) -> Any:
    if dc_field is not None:
        if dc_field.default is not dataclasses.MISSING:
            return dc_field.default
        if dc_field.default_factory is not dataclasses.MISSING:
            return dc_field.default_factory()
    raise CodecError(f"{cls.__name__}.{name} is not stored, so it needs a default")


class _Compiled:
    """The functions every codec of the process generated, compiled in one
    namespace: a type held by several records (a Finding) is generated once,
    and the source is compiled when a codec is first used, not at import."""

    def __init__(self) -> None:
        self.builder = _Builder()
        self.compiled = 0  # functions of the builder compiled so far

    def namespace(self) -> dict[str, Any]:
        functions = self.builder.functions
        if self.compiled < len(functions):
            source = "".join(functions[self.compiled :])
            exec(compiled.code(source, "<lintkit.records>"), self.builder.namespace)
            self.compiled = len(functions)
        return self.builder.namespace


_COMPILED = _Compiled()


class Codec(Generic[T]):
    """The record codec of one type (see the module docstring).

    `encode(value, given)` makes the record and `decode(record, given)` the
    value back; `given` is what `GIVEN` fields take on load (and what a
    `SAME_FILE` path is compared with). `dumps` / `loads` add marshal."""

    def __init__(self, cls: type[T]) -> None:
        builder = _COMPILED.builder
        self._names = builder.record(cls)
        self.cls = cls
        self.shape = builder.shapes[cls]
        self.version = int.from_bytes(hashlib.blake2b(self.shape.encode(), digest_size=7).digest(), "big")
        self._builder = builder
        self._variants: dict[tuple[tuple[str, Any], ...], Callable[[tuple[Any, ...], str], T]] = {}

    @functools.cached_property
    def encode(self) -> Callable[[T, str], tuple[Any, ...]]:
        return _COMPILED.namespace()[self._names[0]]  # type: ignore[no-any-return]

    @functools.cached_property
    def decode(self) -> Callable[[tuple[Any, ...], str], T]:
        return _COMPILED.namespace()[self._names[1]]  # type: ignore[no-any-return]

    def position(self, name: str, cls: type | None = None) -> int:
        """Where a stored field of this type (or of a type it holds) is in its record."""
        tag = self._builder.done[cls or self.cls]
        return int(self._builder.namespace[f"_positions_{tag}"][name])

    def decoder(self, **constants: Any) -> Callable[[tuple[Any, ...], str], T]:
        """A decoder that leaves the named top-level fields undecoded, set to
        the given values instead (a reader that does not need them)."""
        key = tuple(sorted(constants.items(), key=lambda kv: kv[0]))
        if key not in self._variants:
            positions = self._builder.namespace[f"_positions_{self._builder.done[self.cls]}"]
            decode = self.decode
            blank = {positions[name]: value for name, value in constants.items()}
            # Decoding a record whose skipped fields hold a cheap stand-in gives the same object.
            standin = {i: _standin(v) for i, v in blank.items()}
            names = tuple(constants)

            def partial(record: tuple[Any, ...], given: str) -> T:
                light = tuple(standin.get(i, v) for i, v in enumerate(record))
                value = decode(light, given)
                for n in names:  # a frozen dataclass's own fields, set once as its __init__ would
                    object.__setattr__(value, n, constants[n])
                return value

            self._variants[key] = partial
        return self._variants[key]

    def dumps(self, value: T, given: str = "") -> bytes:
        return marshal.dumps(self.encode(value, given))

    def loads(self, data: bytes, given: str = "") -> T:
        return self.decode(marshal.loads(data), given)


def _standin(value: Any) -> Any:
    """The record of a value that decodes without work: () for a tuple, None otherwise."""
    return () if isinstance(value, tuple) else None
