"""Starts a kernel through jupyter_client, prints its pid, then waits to be killed (JupyterIntegrationTest).

jupyter_client passes this process's pid to the kernel as JPY_PARENT_PID; when this process is killed
without a shutdown_request, the kernel must notice and exit by itself, as ipykernel does.
"""
import sys
import time

from jupyter_client import KernelManager

km = KernelManager(kernel_name=sys.argv[1])
km.start_kernel()
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=120)
print(km.provisioner.process.pid, flush=True)
time.sleep(3600)
