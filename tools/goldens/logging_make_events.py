#!/usr/bin/env python3
"""An independently written TensorBoard events file, for SingleShot's TensorBoardWriter and TensorBoardEventFile.

Dev-time only (CI never runs this). Run with Debian's python3 (apt-get install python3-protobuf protobuf-compiler;
TensorBoard itself is not needed):
    /usr/bin/python3 tools/goldens/logging_make_events.py
writes, under tests/SingleShot.Tests/Golden/Training/Logging/:
  python_events.tfevents   a file-version event and scalar events (one with three values), TFRecord-framed
  python_events.json       what was written: wall times, steps, tags, float32 bit patterns
The Event message is serialized by the Python protobuf runtime from a .proto that this script compiles with protoc
(field numbers from tensorflow/core/util/event.proto and tensorflow/core/framework/summary.proto); the record framing
and its CRC-32C are computed here bit by bit, not with any library CRC.

    /usr/bin/python3 tools/goldens/logging_make_events.py decode EVENTS_FILE
checks both CRCs of every record of an events file (e.g. one written by `singleshot train`), decodes each Event and
prints them as JSON; exits with status 1 on the first bad record.
"""
import importlib
import json
import math
import os
import struct
import subprocess
import sys
import tempfile

PROTO = """
syntax = "proto3";
package golden;
message SummaryValue { string tag = 1; oneof value { float simple_value = 2; } }
message Summary { repeated SummaryValue value = 1; }
message Event {
  double wall_time = 1;
  int64 step = 2;
  oneof what { string file_version = 3; Summary summary = 5; }
}
"""

FILE_VERSION_WALL_TIME = 1700000000.25

# (wall_time, step, [(tag, value), ...]); the C# test writes the same calls and expects the same bytes.
SCALAR_EVENTS = [
    (1700000001.5, 0, [("loss/total", 2.5)]),
    (1700000002.125, 1, [("loss/total", 0.1)]),
    (1700000003.0, 2, [("loss/localization", 1.25), ("loss/classification", 0.75), ("learning_rate", 1e-8)]),
    (1700000004.000001, 1000, [("loss/total", -2.5)]),
    (1700000005.5, 2 ** 40, [("images_per_second", 3.4028234663852886e38)]),
    (1700000006.75, 2000, [("eval/mAP", math.inf), ("m\u00e9trique/\u00fc", 1.0)]),
]


def crc32c(data):
    """CRC-32C, bitwise: reflected Castagnoli polynomial 0x82F63B78, init and final xor 0xFFFFFFFF."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFF


def masked(crc):
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def frame(record):
    header = struct.pack("<Q", len(record))
    return (header + struct.pack("<I", masked(crc32c(header))) + record
            + struct.pack("<I", masked(crc32c(record))))


def unframe(data):
    """Yields each record's bytes, raising ValueError on a bad length or data checksum."""
    position, index = 0, 0
    while position < len(data):
        header = data[position:position + 8]
        (length,) = struct.unpack("<Q", header)
        (length_crc,) = struct.unpack("<I", data[position + 8:position + 12])
        if length_crc != masked(crc32c(header)):
            raise ValueError(f"record {index}: length checksum mismatch")
        record = data[position + 12:position + 12 + length]
        (data_crc,) = struct.unpack("<I", data[position + 12 + length:position + 16 + length])
        if len(record) != length or data_crc != masked(crc32c(record)):
            raise ValueError(f"record {index}: truncated or data checksum mismatch")
        yield record
        position += 16 + length
        index += 1


def float32_bits(value):
    return struct.unpack("<I", struct.pack("<f", value))[0]


def compile_proto(workdir):
    with open(os.path.join(workdir, "golden_event.proto"), "w") as f:
        f.write(PROTO)
    subprocess.run(["protoc", "--python_out=" + workdir, "-I" + workdir, "golden_event.proto"], check=True)
    sys.path.insert(0, workdir)
    return importlib.import_module("golden_event_pb2")


def describe(pb, event):
    values = []
    if event.WhichOneof("what") == "summary":
        for value in event.summary.value:
            values.append({"tag": value.tag, "bits": float32_bits(value.simple_value), "value": repr(value.simple_value)})
    return {"wall_time": event.wall_time, "step": event.step,
            "file_version": event.file_version if event.WhichOneof("what") == "file_version" else None,
            "values": values}


def make(pb, out_dir):
    records = [pb.Event(wall_time=FILE_VERSION_WALL_TIME, file_version="brain.Event:2").SerializeToString()]
    for wall_time, step, values in SCALAR_EVENTS:
        summary = pb.Summary(value=[pb.SummaryValue(tag=tag, simple_value=value) for tag, value in values])
        records.append(pb.Event(wall_time=wall_time, step=step, summary=summary).SerializeToString())
    data = b"".join(frame(record) for record in records)
    events = []
    for record in unframe(data):
        event = pb.Event()
        event.ParseFromString(record)
        events.append(describe(pb, event))
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "python_events.tfevents"), "wb") as f:
        f.write(data)
    with open(os.path.join(out_dir, "python_events.json"), "w") as f:
        json.dump({"source": "tools/goldens/logging_make_events.py", "events": events}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(records)} events ({len(data)} bytes) to {out_dir}")


def decode(pb, path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        for record in unframe(data):
            event = pb.Event()
            event.ParseFromString(record)
            print(json.dumps(describe(pb, event), ensure_ascii=False))
    except ValueError as error:
        print(f"{path}: {error}", file=sys.stderr)
        sys.exit(1)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with tempfile.TemporaryDirectory() as workdir:
        pb = compile_proto(workdir)
        if len(sys.argv) == 3 and sys.argv[1] == "decode":
            decode(pb, sys.argv[2])
        else:
            make(pb, os.path.join(root, "tests", "SingleShot.Tests", "Golden", "Training", "Logging"))


if __name__ == "__main__":
    main()
