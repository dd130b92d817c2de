"""aigw: an egress gateway for public generative-AI services (mitmproxy addon)."""

__version__ = "0.1.0"
