"""The Prometheus endpoint (option ``aigw_metrics_listen``; ``gateway.metrics``)."""

from __future__ import annotations

from typing import Any

from mitmproxy import ctx, exceptions

from gateway import metrics
from gateway.options import add_options


class Metrics:
    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_metrics_listen")

    def configure(self, updated: set[str]) -> None:
        if "aigw_metrics_listen" in updated:
            try:
                metrics.serve(ctx.options.aigw_metrics_listen)
            except (ValueError, OSError) as e:
                raise exceptions.OptionsError(f"aigw_metrics_listen: {e}") from None
