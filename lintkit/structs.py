"""`dataclass`, made for less at import: the methods `dataclasses.dataclass` writes, the same, but only
`__init__` compiled.

On Python 3.11, `dataclasses.dataclass` writes each method it adds (`__init__`, `__repr__`, `__eq__`,
`__hash__`, and a frozen class's `__setattr__` and `__delattr__`) as source and compiles it with its own
`exec`: six compilations for a frozen class, about a third of a one-file run's start-up (a pre-commit
hook's, issue 16). Here the standard decorator does the rest (the fields, their defaults, `fields()`,
`replace()`, `__match_args__`) and adds no method; `__init__`, which runs for every value made, is then
written as it would write it and compiled once per class (kept between runs by lintkit.compiled), and
the other methods are shared functions over the class's field names (`operator.attrgetter`), which
compile nothing:

- `__eq__` compares the tuples of the fields that compare, when both are of the same class;
- `__hash__` (frozen, with `eq`) hashes that tuple: the same hash values as the standard one's;
- `__repr__` is `Name(a=1, b='x')` over the fields shown, `...` for a value that holds itself;
- a frozen class's `__setattr__` and `__delattr__` raise `dataclasses.FrozenInstanceError`.

A method the class writes itself is kept, as the standard decorator keeps it. Options or fields this
does not write for (`order`, `unsafe_hash`, `slots`, `kw_only`, `__post_init__`, `InitVar`,
`init=False` fields, a dataclass base) go to the standard decorator whole. tests/test_structs.py holds
the two to the same behaviour, class by class.
"""

from __future__ import annotations

import dataclasses
import inspect
import operator
import reprlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from lintkit import compiled

T = TypeVar("T")

# The marker the standard `__init__` takes as a default-factory field's default (`<factory>` in a signature).
_FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", object())


@overload
def dataclass(cls: type[T], /) -> type[T]: ...


@overload
def dataclass(
    *, frozen: bool = False, eq: bool = True, repr: bool = True, **standard: Any
) -> Callable[[type[T]], type[T]]: ...


def dataclass(cls: Any = None, /, *, frozen: bool = False, eq: bool = True, repr: bool = True, **standard: Any) -> Any:
    """`dataclasses.dataclass` with the same arguments and the same result (see the module docstring)."""

    def wrap(cls: type[T]) -> type[T]:
        if standard or not _plain(cls):
            return dataclasses.dataclass(cls, frozen=frozen, eq=eq, repr=repr, **standard)
        made = dataclasses.dataclass(cls, init=False, repr=False, eq=False)
        _add_methods(made, frozen=frozen, eq=eq, repr=repr)
        return made

    return wrap if cls is None else wrap(cls)


def _plain(cls: type) -> bool:
    """Whether the class needs nothing but what `_add_methods` writes (and has its own docstring: the
    standard decorator writes one from `__init__`'s signature)."""
    if not cls.__doc__ or hasattr(cls, "__post_init__") or any(map(dataclasses.is_dataclass, cls.__mro__[1:])):
        return False
    annotations = inspect.get_annotations(cls)
    if "self" in annotations or any("InitVar" in str(a) or "KW_ONLY" in str(a) for a in annotations.values()):
        return False
    own = [v for v in vars(cls).values() if isinstance(v, dataclasses.Field)]
    return not any(not v.init or v.kw_only is True for v in own)


def _add_methods(cls: type, *, frozen: bool, eq: bool, repr: bool) -> None:
    fields = dataclasses.fields(cls)
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    params.init, params.repr, params.eq, params.frozen = True, repr, eq, frozen
    own = cls.__dict__
    if "__init__" not in own:
        _set(cls, _init(cls, fields, frozen))
    if repr and "__repr__" not in own:
        _set(cls, _repr([f.name for f in fields if f.repr]))
    compared = [f.name for f in fields if f.compare]
    if eq and "__eq__" not in own:
        _set(cls, _eq(_key(compared)))
    class_hash = own.get("__hash__", dataclasses.MISSING)
    explicit_hash = not (class_hash is dataclasses.MISSING or (class_hash is None and "__eq__" in own))
    if eq and not explicit_hash:
        if frozen:
            _set(cls, _hash(_key([f.name for f in fields if (f.compare if f.hash is None else f.hash)])))
        else:
            cls.__hash__ = None  # type: ignore[assignment]
    if frozen:
        names = frozenset(f.name for f in fields)
        for fn in _frozen(cls, names):
            if fn.__name__ in own:
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")
            _set(cls, fn)


def _set(cls: type, fn: Callable[..., Any]) -> None:
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    setattr(cls, fn.__name__, fn)


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...], frozen: bool) -> Callable[..., None]:
    """`__init__` as the standard decorator writes it: one compilation."""
    namespace: dict[str, Any] = {"_FACTORY": _FACTORY, "_setattr": object.__setattr__}
    params, body, defaults = [], [], False
    for f in fields:
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING and defaults:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        defaults = defaults or f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        value = f.name
        if f.default_factory is not dataclasses.MISSING:
            namespace[f"_dflt_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            value = f"_dflt_{f.name}() if {f.name} is _FACTORY else {f.name}"
        elif f.default is not dataclasses.MISSING:
            namespace[f"_dflt_{f.name}"] = f.default
            params.append(f"{f.name}=_dflt_{f.name}")
        else:
            params.append(f.name)
        body.append(f"_setattr(self,{f.name!r},{value})" if frozen else f"self.{f.name}={value}")
    source = f"def __init__({', '.join(['self', *params])}):\n " + ("\n ".join(body) or "pass") + "\n"
    exec(compiled.code(source, f"<dataclass {cls.__module__}.{cls.__qualname__}>"), namespace)
    init: Callable[..., None] = namespace["__init__"]
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
    return init


def _key(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of the named fields of a value, `(self.a, self.b)`."""
    if len(names) >= 2:
        return operator.attrgetter(*names)
    if names:
        one = operator.attrgetter(names[0])
        return lambda value: (one(value),)
    return lambda value: ()


def _eq(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


def _hash(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(key(self))

    return __hash__


def _repr(names: list[str]) -> Callable[[Any], str]:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _frozen(cls: type, names: frozenset[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


class cached_property(Generic[T]):
    """`functools.cached_property` without its lock: the value, made by the
    method at the first read, goes into the instance's `__dict__`, where later
    reads find it before the descriptor (frozen dataclasses too). On Python
    3.11 the standard one takes a lock at every first read: three times the
    cost, and a block's text, folded text, sentences and word count are each
    read first some 80,000 times over 1,000 posts. lintkit reads its values
    from one thread."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object, owner: type | None = None) -> T | cached_property[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
