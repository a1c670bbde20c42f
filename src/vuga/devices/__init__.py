"""Devices: TV sign-in by device code (RFC 8628), the account's devices, and concurrent-stream leases."""
