#!/usr/bin/env python3
"""Golden trajectories for SingleShot.Training.Optimization (MomentumOptimizer, AdamWOptimizer, RmsPropOptimizer,
AdamOptimizer).

Dev-time only (CI never runs this). Run with Debian's python3-torch and numpy:
    /usr/bin/python3 tools/goldens/optim_make_goldens.py
Writes tests/SingleShot.Tests/Golden/Optimization/optimizers.json.

Two float32 parameters, "a" [2, 3] and "b" [4], take four steps with a different learning rate at each step and
random gradients; where a case says so, "b" has no gradient at one step (it must be skipped, state untouched).
Sources of the expected values:
  * momentum: torch.optim.SGD(momentum=0.9, dampening=0, nesterov=False), which is TF's MomentumOptimizer update
    (accum = m * accum + g; var -= lr * accum; accum starts at zero, and torch's first-step buf = g is the same);
  * adamw: torch.optim.AdamW (reference implementation, run here);
  * rmsprop_tf1 and adam_tf1: NOT a reference run (TensorFlow is not installed here) but a numpy float32
    TRANSLITERATION of TF1's update formulas, written from tf.train.RMSPropOptimizer / tf.train.AdamOptimizer and
    their ApplyRMSProp / ApplyAdam kernels:
        RMSProp: ms starts at ONES; ms += (g^2 - ms) * (1 - decay); mom = momentum * mom + lr * g / sqrt(ms + eps);
                 var -= mom
        Adam:    t = 1, 2, ...; alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t);
                 m += (g - m) * (1 - beta1); v += (g^2 - v) * (1 - beta2); var -= alpha * m / (sqrt(v) + eps)
    (alpha in float64 then rounded to float32; TF keeps float32 running beta powers: a last-bit difference at most).
    The C# tests also check the first two steps of each against hand computations.
"""
import json
import os

import numpy as np
import torch

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "SingleShot.Tests", "Golden", "Optimization", "optimizers.json")
SHAPES = {"a": (2, 3), "b": (4,)}


def make_problem(seed, lrs, skip_b_at=None):
    g = torch.Generator().manual_seed(seed)
    init = {k: torch.randn(*s, generator=g) for k, s in SHAPES.items()}
    grads = []
    for step in range(len(lrs)):
        grads.append({k: (None if (k == "b" and step == skip_b_at) else torch.randn(*s, generator=g) * 2.0) for k, s in SHAPES.items()})
    return init, grads


def run_torch(make_opt, init, grads, lrs):
    params = {k: torch.nn.Parameter(v.clone()) for k, v in init.items()}
    opt = make_opt([params["a"], params["b"]])
    after = []
    for step, lr in enumerate(lrs):
        for group in opt.param_groups:
            group["lr"] = lr
        for k, p in params.items():
            p.grad = None if grads[step][k] is None else grads[step][k].clone()
        opt.step()
        after.append({k: p.detach().clone() for k, p in params.items()})
    return after, opt, params


def run_numpy(update, slots, init, grads, lrs):
    values = {k: v.numpy().astype(np.float32).copy() for k, v in init.items()}
    state = {name: {k: fill(values[k]) for k in values} for name, fill in slots.items()}
    after = []
    for step, lr in enumerate(lrs):
        for k in values:
            if grads[step][k] is not None:
                update(values, state, k, grads[step][k].numpy().astype(np.float32), np.float32(lr), step + 1)
        after.append({k: v.copy() for k, v in values.items()})
    return after, state


def rmsprop_tf1(decay, momentum, eps):
    def update(values, state, k, g, lr, t):
        ms, mom = state["rms"][k], state["momentum"][k]
        ms += (g * g - ms) * np.float32(1 - decay)
        mom[...] = np.float32(momentum) * mom + lr * g / np.sqrt(ms + np.float32(eps))
        values[k] -= mom
    return update, {"rms": np.ones_like, "momentum": np.zeros_like}


def adam_tf1(beta1, beta2, eps):
    def update(values, state, k, g, lr, t):
        m, v = state["adam_m"][k], state["adam_v"][k]
        alpha = np.float32(float(lr) * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t))
        m += (g - m) * np.float32(1 - beta1)
        v += (g * g - v) * np.float32(1 - beta2)
        values[k] -= alpha * m / (np.sqrt(v) + np.float32(eps))
    return update, {"adam_m": np.zeros_like, "adam_v": np.zeros_like}


def as_list(x):
    if x is None:
        return None
    return (x.tolist() if isinstance(x, torch.Tensor) else x.tolist())


def case(name, settings, init, grads, lrs, after, state):
    return {
        "name": name,
        "settings": settings,
        "init": {k: as_list(v) for k, v in init.items()},
        "grads": [{k: as_list(v) for k, v in g.items()} for g in grads],
        "lrs": lrs,
        "after": [{k: as_list(v) for k, v in a.items()} for a in after],
        "state": {k: as_list(v) for k, v in state.items()},
    }


def main():
    cases = []
    lrs = [0.1, 0.05, 0.2, 0.01]
    init, grads = make_problem(1, lrs, skip_b_at=2)
    after, opt, params = run_torch(lambda p: torch.optim.SGD(p, lr=lrs[0], momentum=0.9, dampening=0.0), init, grads, lrs)
    state = {f"momentum/{k}": opt.state[p]["momentum_buffer"] for k, p in params.items()}
    cases.append(case("momentum", {"momentum": 0.9}, init, grads, lrs, after, state))

    lrs = [0.01, 0.005, 0.02, 0.001]
    init, grads = make_problem(2, lrs)
    settings = {"weight_decay": 0.1, "beta1": 0.8, "beta2": 0.99, "epsilon": 1e-3}
    after, opt, params = run_torch(
        lambda p: torch.optim.AdamW(p, lr=lrs[0], betas=(0.8, 0.99), eps=1e-3, weight_decay=0.1), init, grads, lrs)
    state = {}
    for k, p in params.items():
        state[f"adam_m/{k}"] = opt.state[p]["exp_avg"]
        state[f"adam_v/{k}"] = opt.state[p]["exp_avg_sq"]
    cases.append(case("adamw", settings, init, grads, lrs, after, state))

    init, grads = make_problem(3, lrs)
    after, opt, params = run_torch(lambda p: torch.optim.AdamW(p, lr=lrs[0]), init, grads, lrs)
    state = {}
    for k, p in params.items():
        state[f"adam_m/{k}"] = opt.state[p]["exp_avg"]
        state[f"adam_v/{k}"] = opt.state[p]["exp_avg_sq"]
    cases.append(case("adamw_defaults", {"weight_decay": 0.01, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}, init, grads, lrs, after, state))

    lrs = [0.1, 0.05, 0.2, 0.01]
    init, grads = make_problem(4, lrs, skip_b_at=1)
    update, slots = rmsprop_tf1(0.9, 0.9, 1.0)
    after, st = run_numpy(update, slots, init, grads, lrs)
    state = {f"{s}/{k}": v for s, per in st.items() for k, v in per.items()}
    cases.append(case("rmsprop_tf1", {"decay": 0.9, "momentum": 0.9, "epsilon": 1.0}, init, grads, lrs, after, state))

    lrs = [0.01, 0.005, 0.02, 0.001]
    init, grads = make_problem(5, lrs)
    update, slots = adam_tf1(0.9, 0.999, 1e-8)
    after, st = run_numpy(update, slots, init, grads, lrs)
    state = {f"{s}/{k}": v for s, per in st.items() for k, v in per.items()}
    cases.append(case("adam_tf1", {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}, init, grads, lrs, after, state))

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "numpy": np.__version__, "cases": cases}, f, indent=1)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
