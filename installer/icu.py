"""Trim the ICU data library that Qt for Linux carries (``libicudata.so.NN``, 31 MB).

Qt's Linux wheels link ICU, whose one data library holds every locale of CLDR,
190 legacy character-set converters, Thai/Khmer/Lao/Burmese/CJK word
dictionaries and transliteration rules. Qt uses ICU for collation, case
mapping, locale data and text boundaries in the languages the app shows; the
app reads and writes UTF-8 only. This module rebuilds the library with the root
data, the infrastructure files (normalisation, properties, time zones, plural
rules, ...) and the locales of ``LANGUAGES``; it drops the rest.

It needs Debian's ``icu-devtools`` (``icupkg``, ``genccode``) and a C compiler.
Where they are missing it says so and leaves the library as it is: the bundle
then works as before and is about 10 MB bigger once compressed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Locales kept: English, and the languages of the partnerships (Arabic, Somali).
LANGUAGES = ("en", "ar", "so")
#: Whole data trees Qt never reads: transliterators and the word dictionaries.
DROPPED_TREES = ("translit/",)
_LOCALE_FILE = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
_SYMBOL = re.compile(r"\b(icudt(\d+)_dat)$")


def dropped(item: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether the ICU data item ``item`` (as ``icupkg -l`` names it) leaves the bundle."""
    if item.endswith(".cnv") or item.endswith(".dict"):
        return True  # legacy converters and dictionary-based word breaking
    if item.startswith(DROPPED_TREES):
        return True
    match = _LOCALE_FILE.match(item)
    if match is None or item.rsplit("/", 1)[-1] in ("root.res", "pool.res", "res_index.res"):
        return False  # infrastructure: keep
    return match.group(1) not in languages


def _tools() -> dict[str, str] | None:
    found = {name: shutil.which(name) for name in ("icupkg", "genccode", "readelf", "cc")}
    return None if None in found.values() else found  # type: ignore[return-value]


def _data_symbol(lib: Path, readelf: str) -> tuple[str, int, int]:
    """The data symbol of ``lib``: its name, file offset and size."""
    out = subprocess.run([readelf, "-Ws", str(lib)], check=True, capture_output=True,
                         text=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 8 and _SYMBOL.search(fields[7]) and fields[3] == "OBJECT":
            address, size = int(fields[1], 16), int(fields[2], 0)
            sections = subprocess.run([readelf, "-SW", str(lib)], check=True, capture_output=True,
                                      text=True).stdout
            for sec in re.finditer(r"\]\s+\.rodata\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
                sec_addr, sec_off = int(sec.group(1), 16), int(sec.group(2), 16)
                return fields[7], address - sec_addr + sec_off, size
    raise ValueError(f"no ICU data symbol in {lib}")


def trim(lib: Path, languages: tuple[str, ...] = LANGUAGES) -> tuple[int, int] | None:
    """Rebuild ``lib`` in place with only the data kept; returns (bytes before, after).

    Returns None, changing nothing, when the tools are missing.
    """
    tools = _tools()
    if tools is None:
        print("icu: icupkg/genccode/readelf/cc not found (Debian: icu-devtools, gcc); "
              "the ICU data stays whole")
        return None
    before = lib.stat().st_size
    symbol, offset, size = _data_symbol(lib, tools["readelf"])
    version = symbol[len("icudt"):-len("_dat")]
    with tempfile.TemporaryDirectory(prefix="tc-icu-") as tmp_name:
        tmp = Path(tmp_name)
        whole, slim = tmp / f"icudt{version}l.dat", tmp / "out" / f"icudt{version}l.dat"
        slim.parent.mkdir()
        with lib.open("rb") as fh:
            fh.seek(offset)
            whole.write_bytes(fh.read(size))
        listed = subprocess.run([tools["icupkg"], "-l", str(whole)], check=True,
                                capture_output=True, text=True).stdout.split()
        removed = [item for item in listed if dropped(item, languages)]
        (tmp / "remove.txt").write_text("\n".join(removed) + "\n")
        subprocess.run([tools["icupkg"], "--ignore-deps", "-r", str(tmp / "remove.txt"),
                        str(whole), str(slim)],
                       check=True, capture_output=True)
        subprocess.run([tools["genccode"], "-q", "-a", "gcc", "-e", f"icudt{version}",
                        "-d", str(tmp), str(slim)], check=True, capture_output=True)
        source = next(tmp.glob("*.S"))
        built = tmp / lib.name
        subprocess.run([tools["cc"], "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}",
                        "-o", str(built), str(source)], check=True)
        shutil.copyfile(built, lib)
    print(f"icu: kept {len(listed) - len(removed)} of {len(listed)} data items "
          f"({', '.join(languages)}); {before / 1e6:.1f} MB -> {lib.stat().st_size / 1e6:.1f} MB")
    return before, lib.stat().st_size


def trim_bundle(bundle: Path, languages: tuple[str, ...] = LANGUAGES) -> tuple[int, int] | None:
    """Trim the ICU data library of a built bundle (the real file, not its symlinks)."""
    libs = [p for p in bundle.rglob("libicudata.so*") if p.is_file() and not p.is_symlink()]
    if not libs:
        return None
    result = None
    for lib in libs:
        result = trim(lib, languages)
    return result
