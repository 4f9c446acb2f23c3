#!/usr/bin/env python3
"""Kernel latency benchmark, through jupyter_client exactly as a notebook front end uses the kernel.

Measures, for an installed kernelspec:
  start     launch of the kernel process -> its kernel_info_reply (what a user waits for when opening a
            notebook); several runs, median reported
  cell      round trip of a trivial cell ("1 + 1"): execute_request sent -> execute_reply received and the
            kernel back to idle; median and 90th percentile of N cells, after a few warm-up cells
  shutdown  jupyter_client's shutdown_kernel(): shutdown_request -> the process has exited
            (jupyter_client polls the process every 0.1 s, so this is what a user feels); the raw exit time,
            polled every millisecond, is reported too

It is a script, not a test: timings on a shared machine are noisy, so it reports figures and asserts nothing.

  --idle S  waits S seconds after the first kernel_info_reply before the cells, as a person opening a notebook
            does; a kernel may use such pauses (Suanli warms its JIT up), so report it separately

Usage:
  python3 kernel/bench/kernel_bench.py [--kernel suanli] [--starts 5] [--cells 50] [--idle 0] [--json]
Run 'suanli install' first (or point JUPYTER_PATH at a directory holding the kernelspec).
"""
import argparse
import json
import os
import statistics
import sys
import time

from jupyter_client import KernelManager


def wait_reply(kc, msg_id, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_shell_msg(timeout=max(0.001, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def wait_idle(kc, msg_id, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.001, deadline - time.monotonic()))
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return msg


def cpu_seconds(km):
    """User + system CPU time the kernel process has used (Linux); a load-independent start-up figure."""
    try:
        pid = km.provisioner.process.pid
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except Exception:
        return None


def start(kernel):
    km = KernelManager(kernel_name=kernel)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    msg_id = kc.kernel_info()
    reply = wait_reply(kc, msg_id)
    elapsed = time.perf_counter() - t0
    km.start_cpu = cpu_seconds(km)
    return km, kc, elapsed, reply["content"]


def cell(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    reply = wait_reply(kc, msg_id)
    wait_idle(kc, msg_id)
    elapsed = time.perf_counter() - t0
    if reply["content"]["status"] != "ok":
        raise RuntimeError("cell failed: %r" % reply["content"])
    return elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel", default="suanli")
    ap.add_argument("--starts", type=int, default=5)
    ap.add_argument("--cells", type=int, default=50)
    ap.add_argument("--code", default="1 + 1")
    ap.add_argument("--idle", type=float, default=0.0, help="seconds to wait after start before the cells")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    starts, start_cpu, shutdowns, exits, cells, info = [], [], [], [], [], None
    cell_cpu = None
    for i in range(args.starts):
        km, kc, elapsed, info = start(args.kernel)
        starts.append(elapsed)
        if km.start_cpu is not None:
            start_cpu.append(km.start_cpu)
        if i == 0:
            time.sleep(args.idle)
            for _ in range(3):
                cell(kc, args.code)
            cpu0 = cpu_seconds(km)
            cells = [cell(kc, args.code) for _ in range(args.cells)]
            cpu1 = cpu_seconds(km)
            cell_cpu = None if cpu0 is None or cpu1 is None else (cpu1 - cpu0) / args.cells
        if i % 2 == 0:
            # What a user feels: jupyter_client's own shutdown (it polls the process every 0.1 s).
            t0 = time.perf_counter()
            kc.stop_channels()
            km.shutdown_kernel(now=False)
            shutdowns.append(time.perf_counter() - t0)
        else:
            # The kernel's own exit time: shutdown_request on control, then poll the process every 1 ms.
            t0 = time.perf_counter()
            msg = kc.session.msg("shutdown_request", {"restart": False})
            kc.control_channel.send(msg)
            while km.is_alive():
                time.sleep(0.001)
            exits.append(time.perf_counter() - t0)
            kc.stop_channels()
            km.cleanup_resources()

    cells_sorted = sorted(cells)
    figures = {
        "kernel": args.kernel,
        "implementation": info.get("implementation"),
        "language_version": info.get("language_info", {}).get("version"),
        "start_to_kernel_info_s": {"median": statistics.median(starts), "min": min(starts), "max": max(starts),
                                   "runs": len(starts),
                                   "kernel_cpu_median": statistics.median(start_cpu) if start_cpu else None},
        "trivial_cell_ms": {"median": 1000 * statistics.median(cells),
                            "p90": 1000 * cells_sorted[int(0.9 * (len(cells_sorted) - 1))],
                            "min": 1000 * cells_sorted[0], "n": len(cells), "idle_before_s": args.idle,
                            "kernel_cpu_ms_per_cell": None if cell_cpu is None else 1000 * cell_cpu},
        "shutdown_s": {"jupyter_client_median": statistics.median(shutdowns) if shutdowns else None,
                       "process_exit_median": statistics.median(exits) if exits else None},
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print("kernel %s (%s, Java %s)" % (args.kernel, figures["implementation"], figures["language_version"]))
    s = figures["start_to_kernel_info_s"]
    print("  start -> kernel_info_reply: median %.3f s (min %.3f, max %.3f, %d runs)"
          % (s["median"], s["min"], s["max"], s["runs"]))
    if s["kernel_cpu_median"] is not None:
        print("    kernel CPU used by then:  median %.3f s (user + system, all threads)" % s["kernel_cpu_median"])
    print("  load average while measured: %s" % " ".join("%.1f" % x for x in os.getloadavg()))
    c = figures["trivial_cell_ms"]
    print("  trivial cell round trip:    median %.1f ms (p90 %.1f, min %.1f, %d cells of %r%s)"
          % (c["median"], c["p90"], c["min"], c["n"], args.code,
             ", after %g s idle" % args.idle if args.idle else ""))
    if c["kernel_cpu_ms_per_cell"] is not None:
        print("    kernel CPU per cell:      %.1f ms" % c["kernel_cpu_ms_per_cell"])
    d = figures["shutdown_s"]
    if d["jupyter_client_median"] is not None:
        print("  shutdown (jupyter_client):  median %.3f s" % d["jupyter_client_median"])
    if d["process_exit_median"] is not None:
        print("  shutdown (process exit):    median %.3f s" % d["process_exit_median"])


if __name__ == "__main__":
    sys.exit(main())
