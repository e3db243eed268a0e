"""Commands that start a plan file: import (from a Word, Excel or pasted table) and new."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach.base.files import os_reason

from .common import EXIT_OK, app, fail, parse_day, write_atomically

if TYPE_CHECKING:
    from datetime import date

    from kehoach.plan.agencies import Directory
    from kehoach.review.importer import Names

OutOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Tệp kế hoạch sẽ ghi (mặc định: in ra stdout)"),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Ghi đè tệp đã có")]


@app.command("import")
def import_command(
    source: Annotated[
        str, typer.Argument(help="Tệp .docx, .xlsx, .html, .md, .tsv, .csv; - là stdin")
    ],
    output: OutOpt = None,
    force: ForceOpt = False,
    plan_id: Annotated[
        str | None, typer.Option("--id", help="Mã kế hoạch, ví dụ kh-45-2024")
    ] = None,
    number: Annotated[str | None, typer.Option("--number", help="Số/ký hiệu")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Loại văn bản")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Trích yếu")] = None,
    issuer: Annotated[str | None, typer.Option("--issuer", help="Cơ quan ban hành")] = None,
    jurisdiction: Annotated[
        str | None,
        typer.Option("--jurisdiction", help="Tỉnh, thành phố ban hành, hoặc Trung ương"),
    ] = None,
    commune: Annotated[
        str | None,
        typer.Option("--commune", help='Xã, phường, đặc khu ban hành, ví dụ "Xã Hưng Thịnh"'),
    ] = None,
    issued: Annotated[
        str | None, typer.Option("--issued", help="Ngày ban hành (dd/mm/yyyy)")
    ] = None,
    standing: Annotated[
        bool,
        typer.Option(
            "--standing",
            help="Văn bản là quy định thường xuyên (luật, chế độ báo cáo): ngày, tháng không "
            "ghi năm là hằng năm; bản nháp ghi standing: true",
        ),
    ] = False,
) -> None:
    """Nhập bảng nhiệm vụ của văn bản thành bản nháp tệp kế hoạch (YAML)."""
    from kehoach.plan.agencies import national_directory
    from kehoach.render.importing import summary
    from kehoach.review.importer import ImportFailed, read_draft, read_header, refuse_too_large
    from kehoach.review.planfile import Facts, MissingFacts, draft_text
    from kehoach.review.tables import TableError, read_document

    _refuse_overwrite(output, force)
    raw, name = _read_source(source)
    day = parse_day(issued, "--issued") if issued is not None else None
    found = _directory(output)
    directory = found or national_directory()
    try:
        document = read_document(raw, name)
        who = issuer or read_header(document.header).issuer
        where = jurisdiction or _province_of(directory, who)
        commune = commune or _commune_of(who)
        if commune and where is None:
            where = _commune_province(directory, commune)
        names = _names(directory, where, day, commune)
        draft = read_draft(document, names, day, standing=standing)
        facts = Facts(plan_id, number, kind, title, issuer, day, where, commune, standing)
        text = draft_text(draft, facts, Path(name).name, (output or Path(name)).stem)
        refuse_too_large(draft.rows, len(text.encode("utf-8")))
    except (TableError, ImportFailed, MissingFacts) as exc:
        fail(f"{name}: {exc}")
    if output is None:
        sys.stdout.write(text)
    else:
        _make_folder(output)
        write_atomically(output, text)
    sys.stderr.write(summary(draft, output))
    if found is None:  # an empty registry (`agencies: []`) is found all the same
        sys.stderr.write(
            "không thấy danh mục cơ quan (plans/agencies.yaml): tên cơ quan được đối chiếu "
            "với danh mục quốc gia có sẵn của kehoach\n"
        )
    raise typer.Exit(EXIT_OK)


@app.command("new")
def new_command(
    output: Annotated[Path, typer.Argument(help="Tệp kế hoạch mới, ví dụ plans/kh-45-2024.yaml")],
    force: ForceOpt = False,
) -> None:
    """Tạo tệp kế hoạch trống, mỗi trường có chú thích (cho kế hoạch không có bảng)."""
    from kehoach.review.planfile import plan_id, template

    _refuse_overwrite(output, force)
    found = _directory(output)  # the registry it will be checked against: its province
    where = found.registry.jurisdiction if found else None
    _make_folder(output)
    write_atomically(output, template(plan_id(None, None, output.stem), where))
    from kehoach.base.text import file_name

    shown = file_name(str(output))  # a name may hold a line break
    sys.stderr.write(f"đã tạo {shown}: điền các trường rồi chạy kehoach validate {shown}\n")


def _province_of(directory: Directory, issuer: str | None) -> str | None:
    """The province an issuer's name ends with ("UBND tỉnh Nghệ An" -> "Nghệ An"), when one
    and only one name is meant: names in the draft are then read, and listed, as validate
    will. "Quảng Ngãi" is two units (the province before 01/7/2025 and the one that took
    its name): one name, whose unit the plan's day chooses, as `jurisdiction` does."""
    from kehoach.base.text import squash

    if not issuer:
        return None
    words = issuer.split()
    for start in reversed(range(len(words))):  # the shortest tail first: "Nghệ An"
        tail = " ".join(words[start:])
        found = directory.national.find_provinces(tail)
        if found and len({squash(p.name) for p in found}) == 1:
            return tail
    return None


