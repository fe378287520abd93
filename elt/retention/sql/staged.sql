-- Staged rows of batches that finished (completed or failed) before the cutoff. A running
-- batch's rows are never touched, however old.
with removed as (
    delete from {table} as staged
    using etl.etl_batches as batches
    where batches.id = staged.batch_id
      and batches.status <> 'running'
      and coalesce(batches.completed_at, batches.started_at) < %(cutoff)s
    returning 1
)
select count(*) from removed
