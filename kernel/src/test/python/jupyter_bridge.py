"""A bridge between the JUnit tests and a real Jupyter client (jupyter_client).

The tests start this script once per test class. It starts the kernel named on the command line through
jupyter_client's KernelManager (so the kernelspec, connection file, signing and restarts are Jupyter's own),
then reads one JSON command per line on stdin and answers each with one JSON line on stdout. The assertions
live in Java; this script only drives and reports what Jupyter saw.

Usage: python3 jupyter_bridge.py KERNEL_NAME LOG_FILE
"""
import json
import queue
import sys
import time

from jupyter_client import KernelManager

KERNEL_NAME, LOG_FILE = sys.argv[1], sys.argv[2]
log = open(LOG_FILE, "ab", buffering=0)
km = None
kc = None
pending = {"shell": [], "control": [], "iopub": [], "stdin": []}


def plain(msg):
    """A message as JSON-able data (dates become strings, buffers are dropped)."""
    return json.loads(json.dumps({k: v for k, v in msg.items() if k != "buffers"}, default=str))


def channel(name):
    return {"shell": kc.shell_channel, "control": kc.control_channel, "iopub": kc.iopub_channel,
            "stdin": kc.stdin_channel}[name]


def getter(name):
    """The blocking client's receive function for a channel (its channel objects are async in 7.x)."""
    return {"shell": kc.get_shell_msg, "control": kc.get_control_msg, "iopub": kc.get_iopub_msg,
            "stdin": kc.get_stdin_msg}[name]


def next_for(name, parent_id, deadline):
    """The next message on a channel whose parent is parent_id; others are kept for later."""
    for i, m in enumerate(pending[name]):
        if m["parent_header"].get("msg_id") == parent_id:
            return pending[name].pop(i)
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            m = getter(name)(timeout=min(left, 1.0))
        except queue.Empty:
            continue
        if m["parent_header"].get("msg_id") == parent_id:
            return m
        pending[name].append(m)


NO_REPLY = {"comm_open", "comm_msg", "comm_close"}


def collect(chan, msg_id, timeout, inputs=None, expect_reply=True):
    """The reply and every IOPub message up to idle; answers input_requests from `inputs`."""
    deadline = time.monotonic() + timeout
    reply, iopub, requests = (None if expect_reply else {}), [], []
    inputs = list(inputs or [])
    idle = False
    while reply is None or not idle:
        if time.monotonic() > deadline:
            return {"timeout": True, "reply": reply and plain(reply), "iopub": [plain(m) for m in iopub],
                    "input_requests": requests}
        try:
            req = kc.get_stdin_msg(timeout=0.001)
        except queue.Empty:
            req = None
        if req is not None:
            requests.append(plain(req))
            kc.input(inputs.pop(0) if inputs else "")
        if reply is None:
            m = next_for(chan, msg_id, min(deadline, time.monotonic() + 0.05))
            if m is not None:
                reply = m
        if not idle:
            m = next_for("iopub", msg_id, min(deadline, time.monotonic() + 0.05))
            if m is not None:
                iopub.append(m)
                idle = m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"
    return {"timeout": False, "reply": plain(reply), "iopub": [plain(m) for m in iopub], "input_requests": requests}


def start():
    global km, kc
    km = KernelManager(kernel_name=KERNEL_NAME)
    t0 = time.monotonic()
    km.start_kernel(stdout=log, stderr=log)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    for k in pending:
        pending[k].clear()
    return {"ready_seconds": time.monotonic() - t0}


def send(chan, msg_type, content):
    msg = kc.session.msg(msg_type, content)
    channel(chan).send(msg)
    return msg["header"]["msg_id"]