def _commune_province(directory: Directory, commune: str) -> str:
    """The province of a commune's plan when none is given: the registry's own
    (`jurisdiction:` of plans/agencies.yaml). The national registry lists no commune, so
    without it the commune's offices could not be read and would be offered as entries
    to paste: refused, with the option that says it."""
    from kehoach.review.importer import ImportFailed

    if directory.registry.jurisdiction:
        return directory.registry.jurisdiction
    raise ImportFailed(
        f"'{commune}' thuộc tỉnh, thành phố nào? thêm --jurisdiction TỈNH (ví dụ "
        '--jurisdiction "Đắk Lắk"), hoặc ghi jurisdiction: trong plans/agencies.yaml'
    )


def _commune_of(issuer: str | None) -> str | None:
    """The commune an issuer is ("UBND xã Hưng Thịnh", "Ủy ban nhân dân phường Ba Đình",
    "Chủ tịch UBND đặc khu Côn Đảo" -> "Xã Hưng Thịnh", …): its offices are then read as
    that commune's (Nghị định 150/2025/NĐ-CP), as validate reads them with `commune:`. A
    name printed in capitals ("ỦY BAN NHÂN DÂN XÃ …", a letterhead) is left to the clerk:
    its spelling is not known."""
    import re

    from kehoach.base.text import fold

    if not issuer:
        return None
    found = re.search(r"(?:^|\b)(?:ubnd|uy ban nhan dan) (xa|phuong|dac khu) (\S.*)$", fold(issuer))
    if found is None:
        return None
    start = found.start(2)
    name = issuer[start:].strip()
    kind = issuer[found.start(1) : found.end(1)]
    if not name or name.isupper() or kind.isupper():
        return None
    return f"{kind[:1].upper()}{kind[1:]} {name}"


def _names(
    directory: Directory, where: str | None, day: date | None, commune: str | None = None
) -> Names:
    from kehoach.plan.agencies import NO_SCOPE, Scope
    from kehoach.review.importer import ScopedNames

    scope = NO_SCOPE
    if where is not None:
        province = directory.province_for(where, day)
        scope = Scope(province=province, commune=commune) if province else NO_SCOPE
    return ScopedNames(directory, scope)


def _refuse_overwrite(output: Path | None, force: bool) -> None:
    if output is not None:
        _refuse_unread_name(output)
    if output is not None and output.exists() and not force:
        fail(f"{output} đã có; thêm --force để ghi đè")


def _make_folder(output: Path) -> None:
    """Create the folders a new plan file goes in, as `mkdir -p` does, and say so on stderr:
    a clerk who names plans/2026/kh-45-2026.yaml means a new folder of plans (a typo in a
    folder's name then shows in that line, not as a silent new folder)."""
    from kehoach.base.text import file_name

    missing = next((p for p in reversed(output.parents) if not p.is_dir()), None)
    if missing is None:
        return
    if missing.exists():
        fail(f"{file_name(str(missing))}: là một tệp, không phải thư mục")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"{output.parent}: không tạo được thư mục: {os_reason(exc)}")
    sys.stderr.write(f"đã tạo thư mục {file_name(str(output.parent))}\n")


