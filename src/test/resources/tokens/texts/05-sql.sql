-- Build the training snapshot: one row per (customer_id, snapshot_date).
-- Метка: отток в течение 30 дней после даты среза.
WITH params AS (
    SELECT DATE '2024-06-30' AS snapshot_date, 30 AS horizon_days
),
activity AS (
    SELECT
        e.customer_id,
        COUNT(*) FILTER (WHERE e.event_ts >= p.snapshot_date - INTERVAL '7 days')  AS sessions_7d,
        COUNT(*) FILTER (WHERE e.event_ts >= p.snapshot_date - INTERVAL '30 days') AS sessions_30d,
        MAX(e.event_ts)                                                            AS last_seen_ts
    FROM events e
    CROSS JOIN params p
    WHERE e.event_type IN ('login', 'page_view', 'search')
      AND e.event_ts < p.snapshot_date
    GROUP BY e.customer_id
),
billing AS (
    SELECT
        b.customer_id,
        SUM(CASE WHEN b.status = 'failed' THEN 1 ELSE 0 END) AS failed_payments_90d,
        BOOL_OR(b.plan_code LIKE '%_annual')                  AS is_annual_plan
    FROM payments b, params p
    WHERE b.paid_at BETWEEN p.snapshot_date - 90 AND p.snapshot_date
    GROUP BY 1
)
SELECT
    c.customer_id,
    p.snapshot_date,
    COALESCE(a.sessions_7d, 0)                                   AS sessions_7d,
    COALESCE(a.sessions_30d, 0)                                  AS sessions_30d,
    EXTRACT(DAY FROM p.snapshot_date - a.last_seen_ts)::int      AS days_since_last_login,
    COALESCE(bl.failed_payments_90d, 0)                          AS failed_payments_90d,
    CASE
        WHEN c.cancelled_at > p.snapshot_date
         AND c.cancelled_at <= p.snapshot_date + p.horizon_days THEN 1
        ELSE 0
    END                                                          AS label
FROM customers c
CROSS JOIN params p
LEFT JOIN activity a  ON a.customer_id = c.customer_id
LEFT JOIN billing  bl ON bl.customer_id = c.customer_id
WHERE c.signup_at < p.snapshot_date
  AND (c.cancelled_at IS NULL OR c.cancelled_at > p.snapshot_date)
ORDER BY c.customer_id;
