SELECT analytics.refresh_materialized_views()
