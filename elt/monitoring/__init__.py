"""Operations: batch metrics read back, Prometheus textfile, alerts and data-quality checks (issue 15)."""
