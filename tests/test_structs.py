"""lintkit.structs.dataclass behaves as dataclasses.dataclass: every lintkit class it makes against a twin the
standard decorator makes from the same fields, and the cases lintkit's classes do not all show."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import sys
from typing import Any

import pytest

import lintkit
from lintkit.structs import dataclass


def _made_here(cls: type) -> bool:
    init = cls.__dict__.get("__init__")
    return getattr(getattr(init, "__code__", None), "co_filename", "").startswith("<dataclass ")


def _lintkit_classes() -> list[type]:
    for info in pkgutil.walk_packages(lintkit.__path__, "lintkit."):
        importlib.import_module(info.name)
    return sorted(
        {
            value
            for name, module in list(sys.modules.items())
            if name.startswith("lintkit")
            for value in vars(module).values()
            if isinstance(value, type) and value.__module__ == name and _made_here(value)
        },
        key=lambda c: (c.__module__, c.__qualname__),
    )


def _twin(cls: type) -> type:
    """The same fields and options, through the standard decorator."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    spec = []
    for f in dataclasses.fields(cls):
        kw: dict[str, Any] = {"repr": f.repr, "compare": f.compare, "hash": f.hash, "metadata": f.metadata}
        if f.default is not dataclasses.MISSING:
            kw["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            kw["default_factory"] = f.default_factory
        spec.append((f.name, f.type, dataclasses.field(**kw)))
    own = {k: v for k, v in vars(cls).items() if k not in {f.name for f in dataclasses.fields(cls)}}
    names = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__dict__", "__weakref__")
    namespace = {k: v for k, v in own.items() if k not in names and not k.startswith("__dataclass")}
    namespace.update({k: own[k] for k in ("__repr__", "__eq__", "__hash__") if k in cls.__dict__ and _kept(cls, k)})
    namespace.update({"__module__": cls.__module__, "__qualname__": cls.__qualname__})
    return dataclasses.make_dataclass(
        cls.__name__,
        spec,
        bases=cls.__bases__,
        namespace=namespace,
        repr=params.repr,
        eq=params.eq,
        frozen=params.frozen,
    )


def _kept(cls: type, name: str) -> bool:
    """A method the class wrote itself (not one lintkit.structs added)."""
    return getattr(cls.__dict__[name], "__module__", None) == cls.__module__


def _sample(cls: type, offset: int) -> dict[str, Any]:
    return {f.name: (offset, f.name) for f in dataclasses.fields(cls)}


CLASSES = _lintkit_classes()


def test_lintkit_classes_are_made_by_structs() -> None:
    assert len(CLASSES) >= 40  # the model, the results, the settings, the scores, the corpus


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_each_class_behaves_as_its_standard_twin(cls: type) -> None:
    twin = _twin(cls)
    assert str(inspect.signature(cls)) == str(inspect.signature(twin))
    assert cls.__init__.__annotations__ == twin.__init__.__annotations__
    assert cls.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]
    assert [f.name for f in dataclasses.fields(cls)] == [f.name for f in dataclasses.fields(twin)]
    assert (cls.__hash__ is None) == (twin.__hash__ is None)
    a, b = cls(**_sample(cls, 1)), twin(**_sample(cls, 1))
    assert repr(a).replace(twin.__qualname__, cls.__qualname__) == repr(b)
    assert vars(a) == vars(b)
    assert vars(cls()) == vars(twin()) if not inspect.signature(cls).parameters else True
    for offset in (1, 2):  # equal fields, then others
        same = (a == cls(**_sample(cls, offset)), a != cls(**_sample(cls, offset)))
        assert same == (b == twin(**_sample(cls, offset)), b != twin(**_sample(cls, offset)))
    assert a.__eq__(b) is NotImplemented
    if twin.__hash__ is not None and twin.__hash__ is not object.__hash__:
        assert hash(a) == hash(b)
    params = twin.__dataclass_params__  # type: ignore[attr-defined]
    assert (cls.__dataclass_params__.frozen, cls.__dataclass_params__.eq) == (params.frozen, params.eq)  # type: ignore[attr-defined]
    first = dataclasses.fields(cls)[0].name if dataclasses.fields(cls) else "x"
    for obj in (a, b):
        if params.frozen:
            with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{first}'"):
                setattr(obj, first, 0)
            with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{first}'"):
                delattr(obj, first)
    if dataclasses.fields(cls):
        assert vars(dataclasses.replace(a, **{first: 3})) == vars(cls(**{**_sample(cls, 1), first: 3}))


