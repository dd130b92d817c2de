"""``aigw console``: the web application for reviewers, 許可権限者 and 外部サービス管理者 (issue 15)."""
