select count(*)
from {table} as staged
join etl.etl_batches as batches on batches.id = staged.batch_id
where batches.status <> 'running'
  and coalesce(batches.completed_at, batches.started_at) < %(cutoff)s
