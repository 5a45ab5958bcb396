create temp table before as select relname, pg_total_relation_size(oid) sz from pg_class where relname in ('anchor_outbox','anchor_batch_members','anchor_receipts','status_entries','audit_log') and relkind='r';
insert into anchor_outbox(digest, submitted_at, client_id)
  select 'sha256:' || encode(sha256(('d'||g)::bytea),'hex'), now(), 'issuer' from generate_series(1,200000) g;
insert into anchor_batch_members(digest, batch, leaf_index)
  select 'sha256:' || encode(sha256(('d'||g)::bytea),'hex'), (select max(id) from anchor_batches), 100000+g from generate_series(1,200000) g;
insert into anchor_receipts(digest, batch, receipt, anchored_at)
  select 'sha256:' || encode(sha256(('d'||g)::bytea),'hex'), r.batch, replace(r.receipt, r.digest, 'sha256:' || encode(sha256(('d'||g)::bytea),'hex')), now()
  from generate_series(1,200000) g, (select * from anchor_receipts limit 1) r;
insert into status_entries(list_id, idx, issuer_did, client_id, status, allocated_at, updated_at, organisation_id)
  select s.list_id, 1000000+g, s.issuer_did, s.client_id, 0, now(), now(), s.organisation_id
  from generate_series(1,200000) g, (select * from status_entries limit 1) s;
insert into audit_log(at, client_id, action, subject, detail, tx_hash, block_number)
  select now(), a.client_id, a.action, a.subject || g, a.detail, a.tx_hash, a.block_number
  from generate_series(1,200000) g, (select * from audit_log where action='status.allocate' limit 1) a;
vacuum analyze;
select b.relname, ((pg_total_relation_size(b.relname::regclass) - b.sz) / 200000.0)::numeric(8,1) as bytes_per_row from before b order by 1;
