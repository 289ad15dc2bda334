#!/usr/bin/env python3
"""Golden files for SingleShot's COCO evaluation (src/SingleShot/Evaluation/Coco).

Dev-time only (CI never runs this). Run with Debian's python3 (numpy 1.24):
    /usr/bin/python3 tools/goldens/coco_eval_make_goldens.py [REFERENCE_DIR]
REFERENCE_DIR defaults to ../shared/reference/coco_eval beside the repository: the pycocotools COCOeval
reference cases (gt.json, dt.json, expected.json, precision.npy, recall.npy per case, index.json). Writes, under
tests/SingleShot.Tests/Golden/coco_eval/:
  index.json, <case>/gt.json, <case>/dt.json, <case>/expected.json, <case>/recall.npy
                      byte-for-byte copies of the reference files
  <case>/precision.npy.gz
                      the reference precision.npy, gzip-compressed (mtime 0) because it is mostly repeated values
  numpy_mean.json     np.mean of deterministic float64 arrays x[i] = ((i * 7919) % 1000) / 997 for several lengths,
                      as repr strings: numpy sums pairwise within blocks of 8192 values, which COCOeval's
                      summarize inherits through np.mean
"""
import gzip
import json
import os
import shutil
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "SingleShot.Tests", "Golden", "coco_eval")
LENGTHS = [1, 7, 8, 100, 129, 1000, 8192, 8193, 30000, 80800]


def copy_reference(reference):
    with open(os.path.join(reference, "index.json")) as f:
        index = json.load(f)
    os.makedirs(OUT, exist_ok=True)
    shutil.copyfile(os.path.join(reference, "index.json"), os.path.join(OUT, "index.json"))
    for case in index["cases"]:
        source = os.path.join(reference, case["case"])
        target = os.path.join(OUT, case["case"])
        os.makedirs(target, exist_ok=True)
        for name in ("gt.json", "dt.json", "expected.json", "recall.npy"):
            shutil.copyfile(os.path.join(source, name), os.path.join(target, name))
        with open(os.path.join(source, "precision.npy"), "rb") as f:
            data = f.read()
        with open(os.path.join(target, "precision.npy.gz"), "wb") as f:
            f.write(gzip.compress(data, compresslevel=9, mtime=0))


def numpy_means():
    means = {}
    for n in LENGTHS:
        x = np.array([((i * 7919) % 1000) / 997.0 for i in range(n)], dtype=np.float64)
        means[str(n)] = repr(float(np.mean(x)))
    with open(os.path.join(OUT, "numpy_mean.json"), "w") as f:
        json.dump({"numpy": np.__version__, "formula": "((i * 7919) % 1000) / 997.0", "means": means}, f, indent=1)
        f.write("\n")


def main():
    default = os.path.join(os.path.dirname(ROOT), "shared", "reference", "coco_eval")
    copy_reference(sys.argv[1] if len(sys.argv) > 1 else default)
    numpy_means()


if __name__ == "__main__":
    main()
