#!/usr/bin/env python3
"""Reference safetensors files for SingleShot's reader and writer, from an independent writer and reader.

Dev-time only (CI never runs this). The `safetensors` Python package is not installed here, so this script
implements the published format directly with struct + json + numpy:
    8-byte little-endian header length N, N bytes of UTF-8 JSON
    {"name": {"dtype": ..., "shape": [...], "data_offsets": [begin, end]}, ..., "__metadata__": {str: str}},
    padded with spaces to a multiple of 8, then the tensors' little-endian bytes (offsets relative to the
    start of that buffer, contiguous, size = numel * itemsize).

    /usr/bin/python3 tools/goldens/checkpoints_make_safetensors.py
        writes tests/SingleShot.Tests/Golden/Checkpoints/reference.safetensors and reference.json
        (the expected dtype, shape, raw bytes as hex and values of every tensor, and the data order).
        The header lists the names sorted while the data is ordered by item size, then name (as the
        reference implementation lays files out), so header order and data order differ.

    /usr/bin/python3 tools/goldens/checkpoints_make_safetensors.py --verify FILE
        reads FILE (written by SingleShot's SafeTensors.Write from the same tensors) with the independent
        reader below and checks every tensor and the metadata against the tensors above. The file
        SafeTensors.Write makes from reference.safetensors (tensors in data order, same metadata) passed this
        check and is committed as Golden/Checkpoints/singleshot_written.safetensors; a test requires the
        writer to keep producing exactly those bytes.
"""
import json
import os
import struct
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "..", "tests", "SingleShot.Tests", "Golden", "Checkpoints")

ITEM_SIZE = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1}
NUMPY = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?"}

# name -> (dtype, shape, values); values are exactly representable in their dtype.
TENSORS = {
    "f64": ("F64", [2, 3], [0.5, -1.25, 3.141592653589793, 1e-300, -0.0, 2.0 ** 60]),
    "f32": ("F32", [3], [1.5, -2.0, 3.4028234663852886e38]),
    "f16": ("F16", [2, 2], [0.5, -65504.0, 6.103515625e-05, 1.0]),
    "bf16": ("BF16", [4], [1.0, -2.5, 0.15625, 3.3895313892515355e38]),
    "i64": ("I64", [2], [-9223372036854775808, 9223372036854775807]),
    "i32": ("I32", [3], [-2147483648, 0, 2147483647]),
    "i16": ("I16", [2], [-32768, 32767]),
    "i8": ("I8", [3], [-128, 0, 127]),
    "u8": ("U8", [2, 2], [0, 1, 128, 255]),
    "flags": ("BOOL", [3], [True, False, True]),
    "scalar": ("F32", [], [7.0]),
    "empty": ("F32", [0], []),
    "block.weight": ("F32", [2, 0], []),
}
METADATA = {"format": "pt", "note": "independent reference"}


def tensor_bytes(dtype, values):
    if dtype == "BF16":
        bits = np.array(values, dtype="<f4").view("<u4")
        assert np.all(bits & 0xFFFF == 0), "bf16 values must be exact"
        return (bits >> 16).astype("<u2").tobytes()
    return np.array(values, dtype=NUMPY[dtype]).tobytes()


def write(path):
    names = sorted(TENSORS, key=lambda n: (-ITEM_SIZE[TENSORS[n][0]], n))
    header, chunks, offset = {}, [], 0
    for name in names:
        dtype, shape, values = TENSORS[name]
        data = tensor_bytes(dtype, values)
        assert len(data) == int(np.prod(shape, dtype=np.int64)) * ITEM_SIZE[dtype]
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    header["__metadata__"] = METADATA
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for chunk in chunks:
            f.write(chunk)
    return names


def read(path):
    with open(path, "rb") as f:
        blob = f.read()
    (n,) = struct.unpack("<Q", blob[:8])
    assert 8 + n <= len(blob), "header length beyond the file"
    assert n % 8 == 0, "header not padded to a multiple of 8"
    header = json.loads(blob[8:8 + n].decode("utf-8"))
    buffer = blob[8 + n:]
    metadata = header.pop("__metadata__", {})
    cursor = 0
    for name, info in sorted(header.items(), key=lambda kv: tuple(kv[1]["data_offsets"])):
        begin, end = info["data_offsets"]
        assert begin == cursor, f"{name}: gap or overlap"
        assert end - begin == int(np.prod(info["shape"], dtype=np.int64)) * ITEM_SIZE[info["dtype"]], f"{name}: size"
        cursor = end
    assert cursor == len(buffer), "trailing bytes or truncated buffer"
    tensors = {name: (info["dtype"], info["shape"], buffer[info["data_offsets"][0]:info["data_offsets"][1]])
               for name, info in header.items()}
    return tensors, metadata


def verify(path):
    tensors, metadata = read(path)
    assert set(tensors) == set(TENSORS), f"names differ: {sorted(tensors)}"
    for name, (dtype, shape, values) in TENSORS.items():
        got_dtype, got_shape, data = tensors[name]
        assert (got_dtype, got_shape) == (dtype, shape), f"{name}: {got_dtype} {got_shape}"
        assert data == tensor_bytes(dtype, values), f"{name}: bytes differ"
    assert metadata == METADATA, f"metadata differs: {metadata}"
    print(f"{path}: OK ({len(tensors)} tensors, metadata {metadata})")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--verify":
        verify(sys.argv[2])
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, "reference.safetensors")
    order = write(path)
    verify(path)
    expected = {
        "data_order": order,
        "metadata": METADATA,
        "tensors": {
            name: {"dtype": dtype, "shape": shape, "hex": tensor_bytes(dtype, values).hex(),
                   "values": [float(v) for v in values]}
            for name, (dtype, shape, values) in TENSORS.items()
        },
    }
    with open(os.path.join(OUT_DIR, "reference.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
