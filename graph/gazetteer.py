"""The gazetteer of administrative divisions, read from jionlp's data file.

jionlp ships `china_location.zip`: every province, prefecture and county of China
with its GB/T 2260 code and short name, and below them every town (镇/乡/街道) and
village/community. We read that file directly (no `import jionlp`, which unpacks
dictionaries and loads a 150 MB dependency) and keep:
- provinces, prefectures and counties of all China (so 广州市 is a place too);
- towns and villages of the provinces in `detail_provinces` (Hunan by default).

Keys: the GB/T 2260 code where the level has one ("430182"); below county level,
the county code plus the names on the path ("430182/资福镇", "430182/资福镇/植木桥村").
"""
from __future__ import annotations

import hashlib
import importlib.util
import pickle
import re
import sys
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .cache import read_pickle, user_cache_dir, write_pickle


MAX_DEPTH = 6   # province > prefecture > county > town > village, with room for one more level

# Lines of the data file that stand for "the prefecture itself" (a prefecture without counties,
# such as 东莞市, lists its towns under this placeholder with the prefecture's own code).
PLACEHOLDER_COUNTIES = frozenset({"市直辖行政区划", "省直辖县级行政区划", "自治区直辖县级行政区划"})


class GazetteerError(Exception):
    """The gazetteer data file cannot be found or read."""


@dataclass(frozen=True)
class PlaceEntry:
    key: str
    name: str                 # full official name (宁乡市)
    level: str                # see graph.model.PlaceLevel
    parent: str | None        # key of the parent entry
    code: str | None = None   # GB/T 2260 code, where one exists
    short: str | None = None  # short form (宁乡), for province/prefecture/county


@dataclass
class Gazetteer:
    entries: dict[str, PlaceEntry] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=dict)     # full name -> keys
    by_short: dict[str, list[str]] = field(default_factory=dict)    # short form -> keys
    # What this gazetteer was loaded from (the name of its cache file, a hash of the data and
    # the code that parsed it), for tables derived from it to be cached under; None once changed.
    origin: str | None = field(default=None, compare=False, repr=False)

    def add(self, entry: PlaceEntry) -> None:
        self.origin = None
        self.entries[entry.key] = entry
        self.by_name.setdefault(entry.name, []).append(entry.key)
        if entry.short and entry.short != entry.name:
            self.by_short.setdefault(entry.short, []).append(entry.key)

    def get(self, key: str) -> PlaceEntry:
        return self.entries[key]

    def lookup(self, name: str) -> list[PlaceEntry]:
        """Entries whose full name is `name`, else whose short form is `name`."""
        keys = self.by_name.get(name) or self.by_short.get(name) or []
        return [self.entries[k] for k in keys]

    def ancestors(self, key: str) -> list[PlaceEntry]:
        """Parent, grandparent, … up to the province (at most MAX_DEPTH of them)."""
        out = []
        entry = self.entries.get(key)
        while entry is not None and entry.parent is not None and len(out) < MAX_DEPTH:
            entry = self.entries.get(entry.parent)
            if entry is not None:
                out.append(entry)
        return out

    def validate(self) -> None:
        """Raise GazetteerError unless every parent exists and no chain of parents loops."""
        for entry in self.entries.values():
            if entry.parent is not None and entry.parent not in self.entries:
                raise GazetteerError(f"gazetteer entry {entry.key} ({entry.name}) has an unknown parent {entry.parent}")
        depth: dict[str, int] = {}
        for key in self.entries:
            path: list[str] = []
            k: str | None = key
            while k is not None and k not in depth:
                if k in path:
                    raise GazetteerError(f"gazetteer parents loop at {k} ({self.entries[k].name})")
                path.append(k)
                k = self.entries[k].parent
            base = -1 if k is None else depth[k]
            for i, p in enumerate(reversed(path), start=1):
                depth[p] = base + i
                if depth[p] > MAX_DEPTH:
                    raise GazetteerError(f"gazetteer entry {p} is nested deeper than {MAX_DEPTH} levels")

    def is_within(self, key: str, ancestor: str) -> bool:
        return any(a.key == ancestor for a in self.ancestors(key))

    def add_alias(self, alias: str, key: str) -> None:
        self.origin = None
        keys = self.by_short.setdefault(alias, [])
        if key not in keys:
            keys.append(key)

    def add_former_name(self, name: str, key: str) -> None:
        """A name the unit `key` had before a change of status (宁乡县 for 宁乡市): a full name."""
        self.origin = None
        keys = self.by_name.setdefault(name, [])
        if key not in keys:
            keys.append(key)

    def names(self) -> list[str]:
        return list(self.by_name) + list(self.by_short)

    def __len__(self) -> int:
        return len(self.entries)


