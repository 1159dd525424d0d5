#!/usr/bin/env python3
"""Independent check of the `expected` laws of the bundled system files (a developer tool).

For every file it proves each expected law with SymPy, independently of Conserve's own Symja code:

* ODE: grad H . f simplifies to 0 (parameters kept symbolic, so the proof holds for every value);
  then the rank of the Jacobian of all listed laws at random sampled points must equal
  `expected.count` (listed dependent laws, such as K for the isotropic oscillator, do not add rank).
* PDE: the Euler operator of D_t h (after substituting the equations) simplifies to 0 for every
  field; the density uses only the declared `density` features; it is not trivial (its own Euler
  operator is non-zero); and the variational derivatives of the listed densities are linearly
  independent, their number equal to `expected.count`.

It also samples each ODE box with its `where` condition (acceptance rate, finite f) and measures the
relative residual |grad H . f| / (|grad H| |f|) there. With --simulate it integrates the simulation
defaults (SciPy DOP853 for ODEs, a pseudo-spectral integrating-factor RK4 for PDEs) and reports the
relative drift of each law.

Usage: python3 examples/tools/check_laws.py [--simulate] [FILE.yaml ...]   (default: every file in
examples/systems). Needs python3-sympy and python3-yaml (python3-numpy, python3-scipy for --simulate).
Exit status 1 if any check fails.
"""
import glob
import os
import re
import sys

import numpy as np
import sympy as sp
import yaml

FUNCTIONS = {
    'Sqrt': sp.sqrt, 'Exp': sp.exp, 'Log': sp.log, 'Sin': sp.sin, 'Cos': sp.cos, 'Tan': sp.tan,
    'Cot': sp.cot, 'Sec': sp.sec, 'Csc': sp.csc, 'Sinh': sp.sinh, 'Cosh': sp.cosh, 'Tanh': sp.tanh,
    'Coth': sp.coth, 'Sech': sp.sech, 'Csch': sp.csch, 'ArcSin': sp.asin, 'ArcCos': sp.acos,
    'ArcSinh': sp.asinh, 'ArcCosh': sp.acosh, 'ArcTanh': sp.atanh, 'Abs': sp.Abs,
    'ArcTan': lambda *a: sp.atan(a[0]) if len(a) == 1 else sp.atan2(a[1], a[0]),
}
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print('  FAIL ' + message)


def to_sympy(text, names):
    """Symja arithmetic -> SymPy. Every declared name maps to a plain symbol (never a SymPy built-in)."""
    local = dict(FUNCTIONS)
    local.update(names)
    local.setdefault('Pi', sp.pi)
    local.setdefault('E', sp.E)
    source = str(text).replace('^', '**').replace('[', '(').replace(']', ')')
    return sp.parse_expr(source, local_dict=local, evaluate=True)


def is_zero(expr):
    for step in (sp.expand, sp.cancel, sp.simplify, lambda e: sp.simplify(sp.expand_trig(e))):
        expr = step(expr)
        if expr == 0:
            return True
    return False


def proved(vanishes, expr, values):
    """Try the proof with symbolic parameters (valid for every value), then with the file's values."""
    if vanishes(expr):
        return True, ''
    if values and vanishes(expr.subs(values)):
        return True, ' (only for the parameter values in the file)'
    return False, ''


def parameters_of(doc):
    params = doc.get('parameters') or {}
    symbols = {name: sp.Symbol(name) for name in params}
    values = {sp.Symbol(name): sp.nsimplify(str(value)) for name, value in params.items()}
    return symbols, values


