"""Train a churn classifier and report offline metrics.

Usage:
    python train.py --snapshot 2024-06-30 --horizon-days 30
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Config:
    snapshot: str
    horizon_days: int = 30
    top_share: float = 0.05
    features: list[str] = field(default_factory=lambda: ["sessions_7d", "sessions_30d"])


def precision_at_k(y_true: np.ndarray, scores: np.ndarray, share: float) -> float:
    """Доля ушедших среди top-k клиентов по скору."""
    k = max(1, int(len(scores) * share))
    idx = np.argsort(-scores)[:k]
    return float(y_true[idx].mean())


def load(path: Path, cfg: Config) -> pd.DataFrame:
    df = pd.read_parquet(path)
    df = df[df["snapshot_date"] <= cfg.snapshot]
    if df.empty:
        raise ValueError(f"no rows before {cfg.snapshot!r}")
    return df


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--snapshot", required=True)
    parser.add_argument("--horizon-days", type=int, default=30)
    args = parser.parse_args()
    cfg = Config(snapshot=args.snapshot, horizon_days=args.horizon_days)

    df = load(Path("data/churn.parquet"), cfg)
    y, scores = df["label"].to_numpy(), df["score"].to_numpy()
    metrics = {
        "pr_auc": average_precision_score(y, scores),
        "roc_auc": roc_auc_score(y, scores),
        f"precision@{cfg.top_share:.0%}": precision_at_k(y, scores, cfg.top_share),
    }
    for name, value in sorted(metrics.items()):
        log.info("%-16s %.4f", name, value)
    # TODO(maria): add calibration curve -> reports/calibration.png
    return None


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main()