def jionlp_data_file() -> Path:
    """Path of jionlp's china_location.zip, found without importing jionlp."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError("the jionlp package is not installed: pip install jionlp")
    path = Path(list(spec.submodule_search_locations)[0]) / "dictionary" / "china_location.zip"
    if not path.exists():
        raise GazetteerError(f"jionlp's gazetteer data is missing: {path}")
    return path


def _county_level(name: str) -> str:
    if re.search(r"(开发区|高新区|示范区|管理区|产业园区?|园区|新区)$", name):
        return "zone"
    if name.endswith("区"):
        return "district"
    if name.endswith("市"):
        return "county_city"
    return "county"  # 县, 自治县, 旗, 林区 …


def _town_level(name: str) -> str:
    if name.endswith("街道") or name.endswith("街道办事处"):
        return "subdistrict"
    if name.endswith("乡"):
        return "township"
    if re.search(r"(开发区|园区|管理区|管理处|示范区|农场|场)$", name):
        return "zone"
    return "town"


def _without_address(name: str, county: str, town: str) -> str:
    """A village the table writes with its full address (韶山市银田镇银田村: every village of one
    county) is named as the news names it, without its county's and town's names."""
    prefix = county + town
    return name[len(prefix):] if name.startswith(prefix) and len(name) > len(prefix) + 2 else name


def _village_level(name: str) -> str:
    return "community" if name.endswith("社区") or name.endswith("居委会") else "village"


def _short_forms(name: str, alias: str | None) -> list[str]:
    """Short forms a newspaper uses: jionlp's alias, and X州/X县 for autonomous units."""
    forms = []
    if alias and alias not in {"经开区", "高新区", "管理区"} and len(alias) >= 2:
        forms.append(alias)
    m = re.match(r"^(.{2,3}?)(?:土家族|苗族|侗族|瑶族|彝族|藏族|回族|壮族|蒙古族|白族|傣族|哈尼族|[\u4e00-\u9fff]{1,3}族)+自治(州|县)$", name)
    if m:
        forms.append(m.group(1) + m.group(2))
        forms.append(m.group(1))
    return forms


FORMER_NAME_SUFFIXES = ("县", "市", "地区", "州")   # a renamed 县 / 市 / 地区; old 区 names are
                                                 # mostly generic (城区, 矿区, 郊区) and left out


def _find(gaz: Gazetteer, name: str, parent: str | None) -> str | None:
    """The key of the entry called `name` under `parent` (None: a province)."""
    for key in gaz.by_name.get(name, ()):
        if gaz.entries[key].parent == parent:
            return key
    return None


def _former_names(gaz: Gazetteer, lines: list[str]) -> list[tuple[str, str]]:
    """(former name, key of the unit now) from jionlp's change table, one change a line:
    date, approval, province, its short form[, old city, its short form[, old county, its short
    form]] => province, city[, county]. Only former names no current unit bears."""
    out: list[tuple[str, str]] = []
    for line in lines:
        old, sep, new = line.partition("=>")
        if not sep:
            continue
        before, after = old.split("\t")[2:], new.split("\t")
        if len(after) < 2 or len(before) < 4:
            continue
        province = _find(gaz, after[0], None)
        key = _find(gaz, after[1], province) if province else None
        former = before[2]
        if len(after) >= 3 and len(before) >= 6 and key is not None:
            key, former = _find(gaz, after[2], key), before[4]
        if key is None or former in gaz.by_name or len(former) < 3 or not former.endswith(FORMER_NAME_SUFFIXES):
            continue
        out.append((former, key))
    return out


def add_former_names(gaz: Gazetteer, path: Path | None = None) -> None:
    """Read names units bore before a change (株洲县 -> 渌口区, 邵东县 -> 邵东市, 襄樊市 -> 襄阳市)
    from jionlp's china_location_change.txt: an article of 2015 still writes 宁乡县. A missing
    table is no error (the current names are all there)."""
    path = path or jionlp_data_file().with_name("china_location_change.txt")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    for former, key in _former_names(gaz, lines):
        gaz.add_former_name(former, key)