def _refuse_unread_name(output: Path) -> None:
    """A plan written under a name the folder search skips (no .yaml/.yml) or reads as
    something else (agencies.yaml, calendar.yaml) would be missed by `validate plans`,
    `status` and every report, without a word."""
    from kehoach.plan.discovery import CALENDAR_NAMES, PLAN_SUFFIXES, REGISTRY_NAMES

    if output.name in (*REGISTRY_NAMES, *CALENDAR_NAMES):
        fail(f"{output}: tên này dành cho danh mục cơ quan hoặc lịch ngày nghỉ; hãy đặt tên khác")
    if output.name.startswith("."):  # a hidden file: the folder search skips it
        plain = output.name.lstrip(".")
        named = output.with_name(plain if "." in plain else "kh-45-2026.yaml")
        fail(f"{output}: tên bắt đầu bằng '.' là tệp ẩn, kehoach không đọc; ví dụ {named}")
    if output.suffix not in PLAN_SUFFIXES and str(output) not in {"/dev/stdout", "-"}:
        lower = output.suffix.lower()
        # "x.txt", "x.yam" -> x.yaml; "kh-15.2022" keeps its dot: a number is no file type
        typed = lower in PLAN_SUFFIXES or lower[1:].isalpha()
        named = (
            output.with_suffix(lower if lower in PLAN_SUFFIXES else ".yaml")
            if typed
            else Path(f"{output}.yaml")
        )
        fail(
            f"{output}: tệp kế hoạch cần đuôi .yaml (kehoach chỉ đọc *.yaml, *.yml trong thư "
            f"mục kế hoạch), ví dụ {named}"
        )


def _read_source(source: str) -> tuple[bytes, str]:
    from kehoach.review.tables import MAX_BYTES

    if source == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1), "-"
    path = Path(source)
    if not path.is_file():
        fail(f"{source}: không có tệp này" if not path.exists() else f"{source}: không phải tệp")
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1), source
    except OSError as exc:
        fail(f"{source}: không đọc được: {os_reason(exc)}")


def _directory(output: Path | None) -> Directory | None:
    """The agency registry the draft's plan will be checked against, found as `validate`
    would find it: from the output's folder, else from where plans live (PATHS,
    $KEHOACH_PLANS, kehoach.toml, the nearest plans/), else the registry file the settings
    name; None where there is none (outside a repository of plans): the caller reads
    names with the national registry kehoach ships, so a standard body ("Sở Nội vụ") is
    never listed as unknown."""
    from kehoach.plan.discovery import LoadError
    from kehoach.plan.loader import load_repository
    from kehoach.plan.settings import Settings, SettingsError, load_settings, plan_paths

    cwd = Path.cwd()
    try:
        settings = load_settings(cwd)
    except SettingsError:
        settings = Settings()
    places = [[output.parent]] if output is not None else []
    with contextlib.suppress(SettingsError):
        places.append(plan_paths([], settings, cwd))
    if settings.agencies is not None:
        places.append([settings.agencies])
    for where in places:
        try:
            if (directory := load_repository(where, settings, cwd).directory) is not None:
                return directory
        except (LoadError, OSError):
            # A folder with a registry but no plan yet (the first import of a new
            # repository) still has its bodies: read the registry file alone.
            if (directory := _registry_alone(where)) is not None:
                return directory
    return None


def _registry_alone(where: list[Path]) -> Directory | None:
    """The directory of the registry file (agencies.yaml) in one of `where`'s folders,
    when it loads; None otherwise (no such file, or a broken one: validate names it)."""
    from kehoach.plan.discovery import REGISTRY_NAMES
    from kehoach.plan.loader import Blob, load_blobs

    for folder in where:
        for name in REGISTRY_NAMES:
            path = folder / name
            with contextlib.suppress(OSError):
                blob = Blob(path, str(path), path.read_bytes())
                return load_blobs([], blob).directory
    return None