def check_ode(doc, rng, simulate):
    names = doc['variables']
    z = [sp.Symbol(n) for n in names]
    symbols, values = parameters_of(doc)
    symbols.update(dict(zip(names, z)))
    f = [to_sympy(doc['equations'][n], symbols) for n in names]
    expected = doc.get('expected') or {}
    laws = [to_sympy(text, symbols) for text in expected.get('laws', [])]
    for text, law in zip(expected.get('laws', []), laws):
        rate = sum(sp.diff(law, zi) * fi for zi, fi in zip(z, f))
        ok, where = proved(lambda expr: is_zero(expr), rate, values)
        print(f'  {"proved " if ok else "FAILED "} dH/dt = 0{where}   H = {text}')
        if not ok:
            fail(f'{doc["name"]}: grad H . f is not 0 for {text}')

    points = sample_box(doc, z, symbols, values, rng)
    f_num = sp.lambdify(z, [fi.subs(values) for fi in f], 'numpy')
    F = np.array([np.broadcast_to(c, (points.shape[0],)) for c in f_num(*points.T)], dtype=float).T
    if not np.all(np.isfinite(F)):
        fail(f'{doc["name"]}: f is not finite at some sampled points')
    if laws:
        grads = [sp.lambdify(z, [sp.diff(L.subs(values), zi) for zi in z], 'numpy') for L in laws]
        G = np.stack([np.array([np.broadcast_to(c, (points.shape[0],)) for c in g(*points.T)],
                               dtype=float).T for g in grads])           # laws x points x d
        cosine = np.abs(np.einsum('lpd,pd->lp', G, F)) / (
            np.linalg.norm(G, axis=2) * np.linalg.norm(F, axis=1) + 1e-300)
        print(f'  numeric: max |grad H . f|/(|grad H||f|) over {points.shape[0]} sampled points = '
              f'{cosine.max():.1e}')
        if cosine.max() > 1e-10:
            fail(f'{doc["name"]}: numeric residual {cosine.max():.1e} above 1e-10')
        ranks = [np.linalg.matrix_rank(G[:, p, :], tol=1e-8 * np.abs(G[:, p, :]).max())
                 for p in range(min(50, points.shape[0]))]
        rank = int(np.median(ranks))
    else:
        rank = 0
    report_count(doc, rank, len(names) - 1)
    if simulate and 'simulation' in doc:
        simulate_ode(doc, z, f, laws, symbols, values)


def sample_box(doc, z, symbols, values, rng, wanted=2000):
    box = doc['sampling']['box']
    low = np.array([float(sp.nsimplify(str(box[str(v)][0]))) for v in z])
    high = np.array([float(sp.nsimplify(str(box[str(v)][1]))) for v in z])
    draws = rng.uniform(low, high, size=(20 * wanted, len(z)))
    where = doc['sampling'].get('where')
    if where:
        keep = np.ones(draws.shape[0], dtype=bool)
        for clause in re.split(r'&&', where):
            condition = to_sympy(clause, symbols).subs(values)
            keep &= np.asarray(sp.lambdify(z, condition, 'numpy')(*draws.T), dtype=bool)
        print(f'  sampling: where accepts {keep.mean():.1%} of the box')
        if keep.mean() < 0.01:
            fail(f'{doc["name"]}: where accepts under 1% of the box')
        draws = draws[keep]
    return draws[:wanted]


def report_count(doc, rank, max_count):
    count = (doc.get('expected') or {}).get('count')
    ok = count == rank and count <= max_count
    print(f'  {"ok     " if ok else "FAILED "} independent laws listed = {rank}, expected.count = {count}')
    if not ok:
        fail(f'{doc["name"]}: rank of listed laws {rank} differs from count {count}')


def simulate_ode(doc, z, f, laws, symbols, values):
    from scipy.integrate import solve_ivp
    sim = doc['simulation']
    y0 = [float(to_sympy(sim['initial'][str(v)], symbols).subs(values)) for v in z]
    rhs = sp.lambdify(z, [fi.subs(values) for fi in f], 'numpy')
    sol = solve_ivp(lambda t, y: rhs(*y), (0, float(sim['t'])), y0, method='DOP853',
                    rtol=1e-13, atol=1e-13, dense_output=False)
    for text, law in zip(doc['expected'].get('laws', []), laws):
        values_along = np.array(sp.lambdify(z, law.subs(values), 'numpy')(*sol.y), dtype=float)
        values_along = np.broadcast_to(values_along, sol.t.shape)
        print(f'  simulate t={sim["t"]}: H(0) = {values_along[0]:+.6f}, '
              f'{drift_text(values_along[0], np.abs(values_along - values_along[0]).max())}   {text}')


def drift_text(start, change):
    """Relative drift, or absolute where the law starts at 0 (total momentum of the figure-eight)."""
    if abs(start) < 1e-9:
        return f'absolute drift {change:.1e}'
    return f'relative drift {change / abs(start):.1e}'


def jet(field, order):
    return sp.Symbol(field + ('_' + 'x' * order if order else ''))


