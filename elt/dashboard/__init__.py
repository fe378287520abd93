"""Apache Superset dashboards over the research and operations marts (issue 16)."""
