#!/usr/bin/env python3
"""Peer for the training-step benchmark: torchvision's SSD300-VGG16 and SSDLite320-MobileNetV3 training steps.

Dev-time only. Run next to `SingleShot.Bench --threads 2 --train .`:
    /usr/bin/python3 bench/peers/train_step_torchvision.py --threads 2 --steps 5
Per step, batch 8 of random images: forward + loss (the model's own training forward, timed in two parts:
transform + backbone + head, then anchors + matching + loss), zero grad, backward, SGD with momentum 0.9.
Ground-truth boxes come from the formula of bench/SingleShot.Bench/TrainBench.cs (3 per image, BenchData's
frac(sin(i * 12.9898 + salt) * 43758.5453) with salt 7), scaled to pixels; labels are 1-based.
Prints images/s of the median step and of the fastest step, with the fastest step's split (as SingleShot.Bench).
"""
import argparse
import math
import time

import torch
import torchvision
from torchvision.models.detection import ssd300_vgg16, ssdlite320_mobilenet_v3_large
from torchvision.ops import boxes as box_ops

BATCH = 8
BOXES_PER_IMAGE = 3
WARMUP = 2


def values(count, salt):
    out = []
    for i in range(count):
        s = math.sin(i * 12.9898 + salt) * 43758.5453
        out.append(s - math.floor(s))
    return out


def targets(size, num_classes):
    """Boxes in pixels (xyxy) and 1-based labels; num_classes excludes the background."""
    v = values(BATCH * BOXES_PER_IMAGE * 5, 7.0)
    result = []
    for image in range(BATCH):
        boxes, labels = [], []
        for j in range(BOXES_PER_IMAGE):
            k = (image * BOXES_PER_IMAGE + j) * 5
            cx, cy = 0.2 + 0.6 * v[k], 0.2 + 0.6 * v[k + 1]
            w, h = 0.1 + 0.3 * v[k + 2], 0.1 + 0.3 * v[k + 3]
            boxes.append([(cx - w / 2) * size, (cy - h / 2) * size, (cx + w / 2) * size, (cy + h / 2) * size])
            labels.append(1 + math.floor(v[k + 4] * num_classes))
        result.append({"boxes": torch.tensor(boxes, dtype=torch.float32), "labels": torch.tensor(labels)})
    return result


def forward_and_loss(model, images, truth):
    """The model's training forward in two timed parts; returns (loss, forward ms, loss ms)."""
    start = time.perf_counter()
    batch, truth = model.transform(images, truth)
    features = list(model.backbone(batch.tensors).values())
    head = model.head(features)
    middle = time.perf_counter()
    anchors = model.anchor_generator(batch, features)
    matched = []
    for t, a in zip(truth, anchors):
        matched.append(model.proposal_matcher(box_ops.box_iou(t["boxes"], a)))
    losses = model.compute_loss(truth, head, anchors, matched)
    loss = losses["bbox_regression"] + losses["classification"]
    end = time.perf_counter()
    return loss, (middle - start) * 1000, (end - middle) * 1000


def step(model, optimizer, images, truth):
    start = time.perf_counter()
    loss, forward_ms, loss_ms = forward_and_loss(model, images, truth)
    if not math.isfinite(loss.item()):
        raise RuntimeError("loss is %r" % loss.item())
    before_backward = time.perf_counter()
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    before_step = time.perf_counter()
    optimizer.step()
    end = time.perf_counter()
    return [forward_ms, loss_ms, (before_step - before_backward) * 1000, (end - before_step) * 1000, (end - start) * 1000]


def measure(name, model, size, num_classes, steps):
    torch.manual_seed(1)
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-4, momentum=0.9)
    images = list(torch.rand(BATCH, 3, size, size).unbind(0))
    truth = targets(size, num_classes)
    samples = []
    for i in range(WARMUP + steps):
        parts = step(model, optimizer, images, truth)
        if i >= WARMUP:
            samples.append(parts)
    median = sorted(s[4] for s in samples)[len(samples) // 2]
    f = min(samples, key=lambda s: s[4])
    print("%-36s %6.2f images/s median (%6.0f ms), %6.2f best (%6.0f ms = forward %6.0f + loss %5.0f + backward %6.0f + optimizer %4.0f)  batch %d, n=%d"
          % (name, BATCH / (median / 1000), median, BATCH / (f[4] / 1000), f[4], f[0], f[1], f[2], f[3], BATCH, steps))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--only", default=None)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print("torchvision %s, torch %s, %d thread(s)" % (torchvision.__version__, torch.__version__, torch.get_num_threads()))
    models = [
        ("torchvision_ssd300_vgg16", lambda: ssd300_vgg16(weights=None, weights_backbone=None, num_classes=21), 300, 20),
        ("torchvision_ssdlite320_mobilenet_v3", lambda: ssdlite320_mobilenet_v3_large(weights=None, weights_backbone=None, num_classes=91), 320, 90),
    ]
    for name, build, size, num_classes in models:
        if args.only is None or args.only in name:
            torch.manual_seed(1)
            measure(name, build(), size, num_classes, args.steps)


if __name__ == "__main__":
    main()