class Jets:
    """Total x-derivative and Euler operator on polynomial/elementary functions of jet symbols."""

    def __init__(self, fields, order):
        self.fields, self.order = fields, order
        self.symbols = {(f, k): jet(f, k) for f in fields for k in range(order + 2)}

    def dx(self, expr):
        return sum(sp.diff(expr, self.symbols[f, k]) * self.symbols[f, k + 1]
                   for f in self.fields for k in range(self.order + 1))

    def dx_power(self, expr, times):
        for _ in range(times):
            expr = self.dx(expr)
        return expr

    def euler(self, expr, field):
        total = 0
        for k in range(self.order + 1):
            term = sp.diff(expr, self.symbols[field, k])
            if term != 0:
                total += (-1) ** k * self.dx_power(term, k)
        return total


def check_pde(doc, rng, simulate):
    fields = doc['fields']
    jets = Jets(fields, 14)
    symbols, values = parameters_of(doc)
    symbols.update({str(s): s for s in jets.symbols.values()})
    F = {f: to_sympy(doc['equations'][f], symbols) for f in fields}
    allowed = {jets.symbols[f, k] for f in fields for k in range(jets.order)
               if str(jets.symbols[f, k]) in doc['density']}
    expected = doc.get('expected') or {}
    laws = [to_sympy(text, symbols) for text in expected.get('laws', [])]
    variational = []
    for text, h in zip(expected.get('laws', []), laws):
        outside = {s for s in h.free_symbols if s not in allowed and s not in values}
        if outside:
            fail(f'{doc["name"]}: density {text} uses {outside}, not in density {doc["density"]}')
        rate = sum(sp.diff(h, jets.symbols[f, k]) * jets.dx_power(F[f], k)
                   for f in fields for k in range(jets.order - 3))
        ok, where = proved(lambda expr: all(is_zero(sp.expand(jets.euler(sp.expand(expr), f)))
                                            for f in fields), rate, values)
        trivial = all(is_zero(jets.euler(h, f)) for f in fields)
        print(f'  {"proved " if ok else "FAILED "} Euler(D_t h) = 0{where}   h = {text}'
              + ('   (TRIVIAL: a total derivative)' if trivial else ''))
        if not ok:
            fail(f'{doc["name"]}: Euler operator of D_t h is not 0 for {text}')
        if trivial:
            fail(f'{doc["name"]}: density {text} is a total derivative')
        variational.append([jets.euler(h, f).subs(values) for f in fields])
    rank = 0
    if variational:
        jet_symbols = list(jets.symbols.values())
        samples = rng.normal(size=(40, len(jet_symbols)))
        rows = []
        for ops in variational:
            row = []
            for op in ops:
                fn = sp.lambdify(jet_symbols, op, 'numpy')
                row.extend(np.broadcast_to(np.asarray(fn(*samples.T), dtype=float), (40,)))
            rows.append(row)
        M = np.array(rows)
        rank = int(np.linalg.matrix_rank(M, tol=1e-9 * np.abs(M).max()))
    report_count(doc, rank, 10 ** 9)
    if simulate and 'simulation' in doc:
        simulate_pde(doc, F, laws, jets, symbols, values)


