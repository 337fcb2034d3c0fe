#!/usr/bin/env python3
"""Write the finlens wheel from the built package directory, offline.

A wheel is a zip laid out by the binary distribution format spec (PEP 427/491): the
package's files, then NAME-VERSION.dist-info/ with METADATA, WHEEL and RECORD (each
file's sha256 and size). The tags are those of the interpreter that runs this script,
the one the extension was built for. Timestamps are fixed, so the same build gives the
same bytes.

    make_wheel.py --package build/python/finlens --version 0.1.0 --out build/python/dist
"""
import argparse
import base64
import hashlib
import pathlib
import sys
import sysconfig
import zipfile

NAME = "finlens"
SUMMARY = "Financial news analyzer: companies, people, figures and claims with their spans"
EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold


def tags():
    """(python, abi, platform) of this interpreter: cp311, cp311, linux_x86_64."""
    impl = f"cp{sys.version_info.major}{sys.version_info.minor}"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return impl, impl, platform


def metadata(version):
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {NAME}",
        f"Version: {version}",
        f"Summary: {SUMMARY}",
        f"Requires-Python: =={sys.version_info.major}.{sys.version_info.minor}.*",
        "Provides-Extra: dask",
        'Requires-Dist: dask[bag]; extra == "dask"',
        'Requires-Dist: distributed; extra == "dask"',
    ]
    return "\n".join(lines) + "\n"


def wheel_file(tag):
    return (
        "Wheel-Version: 1.0\n"
        "Generator: finlens make_wheel.py\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {tag}\n"
    )


def package_files(package):
    """The package's .py files and its compiled module, sorted; no caches."""
    ext = sysconfig.get_config_var("EXT_SUFFIX")
    files = sorted(p for p in package.iterdir() if p.suffix == ".py" or p.name.endswith(ext))
    if not any(p.name.endswith(ext) for p in files):
        sys.exit(f"make_wheel.py: no compiled module *{ext} in {package}")
    return files


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def write(zf, name, data, executable=False):
    info = zipfile.ZipInfo(name, EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (0o755 if executable else 0o644) << 16
    zf.writestr(info, data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package", type=pathlib.Path, required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--out", type=pathlib.Path, required=True)
    args = ap.parse_args()

    tag = "-".join(tags())
    info_dir = f"{NAME}-{args.version}.dist-info"
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob(f"{NAME}-*.whl"):
        old.unlink()  # one wheel: the one of this build
    path = args.out / f"{NAME}-{args.version}-{tag}.whl"

    entries = [
        (f"{NAME}/{p.name}", p.read_bytes(), p.suffix != ".py") for p in package_files(args.package)
    ]
    entries += [
        (f"{info_dir}/METADATA", metadata(args.version).encode(), False),
        (f"{info_dir}/WHEEL", wheel_file(tag).encode(), False),
        (f"{info_dir}/top_level.txt", f"{NAME}\n".encode(), False),
    ]
    record = [record_line(name, data) for name, data, _ in entries] + [f"{info_dir}/RECORD,,"]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, data, executable in entries:
            write(zf, name, data, executable)
        write(zf, f"{info_dir}/RECORD", ("\n".join(record) + "\n").encode())
    tmp.replace(path)
    print(f"make_wheel.py: {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
