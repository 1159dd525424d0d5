#!/usr/bin/env python3
"""Reference training step in PyTorch for Conserve's step benchmark.

The same step as org.conserve.engine.neural.StepBenchmark: the 2D isotropic oscillator (d = 4,
z uniform in [-1, 1]^4, f = (px, py, -x, -y)), 4 networks d -> 64 -> 64 -> 1 with SiLU, float64,
batch 1000, loss l1 + 0.1*l2 (AI Poincare 2.0, with the same collapse guard: unit gradients
g = grad H / sqrt(|grad H|^2 + eps^2) and the per-point penalty 1 - |g|^2 in l1), one Adam step.
The input gradient comes from double backprop (torch.autograd.grad with create_graph=True).

Run with Debian's python3-torch and libopenblas0-pthread, one thread:
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/pytorch/step.py [steps] [warmup] [--batched]
--batched stacks the 4 networks' weights and uses batched matrix products (torch.baddbmm) instead of
4 separate nn.Sequential modules. Prints the median wall and CPU (thread) time per step; its last line is
"pytorch median step ms: X". CPU time is robust to other load on the machine.
"""
import statistics
import sys
import time

import torch

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)

D, N, WIDTH, BATCH, LAMBDA, EPS = 4, 4, 64, 1000, 0.1, 1e-6


def data():
    g = torch.Generator().manual_seed(42)
    z = torch.rand(BATCH, D, generator=g) * 2 - 1
    f = torch.stack([z[:, 2], z[:, 3], -z[:, 0], -z[:, 1]], dim=1)
    return z, f / f.norm(dim=1, keepdim=True)


class Separate(torch.nn.Module):
    """N separate MLPs; returns the input gradients [N, B, D]."""

    def __init__(self):
        super().__init__()
        self.nets = torch.nn.ModuleList(
            torch.nn.Sequential(torch.nn.Linear(D, WIDTH), torch.nn.SiLU(),
                                torch.nn.Linear(WIDTH, WIDTH), torch.nn.SiLU(),
                                torch.nn.Linear(WIDTH, 1)) for _ in range(N))

    def forward(self, z):
        z = z.requires_grad_(True)
        grads = []
        for net in self.nets:
            h = net(z).sum()
            (g,) = torch.autograd.grad(h, z, create_graph=True)
            grads.append(g)
        return torch.stack(grads)


class Batched(torch.nn.Module):
    """The N networks' weights stacked, batched matrix products."""

    def __init__(self):
        super().__init__()
        self.w1 = torch.nn.Parameter(torch.randn(N, D, WIDTH) / D ** 0.5)
        self.b1 = torch.nn.Parameter(torch.zeros(N, 1, WIDTH))
        self.w2 = torch.nn.Parameter(torch.randn(N, WIDTH, WIDTH) / WIDTH ** 0.5)
        self.b2 = torch.nn.Parameter(torch.zeros(N, 1, WIDTH))
        self.w3 = torch.nn.Parameter(torch.randn(N, WIDTH, 1) / WIDTH ** 0.5)


def batched_gradients(model, z):
    zz = z.unsqueeze(0).expand(N, BATCH, D).clone().requires_grad_(True)
    h = torch.nn.functional.silu(torch.baddbmm(model.b1, zz, model.w1))
    h = torch.nn.functional.silu(torch.baddbmm(model.b2, h, model.w2))
    out = torch.bmm(h, model.w3).sum()
    (g,) = torch.autograd.grad(out, zz, create_graph=True)
    return g


def loss_of(g, fhat):
    norm = torch.sqrt((g * g).sum(dim=2, keepdim=True) + EPS * EPS)
    u = g / norm
    cos = (u * fhat.unsqueeze(0)).sum(dim=2)
    penalty = 1 - (u * u).sum(dim=2)
    l1 = (cos * cos + penalty).mean()
    gram = torch.einsum('ipk,jpk->pij', u, u)
    off = gram * (1 - torch.eye(N))
    l2 = (off * off).sum() / (N * (N - 1) * BATCH)
    return l1 + LAMBDA * l2


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    batched = '--batched' in sys.argv
    steps = int(args[0]) if args else 200
    warmup = int(args[1]) if len(args) > 1 else 30
    torch.manual_seed(0)
    z, fhat = data()
    model = Batched() if batched else Separate()
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        optimiser.zero_grad()
        g = batched_gradients(model, z) if batched else model(z.detach().clone())
        loss = loss_of(g, fhat)
        loss.backward()
        optimiser.step()
        return loss.item()

    for _ in range(warmup):
        step()
    times = []
    cpu_times = []
    loss = 0.0
    for _ in range(steps):
        cpu_start = time.thread_time()
        start = time.perf_counter()
        loss = step()
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.thread_time() - cpu_start) * 1000)
    print(f"pytorch {torch.__version__} step ({'batched' if batched else 'separate'} networks, threads "
          f"{torch.get_num_threads()}): median {statistics.median(times):.3f} ms, min {min(times):.3f} ms, "
          f"median CPU {statistics.median(cpu_times):.3f} ms over {steps} steps (loss {loss:.6g})")
    print(f"pytorch median step cpu ms: {statistics.median(cpu_times):.4f}")
    print(f"pytorch median step ms: {statistics.median(times):.4f}")


if __name__ == '__main__':
    main()
