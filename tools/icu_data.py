"""An English-only ICU data library for the Linux bundle: Qt's 31 MB of ICU data down to a few MB.

PySide6's Linux wheels link Qt Core against ICU 73, whose `libicudata.so.73` carries data for
every locale, script and legacy codec: a third of the whole bundle. Qt reads very little of it
(collation for sorting file names, case mapping, time-zone names), and Seam's screens are in
English. So build.spec swaps in a library holding the same ICU "common data" package with only
what that needs, much as Node.js ships its "small-icu" build:

- shared tables (properties, normalization, likely subtags, time zones, plural rules...);
- in every locale tree (collation, zones, currencies, languages, regions, units...), the root
  and English locales only; any other locale falls back to root, as ICU does for a locale it
  lacks (German collation becomes the Unicode default order);
- no legacy codecs (*.cnv), break-iterator dictionaries (*.dict), transliterators, number
  spell-out rules or Unicode character names, none of which Qt asks ICU for.

The package format ("CmnD": a header, a table of contents sorted by name, then 16-byte aligned
items) is ICU's own; see ICU's ucmndata.h. The library is one read-only symbol, built with the C
compiler the machine already has for Python packages.

    python tools/icu_data.py LIBICUDATA OUT_DIR   # writes OUT_DIR/<same name>, prints sizes
"""

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ALIGN = 16
# Locale data files are named by locale id ("de", "sr_Latn_BA"); these are the ones kept.
_LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_KEPT_LOCALES = re.compile(r"^(root|en|en_.*)$")
_NOT_LOCALES = {"res_index", "pool"}  # named like locales, but every tree needs them
_DROPPED_TREES = {"translit", "rbnf"}
_DROPPED_SUFFIXES = {".cnv", ".dict"}
_DROPPED_FILES = {"unames.icu"}


@dataclass(frozen=True)
class Item:
    name: str  # e.g. "icudt73l/coll/root.res"
    data: bytes


def keep(name: str) -> bool:
    """Whether the item `name` of the package stays in the English-only data."""
    parts = name.split("/")[1:]  # drop the package name, "icudt73l"
    path = Path(*parts)
    if path.suffix in _DROPPED_SUFFIXES or path.name in _DROPPED_FILES:
        return False
    if len(parts) > 1 and parts[0] in _DROPPED_TREES:
        return False
    stem = path.stem
    if path.suffix == ".res" and stem not in _NOT_LOCALES and _LOCALE_ID.match(stem):
        return bool(_KEPT_LOCALES.match(stem))
    return True


# ----- the common data package ------------------------------------------------------------------


def read_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """The package's header and its items, from the bytes of a CmnD package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise ValueError("only little-endian ICU data is handled")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        items.append(Item(name, toc[data_at:end]))
    return blob[:header_size], items


def _pad(size: int) -> int:
    return -size % ALIGN


def write_package(header: bytes, items: list[Item]) -> bytes:
    """A package of `items`, kept in the given (sorted) order: ICU looks names up by bisection."""
    names = b"".join(item.name.encode("ascii") + b"\0" for item in items)
    name_offsets, at = [], 4 + 8 * len(items)
    for item in items:
        name_offsets.append(at)
        at += len(item.name) + 1
    at += _pad(at)
    data_offsets = []
    for item in items:
        data_offsets.append(at)
        at += len(item.data) + _pad(len(item.data))
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for name_at, data_at in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", name_at, data_at)
    out += names + b"\0" * _pad(4 + 8 * len(items) + len(names))
    for item in items:
        out += item.data + b"\0" * _pad(len(item.data))
    return bytes(out)


# ----- the shared library -----------------------------------------------------------------------


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The exported data symbol of an ICU data library: its name, file offset and size."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in symbols.splitlines():
        fields = line.split()
        if len(fields) == 8 and fields[7].startswith("icudt") and fields[7].endswith("_dat"):
            address, size = int(fields[1], 16), int(fields[2], 0)
            break
    else:
        raise ValueError(f"{library} exports no icudt*_dat symbol")
    for line in sections.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, length = (int(g, 16) for g in match.groups())
            if start <= address < start + length:
                return fields[7], offset + address - start, size
    raise ValueError(f"no section of {library} holds its ICU data")


def _soname(library: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"\(SONAME\).*\[(.+)\]", dynamic)
    return match.group(1) if match else library.name


def trim_library(library: Path, out_dir: Path) -> Path:
    """Write the English-only twin of ICU data `library` into `out_dir`; returns its path."""
    symbol, offset, size = _data_symbol(library)
    blob = library.read_bytes()[offset : offset + size]
    header, items = read_package(blob)
    package = write_package(header, [item for item in items if keep(item.name)])
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("a C compiler (cc) is needed to build the trimmed ICU data library")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / library.name
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "icudata.dat"
        data.write_bytes(package)
        source = Path(scratch) / "icudata.S"
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{_soname(library)}",
                "-o",
                str(target),
                str(source),
            ],
            check=True,
        )
    return target


def main(argv: list[str]) -> int:
    library, out_dir = Path(argv[1]), Path(argv[2])
    target = trim_library(library, out_dir)
    print(f"{library.name}: {library.stat().st_size:,} -> {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