def simulate_pde(doc, F, laws, jets, symbols, values):
    """Pseudo-spectral integrating-factor RK4: the linear part (highest x-derivatives) is exact."""
    fields, space, sim = doc['fields'], doc['space'], doc['simulation']
    n = int(space['points'])
    lo, hi = (float(sp.nsimplify(str(v))) for v in space['x'])
    x = lo + (hi - lo) * np.arange(n) / n
    k = 2 * np.pi * np.fft.fftfreq(n, d=(hi - lo) / n)
    xs = sp.Symbol('x')
    init = {f: np.asarray(sp.lambdify(xs, to_sympy(sim['initial'][f], dict(symbols, x=xs)).subs(values),
                                      'numpy')(x), dtype=float) * np.ones(n) for f in fields}
    order = jets.order
    # Split each equation into its linear part (handled exactly in Fourier space) and the rest.
    linear = {}
    nonlinear = {}
    for f in fields:
        expr = sp.expand(F[f].subs(values))
        lin = {}
        rest = 0
        for term in sp.Add.make_args(expr):
            syms = [s for s in term.free_symbols if s in set(jets.symbols.values())]
            if len(syms) == 1 and sp.degree(term, syms[0]) == 1 and sp.diff(term, syms[0]).free_symbols == set():
                g, m = next(key for key, s in jets.symbols.items() if s == syms[0])
                if m >= 2:
                    lin[g, m] = complex(sp.diff(term, syms[0]))
                    continue
            rest += term
        linear[f] = lin
        nonlinear[f] = rest
    # Linear operator as a block matrix per wavenumber: L[f][g](k) = sum_m c * (i k)^m.
    L = np.zeros((len(fields), len(fields), n), dtype=complex)
    for i, f in enumerate(fields):
        for (g, m), c in linear[f].items():
            L[i, fields.index(g)] += c * (1j * k) ** m
    used = sorted({s for f in fields for s in nonlinear[f].free_symbols if s in set(jets.symbols.values())},
                  key=str)
    nl = {f: sp.lambdify(used, nonlinear[f], 'numpy') for f in fields}

    def features(uhat):
        out = []
        for s in used:
            g, m = next(key for key, v in jets.symbols.items() if v == s)
            out.append(np.real(np.fft.ifft((1j * k) ** m * uhat[fields.index(g)])))
        return out

    def N(uhat):
        feats = features(uhat)
        return np.array([np.fft.fft(np.broadcast_to(nl[f](*feats), (n,))) for f in fields])

    def expm(h):
        # exp(h L(k)) per wavenumber, via eigen-decomposition of the small block.
        E = np.zeros_like(L)
        for j in range(n):
            w, V = np.linalg.eig(L[:, :, j] * h)
            E[:, :, j] = V @ np.diag(np.exp(w)) @ np.linalg.inv(V)
        return E

    T = float(sim['t'])
    dt = 1e-4 if n >= 256 else 2e-4
    steps = int(np.ceil(T / dt))
    dt = T / steps
    E_half, E_full = expm(dt / 2), expm(dt)
    apply = lambda E, v: np.einsum('ijn,jn->in', E, v)
    uhat = np.array([np.fft.fft(init[f]) for f in fields])
    dens = [sp.lambdify(list(jets.symbols.values()), h.subs(values), 'numpy') for h in laws]

    def integrals(uhat):
        vals = []
        for f_idx in range(len(dens)):
            args = []
            for (g, m), s in jets.symbols.items():
                args.append(np.real(np.fft.ifft((1j * k) ** m * uhat[fields.index(g)])))
            vals.append(np.mean(np.broadcast_to(dens[f_idx](*args), (n,))) * (hi - lo))
        return np.array(vals)

    start = integrals(uhat)
    worst = np.zeros(len(laws))  # largest |I(t) - I(0)|
    for step in range(steps):
        a = dt * N(uhat)
        b = dt * N(apply(E_half, uhat + a / 2))
        c = dt * N(apply(E_half, uhat) + b / 2)
        d = dt * N(apply(E_full, uhat) + apply(E_half, c))
        uhat = apply(E_full, uhat) + (apply(E_full, a) + 2 * apply(E_half, b + c) + d) / 6
        if step % 200 == 0 or step == steps - 1:
            worst = np.maximum(worst, np.abs(integrals(uhat) - start))
    for text, s, w in zip(doc['expected']['laws'], start, worst):
        print(f'  simulate t={T} ({steps} RK4 steps): I(0) = {s:+.6f}, {drift_text(s, w)}   {text}')
    final = [np.real(np.fft.ifft(uhat[i])) for i in range(len(fields))]
    print('  final state: ' + ', '.join(f'{f} in [{v.min():.3f}, {v.max():.3f}], argmin x = '
                                         f'{x[np.argmin(v)]:.2f}' for f, v in zip(fields, final)))


def main(argv):
    simulate = '--simulate' in argv
    files = [a for a in argv if not a.startswith('--')]
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(glob.glob(os.path.join(here, '..', 'systems', '*.yaml')))
    rng = np.random.default_rng(20261123)
    for path in files:
        with open(path, encoding='utf-8') as stream:
            doc = yaml.safe_load(stream)
        print(f'{os.path.basename(path)}: {doc["name"]} ({doc["kind"]})')
        if not (doc.get('expected') or {}).get('laws'):
            print('  no laws listed')
        if doc['kind'] == 'ode':
            check_ode(doc, rng, simulate)
        else:
            check_pde(doc, rng, simulate)
    print(f'{len(files)} files, {len(FAILURES)} failures')
    return 1 if FAILURES else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