def add_former_county_names(gaz: Gazetteer) -> None:
    """X县 for a district or county-level city X区 / X市 when no unit is called X县: counties
    become districts and cities and keep their name (崇礼县 -> 崇礼区, 宁乡县 -> 宁乡市), and
    the change table does not list them all."""
    for entry in list(gaz.entries.values()):
        if entry.level not in {"district", "county_city"} or entry.code is None:
            continue
        core = entry.name[:-1]
        former = core + "县"
        if len(core) >= 2 and former not in gaz.by_name and former not in gaz.by_short:   # 宽城县: 宽城满族自治县
            gaz.add_former_name(former, entry.key)


@lru_cache(maxsize=4)
def load_gazetteer(detail_provinces: tuple[str, ...] = ("43",)) -> Gazetteer:
    """jionlp's gazetteer; towns and villages only for `detail_provinces` (code prefixes).

    Parsing the data file takes about half a second; the parsed gazetteer is kept in the
    user's cache folder (see `cache.user_cache_dir`), keyed by the data files and this module's code,
    and read back in a tenth of that."""
    path = _cache_file(detail_provinces)
    gaz = read_pickle(path, Gazetteer) if path is not None else None
    if gaz is None:
        gaz = parse_gazetteer(detail_provinces)
        if path is not None:
            write_pickle(path, gaz)
    gaz.origin = path.stem if path is not None else None
    return gaz


def _cache_file(detail_provinces: tuple[str, ...]) -> Path | None:
    folder = user_cache_dir()
    if folder is None:
        return None
    try:
        data = jionlp_data_file()
        key = hashlib.sha256()
        for path in (data, data.with_name("china_location_change.txt")):
            info = path.stat() if path.exists() else None
            key.update(f"{path}:{info.st_size}:{info.st_mtime_ns}|".encode() if info else b"-|")
        key.update(Path(__file__).read_bytes())
        key.update(repr((detail_provinces, sys.version_info[:2], pickle.HIGHEST_PROTOCOL)).encode())
    except (OSError, GazetteerError):
        return None
    return folder / f"gazetteer-{key.hexdigest()[:20]}.pickle"


def parse_gazetteer(detail_provinces: tuple[str, ...] = ("43",)) -> Gazetteer:
    """Parse jionlp's data file (no cache); see `load_gazetteer`."""
    try:
        with zipfile.ZipFile(jionlp_data_file()) as archive:
            text = archive.read("china_location.txt").decode("utf-8")
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise GazetteerError(f"cannot read jionlp's gazetteer: {exc}") from None
    gaz = Gazetteer()
    province = city = county = town = None
    detail = False
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if not fields[0]:
            continue
        if depth == 0 and len(fields) == 3:
            name, code, alias = fields
            province = code
            detail = code[:2] in detail_provinces
            gaz.add(PlaceEntry(code, name, "province", None, code, alias))
        elif depth == 1 and len(fields) == 3 and province:
            name, code, alias = fields
            if code == province:  # municipalities list themselves as their own city
                city = province
                continue
            city = code
            gaz.add(PlaceEntry(code, name, "prefecture_city", province, code, alias.split("/")[0]))
        elif depth == 2 and len(fields) == 3 and city:
            name, code, alias = fields
            if name in PLACEHOLDER_COUNTIES and code == city:
                county = city   # its towns belong to the prefecture itself
                continue
            # A division without a code of its own (香港's districts carry the region's
            # code) is keyed by its path, never by the code its parent already holds.
            key = code if code not in gaz.entries else f"{city}/{name}"
            county = key
            entry = PlaceEntry(key, name, _county_level(name), city, code if key == code else None, None)
            gaz.add(entry)
            for form in _short_forms(name, alias):
                gaz.add_alias(form, key)
        elif depth == 3 and detail and county:
            town = f"{county}/{fields[0]}"
            gaz.add(PlaceEntry(town, fields[0], _town_level(fields[0]), county))
        elif depth == 4 and detail and town:
            name = _without_address(fields[0], gaz.entries[county].name, gaz.entries[town].name)
            key = f"{town}/{name}"
            gaz.add(PlaceEntry(key, name, _village_level(name), town))
    for entry in list(gaz.entries.values()):
        if entry.level == "prefecture_city":
            for form in _short_forms(entry.name, None):
                gaz.add_alias(form, entry.key)
    add_former_names(gaz)
    add_former_county_names(gaz)
    gaz.validate()
    return gaz