def handle(cmd):
    op = cmd["op"]
    timeout = cmd.get("timeout", 60)
    if op == "start":
        return start()
    if op == "request":
        t0 = time.monotonic()
        msg_id = send(cmd.get("channel", "shell"), cmd["type"], cmd.get("content", {}))
        out = collect(cmd.get("channel", "shell"), msg_id, timeout, cmd.get("inputs"),
                      expect_reply=cmd["type"] not in NO_REPLY)
        out["seconds"] = time.monotonic() - t0
        out["msg_id"] = msg_id
        return out
    if op == "send":
        return {"msg_id": send(cmd.get("channel", "shell"), cmd["type"], cmd.get("content", {}))}
    if op == "collect":
        return collect(cmd.get("channel", "shell"), cmd["msg_id"], timeout, cmd.get("inputs"))
    if op == "wait_iopub":
        # Wait until an IOPub message of the given type belonging to msg_id arrives (kept for collect).
        deadline = time.monotonic() + timeout
        mine = lambda m: m["parent_header"].get("msg_id") == cmd["msg_id"]
        if any(mine(m) and m["msg_type"] == cmd["type"] for m in pending["iopub"]):
            return {"found": True}
        while time.monotonic() < deadline:
            try:
                m = kc.get_iopub_msg(timeout=min(1.0, max(0.001, deadline - time.monotonic())))
            except queue.Empty:
                continue
            pending["iopub"].append(m)
            if mine(m) and m["msg_type"] == cmd["type"]:
                return {"found": True}
        return {"found": False}
    if op == "interrupt":
        # What Jupyter does for interrupt_mode "message": an interrupt_request on control.
        t0 = time.monotonic()
        km.interrupt_kernel()
        return {"sent_at": t0}
    if op == "interrupt_and_collect":
        t0 = time.monotonic()
        km.interrupt_kernel()
        out = collect("shell", cmd["msg_id"], timeout)
        out["seconds"] = time.monotonic() - t0
        return out
    if op == "bad_signature":
        # A correctly framed kernel_info_request whose signature is wrong, sent on the shell socket.
        msg = kc.session.msg("kernel_info_request", {})
        frames = kc.session.serialize(msg)
        sig_index = frames.index(b"<IDS|MSG>") + 1
        sig = frames[sig_index]
        frames[sig_index] = (b"0" if sig[:1] != b"0" else b"1") + sig[1:]
        kc.shell_channel.socket.send_multipart(frames)
        return {"msg_id": msg["header"]["msg_id"]}
    if op == "malformed_json":
        msg = kc.session.msg("kernel_info_request", {})
        frames = kc.session.serialize(msg)
        d = frames.index(b"<IDS|MSG>")
        frames[d + 2] = b'{"msg_id": "broken", "msg_type": '
        frames[d + 1] = kc.session.sign(frames[d + 2:d + 6])  # correctly signed, so only the JSON is wrong
        kc.shell_channel.socket.send_multipart(frames)
        return {"msg_id": msg["header"]["msg_id"]}
    if op == "expect_no_reply":
        m = next_for(cmd.get("channel", "shell"), cmd["msg_id"], time.monotonic() + cmd.get("seconds", 1.0))
        return {"reply": m and plain(m)}
    if op == "shutdown_message":
        # A shutdown_request sent by hand on shell or control; then wait for the process to end.
        t0 = time.monotonic()
        msg_id = send(cmd["channel"], "shutdown_request", {"restart": cmd.get("restart", False)})
        reply = next_for(cmd["channel"], msg_id, time.monotonic() + timeout)
        while km.is_alive() and time.monotonic() - t0 < timeout:
            time.sleep(0.01)
        alive = km.is_alive()
        if not alive:
            km.cleanup_resources()
        kc.stop_channels()
        return {"reply": reply and plain(reply), "exited": not alive, "seconds": time.monotonic() - t0}
    if op == "restart":
        t0 = time.monotonic()
        km.restart_kernel(now=False)
        kc.stop_channels()
        start_channels()
        return {"seconds": time.monotonic() - t0}
    if op == "stop":
        t0 = time.monotonic()
        km.shutdown_kernel(now=False)
        kc.stop_channels()
        return {"seconds": time.monotonic() - t0}
    if op == "is_alive":
        return {"alive": km.is_alive()}
    raise ValueError("unknown op " + op)


def start_channels():
    global kc
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    for k in pending:
        pending[k].clear()


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            result = handle(json.loads(line))
            result["ok"] = True
        except Exception as e:  # report to the Java side, keep serving
            import traceback
            result = {"ok": False, "error": repr(e), "traceback": traceback.format_exc()}
        sys.stdout.write(json.dumps(result, default=str) + "\n")
        sys.stdout.flush()
    if km is not None and km.has_kernel:
        try:
            km.shutdown_kernel(now=False)
        except Exception:
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