@dataclass(frozen=True)
class _Point:
    """Fields with every option lintkit uses."""

    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list, compare=False)
    note: str = dataclasses.field(default="", repr=False)


@dataclass(frozen=True)
class _One:
    """One compared field: its hash is the 1-tuple's, as the standard one's."""

    x: int
    y: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True)
class _Own:
    """Methods written by the class are kept."""

    x: int

    def __repr__(self) -> str:
        return "own"

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return 7


@dataclass
class _Node:
    """Mutable; refers to itself."""

    children: list[Any] = dataclasses.field(default_factory=list)


def test_fields_defaults_factories_compare_and_repr() -> None:
    p = _Point(1, tags=["a"], note="n")
    assert repr(p) == "_Point(x=1, y=0, tags=['a'])"
    assert p == _Point(1, 0, ["b"], "n") and hash(p) == hash((1, 0, "n")) and p != _Point(1, note="m")
    assert _Point(1).tags == [] and _Point(1).tags is not _Point(1).tags
    assert hash(_One(5, 9)) == hash((5,)) and _One(5, 1) == _One(5, 2)
    assert (
        str(inspect.signature(_Point))
        == "(x: 'int', y: 'int' = 0, tags: 'list[str]' = <factory>, note: 'str' = '') -> None"
    )
    assert _Point.__init__.__qualname__ == "_Point.__init__" and _Point.__repr__.__qualname__ == "_Point.__repr__"
    assert dataclasses.asdict(p) == {"x": 1, "y": 0, "tags": ["a"], "note": "n"}
    assert dataclasses.astuple(_One(1)) == (1, 0)


def test_methods_the_class_writes_are_kept() -> None:
    assert (repr(_Own(1)), _Own(1) == _Own(2), hash(_Own(1))) == ("own", True, 7)
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Own(1).x = 2  # type: ignore[misc]


def test_mutable_classes_are_unhashable_and_repr_stops_at_itself() -> None:
    node = _Node()
    node.children.append(node)
    assert repr(node) == "_Node(children=[...])"
    assert _Node.__hash__ is None
    node.children = []
    assert node == _Node()


def test_what_it_does_not_write_goes_to_the_standard_decorator() -> None:
    @dataclass(frozen=True, slots=True)
    class Slotted:
        """Slots."""

        x: int

    @dataclass
    class Posted:
        """A __post_init__."""

        x: int

        def __post_init__(self) -> None:
            self.x += 1

    @dataclass(frozen=True)
    class Child(_One):
        """A dataclass base."""

        z: int = 0

    for cls in (Slotted, Posted, Child):
        assert not _made_here(cls)
    assert Posted(1).x == 2 and Child(1, 2, 3).z == 3 and Slotted(1).__slots__ == ("x",)
    with pytest.raises(TypeError, match="non-default argument 'y' follows default argument"):

        @dataclass
        class Bad:
            """Out of order."""

            x: int = 0
            y: int  # type: ignore[misc]


def test_cached_property_makes_its_value_once_and_keeps_it_on_a_frozen_instance() -> None:
    """lintkit.structs.cached_property behaves as functools.cached_property: the
    method runs at the first read only, its value is kept in the instance's
    `__dict__` (a frozen dataclass too), each instance has its own, and the
    class reads the descriptor with the method's docstring."""
    from lintkit.structs import cached_property

    calls: list[int] = []

    @dataclass(frozen=True)
    class Box:
        n: int

        @cached_property
        def double(self) -> int:
            """Twice n."""
            calls.append(self.n)
            return 2 * self.n

    a, b = Box(1), Box(2)
    assert (a.double, a.double, b.double, a.double) == (2, 2, 4, 2)
    assert calls == [1, 2]
    assert a.__dict__["double"] == 2
    assert isinstance(Box.double, cached_property) and Box.double.__doc__ == "Twice n."
    assert a == Box(1) and hash(a) == hash(Box(1))  # the kept value is no field
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.n = 3  # type: ignore[misc]
